//! The page reads saved and shared views with the browser's `JSON.parse`; the command line with
//! serde. A link made by one must open the same in the other, so every case here is checked
//! against what it should read as and against serde's answer.
//! Run with `cargo test --target wasm32-unknown-unknown --test view_json_web` (headless Chromium).
#![cfg(target_arch = "wasm32")]

#[path = "../src/app/services/view_json.rs"]
mod view_json;

use claimlens::engine::{Category, CueKind};
use claimlens::view::{ClaimSort, Customizations, Dismissed, ExtraCue, Filters, PanelTab, ViewState};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn both(json: &str) -> Option<ViewState> {
    let page = view_json::read(json.as_bytes());
    assert_eq!(page, ViewState::from_json(json.as_bytes()), "the page and serde differ on {json}");
    page
}

#[wasm_bindgen_test]
fn a_view_reads_with_its_defaults_filled_in() {
    assert_eq!(both("{}"), Some(ViewState::default()));
    assert_eq!(
        both(r#"{"selected":3,"sort":"position","tab":"sources"}"#),
        Some(ViewState { selected: Some(3), sort: ClaimSort::Position, tab: PanelTab::Sources, ..ViewState::default() })
    );
    assert_eq!(both(r#"{"selected":null}"#), Some(ViewState::default()));
    // One filter turned off leaves the others on.
    let filters = Filters { hedge: false, ..Filters::default() };
    assert_eq!(both(r#"{"filters":{"hedge":false}}"#), Some(ViewState { filters, ..ViewState::default() }));
    // A field a later version might add is passed over.
    assert_eq!(both(r#"{"zoom":2,"tab":"summary","filters":{"dates":false}}"#), Some(ViewState { tab: PanelTab::Summary, ..ViewState::default() }));
}

#[wasm_bindgen_test]
fn corrections_read_with_quotes_emoji_and_escapes_intact() {
    let json = r#"{"custom":{"dismissed":[{"category":"loaded","end":12,"start":4}],
        "extra_cues":[{"category":"hedge","kind":"evidential","phrase":"\"so-called\" caf\u00e9 😀"}],
        "ignored_words":["clearly","\\d"]}}"#;
    let custom = Customizations {
        dismissed: vec![Dismissed { category: Category::Loaded, end: 12, start: 4 }],
        extra_cues: vec![ExtraCue { category: Category::Hedge, kind: CueKind::Evidential, phrase: "\"so-called\" café 😀".into() }],
        ignored_words: vec!["clearly".into(), "\\d".into()],
    };
    assert_eq!(both(json), Some(ViewState { custom, ..ViewState::default() }));
}

#[wasm_bindgen_test]
fn anything_else_is_not_a_view() {
    for json in [
        "",
        "{\"tab\":",
        "null",
        "\"claims\"",
        "3",
        r#"{"tab":"chart"}"#,
        r#"{"tab":"Sources"}"#,
        r#"{"sort":null}"#,
        r#"{"filters":null}"#,
        r#"{"filters":{"hedge":"no"}}"#,
        r#"{"filters":{"hedge":0}}"#,
        r#"{"selected":-1}"#,
        r#"{"selected":1.5}"#,
        r#"{"selected":"2"}"#,
        r#"{"selected":4294967296}"#,
        r#"{"custom":{"dismissed":{}}}"#,
        r#"{"custom":{"dismissed":[{"category":"hedge","start":1}]}}"#,
        r#"{"custom":{"dismissed":[{"category":"claim","end":2,"start":1}]}}"#,
        r#"{"custom":{"extra_cues":[{"category":"hedge","kind":"guess","phrase":"x"}]}}"#,
        r#"{"custom":{"extra_cues":[{"category":"hedge","kind":"epistemic"}]}}"#,
        r#"{"custom":{"ignored_words":["a",1]}}"#,
        r#"{"custom":null}"#,
    ] {
        assert_eq!(both(json), None, "{json}");
    }
    assert_eq!(view_json::read(b"{\"tab\":\"\xff\"}"), None);
    // serde would take a struct written as an array; no Claimlens writes one, and the page refuses it.
    assert_eq!(view_json::read(b"[]"), None);
    assert_eq!(view_json::read(br#"{"filters":[true]}"#), None);
}

/// Every name serde writes for the view's types reads back in the page.
#[wasm_bindgen_test]
fn every_view_serde_writes_reads_back() {
    use CueKind::*;
    let kinds = [Epistemic, Doxastic, Evidential, Condition, Investigation, Approximator, Certainty, Universal, Emotive];
    let categories = [Category::Hedge, Category::Booster, Category::Loaded];
    let custom = Customizations {
        dismissed: categories.iter().map(|&category| Dismissed { category, end: 40, start: 0 }).collect(),
        extra_cues: kinds.iter().zip(categories.iter().cycle()).map(|(&kind, &category)| ExtraCue { category, kind, phrase: format!("{kind:?}") }).collect(),
        ignored_words: vec!["very".into()],
    };
    for tab in [PanelTab::Claims, PanelTab::Sources, PanelTab::Summary] {
        for sort in [ClaimSort::Checkworthiness, ClaimSort::Position] {
            let filters = Filters { attribution: false, booster: true, claims: false, hedge: true, loaded: false };
            let view = ViewState { custom: custom.clone(), filters, selected: Some(7), sort, tab };
            let json = serde_json::to_string(&view).unwrap();
            assert_eq!(both(&json), Some(view), "{json}");
        }
    }
}
