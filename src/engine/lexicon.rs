//! Cue lexicons: data files under `lexicons/`, compiled once into a trie of whole words and
//! matched against a document's normalised words.
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

use crate::engine::document::At;
use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;

use super::document::{normalise_phrase, Document};
use super::spare;

mod phrases;

use phrases::{Phrases, Words};

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
    Own(Phrases),
    /// A built-in lexicon: searched with the others in one pass ([`Builtins`]).
    Shared(Builtin),
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
    phrases: Phrases,
    /// Each pattern's lexicon and entry in it.
    owner: Vec<(usize, usize)>,
}

fn builtins() -> &'static Builtins {
    static BUILT: OnceLock<Builtins> = OnceLock::new();
    BUILT.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut owner = Vec::new();
        let lexicons: [Lexicon; BUILTINS] = std::array::from_fn(|k| {
            let (entries, mine) = builtin_entries(k);
            owner.extend((0..mine.len()).map(|entry| (k, entry)));
            patterns.extend(mine);
            Lexicon { search: Search::Shared(BUILTIN_ORDER[k]), entries }
        });
        let mut phrases = Phrases::new(&patterns);
        // Those with an apostrophe are never marked on a plain token, but [`listed_marks`] finds
        // them for the others.
        phrases.mark_words(crate::engine::claims::cues::LISTED);
        // The attribution walks' word lists, which they read by number
        // (`attribution::classes`).
        phrases.add_words(crate::engine::attribution::class_words());
        Builtins { lexicons, phrases, owner }
    })
}

/// For each built-in lexicon, in [`BUILTIN_ORDER`], the words of news text to one of its hits,
/// rounded down to a power of two (0: too rare to reserve room for). Measured on the Reuters
/// corpus: a hedge every 50 words, a booster or loaded word every 1,000 and more, a reporting
/// cue every 27, a claim cue every 15.
const WORDS_PER_HIT: [usize; BUILTINS] = [32, 0, 0, 16, 8];

const BUILTIN_ORDER: [Builtin; BUILTINS] = [Builtin::Hedges, Builtin::Boosters, Builtin::Loaded, Builtin::AttributionCues, Builtin::ClaimCues];

/// What the one pass over a document's words finds (kept by the document).
pub struct BuiltinHits {
    /// The hits of every built-in lexicon, lexicon by lexicon.
    hits: [Vec<Hit>; BUILTINS],
    /// For each token, the claim cues' marks of its word
    /// ([`crate::engine::claims::cues::LISTED`]) if the token is plain
    /// ([`crate::engine::document::Token::is_plain`]), 0 for any other. The pass looks every word
    /// up anyway; the claim cues would otherwise look the same words up again in a table of
    /// their own.
    pub(crate) listed: Vec<u8>,
    /// For each token, the vocabulary number of its (first) word ([`word_number`]). Read for
    /// a token that is its own word ([`crate::engine::document::Token::is_own_word`]): a pass
    /// with a table of its own by word number then looks nothing up again. Empty once
    /// forgotten ([`Document::forget_word_numbers`]).
    pub(crate) words: Vec<u32>,
}

/// Searches the document's words once for every built-in pattern and sorts the matches out by
/// lexicon. (A document does this once, on the first lexicon search: call this to time it alone.)
pub fn builtin_hits(doc: &Document) -> BuiltinHits {
    let b = builtins();
    let mut words = b.phrases.numbers(doc);
    // Room for as many hits as news text has of each lexicon: growing from nothing would
    // reallocate four or five times for each. Capped, so that a book reserves no more than a
    // few kilobytes it might not use. Boosters and loaded wording are rare enough (a hit in
    // a thousand words and more) that most texts have none: they get no room, and so no
    // allocation, until they find one.
    let room = |k: usize| match WORDS_PER_HIT[k] {
        0 => 0,
        per => (words.ids.len() / per).min(256),
    };
    let mut hits: [Resolver; BUILTINS] = std::array::from_fn(|k| {
        let mut hits = SPARE_HITS.with(|spare| spare[k].take());
        hits.reserve(room(k));
        Resolver { hits, free_from: 0 }
    });
    b.phrases.each_match(&words.ids, |first, last, pattern| {
        let (k, entry) = *b.owner.at(pattern as usize);
        hits.at_mut(k).offer(doc, &words, first, last, entry);
    });
    let listed = std::mem::take(&mut words.marks);
    BuiltinHits { hits: hits.map(|r| r.hits), listed, words: words.by_token() }
}

/// The vocabulary number of `word` (normalised) in the built-in lexicons' one pass, which
/// [`BuiltinHits::words`] gives each token: [`NO_WORD`] for a word in no built-in phrase and
/// not added by [`Builtins`] for another pass.
pub(crate) fn word_number(word: &[u8]) -> u32 {
    builtins().phrases.number_of(word)
}

