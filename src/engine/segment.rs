//! Paragraphs and sentence units.
//!
//! Works on the token stream (never re-tokenises) in three linear passes, each reading only
//! the landmarks the tokenizer noted for it (the tokens that may end a sentence or anchor an
//! address, the tokens after line breaks), not every token:
//!
//! 1. **Opaque spans**: URLs and e-mail addresses, found from their anchors ("://", "@", "www."),
//!    so that the dots and question marks inside them never end a sentence.
//! 2. **Lines to paragraphs**: a blank line always ends a paragraph; a single line break does when
//!    the layout says it is intentional (a list item follows, a heading or table row ends, an
//!    indented paragraph start), and is ignored when the text is hard-wrapped prose (newswire at
//!    ~70 columns) or the next line continues in lower case. Whether a text is hard-wrapped is
//!    decided once per text from its line lengths.
//! 3. **Sentences inside each paragraph**: at each run of terminators (`.`, `?!`, `...`, `。`) plus
//!    closing quotes and brackets, decide from the neighbouring tokens whether it ends a sentence:
//!    abbreviations (from `lexicons/abbreviations.txt`), initials, decimals (already single Number
//!    tokens), lower-case continuations, "?"/"!" inside a quotation followed by its attribution,
//!    and stops with no space after them ("said.Trump", which the tokenizer cuts out of the word).
//!
//! Every token belongs to exactly one unit; units never cross paragraphs. Each paragraph gets a
//! [`Block`] from its shape (list marker, heading-like line), and metadata lines (bylines, sources,
//! disclaimers, bare URLs) are recognised from their first words.

use crate::engine::wordlist::Words;
use std::cell::Cell;
use std::sync::OnceLock;


use super::document::{eq_fold, At, Landmarks, SentenceUnit, Token, TokenKind};
use super::result::Range;
use super::spare;

/// What kind of line-level block a sentence unit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// Running text.
    Prose,
    /// A title or section heading: a short line without final punctuation.
    Heading,
    /// A bulleted or numbered list item.
    ListItem,
    /// "Original source: <url>", "Disclaimer: ...", bylines, credits, bare URLs: about the text,
    /// not claims. (A "(Reuters) -" dateline stays in the prose sentence it opens.)
    Metadata,
}

/// Splits the text into paragraphs and sentence units. Sentence units tile each paragraph's tokens.
/// `landmarks`: what the tokenizer noted of `tokens`.
pub(crate) fn split(text: &str, tokens: &[Token], landmarks: &Landmarks) -> (Vec<Range>, Vec<SentenceUnit>) {
    if tokens.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let opaque = opaque_spans(text, tokens, &landmarks.marks);
    // Checked many bytes at a time: then a line's characters are its bytes.
    let ascii = text.is_ascii();
    let s = Splitter { text, tokens, landmarks: &landmarks.marks, opaque: &opaque, ascii };
    let lines = s.lines(&landmarks.line_starts);
    let layout = Layout::measure(&s, &lines);
    // Room enough from the start rather than a regrowth every few lines: a paragraph per line
    // at most (the rest is given back below); a sentence per sixteen tokens (news runs at
    // twenty-five and more) before the list grows.
    let mut paragraphs = Vec::with_capacity(lines.len());
    let mut units = spare::take(&SENTENCES);
    units.reserve(tokens.len() / 16 + 1);

    let mut j = 0;
    while j < lines.len() {
        let start = j;
        let marker = lines.at(start).marker.map(usize::from);
        j += 1;
        while j < lines.len() && !s.line_break_ends_paragraph(&layout, lines.at(j - 1), lines.at(j), marker.map(|_| lines.at(start).indent)) {
            j += 1;
        }
        let (first, last) = (lines.at(start).first, lines.at(j - 1).last);
        let index = paragraphs.len();
        paragraphs.push(Range::new(tokens.at(first).start, tokens.at(last - 1).end));
        let block = if marker.is_some() {
            Block::ListItem
        } else if j - start == 1 && s.looks_like_heading(first, last, index == 0 && j < lines.len()) {
            Block::Heading
        } else {
            Block::Prose
        };
        let before = units.len();
        s.sentences(first, first + marker.unwrap_or(0), last, index, block, &mut units);
        s.mark_metadata(units.at_mut(before..));
    }
    // The paragraphs go into the analysis, to be kept: hard-wrapped text has several lines to
    // a paragraph.
    if paragraphs.capacity() > paragraphs.len() + paragraphs.len() / 4 + 16 {
        paragraphs.shrink_to_fit();
    }
    spare::keep(&LINES, lines);
    (paragraphs, units)
}

thread_local! {
    /// The sentence units of the last document dropped on this thread and its lines, kept for
    /// the next one (see [`spare`]).
    pub(crate) static SENTENCES: Cell<Vec<SentenceUnit>> = const { Cell::new(Vec::new()) };
    static LINES: Cell<Vec<Line>> = const { Cell::new(Vec::new()) };
}

// ---------------------------------------------------------------------------------------------
// Word lists. Short closed-class lists stay in code; the open-ended abbreviation list is data.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Abbr {
    /// Never ends a sentence ("Dr.", "e.g.").
    Prefix,
    /// An abbreviation only before a number ("No. 5").
    Numeric,
    /// May end a sentence; ends one only before a common sentence starter ("Inc.", "U.S.").
    Ordinary,
}

struct Abbreviations {
    /// The forms by their length (16 for 16 and longer). A few dozen at most share a length, and
    /// the shapes below turn most words away first: scanning them costs 0.2 % more of the
    /// engine's instructions than a hash map did, without the map's code in the page's module.
    forms: [Vec<(&'static str, Abbr)>; 17],
    /// For each length (16 for 16 and longer), the first letters of the forms that long, a bit
    /// each ([`shape_bit`]): most words before a stop have a length and first letter no form
    /// has, and are turned away before the forms are scanned.
    shapes: [u32; 17],
}

/// A word's first byte as a bit: its letter folded to lower case (bits 0 to 25), or bit 26 for
/// any other byte.
fn shape_bit(first: u8) -> u32 {
    match first.to_ascii_lowercase() {
        b @ b'a'..=b'z' => 1 << (b - b'a'),
        _ => 1 << 26,
    }
}

/// The abbreviation list is data (`lexicons/abbreviations.txt`) because it grows with every new
/// corpus; parsed once, looked up only for the word before a period.
fn abbreviations() -> &'static Abbreviations {
    static TABLE: OnceLock<Abbreviations> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Abbreviations { forms: Default::default(), shapes: [0; 17] };
        // The build writes one line a class, prefix, numeric, ordinary, each the forms without
        // their period, separated by spaces (build.rs has checked every line of the source file).
        let classes = [Abbr::Prefix, Abbr::Numeric, Abbr::Ordinary];
        for (line, class) in include_str!(concat!(env!("OUT_DIR"), "/lexicons/abbreviations.txt")).lines().zip(classes) {
            for form in line.split(' ') {
                table.forms[form.len().min(16)].push((form, class));
                table.shapes[form.len().min(16)] |= form.bytes().next().map_or(0, shape_bit);
            }
        }
        table
    })
}

/// Capitalised function words that start sentences but rarely continue a name after an
/// abbreviation: "... in the U.S. The plan" splits, "the U.S. Senate" does not. Closed-class words
/// only (determiners, pronouns, conjunctions, prepositions, sentence adverbs), so the list does not
/// depend on any topic. "And"/"Or" are left out: after "U.S." they far more often continue a
/// name pair in capitalised wire copy ("U.S. And Mexican envoys") than start a sentence.
const STARTERS: Words = words![
    "a", "after", "all", "also", "although", "an", "another", "any", "as", "at", "because", "before", "both", "but",
    "by", "during", "each", "earlier", "even", "every", "few", "for", "from", "he", "her", "here", "his", "how", "however",
    "i", "if", "in", "instead", "it", "its", "last", "later", "many", "meanwhile", "more", "most", "much", "my", "no",
    "not", "now", "on", "one", "only", "other", "our", "several", "she", "since", "so", "some", "still",
    "such", "that", "the", "their", "then", "there", "these", "they", "this", "those", "though", "thus", "to", "today",
    "under", "unless", "until", "we", "what", "when", "where", "whether", "which", "while", "who", "why", "with", "yet",
    "yesterday", "you", "your",
];

/// Capitalised words after "a.m." or "p.m." that go on naming the hour: its zone or its day
/// (with [`MONTHS`], which holds the days too).
const HOUR_QUALIFIERS: Words = words!["eastern", "central", "mountain", "pacific", "atlantic", "local", "today", "tomorrow", "tonight"];

/// Words a Title Case heading leaves in lower case (Chicago/AP style). Sorted: [`is_minor`]
/// searches it.
const MINOR: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "if", "in", "into", "nor", "of", "off", "on", "onto", "or",
    "over", "per", "so", "than", "the", "to", "up", "upon", "via", "vs", "with", "yet",
];

/// For each length, the first letters of the [`MINOR`] words of that length, a bit each.
const MINOR_FIRSTS: [u32; 8] = {
    let mut firsts = [0u32; 8];
    let mut k = 0;
    while k < MINOR.len() {
        let word = MINOR[k].as_bytes();
        firsts[word.len()] |= 1 << (word[0] - b'a');
        k += 1;
    }
    firsts
};

/// Is `word` one of [`MINOR`]? Asked of every word of a heading-like line, most of them
/// capitalised or, in wire tables, abbreviations ("dlrs", "mln"): the length and first letter
/// spare most words the search of the sorted list.
fn is_minor(word: &str) -> bool {
    word.as_bytes().first().is_some_and(|&b| may_be_minor(word.len(), b)) && MINOR.binary_search(&word).is_ok()
}

/// Can a word of `len` bytes starting with byte `first` be one of [`MINOR`]? A token answers
/// this without its text being taken.
#[inline]
fn may_be_minor(len: usize, first: u8) -> bool {
    len < MINOR_FIRSTS.len() && first.is_ascii_lowercase() && MINOR_FIRSTS[len] & 1 << (first - b'a') != 0
}

