//! The engine for JavaScript hosts other than the page (Node, a worker, a bundler): one function,
//! text in, the JSON contract out, so a caller needs no Rust types and the contract stays the one
//! the CLI writes.
//!
//! Offsets in the result (`start`, `end` of sentences, spans, attributions) are UTF-8 byte offsets
//! into the text, as everywhere in Claimlens, while JavaScript strings index UTF-16 code units.
//! They agree only on ASCII text. To slice the JavaScript string, encode it once and decode the
//! byte range:
//!
//! ```js
//! const bytes = new TextEncoder().encode(text);
//! const slice = (s) => new TextDecoder().decode(bytes.subarray(s.start, s.end));
//! ```
//!
//! or, to map many offsets, walk the string once building a byte-to-UTF-16 table (a code point
//! below U+0080 is 1 byte, below U+0800 2, below U+10000 3 and 1 unit, otherwise 4 bytes and
//! 2 units).
//!
//! A string is returned rather than a JS object because one `JSON.parse` in the host is cheaper
//! than building the object tree across the boundary field by field, and a caller that only
//! forwards the result (to a file, a socket) can skip parsing altogether.

use wasm_bindgen::prelude::wasm_bindgen;

/// Analyses `text` and returns the `Analysis` as JSON: the document `claimlens --json` writes,
/// without its indentation (smaller to pass and to parse).
#[wasm_bindgen]
pub fn analyze(text: &str) -> String {
    crate::engine::json::to_string(&crate::engine::analyze(text))
}

/// Analyses `text` and returns only how many sentences, spans and attributions it found: the
/// engine's work without the JSON, for the benchmark (`bench-hooks` builds only).
#[cfg(feature = "bench-hooks")]
#[wasm_bindgen]
pub fn analyze_engine_only(text: &str) -> u32 {
    let a = crate::engine::analyze(text);
    (a.sentences.len() + a.spans.len() + a.attributions.len()) as u32
}