/// The number of a word in no built-in phrase ([`word_number`]).
pub(crate) const NO_WORD: u32 = phrases::NONE;

/// Gives up `hits`' word numbers ([`BuiltinHits::words`]) if there are more than a document
/// keeps for the next one ([`spare::KEPT_BYTES`]).
pub(crate) fn forget_word_numbers(hits: &mut BuiltinHits) {
    if hits.words.capacity() * std::mem::size_of::<u32>() > spare::KEPT_BYTES {
        hits.words = Vec::new();
    }
}

/// Keeps the memory of a document's hits for the next document's (see [`spare`]).
pub(crate) fn keep_hits(hits: BuiltinHits) {
    SPARE_HITS.with(|spare| {
        for (cell, hits) in spare.iter().zip(hits.hits) {
            spare::keep_in(cell, hits);
        }
    });
    phrases::keep(hits.listed, hits.words);
}

thread_local! {
    /// Each built-in lexicon's hits of the last document dropped on this thread, kept for the
    /// next one.
    static SPARE_HITS: [Cell<Vec<Hit>>; BUILTINS] = const { [const { Cell::new(Vec::new()) }; BUILTINS] };
}

/// Every built-in lexicon's phrases, as written (for tests).
#[cfg(test)]
pub(crate) fn builtin_phrases() -> Vec<String> {
    builtins().lexicons.iter().flat_map(|l| l.entries.iter().map(|e| e.phrase.clone())).collect()
}

/// The claim cues' marks of one word, normalised ([`crate::engine::claims::cues::LISTED`]), 0 for
/// a word in no list: for the words whose tokens are not plain, which the pass leaves unmarked.
/// Out of line: rare, and inlined it would crowd the claim cues' loop over every word.
#[inline(never)]
pub(crate) fn listed_marks(word: &[u8]) -> u8 {
    builtins().phrases.marks_of(word)
}

/// One lexicon hit, in tokens: `doc.tokens[first..last]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub first: usize,
    pub last: usize,
    pub entry: usize,
}

fn parse_entries(source: &str) -> (Vec<Entry>, Vec<String>) {
    let mut entries = Vec::new();
    for line in source.lines() {
        let line = line.trim_end();
        let text = line.trim_start();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let (phrase, fields) = split_at_byte(line, b'\t');
        let (tag, fields) = split_at_byte(fields, b'\t');
        let (why, _) = split_at_byte(fields, b'\t');
        let (phrase, tag, why) = (phrase.trim(), tag.trim(), why.trim());
        // (The lexicons are compiled in: the tests read every line, and the page's module does
        // not carry the message.)
        debug_assert!(!phrase.is_empty() && !tag.is_empty(), "lexicon line '{line}': expected `phrase<TAB>tag[<TAB>why]`");
        entries.push(Entry { phrase: phrase.to_string(), tag: tag.to_string(), why: why.to_string() });
    }
    let patterns = entries.iter().map(|e| normalise_phrase(&e.phrase)).collect();
    (entries, patterns)
}

/// Stops on a tag or kind that lexicon `file`'s reader does not know. (One place for every
/// reader's message: each of their own formatted it again, in the page's download too.)
#[cold]
pub(crate) fn unknown_tag(file: &str, tag: &str) -> ! {
    panic!("{file}: unknown tag '{tag}'")
}

/// Stands for an entry's own phrase in the reasons of the built-in lexicons: the build writes it
/// where a reason quotes its phrase, to keep the repeats out of the page's download (`build.rs`,
/// whose `PHRASE` is the same character).
const PHRASE: char = '\u{1}';

/// Stands for a whole tag or reason that equals the entry before's in the built-in lexicons
/// (`build.rs`, whose `DITTO` is the same).
const DITTO: &str = "\u{2}";

/// The entries and patterns of built-in lexicon `k`, as the source file under `lexicons/` has
/// them: each repeated field and each reason's phrase put back.
fn builtin_entries(k: usize) -> (Vec<Entry>, Vec<String>) {
    let (mut entries, patterns) = parse_entries(SOURCES[k]);
    with_repeats(&mut entries);
    (entries, patterns)
}

/// Each entry's [`DITTO`] tag or reason made the entry before's (the reason as stored, before its
/// phrase is put back), then each [`PHRASE`] in a reason made the entry's phrase.
fn with_repeats(entries: &mut [Entry]) {
    let (mut tag_before, mut why_before) = (String::new(), String::new());
    for e in entries {
        if e.tag == DITTO {
            e.tag.clone_from(&tag_before);
        }
        if e.why == DITTO {
            e.why.clone_from(&why_before);
        }
        tag_before.clone_from(&e.tag);
        why_before.clone_from(&e.why);
        e.why = with_phrase(&e.why, &e.phrase);
    }
}

