//! Direct quotations: the stretches of text inside quotation marks.
//!
//! Cues inside a quotation belong to the quoted speaker, not the author, so detectors mark them as
//! quoted; attribution uses the quotations as content. A quotation may run across sentences but
//! never across paragraphs (an unclosed quote ends with its paragraph, as in news style where each
//! quoted paragraph reopens the quote).

use crate::engine::document::At;
use super::document::{Document, TokenKind};
use super::result::Range;

/// Quotations in document order, each covering its marks: `“like this”`.
pub fn find(doc: &Document) -> Vec<Range> {
    let mut quotes = Vec::new();
    // Only a token that is one quotation mark alone can open or close a quotation, and every
    // one is a landmark: the other tokens are never read.
    let marks = doc.landmarks();
    let mut m = 0;
    for (para, &(first, last)) in doc.paragraphs.iter().zip(paragraph_tokens(doc)) {
        let mut open: Option<(usize, char)> = None;
        while m < marks.len() && (marks[m] as usize) < first {
            m += 1;
        }
        for &k in marks.at(m..).iter().take_while(|&&k| (k as usize) < last) {
            let t = &doc.tokens[k as usize];
            // Most landmarks are ruled out by their first byte: '"', or the lead byte of the others.
            if !matches!(t.first_byte(), b'"' | 0xC2 | 0xE2) {
                continue;
            }
            let c = match doc.text.at(t.start..t.end) {
                "\"" => '"',
                "\u{201C}" => '\u{201C}',
                "\u{201D}" => '\u{201D}',
                "\u{00AB}" => '\u{00AB}',
                "\u{00BB}" => '\u{00BB}',
                "\u{201E}" => '\u{201E}',
                "\u{2018}" => '\u{2018}',
                "\u{2019}" if closes_single(doc, k as usize) => '\u{2019}',
                _ => continue,
            };
            match (open, c) {
                // („German“ and „Polish” quotations open low and close with either high mark.)
                (None, '\u{201C}' | '"' | '\u{00AB}' | '\u{201E}' | '\u{2018}') => open = Some((t.start, c)),
                (Some((start, '\u{201C}')), '\u{201D}')
                | (Some((start, '\u{2018}')), '\u{2019}')
                | (Some((start, '"')), '"')
                | (Some((start, '\u{00AB}')), '\u{00BB}')
                | (Some((start, '\u{201E}')), '\u{201C}' | '\u{201D}') => {
                    quotes.push(Range::new(start, t.end));
                    open = None;
                }
                // A stray closing curly mark with no opener: ignore it.
                _ => {}
            }
        }
        // (A single mark left open is a quotation only where it opens the paragraph, as one
        // running on to the next does; elsewhere its close was most likely read as a plural's.)
        if let Some((start, _)) = open.filter(|&(start, c)| c != '\u{2018}' || start == para.start) {
            quotes.push(Range::new(start, para.end));
        }
    }
    quotes
}

/// Can the mark ’ at token `k` close a quotation ‘like this’? It is also the apostrophe: inside
/// a word ("don’t", one token), before one ("’90s"), and after a plural that owns what follows
/// ("the voters’ anger"). So it closes after punctuation (‘We lost,’ she said), before anything
/// but a word, or before a word after one that does not end in "s" (‘rigged’ and).
fn closes_single(doc: &Document, k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).map(|p| doc.tokens[p]) else { return false };
    let t = &doc.tokens[k];
    let plural = doc.text.at(prev.start..prev.end).ends_with(['s', 'S']);
    prev.kind == TokenKind::Punct
        || doc.tokens.get(k + 1).is_none_or(|next| next.kind != TokenKind::Word || next.start > t.end && !plural)
}

/// Each paragraph's token range, `(token_at_or_after(start), token_at_or_after(end))`, found
/// once per document.
pub(crate) fn paragraph_tokens<'d>(doc: &'d Document) -> &'d [(usize, usize)] {
    doc.paragraph_tokens()
}

/// [`paragraph_tokens`], found. The sentence units already hold their token ranges and
/// paragraphs: the first and last of a paragraph's units guess its bounds, and a guess is
/// checked with two tokens, where a search takes a dozen steps. Written into `out` (emptied
/// first): a vector kept from an earlier document.
pub(crate) fn find_paragraph_tokens(doc: &Document, mut out: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let units = &doc.sentences;
    let mut u = 0;
    out.clear();
    out.extend(doc.paragraphs.iter().enumerate().map(|(pi, p)| {
        // Units come in paragraph order; any that do not only make the guesses fail.
        while u < units.len() && units[u].paragraph < pi {
            u += 1;
        }
        let own = units[u..].iter().take_while(|s| s.paragraph == pi);
        let first = own.clone().next().map(|s| s.first);
        let last = own.last().map(|s| s.last);
        (token_at_or_after_guess(doc, first, p.start), token_at_or_after_guess(doc, last, p.end))
    }));
    out
}

