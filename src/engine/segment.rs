//! Paragraphs and sentences.
//!
//! PLACEHOLDER: naive splitting on blank lines and on . ! ? — to be replaced by the real splitter.

use super::document::{SentenceUnit, Token};
use super::result::Range;

/// What kind of line-level block a sentence unit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// Running text.
    Prose,
    /// A title or section heading: a short line without final punctuation.
    Heading,
    /// A bulleted or numbered list item.
    ListItem,
    /// "Original source: <url>", "Disclaimer: ...", bylines, datelines: about the text, not claims.
    Metadata,
}

/// Splits the text into paragraphs and sentence units. Sentence units tile each paragraph's tokens.
pub fn split(text: &str, tokens: &[Token]) -> (Vec<Range>, Vec<SentenceUnit>) {
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    let mut para_first = 0;
    let mut sent_first = 0;
    for i in 0..tokens.len() {
        let t = tokens[i];
        if i > para_first && t.newlines_before >= 2 {
            if sent_first < i {
                sentences.push(unit(tokens, sent_first, i, paragraphs.len()));
            }
            paragraphs.push(Range::new(tokens[para_first].start, tokens[i - 1].end));
            para_first = i;
            sent_first = i;
        }
        let s = &text[t.start..t.end];
        if matches!(s, "." | "!" | "?") {
            sentences.push(unit(tokens, sent_first, i + 1, paragraphs.len()));
            sent_first = i + 1;
        }
    }
    if sent_first < tokens.len() {
        sentences.push(unit(tokens, sent_first, tokens.len(), paragraphs.len()));
    }
    if para_first < tokens.len() {
        paragraphs.push(Range::new(tokens[para_first].start, tokens[tokens.len() - 1].end));
    }
    (paragraphs, sentences)
}

fn unit(tokens: &[Token], first: usize, last: usize, paragraph: usize) -> SentenceUnit {
    SentenceUnit {
        range: Range::new(tokens[first].start, tokens[last - 1].end),
        first,
        last,
        paragraph,
        block: Block::Prose,
    }
}
