//! Loaded language: emotive or loaded wording ("hegemony", "bombshell", "hurried").
//!
//! PLACEHOLDER.

use super::document::Document;
use super::result::{Range, Span};

pub fn detect(_doc: &Document, _quotes: &[Range]) -> Vec<Span> {
    Vec::new()
}
