//! What a reader sees if the page panics. The web build aborts on panic (smaller, and nothing
//! after a panic could be trusted anyway), so the module is dead once the panic hook returns. The
//! hook therefore does all it can first, with plain DOM calls: it saves the editor's text as the
//! draft (best effort), and leaves a modal dialog that says what happened, holds the text in a
//! read-only box, and offers "Copy my text" and "Reload the page". Those buttons are handled by
//! plain script in `browser.js`, which does not depend on the module. All text goes in
//! through `value` and `textContent`, never as markup.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlTextAreaElement};

use crate::services::storage;

/// Through Yew, which otherwise replaces any hook with its own console logger when it renders.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        // For whoever debugs it; the dialog is for the reader.
        gloo::console::error!(format!("Claimlens stopped: {info}"));
        show();
    }));
}

/// Panics on purpose, so the end-to-end tests can check what a reader sees after a panic
/// (`window.wasmBindings.claimlensTestPanic()`). Only script already running in the page can
/// call it, and such script could stop the page in many other ways: it gives nobody anything new.
#[wasm_bindgen(js_name = claimlensTestPanic)]
pub fn test_panic() {
    panic!("a panic asked for by claimlensTestPanic");
}

fn show() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.get_element_by_id("crash").is_some() {
        return Some(());
    }
    let text = editor_text(&document).or_else(|| storage::get(storage::DRAFT)).unwrap_or_default();
    let saved = save(&text);

    let el = |tag: &str, id: &str, content: &str| -> Option<web_sys::Element> {
        let e = document.create_element(tag).ok()?;
        if !id.is_empty() {
            e.set_id(id);
        }
        e.set_text_content((!content.is_empty()).then_some(content));
        Some(e)
    };
    let dialog = el("dialog", "crash", "")?;
    dialog.set_class_name("crash");
    dialog.set_attribute("aria-labelledby", "crash-title").ok()?;
    let title = el("h2", "crash-title", "Something went wrong")?;
    let explain = el(
        "p",
        "",
        if saved {
            "Claimlens hit an error it cannot recover from, and this page has stopped working. Your text is below and saved in this browser. Copy it to be safe, then reload the page."
        } else {
            "Claimlens hit an error it cannot recover from, and this page has stopped working. Your text is below, but this browser would not save it: copy it before you reload the page."
        },
    )?;
    let label = el("label", "", "Your text")?;
    label.set_attribute("for", "crash-text").ok()?;
    let area: HtmlTextAreaElement = el("textarea", "crash-text", "")?.dyn_into().ok()?;
    area.set_read_only(true);
    area.set_rows(8);
    area.set_cols(80);
    area.set_value(&text);
    let buttons = el("p", "", "")?;
    let copy = el("button", "crash-copy", "Copy my text")?;
    let reload = el("button", "crash-reload", "Reload the page")?;
    for b in [&copy, &reload] {
        b.set_attribute("type", "button").ok()?;
        buttons.append_child(b).ok()?;
    }
    let status = el("p", "crash-status", "")?;
    status.set_attribute("role", "status").ok()?;
    // Each in its own paragraph: the dialog has only the browser's default styles.
    let (label_line, area_line) = (el("p", "", "")?, el("p", "", "")?);
    label_line.append_child(&label).ok()?;
    area_line.append_child(&area).ok()?;
    for child in [&title, &explain, &label_line, &area_line, &buttons, &status] {
        dialog.append_child(child).ok()?;
    }
    document.body()?.append_child(&dialog).ok()?;
    // Modal: the dead page beneath cannot be used by mistake. Called by name, so no web-sys
    // feature is needed for one call; an old browser without it gets an open, non-modal dialog.
    let shown = js_sys::Reflect::get(&dialog, &"showModal".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .is_some_and(|f| f.call0(&dialog).is_ok());
    if !shown {
        dialog.set_attribute("open", "").ok()?;
    }
    copy.dyn_ref::<web_sys::HtmlElement>()?.focus().ok()
}

fn editor_text(document: &Document) -> Option<String> {
    let area: HtmlTextAreaElement = document.get_element_by_id("editor")?.dyn_into().ok()?;
    Some(area.value())
}

/// Saves `text` as the draft unless the saved draft is already that text (a textarea turns CRLF
/// and CR into LF, and the draft saved as the person typed keeps their exact line ends). True
/// when the draft in storage now holds the text.
fn save(text: &str) -> bool {
    // An empty editor never replaces a saved draft: there is nothing of this page's to keep.
    if text.trim().is_empty() {
        return true;
    }
    let saved = storage::get(storage::DRAFT).unwrap_or_default();
    crate::paste::normalise_breaks(&saved) == text || storage::set(storage::DRAFT, text)
}
