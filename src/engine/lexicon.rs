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

use aho_corasick::automaton::Automaton as _;
use aho_corasick::dfa::{self, DFA};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, MatchKind, StartKind};

use super::document::{normalise_phrase, Document};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub phrase: String,
    pub tag: String,
    pub why: String,
}

pub struct Lexicon {
    search: Search,
    pub entries: Vec<Entry>,
}

enum Search {
    /// A lexicon of its own (tests, training): searched alone.
    Own(Automaton),
    /// A built-in lexicon: searched with the others in one pass ([`Builtins`]).
    Shared(Builtin),
}

/// Aho-Corasick over a set of normalised phrases, with a cheap start and a fast steady state.
struct Automaton {
    /// Quick to build: serves the first texts (a page's first article pays no DFA build).
    matcher: AhoCorasick,
    /// Several times as fast to search, but dearer to build: made once this automaton has
    /// searched [`DFA_AFTER`] bytes. Both find exactly the same matches.
    dfa: OnceLock<DFA>,
    patterns: Vec<String>,
    searched: AtomicUsize,
}

/// The lexicons under `lexicons/` that the detectors read. Each one's hits are what a search
/// with it alone would find; all are found in one pass over the text, which costs about what
/// one lexicon alone costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Hedges,
    Boosters,
    Loaded,
    AttributionCues,
    ClaimCues,
}

const BUILTINS: usize = 5;

const SOURCES: [&str; BUILTINS] = [
    include_str!(concat!(env!("OUT_DIR"), "/lexicons/hedges.tsv")),
    include_str!(concat!(env!("OUT_DIR"), "/lexicons/boosters.tsv")),
    include_str!(concat!(env!("OUT_DIR"), "/lexicons/loaded.tsv")),
    include_str!(concat!(env!("OUT_DIR"), "/lexicons/attribution_cues.tsv")),
    include_str!(concat!(env!("OUT_DIR"), "/lexicons/claim_cues.tsv")),
];

struct Builtins {
    lexicons: [Lexicon; BUILTINS],
    /// Every built-in pattern, lexicon after lexicon.
    automaton: Automaton,
    /// Lexicon `k` owns patterns `first_pattern[k]..first_pattern[k + 1]`.
    first_pattern: [usize; BUILTINS + 1],
}

fn builtins() -> &'static Builtins {
    static BUILT: OnceLock<Builtins> = OnceLock::new();
    BUILT.get_or_init(|| {
        let mut first_pattern = [0; BUILTINS + 1];
        let mut patterns = Vec::new();
        let lexicons: [Lexicon; BUILTINS] = std::array::from_fn(|k| {
            let (entries, mine) = parse_entries(SOURCES[k]);
            patterns.extend(mine);
            first_pattern[k + 1] = patterns.len();
            Lexicon { search: Search::Shared(BUILTIN_ORDER[k]), entries }
        });
        Builtins { lexicons, automaton: Automaton::new(patterns), first_pattern }
    })
}

const BUILTIN_ORDER: [Builtin; BUILTINS] = [Builtin::Hedges, Builtin::Boosters, Builtin::Loaded, Builtin::AttributionCues, Builtin::ClaimCues];

/// The hits of every built-in lexicon in one document, lexicon by lexicon (kept by the document).
pub type BuiltinHits = [Vec<Hit>; BUILTINS];

/// Searches `doc.norm` once for every built-in pattern and sorts the matches out by lexicon.
/// (A document does this once, on the first lexicon search: call this to time it alone.)
pub fn builtin_hits(doc: &Document) -> BuiltinHits {
    let b = builtins();
    doc.with_norm(|norm, tokens_of| {
        let mut per: [Vec<(usize, usize, usize)>; BUILTINS] = Default::default();
        for (start, end, pattern) in b.automaton.matches(norm) {
            // Lexicons own consecutive pattern ranges; there are only five.
            let k = b.first_pattern[1..].partition_point(|&f| f <= pattern);
            per[k].push((start, end, pattern - b.first_pattern[k]));
        }
        per.map(|all| resolve(tokens_of, all))
    })
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

fn parse_entries(source: &str) -> (Vec<Entry>, Vec<String>) {
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
    let patterns = entries.iter().map(|e| normalise_phrase(&e.phrase)).collect();
    (entries, patterns)
}

impl Automaton {
    fn new(patterns: Vec<String>) -> Automaton {
        let matcher = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&patterns).expect("lexicon patterns compile");
        Automaton { matcher, dfa: OnceLock::new(), patterns, searched: AtomicUsize::new(0) }
    }

    fn dfa(&self, len: usize) -> Option<&DFA> {
        if let Some(dfa) = self.dfa.get() {
            return Some(dfa);
        }
        if self.searched.fetch_add(len, Ordering::Relaxed) + len < DFA_AFTER {
            return None;
        }
        Some(self.dfa.get_or_init(|| {
            dfa::Builder::new()
                .match_kind(MatchKind::Standard)
                // Every pattern starts with a space, so a prefilter would stop at every word for
                // nothing; a DFA walks the whole stream at one table lookup per byte.
                .prefilter(false)
                .start_kind(StartKind::Unanchored)
                .build(&self.patterns)
                .expect("lexicon patterns compile")
        }))
    }

    /// Every occurrence of every pattern: (start, end, pattern), in the order an overlapping
    /// search reports them.
    fn matches(&self, norm: &str) -> Vec<(usize, usize, usize)> {
        let Some(dfa) = self.dfa(norm.len()) else {
            return self.matcher.find_overlapping_iter(norm).map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect();
        };
        // The overlapping search walked by hand: the library's iterator returns to its caller at
        // every match and costs several times this loop, one lookup per byte.
        let mut out = Vec::new();
        let mut sid = dfa.start_state(Anchored::No).expect("an unanchored DFA has an unanchored start");
        for (at, &byte) in norm.as_bytes().iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, byte);
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    break;
                }
                for k in 0..dfa.match_len(sid) {
                    let pattern = dfa.match_pattern(sid, k);
                    out.push((at + 1 - dfa.pattern_len(pattern), at + 1, pattern.as_usize()));
                }
            }
        }
        out
    }
}