/// Verbs that introduce a quotation's speaker: `"Why?" Smith asked.` keeps the question and its
/// attribution in one sentence.
const SPEECH: &[&str] = &[
    "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "replied", "replies",
    "explained", "noted", "continued", "insisted", "argued", "warned", "shouted", "yelled", "tweeted", "stated",
    "declared", "recalled", "joked", "exclaimed", "wondered", "cried", "whispered", "responded", "countered",
];

/// Labels that, followed by a colon, open a line about the article rather than its content.
const META_LABELS: &[&[&str]] = &[
    &["original", "source"], &["source"], &["sources"], &["disclaimer"], &["editor's", "note"], &["editors", "note"],
    &["note", "to", "editors"], &["photo"], &["photos"], &["photo", "credit"], &["image"], &["image", "credit"],
    &["credit"], &["credits"], &["read", "more"], &["read", "also"], &["also", "read"], &["related"], &["see", "also"],
    &["copyright"], &["tags"], &["filed", "under"], &["updated"], &["published"], &["posted"], &["last", "updated"],
    &["correction"], &["clarification"], &["via"], &["contact"], &["follow", "us"],
    // A press release's boilerplate.
    &["media", "contact"], &["press", "contact"], &["investor", "contact"],
];

/// The labels of [`META_LABELS`] that open a note or a correction (see [`Splitter::mark_metadata`]).
const NOTE_LABELS: &[&[&str]] = &[&["editor's", "note"], &["editors", "note"], &["correction"], &["clarification"]];

/// What a note calls the text it stands in or a part of it ("this story", "an earlier version",
/// "the first sentence"), after one of [`TEXT_POINTERS`].
const TEXT_NOUNS: &[&str] = &[
    "story", "article", "report", "post", "piece", "column", "version", "page", "essay", "interview", "excerpt", "excerpts", "headline",
    "video", "photo", "caption", "sentence", "paragraph", "quote", "quotation", "title", "graphic", "chart",
];
/// The words before a [`TEXT_NOUNS`] noun that make it the note's own text.
const TEXT_POINTERS: &[&str] = &["this", "earlier", "previous", "following", "original", "first", "second", "third", "last"];

/// Credit lines: "(Reporting by A; Editing by B)".
const CREDIT_LEADS: &[&[&str]] = &[
    &["reporting", "by"], &["additional", "reporting", "by"], &["writing", "by"], &["editing", "by"],
    &["compiled", "by"], &["produced", "by"], &["edited", "by"], &["written", "by"],
];

/// The words [`Splitter::is_metadata`] asks about at a unit's start, besides the first words of
/// the labels and credit lines and the signatures.
const METADATA_STARTS: &[&str] = &["copyright", "last", "first", "updated", "published", "posted", "by"];

/// Lower-case words a byline may hold besides names: "By a staff reporter", "By Jane Doe,
/// political editor, in Berlin".
const BYLINE_WORDS: &[&str] = &[
    "a", "an", "and", "at", "chief", "columnist", "commentator", "contributor", "correspondent", "correspondents", "de", "economics",
    "editor", "for", "foreign", "in", "of", "our", "political", "reporter", "reporters", "senior", "staff", "the", "van", "von", "writer",
    "writers",
];

/// For each length, the first letters (a bit each) of the words a metadata unit can open with:
/// the first words of [`META_LABELS`] and [`CREDIT_LEADS`], [`SIGNATURES`] and
/// [`METADATA_STARTS`] (see [`Splitter::may_open_metadata`]).
const METADATA_LEADS: [u32; 16] = {
    const fn add(leads: &mut [u32; 16], word: &str) {
        let w = word.as_bytes();
        assert!(w[0].is_ascii_lowercase(), "metadata words are written in lower case");
        leads[w.len()] |= 1 << (w[0] - b'a');
    }
    let mut leads = [0u32; 16];
    let mut k = 0;
    while k < META_LABELS.len() {
        add(&mut leads, META_LABELS[k][0]);
        k += 1;
    }
    k = 0;
    while k < CREDIT_LEADS.len() {
        add(&mut leads, CREDIT_LEADS[k][0]);
        k += 1;
    }
    k = 0;
    while k < SIGNATURES.len() {
        add(&mut leads, SIGNATURES[k]);
        k += 1;
    }
    k = 0;
    while k < METADATA_STARTS.len() {
        add(&mut leads, METADATA_STARTS[k]);
        k += 1;
    }
    leads
};

/// News-agency signatures that close a wire story on a line of their own.
const SIGNATURES: &[&str] = &["reuter", "reuters", "ap", "afp", "upi"];

const MONTHS: Words = words![
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
    "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "on", "at",
];

// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
struct Line {
    /// Tokens `first..last`.
    first: usize,
    last: usize,
    /// Leading spaces (a tab counts as four).
    indent: usize,
    /// Characters from the line start (indent included) to the end of its last token.
    chars: usize,
    /// Tokens of the list marker that opens the line ([`Splitter::list_marker`]), at most
    /// three (a byte keeps the line small). Found once per line: both the paragraph a line
    /// opens and the line break before it ask.
    marker: Option<u8>,
}

/// How the text is laid out, measured once.
struct Layout {
    /// Lines are wrapped at a fixed width, so a single line break is normally not a boundary.
    wrapped: bool,
    /// The wrap width in characters when `wrapped`.
    width: usize,
}

impl Layout {
    fn measure(s: &Splitter, lines: &[Line]) -> Layout {
        // Only lines followed by a single line break say anything about wrapping.
        let (mut inner, mut long, mut width) = (0usize, 0usize, 0usize);
        for pair in lines.windows(2) {
            if s.tokens.at(pair[1].first).newlines_before == 1 {
                inner += 1;
                if pair[0].chars > 100 {
                    long += 1;
                } else {
                    width = width.max(pair[0].chars);
                }
            }
        }
        // Web text puts a paragraph on one long line; wrapped text has (almost) no line over 100
        // columns. Under 40 columns the short lines are a table or a list, not wrapping.
        let wrapped = inner >= 3 && long * 10 <= inner && width >= 40;
        Layout { wrapped, width }
    }
}

struct Splitter<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The tokens that may end a sentence or anchor an address, and perhaps others (the
    /// tokenizer's [`Landmarks::marks`]).
    landmarks: &'a [u32],
    opaque: &'a [(usize, usize)],
    /// The text is all ASCII.
    ascii: bool,
}

