//! The certainty chart's geometry, run natively: the panel itself only builds for wasm32, but
//! where its points land is plain arithmetic and is specified here.
#[path = "../src/app/components/panel/geometry.rs"]
mod geometry;
