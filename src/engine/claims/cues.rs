//! What one sentence unit contains that matters for its kind and check-worthiness: lexicon cues
//! (`lexicons/claim_cues.tsv`), numbers that are not dates, capitalised names, pronouns, final
//! punctuation, and the hedges, boosters, loaded words and attributions the other detectors found.
//!
//! Everything is counted in one pass over the unit's tokens plus the lexicon hits that fall in it,
//! so classification stays linear in the text.

use crate::engine::wordlist::Words;
use std::sync::OnceLock;

use crate::engine::context;
use crate::engine::document::{At, Document, TokenKind};
use crate::engine::lanes::{ascii_lower, has_byte, LOW_BYTES, ONES};
use crate::engine::lexicon::{Hit, Lexicon};
use crate::engine::result::{Attribution, Category, CueKind, Range, SourceKind, Span, Stance};

pub(crate) fn lexicon() -> &'static Lexicon {
    Lexicon::builtin(crate::engine::lexicon::Builtin::ClaimCues)
}

/// The lexicon tags, in the order of [`Cues::tags`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Causal,
    Prediction,
    Recommend,
    Stance,
    Motive,
    Evaluative,
    Comparison,
    Quantity,
    Topic,
    Procedural,
    Personal,
}

pub const TAGS: usize = 11;

fn tag_of(s: &str) -> Tag {
    match s {
        "causal" => Tag::Causal,
        "prediction" => Tag::Prediction,
        "recommend" => Tag::Recommend,
        "stance" => Tag::Stance,
        "motive" => Tag::Motive,
        "evaluative" => Tag::Evaluative,
        "comparison" => Tag::Comparison,
        "quantity" => Tag::Quantity,
        "topic" => Tag::Topic,
        "procedural" => Tag::Procedural,
        "personal" => Tag::Personal,
        other => crate::engine::lexicon::unknown_tag("claim_cues.tsv", other),
    }
}

/// Counts and first examples of everything in one unit.
#[derive(Clone, Debug, Default)]
pub struct Cues {
    /// Hits per tag, and the first hit's lexicon `why` (for the reader's explanation).
    pub tags: [u32; TAGS],
    pub first_why: [Option<&'static str>; TAGS],
    pub words: u32,
    /// Numbers that are not years, days of the month or clock times.
    pub numbers: u32,
    /// Years, dates and times: specific, but alone they do not make a quantity claim.
    pub dates: u32,
    /// `%`, currency symbols.
    pub percent_or_money: u32,
    /// Capitalised words that are not sentence-initial and not "I": a cheap proxy for names.
    pub names: u32,
    pub first_singular: u32,
    pub first_plural: u32,
    pub second_person: u32,
    pub third_person: u32,
    pub negations: u32,
    /// Words ending in "-ed": a cheap proxy for a reported past event.
    pub past: u32,
    pub question: bool,
    pub exclamation: bool,
    /// Could the unit contain a finite verb? Used only for very short units.
    pub verb_like: bool,
    /// Hedges by kind, with whether each is inside a quotation.
    pub hedges: Vec<(CueKind, bool)>,
    /// Boosters, with whether each is inside a quotation.
    pub boosters: Vec<bool>,
    /// Loaded-language spans (evaluative wording found by the loaded detector).
    pub loaded: u32,
    pub first_loaded: Option<String>,
    /// The strongest attribution touching the unit: (source kind, stance).
    pub attribution: Option<(SourceKind, Stance)>,
}

impl Cues {
    /// Makes the cues as new, but for the room their lists have.
    pub(super) fn clear(&mut self) {
        let (mut hedges, mut boosters) = (std::mem::take(&mut self.hedges), std::mem::take(&mut self.boosters));
        hedges.clear();
        boosters.clear();
        *self = Cues { hedges, boosters, ..Cues::default() };
    }

    pub fn has(&self, tag: Tag) -> bool {
        self.tags[tag as usize] > 0
    }

    pub fn count(&self, tag: Tag) -> u32 {
        self.tags[tag as usize]
    }

    pub fn why(&self, tag: Tag) -> &'static str {
        self.first_why[tag as usize].unwrap_or("")
    }
}

const MONTHS: Words = words![
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];
const CURRENCY: &[&str] = &["$", "€", "£", "¥", "%", "₹"];

/// What a listed short word is to the token scan: at most one person, and any of the other marks.
const PERSON: u8 = 0b111;
const FIRST_SINGULAR: u8 = 1;
const FIRST_PLURAL: u8 = 2;
const SECOND: u8 = 3;
const THIRD: u8 = 4;
const NEGATION: u8 = 1 << 3;
/// An auxiliary or modal verb (or its contracted tail "s", "re", "ll" ...): the unit has a verb.
const AUXILIARY: u8 = 1 << 4;
/// A subject pronoun: the word after it is read as a verb.
const SUBJECT: u8 = 1 << 5;

/// The listed words and their marks. The longest is "ourselves". They are numbered in the
/// lexicons' vocabulary with their marks: its pass over the words marks them on every plain
/// token (`BuiltinHits::listed`), and [`short_word`] finds them for the other words.
pub(crate) const LISTED: &[(&str, u8)] = &[
    ("i", FIRST_SINGULAR | SUBJECT),
    ("me", FIRST_SINGULAR), ("my", FIRST_SINGULAR), ("mine", FIRST_SINGULAR), ("myself", FIRST_SINGULAR),
    ("i'm", FIRST_SINGULAR), ("i've", FIRST_SINGULAR), ("i'd", FIRST_SINGULAR), ("i'll", FIRST_SINGULAR),
    ("we", FIRST_PLURAL | SUBJECT),
    ("us", FIRST_PLURAL), ("our", FIRST_PLURAL), ("ours", FIRST_PLURAL), ("ourselves", FIRST_PLURAL), ("we're", FIRST_PLURAL),
    ("we've", FIRST_PLURAL), ("we'll", FIRST_PLURAL), ("we'd", FIRST_PLURAL), ("let's", FIRST_PLURAL),
    ("you", SECOND | SUBJECT),
    ("your", SECOND), ("yours", SECOND), ("yourself", SECOND), ("you're", SECOND), ("you've", SECOND), ("you'll", SECOND),
    ("you'd", SECOND),
    ("he", THIRD | SUBJECT), ("she", THIRD | SUBJECT), ("they", THIRD | SUBJECT),
    ("his", THIRD), ("her", THIRD), ("their", THIRD), ("them", THIRD), ("him", THIRD), ("he's", THIRD), ("she's", THIRD),
    ("they're", THIRD),
    ("it", SUBJECT),
    ("not", NEGATION), ("never", NEGATION), ("no", NEGATION), ("nobody", NEGATION), ("nothing", NEGATION), ("none", NEGATION),
    ("is", AUXILIARY), ("are", AUXILIARY), ("was", AUXILIARY), ("were", AUXILIARY), ("be", AUXILIARY), ("been", AUXILIARY),
    ("am", AUXILIARY), ("has", AUXILIARY), ("have", AUXILIARY), ("had", AUXILIARY), ("do", AUXILIARY), ("does", AUXILIARY),
    ("did", AUXILIARY), ("will", AUXILIARY), ("would", AUXILIARY), ("can", AUXILIARY), ("could", AUXILIARY), ("may", AUXILIARY),
    ("might", AUXILIARY), ("must", AUXILIARY), ("shall", AUXILIARY), ("should", AUXILIARY), ("s", AUXILIARY), ("re", AUXILIARY),
    ("ve", AUXILIARY), ("ll", AUXILIARY), ("d", AUXILIARY), ("m", AUXILIARY),
];

/// The marks of a folded word (see [`Folded`]) of up to [`Folded::LISTED`] bytes: 0 for a word
/// in no list.
fn short_word(w: &[u8]) -> u8 {
    crate::engine::lexicon::listed_marks(w)
}

/// The first eight bytes of a word as one integer, the first in the low byte (as a
/// little-endian load reads them), zeros after a shorter word.
const fn pack(w: &[u8]) -> u64 {
    let mut key = 0;
    let mut k = 0;
    while k < w.len() && k < 8 {
        key |= (w[k] as u64) << (8 * k);
        k += 1;
    }
    key
}

/// A word as [`short_word`] spells it: ASCII letters lower-cased, a curly apostrophe read as a
/// straight one. Kept on the stack, and only its head: a word longer than any listed one is in no
/// list, and only its folded length is needed.
struct Folded {
    head: [u8; Folded::HEAD],
    /// The folded length of the whole word.
    len: usize,
    apostrophe: bool,
}

impl Folded {
    /// The longest word [`short_word`] knows ("ourselves").
    const LISTED: usize = 9;
    /// Most words fit whole: they are folded all at once, a fixed 16 bytes the compiler can
    /// handle in a few wide steps, instead of byte by byte.
    const HEAD: usize = 16;

    fn new(word: &[u8]) -> Folded {
        let mut f = Folded { head: [0; Folded::HEAD], len: word.len(), apostrophe: false };
        if word.len() <= Folded::HEAD {
            f.head.at_mut(..word.len()).copy_from_slice(word);
            f.head.make_ascii_lowercase();
            // Every byte is looked at (no early exit), so that this too is a few wide steps; the
            // padding is zeros and matches neither.
            let (curly, apostrophe) = f.head.iter().fold((false, false), |(c, a), &x| (c | (x == 0xE2), a | (x == b'\'')));
            if !curly {
                f.apostrophe = apostrophe;
                return f;
            }
        }
        Folded::new_slow(word)
    }

    /// A long word, or one that may hold a curly apostrophe.
    #[cold]
    fn new_slow(word: &[u8]) -> Folded {
        if !word.contains(&0xE2) {
            // Only long: folding keeps its length, and only the head is needed. A text may be
            // one word of megabytes, so the rest is searched, never walked byte by byte.
            let mut f = Folded { head: [0; Folded::HEAD], len: word.len(), apostrophe: word.contains(&b'\'') };
            let n = word.len().min(Folded::HEAD);
            f.head.at_mut(..n).copy_from_slice(word.at(..n));
            f.head.make_ascii_lowercase();
            return f;
        }
        let mut f = Folded { head: [0; Folded::HEAD], len: 0, apostrophe: false };
        let mut k = 0;
        while k < word.len() {
            let mut x = word[k].to_ascii_lowercase();
            // U+2019 is E2 80 99; E2 only ever leads a character, so this is that character.
            if word.at(k..).starts_with("\u{2019}".as_bytes()) {
                x = b'\'';
                k += 2;
            }
            f.apostrophe |= x == b'\'';
            if f.len < Folded::HEAD {
                f.head[f.len] = x;
            }
            f.len += 1;
            k += 1;
        }
        f
    }