impl<'a> Splitter<'a> {
    /// Token `i`. Every look-up goes through here, so the page's module holds one panic location
    /// for all of them rather than one per call site.
    #[inline(always)]
    fn token(&self, i: usize) -> &'a Token {
        self.tokens.at(i)
    }

    fn tok(&self, i: usize) -> &'a str {
        let t = self.token(i);
        self.text.at(t.start..t.end)
    }

    fn adjacent(&self, i: usize, j: usize) -> bool {
        self.token(i).end == self.token(j).start
    }

    fn in_opaque(&self, i: usize) -> bool {
        let start = self.token(i).start;
        let k = self.opaque.partition_point(|&(_, e)| e <= start);
        k < self.opaque.len() && self.opaque[k].0 <= start
    }

    // Always inlined natively, as is `word_is`: asked a few times of every line and unit, each
    // call costs more than the test (the page's module, built for size, leaves it to rustc).
    #[cfg_attr(any(not(target_arch = "wasm32"), target_feature = "simd128"), inline(always))]
    fn first_char(&self, i: usize) -> char {
        // Asked of most words: an ASCII first byte needs no decoding.
        let b = self.token(i).first_byte();
        if b.is_ascii() {
            b as char
        } else {
            self.tok(i).chars().next().unwrap_or(' ')
        }
    }

    /// Is token `i` the one ASCII character `c`?
    fn is_char(&self, i: usize, c: u8) -> bool {
        let t = self.token(i);
        t.end - t.start == 1 && t.first_byte() == c
    }

    /// A lower-case word continues a sentence; a URL or address that happens to be lower case
    /// ("https://...") does not count.
    fn is_lower_word(&self, i: usize) -> bool {
        self.token(i).kind == TokenKind::Word && self.first_char(i).is_lowercase() && !self.in_opaque(i)
    }

    fn is_upper_word(&self, i: usize) -> bool {
        self.token(i).kind == TokenKind::Word && self.first_char(i).is_uppercase()
    }

    #[cfg_attr(any(not(target_arch = "wasm32"), target_feature = "simd128"), inline(always))]
    fn word_is(&self, i: usize, word: &str) -> bool {
        i < self.tokens.len() && self.token(i).may_be(word) && eq_fold(self.tok(i), word)
    }

    /// The lines of the text, from the tokens after its line breaks (`line_starts`, noted by
    /// the tokenizer): the tokens between need not be read.
    fn lines(&self, line_starts: &[u32]) -> Vec<Line> {
        let (text, tokens) = (self.text, self.tokens);
        let bytes = text.as_bytes();
        let mut lines: Vec<Line> = spare::take(&LINES);
        lines.reserve(line_starts.len() + 1);
        // A line runs to the next token after a line break (the first token opens one anyway).
        let ends = line_starts.iter().map(|&k| k as usize).filter(|&k| k > 0).chain([tokens.len()]);
        let mut first = 0;
        for last in ends {
            // Indentation: spaces and tabs back to the line break (bounded by the gap before the
            // token, so each byte is looked at once).
            let mut indent = 0;
            let mut b = tokens.at(first).start;
            while b > 0 && matches!(*bytes.at(b - 1), b' ' | b'\t') {
                indent += if *bytes.at(b - 1) == b'\t' { 4 } else { 1 };
                b -= 1;
            }
            let (start, end) = (tokens.at(first).start, tokens.at(last - 1).end);
            let chars = indent + if self.ascii { end - start } else { count_chars(text.at(start..end)) };
            let marker = self.list_marker(first, last).map(|n| n as u8);
            lines.push(Line { first, last, indent, chars, marker });
            first = last;
        }
        lines
    }

    /// Number of tokens forming a list marker at the start of line `first..last` ("-", "•",
    /// "1.", "2)", "a)", "(iii)"), which must be followed by a space and some text ("- - -" is
    /// a rule).
    fn list_marker(&self, first: usize, last: usize) -> Option<usize> {
        let n = self.marker_len(first, last)?;
        (first + n..last).any(|i| self.token(i).kind != TokenKind::Punct).then_some(n)
    }

    fn marker_len(&self, first: usize, last: usize) -> Option<usize> {
        let f = first;
        let followed_by_space = |k: usize| k < last && !self.adjacent(k - 1, k);
        let closed_by = |mark: &[&str]| f + 1 < last && self.adjacent(f, f + 1) && mark.contains(&self.tok(f + 1));
        let t = self.tok(f);
        // Asked of every line: the token's kind tells which of the forms it could open, so that
        // a line opening with a word is done with after one test of its length.
        match self.token(f).kind {
            // "a)", "iv)".
            TokenKind::Word => (is_letter_label(t) && closed_by(&[")"]) && followed_by_space(f + 2)).then_some(2),
            // "1." / "1)": at most three digits (a wrapped line may start with a year and a
            // period).
            TokenKind::Number => {
                (t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()) && closed_by(&[".", ")"]) && followed_by_space(f + 2)).then_some(2)
            }
            // Every bullet is punctuation: no letter or digit starts one.
            TokenKind::Punct if matches!(t, "-" | "*" | "•" | "·" | "◦" | "▪" | "●" | "■" | "►" | "–" | "‣") => followed_by_space(f + 1).then_some(1),
            // "(1)", "(a)", "(iii)".
            TokenKind::Punct => (t == "("
                && f + 2 < last
                && (self.token(f + 1).kind == TokenKind::Number || is_letter_label(self.tok(f + 1)))
                && self.tok(f + 2) == ")"
                && followed_by_space(f + 3))
            .then_some(3),
        }
    }

    /// Does line `b`, right after line `a`, start a list item? "15." at the start of a wrapped
    /// line is usually a date or figure ending the previous line's sentence ("... by June\n12.
    /// Officials ..."), so a numbered item needs the line before to end a clause or be an item.
    fn starts_item_after(&self, a: &Line, b: &Line, a_in_list: bool) -> bool {
        let Some(n) = b.marker.map(usize::from) else { return false };
        if !(self.token(b.first).kind == TokenKind::Number && self.tok(b.first + n - 1) == ".") || a_in_list {
            return true;
        }
        let mut k = a.last;
        while k > a.first && is_closer(self.tok(k - 1)) {
            k -= 1;
        }
        k > a.first && (terminator(self.tok(k - 1)).is_some() || self.tok(k - 1) == ":")
    }

    /// Does the single (or double) line break between lines `a` and `b` end a paragraph?
    /// `list_indent` is the marker's indentation when `a` belongs to a list item.
    fn line_break_ends_paragraph(&self, layout: &Layout, a: &Line, b: &Line, list_indent: Option<usize>) -> bool {
        if self.token(b.first).newlines_before >= 2 || self.starts_item_after(a, b, list_indent.is_some()) {
            return true;
        }
        let b_lower = self.is_lower_word(b.first);
        if let Some(indent) = list_indent {
            // A list item goes on over a hanging indent or a lower-case continuation.
            if b_lower || b.indent > indent {
                return false;
            }
        }
        // An indented line opens a paragraph (newswire style, tables), whatever its first letter:
        // wire copy has lower-case paragraph starts and lower-case table rows.
        if b.indent >= a.indent + 2 || (layout.wrapped && b.indent > a.indent) {
            return true;
        }
        if b_lower {
            return false;
        }
        let end = self.tok(a.last - 1);
        if matches!(end, "," | "-" | "\u{2010}" | "&") {
            return false;
        }
        if !layout.wrapped {
            // One paragraph per line, unless the line stops in the middle of a phrase.
            return !(self.token(a.last - 1).kind == TokenKind::Word && is_minor(end));
        }
        // A greedy wrapper would have put the next word on this line if it fitted: the break was
        // made on purpose (a heading, a table row, the end of a paragraph). The 4/5 leaves room
        // for ragged wrapping. Not on a block's first line: wire copy whose dateline was cut off
        // leaves a short first line that goes on mid-sentence ("The finance ministry of\n
        // Chile said ..."), and a real heading there is usually in capitals.
        let next_word = self.tok(b.first).chars().count();
        let opens_block = a.first == 0 || self.token(a.first).newlines_before >= 2;
        if !opens_block && a.chars + 1 + next_word <= layout.width * 4 / 5 {
            return true;
        }
        self.all_caps(a.first, a.last) && !self.ends_with_terminator(a.first, a.last)
    }

    /// Does `first..last` end with sentence-final punctuation (possibly inside quotes/brackets)?
    fn ends_with_terminator(&self, first: usize, last: usize) -> bool {
        let mut k = last;
        while k > first && is_closer(self.tok(k - 1)) {
            k -= 1;
        }
        k > first && (terminator(self.tok(k - 1)).is_some() || matches!(self.tok(k - 1), ":" | ";" | ","))
    }

    fn all_caps(&self, first: usize, last: usize) -> bool {
        let mut letters = 0;
        for i in first..last {
            if self.token(i).kind == TokenKind::Word {
                let word = self.tok(i);
                // An ASCII word needs no decoding: its capitals and lower case are its bytes'.
                if word.is_ascii() {
                    if word.bytes().any(|b| b.is_ascii_lowercase()) {
                        return false;
                    }
                    letters += word.bytes().filter(u8::is_ascii_uppercase).count();
                    continue;
                }
                for c in word.chars() {
                    if c.is_lowercase() {
                        return false;
                    }
                    letters += c.is_uppercase() as usize;
                }
            }
        }
        letters >= 2
    }

    /// A heading: a short line without final punctuation in Title Case or ALL CAPS. The first
    /// paragraph of an article (`opening`) is its headline in any case, and may even end with a
    /// period when it is in Title Case.
    fn looks_like_heading(&self, first: usize, last: usize, opening: bool) -> bool {
        // Most single-line paragraphs are sentences: only an article's first paragraph may be a
        // heading that ends like one. Decided here before any word is looked at.
        let final_punct = self.ends_with_terminator(first, last);
        if final_punct && !opening {
            return false;
        }
        let (mut words, mut lower, mut significant, mut numbers) = (0usize, 0usize, 0usize, 0usize);
        // A full stop inside the line (before its final run) makes it a sentence sequence.
        let mut tail = last;
        while tail > first && (is_closer(self.tok(tail - 1)) || terminator(self.tok(tail - 1)).is_some()) {
            tail -= 1;
        }
        let mut inner_stop = false;
        for i in first..last {
            inner_stop |= i < tail && may_terminate(self.token(i).first_byte()) && terminator(self.tok(i)).is_some() && !self.in_opaque(i);
            if self.token(i).kind == TokenKind::Number {
                numbers += 1;
            }
            if self.token(i).kind != TokenKind::Word {
                continue;
            }
            words += 1;
            if words > 25 {
                return false;
            }
            // A heading opens with a capital.
            if words == 1 && !self.first_char(i).is_uppercase() {
                return false;
            }
            let t = self.token(i);
            let minor = may_be_minor(t.end - t.start, t.first_byte()) && is_minor(self.tok(i));
            if !minor {
                significant += 1;
                lower += self.first_char(i).is_lowercase() as usize;
                // Two lower-case words rule out Title Case, and with it ALL CAPS: only an
                // opening line without final punctuation can still be a heading (below).
                if lower >= 2 && (final_punct || !opening) {
                    return false;
                }
            }
        }
        // More figures than words is a table row ("Profit 41 cts vs 12 cts"), not a title.
        if words == 0 || numbers > significant {
            return false;
        }
        // Title Case tolerates one lower-case word in a long title ("Council Votes to Raise Fees despite Loud Protests").
        let title = lower == 0 || (lower == 1 && significant >= 6);
        if !final_punct {
            // ALL CAPS (read letter by letter) is asked last, when nothing cheaper decides.
            return (title && words <= 15) || (words <= 20 && ((opening && !inner_stop) || self.all_caps(first, last)));
        }
        opening && title && significant >= 3
    }

    /// Splits paragraph tokens `first..last` into units; terminators are looked for from `body`
    /// on (after a list marker, whose "1." ends nothing).
    fn sentences(&self, first: usize, body: usize, last: usize, paragraph: usize, block: Block, out: &mut Vec<SentenceUnit>) {
        let mut unit_first = first;
        // Tokens before `i` have been read.
        let mut i = body;
        // Only landmarks can end a sentence: the rest of the tokens are never looked at.
        let from = self.landmarks.partition_point(|&k| (k as usize) < body);
        let stops = self.landmarks.at(from..).iter().map(|&k| k as usize).take_while(|&k| k < last);
        for stop in stops {
            let t = self.token(stop);
            if stop < i || t.kind != TokenKind::Punct || !may_terminate(t.first_byte()) {
                continue;
            }
            i = stop;
            let Some(kind) = terminator(self.tok(i)) else {
                continue;
            };
            if self.in_opaque(i) {
                continue;
            }
            let run_start = i;
            let mut run = Run::default();
            run.add(kind);
            let mut k = i + 1;
            while k < last && self.adjacent(k - 1, k) {
                match terminator(self.tok(k)) {
                    Some(kind) => run.add(kind),
                    None => break,
                }
                k += 1;
            }
            let run_end = k;
            // Closers, and stray terminators glued after them (`done.".`).
            while k < last && self.adjacent(k - 1, k) && (is_closer(self.tok(k)) || terminator(self.tok(k)).is_some()) {
                run.quoted |= is_quote(self.tok(k));
                k += 1;
            }
            // An emoji after "!" belongs to the exclamation, not to the next sentence.
            while k < last && self.token(k).newlines_before == 0 && is_pictograph(self.first_char(k)) {
                k += 1;
            }
            if k < last && self.ends_sentence(&run, unit_first, run_start, run_end, k, last) {
                out.push(self.unit(unit_first, k, paragraph, block));
                unit_first = k;
            }
            i = k;
        }
        if unit_first < last {
            out.push(self.unit(unit_first, last, paragraph, block));
        }
    }

    /// Is there a sentence boundary before token `next`, after the terminators
    /// `run_start..run_end` (and closers up to `next`)?
    fn ends_sentence(&self, run: &Run, unit_first: usize, run_start: usize, run_end: usize, next: usize, last: usize) -> bool {
        if run.cjk {
            return true;
        }
        let n = self.tok(next);
        if matches!(n, "," | ";" | ":") {
            return false;
        }
        // `“We stay.” ― Jane Doe`: a dash after a closing quote introduces its speaker.
        if run.quoted && matches!(n, "—" | "―" | "–") {
            return false;
        }
        // The first word of the would-be next sentence, past opening quotes and brackets.
        let mut w = next;
        while w < last && w - next < 8 && is_opener(self.tok(w)) {
            w += 1;
        }
        if w == last {
            return true;
        }
        if self.is_lower_word(w) {
            return false;
        }
        if run.ellipsis || run.dots >= 2 {
            return self.is_upper_word(w);
        }
        if run.exclaim {
            // `“Why?” Smith asked.`: a quotation ending in ?/! cannot end in a comma, so its
            // attribution follows a capital letter.
            return !(run.quoted && self.is_upper_word(w) && self.speech_verb_follows(w, last));
        }
        // A single period. Glued to what follows (".5", "U.S.-based"), it is not an end.
        if self.adjacent(run_end - 1, next) && !self.is_upper_word(next) {
            return false;
        }
        let p = run_start;
        if p == unit_first || !self.adjacent(p - 1, p) || self.token(p - 1).kind != TokenKind::Word || self.in_opaque(p - 1) {
            return true;
        }
        let word = self.tok(p - 1);
        // A stop with no space after it ("said.Trump", which the tokenizer leaves a token of its
        // own) ends a sentence only after a plain word: "etc.The" and "no.The" are more likely
        // one word run together than two sentences.
        if self.adjacent(run_end - 1, next) && lookup_abbreviation(word).is_some() {
            return false;
        }
        let class = lookup_abbreviation(word).or_else(|| {
            if is_initial(word) || is_dotted_acronym(word) {
                Some(Abbr::Ordinary)
            } else {
                None
            }
        });
        match class {
            None => true,
            Some(Abbr::Prefix) => false,
            Some(Abbr::Numeric) => self.token(next).kind != TokenKind::Number,
            Some(Abbr::Ordinary) => {
                // "J. K. Rowling": an initial followed by another initial.
                if is_initial(word) && w + 1 < last && is_initial(self.tok(w)) && self.tok(w + 1) == "." {
                    return false;
                }
                // Capitalised, not shouted: in an all-caps headline ("MINISTER SAYS U.S. NOT
                // PLANNING TARIFF") a capital says nothing about a sentence start.
                let abbreviation = word;
                let word = self.tok(w);
                let capitalised = word.chars().count() == 1 || word.chars().skip(1).any(char::is_lowercase);
                if !(self.is_upper_word(w) && capitalised) {
                    return false;
                }
                if p >= unit_first + 2 && is_network_name(abbreviation, self.tok(p - 2)) {
                    return true;
                }
                // "at 6:30 p.m. Passengers are advised": after the hour a capital starts a
                // sentence unless it names the hour's zone or day ("9 a.m. Eastern time", "5 p.m.
                // Friday", "noon p.m. New York time").
                if abbreviation.eq_ignore_ascii_case("a.m") || abbreviation.eq_ignore_ascii_case("p.m") {
                    let names_the_hour = self.token(w).is_any(self.text, HOUR_QUALIFIERS)
                        || self.token(w).is_any(self.text, MONTHS)
                        || (w..last.min(w + 4)).any(|i| self.tok(i).eq_ignore_ascii_case("time"));
                    return !names_the_hour;
                }
                self.token(w).is_any(self.text, STARTERS)
            }
        }
    }

    fn speech_verb_follows(&self, w: usize, last: usize) -> bool {
        for i in w..last.min(w + 5) {
            if self.token(i).kind == TokenKind::Punct {
                return false;
            }
            if SPEECH.iter().any(|v| v.eq_ignore_ascii_case(self.tok(i))) {
                return true;
            }
        }
        false
    }

    fn unit(&self, first: usize, last: usize, paragraph: usize, block: Block) -> SentenceUnit {
        SentenceUnit { range: Range::new(self.token(first).start, self.token(last - 1).end), first, last, paragraph, block }
    }

    /// Marks the metadata units of one paragraph. A label that opens the paragraph
    /// ("Disclaimer: ...") makes the whole paragraph metadata.
    fn mark_metadata(&self, units: &mut [SentenceUnit]) {
        let Some(head) = units.first() else { return };
        if head.block == Block::ListItem {
            return;
        }
        let whole = units.len() == 1;
        let head_may = self.may_open_metadata(head.first);
        let mut from = 0;
        if head_may && self.labelled(head.first, head.last) {
            // An editor's note or a correction states things about the world ("Editor's note:
            // the senator has repeatedly pledged to ...", "Correction: ... He is 54."), which a
            // reader checks like any claim: only a note about the text itself ("This story was
            // updated", "The following is an excerpt") is metadata, and the sentences after it
            // are judged each on its own.
            if !self.note_label(head.first) {
                for u in units.iter_mut() {
                    u.block = Block::Metadata;
                }
                return;
            }
            if self.about_the_text(head.first, head.last) {
                units[0].block = Block::Metadata;
            }
            from = 1;
        }
        for (k, u) in units.iter_mut().enumerate().skip(from) {
            let may = if k == 0 { head_may } else { self.may_open_metadata(u.first) };
            if may && self.is_metadata(u.first, u.last, k == 0, whole) {
                u.block = Block::Metadata;
            }
        }
    }

    /// Does the label at `first` (one that [`Splitter::labelled`] found) open a note or a
    /// correction, rather than a credit, a link or a disclaimer?
    fn note_label(&self, first: usize) -> bool {
        NOTE_LABELS.iter().any(|label| label.iter().enumerate().all(|(k, w)| self.word_is(first + k, w)))
    }

    /// Does the unit speak of the text it stands in: "this story", "an earlier version", "the
    /// following"?
    fn about_the_text(&self, first: usize, last: usize) -> bool {
        (first..last.saturating_sub(1)).any(|i| {
            let next = i + 1;
            TEXT_POINTERS.iter().any(|w| self.word_is(i, w)) && TEXT_NOUNS.iter().any(|n| self.word_is(next, n))
                || self.word_is(i, "the") && self.word_is(next, "following")
        })
    }

    /// Could a unit opening at token `first` be metadata? Each test of [`Splitter::labelled`]
    /// and [`Splitter::is_metadata`] needs that token, or the one after an opening bracket, to
    /// be one of the words of [`METADATA_LEADS`], a copyright sign or the start of an address.
    /// Most units of prose are ruled out here by their first word's length and first letter,
    /// before a dozen tests compare words.
    fn may_open_metadata(&self, first: usize) -> bool {
        let may_lead = |t: &Token| {
            let (len, b) = (t.end - t.start, t.first_byte().to_ascii_lowercase());
            // Tokens beyond plain ASCII are let through: a curly apostrophe makes "Editor’s"
            // longer than the word it spells, and "©" is no word.
            !t.is_plain() || len < METADATA_LEADS.len() && b.is_ascii_lowercase() && METADATA_LEADS[len] & 1 << (b - b'a') != 0
        };
        let t = self.token(first);
        may_lead(t)
            || self.is_char(first, b'(') && self.tokens.get(first + 1).is_some_and(may_lead)
            || !self.opaque.is_empty() && self.in_opaque(first)
    }

    /// "Source: ...", "Editor's note: ...", "Read more: ...".
    fn labelled(&self, first: usize, last: usize) -> bool {
        // Every label is one to three words and then a colon: skip the word lists otherwise.
        if !(first + 1..last.min(first + 4)).any(|k| self.is_char(k, b':')) {
            return false;
        }
        META_LABELS.iter().any(|label| {
            let colon = first + label.len();
            colon < last && self.is_char(colon, b':') && label.iter().enumerate().all(|(k, w)| self.word_is(first + k, w))
        })
    }

    /// Metadata judged from a unit's first words. `starts_paragraph`: the unit opens its
    /// paragraph, which [`Splitter::mark_metadata`] has found unlabelled already; `whole`: it
    /// is the whole paragraph. Asked only of units that [`Splitter::may_open_metadata`]: a
    /// word asked about at the unit's start belongs in [`METADATA_STARTS`] (or in a list that
    /// [`METADATA_LEADS`] reads).
    fn is_metadata(&self, first: usize, last: usize, starts_paragraph: bool, whole: bool) -> bool {
        if !starts_paragraph && self.labelled(first, last) {
            return true;
        }
        // "(Reporting by ...; Editing by ...)"
        let f = if self.tok(first) == "(" { first + 1 } else { first };
        let by_soon = self.word_is(f + 1, "by") || self.word_is(f + 2, "by");
        if by_soon && CREDIT_LEADS.iter().any(|lead| lead.iter().enumerate().all(|(k, w)| self.word_is(f + k, w))) {
            return true;
        }
        if matches!(self.tok(first), "©" | "Ⓒ") || self.word_is(first, "copyright") {
            return true;
        }
        // A bare URL or address, perhaps with trailing punctuation.
        if self.in_opaque(first) {
            let start = self.token(first).start;
            let k = self.opaque.partition_point(|&(_, e)| e <= start);
            let end = self.opaque.at(k).1;
            if (first..last).all(|i| self.token(i).start < end || self.token(i).kind == TokenKind::Punct) {
                return true;
            }
        }
        if !starts_paragraph {
            return false;
        }
        if whole && last - first == 1 && SIGNATURES.iter().any(|s| self.word_is(first, s)) {
            return true;
        }
        // "Updated 3 May 2024", "Published: Monday", "Last updated at 10:00".
        let lead = if self.word_is(first, "last") || self.word_is(first, "first") { first + 1 } else { first };
        if last - first <= 20
            && ["updated", "published", "posted"].iter().any(|w| self.word_is(lead, w))
            && lead + 1 < last
            && (self.token(lead + 1).kind == TokenKind::Number || MONTHS.iter().any(|m| self.word_is(lead + 1, m)))
        {
            return true;
        }
        // A byline: "By Jane Smith", "By Jane Smith and John Doe, Reuters", "By a staff
        // reporter", "By Ana Ruiz, political editor (translated from the Spanish)". Lower-case
        // words are a desk's or a role's; an aside in brackets may say anything.
        if whole && self.word_is(first, "by") && self.is_upper_word(first) && last - first >= 2 && last - first <= 16 && !self.ends_with_terminator(first, last) {
            let mut depth = 0usize;
            return (first + 1..last).all(|i| match self.token(i).kind {
                _ if depth > 0 || self.tok(i) == "(" => {
                    depth = (depth + usize::from(self.tok(i) == "(")).saturating_sub(usize::from(self.tok(i) == ")"));
                    i > first + 1
                }
                TokenKind::Word => self.is_upper_word(i) || BYLINE_WORDS.iter().any(|w| self.word_is(i, w)),
                TokenKind::Punct => matches!(self.tok(i), "," | "|" | "-" | "–" | "—" | "·" | "&" | "'" | "’"),
                TokenKind::Number => false,
            });
        }
        false
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Term {
    Period,
    Ellipsis,
    Exclaim,
    Cjk,
}

#[derive(Default)]
struct Run {
    dots: usize,
    ellipsis: bool,
    /// Contains "?" or "!".
    exclaim: bool,
    cjk: bool,
    /// Followed by a closing quotation mark.
    quoted: bool,
}

impl Run {
    fn add(&mut self, t: Term) {
        match t {
            Term::Period => self.dots += 1,
            Term::Ellipsis => self.ellipsis = true,
            Term::Exclaim => self.exclaim = true,
            Term::Cjk => self.cjk = true,
        }
    }
}

/// Can a token starting with byte `b` be a [`terminator`]? The ASCII ones, or the lead bytes of
/// the others.
fn may_terminate(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xE2 | 0xE3 | 0xEF)
}

