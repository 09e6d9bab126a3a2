//! Claims: classifies every sentence unit as a claim (with kind and check-worthiness) or not, and
//! scores how certain it sounds from its hedges, boosters and attribution.
//!
//! PLACEHOLDER.

use super::document::Document;
use super::result::{Attribution, Sentence, Span};

pub fn classify(doc: &Document, _spans: &[Span], _attributions: &[Attribution]) -> Vec<Sentence> {
    doc.sentences
        .iter()
        .map(|s| Sentence {
            start: s.range.start,
            end: s.range.end,
            paragraph: s.paragraph,
            certainty: 1.0,
            claim: None,
            non_claim: None,
            why: String::new(),
        })
        .collect()
}