    /// The whole folded word, if it is short enough to be listed.
    fn short(&self) -> Option<&[u8]> {
        (self.len <= Folded::LISTED).then(|| &self.head[..self.len])
    }

    /// "I", "I'm", "I'd": capitalised, but not a name.
    fn is_i(&self) -> bool {
        self.head[0] == b'i' && (self.len == 1 || self.head[1] == b'\'')
    }
}

/// What the token scan asks of a word.
#[derive(Debug, PartialEq)]
struct WordMarks {
    /// Its [`short_word`] marks.
    listed: u8,
    /// Does it hold an apostrophe (straight or curly)?
    apostrophe: bool,
    /// Is it "I", "I'm", "I'd" (capitalised, but not a name)?
    is_i: bool,
    /// Does it end in "n't"?
    nt: bool,
    /// Is it longer than four letters and ends in "-ed" (a cheap proxy for a past event)?
    past: bool,
}

impl WordMarks {
    /// The marks of the word `text[start..end]` (a word token: not empty); `plain`: for a plain
    /// token ([`crate::engine::document::Token::is_plain`]), its listed marks, already found
    /// (`BuiltinHits::listed`).
    ///
    /// Most other words are ASCII and at most eight bytes long: read with one eight-byte load,
    /// folded to lower case and searched for apostrophes a whole word at a time, and looked up by
    /// that integer. The rest, and words too near the end of the text for the load, take the
    /// general path, [`Folded`].
    #[inline]
    fn of(text: &[u8], start: usize, end: usize, plain: Option<u8>) -> WordMarks {
        if let Some(listed) = plain {
            return WordMarks::of_plain(text, start, end, listed);
        }
        let len = end - start;
        if let (true, Some(eight)) = (len <= 8, text.get(start..start + 8)) {
            let raw = u64::from_le_bytes(*eight.first_chunk().expect("eight bytes")) & LOW_BYTES[len];
            if raw & ONES << 7 == 0 {
                let w = ascii_lower(raw);
                let ends = |tail: u64, n: usize| len >= n && w >> (8 * (len - n)) == tail;
                return WordMarks {
                    listed: short_word(&w.to_le_bytes()[..len]),
                    apostrophe: has_byte(w, b'\''),
                    is_i: w & 0xFF == b'i' as u64 && (len == 1 || w >> 8 & 0xFF == b'\'' as u64),
                    nt: ends(pack(b"n't"), 3),
                    past: len > 4 && ends(pack(b"ed"), 2),
                };
            }
        }
        WordMarks::of_any(text.at(start..end))
    }

    /// [`WordMarks::of`] for a plain token, most words of a text, whose `listed` marks are
    /// known. It is ASCII and holds no apostrophe, so it is neither "n't" nor "I'm", and only its
    /// case needs folding.
    #[inline]
    fn of_plain(text: &[u8], start: usize, end: usize, listed: u8) -> WordMarks {
        // Only the bytes asked about are read: a one-letter word's letter, a long word's end.
        let len = end - start;
        WordMarks {
            listed,
            apostrophe: false,
            is_i: len == 1 && text.at(start).to_ascii_lowercase() == b'i',
            nt: false,
            // `b | 0x20` is `b` in lower case for a letter and for nothing else that could
            // equal the letter: two loads and two comparisons, with no slice to make.
            past: len > 4 && *text.at(end - 1) | 0x20 == b'd' && *text.at(end - 2) | 0x20 == b'e',
        }
    }

    /// [`WordMarks::of`] for any word.
    #[cold]
    #[inline(never)]
    fn of_any(b: &[u8]) -> WordMarks {
        let w = Folded::new(b);
        WordMarks {
            listed: w.short().map_or(0, short_word),
            apostrophe: w.apostrophe,
            is_i: w.is_i(),
            nt: ends_with_nt(b),
            past: w.len > 4 && b.at(b.len() - 2..).eq_ignore_ascii_case(b"ed"),
        }
    }
}

/// Does the word end in "n't" (or "n’t"), in any case?
fn ends_with_nt(b: &[u8]) -> bool {
    let tail = |n: usize| b.at(b.len().saturating_sub(n)..);
    (b.len() >= 3 && tail(3).eq_ignore_ascii_case(b"n't")) || (b.len() >= 5 && tail(5).eq_ignore_ascii_case("n\u{2019}t".as_bytes()))
}

/// Modals before "have to" or "need to" that make the necessity a forecast, not an exhortation.
const PREDICTING_MODALS: Words = words!["will", "would", "may", "might", "could", "'ll", "won't", "wouldn't"];

/// The modal before the necessity at `i`, past a "not", "never" or "no longer" between them:
/// "workers will not have to meet the threshold" forecasts as "will have to" does.
fn modal_before(doc: &Document, first: usize, i: usize) -> bool {
    let mut k = i;
    if k > first + 1 && doc.is(k - 1, "longer") && doc.is(k - 2, "no") {
        k -= 2;
    } else if k > first && doc.is_any(k - 1, words!["not", "never"]) {
        k -= 1;
    }
    k > first && doc.is_any(k - 1, PREDICTING_MODALS)
}
/// Verbs of change or effect after which "should" states an expectation.
const EXPECTED_OUTCOMES: Words = words![
    "rise", "fall", "increase", "decrease", "decline", "grow", "shrink", "improve", "worsen", "ease", "recover", "remain", "continue",
    "help", "boost", "encourage", "lead", "result", "reach", "exceed", "top", "peak", "slow", "pick", "rebound", "stabilise", "stabilize",
    // A forecast bulletin's and a market outlook's changes, which nobody can be urged to make.
    "weaken", "strengthen", "intensify", "subside", "abate", "brighten", "drop", "climb", "dip", "edge", "narrow", "widen", "fade",
    "accelerate", "moderate", "dwindle",
];

/// Is the verb of necessity at `i` denied: "does not have to", "did not traditionally need to",
/// "never have to", "no longer has to"?
fn necessity_denied(doc: &Document, first: usize, i: usize) -> bool {
    let mut k = i;
    if k > first + 1 && (doc.token_text(k - 1).ends_with("ly") || doc.is_any(k - 1, words!["even", "still"])) {
        k -= 1;
    }
    k > first
        && (context::is_negator(doc, k - 1) && !doc.is_any(k - 1, words!["no", "without", "nor", "neither"])
            || k > first + 1 && doc.is(k - 1, "longer") && doc.is(k - 2, "no"))
}

/// Does an indirect question or a condition ("whether", "how", "if") open the clause of the
/// "should" at `i`, a few words before it and with no comma between?
pub(crate) fn should_asked(doc: &Document, first: usize, i: usize) -> bool {
    (i.saturating_sub(8).max(first)..i)
        .rev()
        .take_while(|&j| doc.tokens[j].kind != TokenKind::Punct)
        .any(|j| doc.is_any(j, words!["whether", "how", "if"]))
}

/// Does "should" before token `i` expect an outcome ("should rise", "should help")? An adverb
/// may come between ("should gradually improve").
pub(crate) fn should_expects(doc: &Document, i: usize) -> bool {
    let mut v = if i < doc.tokens.len() && doc.token_text(i).ends_with("ly") { i + 1 } else { i };
    // "should continue to" goes on with the verb after it: "unemployment should continue to
    // fall" expects, "Japan should continue to carry out reform" urges.
    while doc.is(v, "continue") && doc.is(v + 1, "to") {
        v += 2;
    }
    // "he should be available", "the road should be open by Friday": a state expected, where
    // "should be banned" urges.
    // An agent's own object after the verb makes it an act urged: "the bank should strengthen
    // its research", "should drop it", where "results should strengthen" expects.
    // Unless that object is a measured result, which nobody can be urged to change directly:
    // "the company should boost its 1987 performance" expects.
    doc.is_any(v, EXPECTED_OUTCOMES) && (!doc.is_any(v + 1, words!["its", "their", "his", "her", "our", "it", "them"]) || measured_result(doc, v + 2))
        || doc.is(v, "be") && doc.is_any(v + 1, EXPECTED_STATES)
        // "temperatures should return to near normal", "should return to profit": a state
        // regained, where "should return the money" urges.
        || doc.is(v, "return") && doc.is(v + 1, "to") && (v + 2..v + 4).any(|j| doc.is_any(j, RETURNED_STATES))
}

/// Does a measured result ("performance", "earnings") start at `k`, or after one year or
/// number ("its 1987 performance")?
fn measured_result(doc: &Document, k: usize) -> bool {
    let k = if k < doc.tokens.len() && doc.tokens[k].kind == TokenKind::Number { k + 1 } else { k };
    doc.is_any(k, MEASURED_STRENGTH)
}

/// States a thing returns to on its own: "return to normal", "return to profit".
const RETURNED_STATES: Words = words!["normal", "profit", "profitability", "growth", "levels", "form", "health", "surplus", "black"];

/// States that "should be" expects: "should be available", "should be ready", "should be back".
const EXPECTED_STATES: Words = words!["available", "ready", "fit", "back", "able", "fine", "completed", "finished", "over", "open", "operational"];

/// What "strong" or "weak" measures rather than judges: market and economic quantities, and
/// the weather.
const MEASURED_STRENGTH: Words = words![
    "demand", "dollar", "yen", "currency", "currencies", "gains", "rise", "rises", "growth", "sales", "profits", "results", "prices",
    "buying", "selling", "close", "performance", "cash", "recovery", "winds", "economy", "interest", "pace", "earnings", "revenues",
    "orders", "exports", "imports", "volume", "trading", "currents", "profit", "revenue", "output", "margins", "turnover",
];

