//! Claimlens reads an article and reports what it claims and how firmly: each claim and how
//! check-worthy it is, who it is attributed to, and the words that soften (hedges) or harden
//! (boosters) it.
//!
//! ```
//! let analysis = claimlens::analyze("Officials said the river might flood.");
//! assert!(analysis.spans.iter().any(|s| s.text == "might"));
//! ```

#![forbid(unsafe_code)]

pub mod custom;
pub mod digest;
pub mod engine;
pub mod export;
pub mod find;
pub mod import;
pub mod language;
pub mod lower;
#[cfg(all(target_arch = "wasm32", feature = "js-api"))]
pub mod js;
pub mod share;
pub mod sort;
pub mod view;

pub use engine::{analyze, Analysis};

// In WebAssembly the engine allocates and frees many small vectors per text; talc serves them
// faster than the default dlmalloc, in a smaller module (measured in docs/performance-log.md, "In Node").
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