/// `why` with each [`PHRASE`] replaced by `phrase`.
fn with_phrase(why: &str, phrase: &str) -> String {
    if why.as_bytes().contains(&(PHRASE as u8)) { why.replace(PHRASE, phrase) } else { why.to_string() }
}

/// The text before the first `byte` (ASCII) and the text after it (empty if there is none). A
/// plain walk over the bytes: the standard string search, set up afresh for each of the six
/// thousand short fields of the built-in lexicons, cost a tenth of reading them.
fn split_at_byte(text: &str, byte: u8) -> (&str, &str) {
    debug_assert!(byte.is_ascii());
    match text.as_bytes().iter().position(|&b| b == byte) {
        Some(at) => (text.at(..at), text.at(at + 1..)),
        None => (text, ""),
    }
}

/// Keeps, of the matches offered leftmost first and longest first at each word (the order of
/// [`Phrases::each_match`]), those that overlap none kept before: "it is possible that" wins
/// over "possible", and of two equal phrases the first entry wins.
#[derive(Default)]
struct Resolver {
    hits: Vec<Hit>,
    /// The first normalised word no hit kept so far covers.
    free_from: u32,
}

impl Resolver {
    #[inline]
    fn offer(&mut self, doc: &Document, words: &Words, first: u32, last: u32, entry: usize) {
        if first < self.free_from {
            return;
        }
        // A contraction's two words point at one token.
        let (first_token, last_token) = (words.token(first), words.token(last));
        // A blank line always ends a paragraph, and no phrase runs on past its paragraph: "as
        // far as" in a heading and "I know" opening the next paragraph are no hedge. (A shorter
        // phrase from the same word may still be kept.)
        if last_token > first_token && crosses_blank_line(doc, first_token, last_token) {
            return;
        }
        self.hits.push(Hit { first: first_token, last: last_token + 1, entry });
        self.free_from = last + 1;
    }
}

/// Is there a blank line between tokens `first` and `last` (a phrase of more than one token)?
/// Out of line: most hits are one word, and the resolver stays small enough to be inlined.
#[inline(never)]
fn crosses_blank_line(doc: &Document, first: usize, last: usize) -> bool {
    doc.tokens[first + 1..=last].iter().any(|t| t.newlines_before > 1)
}

impl Lexicon {
    /// Parses a lexicon file. A malformed line panics in a debug build: lexicons are compiled
    /// into the binary, so a bad one is a build defect the tests (built so) catch, never a
    /// user-facing failure, and a release build does not check again.
    pub fn parse(source: &str) -> Lexicon {
        let (entries, patterns) = parse_entries(source);
        Lexicon { search: Search::Own(Phrases::new(&patterns)), entries }
    }

