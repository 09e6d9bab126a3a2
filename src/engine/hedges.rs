//! Hedges: cues that soften the writer's commitment (may, likely, reportedly, if, about ...).
//!
//! PLACEHOLDER: plain lexicon lookup without context rules.

use super::document::Document;
use super::result::{Category, CueKind, Range, Span};

pub fn detect(_doc: &Document, _quotes: &[Range]) -> Vec<Span> {
    let _ = (Category::Hedge, CueKind::Epistemic);
    Vec::new()
}
