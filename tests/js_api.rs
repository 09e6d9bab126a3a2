//! The JS API (`src/js.rs`, behind the `js-api` feature) as a JavaScript host receives it: one
//! call, the JSON contract back as a string, offsets in UTF-8 bytes.
//! Run with `cargo test --target wasm32-unknown-unknown --features js-api --test js_api`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn analyze_returns_the_json_contract() {
    let text = "Officials said the river might flood.";
    let json: serde_json::Value = serde_json::from_str(&claimlens::js::analyze(text)).expect("the API returns JSON");
    let spans = json["spans"].as_array().expect("spans");
    let might = spans.iter().find(|s| s["text"] == "might").expect("\"might\" is a hedge");
    assert_eq!((might["start"].as_u64(), might["end"].as_u64()), (Some(25), Some(30)));
    assert_eq!(might["category"], "hedge");
    let attribution = &json["attributions"][0];
    assert_eq!((attribution["cue"]["start"].as_u64(), attribution["cue"]["end"].as_u64()), (Some(10), Some(14)));
    assert_eq!(json["sentences"].as_array().map(Vec::len), Some(1));
}

#[wasm_bindgen_test]
fn offsets_are_utf8_bytes() {
    // "é" is two bytes and one UTF-16 unit: "might" starts at byte 19, at UTF-16 unit 18.
    let text = "Le préfet said it might rain.";
    let json: serde_json::Value = serde_json::from_str(&claimlens::js::analyze(text)).expect("the API returns JSON");
    let might = json["spans"].as_array().and_then(|s| s.iter().find(|s| s["text"] == "might")).expect("\"might\"");
    assert_eq!(might["start"].as_u64(), Some(19));
}