    /// One of the lexicons under `lexicons/`, parsed once.
    pub fn builtin(which: Builtin) -> &'static Lexicon {
        &builtins().lexicons[which as usize]
    }

    /// All hits, longest first at each position, never overlapping one another.
    pub fn find(&self, doc: &Document) -> Vec<Hit> {
        self.hits(doc).into_owned()
    }

    /// [`Lexicon::find`], borrowing a built-in lexicon's hits from the document rather than
    /// copying them.
    pub fn hits<'d>(&self, doc: &'d Document) -> Cow<'d, [Hit]> {
        match &self.search {
            Search::Own(phrases) => {
                let words = phrases.numbers(doc);
                let mut resolver = Resolver::default();
                phrases.each_match(&words.ids, |first, last, pattern| resolver.offer(doc, &words, first, last, pattern as usize));
                Cow::Owned(resolver.hits)
            }
            Search::Shared(which) => Cow::Borrowed(&doc.builtin_hits().hits[*which as usize]),
        }
    }

    pub fn entry(&self, hit: &Hit) -> &Entry {
        self.entries.at(hit.entry)
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
    fn overlapping_phrases_leave_the_leftmost_longest() {
        // "may be" and "be possible" overlap on "be": the one that starts first wins, and
        // "possible" alone is still found after it.
        let lex = "may be\ta\nbe possible\tb\npossible\tc\nit may\td\n";
        assert_eq!(hits(lex, "They may be possible."), [("may be".into(), "a".into()), ("possible".into(), "c".into())]);
        // A phrase cut short by the end of the text, and one that runs to its very end.
        assert_eq!(hits(lex, "it may"), [("it may".into(), "d".into())]);
        assert!(hits(lex, "it").is_empty());
    }

    #[test]
    fn no_phrase_runs_on_past_a_blank_line() {
        // The heading's words and the paragraph's first are no "it is possible that"; "possible"
        // alone still is, and a single line break (hard-wrapped text) joins a phrase as a space.
        let lex = "possible\ta\nit is possible that\tb\nmay be\tc\n";
        assert_eq!(
            hits(lex, "Is It Possible\n\nThat the mayor may\nbe late."),
            [("Possible".into(), "a".into()), ("may\nbe".into(), "c".into())]
        );
        assert_eq!(hits(lex, "It is possible\n\nthat it may\n \nbe."), [("possible".into(), "a".into())]);
    }

    #[test]
    fn the_first_of_two_equal_entries_wins() {
        // "can't" and "cannot" normalise to the same words.
        assert_eq!(hits("cannot\tfirst\ncan't\tsecond\n", "We can\u{2019}t."), [("can\u{2019}t".into(), "first".into())]);
        assert_eq!(hits("can't\tfirst\ncannot\tsecond\n", "We cannot."), [("cannot".into(), "first".into())]);
    }

    #[test]
    fn built_in_lexicons_searched_together_find_what_each_finds_alone() {
        let text = "It is possible that officials said prices may clearly rise, according to a \
                    shocking report. Experts warned it will almost certainly fail; \u{201C}We don\u{2019}t \
                    know,\u{201D} she told reporters, adding that it could be a disaster because of the cuts.";
        let doc = Document::new(text);
        let mut found = 0;
        for (k, which) in BUILTIN_ORDER.into_iter().enumerate() {
            let (entries, patterns) = builtin_entries(k);
            let alone = Lexicon { search: Search::Own(Phrases::new(&patterns)), entries };
            let together = Lexicon::builtin(which);
            assert_eq!(together.find(&doc), alone.find(&doc), "{which:?}");
            assert_eq!(together.entries, alone.entries, "{which:?}");
            found += together.find(&doc).len();
        }
        // Every lexicon has something to find in the text above.
        assert!(BUILTIN_ORDER.iter().all(|&w| !Lexicon::builtin(w).find(&doc).is_empty()), "{found}");
    }

    #[test]
    fn no_built_in_lexicon_holds_one_phrase_twice() {
        // Of two equal phrases the first entry wins, and the build writes each list sorted by
        // tag and reason: with a phrase twice, which one won would turn on that order.
        for (k, which) in BUILTIN_ORDER.into_iter().enumerate() {
            let (_, patterns) = builtin_entries(k);
            let mut seen = std::collections::HashSet::new();
            for p in &patterns {
                assert!(seen.insert(p), "{which:?} lists {p:?} twice");
            }
        }
    }

    #[test]
    fn hits_are_the_same_before_and_after_settling() {
        let text = "We don\u{2019}t know whether it is possible that the mayor may resign.";
        let own = Lexicon::parse("possible\ta\nit is possible that\tb\nmay\tc\nwe do not know\td\n");
        let mut doc = Document::new(text);
        let (own_before, hedges_before) = (own.find(&doc), Lexicon::builtin(Builtin::Hedges).find(&doc));
        doc.settle_lexicons();
        assert_eq!(own.find(&doc), own_before);
        assert_eq!(Lexicon::builtin(Builtin::Hedges).find(&doc), hedges_before);
        let found: Vec<&str> = own_before.iter().map(|h| doc.token_span(h.first, h.last).slice(text)).collect();
        assert_eq!(found, ["We don\u{2019}t know", "it is possible that", "may"]);
    }

    #[test]
    fn a_reason_gets_its_phrase_back_wherever_the_build_left_its_place() {
        assert_eq!(with_phrase("\"\u{1}\" presents the event as a possibility", "may well"), "\"may well\" presents the event as a possibility");
        assert_eq!(with_phrase("causal verb '\u{1}', or '\u{1}' again", "caused"), "causal verb 'caused', or 'caused' again");
        assert_eq!(with_phrase("a neutral report of what someone said", "says"), "a neutral report of what someone said");
    }

    #[test]
    fn a_repeated_tag_or_reason_is_the_entry_befores_with_its_own_phrase() {
        let (mut entries, _) = parse_entries(
            "may\tepistemic\t\"\u{1}\" presents the event as a possibility\nmight\t\u{2}\t\u{2}\nsay\tneutral\nsays\t\u{2}\nclaim\t\u{2}\t'\u{1}' distances\n",
        );
        with_repeats(&mut entries);
        let got: Vec<(&str, &str)> = entries.iter().map(|e| (e.tag.as_str(), e.why.as_str())).collect();
        assert_eq!(
            got,
            [
                ("epistemic", "\"may\" presents the event as a possibility"),
                ("epistemic", "\"might\" presents the event as a possibility"),
                ("neutral", ""),
                ("neutral", ""),
                ("neutral", "'claim' distances"),
            ]
        );
    }

    #[test]
    fn comments_and_blank_lines_are_ignored() {
        let lex = Lexicon::parse("# source: somewhere\n\nclearly\tcertainty\tstates the point as obvious\n");
        assert_eq!(lex.entries.len(), 1);
        assert_eq!(lex.entries[0].why, "states the point as obvious");
    }
}
