//! Closures the browser calls once (timers, promise handlers), boxed before they are handed
//! over. `Timeout::new` and `Closure::once` are generic over the closure, and each closure type
//! they are given compiles its own copy of wasm-bindgen's glue for it (eighteen timers and four
//! promise handlers in the page); boxed, each kind shares one copy.

use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;

/// `Timeout::new(millis, callback)`: runs `callback` once after `millis` milliseconds, unless
/// the returned timer is dropped first (`forget` it to let it run regardless).
pub fn timeout(millis: u32, callback: impl FnOnce() + 'static) -> Timeout {
    boxed_timeout(millis, Box::new(callback))
}

#[inline(never)]
fn boxed_timeout(millis: u32, callback: Box<dyn FnOnce()>) -> Timeout {
    Timeout::new(millis, callback)
}

/// `Closure::once(callback)`, for a promise's `then`.
pub fn handler(callback: impl FnOnce(JsValue) + 'static) -> Closure<dyn FnMut(JsValue)> {
    boxed_handler(Box::new(callback))
}

#[inline(never)]
fn boxed_handler(callback: Box<dyn FnOnce(JsValue)>) -> Closure<dyn FnMut(JsValue)> {
    Closure::once(callback)
}
