//! Share links in the browser. The engine's `share` module frames the text and view and checks a
//! link's header and checksum; DEFLATE itself is the browser's (`CompressionStream`, in
//! browser.js), so no compressor is compiled into the page (docs/performance-log.md, "Download size").

use claimlens::share::{self, ShareError, MAX_INFLATED};
use claimlens::view::ViewState;
use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/app/browser.js")]
extern "C" {
    fn deflate(bytes: &[u8]) -> Promise;
    #[wasm_bindgen(js_name = inflateRaw)]
    fn inflate_raw(bytes: &[u8], max: f64) -> Promise;
}

/// A link's payload, opened.
pub struct Loaded {
    pub text: String,
    pub view: ViewState,
    pub warning: Option<String>,
}

const UNSUPPORTED: &str = "This browser cannot pack or unpack Claimlens links (it lacks CompressionStream). A browser released since 2023 can.";

/// Makes the link to `base` that carries `text` seen with `view`. `done` gets it, or a sentence
/// for the person; the promise returned resolves to it too (for the clipboard, which must be
/// asked before the link exists).
pub fn make(base: String, text: &str, view: &ViewState, done: impl FnOnce(Result<String, String>) + 'static) -> Promise {
    // The promise handed back settles with `done`'s answer.
    let mut settle = None;
    let link = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let Some((resolve, reject)) = settle else {
        return link;
    };
    let (ok_done, err_done) = split(done);
    let ok = super::once::handler(move |zlib: JsValue| {
        let link = [base.as_str(), "#", &share::payload(&Uint8Array::new(&zlib).to_vec())].concat();
        let _ = resolve.call1(&JsValue::NULL, &JsValue::from_str(&link));
        if let Some(f) = ok_done.take() {
            f(Ok(link))
        }
    });
    let err = super::once::handler(move |why: JsValue| {
        let _ = reject.call1(&JsValue::NULL, &why);
        if let Some(f) = err_done.take() {
            f(Err(UNSUPPORTED.to_string()))
        }
    });
    let _ = deflate(&share::frame(text, view)).then2(&ok, &err);
    ok.forget();
    err.forget();
    link
}

type Done<T> = std::rc::Rc<std::cell::Cell<Option<Box<dyn FnOnce(Result<T, String>)>>>>;

/// One callback for a promise's two outcomes: whichever runs takes it.
fn split<T: 'static>(done: impl FnOnce(Result<T, String>) + 'static) -> (Done<T>, Done<T>) {
    let done: Done<T> = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(done))));
    (done.clone(), done)
}

/// Opens a link's fragment (without `#`); `done` gets the text and view, or a sentence for the
/// person saying what is wrong with the link.
pub fn open(fragment: &str, done: impl FnOnce(Result<Loaded, String>) + 'static) {
    let packed = match share::unpack(fragment) {
        Ok(packed) => packed,
        Err(e) => return done(Err(e.to_string())),
    };
    let (ok_done, err_done) = split(done);
    let adler32 = packed.adler32;
    let ok = super::once::handler(move |frame: JsValue| {
        let opened = share::open(&Uint8Array::new(&frame).to_vec(), adler32, super::view_json::read)
            .map(|s| Loaded { text: s.text, view: s.view, warning: s.warning })
            .map_err(|e| e.to_string());
        if let Some(f) = ok_done.take() {
            f(opened)
        }
    });
    let err = super::once::handler(move |why: JsValue| {
        let message = match why.as_string().as_deref() {
            Some("too-large") => ShareError::TooLarge.to_string(),
            Some("unsupported") => UNSUPPORTED.to_string(),
            _ => ShareError::Corrupt.to_string(),
        };
        if let Some(f) = err_done.take() {
            f(Err(message))
        }
    });
    let _ = inflate_raw(&packed.deflate, MAX_INFLATED as f64).then2(&ok, &err);
    ok.forget();
    err.forget();
}
