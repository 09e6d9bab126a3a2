//! Boosters: cues that harden the writer's commitment (in fact, clearly, there is no doubt ...).
//!
//! PLACEHOLDER.

use super::document::Document;
use super::result::{Range, Span};

pub fn detect(_doc: &Document, _quotes: &[Range]) -> Vec<Span> {
    Vec::new()
}
