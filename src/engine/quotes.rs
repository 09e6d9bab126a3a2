//! Direct quotations: the stretches of text inside quotation marks.
//!
//! Cues inside a quotation belong to the quoted speaker, not the author, so detectors mark them as
//! quoted; attribution uses the quotations as content. A quotation may run across sentences but
//! never across paragraphs (an unclosed quote ends with its paragraph, as in news style where each
//! quoted paragraph reopens the quote).

use super::document::Document;
use super::result::Range;

/// Quotations in document order, each covering its marks: `“like this”`.
pub fn find(doc: &Document) -> Vec<Range> {
    let mut quotes = Vec::new();
    for para in &doc.paragraphs {
        let first = doc.token_at_or_after(para.start);
        let last = doc.token_at_or_after(para.end);
        let mut open: Option<(usize, char)> = None;
        for t in &doc.tokens[first..last] {
            // Only a token that is one quotation mark alone can open or close a quotation; most
            // tokens are ruled out by their first byte: '"', or the lead byte of the others.
            if !matches!(t.first_byte(), b'"' | 0xC2 | 0xE2) {
                continue;
            }
            let c = match &doc.text[t.start..t.end] {
                "\"" => '"',
                "\u{201C}" => '\u{201C}',
                "\u{201D}" => '\u{201D}',
                "\u{00AB}" => '\u{00AB}',
                "\u{00BB}" => '\u{00BB}',
                _ => continue,
            };
            match (open, c) {
                (None, '\u{201C}' | '"' | '\u{00AB}') => open = Some((t.start, c)),
                (Some((start, '\u{201C}')), '\u{201D}') | (Some((start, '"')), '"') | (Some((start, '\u{00AB}')), '\u{00BB}') => {
                    quotes.push(Range::new(start, t.end));
                    open = None;
                }
                // A stray closing curly mark with no opener: ignore it.
                _ => {}
            }
        }
        if let Some((start, _)) = open {
            quotes.push(Range::new(start, para.end));
        }
    }
    quotes
}

/// Is `range` inside one of `quotes` (sorted, non-overlapping)?
pub fn is_quoted(quotes: &[Range], range: Range) -> bool {
    let i = quotes.partition_point(|q| q.end <= range.start);
    i < quotes.len() && quotes[i].contains(range)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        find(&doc).iter().map(|r| r.slice(text)).collect()
    }

    #[test]
    fn straight_and_curly_quotes_pair_up() {
        assert_eq!(quoted("He said \"we might win\" and “it could rain”."), ["\"we might win\"", "“it could rain”"]);
    }

    #[test]
    fn quotation_runs_across_sentences() {
        assert_eq!(quoted("“We lost. It may get worse,” she said."), ["“We lost. It may get worse,”"]);
    }

    #[test]
    fn unclosed_quotation_ends_with_its_paragraph() {
        assert_eq!(quoted("“We lost.\n\nNext paragraph."), ["“We lost."]);
    }

    #[test]
    fn apostrophes_are_not_quotations() {
        assert!(quoted("The nation’s rivers aren't 'clean' yet.").is_empty());
    }
}