fn terminator(tok: &str) -> Option<Term> {
    // Cheap rejection on the first byte.
    if !tok.as_bytes().first().copied().is_some_and(may_terminate) {
        return None;
    }
    match tok {
        "." => Some(Term::Period),
        "…" => Some(Term::Ellipsis),
        "!" | "?" | "‼" | "⁇" | "⁈" | "⁉" => Some(Term::Exclaim),
        "。" | "！" | "？" | "｡" => Some(Term::Cjk),
        _ => None,
    }
}

fn is_quote(tok: &str) -> bool {
    matches!(tok, "\"" | "'" | "”" | "’" | "»" | "›" | "“" | "‘" | "«" | "‹" | "」" | "』")
}

/// Closing marks that stay with the sentence they close. Straight quotes count when glued to
/// the terminator: `said "no." Then`.
fn is_closer(tok: &str) -> bool {
    matches!(tok, "\"" | "'" | "”" | "’" | "»" | "›" | ")" | "]" | "}" | "」" | "』" | "）" | "】")
}

fn is_opener(tok: &str) -> bool {
    matches!(tok, "\"" | "'" | "“" | "‘" | "«" | "‹" | "(" | "[" | "{" | "¿" | "¡" | "「" | "『" | "（" | "【")
}

/// Emoji and pictographic symbols (not quotes, dashes or letters).
fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x21FF | 0x2300..=0x23FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF)
}

