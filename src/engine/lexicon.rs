//! Cue lexicons: data files under `lexicons/`, compiled once into one Aho-Corasick automaton each
//! and matched against a document's normalised token stream.
//!
//! File format, one entry per line:
//!
//! ```text
//! # comment (sources, reasons)
//! phrase <TAB> tag <TAB> why
//! ```
//!
//! `phrase` is written as plain text and normalised exactly like the document (case, curly quotes,
//! contractions), so "we do not know" also matches "We don't know". `tag` is a detector-specific
//! label (a hedge kind, a stance, ...). `why` is the explanation shown to the reader; it may be empty.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::document::{normalise_phrase, Document};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub phrase: String,
    pub tag: String,
    pub why: String,
}

pub struct Lexicon {
    /// Quick to build: serves the first texts (a page's first article pays no DFA build).
    matcher: AhoCorasick,
    /// About twice as fast to search, but dearer to build: made once this lexicon has searched
    /// [`DFA_AFTER`] bytes. Both find exactly the same matches.
    dfa: OnceLock<AhoCorasick>,
    patterns: Vec<String>,
    searched: AtomicUsize,
    pub entries: Vec<Entry>,
}

/// Bytes of normalised text searched before the DFA is worth building.
const DFA_AFTER: usize = 1 << 20;

/// One lexicon hit, in tokens: `doc.tokens[first..last]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub first: usize,
    pub last: usize,
    pub entry: usize,
}

impl Lexicon {
    /// Parses a lexicon file. Panics on a malformed line: lexicons are compiled into the binary,
    /// so a bad one is a build defect caught by the tests, never a user-facing failure.
    pub fn parse(source: &str) -> Lexicon {
        let mut entries = Vec::new();
        for (n, line) in source.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            let phrase = fields.next().unwrap_or("").trim();
            let tag = fields.next().unwrap_or("").trim();
            let why = fields.next().unwrap_or("").trim();
            assert!(!phrase.is_empty() && !tag.is_empty(), "lexicon line {}: expected `phrase<TAB>tag[<TAB>why]`: {line:?}", n + 1);
            entries.push(Entry { phrase: phrase.to_string(), tag: tag.to_string(), why: why.to_string() });
        }
        let patterns: Vec<String> = entries.iter().map(|e| normalise_phrase(&e.phrase)).collect();
        let matcher = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&patterns).expect("lexicon patterns compile");
        Lexicon { matcher, dfa: OnceLock::new(), patterns, searched: AtomicUsize::new(0), entries }
    }

    fn matcher(&self, len: usize) -> &AhoCorasick {
        if let Some(dfa) = self.dfa.get() {
            return dfa;
        }
        if self.searched.fetch_add(len, Ordering::Relaxed) + len < DFA_AFTER {
            return &self.matcher;
        }
        self.dfa.get_or_init(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                // Every pattern starts with a space, so a prefilter would stop at every word for
                // nothing; a DFA walks the whole stream at one table lookup per byte.
                .prefilter(false)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&self.patterns)
                .expect("lexicon patterns compile")
        })
    }

    /// All hits, longest first at each position, never overlapping one another.
    pub fn find(&self, doc: &Document) -> Vec<Hit> {
        let mut all: Vec<(usize, usize, usize)> = self
            .matcher(doc.norm.len())
            .find_overlapping_iter(&doc.norm)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        // Leftmost, then longest: "it is possible that" wins over "possible".
        all.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut hits = Vec::new();
        let mut taken_until = 0;
        for (start, end, entry) in all {
            // Matches share their padding spaces with neighbours; words start one byte in.
            if start + 1 < taken_until {
                continue;
            }
            let (first, last) = doc.norm_match_tokens(start, end);
            hits.push(Hit { first, last, entry });
            taken_until = end;
        }
        hits
    }

    pub fn entry(&self, hit: &Hit) -> &Entry {
        &self.entries[hit.entry]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(lexicon: &str, text: &str) -> Vec<(String, String)> {
        let lex = Lexicon::parse(lexicon);
        let doc = Document::new(text);
        lex.find(&doc)
            .iter()
            .map(|h| (doc.token_span(h.first, h.last).slice(text).to_string(), lex.entry(h).tag.clone()))
            .collect()
    }

    #[test]
    fn longest_phrase_wins_and_words_match_whole() {
        let lex = "possible\ta\nit is possible that\tb\nmay\tc\n";
        assert_eq!(
            hits(lex, "It is possible that the mayor may resign; possible."),
            [("It is possible that".into(), "b".into()), ("may".into(), "c".into()), ("possible".into(), "a".into())]
        );
    }

    #[test]
    fn adjacent_hits_are_all_found() {
        assert_eq!(hits("may\ta\nmight\tb\n", "may might may").len(), 3);
    }

    #[test]
    fn contractions_match_their_spelled_out_phrase() {
        assert_eq!(hits("we do not know\tx\n", "We don\u{2019}t know yet."), [("We don\u{2019}t know".into(), "x".into())]);
    }

    #[test]
    fn hits_do_not_change_when_the_dfa_takes_over() {
        let lex = Lexicon::parse("possible\ta\nit is possible that\tb\nmay\tc\nmay be\td\n");
        let doc = Document::new("It may be possible that it is possible that they may.");
        let before = lex.find(&doc);
        // A text as long as the threshold makes the next search use the DFA.
        let long = "may be possible ".repeat(DFA_AFTER / 16 + 1);
        lex.find(&Document::new(&long));
        assert!(lex.dfa.get().is_some());
        assert_eq!(lex.find(&doc), before);
    }

    #[test]
    fn comments_and_blank_lines_are_ignored() {
        let lex = Lexicon::parse("# source: somewhere\n\nclearly\tcertainty\tstates the point as obvious\n");
        assert_eq!(lex.entries.len(), 1);
        assert_eq!(lex.entries[0].why, "states the point as obvious");
    }
}