/// What is raised when a matter is brought up rather than an amount increased.
const MATTERS_RAISED: Words = words![
    "concern", "concerns", "question", "questions", "doubts", "objections", "fears", "hopes", "issue", "issues", "possibility", "argument",
    "arguments", "point", "points", "facts", "matter", "matters", "allegations", "criticism",
];

/// Does a matter brought up follow "raised" at `i`, directly or after one or two determiners or
/// adjectives ("raised the issue", "raised serious concerns", "raised no new facts")?
fn raises_a_matter(doc: &Document, i: usize) -> bool {
    const BEFORE: Words = words!["the", "his", "her", "their", "new", "serious", "similar", "no"];
    doc.is_any(i, MATTERS_RAISED)
        || doc.is_any(i, BEFORE) && (doc.is_any(i + 1, MATTERS_RAISED) || doc.is_any(i + 1, BEFORE) && doc.is_any(i + 2, MATTERS_RAISED))
}

/// Is the "cut" at `i` (in a unit ending before `last`) a word that changes no amount: the first
/// half of a compound ("cut-price", "cut-rate"), "cut short", "cut (trade) ties", "cut their
/// losses"? A hyphen after "short" is the amount's ("cut short-term rates").
fn cut_changes_nothing(doc: &Document, i: usize, last: usize) -> bool {
    let glued = |j: usize| j < last && doc.tokens[j - 1].end == doc.tokens[j].start;
    if glued(i + 1) && doc.token_text(i + 1) == "-" {
        return true;
    }
    if doc.is(i + 1, "short") && !(glued(i + 2) && doc.token_text(i + 2) == "-") {
        return true;
    }
    let next = |k: usize| i + k < last && doc.is_any(i + k, words!["ties", "links"]);
    next(1) || next(2) || (i + 2 < last && doc.is_any(i + 1, words!["his", "her", "their", "its", "our", "my", "your"]) && doc.is(i + 2, "losses"))
}

/// Modals that make a "so that" clause one of purpose.
const PURPOSE_MODALS: Words = words!["can", "could", "may", "might", "would", "will", "should", "'d", "’d"];

/// Words after "more than" that make it a degree, not an amount.
const NO_AMOUNT_AFTER_MORE_THAN: Words = words![
    "happy", "willing", "welcome", "glad", "just", "capable", "able", "simply", "merely",
];

/// Does a word end in a possessive "'s", with a straight or a curly apostrophe?
fn possessive_word(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s")
}

/// Words before "plans" that make it the noun: a determiner or a possessive.
const PLAN_OWNERS: Words = words!["the", "its", "their", "his", "her", "our", "your", "my", "whose", "these", "those", "new", "'s", "’s"];

/// Adjectives after "the most" that name those in most need rather than rank an amount.
const IN_NEED: Words = words!["vulnerable", "needy", "deprived", "disadvantaged", "marginalised", "marginalized", "excluded", "isolated"];

/// Nouns after "reasonable" that make it the law's test of conduct, or of time and chance
/// ("within a reasonable time", "a reasonable chance the industry would be harmed"), rather
/// than a judgement.
const LEGAL_TESTS: Words = words!["doubt", "grounds", "suspicion", "cause", "care", "force", "belief", "excuse", "adjustments", "steps", "notice", "time", "period", "chance"];

/// Words before the noun "plans" that report a reaction to a plan or its end, not the plan itself.
const PLAN_OPPOSED: Words = words![
    "over", "against", "of", "about", "to", "abandoned", "dropped", "scrapped", "shelved", "cancelled", "canceled", "rejected", "opposed",
    "blocked", "halted",
];

/// Words after "fell", "rose", "grew" or "dropped" that make it a change of state or place.
const NO_AMOUNT_AFTER: Words = words!["apart", "ill", "silent", "asleep", "victim", "prey", "foul", "pregnant", "out"];

/// Words after "must have" that open the thing to hold: "must have the right", "a licence",
/// "at least two years' experience".
const HELD_AFTER_HAVE: Words = words!["the", "a", "an", "at", "their", "his", "her", "its", "our", "your", "no", "valid", "access", "experience"];

/// Words before "will" that make it the noun ("the will of the people").
const WILL_NOUN: Words = words!["the", "a", "his", "her", "their", "our", "my", "your", "its", "of", "free", "political", "good", "ill"];

/// Does the "will" at `w..end` (or "'ll") announce how a speaker in the first person is about
/// to speak: "I'll be honest", "we will be frank", "I'll tell you", "I will admit"?
fn announces(doc: &Document, first: usize, w: usize, end: usize) -> bool {
    let t = doc.token_text(w).as_bytes();
    let own = t.len() > 3 && (t[..2].eq_ignore_ascii_case(b"i'") || t[..3].eq_ignore_ascii_case(b"we'") || t.starts_with("i’".as_bytes()))
        || w > first && doc.is_any(w - 1, words!["i", "we"]);
    own && (doc.is(end, "be") && doc.is_any(end + 1, words!["honest", "frank", "blunt", "candid", "straight", "brief", "clear"])
        || doc.is(end, "tell") && doc.is(end + 1, "you")
        || doc.is_any(end, words!["admit", "confess"])
        || doc.is(end, "say") && doc.is(end + 1, "this"))
}

/// The claim-cue phrases [`gather`] treats specially.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phrase {
    Forecast,
    Half,
    Should,
    Declined,
    Failed,
    /// "have to", "need to".
    Necessity,
    /// "two" to "twelve".
    SmallNumber,
    /// "likely to", "unlikely to".
    LikelyTo,
    Raised,
    /// "strong", "weak".
    Strength,
    /// "reasonable".
    Reasonable,
    /// "worst".
    Worst,
    /// "the most".
    TheMost,
    /// "cut".
    Cut,
    /// "predicted".
    Predicted,
    /// "killed", "created", "destroyed".
    Outcome,
    /// "cause of".
    CauseOf,
    /// "rose", "fell", "grew", "dropped" and their participles.
    Change,
    /// "by a third", "by a quarter": a change by a fraction.
    ByFraction,
    /// "so that".
    SoThat,
    /// "more than".
    MoreThan,
    /// "plans to".
    PlansTo,
    /// "chance of", "probability of" and the like.
    Chance,
    /// "next year", "next decade" and the other times to come.
    Next,
    /// "tomorrow", "later this year", "in the weeks ahead": a day or a stretch to come.
    Ahead,
    Other,
}

/// What [`gather`] asks of a claim-cue entry: its tag, whether its phrase is one with a rule of
/// its own, and whether it names an amount of money or a percentage.
#[derive(Clone, Copy, Debug)]
struct EntryRules {
    tag: Tag,
    phrase: Phrase,
    money: bool,
}

/// Does the clause after "the cause of" (from `i`) say the cause is unknown: "was unknown", "is
/// not yet known", "remains under investigation", "is being investigated"? "The clear cause of
/// the crash was faulty repair work, said the investigation committee" still claims one.
fn cause_left_open(doc: &Document, i: usize, last: usize) -> bool {
    (i..last).take_while(|&j| !doc.is_any(j, words![",", ";", "said", "says"])).any(|j| {
        doc.is_any(j, words!["unknown", "unclear", "undetermined", "investigated", "investigating"])
            || doc.is(j, "investigation") && doc.is(j - 1, "under")
            || doc.is_any(j, words!["known", "clear", "determined", "established"]) && context::negated_before(doc, j, 3)
    })
}

/// Does the clause before `end` (back to `first` or a semicolon) tell a past event, with a verb
/// in the past and no word of a present or future: "the town shrank over the next decade" but
/// not "the bank said it is to invest 5 mln dlrs over the next year".
fn narrated_past(doc: &Document, first: usize, end: usize) -> bool {
    let start = (first..end).rev().find(|&j| doc.is(j, ";")).map_or(first, |j| j + 1);
    let mut past = false;
    for j in start..end {
        if doc.is_any(j, NOT_PAST) {
            return false;
        }
        past |= doc.is_any(j, PAST_VERBS);
    }
    past
}

/// Past tenses that tell an event (not reporting verbs: "said" may report a plan).
const PAST_VERBS: Words = words![
    "was", "were", "fell", "rose", "grew", "shrank", "dropped", "doubled", "halved", "declined", "recovered", "died", "lost",
    "won", "became", "went", "came", "left", "moved", "spent", "built", "saw", "took", "had", "emigrated", "settled",
];

/// Words of a present, a future or a plan, which "the next" then counts from today.
const NOT_PAST: Words = words![
    "is", "are", "am", "will", "would", "could", "may", "might", "should", "shall", "can", "must", "to", "expects", "expected",
    "plans", "planned", "aims", "hopes", "intends", "forecast", "projected", "set", "due", "going", "'ll", "’ll", "said", "says",
];

/// Nouns an ordinal "third", "fifth" counts in: "a third party", "a fifth straight win".
const ORDINAL_NOUNS: Words = words![
    "party", "parties", "country", "countries", "time", "consecutive", "straight", "successive", "round", "world", "person",
    "term", "place", "generation", "quarter", "year", "day", "week", "month", "season", "division", "force", "way",
];

/// Does "half" end right before `next` as the first word of "half-time", "half time" or
/// "half-term"?
fn half_names_a_break(doc: &Document, next: usize) -> bool {
    let word = if next < doc.tokens.len() && doc.token_text(next) == "-" && doc.tokens[next].start == doc.tokens[next - 1].end { next + 1 } else { next };
    doc.is_any(word, words!["time", "term"])
}

/// Is the participle at `i..end` a passive ("were killed", "have been destroyed", "was
/// quickly created") with no agent after it in its clause ("killed by a bomb" names a cause)?
fn agentless_passive(doc: &Document, first: usize, i: usize, end: usize, last: usize) -> bool {
    passive(doc, first, i)
        && !(end..last.min(end + 8)).take_while(|&j| !doc.is_any(j, words![",", ";", "and", "but", "when", "after", "as"])).any(|j| doc.is(j, "by"))
}