/// "posted on X. Democrats were ...": the network's name before its stop, not an initial, which
/// follows a name or "by", never "on". `before` is the word before it. (The attribution walks
/// ask this too, where they join sentences split after an initial.)
pub(crate) fn is_network_name(word: &str, before: &str) -> bool {
    word == "X" && matches!(before, "on" | "On")
}

/// "J", "K": a single capital letter, as in "J. K. Rowling" or "George W. Bush".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// "U.S", "a.m", "N.Y", "Ph.D": short letter groups joined by periods (the tokenizer keeps them
/// as one word and leaves the final period as its own token). Longer groups are domains.
fn is_dotted_acronym(word: &str) -> bool {
    word.as_bytes().contains(&b'.') && word.split('.').all(|g| (1..=2).contains(&g.chars().count()) && g.chars().all(char::is_alphabetic))
}

/// "a", "b", "iv": labels of lettered list items before ")".
fn is_letter_label(word: &str) -> bool {
    (word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic())) || (word.len() <= 4 && word.bytes().all(|b| b"ivx".contains(&b)))
}

fn lookup_abbreviation(word: &str) -> Option<Abbr> {
    let table = abbreviations();
    // Both look-ups below are of the word's length and its first letter in some case.
    if table.shapes[word.len().min(16)] & word.bytes().next().map_or(0, shape_bit) == 0 {
        return None;
    }
    let forms = &table.forms[word.len().min(16)];
    // (The first byte told apart before the call that compares the rest.)
    let first = *word.as_bytes().at(0);
    if let Some(&(_, class)) = forms.iter().find(|f| f.0.as_bytes().first() == Some(&first) && f.0 == word) {
        return Some(class);
    }
    // "INC." in an all-caps wire headline: try the capitalised form.
    if word.len() > 1 && word.len() <= 16 && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'.') {
        let mut buf = [0u8; 16];
        for (k, b) in word.bytes().enumerate() {
            *buf.at_mut(k) = if k == 0 { b } else { b.to_ascii_lowercase() };
        }
        let capitalised = std::str::from_utf8(&buf[..word.len()]).ok()?;
        return forms.iter().find(|f| f.0 == capitalised).map(|f| f.1);
    }
    None
}

/// Characters in `line`, asked for every line of the text: in an ASCII line (checked many
/// bytes at a time) they are its bytes.
fn count_chars(line: &str) -> usize {
    if line.is_ascii() {
        line.len()
    } else {
        line.chars().count()
    }
}

// ---------------------------------------------------------------------------------------------
// URLs and e-mail addresses.

/// Byte ranges of URLs (`scheme://...`, `www....`) and e-mail addresses, sorted and disjoint.
/// Their anchors ("://", "@", "www.") are looked for at the starts of the landmark tokens (see
/// [`split`]), in one pass. The looks around each anchor are bounded, so the whole scan is
/// linear even on adversarial input.
fn opaque_spans(text: &str, tokens: &[Token], landmarks: &[u32]) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    // "://" and "@" are taken in text order; the two can never overlap. Every ":" and "@"
    // starts a token of its own (":" joins only two letters, and "/" is none), a landmark, so
    // the landmarks, each ruled out on its first byte, find them all: cheaper than searching
    // the text for each, and nothing is collected first.
    let mut www: Vec<(usize, usize)> = Vec::new();
    for &k in landmarks {
        let t = tokens.at(k as usize);
        match t.first_byte() {
            b':' if b.at(t.start + 1..).starts_with(b"//") => push_url(b, t.start, &mut out),
            b'@' => push_address(b, t.start, &mut out),
            // "www." opens a word token (the letters and dots hold together).
            b'w' | b'W' if t.kind == TokenKind::Word && t.end - t.start > 4 => {
                if b.at(t.start..t.start + 4).eq_ignore_ascii_case(b"www.") && www.last().is_none_or(|&(_, e)| e <= t.start) {
                    www.push((t.start, url_end(b, t.start)));
                }
            }
            _ => {}
        }
    }
    if www.is_empty() {
        return out;
    }
    // Merge the two sorted lists, dropping a span that starts inside the one before it.
    let mut merged = Vec::with_capacity(out.len() + www.len());
    let (mut x, mut y) = (out.into_iter().peekable(), www.into_iter().peekable());
    loop {
        let next = match (x.peek(), y.peek()) {
            (Some(a), Some(c)) if a.0 <= c.0 => x.next(),
            (_, Some(_)) => y.next(),
            (Some(_), None) => x.next(),
            (None, None) => break,
        };
        let span = next.expect("one list is not empty");
        if merged.last().is_none_or(|&(_, e): &(usize, usize)| e <= span.0) {
            merged.push(span);
        }
    }
    merged
}

/// The URL around the "://" at `i`, if there is one and it does not start inside the last span
/// found.
fn push_url(b: &[u8], i: usize, out: &mut Vec<(usize, usize)>) {
    let floor = out.last().map_or(0, |&(_, e)| e);
    if i < floor {
        return;
    }
    let lo = floor.max(i.saturating_sub(32));
    let mut j = i;
    while j > lo && (b.at(j - 1).is_ascii_alphanumeric() || matches!(*b.at(j - 1), b'+' | b'-' | b'.')) {
        j -= 1;
    }
    if j < i && b.at(j).is_ascii_alphabetic() {
        let end = url_end(b, i + 3);
        if end > i + 3 {
            out.push((j, end));
        }
    }
}

/// The e-mail address around the "@" at `i`, if there is one and it does not start inside the
/// last span found.
fn push_address(b: &[u8], i: usize, out: &mut Vec<(usize, usize)>) {
    let floor = out.last().map_or(0, |&(_, e)| e);
    if i < floor {
        return;
    }
    let lo = floor.max(i.saturating_sub(64));
    let mut j = i;
    while j > lo && (b.at(j - 1).is_ascii_alphanumeric() || matches!(*b.at(j - 1), b'.' | b'_' | b'%' | b'+' | b'-')) {
        j -= 1;
    }
    let mut k = i + 1;
    while k < b.len() && k - i < 255 && (b[k].is_ascii_alphanumeric() || matches!(b[k], b'.' | b'-')) {
        k += 1;
    }
    while k > i + 1 && matches!(*b.at(k - 1), b'.' | b'-') {
        k -= 1;
    }
    let domain = b.at(i + 1..k);
    let tld_ok = domain.iter().rposition(|&c| c == b'.').is_some_and(|d| d + 1 < domain.len() && domain.at(d + 1..).iter().all(u8::is_ascii_alphabetic));
    while j < i && *b.at(j) == b'.' {
        j += 1;
    }
    if j < i && tld_ok {
        out.push((j, k));
    }
}

