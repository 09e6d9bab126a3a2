//! The page's worker answers (`src/app/wire.rs`, a module of the page binary) tested natively:
//! the tests are in that file.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/app/wire.rs"]
#[allow(dead_code)]
mod wire;
