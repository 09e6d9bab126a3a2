//! Why a mark is there: the category, its kind and the engine's reason, plus the corrections a
//! person can make to it (hide this one, ignore the word everywhere).
//!
//! A plain function rather than a component: its callbacks are made anew at every render of the
//! page, so a component would redraw each time anyway, and each component type costs the module
//! Yew's generic lifecycle code (docs/performance-log.md, "Download size"). The page places it ([`place`]) once
//! it is drawn.

use std::rc::Rc;

use claimlens::engine::{Analysis, SourceKind, Stance};
use claimlens::view::Dismissed;
use crate::components::{class, flag};
use yew::prelude::*;

use super::reading::kind_name;
use crate::segments::{category_name, Layer};
use crate::state::Tip;

pub struct TooltipProps {
    pub tip: Tip,
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub on_dismiss: Callback<Dismissed>,
    pub on_ignore: Callback<String>,
    pub on_close: Callback<()>,
    /// The pointer is on the tooltip: keep it open.
    pub on_enter: Callback<()>,
    pub on_leave: Callback<()>,
}

fn source_kind(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Named => "a named person",
        SourceKind::Institution => "an organisation or office",
        SourceKind::Vague => "an unidentified or vague source",
        SourceKind::SelfSource => "the author",
        SourceKind::None => "no one named",
    }
}

fn stance(stance: Stance) -> &'static str {
    match stance {
        Stance::Neutral => "neutral (said, told)",
        Stance::Endorsing => "endorsing: the writer presents it as true",
        Stance::Distancing => "distancing: the writer keeps it at arm's length",
    }
}

/// Moves the drawn tooltip to `x`, `y`. Through the CSSOM, not a `style` attribute: the page's
/// Content-Security-Policy (style-src 'self') refuses inline style attributes but not scripted
/// style changes.
pub fn place(x: i32, y: i32) {
    let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("tooltip")) else { return };
    let Ok(style) = js_sys::Reflect::get(&el, &"style".into()) else { return };
    let _ = js_sys::Reflect::set(&style, &"left".into(), &format!("{x}px").into());
    let _ = js_sys::Reflect::set(&style, &"top".into(), &format!("{y}px").into());
}

/// The tooltip, or `None` when its key names no mark of the analysis (nothing is drawn then).
pub fn tooltip(props: TooltipProps) -> Option<Html> {
    let a = &props.analysis;
    let text = &props.text;
    let slice = |r: claimlens::engine::Range| text.get(r.start..r.end).unwrap_or("").to_string();
    let layer = Layer::from_key(&props.tip.key)?;
    let body = match layer {
        Layer::Span(i) => {
            let s = a.spans.get(i)?;
            let dismissed = Dismissed {
                start: s.start,
                end: s.end,
                category: s.category,
            };
            let on_dismiss = props
                .on_dismiss
                .reform(move |_: MouseEvent| dismissed.clone());
            let word = slice(s.range());
            let on_ignore = {
                let word = word.clone();
                props.on_ignore.reform(move |_: MouseEvent| word.clone())
            };
            html! {
                <>
                    <p class="tip-head"><strong class="tip-category">{ category_name(s.category) }</strong>
                        {" · "}<span class="tip-kind">{ kind_name(s.kind) }</span></p>
                    <p class="tip-quote">{"“"}{ word.clone() }{"”"}</p>
                    <p class="tip-why">{ s.why.clone() }</p>
                    if s.quoted {
                        <p class="tip-note">{"Inside a quotation: the quoted speaker's word, not the writer's."}</p>
                    }
                    <div class="tip-actions">
                        <button type="button" class="dismiss" onclick={on_dismiss}>{"Hide this one"}</button>
                        <button type="button" class="ignore-word" onclick={on_ignore}>{ ["Ignore “", &word, "” everywhere"].concat() }</button>
                    </div>
                </>
            }
        }
        Layer::Source(i) | Layer::Cue(i) | Layer::Content { attribution: i, .. } => {
            let at = a.attributions.get(i)?;
            let (label, kind) = match layer {
                Layer::Source(_) => ("source", "who says it"),
                Layer::Cue(_) => ("cue", "the reporting word"),
                _ => ("content", "what is attributed"),
            };
            html! {
                <>
                    <p class="tip-head"><strong class="tip-category">{ label }</strong>{" · "}<span class="tip-kind">{ kind }</span></p>
                    <dl class="tip-facts">
                        <dt>{"Source"}</dt>
                        <dd>{ at.source.map(slice).unwrap_or_else(|| "none named".into()) }{" ("}{ source_kind(at.source_kind) }{")"}</dd>
                        <dt>{"Cue"}</dt><dd>{ slice(at.cue) }</dd>
                        <dt>{"Stance"}</dt><dd>{ stance(at.stance) }</dd>
                    </dl>
                    <p class="tip-why">{ at.why.clone() }</p>
                </>
            }
        }
        Layer::Sentence(_) => return None,
    };
    let onkeydown = {
        let on_close = props.on_close.clone();
        let key = props.tip.key.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
                // Back to the mark the tooltip belongs to, so keyboard reading continues there.
                let el = web_sys::window().and_then(|w| w.document()).and_then(|d| {
                    d.query_selector(&format!("#reading [data-hl=\"{key}\"]"))
                        .ok()
                        .flatten()
                });
                if let Some(el) =
                    el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = el.focus();
                }
            }
        })
    };
    let onmouseenter = super::ignoring(&props.on_enter);
    let onmouseleave = super::ignoring(&props.on_leave);
    let on_close = super::ignoring(&props.on_close);
    Some(html! {
        <div id="tooltip" role="tooltip" class={class(&["tooltip", flag(props.tip.pinned, "pinned"), flag(props.tip.above, "above")])}
            {onkeydown} {onmouseenter} {onmouseleave}>
            { body }
            if props.tip.pinned {
                <button type="button" class="tip-close" aria-label="Close" onclick={on_close}>{"×"}</button>
            }
        </div>
    })
}