/// Is the participle at `i` passive: a form of "be" before it, as in "were killed"? One adverb
/// may stand between: "were reportedly killed", "was later destroyed". (Also what tells a
/// destruction reported as a fact from a loaded "destroyed", in `loaded.rs`.)
pub(crate) fn passive(doc: &Document, first: usize, i: usize) -> bool {
    const BE: Words = words!["was", "were", "is", "are", "be", "been", "being"];
    let mut k = i;
    if k > first + 1 && doc.token_text(k - 1).ends_with("ly") {
        k -= 1;
    }
    k > first && doc.is_any(k - 1, BE)
}

/// [`EntryRules`] for every entry of [`lexicon`], by entry number: worked out once, rather than
/// the tag and phrase compared as strings at every hit.
fn entry_rules() -> &'static [EntryRules] {
    static RULES: OnceLock<Vec<EntryRules>> = OnceLock::new();
    RULES.get_or_init(|| {
        let rules = |e: &crate::engine::lexicon::Entry| EntryRules {
            tag: tag_of(&e.tag),
            phrase: match e.phrase.as_str() {
                "forecast" | "forecasts" => Phrase::Forecast,
                "half" => Phrase::Half,
                "should" => Phrase::Should,
                "declined" => Phrase::Declined,
                "failed" => Phrase::Failed,
                "have to" | "need to" => Phrase::Necessity,
                "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "eleven" | "twelve" | "thirteen" | "fourteen"
                | "fifteen" | "sixteen" | "seventeen" | "eighteen" | "nineteen" => Phrase::SmallNumber,
                "likely to" | "unlikely to" | "certain to" => Phrase::LikelyTo,
                "rose" | "risen" | "fell" | "fallen" | "grew" | "dropped" => Phrase::Change,
                "raised" => Phrase::Raised,
                "strong" | "weak" => Phrase::Strength,
                "the most" => Phrase::TheMost,
                "reasonable" => Phrase::Reasonable,
                "worst" => Phrase::Worst,
                "cut" => Phrase::Cut,
                "predicted" => Phrase::Predicted,
                "killed" | "created" | "destroyed" => Phrase::Outcome,
                "cause of" => Phrase::CauseOf,
                "by a third" | "by a quarter" | "by a fifth" | "by a tenth" => Phrase::ByFraction,
                "so that" => Phrase::SoThat,
                "more than" => Phrase::MoreThan,
                "plans to" => Phrase::PlansTo,
                "chance of" | "chance that" | "probability of" | "probability that" => Phrase::Chance,
                p if p.starts_with("next ") => Phrase::Next,
                "tomorrow" | "later today" | "later this week" | "later this month" | "later this year" | "in the days ahead" | "in the weeks ahead"
                | "in the months ahead" | "in the years ahead" => Phrase::Ahead,
                _ => Phrase::Other,
            },
            money: matches!(e.phrase.as_str(), "percent" | "per cent" | "percentage" | "dollars" | "dlrs" | "pct" | "cts"),
        };
        lexicon().entries.iter().map(rules).collect()
    })
}

/// Gathers the cues of tokens `first..last` (a unit or a whole record).
/// `hits` are the claim-cue lexicon hits of the whole document (sorted), `spans` the detector spans.
pub fn gather(doc: &Document, first: usize, last: usize, range: Range, hits: &[Hit], spans: &[Span], attribution: Option<(SourceKind, Stance)>) -> Cues {
    let mut c = Cues::default();
    gather_into(&mut c, doc, first, last, range, hits, spans, attribution);
    c
}

