//! Reading a file the person opened or dropped, as bytes: decoding is the importer's job,
//! because files come in many encodings.

use wasm_bindgen::prelude::*;

/// Files larger than this are refused before reading; the analysis limit is far lower anyway.
pub const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// Reads `file`; `done` gets its name and bytes, or a sentence saying what went wrong.
pub fn read(file: web_sys::File, done: impl FnOnce(Result<(String, Vec<u8>), String>) + 'static) {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        return done(Err(["“", &name, "” is too large to open here (over 20 MB)."].concat()));
    }
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(
        Box::new(done) as Box<dyn FnOnce(Result<(String, Vec<u8>), String>)>
    )));
    let (ok_done, err_done) = (done.clone(), done);
    let ok_name = name.clone();
    let ok = super::once::handler(move |buffer: JsValue| {
        if let Some(f) = ok_done.take() {
            f(Ok((ok_name, js_sys::Uint8Array::new(&buffer).to_vec())))
        }
    });
    let err = super::once::handler(move |_: JsValue| {
        if let Some(f) = err_done.take() {
            f(Err(["“", &name, "” could not be read."].concat()))
        }
    });
    let _ = file.array_buffer().then2(&ok, &err);
    // Each runs at most once and then frees what it captured; the small JS wrappers stay.
    ok.forget();
    err.forget();
}
