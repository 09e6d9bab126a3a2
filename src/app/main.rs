//! The Claimlens page: a Yew app, rendered in the browser. The analysis runs here too, so the
//! text never leaves the machine.
//!
//! Everything that needs the DOM is compiled for wasm32 only; the layout logic in `segments`
//! and the large-paste logic in `paste` are plain Rust and are tested natively with `cargo test`.

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod paste;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod segments;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod bridge;
#[cfg(target_arch = "wasm32")]
mod cells;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod crash;
#[cfg(target_arch = "wasm32")]
mod services;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
mod warm;

#[cfg(target_arch = "wasm32")]
fn main() {
    // Before anything renders, so no panic can reach the reader as a silently frozen page. In the
    // analysis worker (no window) it only logs.
    crash::install();
    // The analysis worker loads this module too: there is no page to draw there.
    if web_sys::window().is_some() {
        app::start();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