/// All hits, longest first at each position, never overlapping one another.
fn resolve(tokens_of: &dyn Fn(usize, usize) -> (usize, usize), mut all: Vec<(usize, usize, usize)>) -> Vec<Hit> {
    // Leftmost, then longest: "it is possible that" wins over "possible".
    all.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut hits = Vec::new();
    let mut taken_until = 0;
    for (start, end, entry) in all {
        // Matches share their padding spaces with neighbours; words start one byte in.
        if start + 1 < taken_until {
            continue;
        }
        let (first, last) = tokens_of(start, end);
        hits.push(Hit { first, last, entry });
        taken_until = end;
    }
    hits
}

impl Lexicon {
    /// Parses a lexicon file. Panics on a malformed line: lexicons are compiled into the binary,
    /// so a bad one is a build defect caught by the tests, never a user-facing failure.
    pub fn parse(source: &str) -> Lexicon {
        let (entries, patterns) = parse_entries(source);
        Lexicon { search: Search::Own(Automaton::new(patterns)), entries }
    }

    /// One of the lexicons under `lexicons/`, parsed once.
    pub fn builtin(which: Builtin) -> &'static Lexicon {
        &builtins().lexicons[which as usize]
    }

    /// All hits, longest first at each position, never overlapping one another.
    pub fn find(&self, doc: &Document) -> Vec<Hit> {
        match &self.search {
            Search::Own(automaton) => doc.with_norm(|norm, tokens_of| resolve(tokens_of, automaton.matches(norm))),
            Search::Shared(which) => doc.builtin_hits()[*which as usize].clone(),
        }
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
        let Search::Own(automaton) = &lex.search else { unreachable!() };
        assert!(automaton.dfa.get().is_some());
        assert_eq!(lex.find(&doc), before);
    }

    #[test]
    fn built_in_lexicons_searched_together_find_what_each_finds_alone() {
        let text = "It is possible that officials said prices may clearly rise, according to a \
                    shocking report. Experts warned it will almost certainly fail; \u{201C}We don\u{2019}t \
                    know,\u{201D} she told reporters, adding that it could be a disaster because of the cuts.";
        let doc = Document::new(text);
        let mut found = 0;
        for (k, which) in BUILTIN_ORDER.into_iter().enumerate() {
            let alone = Lexicon::parse(SOURCES[k]);
            let together = Lexicon::builtin(which);
            assert_eq!(together.find(&doc), alone.find(&doc), "{which:?}");
            assert_eq!(together.entries, alone.entries, "{which:?}");
            found += together.find(&doc).len();
        }
        // Every lexicon has something to find in the text above.
        assert!(BUILTIN_ORDER.iter().all(|&w| !Lexicon::builtin(w).find(&doc).is_empty()), "{found}");
    }

    #[test]
    fn hits_survive_the_normalised_stream_being_freed() {
        let text = "We don\u{2019}t know whether it is possible that the mayor may resign.";
        let own = Lexicon::parse("possible\ta\nit is possible that\tb\nmay\tc\nwe do not know\td\n");
        let mut doc = Document::new(text);
        let (own_before, hedges_before) = (own.find(&doc), Lexicon::builtin(Builtin::Hedges).find(&doc));
        doc.settle_lexicons();
        assert!(doc.norm.is_empty());
        assert_eq!(own.find(&doc), own_before);
        assert_eq!(Lexicon::builtin(Builtin::Hedges).find(&doc), hedges_before);
        let found: Vec<&str> = own_before.iter().map(|h| doc.token_span(h.first, h.last).slice(text)).collect();
        assert_eq!(found, ["We don\u{2019}t know", "it is possible that", "may"]);
    }

    #[test]
    fn comments_and_blank_lines_are_ignored() {
        let lex = Lexicon::parse("# source: somewhere\n\nclearly\tcertainty\tstates the point as obvious\n");
        assert_eq!(lex.entries.len(), 1);
        assert_eq!(lex.entries[0].why, "states the point as obvious");
    }
}
