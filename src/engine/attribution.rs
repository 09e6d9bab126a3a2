//! Attribution: who says what ("..., officials said", "according to the ministry, ...").
//!
//! PLACEHOLDER.

use super::document::Document;
use super::result::{Attribution, Range};

pub fn detect(_doc: &Document, _quotes: &[Range]) -> Vec<Attribution> {
    Vec::new()
}
