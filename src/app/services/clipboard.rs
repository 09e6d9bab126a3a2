//! Copying text with the asynchronous Clipboard API, which browsers may refuse (no permission,
//! not a secure context); the caller then falls back to selecting the text for the person.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Starts copying `text`; `done` is told whether it worked.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
        .unwrap_or(JsValue::UNDEFINED);
    if clipboard.is_undefined() || clipboard.is_null() {
        return done(false);
    }
    let promise = clipboard
        .unchecked_into::<web_sys::Clipboard>()
        .write_text(text);
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(
        Box::new(done) as Box<dyn FnOnce(bool)>
    )));
    let (ok_done, err_done) = (done.clone(), done);
    let ok = super::once::handler(move |_: JsValue| {
        if let Some(f) = ok_done.take() {
            f(true)
        }
    });
    let err = super::once::handler(move |_: JsValue| {
        if let Some(f) = err_done.take() {
            f(false)
        }
    });
    let _ = promise.then2(&ok, &err);
    // Each runs at most once and then frees what it captured; the small JS wrappers stay.
    ok.forget();
    err.forget();
}
