//! The analysis engine: plain Rust with no web dependencies, so the page, the command line and
//! the JS API all run the same code and it is tested natively.
//!
//! [`analyze`] parses the text once into a [`Document`](document::Document) (tokens, paragraphs,
//! sentences), runs each detector over it, then classifies every sentence using what the detectors
//! found. Each detector lives in its own module and owns its lexicon under `lexicons/`.

/// The built-in word lists as packed strings, and `words!`, which packs them.
#[macro_use]
pub mod wordlist;
pub mod attribution;
pub mod boosters;
pub mod claims;
pub mod context;
pub mod document;
pub mod hedges;
/// Re-analysis of an edited text: only the paragraphs around the change, the rest kept.
pub mod incremental;
/// The compact JSON of an analysis, written without serde's generic machinery.
pub mod json;
pub(crate) mod lanes;
pub mod lexicon;
pub mod loaded;
pub mod quotes;
pub mod result;
pub mod segment;
/// Working vectors kept from one text's analysis for the next.
pub(crate) mod spare;

pub use result::*;

use document::Document;

/// Analyses `text` (one sentence to a whole book) and returns everything found in it.
pub fn analyze(text: &str) -> Analysis {
    let mut doc = Document::new(text);
    doc.settle_lexicons();
    let quotes = quotes::find(&doc);

    let mut spans = hedges::detect(&doc, &quotes);
    spans.extend(boosters::detect(&doc, &quotes));
    spans.extend(loaded::detect(&doc, &quotes));
    crate::sort::sort_by(&mut spans, |a, b| (a.start, a.end, a.category).cmp(&(b.start, b.end, b.category)));
    // One word, one mark: a booster that the loaded list also holds ("truly", "unequivocally")
    // is shown as the certainty it asserts, which tells a reader more than "loaded wording".
    spans.dedup_by(|later, kept| later.category == Category::Loaded && kept.category == Category::Booster && later.start == kept.start && later.end == kept.end);

    let attributions = attribution::detect(&doc, &quotes);
    doc.forget_word_numbers();
    let sentences = claims::classify(&doc, &spans, &attributions);

    Analysis { id: None, paragraphs: std::mem::take(&mut doc.paragraphs), sentences, spans, attributions }
}

/// Builds a span over `doc.tokens[first..last]`.
pub(crate) fn span(doc: &Document, first: usize, last: usize, category: Category, kind: CueKind, quoted: bool, why: impl Into<String>) -> Span {
    let r = doc.token_span(first, last);
    Span { start: r.start, end: r.end, text: r.slice(doc.text).to_string(), category, kind, quoted, why: why.into() }
}