/// `doc.token_at_or_after(offset)`: `guess` if it is the answer (the token before it starts
/// before `offset`, and it does not), else searched for.
fn token_at_or_after_guess(doc: &Document, guess: Option<usize>, offset: usize) -> usize {
    let tokens = &doc.tokens;
    match guess {
        Some(k) if k <= tokens.len() && (k == 0 || tokens[k - 1].start < offset) && (k == tokens.len() || tokens[k].start >= offset) => k,
        _ => doc.token_at_or_after(offset),
    }
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
    fn a_guessed_token_is_taken_only_when_it_is_the_answer() {
        let text = "Ab cd, \"ef\" gh. Xy.\n\nIj  kl mn op qr st uv wx yz.\n\n\nLast one";
        let document = Document::new(text);
        let n = document.tokens.len();
        assert!(n > 10);
        for offset in 0..=text.len() + 1 {
            let expected = document.token_at_or_after(offset);
            assert_eq!(token_at_or_after_guess(&document, None, offset), expected, "offset {offset}");
            for guess in 0..=n + 1 {
                assert_eq!(token_at_or_after_guess(&document, Some(guess), offset), expected, "offset {offset}, guess {guess}");
            }
        }
        let expected: Vec<(usize, usize)> =
            document.paragraphs.iter().map(|p| (document.token_at_or_after(p.start), document.token_at_or_after(p.end))).collect();
        assert_eq!(document.paragraphs.len(), 3);
        assert_eq!(paragraph_tokens(&document), expected);
    }

    #[test]
    fn straight_and_curly_quotes_pair_up() {
        assert_eq!(quoted("He said \"we might win\" and “it could rain”."), ["\"we might win\"", "“it could rain”"]);
    }

    #[test]
    fn low_opening_quotes_close_high() {
        // German „...“ and Polish „...”, in translated text or a pasted original.
        assert_eq!(quoted("Sie sagte „wir schaffen das“ und ging. He called it „a disaster”."), ["„wir schaffen das“", "„a disaster”"]);
        // (A high mark after a low one closes it; the next high one opens.)
        assert_eq!(quoted("„One“ and “two”."), ["„One“", "“two”"]);
    }

    #[test]
    fn single_curly_quotes_pair_up_around_apostrophes() {
        // British papers quote with single marks; the closing one is also the apostrophe.
        assert_eq!(quoted("‘We will not back down,’ the minister said. ‘It’s right.’"), ["‘We will not back down,’", "‘It’s right.’"]);
        assert_eq!(quoted("The voters’ anger was ‘rigged’ and ‘unfair’."), ["‘rigged’", "‘unfair’"]);
        // (A plural's mark before a word cannot close: left open, the quotation is dropped
        // unless it opens the paragraph, where it may run on to the next.)
        assert!(quoted("He called it ‘reckless’ and left.").is_empty());
        assert_eq!(quoted("‘We will fight.\n\n‘We will win,’ he said."), ["‘We will fight.", "‘We will win,’"]);
        // (Nor can a mark that opens the text close anything.)
        assert!(quoted("’ at the start.").is_empty());
        // A single mark inside a double quotation is part of it.
        assert_eq!(quoted("“He said ‘no’ twice,” she said."), ["“He said ‘no’ twice,”"]);
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
    fn quotation_marks_are_found_on_lines_beyond_ascii_too() {
        // Such lines are tokenized another way; both note every quotation mark for the search.
        assert_eq!(quoted("\u{C9}l dijo \u{AB}s\u{ED}\u{BB} y \"no\".\nThen \"yes\"."), ["\u{AB}s\u{ED}\u{BB}", "\"no\"", "\"yes\""]);
        for text in ["He said \"no\" twice.", "\u{C9}l \"dijo\" \u{201C}quiz\u{E1}\u{201D}.", "\"\"\"", "a\"b\u{201D}c"] {
            let doc = Document::new(text);
            let marks: Vec<u32> = (0..doc.tokens.len() as u32)
                .filter(|&k| matches!(doc.token_text(k as usize), "\"" | "\u{201C}" | "\u{201D}" | "\u{AB}" | "\u{BB}"))
                .collect();
            assert!(!marks.is_empty() && marks.iter().all(|k| doc.landmarks().contains(k)), "{text:?}");
        }
    }

    #[test]
    fn apostrophes_are_not_quotations() {
        assert!(quoted("The nation’s rivers aren't 'clean' yet.").is_empty());
    }
}