/// [`gather`] into `c` (new: all counts 0), which the caller holds: returned, the cues (some
/// 500 bytes) were copied once more for every sentence.
#[allow(clippy::too_many_arguments)]
pub(super) fn gather_into(c: &mut Cues, doc: &Document, first: usize, last: usize, range: Range, hits: &[Hit], spans: &[Span], attribution: Option<(SourceKind, Stance)>) {
    let lex = lexicon();
    let rules = entry_rules();

    // Lexicon cues, with the few context checks a bare lexicon cannot express.
    let from = hits.partition_point(|h| h.first < first);
    let near = &hits[from..];
    for (k, h) in near.iter().enumerate().take_while(|(_, h)| h.last <= last) {
        let EntryRules { tag, phrase, money } = *rules.at(h.entry);
        // Most cues have no rule of their own: each test below asks for a phrase with one or for
        // one of two tags, and these are counted without asking them all.
        if phrase == Phrase::Other && !matches!(tag, Tag::Prediction | Tag::Recommend) {
            count(c, tag, money, || lex.entry(h).why.as_str());
            continue;
        }
        if tag == Tag::Prediction && doc.is(h.first, "will") && h.first > first && doc.is_any(h.first - 1, WILL_NOUN) {
            continue;
        }
        // "Make of that what you will", "a tax, if you will": "will" of wishing, the reader's
        // choice, with no verb after it and the choice word two before. "I think they will."
        // leaves out a verb of the future, and still forecasts.
        if tag == Tag::Prediction
            && doc.is(h.first, "will")
            && h.first >= first + 2
            && doc.tokens.get(h.last).is_none_or(|t| t.kind == TokenKind::Punct)
            && doc.is_any(h.first - 1, words!["you", "they", "we", "one"])
            && doc.is_any(h.first - 2, words!["what", "whatever", "if", "as"])
        {
            continue;
        }
        // "I'll be honest with you: ...", "I will admit": the speaker announces how they are about
        // to speak; the claim is what follows, not an event to come.
        if tag == Tag::Prediction && h.last < last && announces(doc, first, h.first, h.last) {
            continue;
        }
        if tag == Tag::Prediction
            && phrase == Phrase::Forecast
            // The noun: the sentence is about what was expected, not about the future.
            && context::forecast_is_noun(doc, h.first, h.last)
        {
            continue;
        }
        // "Two people were killed in the crash", "2,000 jobs were created", "14 homes have been
        // destroyed": the passive with no "by" reports what happened and names no cause.
        if phrase == Phrase::Outcome && agentless_passive(doc, first, h.first, h.last, last) {
            continue;
        }
        // "The cause of the fire was not known", "the cause of the collapse is being investigated":
        // no cause is claimed when the sentence says it is still unknown.
        if phrase == Phrase::CauseOf && cause_left_open(doc, h.last, last) {
            continue;
        }
        // "rose faster than anyone predicted", "far above the 150,000 economists had forecast": a
        // result against an old forecast, not a new one. ("Analysts had predicted a fall" still
        // forecasts.)
        if matches!(phrase, Phrase::Predicted | Phrase::Forecast) && context::forecast_compared(doc, h.first, h.last) {
            continue;
        }
        // "the two sides", "these three men": people or things already known, counted to point
        // at them, not an amount to check. Nor is a number word inside a compound modifier ("a
        // four-day week", "a two-year deal"), nor the hour of "by seven o'clock".
        if phrase == Phrase::SmallNumber
            && (h.first > first && doc.is_any(h.first - 1, words!["the", "these", "those"])
                || h.last < last && doc.token_text(h.last) == "-" && doc.tokens[h.last].start == doc.tokens[h.last - 1].end
                || h.last < last && doc.is(h.last, "o'clock"))
        {
            continue;
        }
        // "its population fell by a third over the next decade": counted from a past event, "the
        // next" year is past too. ("next year" with no "the" counts from today.)
        if phrase == Phrase::Next && h.first > first && doc.is(h.first - 1, "the") && narrated_past(doc, first, h.first - 1) {
            continue;
        }
        // "postponed until tomorrow", "deferring a dividend until later this year": the deferral
        // is done and reported; the claim is not about what comes then.
        if phrase == Phrase::Ahead && h.first > first && doc.is_any(h.first - 1, words!["until", "till"]) {
            continue;
        }
        // "hung in a corridor so that visitors can follow", "resigned so that the affair could be
        // closed": a modal in the clause tells what an act was for, which is no claim of cause.
        // "It rained, so that the match was abandoned" still tells a result.
        if phrase == Phrase::SoThat
            && (h.last..last.min(h.last + 6)).take_while(|&j| doc.tokens[j].kind != TokenKind::Punct).any(|j| doc.is_any(j, PURPOSE_MODALS))
        {
            continue;
        }
        // "more than happy to help", "more than just a game": a degree, where "more than 40
        // bridges", "more than doubled" and "more than offset by declines" measure.
        if phrase == Phrase::MoreThan && h.last < last && doc.is_any(h.last, NO_AMOUNT_AFTER_MORE_THAN) {
            continue;
        }
        // "the government's plans to fix it are unrealistic", "its plans to merge were dropped":
        // the noun names a plan, which the sentence judges or reports; "the firm plans to build"
        // states one. So does a preposition or a verb of giving up before it: "a row over plans
        // to sell", "protests against plans to close", "scrapped plans to build" report the
        // reaction or the end of a plan. "announced plans to build" still states it.
        if phrase == Phrase::PlansTo
            && h.first > first
            && (doc.is_any(h.first - 1, PLAN_OWNERS) || possessive_word(doc.token_text(h.first - 1)) || doc.is_any(h.first - 1, PLAN_OPPOSED))
        {
            continue;
        }
        // "a 70 percent chance of showers", "a 60 pct probability of a cut": odds given to an event
        // to come, a forecast. Without a figure ("the chance of a deal", "little chance that") the
        // words weigh nothing for the claim's kind.
        if phrase == Phrase::Chance && !(h.first >= 2 && doc.is_any(h.first - 1, words!["percent", "pct", "%", "cent"]) && doc.tokens[h.first - 2].kind == TokenKind::Number) {
            continue;
        }
        // "a bid by a third party", "beaten by a fifth straight team": the ordinal, not a share.
        if phrase == Phrase::ByFraction && h.last < last && doc.is_any(h.last, ORDINAL_NOUNS) {
            continue;
        }
        // "the first half", "in the second half": a period of time, not an amount.
        if phrase == Phrase::Half && h.first > 0 && doc.is_any(h.first - 1, words!["first", "second"]) {
            continue;
        }
        // "after half-time", "at half time", "the half-term break": the interval in a match or a
        // school term, not a share of anything.
        if phrase == Phrase::Half && half_names_a_break(doc, h.last) {
            continue;
        }
        // "undecided whether the scheme should continue", "talks on how quotas should be set", "if
        // that should fail": a question or a condition reported, nothing urged.
        if tag == Tag::Recommend && doc.is(h.first, "should") && should_asked(doc, first, h.first) {
            continue;
        }
        // "Prices should fall", "cheaper borrowing should encourage investment": "should" before a
        // verb of change or effect expects an outcome; it urges nothing.
        if tag == Tag::Recommend && phrase == Phrase::Should && should_expects(doc, h.last) {
            c.tags[Tag::Prediction as usize] += 1;
            if c.first_why[Tag::Prediction as usize].is_none() {
                c.first_why[Tag::Prediction as usize] = Some("expectation 'should'");
            }
            continue;
        }
        // "declined to comment" refuses; "declined to $5 million", "declined to a record low"
        // measure.
        if phrase == Phrase::Declined && doc.is(h.last, "to") && h.last + 1 < doc.tokens.len() && !context::declined_to_amount(doc, h.last) {
            continue;
        }
        // "a car which failed to stop", "talks failed to produce a deal": what did not happen,
        // reported, not judged; "the plan failed" still judges.
        if phrase == Phrase::Failed && doc.is(h.last, "to") {
            continue;
        }
        // "Droughts are likely to become longer" forecasts. "Smokers are twice as likely to fall
        // ill" and "men are more likely to smoke" measure or compare a tendency, and "is likely to
        // have caused" infers the past: none is about the future.
        if phrase == Phrase::LikelyTo
            && (h.first > first && doc.is_any(h.first - 1, words!["as", "more", "less", "most", "least", "equally"]) || doc.is(h.last, "have"))
        {
            continue;
        }
        // "raised concerns", "raised the issue": a matter brought up, not an amount put up.
        // Passive, the matter comes first: "questions have been raised", "issues raised by the
        // regulator".
        let matter_before = || (h.first.saturating_sub(3).max(first)..h.first).any(|j| doc.is_any(j, MATTERS_RAISED));
        if phrase == Phrase::Raised && (raises_a_matter(doc, h.last) || matter_before()) {
            continue;
        }
        // "strong demand", "a weak dollar", "strong winds": the size of a measured thing, as
        // "high" or "low" would say; "a weak plan", "a strong leader" still judge.
        if phrase == Phrase::Strength && doc.is_any(h.last, MEASURED_STRENGTH) {
            continue;
        }
        // "its worst day since March", "its worst crisis in 50 years": set against a date or a
        // stretch of time, the superlative ranks a figure, as loaded wording's test reads it.
        if phrase == Phrase::Worst && crate::engine::loaded::is_measured_superlative(doc, h.first) {
            count(c, Tag::Comparison, false, || "measured superlative 'worst'");
            continue;
        }
        // "beyond reasonable doubt", "reasonable grounds to search", "reasonable force": the law's
        // tests of conduct, a standard a court applies, where "a reasonable compromise" judges.
        if phrase == Phrase::Reasonable && h.last < last && doc.is_any(h.last, LEGAL_TESTS) {
            continue;
        }
        // "the most likely move" weighs chances, "the most recent proposal" dates, "for the most
        // part" means mostly: none ranks an amount.
        // And "one of the most charming games", "the most tedious chapter": the superlative of
        // an appraisal ranks nothing measured, it judges, and the appraisal word says so.
        // And "support for the most vulnerable", "the most deprived areas": the adjective names the
        // people or places in most need, a group, not a ranked amount.
        if phrase == Phrase::TheMost
            && (h.last < last && doc.is_any(h.last, words!["likely", "recent", "recently"])
                || h.last < last && doc.is_any(h.last, IN_NEED)
                || near.get(k + 1).is_some_and(|n| n.first == h.last && n.last <= last && rules.at(n.entry).tag == Tag::Evaluative)
                || h.first > first && doc.is(h.first - 1, "for") && h.last < last && doc.is(h.last, "part"))
        {
            continue;
        }
        // "the meat fell apart", "she fell ill", "he grew up in Leeds", "dropped out of the race":
        // the verb moves or changes a thing, and no amount goes up or down.
        // ("grew up to 20 pct" still measures.)
        if phrase == Phrase::Change && h.last < last && (doc.is_any(h.last, NO_AMOUNT_AFTER) || doc.is(h.last, "up") && !doc.is(h.last + 1, "to")) {
            continue;
        }
        // "the charges were dropped", "plans to close it were quietly dropped": what is dropped
        // is given up; only "prices dropped" goes down.
        if phrase == Phrase::Change && doc.is(h.first, "dropped") && passive(doc, first, h.first) {
            continue;
        }
        // "cut-price chips" describes, "cut short a trip" ends it early, "cut ties" breaks off,
        // "cut their losses" gets out: no amount changes.
        if phrase == Phrase::Cut && cut_changes_nothing(doc, h.first, last) {
            continue;
        }
        // "must have left" is an inference about the past, not an obligation; "must have the right
        // to work", "must have a licence" (a thing to hold) still obliges.
        if tag == Tag::Recommend
            && doc.is(h.first, "must")
            && (doc.is(h.first + 1, "have") && !(doc.is_any(h.first + 2, HELD_AFTER_HAVE) || h.first + 2 < last && doc.tokens[h.first + 2].kind == TokenKind::Number)
                || doc.is(h.first + 1, "be") && doc.is(h.first + 2, "a"))
        {
            continue;
        }
        // "Thatcher does not have to call elections until June", "the Fed did not need to act",
        // "no longer have to pay": no obligation stands, and none is urged. "There is no need to
        // worry" still advises: there "need" is the noun.
        if tag == Tag::Recommend && doc.is_any(h.first, words!["have", "has", "need", "needs"]) && necessity_denied(doc, first, h.first) {
            continue;
        }
        // "families may have to move", "the bank will need to raise rates": a necessity the
        // writer predicts for others, not an obligation the writer urges.
        if tag == Tag::Recommend && phrase == Phrase::Necessity && modal_before(doc, first, h.first) {
            continue;
        }
        count(c, tag, money, || lex.entry(h).why.as_str());
    }

    // Token scan.
    let mut scan = Scan { first_word: true, prev_subject: false };
    // Bytes: no UTF-8 boundary checks, and every list here is ASCII.
    let text = doc.text.as_bytes();
    let plain_marks = doc.builtin_hits().listed.at(first..last);
    for ((i, t), &plain_mark) in (first..last).zip(&doc.tokens[first..last]).zip(plain_marks) {
        match t.kind {
            TokenKind::Number => {
                if is_date_number(doc, i, doc.token_text(i)) {
                    c.dates += 1;
                } else if is_label_number(doc, i) || counts_nothing(doc, i, text.at(t.start..t.end)) || numbers_the_item(doc, i, first) {
                    // Names or describes a thing, counts nothing.
                } else {
                    c.numbers += 1;
                }
                scan.first_word = false;
            }
            // Most tokens. A plain word is ASCII, so its capital is its first byte; and
            // [`Scan::word`], written out for it apart from other words, drops the tests its
            // marks rule out.
            TokenKind::Word if t.is_plain() => {
                let w = WordMarks::of_plain(text, t.start, t.end, plain_mark);
                scan.word(c, doc, i, first, t.first_byte().is_ascii_uppercase(), w);
            }
            TokenKind::Word => {
                let b0 = t.first_byte();
                let starts_upper = if b0.is_ascii() { b0.is_ascii_uppercase() } else { doc.token_text(i).chars().next().is_some_and(char::is_uppercase) };
                scan.word(c, doc, i, first, starts_upper, WordMarks::of(text, t.start, t.end, None));
            }
            // Told by the first byte: most punctuation is a comma or a stop, which no test here
            // holds for, and every currency sign starts with one of these bytes.
            TokenKind::Punct => match t.first_byte() {
                b':' if t.end - t.start == 1 => scan.first_word = true,
                b'$' | b'%' | 0xC2 | 0xE2 if listed(CURRENCY, text.at(t.start..t.end)) => c.percent_or_money += 1,
                _ => {}
            },
        }
    }
    if c.has(Tag::Comparison) || c.has(Tag::Causal) || c.has(Tag::Prediction) || c.has(Tag::Recommend) {
        c.verb_like = true;
    }
    detected(c, doc, first, last, range, spans, attribution);
}

/// What the certainty score reads of tokens `first..last` (not empty): the final mark, the other
/// detectors' spans and the attribution; every other count stays 0. Enough for a unit that is no
/// claim by its block (a heading, a metadata line), whose words are then never counted: those are
/// about one unit in six of news text.
pub fn certainty_cues(doc: &Document, first: usize, last: usize, range: Range, spans: &[Span], attribution: Option<(SourceKind, Stance)>) -> Cues {
    let mut c = Cues::default();
    certainty_cues_into(&mut c, doc, first, last, range, spans, attribution);
    c
}

/// [`certainty_cues`] into `c` (new: all counts 0), as [`gather_into`].
pub(super) fn certainty_cues_into(c: &mut Cues, doc: &Document, first: usize, last: usize, range: Range, spans: &[Span], attribution: Option<(SourceKind, Stance)>) {
    detected(c, doc, first, last, range, spans, attribution);
}

/// Fills in the final mark, the spans of the other detectors inside `range` and the attribution.
fn detected(c: &mut Cues, doc: &Document, first: usize, last: usize, range: Range, spans: &[Span], attribution: Option<(SourceKind, Stance)>) {
    let (question, exclamation) = final_mark(doc, first, last);
    c.question = question;
    c.exclamation = exclamation;

    // Spans from the other detectors that fall inside the unit (spans are sorted by start).
    // Spans are sorted by start; one starting before the unit is not inside it.
    let from = spans.partition_point(|s| s.start < range.start);
    for s in spans[from..].iter().take_while(|s| s.start < range.end) {
        if !range.contains(s.range()) {
            continue;
        }
        match s.category {
            Category::Hedge => c.hedges.push((s.kind, s.quoted)),
            Category::Booster => c.boosters.push(s.quoted),
            Category::Loaded => {
                c.loaded += 1;
                if c.first_loaded.is_none() {
                    c.first_loaded = Some(s.text.clone());
                }
            }
        }
    }

    c.attribution = attribution;
}