/// End of a URL starting at or before `from`: up to whitespace, a non-ASCII character (curly
/// quotes, dashes) or `<>"`, minus trailing punctuation that belongs to the sentence.
fn url_end(b: &[u8], from: usize) -> usize {
    let mut k = from;
    while k < b.len() && b[k].is_ascii_graphic() && !matches!(b[k], b'<' | b'>' | b'"') {
        k += 1;
    }
    // Brackets are counted once, so stripping a long run of ")" stays linear.
    let mut open = b.at(from..k).iter().filter(|&&c| c == b'(').count();
    let mut close = b[from..k].iter().filter(|&&c| c == b')').count();
    while k > from {
        match *b.at(k - 1) {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b']' | b'}' | b'*' => k -= 1,
            // Keep a closing bracket that closes one inside the URL (wiki links).
            b')' if close > open => {
                close -= 1;
                k -= 1;
            }
            b'(' => {
                open -= 1;
                k -= 1;
            }
            _ => break,
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::Block::{Heading, ListItem, Metadata, Prose};
    use super::*;
    use crate::engine::document::{tokenize, Document};

    fn units(text: &str) -> Vec<(&str, Block)> {
        let doc = Document::new(text);
        doc.sentences.iter().map(|s| (s.range.slice(text), s.block)).collect()
    }

    fn landmarks(text: &str) -> Landmarks {
        let mut landmarks = Landmarks::default();
        tokenize(text, &mut landmarks);
        landmarks
    }

    fn paragraphs(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        doc.paragraphs.iter().map(|p| p.slice(text)).collect()
    }

    /// Each case: a text, and the units it must split into with their blocks.
    const CASES: &[(&str, &[(&str, Block)])] = &[
        // Abbreviations.
        ("Dr. Smith arrived. He left.", &[("Dr. Smith arrived.", Prose), ("He left.", Prose)]),
        ("Mr. and Mrs. Jones met Prof. Lee at St. Mary's church.", &[("Mr. and Mrs. Jones met Prof. Lee at St. Mary's church.", Prose)]),
        ("Sen. Warren and Gov. Reyes spoke with Lt. Col. Park and Gen. Diaz.", &[("Sen. Warren and Gov. Reyes spoke with Lt. Col. Park and Gen. Diaz.", Prose)]),
        ("Apple Inc. said profits rose. Shares fell.", &[("Apple Inc. said profits rose.", Prose), ("Shares fell.", Prose)]),
        ("He bought shares of Acme Corp. The deal closed Friday.", &[("He bought shares of Acme Corp.", Prose), ("The deal closed Friday.", Prose)]),
        ("Smith Jr. and Jones Sr. of Baker Ltd. and Dunn Co. met.", &[("Smith Jr. and Jones Sr. of Baker Ltd. and Dunn Co. met.", Prose)]),
        ("Bring pens, paper, etc. and a laptop.", &[("Bring pens, paper, etc. and a laptop.", Prose)]),
        ("We saw cats, dogs, etc. The zoo was busy.", &[("We saw cats, dogs, etc.", Prose), ("The zoo was busy.", Prose)]),
        ("Use a tool, e.g. Hammers, or i.e. Anything sharp.", &[("Use a tool, e.g. Hammers, or i.e. Anything sharp.", Prose)]),
        ("It was No. 1 in the charts. It costs approx. 5 dollars.", &[("It was No. 1 in the charts.", Prose), ("It costs approx. 5 dollars.", Prose)]),
        ("The vote is on Jan. 5 and Sept. 11 is a holiday. Dec. 25 too.", &[("The vote is on Jan. 5 and Sept. 11 is a holiday.", Prose), ("Dec. 25 too.", Prose)]),
        ("The U.S. economy grew. The U.K. did not.", &[("The U.S. economy grew.", Prose), ("The U.K. did not.", Prose)]),
        ("He moved to the U.S. The move was hard.", &[("He moved to the U.S.", Prose), ("The move was hard.", Prose)]),
        ("He moved to the U.S. But it was hard.", &[("He moved to the U.S.", Prose), ("But it was hard.", Prose)]),
        ("He joined the U.S. Senate in 2010.", &[("He joined the U.S. Senate in 2010.", Prose)]),
        ("The U.N. and the E.U. agreed on Tuesday.", &[("The U.N. and the E.U. agreed on Tuesday.", Prose)]),
        ("It starts at 9 a.m. Eastern time. It ended at 5 p.m. Then we left.", &[("It starts at 9 a.m. Eastern time.", Prose), ("It ended at 5 p.m.", Prose), ("Then we left.", Prose)]),
        ("Trains run until 6:30 p.m. Passengers should check timetables.", &[("Trains run until 6:30 p.m.", Prose), ("Passengers should check timetables.", Prose)]),
        ("Bids close at 5 p.m. Friday and at noon p.m. New York time.", &[("Bids close at 5 p.m. Friday and at noon p.m. New York time.", Prose)]),
        ("Ford vs. Ferrari is a film. Roe v. Wade was a case.", &[("Ford vs. Ferrari is a film.", Prose), ("Roe v. Wade was a case.", Prose)]),
        ("MINISTER SAYS U.S. NOT PLANNING TARIFF", &[("MINISTER SAYS U.S. NOT PLANNING TARIFF", Heading)]),
        ("THE FIRM, BAKER INC. SAID IT WOULD SELL.", &[("THE FIRM, BAKER INC. SAID IT WOULD SELL.", Prose)]),
        // An unknown abbreviation followed by a lower-case word is not an end.
        ("Debt fell to 88 mln. Sales grew.", &[("Debt fell to 88 mln.", Prose), ("Sales grew.", Prose)]),
        ("Envoys of the U.S. And Mexico met.", &[("Envoys of the U.S. And Mexico met.", Prose)]),
        ("The dept. heads met. Nothing changed.", &[("The dept. heads met.", Prose), ("Nothing changed.", Prose)]),
        // Decimals, money, versions.
        ("Inflation rose 3.5% to $1.2bn in 2023. Growth was 0.5 points.", &[("Inflation rose 3.5% to $1.2bn in 2023.", Prose), ("Growth was 0.5 points.", Prose)]),
        ("The index closed at 1,200.50 points. Version 2.0.1 shipped.", &[("The index closed at 1,200.50 points.", Prose), ("Version 2.0.1 shipped.", Prose)]),
        ("A .5 gain on U.S.-based firms. Fine.", &[("A .5 gain on U.S.-based firms.", Prose), ("Fine.", Prose)]),
        // Initials.
        ("J. K. Rowling wrote it. George W. Bush said so.", &[("J. K. Rowling wrote it.", Prose), ("George W. Bush said so.", Prose)]),
        ("The firm E.F. Hutton Group said no.", &[("The firm E.F. Hutton Group said no.", Prose)]),
        ("They backed Plan B. The rest failed.", &[("They backed Plan B.", Prose), ("The rest failed.", Prose)]),
        // The network "X" after "on" is a name, not an initial; an initial after "by" stays one.
        ("He posted on X. Democrats were more cautious.", &[("He posted on X.", Prose), ("Democrats were more cautious.", Prose)]),
        ("A memoir by J. Robert Oppenheimer sold well.", &[("A memoir by J. Robert Oppenheimer sold well.", Prose)]),
        // Quotes and brackets around sentence ends.
        ("He said \"no.\" Then he left.", &[("He said \"no.\"", Prose), ("Then he left.", Prose)]),
        ("(See below.) Next we turn to costs.", &[("(See below.)", Prose), ("Next we turn to costs.", Prose)]),
        ("“We won!” she said. It was late.", &[("“We won!” she said.", Prose), ("It was late.", Prose)]),
        ("“Why?” Smith asked. Nobody answered.", &[("“Why?” Smith asked.", Prose), ("Nobody answered.", Prose)]),
        ("“It is over.” The crowd cheered.", &[("“It is over.”", Prose), ("The crowd cheered.", Prose)]),
        ("\"Really?\", he asked. 'Yes.' She nodded.", &[("\"Really?\", he asked.", Prose), ("'Yes.'", Prose), ("She nodded.", Prose)]),
        ("“We stay.” ― Jane Doe\n“We go.” — John Roe", &[("“We stay.” ― Jane Doe", Prose), ("“We go.” — John Roe", Prose)]),
        ("It was over.\". He left.", &[("It was over.\".", Prose), ("He left.", Prose)]),
        ("He left. \"Next time,\" he said, \"we win.\"", &[("He left.", Prose), ("\"Next time,\" he said, \"we win.\"", Prose)]),
        // Ellipsis and runs.
        ("We waited... and waited. Then it rained.", &[("We waited... and waited.", Prose), ("Then it rained.", Prose)]),
        ("I think… Maybe not. Or… perhaps.", &[("I think…", Prose), ("Maybe not.", Prose), ("Or… perhaps.", Prose)]),
        ("What?! No way!!! Yes.", &[("What?!", Prose), ("No way!!!", Prose), ("Yes.", Prose)]),
        // URLs and e-mail addresses.
        ("See https://example.com/a.b?c=d for details. Then reply.", &[("See https://example.com/a.b?c=d for details.", Prose), ("Then reply.", Prose)]),
        ("Visit www.example.org. Write to name@example.com. Thanks.", &[("Visit www.example.org.", Prose), ("Write to name@example.com.", Prose), ("Thanks.", Prose)]),
        ("Is it at https://example.com/?q=1? Yes. Mail first.last@mail.example.co.uk today.", &[("Is it at https://example.com/?q=1?", Prose), ("Yes.", Prose), ("Mail first.last@mail.example.co.uk today.", Prose)]),
        // CJK, emoji, combining marks.
        ("北京很大。上海也很大！你好吗？", &[("北京很大。", Prose), ("上海也很大！", Prose), ("你好吗？", Prose)]),
        ("We won! 🎉🎉 Next year we go again 👩‍🔬.", &[("We won! 🎉🎉", Prose), ("Next year we go again 👩‍🔬.", Prose)]),
        ("The cafe\u{301} opened. It is nice.", &[("The cafe\u{301} opened.", Prose), ("It is nice.", Prose)]),
        // No punctuation at all.
        ("this text has no punctuation at all and goes on and on", &[("this text has no punctuation at all and goes on and on", Prose)]),
        ("Officials said the river might flood", &[("Officials said the river might flood", Prose)]),
        // Headings and lists.
        ("Markets in Turmoil\nStocks fell sharply on Monday. Bonds rose.", &[("Markets in Turmoil", Heading), ("Stocks fell sharply on Monday.", Prose), ("Bonds rose.", Prose)]),
        ("HARBOUR GRAIN REPORT\n\nRain fell on the northern farms all week.", &[("HARBOUR GRAIN REPORT", Heading), ("Rain fell on the northern farms all week.", Prose)]),
        ("Intro text here.\n\n## What We Know\n\nLittle so far.", &[("Intro text here.", Prose), ("## What We Know", Heading), ("Little so far.", Prose)]),
        (
            "Key steps:\n- Cut costs\n- Raise prices\n1. Hire staff\n2) Train them\na) Review results",
            &[("Key steps:", Prose), ("- Cut costs", ListItem), ("- Raise prices", ListItem), ("1. Hire staff", ListItem), ("2) Train them", ListItem), ("a) Review results", ListItem)],
        ),
        ("• First point. Second sentence.\n• Third point\n  continues here", &[("• First point.", ListItem), ("Second sentence.", ListItem), ("• Third point\n  continues here", ListItem)]),
        ("* * *\nText here.", &[("* * *", Prose), ("Text here.", Prose)]),
        ("Steps:\n1. Mix it\n2. Bake it.\n3. Eat it", &[("Steps:", Prose), ("1. Mix it", ListItem), ("2. Bake it.", ListItem), ("3. Eat it", ListItem)]),
        ("-5 degrees was the low. *Not* a record.", &[("-5 degrees was the low.", Prose), ("*Not* a record.", Prose)]),
        // Metadata.
        ("Original source: https://example.com/story", &[("Original source: https://example.com/story", Metadata)]),
        ("Rates rose.\n\nSource: Company filings", &[("Rates rose.", Prose), ("Source: Company filings", Metadata)]),
        ("Disclaimer: This is not advice. Ask a professional.", &[("Disclaimer: This is not advice.", Metadata), ("Ask a professional.", Metadata)]),
        ("Revenue rose.\n\nMedia contact: Ana Ruiz, press@example.com", &[("Revenue rose.", Prose), ("Media contact: Ana Ruiz, press@example.com", Metadata)]),
        ("Editor’s note: This story was updated.\nPhoto: Jane Doe/Agency", &[("Editor’s note: This story was updated.", Metadata), ("Photo: Jane Doe/Agency", Metadata)]),
        // A note or a correction is metadata only where it speaks of the text itself.
        (
            "Editor’s note: The senator has pledged to close the border. He denies it.",
            &[("Editor’s note: The senator has pledged to close the border.", Prose), ("He denies it.", Prose)],
        ),
        (
            "Correction: An earlier version of this article misstated her age. She is 54.",
            &[("Correction: An earlier version of this article misstated her age.", Metadata), ("She is 54.", Prose)],
        ),
        ("Editor's note: The following is an excerpt from a new book.", &[("Editor's note: The following is an excerpt from a new book.", Metadata)]),
        ("CLARIFICATION: The first sentence has been clarified.", &[("CLARIFICATION: The first sentence has been clarified.", Metadata)]),
        (
            "By Jane Smith\nUpdated 3 May 2024\n\nThe council voted on Tuesday.",
            &[("By Jane Smith", Metadata), ("Updated 3 May 2024", Metadata), ("The council voted on Tuesday.", Prose)],
        ),
        // Bylines naming a desk or a role, or with an aside in brackets.
        ("Port Reopens\n\nBy a staff reporter\n\nThe port reopened.", &[("Port Reopens", Heading), ("By a staff reporter", Metadata), ("The port reopened.", Prose)]),
        ("Port Reopens\n\nBy the Editorial Board\n\nThe port reopened.", &[("Port Reopens", Heading), ("By the Editorial Board", Metadata), ("The port reopened.", Prose)]),
        ("Port Reopens\n\nBy Ana Ruiz, political editor, in Berlin\n\nThe port reopened.", &[("Port Reopens", Heading), ("By Ana Ruiz, political editor, in Berlin", Metadata), ("The port reopened.", Prose)]),
        (
            "Port Reopens\n\nBy our commentator (translated from the Spanish)\n\nThe port reopened.",
            &[("Port Reopens", Heading), ("By our commentator (translated from the Spanish)", Metadata), ("The port reopened.", Prose)],
        ),
        // (Guards: a line that opens with "by" and goes on as a sentence is no byline; as an
        // opening line without a stop it is a heading.)
        ("By a wide margin voters rejected it\n\nThe port reopened.", &[("By a wide margin voters rejected it", Heading), ("The port reopened.", Prose)]),
        ("By (almost) any measure it failed\n\nThe port reopened.", &[("By (almost) any measure it failed", Heading), ("The port reopened.", Prose)]),
        ("The plan passed. (Reporting by Jane Doe; Editing by John Roe)", &[("The plan passed.", Prose), ("(Reporting by Jane Doe; Editing by John Roe)", Metadata)]),
        ("Rates rose.\n\n© 2024 Example Media", &[("Rates rose.", Prose), ("© 2024 Example Media", Metadata)]),
        ("Rates rose.\n\nCopyright 2024 Example Media", &[("Rates rose.", Prose), ("Copyright 2024 Example Media", Metadata)]),
        ("Last updated at 10:00\n\nThe port reopened.", &[("Last updated at 10:00", Metadata), ("The port reopened.", Prose)]),
        ("Rates rose.\n\nREUTERS", &[("Rates rose.", Prose), ("REUTERS", Metadata)]),
        ("Rates rose.\n\nnewsdesk@example.com", &[("Rates rose.", Prose), ("newsdesk@example.com", Metadata)]),
        ("Rates rose.\nhttps://example.com/page\nRead more: Why rates rise", &[("Rates rose.", Prose), ("https://example.com/page", Metadata), ("Read more: Why rates rise", Metadata)]),
        ("WASHINGTON (Reuters) - The Senate passed the bill.", &[("WASHINGTON (Reuters) - The Senate passed the bill.", Prose)]),
        ("By the end of May, prices had doubled.", &[("By the end of May, prices had doubled.", Prose)]),
        ("Updated figures show the economy grew.", &[("Updated figures show the economy grew.", Prose)]),
    ];

    #[test]
    fn sentence_units_match_the_table() {
        for (text, expected) in CASES {
            assert_eq!(units(text), expected.to_vec(), "text: {text:?}");
        }
    }

    /// Sentences run together with no space after the stop, as text joined from a web page's
    /// elements comes: (text, the sentences expected).
    const GLUED: &[(&str, &[&str])] = &[
        ("Trump said.Trump claimed that he learned this.", &["Trump said.", "Trump claimed that he learned this."]),
        ("The vote was close.It passed.", &["The vote was close.", "It passed."]),
        // Any closing punctuation after the next word, or none; the next sentence may go on.
        ("She left early.Nobody knew why.", &["She left early.", "Nobody knew why."]),
        ("He said.However, she will stay.", &["He said.", "However, she will stay."]),
        ("Rates fell.Markets\u{2019} mood lifted.", &["Rates fell.", "Markets\u{2019} mood lifted."]),
        ("It rose \u{e9}t\u{e9} high.Prices followed.", &["It rose \u{e9}t\u{e9} high.", "Prices followed."]),
        ("Visit example.com.Then call us.", &["Visit example.com.", "Then call us."]),
    ];

    /// Dots between letters that end no sentence: addresses, initials, abbreviations, tickers.
    const GLUED_TRAPS: &[(&str, &[&str])] = &[
        ("Visit www.Example.org today.", &["Visit www.Example.org today."]),
        ("See en.Wikipedia.org for more.", &["See en.Wikipedia.org for more."]),
        ("Go to https://news.example.com/story.Html now.", &["Go to https://news.example.com/story.Html now."]),
        ("Write to jane.Doe@example.com today.", &["Write to jane.Doe@example.com today."]),
        ("The U.S.Army moved in.", &["The U.S.Army moved in."]),
        ("Mr.Smith arrived.", &["Mr.Smith arrived."]),
        ("Cities, e.g.Paris, grew.", &["Cities, e.g.Paris, grew."]),
        ("Bring pens, paper etc.The rest is here.", &["Bring pens, paper etc.The rest is here."]),
        ("Smith et al.Found it.", &["Smith et al.Found it."]),
        ("Ericsson <eric.St> rose and Skanska <skbs.St.> fell.", &["Ericsson <eric.St> rose and Skanska <skbs.St.> fell."]),
        ("It grew 3.5 pct in version 2.1.", &["It grew 3.5 pct in version 2.1."]),
        ("A STOP.HERE and a.Bc stay.", &["A STOP.HERE and a.Bc stay."]),
    ];

    fn sentences_are(cases: &[(&str, &[&str])]) {
        for (text, expected) in cases {
            let got: Vec<&str> = units(text).into_iter().map(|(s, _)| s).collect();
            assert_eq!(got, expected.to_vec(), "text: {text:?}");
        }
    }

    #[test]
    fn a_stop_with_no_space_after_it_ends_a_sentence_after_a_plain_word() {
        sentences_are(GLUED);
    }

    #[test]
    fn dots_inside_addresses_initials_and_abbreviations_end_nothing() {
        sentences_are(GLUED_TRAPS);
    }

    /// Hard-wrapped newswire (written for this test in that style): wrapped lines join, an
    /// indented line after a full stop opens a paragraph, a lone agency signature is metadata.
    const WIRE: &str = "FIRM SETS HIGHER DIVIDEND\n\nThe board of the company said on Monday that it\nwould raise its quarterly dividend to 15 cts a share from\n12 cts, payable to holders of record on April 10, said John\nSmith, the chairman.\n    The company also said it expects first quarter\nearnings to be higher than a year earlier, citing strong\ndemand for its products in Europe and Asia.\n Reuter\n";

    #[test]
    fn hard_wrapped_newswire_joins_lines_and_splits_at_indents() {
        assert_eq!(
            units(WIRE),
            [
                ("FIRM SETS HIGHER DIVIDEND", Heading),
                ("The board of the company said on Monday that it\nwould raise its quarterly dividend to 15 cts a share from\n12 cts, payable to holders of record on April 10, said John\nSmith, the chairman.", Prose),
                ("The company also said it expects first quarter\nearnings to be higher than a year earlier, citing strong\ndemand for its products in Europe and Asia.", Prose),
                ("Reuter", Metadata),
            ]
        );
        assert_eq!(paragraphs(WIRE).len(), 4);
    }

    #[test]
    fn indented_lines_open_paragraphs_even_in_lower_case() {
        let text = "ACME RESULTS\n\nprofit 1.10 dlrs vs 95 cts\n    sales 4,200,000 vs 3,600,000";
        assert_eq!(paragraphs(text), ["ACME RESULTS", "profit 1.10 dlrs vs 95 cts", "sales 4,200,000 vs 3,600,000"]);
        let text = "The sale was completed.\n    the buyer paid in cash.";
        assert_eq!(paragraphs(text), ["The sale was completed.", "the buyer paid in cash."]);
        let text = "Prices paid were as follows -\n    Alpha Co 300 tonnes at 12 dlrs.\n    Beta Co 200 tonnes at 11 dlrs.";
        assert_eq!(paragraphs(text), ["Prices paid were as follows -", "Alpha Co 300 tonnes at 12 dlrs.", "Beta Co 200 tonnes at 11 dlrs."]);
    }

    #[test]
    fn short_first_wire_line_continues_its_sentence() {
        let text = "ACME TO BUY MILL\n\nThe board of Acme Paper\nMills Inc said on Monday it agreed to buy a pulp mill in\nOregon from a rival for 40 mln dlrs in cash and stock.\n    The deal is expected to close by the end of June and\nneeds the approval of regulators.";
        assert_eq!(
            units(text),
            [
                ("ACME TO BUY MILL", Heading),
                ("The board of Acme Paper\nMills Inc said on Monday it agreed to buy a pulp mill in\nOregon from a rival for 40 mln dlrs in cash and stock.", Prose),
                ("The deal is expected to close by the end of June and\nneeds the approval of regulators.", Prose),
            ]
        );
    }

    #[test]
    fn number_at_wrapped_line_start_is_not_a_list_item() {
        let text = "Farmers can apply for the grant once the county forms are\nprinted, and the first payments should arrive by June\n12. Officials expect most of the money to reach the\nsmallest farms in the valley this year.";
        assert_eq!(
            units(text),
            [
                ("Farmers can apply for the grant once the county forms are\nprinted, and the first payments should arrive by June\n12.", Prose),
                ("Officials expect most of the money to reach the\nsmallest farms in the valley this year.", Prose),
            ]
        );
    }

    #[test]
    fn wire_tables_split_per_row() {
        let text = "ACME QUARTERLY PROFIT\n\nProfit 41 cts vs 12 cts\n    Income 7.4 mln vs 2.2 mln\n    Sales 80.9 mln vs 71 mln\n    Half year\n    Profit 66 cts vs 30 cts";
        assert_eq!(paragraphs(text), ["ACME QUARTERLY PROFIT", "Profit 41 cts vs 12 cts", "Income 7.4 mln vs 2.2 mln", "Sales 80.9 mln vs 71 mln", "Half year", "Profit 66 cts vs 30 cts"]);
        // Figures outnumber words: table rows, not titles.
        assert_eq!(units(text)[1], ("Profit 41 cts vs 12 cts", Prose));
    }

    #[test]
    fn list_markers_of_every_form() {
        let text = "Options:\n(a) Sell the plant\n(iii) Keep it\niv) Lease it\n12) Wait\n• Ask again";
        assert_eq!(
            units(text),
            [
                ("Options:", Prose),
                ("(a) Sell the plant", ListItem),
                ("(iii) Keep it", ListItem),
                ("iv) Lease it", ListItem),
                ("12) Wait", ListItem),
                ("• Ask again", ListItem),
            ]
        );
        // Four digits are a year or a figure, and a label needs a space after it.
        let text = "Not markers:\n1234) Too many digits here.\n(a)b is glued.";
        assert_eq!(units(text), [("Not markers:", Prose), ("1234) Too many digits here.", Prose), ("(a)b is glued.", Prose)]);
    }

    const PARAGRAPHS: &[(&str, &[&str])] = &[
        ("", &[]),
        ("   \n\n \t\r\n  ", &[]),
        ("One.\n\nTwo.\r\n\r\nThree.\rFour.", &["One.", "Two.", "Three.", "Four."]),
        ("First line of a paragraph\ncontinues in lower case.\n\nNext.", &["First line of a paragraph\ncontinues in lower case.", "Next."]),
        ("A long web paragraph that sits on one line. It has two sentences.\nAnother paragraph on the next line.", &["A long web paragraph that sits on one line. It has two sentences.", "Another paragraph on the next line."]),
        ("Title Here\r\nBody text follows.", &["Title Here", "Body text follows."]),
        ("He said she went to the\nMarket on Sunday.", &["He said she went to the\nMarket on Sunday."]),
    ];

    #[test]
    fn paragraphs_match_the_table() {
        for (text, expected) in PARAGRAPHS {
            assert_eq!(paragraphs(text), expected.to_vec(), "text: {text:?}");
        }
    }

    #[test]
    fn empty_text_has_no_units() {
        assert!(units("").is_empty());
        assert!(units(" \n\r\n\t ").is_empty());
    }

    /// Units tile each paragraph's tokens in order, lie inside it, and sit on char boundaries.
    fn assert_tiles(text: &str) {
        let doc = Document::new(text);
        let mut next = 0;
        let mut last_paragraph = 0;
        for s in &doc.sentences {
            assert_eq!(s.first, next, "gap or overlap in {text:?}");
            assert!(s.first < s.last);
            assert_eq!(s.range, doc.token_span(s.first, s.last));
            assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
            assert!(s.paragraph == last_paragraph || s.paragraph == last_paragraph + 1, "paragraph skipped in {text:?}");
            assert!(doc.paragraphs[s.paragraph].contains(s.range), "unit crosses its paragraph in {text:?}");
            last_paragraph = s.paragraph;
            next = s.last;
        }
        assert_eq!(next, doc.tokens.len(), "tokens left over in {text:?}");
        if !doc.tokens.is_empty() {
            assert_eq!(last_paragraph + 1, doc.paragraphs.len());
        }
    }

    #[test]
    fn units_tile_tokens_on_tricky_inputs() {
        let quotes = "\"".repeat(20_000);
        let dots = ". ".repeat(5_000);
        let ats = "a@b.c@".repeat(2_000);
        let url_brackets = format!("see http://x.org/{} now.", ")".repeat(2_000));
        let tricky = [
            "...", "?!?!", "“”“”", ". . .", "\n\n.\n\n", "- \n* \n1.", "“Hi!” “Bye?” ‘No.’ (Yes.) [Ok.]", "U.S.", "a.m. p.m.", "Dr.",
            "e\u{301}\u{301}. 😀\u{200d}😀! 北京。", "http://", "www.", "@", "x@y.", "name@example.com", "\r\r\r.\r\n\r\n",
            "1. 2. 3.", "(1) (a) (iv)", "\"\n1. Item", "”)\n2. Item\n  more", "    Indented.\n    Also indented.", "¿Qué? ¡Sí!", "Word\u{2029}Word.",
            &quotes, &dots, &ats, &url_brackets, WIRE,
        ];
        for text in tricky {
            assert_tiles(text);
        }
        for (text, _) in CASES {
            assert_tiles(text);
        }
    }

    #[test]
    fn extra_landmarks_change_nothing() {
        // The splitter tests each landmark for what it needs: given every token as one, it
        // splits as it does with the tokenizer's few.
        let texts = CASES.iter().map(|(text, _)| *text).chain([WIRE, "Mail a@b.co! Or see www.x.org. Now?"]);
        for text in texts {
            let doc = Document::new(text);
            let every = Landmarks { marks: (0..doc.tokens.len() as u32).collect(), ..landmarks(text) };
            assert_eq!(split(text, &doc.tokens, &every), (doc.paragraphs.clone(), doc.sentences.0.clone()), "{text:?}");
        }
    }

    #[test]
    fn minor_words_are_sorted_and_start_in_lower_case() {
        // `is_minor` rules out a word by its first letter before searching the sorted list.
        assert!(MINOR.iter().all(|w| w.as_bytes()[0].is_ascii_lowercase()));
        assert!(MINOR.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(is_minor("of") && is_minor("via") && is_minor("upon") && !is_minor("Of") && !is_minor("offer") && !is_minor(""));
        assert!(!is_minor("dlrs") && !is_minor("vs.") && !is_minor("ut"));
    }

    #[test]
    fn abbreviation_list_parses() {
        assert_eq!(lookup_abbreviation("Dr"), Some(Abbr::Prefix));
        assert_eq!(lookup_abbreviation("No"), Some(Abbr::Numeric));
        assert_eq!(lookup_abbreviation("no"), Some(Abbr::Numeric));
        assert_eq!(lookup_abbreviation("CORP"), Some(Abbr::Ordinary));
        assert_eq!(lookup_abbreviation("said"), None);
    }

    #[test]
    fn urls_and_addresses_are_found_whole() {
        let text = "Go to https://example.com/a_(b). Or www.example.org/x, or mail a.b@example.com.";
        let doc = Document::new(text);
        let spans: Vec<&str> = opaque_spans(text, &doc.tokens, &landmarks(text).marks).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(spans, ["https://example.com/a_(b)", "www.example.org/x", "a.b@example.com"]);
        // On a line beyond ASCII (tokenized by the Unicode segmenter) too.
        let text = "\u{C9}crivez \u{E0} nom@exemple.fr ou https://exemple.fr/x.";
        let doc = Document::new(text);
        let spans: Vec<&str> = opaque_spans(text, &doc.tokens, &landmarks(text).marks).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(spans, ["nom@exemple.fr", "https://exemple.fr/x"]);
    }
}
