//! A person's own corrections: their cue words, and a list of what they ignored or hid, with
//! one button to go back to the engine's marks.

use claimlens::engine::{Category, CueKind};
use claimlens::view::{Customizations, ExtraCue};
use yew::prelude::*;

use super::reading::kind_name;

#[derive(Properties, PartialEq)]
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

#[function_component]
pub fn CustomCues(props: &CustomCuesProps) -> Html {
    let word = use_node_ref();
    let kind = use_node_ref();
    let onsubmit = {
        let (word, kind, on_add) = (word.clone(), kind.clone(), props.on_add.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = word.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            let phrase = input.value().trim().to_string();
            // A select's value is read like an input's: both expose a `value` property.
            let choice = kind
                .get()
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
    let on_reset = props.on_reset.reform(|_: MouseEvent| ());
    html! {
        <section class="custom" aria-labelledby="custom-title">
            <h2 id="custom-title">{"Your corrections"}</h2>
            <form id="custom-cues" {onsubmit}>
                <label for="custom-cue-word">{"Mark this word or phrase too"}</label>
                <div class="custom-row">
                    <input id="custom-cue-word" type="text" ref={word} required=true autocomplete="off" placeholder="e.g. sources close to"/>
                    <select id="custom-cue-kind" ref={kind} aria-label="What it is">
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
