//! A person's own corrections: their cue words, and a list of what they ignored or hid, with
//! one button to go back to the engine's marks.
//!
//! A plain function rather than a component: its callbacks are made anew at every render of the
//! page, so a component would redraw each time anyway, and each component type costs the module
//! Yew's generic lifecycle code (docs/performance-log.md, "Download size"). The form's fields are found by their
//! ids within the submitted form, rather than through node references, which are a hook.

use claimlens::engine::{Category, CueKind};
use claimlens::view::{Customizations, ExtraCue};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::reading::kind_name;

pub struct CustomCuesProps {
    pub custom: Customizations,
    pub on_add: Callback<ExtraCue>,
    pub on_reset: Callback<()>,
}

/// The choices of `#custom-cue-kind`: (value, label, category, kind).
const KINDS: &[(&str, &str, Category, CueKind)] = &[
    (
        "hedge:epistemic",
        "Hedge: possibility (may, likely)",
        Category::Hedge,
        CueKind::Epistemic,
    ),
    (
        "hedge:doxastic",
        "Hedge: belief (think, expect)",
        Category::Hedge,
        CueKind::Doxastic,
    ),
    (
        "hedge:evidential",
        "Hedge: hearsay (reportedly)",
        Category::Hedge,
        CueKind::Evidential,
    ),
    (
        "hedge:approximator",
        "Hedge: vague amount (about)",
        Category::Hedge,
        CueKind::Approximator,
    ),
    (
        "hedge:condition",
        "Hedge: condition (if, unless)",
        Category::Hedge,
        CueKind::Condition,
    ),
    (
        "booster:certainty",
        "Booster: certainty (clearly)",
        Category::Booster,
        CueKind::Certainty,
    ),
    (
        "booster:universal",
        "Booster: always/never",
        Category::Booster,
        CueKind::Universal,
    ),
    (
        "loaded:emotive",
        "Loaded wording",
        Category::Loaded,
        CueKind::Emotive,
    ),
];

pub fn custom_cues(props: CustomCuesProps) -> Html {
    let onsubmit = {
        let on_add = props.on_add.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // The submitted form's own fields.
            let form = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let field = |id: &str| form.as_ref()?.query_selector(&["#", id].concat()).ok()?;
            let Some(input) = field("custom-cue-word").and_then(|w| w.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                return;
            };
            let phrase = input.value().trim().to_string();
            // A select's value is read like an input's: both expose a `value` property.
            let choice = field("custom-cue-kind")
                .and_then(|k| js_sys::Reflect::get(&k, &"value".into()).ok())
                .and_then(|v| v.as_string());
            let Some(&(_, _, category, kind)) =
                KINDS.iter().find(|k| Some(k.0) == choice.as_deref())
            else {
                return;
            };
            if phrase.is_empty() {
                return;
            }
            on_add.emit(ExtraCue {
                phrase,
                category,
                kind,
            });
            input.set_value("");
        })
    };
    let c = &props.custom;
    let on_reset = super::ignoring(&props.on_reset);
    html! {
        <section class="custom" aria-labelledby="custom-title">
            <h2 id="custom-title">{"Your corrections"}</h2>
            <form id="custom-cues" {onsubmit}>
                <label for="custom-cue-word">{"Mark this word or phrase too"}</label>
                <div class="custom-row">
                    <input id="custom-cue-word" type="text" required=true autocomplete="off" placeholder="e.g. sources close to"/>
                    <select id="custom-cue-kind" aria-label="What it is">
                        { for KINDS.iter().map(|(value, label, ..)| html! { <option value={*value}>{*label}</option> }) }
                    </select>
                    <button type="submit">{"Add"}</button>
                </div>
            </form>
            if !c.is_empty() {
                <ul class="custom-list">
                    { for c.extra_cues.iter().map(|e| html! {
                        <li>{"Added: “"}{ e.phrase.clone() }{"” ("}{ kind_name(e.kind) }{")"}</li>
                    }) }
                    { for c.ignored_words.iter().map(|w| html! { <li>{"Ignored everywhere: “"}{ w.clone() }{"”"}</li> }) }
                    if !c.dismissed.is_empty() {
                        <li>{ format!("Hidden: {} single mark{}", c.dismissed.len(), if c.dismissed.len() == 1 { "" } else { "s" }) }</li>
                    }
                </ul>
            }
            <button type="button" id="reset-custom" onclick={on_reset} disabled={c.is_empty()}>{"Reset to the engine's marks"}</button>
        </section>
    }
}
