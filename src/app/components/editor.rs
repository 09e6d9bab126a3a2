//! Where text comes in: typing or pasting, opening or dropping a file, the sample, clear and
//! its undo.
//!
//! A plain function rather than a component: its callbacks are made anew at every render of the
//! page, so a component would redraw each time anyway, and each component type costs the module
//! Yew's generic lifecycle code (docs/performance-log.md, "Download size"). Whether a file is dragged over it is
//! kept in the page's state.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use crate::components::{class, flag};
use yew::prelude::*;

use crate::bridge;
use crate::paste;
use crate::segments::textarea_offset;
use crate::services::file;

/// The example article behind the "sample" button.
pub const SAMPLE: &str = include_str!("../sample.txt");

pub struct EditorProps {
    pub text: Rc<str>,
    pub can_undo: bool,
    /// The text box is folded (`State::folded`).
    pub folded: bool,
    /// Something is dragged over it (`State::dragging`).
    pub dragging: bool,
    pub on_fold: Callback<bool>,
    pub on_drag: Callback<bool>,
    pub on_edit: Callback<String>,
    /// The whole new text after a large paste the page took over (`paste::splice`).
    pub on_paste: Callback<String>,
    /// The whole new text after a paste of HTML source was read as its text, and the whole text
    /// as the markup would have made it.
    pub on_paste_markup: Callback<(String, String)>,
    /// A whole new text (sample or file), with a note about how a file was read.
    pub on_load: Callback<(String, Option<String>)>,
    pub on_clear: Callback<()>,
    pub on_undo: Callback<()>,
    pub on_error: Callback<String>,
}

#[wasm_bindgen(module = "/src/app/browser.js")]
extern "C" {
    /// Scrolls the text box to its selection when that is out of sight (browser.js says how).
    #[wasm_bindgen(js_name = revealSelection)]
    fn reveal_selection(area: &HtmlTextAreaElement);
}

/// Shows a sentence chosen in the panel or the article in the text box too: selected and
/// scrolled into sight, without the focus, so that neither typing nor the panel's keys are
/// interrupted.
pub fn select_sentence(text: &str, start: usize, end: usize) {
    let area = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("editor"))
        .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok());
    if let Some(area) = area {
        let (a, b) = (textarea_offset(text, start) as u32, textarea_offset(text, end) as u32);
        let _ = area.set_selection_range(a, b);
        reveal_selection(&area);
    }
}

fn open(
    file: web_sys::File,
    on_load: Callback<(String, Option<String>)>,
    on_error: Callback<String>,
) {
    file::read(file, move |result| match result {
        Ok((name, bytes)) => on_load.emit(bridge::read_file(&bytes, &name)),
        Err(e) => on_error.emit(e),
    });
}