/// Counts a lexicon cue of `tag`, whose entry's reason `why` gives.
#[inline(always)]
fn count(c: &mut Cues, tag: Tag, money: bool, why: impl FnOnce() -> &'static str) {
    c.tags[tag as usize] += 1;
    if c.first_why[tag as usize].is_none() {
        c.first_why[tag as usize] = Some(why());
    }
    if money {
        c.percent_or_money += 1;
    }
}

/// What the token scan carries from one token to the next.
struct Scan {
    /// Does the next word start a clause (so its capital says nothing)?
    first_word: bool,
    /// Was the last word a subject pronoun (so this one is read as its verb)?
    prev_subject: bool,
}

impl Scan {
    /// Counts word token `i` (of the unit starting at token `first`), given its marks and
    /// whether it starts with a capital.
    #[inline(always)]
    fn word(&mut self, c: &mut Cues, doc: &Document, i: usize, first: usize, starts_upper: bool, w: WordMarks) {
        c.words += 1;
        if starts_upper && !self.first_word && !w.is_i && !follows_opening(doc, i, first) {
            c.names += 1;
        }
        self.first_word = false;
        let listed = w.listed;
        // Most words are in no list: one test passes them by.
        if listed != 0 {
            match listed & PERSON {
                FIRST_SINGULAR => c.first_singular += 1,
                FIRST_PLURAL => c.first_plural += 1,
                SECOND => c.second_person += 1,
                THIRD => c.third_person += 1,
                _ => {}
            }
            if listed & NEGATION != 0 {
                c.negations += 1;
            }
        }
        if w.nt {
            c.negations += 1;
        }
        if w.past {
            c.past += 1;
            c.verb_like = true;
        }
        if listed & AUXILIARY != 0 || w.apostrophe || self.prev_subject {
            c.verb_like = true;
        }
        self.prev_subject = listed & SUBJECT != 0;
    }
}

/// `list.contains(&word)`, comparing in line: the library's comparison is a call per entry of
/// the same length, and this list is asked about every punctuation token.
fn listed(list: &[&str], word: &[u8]) -> bool {
    list.iter().any(|w| w.len() == word.len() && w.bytes().zip(word.iter()).all(|(a, &b)| a == b))
}

/// For each sentence unit, the attribution touching it (content or cue overlapping the unit),
/// the more distancing one when several do: that is the reading the reader must be warned of.
/// Sentences are sorted and tile the text, so the units before a range's are a prefix; and a
/// range lies near the one before it (a content next to its cue, attributions in text order), so
/// each range's first unit is found by walking from the last one's, a step or two where a binary
/// search of all the units took a dozen.
pub fn attribution_per_unit(doc: &Document, attributions: &[Attribution]) -> Vec<Option<(SourceKind, Stance)>> {
    let units = &doc.sentences;
    let mut out: Vec<Option<(SourceKind, Stance)>> = vec![None; units.len()];
    let mut from = 0;
    for a in attributions {
        // A question put by no one named ("Asked whether it would last, he said ...") asks and
        // claims nothing: the sentence's certainty is the answer's.
        if a.source.is_none() && a.cue.slice(doc.text).eq_ignore_ascii_case("asked") {
            continue;
        }
        let cand = (a.source_kind, a.stance);
        for r in a.content.iter().chain(std::iter::once(&a.cue)) {
            // The first unit that ends after the range starts.
            while from > 0 && units[from - 1].range.end > r.start {
                from -= 1;
            }
            while from < units.len() && units[from].range.end <= r.start {
                from += 1;
            }
            for (k, u) in units.iter().enumerate().skip(from) {
                if u.range.start >= r.end.max(r.start + 1) {
                    break;
                }
                if u.range.overlaps(*r) || (r.is_empty() && u.range.contains(*r)) {
                    out[k] = Some(match *out.at(k) {
                        Some(old) if rank(old) >= rank(cand) => old,
                        _ => cand,
                    });
                }
            }
        }
    }
    out
}

/// How strongly an attribution should colour the certainty of what it touches: of those that
/// touch a sentence, the first with the highest rank is the one its certainty reads (the claims
/// panel names the same one as softening it).
pub fn rank((kind, stance): (SourceKind, Stance)) -> u8 {
    let s = match stance {
        Stance::Distancing => 4,
        Stance::Neutral => 2,
        Stance::Endorsing => 1,
    };
    let k = match kind {
        SourceKind::None | SourceKind::Vague => 1,
        _ => 0,
    };
    s + k
}

/// Is the word right after an opening quotation mark or bracket at the start of a clause?
/// In line: the token scan asks it of every capitalised word after the first.
#[inline(always)]
fn follows_opening(doc: &Document, i: usize, first: usize) -> bool {
    // Asked of every capitalised word: most follow a word, which the first byte of the token
    // before turns away (each mark here starts with one of these bytes).
    i > first
        && matches!(doc.tokens[i - 1].first_byte(), b'"' | b'(' | b'\'' | b'-' | 0xE2)
        && matches!(doc.token_text(i - 1), "\"" | "\u{201C}" | "(" | "\u{2018}" | "'" | "-" | "\u{2014}" | "\u{2013}")
}

/// The first letters of [`MONTHS`], lower-cased, and their shortest and longest length.
const MONTH_INITIALS: &[u8] = b"jfmasond";
const MONTH_LENGTHS: std::ops::RangeInclusive<usize> = 3..=9;

/// Is token `j` one of [`MONTHS`]? Asked of the words around most small numbers: its length and
/// first letter, read from the token alone, turn most of them away before the word-list look-up
/// (a word equal to a month, which holds no apostrophe, has the month's length and letters).
pub(in crate::engine) fn is_month(doc: &Document, j: usize) -> bool {
    let t = &doc.tokens[j];
    MONTH_LENGTHS.contains(&(t.end - t.start)) && MONTH_INITIALS.contains(&t.first_byte().to_ascii_lowercase()) && doc.is_any(j, MONTHS)
}

/// Does the number at `i` name something rather than count it: "type 2 diabetes", "Chapter 11",
/// "a phase 3 trial", "rule 390", "the Model 730"? Such a number is no amount to check.
fn is_label_number(doc: &Document, i: usize) -> bool {
    const LABELS: Words = words![
        "type", "phase", "stage", "grade", "article", "section", "chapter", "category", "flight", "route", "model", "version", "rule",
        "amendment", "paragraph", "clause", "flat", "room", "apartment", "suite", "gate", "platform", "terminal", "page", "ward",
    ];
    // (Asked of every number: the word's length and first letter turn most away before the list.)
    let prev = |t: &crate::engine::document::Token| (4..=9).contains(&(t.end - t.start)) && b"tpsgacfrmvw".contains(&t.first_byte().to_ascii_lowercase());
    // ("a flat 10 dlrs a week" is a rate, not flat number 10.)
    (i > 0
        && prev(&doc.tokens[i - 1])
        && doc.is_any(i - 1, LABELS)
        && !(i + 1 < doc.tokens.len() && doc.is_any(i + 1, words!["pct", "percent", "%", "per"]))
        && !(i > 1 && doc.is(i - 1, "flat") && doc.is_any(i - 2, words!["a", "an"])))
        || glued_to_name(doc, i)
        || named_by_number(doc, i)
}

/// Is the number at `i` the number of an item in a list or a thread, opening its unit: "1. The
/// mayor lied", "2) Rents rose", "3/ Maybe I'm wrong"? It orders the items and counts nothing;
/// a thread's posts would all be quantity claims. "1/3 of voters" and "3.5 pct" keep their
/// numbers: the mark is glued to its number and a space follows it.
fn numbers_the_item(doc: &Document, i: usize, first: usize) -> bool {
    let t = &doc.tokens;
    (i == first || i == first + 1 && doc.is(first, "("))
        && t[i].end - t[i].start <= 2
        && i + 2 < t.len()
        && t[i + 1].start == t[i].end
        && matches!(doc.token_text(i + 1), "." | ")" | "/")
        && t[i + 2].start > t[i + 1].end
        && t[i + 2].kind == TokenKind::Word
}

/// Is the number at `i` the second half of a name written as a capitalised word and a small whole
/// number: "the Novaphone 8 is", "by the end of Year 2.", "Local 222 said", "Unit 3 at the plant"?
/// A product, a school year, a union branch or a reactor. Told by what follows: a verb, "at" or
/// "of", or the sentence's end. After a name an amount has its unit or noun next ("Labour 37
/// pct", "the Conservatives 44 seats", "Brazil 10 days ago"), and those stay amounts.
fn named_by_number(doc: &Document, i: usize) -> bool {
    const AFTER_NAME: Words = words![
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "does", "did", "said", "says", "at", "of", ".",
    ];
    let t = &doc.tokens;
    if i == 0 || i + 1 >= t.len() || t[i].end - t[i].start > 3 || !doc.token_text(i).bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let name = i - 1;
    // A capital and then lower case ("Year", not "DM" or "STG"), and not the word that opens the
    // sentence, whose capital tells nothing; a month before a price is a delivery month ("palm
    // oil May 320.").
    let w = doc.token_text(name).as_bytes();
    t[name].kind == TokenKind::Word
        && w.at(0).is_ascii_uppercase()
        && w.at(1..).iter().any(u8::is_ascii_lowercase)
        && !context::starts_sentence(doc, name)
        && doc.is_any(i + 1, AFTER_NAME)
        && !is_month(doc, name)
}

/// Is the number at `i` the tail of a designation written as a capitalised word, a hyphen and a
/// whole number with nothing between: "the G-7", "F-16 fighters", "rated Baa-1", "VT-214",
/// "COVID-19"? It names a group, an aircraft, a grade or a product; a lower-case word before the
/// hyphen ("a 10-year low" has the number first, "top-10") is left to the other tests.
fn glued_to_name(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens;
    i >= 2
        && t[i - 1].first_byte() == b'-'
        && t[i - 1].end - t[i - 1].start == 1
        && t[i - 1].end == t[i].start
        && t[i - 2].end == t[i - 1].start
        && t[i - 2].kind == TokenKind::Word
        && t[i - 2].first_byte().is_ascii_uppercase()
        && t[i].end - t[i].start <= 4
        && doc.token_text(i).bytes().all(|b| b.is_ascii_digit())
}

