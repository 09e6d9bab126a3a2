//! Copying text with the asynchronous Clipboard API, which browsers may refuse (no permission,
//! not a secure context); the caller then falls back to selecting the text for the person.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/app/browser.js")]
extern "C" {
    #[wasm_bindgen(js_name = copyPromised)]
    fn copy_promised(text: &js_sys::Promise) -> js_sys::Promise;
}

/// Starts copying the text `text` will resolve to (the copy must begin during the click, before
/// the text exists: see browser.js); `done` is told whether it worked.
pub fn copy(text: &js_sys::Promise, done: impl FnOnce(bool) + 'static) {
    let handler = super::once::handler(move |ok: JsValue| done(ok.as_bool() == Some(true)));
    // copyPromised never rejects.
    let _ = copy_promised(text).then(&handler);
    // It runs once and then frees what it captured; the small JS wrapper stays.
    handler.forget();
}