pub fn editor(props: EditorProps) -> Html {
    let dragging = props.dragging;
    // Folded to its buttons once the person is reading rather than writing, so more of the
    // article fits on the screen; an empty editor is never folded (it is where to start).
    let folded = props.folded && !props.text.trim().is_empty();
    let on_fold = props.on_fold.reform(move |_: MouseEvent| !folded);
    // A large paste is taken from the clipboard and set through the page's state with the text
    // box folded, rather than left to the browser, which would insert and lay it out in one
    // long task. So is a paste of HTML source, which is read as its text. Other pastes stay the
    // browser's, with its own undo.
    let onpaste = {
        let (on_paste, on_markup) = (props.on_paste.clone(), props.on_paste_markup.clone());
        Callback::from(move |e: Event| {
            let pasted = js_sys::Reflect::get(&e, &"clipboardData".into())
                .ok()
                .and_then(|d| d.dyn_into::<web_sys::DataTransfer>().ok())
                .and_then(|d| d.get_data("text/plain").ok());
            let Some(pasted) = pasted else {
                return;
            };
            let text = bridge::paste_markup(&pasted);
            if text.is_none() && !paste::folds(&pasted) {
                return;
            }
            e.prevent_default();
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let value = area.value();
            let start = area.selection_start().ok().flatten().unwrap_or(0);
            let end = area.selection_end().ok().flatten().unwrap_or(start);
            let (read, markup) = match text {
                Some(text) => (paste::splice(&value, start, end, &text), Some(paste::splice(&value, start, end, &pasted))),
                None => (paste::splice(&value, start, end, &pasted), None),
            };
            let folds = paste::folds(&read);
            match markup {
                Some(markup) => on_markup.emit((read, markup)),
                None => on_paste.emit(read),
            }
            if !folds {
                return;
            }
            // The text box is now hidden, and the focus with it: keep it on the way back in.
            let document = area.owner_document();
            crate::services::once::timeout(0, move || {
                if let Some(b) = document.and_then(|d| d.get_element_by_id("fold-editor")) {
                    let _ = b.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            })
            .forget();
        })
    };
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(area.value());
        })
    };
    let onchange_file = {
        let (on_load, on_error) = (props.on_load.clone(), props.on_error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                open(f, on_load.clone(), on_error.clone());
            }
            // Opening the same file again after editing must fire `change` again.
            input.set_value("");
        })
    };
    let ondragover = {
        let on_drag = props.on_drag.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            on_drag.emit(true);
        })
    };
    let ondragleave = props.on_drag.reform(|_: DragEvent| false);
    let ondrop = {
        let (on_load, on_error, on_drag) = (
            props.on_load.clone(),
            props.on_error.clone(),
            props.on_drag.clone(),
        );
        Callback::from(move |e: DragEvent| {
            on_drag.emit(false);
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|l| l.get(0));
            // Dropped text (not a file) falls through to the textarea's own handling.
            if let Some(f) = file {
                e.prevent_default();
                open(f, on_load.clone(), on_error.clone());
            }
        })
    };
    let on_sample = {
        let on_load = props.on_load.clone();
        Callback::from(move |_| on_load.emit((SAMPLE.to_string(), None)))
    };
    let on_clear = super::ignoring(&props.on_clear);
    let on_undo = super::ignoring(&props.on_undo);
    let open_file = Callback::from(|e: MouseEvent| {
        // The visible button forwards to the hidden-looking file input, which keeps its id.
        let target: web_sys::Element = e.target_unchecked_into();
        if let Some(input) = target
            .owner_document()
            .and_then(|d| d.get_element_by_id("file"))
        {
            input.unchecked_into::<web_sys::HtmlElement>().click();
        }
    });
    let words = claimlens::digest::count_words(&props.text);
    html! {
        <section class={class(&["editor", flag(dragging, "dragging"), flag(folded, "folded")])} {ondragover} {ondragleave} {ondrop}>
            <div class="editor-head">
                <label for="editor" class="editor-label">{"Article"}</label>
                if !props.text.trim().is_empty() {
                    <button type="button" id="fold-editor" class="fold" aria-expanded={if folded { "false" } else { "true" }}
                        aria-controls="editor" onclick={on_fold}>
                        { if folded { "Edit text" } else { "Hide text box" } }
                    </button>
                }
            </div>
            <textarea id="editor" aria-label="Article text" spellcheck="false" rows="6"
                placeholder="Paste an article here, drop or open a .txt, .md or .html file, or try the sample."
                value={props.text.to_string()} {oninput} {onpaste}/>
            <div class="editor-actions">
                <button type="button" id="sample" onclick={on_sample}>{"Try the sample"}</button>
                <button type="button" class="open-file" onclick={open_file}>{"Open a file…"}</button>
                <input type="file" id="file" class="visually-hidden" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
                    aria-label="Open a text, Markdown or HTML file" onchange={onchange_file} tabindex="-1"/>
                <button type="button" id="clear" onclick={on_clear} disabled={props.text.is_empty()}>{"Clear"}</button>
                if props.can_undo {
                    <button type="button" id="undo-clear" onclick={on_undo}>
                        { if props.text.trim().is_empty() { "Undo clear" } else { "Bring back the previous text" } }
                    </button>
                }
                <span class="word-count" aria-live="off">{ format!("{words} words") }</span>
            </div>
        </section>
    }
}