/// Does the number at `i` (its bytes `s`) describe someone or give a number to quote rather
/// than count: an age ("a 42-year-old man", "Smith, 52, was named", "aged 31", "in his 60s") or a
/// telephone number or reference ("call 101", "on 0800 555 0192", "quote reference 5225114583")?
/// The age tells who is meant; the claim is what happened to them. Police appeals, recalls and
/// health notices end with a number to call. Either would make a quantity claim of the report.
fn counts_nothing(doc: &Document, i: usize, s: &[u8]) -> bool {
    let n = s.len();
    // "a man in his 60s", "in her late 30s": the decade of a life, not the 1960s.
    if s.last() == Some(&b's') {
        return n == 3 && i > 0 && doc.is_any(i - 1, words!["his", "her", "their", "early", "mid", "late"]);
    }
    // Whole numbers only: "a 2.5-year-old" is rare, "1.5-year" bonds and "3,000" are amounts.
    if !s.iter().all(u8::is_ascii_digit) {
        return false;
    }
    if n <= 3 {
        let joined = |j: usize| j < doc.tokens.len() && doc.tokens[j - 1].end == doc.tokens[j].start;
        // "42-year-old"; "six-month-old" is a word, and only digits are asked here.
        if joined(i + 1) && doc.tokens[i + 1].first_byte() == b'-' && joined(i + 2) && doc.is_any(i + 2, words!["year", "years", "month", "months", "week", "day"]) {
            return joined(i + 3) && doc.is(i + 3, "-") && joined(i + 4) && doc.is(i + 4, "old");
        }
        if i > 0 && doc.tokens[i - 1].end - doc.tokens[i - 1].start == 4 && doc.is(i - 1, "aged") {
            return true;
        }
        // The appositive age "Smith, 52," or "the mayor, 54,": two digits between commas after a
        // word.
        if n == 2 {
            return i >= 2
                && doc.tokens[i - 1].first_byte() == b','
                && i + 1 < doc.tokens.len()
                && doc.tokens[i + 1].first_byte() == b','
                && doc.tokens[i - 2].kind == TokenKind::Word;
        }
    }
    if n < 3 {
        return false;
    }
    // An amount is never written with a leading zero; the groups after one belong to it.
    let zero_led = |j: usize| doc.tokens[j].kind == TokenKind::Number && doc.tokens[j].first_byte() == b'0' && doc.tokens[j].end - doc.tokens[j].start >= 3;
    if s[0] == b'0' || i > 0 && zero_led(i - 1) {
        return true;
    }
    const DIAL: Words = words!["call", "dial", "ring", "text", "phone", "reference", "ref"];
    // Asked of most numbers: the first letter turns most words away before the list.
    let dial = |j: usize| b"cdrtp".contains(&doc.tokens[j].first_byte().to_ascii_lowercase()) && doc.is_any(j, DIAL);
    // "call 101", and "call NHS 111" with the service's name between.
    i > 0 && dial(i - 1) || i > 1 && doc.tokens[i - 1].first_byte().is_ascii_uppercase() && dial(i - 2)
}

/// Years ("1999", "1990s"), days next to a month ("May 5", "5 May"), ordinals and clock times
/// are specific but are not amounts.
fn is_date_number(doc: &Document, i: usize, s: &str) -> bool {
    // ASCII digits are one byte each: the leading digits are a prefix, no copy needed.
    let digits = s.at(..s.bytes().take_while(u8::is_ascii_digit).count());
    let rest = s.at(digits.len()..);
    if digits.len() == 4 && (rest.is_empty() || rest == "s") {
        if let Ok(y) = digits.parse::<u32>() {
            if (1000..=2100).contains(&y) {
                return true;
            }
        }
    }
    if matches!(rest, "st" | "nd" | "rd" | "th") {
        return true;
    }
    // "at 0900 GMT": the hour of a time zone.
    if (3..=4).contains(&digits.len()) && rest.is_empty() && i + 1 < doc.tokens.len() && doc.tokens[i + 1].end - doc.tokens[i + 1].start == 3 && doc.is_any(i + 1, TIME_ZONES) {
        return true;
    }
    // "5pm", "7.45pm", "11:15am" written as one token tell the hour, not an amount.
    if (1..=2).contains(&digits.len()) && is_clock_suffix(rest) {
        return true;
    }
    // The minutes of "09:12" or "10:30", which the colon splits from the hour: a live blog's
    // timestamps would otherwise make every entry a quantity claim. Two digits under 60 right
    // after an hour of one or two digits; "a 3:1 ratio" keeps its single-digit second term.
    if i >= 2 && digits.len() == 2 && rest.is_empty() && digits < "60" {
        let (colon, hour) = (&doc.tokens[i - 1], &doc.tokens[i - 2]);
        if colon.end == doc.tokens[i].start && hour.end == colon.start && doc.token_text(i - 1) == ":" && hour.kind == TokenKind::Number && hour.end - hour.start <= 2 {
            return true;
        }
    }
    // The month names are lower-case ASCII, so the case-folding word test matches exactly what
    // a lower-cased copy would, without allocating one per number. Asked last: most numbers are
    // not one or two bare digits.
    if digits.len() <= 2 && rest.is_empty() && ((i > 0 && is_month(doc, i - 1)) || (i + 1 < doc.tokens.len() && is_month(doc, i + 1))) {
        return true;
    }
    // Clock times: "5 p.m.", "10:30". A word equal to one of these, ignoring case and apostrophe
    // style, starts with its letter: the first byte turns most next words away before the test.
    i + 1 < doc.tokens.len()
        && (matches!(doc.token_text(i + 1).as_bytes().at(0).to_ascii_lowercase(), b'a' | b'p' | b'o') && doc.is_any(i + 1, words!["am", "pm", "a.m", "p.m", "o'clock"])
            || (doc.token_text(i + 1) == ":" && i + 2 < doc.tokens.len() && doc.tokens[i + 2].kind == TokenKind::Number))
}

/// The time zones wire reports give their hours in.
const TIME_ZONES: Words = words!["gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "jst"];

/// Is `rest`, what follows an hour's digits in one token, "am" or "pm" (any case), or the minutes
/// and then one of them (".45pm", ":15am")?
fn is_clock_suffix(rest: &str) -> bool {
    let r = rest.as_bytes();
    let half_day = |b: &[u8]| b.len() == 2 && matches!(b[0].to_ascii_lowercase(), b'a' | b'p') && b[1].to_ascii_lowercase() == b'm';
    half_day(r) || r.len() == 5 && matches!(r[0], b'.' | b':') && r[1].is_ascii_digit() && r[2].is_ascii_digit() && half_day(&r[3..])
}

/// Does the unit end with "?" or "!" (ignoring closing quotes and brackets)?
fn final_mark(doc: &Document, first: usize, last: usize) -> (bool, bool) {
    let mut question = false;
    let mut exclamation = false;
    for i in (first..last).rev() {
        match doc.token_text(i) {
            "\"" | "\u{201D}" | "\u{2019}" | "'" | ")" | "]" | "\u{00BB}" => continue,
            "?" => question = true,
            "!" => {
                exclamation = true;
                // "?!" and "!?" are questions too.
                question = i > first && doc.token_text(i - 1) == "?";
            }
            _ => {}
        }
        break;
    }
    (question, exclamation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_tag_is_known() {
        for e in &lexicon().entries {
            tag_of(&e.tag);
        }
    }

    fn cues(text: &str) -> Cues {
        let doc = Document::new(text);
        let hits = lexicon().find(&doc);
        gather(&doc, 0, doc.tokens.len(), doc.token_span(0, doc.tokens.len()), &hits, &[], None)
    }

    #[test]
    fn each_unit_takes_the_attribution_touching_it_whatever_their_order() {
        let text = "A rose. B fell. C held. D won.";
        let doc = Document::new(text);
        assert_eq!(doc.sentences.len(), 4);
        let at = |word: &str| {
            let start = text.find(word).unwrap();
            Range::new(start, start + word.len())
        };
        let attribution = |cue: &str, content: Vec<Range>, source_kind, stance| Attribution {
            source: None,
            cue: at(cue),
            content,
            source_kind,
            stance,
            refers_to: None,
            why: String::new(),
        };
        // The first reaches back three units from its cue, the second forward from an earlier
        // cue; an empty content range (at "D") touches the unit it falls in.
        let d = text.find('D').unwrap();
        let list = [
            attribution("won", vec![at("A rose")], SourceKind::Named, Stance::Neutral),
            attribution("fell", vec![at("C held"), Range::new(d, d)], SourceKind::Vague, Stance::Distancing),
        ];
        let named = Some((SourceKind::Named, Stance::Neutral));
        let vague = Some((SourceKind::Vague, Stance::Distancing));
        // Where both touch a unit, the more distancing one is kept.
        assert_eq!(attribution_per_unit(&doc, &list), [named, vague, vague, vague]);
        assert_eq!(attribution_per_unit(&doc, &list[..1]), [named, None, None, named]);
    }

    #[test]
    fn every_currency_sign_counts_and_no_other_mark() {
        // Six signs; the colon, the dash, the quotation marks and the ellipsis are none.
        let c = cues("Fares: $9, €8, £7 \u{2014} ¥6, ₹5 and 4% \u{201C}up\u{201D}\u{2026}");
        assert_eq!(c.percent_or_money, 6);
        assert_eq!(cues("Fares: 9, 8 and 7 \u{2014} \u{201C}up\u{201D}\u{2026}").percent_or_money, 0);
    }

    #[test]
    fn a_colon_starts_a_clause_whose_capital_names_nobody() {
        // "Warning" opens the sentence and "Prices" the clause after the colon; "Paris" is a name.
        assert_eq!(cues("Warning: Prices rose in Paris.").names, 1);
        assert_eq!(cues("Warning; Prices rose in Paris.").names, 2);
    }

    /// (sentence, amounts, dates)
    const NUMBERS: &[(&str, u32, u32)] = &[
        ("In 1998 the fund held 450 homes.", 1, 1),
        ("It opened on 12 March and closed on March 30.", 0, 2),
        ("The 1990s were calm; the 21st century is not.", 0, 2),
        ("The train leaves at 5 pm.", 0, 1),
        // Times written as one token, and the minutes a colon splits from the hour.
        ("The crash happened at around 7.45pm and the road shut at 9PM.", 0, 2),
        ("09:12 The warning was raised to amber.", 0, 2),
        ("The board voted 3:1 for 12 homes.", 2, 1),
        // A telephone number or a reference counts nothing; an hour in a time zone is a time.
        ("Call 101, call NHS 111 or ring 0800 555 0192, quoting reference 5225114583.", 0, 0),
        ("Trading opened at 0900 GMT with 300 lots; 120 were sold.", 2, 1),
        // Ages tell who is meant; a compound that is no age still counts.
        ("A 42-year-old man, Smith, 35, and a woman aged 61 were held.", 0, 0),
        ("The mayor, 54, and his wife, 51, were held for 2 days.", 1, 0),
        ("A man in his 60s and a woman in her late 30s were hurt; 40s and 50s sold out.", 2, 0),
        ("The 30-year bond rose 2, 3, and then 4 points.", 4, 0),
        ("Sales rose 3.5% to $1,200.", 2, 0),
        // Where someone lives or waits: a flat, a room, a gate.
        ("I rent flat 4B; my sister has room 12 and flies from gate 22 at terminal 5.", 0, 0),
        ("They won a flat 10 dlrs a week.", 1, 0),
        // A product, a school year, a union local or a reactor named by its number; a share of the
        // vote or a count after a name still counts.
        ("The Novaphone 8 is a good phone, and most pupils read fluently by Year 2.", 0, 0),
        ("Members of Local 222 were told, and Unit 3 at the plant shut.", 0, 0),
        ("Traders quoted RBD palm oil May 320.", 1, 0),
        ("The poll gave Labour 37 pct and the Conservatives 44 seats, after a decision by Brazil 10 days ago.", 3, 0),
    ];

    #[test]
    fn dates_are_told_from_amounts() {
        for &(text, amounts, dates) in NUMBERS {
            let c = cues(text);
            assert_eq!((c.numbers, c.dates), (amounts, dates), "{text}");
        }
    }

    #[test]
    fn every_month_passes_the_month_filter() {
        for m in MONTHS.iter() {
            assert!(MONTH_LENGTHS.contains(&m.len()) && MONTH_INITIALS.contains(&m.as_bytes()[0]), "{m}");
            assert!(is_month(&Document::new(&m.to_uppercase()), 0), "{m}");
        }
        assert!(!is_month(&Document::new("Mayor"), 0));
    }

    #[test]
    fn names_skip_the_first_word_and_i() {
        assert_eq!(cues("Yesterday I met Ana Lopez in Lima.").names, 3);
        assert_eq!(cues("\u{201C}Nobody came,\u{201D} she said.").names, 0);
    }

    /// (sentence, words, first singular, first plural, third person, negations, names)
    const PEOPLE: &[(&str, u32, u32, u32, u32, u32, u32)] = &[
        // A curly apostrophe reads as a straight one, in lists and in "n't".
        ("They\u{2019}re sure we didn\u{2019}t lose.", 5, 0, 1, 1, 1, 0),
        ("They're sure we didn't lose.", 5, 0, 1, 1, 1, 0),
        // Case does not matter to the lists; capitals after the first word count as names.
        ("WE SAID NO.", 3, 0, 1, 0, 1, 2),
        // "I" and its contractions are capitalised but are not names.
        ("Then I\u{2019}ll go and I'd stay.", 6, 2, 0, 0, 0, 0),
        // A long word is in no list: "ourselvesx" is nobody.
        ("Ourselves, not ourselvesx.", 3, 0, 1, 0, 1, 0),
    ];

    #[test]
    fn people_and_negations_ignore_case_and_apostrophe_style() {
        for &(text, words, singular, plural, third, negations, names) in PEOPLE {
            let c = cues(text);
            assert_eq!((c.words, c.first_singular, c.first_plural, c.third_person, c.negations, c.names), (words, singular, plural, third, negations, names), "{text}");
        }
    }

    /// (fragment, could it hold a verb?)
    const VERB_LIKE: &[(&str, bool)] = &[
        ("Tomatoes.", false),
        ("It\u{2019}s", true),
        ("Was it?", true),
        ("They left", true),
        ("Renamed", true),
        ("Red", false),
        ("Cheap tomatoes", false),
        // Longer than the folded head: the ending and the apostrophe are still seen.
        ("Counterrevolutionized", true),
        ("Counterrevolutionary", false),
        ("Counterrevolution\u{2019}s", true),
        ("Counterrevolution's", true),
    ];

    #[test]
    fn verb_like_units() {
        for &(text, verb) in VERB_LIKE {
            assert_eq!(cues(text).verb_like, verb, "{text}");
        }
    }

    #[test]
    fn listed_words_are_found_whole_and_only_whole() {
        for &(word, marks) in LISTED {
            assert_eq!(short_word(word.as_bytes()), marks, "{word}");
        }
        for miss in ["", "y", "i'", "mee", "ourselve", "ourselvez", "yourselfs", "nott", "we\0"] {
            assert_eq!(short_word(miss.as_bytes()), 0, "{miss:?}");
        }
    }

    #[test]
    fn words_read_eight_bytes_at_a_time_as_any_word_is_read() {
        let words = [
            "I", "i", "I'm", "I'd", "It", "Im", "iX", "we", "WE", "Ourselves", "yourself", "YOURSELF", "don't", "DON'T", "can't",
            "nt", "n't", "Renamed", "Red", "based", "bED", "Counterrevolutionized", "they're", "They're", "it's", "O'Brien",
            "será", "Über", "didn\u{2019}t", "I\u{2019}ll", "x", "abcdefgh", "abcdefghi", "OURSELVES", "ourselveS", "ourselvez",
            "Ourselves'", "counterrevolution's", "Counterrevolutionised", "abcdefghijklmnop", "abcdefghijklmnopq", "wasn't",
            "Shouldn't", "SHOULDN'T", "abcdefghijklmnOP", "überraschend", "abcdefghi\u{2019}s", "OurselvesX", "EXPECTED",
            "U.S", "Ied", "YOUR", "nothinG",
        ];
        for word in words {
            // Far from the end of the text, and as its very last bytes.
            for (before, after) in [("", " and more text"), ("More text, and ", " and more text"), ("... ", "")] {
                let text = format!("{before}{word}{after}");
                let start = before.len();
                let any = WordMarks::of_any(word.as_bytes());
                // As a token that is not plain, and, where it is, as a plain one.
                let plain = word.bytes().all(|b| b.is_ascii() && b != b'\'' && b != b'`' && !b.is_ascii_whitespace());
                let modes: &[bool] = if plain { &[false, true] } else { &[false] };
                for &plain in modes {
                    // A plain token's listed marks are those the lexicons' pass gave it.
                    let listed = plain.then(|| {
                        let doc = Document::new(&text);
                        let i = doc.tokens.iter().position(|t| t.start == start).unwrap_or_else(|| panic!("a token starts at {word:?} in {text:?}"));
                        assert_eq!((doc.tokens[i].end, doc.tokens[i].is_plain()), (start + word.len(), true), "{word:?}");
                        doc.builtin_hits().listed[i]
                    });
                    let fast = WordMarks::of(text.as_bytes(), start, start + word.len(), listed);
                    assert_eq!(fast, any, "{word:?} in {text:?}, plain: {plain}");
                }
            }
        }
        // What the general path says, checked by hand for a few.
        let marks = |w: &str| WordMarks::of_any(w.as_bytes());
        assert_eq!(marks("I'm"), WordMarks { listed: FIRST_SINGULAR, apostrophe: true, is_i: true, nt: false, past: false });
        assert_eq!(marks("DIDN'T"), WordMarks { listed: 0, apostrophe: true, is_i: false, nt: true, past: false });
        assert_eq!(marks("They"), WordMarks { listed: THIRD | SUBJECT, apostrophe: false, is_i: false, nt: false, past: false });
        assert_eq!(marks("Renamed"), WordMarks { listed: 0, apostrophe: false, is_i: false, nt: false, past: true });
        assert_eq!(marks("bed"), WordMarks { listed: 0, apostrophe: false, is_i: false, nt: false, past: false });
    }

    #[test]
    fn health_and_the_environment_are_topics_fact_checkers_verify() {
        let c = cues("The new vaccine causes heart attacks in young athletes.");
        assert_eq!((c.count(Tag::Topic), c.why(Tag::Topic)), (1, "health"));
        let c = cues("Carbon emissions rose and temperatures broke records.");
        assert_eq!((c.count(Tag::Topic), c.why(Tag::Topic)), (2, "environment"));
        assert_eq!(cues("The new stadium opened in young athletes' honour.").count(Tag::Topic), 0);
    }

    #[test]
    fn announcing_how_one_speaks_is_no_prediction() {
        assert!(!cues("I'll be honest with you: this is the most important election.").has(Tag::Prediction));
        assert!(!cues("We will be frank: the plan failed.").has(Tag::Prediction));
        assert!(!cues("I will admit the plan failed.").has(Tag::Prediction));
        // Guards: a plan of one's own, a promise to others.
        assert!(cues("I will be in Paris next month.").has(Tag::Prediction));
        assert!(cues("We will tell the court everything.").has(Tag::Prediction));
    }

    #[test]
    fn will_as_a_noun_is_not_the_future() {
        assert!(!cues("It was the will of the voters.").has(Tag::Prediction));
        assert!(cues("Voters will decide.").has(Tag::Prediction));
    }

    #[test]
    fn will_of_wishing_is_not_the_future() {
        // "what you will", "if you will": the reader's choice, with no event after "will".
        assert!(!cues("Make of that what you will.").has(Tag::Prediction));
        assert!(!cues("It is, if you will, a tax on the poor.").has(Tag::Prediction));
        // Guards: an elliptical future still forecasts.
        assert!(cues("Prices have not risen yet, but I think they will.").has(Tag::Prediction));
        assert!(cues("What you will see is a new tax.").has(Tag::Prediction));
    }
}
