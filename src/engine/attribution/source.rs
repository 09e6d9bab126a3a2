//! Sources: finding the speaker's noun phrase next to a cue, and telling what kind of source it is.
//!
//! There is no parser here: a source phrase is the run of words between the cue and the nearest
//! clause boundary (punctuation, a conjunction, a relative pronoun). That is enough for news prose,
//! where sources sit right beside their verb ("officials said", "said the mayor"), and the
//! reader only needs the span to point at the speaker.

use crate::engine::document::At;
use crate::engine::wordlist::Words;
use std::sync::OnceLock;

use super::super::document::TokenKind;
use super::super::result::SourceKind;
use super::classes::{self, Doc, List};
use super::words::WordKey;

// A tag's bit: `1 << n` for the `n`th of `NOUN_TAGS` in build.rs, which writes the list one line a
// tag in that order.
const QUANT: u8 = 1;
const GROUP: u8 = 2;
const ANON: u8 = 4;
const ROLE: u8 = 8;
const ORG: u8 = 16;
const PLACE: u8 = 32;
const TITLE: u8 = 64;
const SHARE: u8 = 128;

/// The source nouns, lower-cased, each with its tag's flag (a word of two tags is there twice).
/// Only listed here: the class table ([`classes`]) answers for each word with all its flags.
type Nouns = Vec<(WordKey, u8)>;

pub(super) fn nouns() -> &'static Nouns {
    static NOUNS: OnceLock<Nouns> = OnceLock::new();
    NOUNS.get_or_init(|| {
        // Read here, not by `Lexicon::parse`: that would also build a phrase matcher, and these
        // words are only ever looked up one by one. Line `n` holds the words of tag `1 << n`,
        // separated by spaces (build.rs has checked every line of the source file).
        let source = include_str!(concat!(env!("OUT_DIR"), "/lexicons/source_nouns.tsv"));
        let mut map = Nouns::new();
        for (bit, line) in source.lines().enumerate() {
            for word in line.split(' ') {
                // A word that makes no key (too long, a curly apostrophe) can match no word looked up.
                if let Some(key) = WordKey::lowered(word) {
                    map.push((key, 1 << bit));
                }
            }
        }
        map
    })
}

/// Is the word a part of a group ("percent", "majority", "two-*thirds*")?
pub(super) fn is_share(doc: &Doc, i: usize) -> bool {
    flags(doc, i) & SHARE != 0
}

/// Is the word in the source-noun list at all?
pub(super) fn is_listed(doc: &Doc, i: usize) -> bool {
    flags(doc, i) != 0
}

/// Is the word a role or office ("spokesman", "officials")?
pub(super) fn is_role(doc: &Doc, i: usize) -> bool {
    flags(doc, i) & ROLE != 0
}
/// Does the word name a person or people who can speak: a group, an anonymous source, a
/// profession or an office held by one person ("a lawmaker", "the analyst")? Not a role that
/// stands for an organisation, which may be named ("a company called Acme").
pub(super) fn is_person_noun(doc: &Doc, i: usize) -> bool {
    flags(doc, i) & (GROUP | ANON) != 0
        || doc.is_any(i, PROFESSIONS)
        || doc.is_any(
            i,
            words![
                "spokesman", "spokeswoman", "official", "senator", "president", "lawmaker", "legislator", "congressman", "congresswoman", "governor",
                "mayor", "minister", "diplomat", "aide", "adviser", "advisor", "critic", "activist", "candidate", "manager", "coach", "boss",
            ],
        )
}

/// US states as news writes them after a city ("Cambridge, Mass.", "Austin, Texas"): the names
/// that stand alone and the stems of the Associated Press abbreviations, which take a stop.
const US_STATES: Words = words![
    "alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah", "alabama", "arizona", "arkansas", "california", "colorado",
    "connecticut", "delaware", "florida", "georgia", "illinois", "indiana", "kansas", "kentucky", "louisiana", "maryland",
    "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "oklahoma", "oregon",
    "pennsylvania", "tennessee", "vermont", "virginia", "washington", "wisconsin", "wyoming",
];
const US_STATE_ABBREVIATIONS: Words = words![
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss",
    "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo",
    // Dotted, kept by the tokenizer as one word before the last stop: "Wilmington, N.C.,".
    "n.c", "s.c", "n.y", "n.j", "n.h", "n.m", "n.d", "s.d", "r.i", "w.va", "d.c",
];

/// Is the one-word source at `k` no one at all? The walk for a subject stops on such words when
/// the real one is out of its reach: an article or a particle ("There have been ...", "To nudge
/// it along, one group ... calling"), an adverb ("Mr. Trump, whose appeal ..., seldom speaks
/// of"), a participle ("having referred to"), a preposition or a day. No source
/// tells a reader more than a wrong one.
pub(super) fn names_no_one(doc: &Doc, k: usize) -> bool {
    doc.is_any(k, NO_ONE) || doc.is_any(k, DAYS) || doc.is_any(k, super::PREPOSITIONS) || !is_cap(doc, k) && (super::is_ly_adverb(doc, k) || lone_participle(doc, k))
}

/// A lower-case participle in "-ing" ("calling" in "calling him a stiff and accusing him"),
/// which the walk stopped on: a verb, not who speaks ("everything", "nothing" are pronouns, and
/// a few nouns in "-ing" are evidence or bodies that can: "drilling has indicated reserves").
fn lone_participle(doc: &Doc, k: usize) -> bool {
    let w = doc.token_bytes(k);
    w.len() > 5
        && w.ends_with(b"ing")
        && !w.ends_with(b"thing")
        && !doc.is_any(k, super::EVIDENCE)
        && !doc.is_any(k, words!["drilling", "sterling", "testing", "meeting", "hearing", "ruling", "filing", "finding", "spending", "trading", "building", "reading", "briefing"])
}
/// The words of [`names_no_one`] besides days, prepositions and adverbs in "-ly". ("about"
/// stays out: "about 200 protesters" cut short to "about" still points at the speakers.)
pub(super) const NO_ONE: List = List { bit: 1 << 43, words: words![
    "the", "an", "to", "not", "even", "there", "here", "having", "much", "more", "seldom", "instead", "despite", "under", "against", "without", "for",
    "almost", "nearly", "just", "only", "also", "still", "already", "never", "ever", "often", "sometimes", "always", "once", "last", "beyond",
    // "which together vowed": how, not who.
    "together",
] };
/// A pronoun with its verb ("It's a riposte to the candidate who ... by declaring"): the opening
/// of a clause, no one, unless the verb is the cue's auxiliary ("It's denouncing what it
/// calls ...").
pub(super) const CONTRACTED: List = List { bit: 1 << 45, words: words!["it's", "that's", "there's", "here's", "what's"] };
/// Days, and "today": when something was said, never who said it.
pub(super) const DAYS: List = List { bit: 1 << 44, words: words![
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
] };

/// Is the comma at `k` the one between a city and its state or country ("in Cambridge, Mass.,",
/// "of Dayton, Ohio,", "in Lyon, France,")? It sets nothing apart: the place is one name.
pub(super) fn is_region_comma(doc: &Doc, k: usize) -> bool {
    if k == 0 || k + 2 >= doc.tokens.len() || !is_cap(doc, k - 1) || !is_cap(doc, k + 1) || doc.tokens[k + 1].kind != TokenKind::Word {
        return false;
    }
    // Two countries or states are a list ("Brazil, Venezuela and Argentina"), not a place.
    if flags(doc, k - 1) & PLACE != 0 || US_STATES.contains(&doc.lower(k - 1).as_str()) {
        return false;
    }
    let region = doc.lower(k + 1);
    let abbreviated = doc.token_text(k + 2) == "." && US_STATE_ABBREVIATIONS.contains(&region.as_str());
    // "in Salem, New Hampshire, Trump said": a state of two words.
    let two_words = !abbreviated
        && doc.is_any(k + 1, words!["new", "north", "south", "west", "rhode"])
        && is_cap(doc, k + 2)
        && doc.is_any(k + 2, words!["hampshire", "jersey", "mexico", "york", "carolina", "dakota", "virginia", "island"]);
    // The region closes the aside: a comma, a stop or the verb follows it, not more of a name.
    let after = if abbreviated || two_words { k + 3 } else { k + 2 };
    let closed = after >= doc.tokens.len() || doc.tokens[after].kind == TokenKind::Punct || !is_cap(doc, after);
    closed && (abbreviated || two_words || US_STATES.contains(&region.as_str()) || flags(doc, k + 1) & PLACE != 0)
}

/// Can the word open a source with no determiner ("officials", "figures from the ministry")? A
/// quantifier or a share opens one only with the noun after it ("other parts of the deal").
pub(super) fn is_bare_source(doc: &Doc, i: usize) -> bool {
    flags(doc, i) & !(QUANT | SHARE) != 0
}

fn flags(doc: &Doc, i: usize) -> u8 {
    // Most words make a key: their flags are among the classes the walks keep for a token.
    let classes = doc.classes(i);
    if classes & classes::NO_KEY == 0 {
        return (classes & classes::NOUN_FLAGS) as u8;
    }
    let w = doc.token_text(i);
    if w.len() > 24 {
        return 0;
    }
    let lower = w.to_ascii_lowercase().replace('\u{2019}', "'");
    let lower = lower.strip_suffix("'s").unwrap_or(&lower);
    WordKey::lowered(lower).map_or(0, |key| (classes::key_classes(&key) & classes::NOUN_FLAGS) as u8)
}

/// Words that end a source phrase when walking away from the cue: clause links and relatives.
pub(super) const STOP_WORDS: List = List { bit: 1 << 24, words: words![
    "that",
    "which",
    "but",
    "or",
    "nor",
    "because",
    "while",
    "when",
    "whereas",
    "although",
    "though",
    "if",
    "as",
    "since",
    "so",
    "than",
    "where",
    "after",
    "before",
    "until",
    "unless",
    "once",
    "yet",
    "then",
    "whether",
    "what",
    "how",
    "why",
    "however",
    "meanwhile",
    "to",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "did",
    "does",
    "do",
    "not",
    "also",
    "who",
    "whom",
    "whose",
    "even",
    "still",
    "now",
    // ("posted online alongside a paper describing the system": where the paper was, not who.)
    "alongside",
    // Another report's verb ends this one's source: "diplomats said they would insist".
    "said",
    "says",
    "say",
    "told",
    "added",
    "according",
    "reported",
    "wrote",
    "stated",
    "announced",
] };

/// Words that may open a phrase before the real subject: "In a statement the ministry said".
pub(super) const LEADERS: List = List { bit: 1 << 25, words: words![
    "through",
    "via",
    "outside",
    "inside",
    "in",
    "on",
    "at",
    "during",
    "for",
    "with",
    "after",
    "before",
    "from",
    "by",
    "under",
    "over",
    "into",
    "last",
    "this",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tonight",
    "recently",
    "separately",
    "speaking",
    "asked",
    "and",
    "thus",
    "perhaps",
    "maybe",
] };

pub(super) const DETERMINERS: List = List { bit: 1 << 26, words: words![
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "many", "some", "several", "most", "few",
    "other", "another", "each", "every", "both", "no", "any", "such",
] };

/// Relative pronouns that stand for the phrase before them: "Trump, who said".
pub(super) const RELATIVES: List = List { bit: 1 << 37, words: words!["which", "who"] };
/// Words that end a source's head and open its post-modifier: "a spokesman for the ministry".
pub(super) const HEAD_ENDS: List =
    List { bit: 1 << 38, words: words!["for", "of", "at", "with", "in", "from", "on", "around", "across", "throughout", "familiar", "close", "who", "that", ","] };

/// Words in "-ing" that are prepositions, not participles.
const PREPOSITIONS_IN_ING: Words = words!["including", "according", "excluding", "following", "regarding", "concerning", "during"];

pub(super) const PRONOUNS: List = List { bit: 1 << 27, words: words!["he", "she", "they", "it", "we", "i", "you", "who", "which", "one"] };

pub(super) fn is_det(doc: &Doc, i: usize) -> bool {
    doc.is_any(i, DETERMINERS)
}

pub(super) fn is_cap(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word && super::starts_upper(doc, i)
}

/// Abbreviations that end in a full stop inside a name or a phrase.
pub(super) const ABBREVIATIONS: List = List { bit: 1 << 28, words: words![
    "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "col", "lt", "capt", "sgt", "prof", "rev", "st", "jr", "sr", "no", "vs", "al",
    "inc", "corp", "co", "ltd", "mt", "ft", "maj", "adm", "cmdr", "atty", "supt", "det", "insp",
    // US state abbreviations in news style ("Springfield, Va.", "Sen. Ron Wyden (D-Ore.)").
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
] };

/// The length of the longest of the [`ABBREVIATIONS`] (checked by a test).
pub(super) const LONGEST_ABBREVIATION: usize = 5;

/// A "." that belongs to an abbreviation or initial ("Mr.", "U.S.", "George W. Bush").
/// ("No." is one only before its number, "No. 10 said": an answer's "No. Washing it ..." ends.)
fn is_abbrev_dot(doc: &Doc, i: usize) -> bool {
    if i == 0 || !super::is_mark(doc, i, b'.') || doc.tokens[i - 1].end != doc.tokens[i].start {
        return false;
    }
    let prev = doc.token_text(i - 1);
    // Most words before a stop are short: a plain loop beats a call to search for the dot.
    // Asked of the word before every full stop: one longer than any abbreviation is turned away
    // before it is looked up (a curly apostrophe, which makes a word longer, matches none of
    // them either).
    (prev.len() == 1 && prev.chars().all(|c| c.is_ascii_uppercase()) && !(i >= 2 && crate::engine::segment::is_network_name(prev, doc.token_text(i - 2))))
        || prev.bytes().any(|b| b == b'.')
        || prev.len() <= LONGEST_ABBREVIATION && doc.is_any(i - 1, ABBREVIATIONS) && !(doc.is(i - 1, "no") && !numbered(doc, i + 1))
}

/// Is token `k` a number, in figures or words ("No. 10", "alloy No. Three")?
fn numbered(doc: &Doc, k: usize) -> bool {
    k < doc.tokens.len() && (doc.tokens[k].kind == TokenKind::Number || doc.is_any(k, super::super::context::NUMBER_WORDS))
}

pub(super) fn is_abbrev_dot_pub(doc: &Doc, i: usize) -> bool {
    is_abbrev_dot(doc, i)
}

/// Is the token at `dot` an abbreviation's stop that also ends its sentence, as the segmenter
/// found? (Every walk that asks wants both.) Before a
/// capitalised determiner or pronoun it does ("shortly after 11 p.m. The driver failed to
/// stop", "said Ann Lee of Acme Corp. Her forecasts ..."): no name goes on with "The" or "He".
/// (Not after "vs.", "vs. The State", nor after a country's letters, which wire copy writes
/// before a capital mid-sentence: "to the U.S. This year".)
pub(super) fn ends_sentence_after_abbreviation(doc: &Doc, dot: usize) -> bool {
    dot > 0
        && dot + 1 < doc.tokens.len()
        && is_abbrev_dot(doc, dot)
        && is_cap(doc, dot + 1)
        && (is_det(doc, dot + 1) || doc.is_any(dot + 1, super::SUBJECT_PRONOUNS) || doc.is_any(dot + 1, words!["his", "its", "their"]) || hour_then_name(doc, dot))
        && !doc.is_any(dot - 1, words!["vs", "u.s", "u.k", "u.n", "e.u"])
}

/// "conceded shortly after 3 a.m. Cole said ...": an hour's "a.m." or "p.m." before a capitalised
/// word ends its sentence, unless the word is a day or a month ("3 p.m. Tuesday"), a time
/// zone's letters ("3 p.m. EST") or a preposition.
fn hour_then_name(doc: &Doc, dot: usize) -> bool {
    // (In lower case only: wire copy in capitals goes on after "A.M. In Tokyo".)
    matches!(doc.token_text(dot - 1), "a.m" | "p.m")
        && doc.tokens[dot + 1].kind == TokenKind::Word
        && !doc.is_any(dot + 1, super::PREPOSITIONS)
        && !doc.is_any(dot + 1, super::TIME_WORDS)
        && doc.token_text(dot + 1).bytes().any(|b| b.is_ascii_lowercase())
}

/// Tokens that may sit inside a name without ending it: "AT&T", "state-run", "O'Neill".
pub(super) fn is_joiner(doc: &Doc, i: usize) -> bool {
    // Asked of most punctuation (every comma and stop next to a source): the first byte turns
    // the rest away before the text is taken.
    if !matches!(doc.tokens[i].first_byte(), b'&' | b'-' | b'\'' | b'/' | b'+' | 0xE2) {
        return false;
    }
    let t = doc.token_text(i);
    // A plus closing a name: "OPEC+ sources", "Disney+".
    if t == "+" {
        return i > 0 && doc.tokens[i - 1].end == doc.tokens[i].start && doc.tokens[i - 1].kind == TokenKind::Word && super::starts_upper(doc, i - 1);
    }
    (t == "&" || t == "-" || t == "'" || t == "\u{2019}" || t == "/")
        && i > 0
        && i + 1 < doc.tokens.len()
        && (t == "&"
            || doc.tokens[i - 1].end == doc.tokens[i].start && doc.tokens[i].end == doc.tokens[i + 1].start
            // A plural possessive: "Sanders' spokesman".
            || (t == "'" || t == "\u{2019}") && doc.tokens[i - 1].end == doc.tokens[i].start && doc.token_text(i - 1).ends_with('s'))
}

/// Is token `i` a listed cue word, written in lower case ("said", not the name "Said")? Most
/// words are answered by their classes alone.
pub(super) fn is_cue_word(doc: &Doc, i: usize) -> bool {
    super::is_single_cue(doc, i) && !doc.token_bytes(i).iter().any(u8::is_ascii_uppercase)
}

fn is_boundary(doc: &Doc, i: usize) -> bool {
    match doc.tokens[i].kind {
        // ("42% say": a percent sign after its number.)
        TokenKind::Punct => !(is_abbrev_dot(doc, i) || is_joiner(doc, i) || is_percent(doc, i)),
        TokenKind::Number => false,
        // A word hyphened to the one before it is inside a compound modifier, whatever it
        // is alone: "self-described socialist Bernie Sanders said".
        // ("Critics of that study note": after "of", "from" or "by", "that" is a determiner.)
        // So is one hyphened to the word after it: "Some so-called analysts say".
        TokenKind::Word => is_boundary_word(doc, i) && !after_hyphen(doc, i) && !(i + 2 < doc.tokens.len() && after_hyphen(doc, i + 2)) && !(i > 0 && doc.tokens[i].end - doc.tokens[i].start == 4 && doc.is(i, "that") && doc.is_any(i - 1, words!["of", "from", "by"]) && i + 1 < doc.tokens.len() && !is_cue_word(doc, i + 1)),
    }
}

/// Is token `i` a reporting verb's participle used as an adjective between a determiner and
/// its noun: "A widely cited pilot found", "the oft quoted survey showed"? It describes the
/// source and does not end it.
fn attributive_participle(doc: &Doc, i: usize) -> bool {
    let t = doc.token_bytes(i);
    // (An article or a possessive: "that" before a verb is as often a relative, "a video that
    // showed Cruz".)
    let article = |k: usize| doc.is_any(k, words!["a", "an", "the", "its", "their", "his", "her", "our", "my", "your"]);
    i >= 2
        && t.ends_with(b"ed")
        && i + 1 < doc.tokens.len()
        // (A year may come between: "a widely cited 2019 study".)
        && doc.tokens[i + 1].kind != TokenKind::Punct
        && !is_det(doc, i + 1)
        // (Not before another participle: "the disputed proposed merger".)
        && !doc.token_bytes(i + 1).ends_with(b"ed")
        && (article(i - 1) || article(i - 2) && (super::is_ly_adverb(doc, i - 1) || doc.is_any(i - 1, words!["oft", "often", "much"])))
}

/// Where the bracketed group that token `close` ends opens, when `close` is the closing mark
/// (")" or ">") and its opening mark lies at most ten tokens back, not before `floor`: a
/// "(R-Va.)" or a "<DARTA.O>" inside a name is stepped over whole.
pub(super) fn group_open(doc: &Doc, close: usize, floor: usize, mark: u8) -> Option<usize> {
    let open = match mark {
        b')' => b'(',
        _ => b'<',
    };
    if !super::is_mark(doc, close, mark) {
        return None;
    }
    (close.saturating_sub(10).max(floor)..close).rev().find(|&k| super::is_mark(doc, k, open))
}

/// Is token `i` a percent sign right after its number ("42%")?
fn is_percent(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].first_byte() == b'%' && i > 0 && doc.tokens[i - 1].kind == TokenKind::Number && doc.tokens[i - 1].end == doc.tokens[i].start
}

/// Is token `i` joined by a hyphen to the word before it ("self-*described*", "warm-*and*-fuzzy")?
/// A double dash ("earnings--which") sets a clause apart and joins nothing.
fn after_hyphen(doc: &Doc, i: usize) -> bool {
    i >= 2
        && doc.tokens[i - 1].first_byte() == b'-'
        && doc.token_text(i - 1) == "-"
        && is_joiner(doc, i - 1)
        && doc.tokens[i - 2].kind != TokenKind::Punct
}

/// `doc.is_any(i, STOP_WORDS) || is_cue_word(doc, i)`, from the classes of most words.
fn is_boundary_word(doc: &Doc, i: usize) -> bool {
    let classes = doc.classes(i);
    if classes & classes::NO_KEY != 0 {
        return doc.is_any(i, STOP_WORDS) || is_cue_word(doc, i);
    }
    // A cue word must also be written as listed: "said" ends a source, "Said" may be a name.
    classes & STOP_WORDS.bit != 0 || classes & classes::CUE != 0 && is_cue_word(doc, i)
}

/// Is token `k` a company's legal form after the comma that follows its name ("Northwind
/// Health, Inc.", "Blue Owl Capital, LLC")?
fn legal_form_after_comma(doc: &Doc, k: usize) -> bool {
    // (The comma first: it is the rarest.)
    k >= 2 && super::is_mark(doc, k - 1, b',') && is_cap(doc, k) && is_cap(doc, k - 2) && doc.is_any(k, LEGAL_FORMS)
}

/// A company's legal form after its name.
pub(super) const LEGAL_FORMS: Words = words!["inc", "ltd", "llc", "corp", "co", "plc", "lp", "llp", "ag", "gmbh"];

/// The source phrase ending just before token `end`, no further back than `floor`.
pub(super) fn left_phrase(doc: &Doc, end: usize, floor: usize) -> Option<(usize, usize)> {
    // "The study he cites says", "the research it rests on says": a clause without "that", a
    // pronoun and its verb (and a preposition) after the noun, is part of the subject.
    let v = end.saturating_sub(1 + usize::from(end > floor + 4 && doc.is_any(end - 1, super::PREPOSITIONS)));
    // (The pronoun first: asked of every source, it turns nearly all away on its class bit.)
    if v >= floor + 3 && doc.is_any(v - 1, PRONOUNS) && !doc.is_any(v - 1, words!["who", "which", "one"]) && !is_cap(doc, v) && !doc.is_any(v, super::FINITE) && (doc.token_bytes(v).ends_with(b"s") || doc.token_bytes(v).ends_with(b"ed")) {
        if let Some((s, _)) = left_words(doc, v - 1, floor).filter(|&(s, e)| e == v - 1 && is_det(doc, s)) {
            return Some((s, end));
        }
    }
    let (mut start, end) = left_words(doc, end, floor)?;
    // "Northwind Health, Inc. today announced", "Blue Owl Capital, LLC said": a company's legal
    // form after its comma ends its name.
    if start >= floor + 2 && legal_form_after_comma(doc, start) {
        if let Some((s, _)) = left_words(doc, start - 1, floor).filter(|&(_, e)| e == start - 1) {
            start = s;
        }
    }
    // "Trump and his attorneys have said", "Photographers and physicists have explained": a
    // name or a capitalised word opening the clause, before "and", is the first of two
    // subjects. (Lower case there may be a clause, "Oil prices soared and analysts said"; and
    // so may a name further in, "Profits rose in Japan and analysts said".)
    if start >= floor + 2 && doc.is(start - 1, "and") {
        use super::super::context::starts_sentence;
        if let Some((s, _)) = left_words(doc, start - 1, floor).filter(|&(s, e)| {
            e == start - 1
                && e - s <= 4
                && (s..e).all(|k| is_cap(doc, k) || is_abbrev_dot(doc, k))
                && (starts_sentence(doc, s) || super::is_mark(doc, s - 1, b',') || doc.is_any(s - 1, super::COORDINATORS) && starts_sentence(doc, s - 1))
        }) {
            start = s;
        }
    }
    // "Reagan in a message to Congress said", "In a letter to shareholders the company said",
    // "A spokesman speaking to reporters said": the walk stopped at the "to" of a frame, and its
    // words open with the hearer. The speaker stands before the frame, or after the hearer.
    if let Some(opener) = hearer_frame(doc, start, floor) {
        if let Some(before) = (opener > floor).then(|| left_phrase(doc, opener, floor)).flatten().filter(|&(_, e)| e == opener) {
            return Some(before);
        }
        if let Some(k) = after_hearer(doc, start, end) {
            return left_phrase(doc, end, k);
        }
    }
    // "A letter to shareholders said": opening its clause, the document speaks and its hearer
    // is part of it. (After a verb the phrase is that verb's object: "sent out a text message
    // to voters saying".)
    if let Some(d) = document_before_to(doc, start, floor) {
        return Some((d, end));
    }
    // "A man calling himself Paul wrote": the walk stopped at the participle; the name one
    // gives oneself belongs to the phrase before it.
    // ("A woman describing herself as a nurse said": the walk stopped at "as".)
    let reflexive = if start >= floor + 3 && doc.is(start - 1, "as") { start - 2 } else { start };
    if reflexive >= floor + 2 && doc.is_any(reflexive, super::REFLEXIVES) && doc.is_any(reflexive - 1, words!["calling", "describing", "identifying"]) {
        return left_phrase(doc, reflexive - 1, floor).map(|(first, _)| (first, end));
    }
    // "The largest trial so far found": "so far" is when, and the subject stands before it.
    if end == start + 1 && start > floor && doc.is(start, "far") && doc.is_any(start - 1, words!["so", "thus"]) {
        return left_phrase(doc, start - 1, floor);
    }
    // "The president in an interview with CNN said", "The company in a filing said": where the
    // words were said is the report's frame, not part of who said them ("Analysts in London"
    // keeps its place, and so do "People in the debate audience", where the noun is no head).
    let frame_head = |j: usize| doc.is_any(j, FRAME_NOUNS) && (j + 1 == end || doc.is_any(j + 1, words!["with", "to", "on", "at", "last", "this", "earlier", "for"]));
    let frame = (start + 1..end.saturating_sub(2)).find(|&k| doc.is(k, "in") && is_det(doc, k + 1) && (k + 2..end.min(k + 5)).any(frame_head));
    let end = frame.unwrap_or(end);
    // "first said ..., but in a later interview said": the frame alone is where, not who. (Its
    // participle is its own: "In a brief statement announcing the sale, ...".)
    // (So is the verb of a relative on it: "in the first email that says".)
    let participle_next = end < doc.tokens.len() && (doc.token_bytes(end).ends_with(b"ing") || doc.is_any(end, words!["that", "which"]));
    if start > floor && !participle_next && doc.is(start - 1, "in") && is_det(doc, start) && doc.is_any(end - 1, FRAME_NOUNS) {
        return None;
    }
    let mut end = end - time_tail(doc, start, end);
    // "Northwind Health, Inc. (NASDAQ: NWHL) announced": a stock ticker after a company's name
    // with its legal form is no part of who spoke. (Without the form the ticker is what shows
    // the name a company's.)
    if end >= start + 6 && super::is_mark(doc, end - 1, b')') {
        let open = end - 5;
        let capitals = |k: usize| doc.tokens[k].kind == TokenKind::Word && !doc.token_bytes(k).iter().any(u8::is_ascii_lowercase);
        if super::is_mark(doc, open, b'(') && capitals(open + 1) && super::is_mark(doc, open + 2, b':') && capitals(open + 3) && (start..open).any(|k| doc.is_any(k, LEGAL_FORMS)) {
            end = open;
        }
    }
    // "Alves herself calls it", "The minister himself said": a reflexive after the subject
    // stresses who; the head, and so the kind, is the noun before it.
    if end > start + 1 && doc.is_any(end - 1, super::REFLEXIVES) {
        end -= 1;
    }
    // "The State Department less than two weeks ago said": a span of time counted back from
    // now, however it is hedged, is when, not who.
    if end >= start + 3 && doc.is(end - 1, "ago") {
        let counted = |k: usize| {
            doc.tokens[k].kind == TokenKind::Number
                || doc.is_any(k, super::TIME_NOUNS)
                || doc.is_any(k, super::TIME_NOUN_PLURALS)
                || doc.is_any(k, words![
                    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "few", "several", "couple",
                    "of", "less", "more", "than", "about", "nearly", "almost", "some", "just", "only", "over", "under",
                ])
        };
        let mut k = end - 1;
        while k > floor && end - k < 8 && counted(k - 1) {
            k -= 1;
        }
        // (The walk for words stops at "than": the whole phrase may be the span.)
        if k <= start && k < end - 2 {
            return if k > floor { left_phrase(doc, k, floor) } else { None };
        }
        if k < end - 2 {
            end = k;
        }
    }
    // "President Reagan for the first time admitted": how often, not who.
    if end >= start + 5 && doc.is(end - 1, "time") && doc.is(end - 3, "the") && doc.is(end - 4, "for") {
        end -= 4;
    }
    // "One can of course argue": an adverbial phrase between the subject and the verb is no
    // speaker, and a noun phrase never opens with "of". Nor does it end with a preposition or a
    // determiner ("slots for", "a fall in", "completed the"): the walk started inside a phrase
    // that is no subject.
    // ("People who know her": "her" ends a relative clause as its object.)
    let object_her = doc.is(end - 1, "her") && (start..end - 1).any(|k| doc.is_any(k, words!["who", "that"]));
    if doc.is(start, "of") || doc.is_any(end - 1, PHRASE_OPEN_ENDS) && !object_her && stranded(doc, start, end).is_none() {
        return None;
    }
    // "But the new study reported", "On Friday TWA said", "For fiscal 1985 Cardis reported": a
    // conjunction or an opening phrase of time is no part of the subject.
    let mut start = start;
    // "..., a claim Ukrainian officials rejected": the writer's noun for the words before, and
    // the relative clause's own subject after it. So for a deed's: "..., a move officials say
    // will help". (The comma may be the floor's own, after a report: "..., it said on Monday,
    // a move residents warned could ...".)
    let after_comma = |k: usize| super::is_mark(doc, k, b',') || k > floor && super::is_quote_mark(doc, k) && super::is_mark(doc, k - 1, b',');
    if end > start + 2 && start > 0 && after_comma(start - 1) && doc.is_any(start, words!["a", "an"]) && (doc.is_any(start + 1, super::SUMMING_NOUNS) || doc.is_any(start + 1, super::content::SUMMARIES)) {
        start += 2;
    }
    if end > start + 1 && doc.is_any(start, super::COORDINATORS) {
        start += 1;
    }
    // "a memo which appears to show officials discussing the delay": after "to", a verb that
    // takes a doer and a deed is the infinitive, and its object the phrase.
    if end > start + 1 && start > floor && doc.is(start - 1, "to") && doc.is_any(start, words!["show", "see", "hear", "watch", "catch", "find"]) {
        start += 1;
    }
    // "Later Tom Hale said", "Yesterday the ministry said": an opening adverb of time with no
    // comma before the subject is when, not who.
    // (The time words' class bit first: most phrases open with none.)
    if end > start + 1
        && doc.is_any(start, super::TIME_WORDS)
        && doc.is_any(start, words!["later", "earlier", "yesterday", "today", "tonight", "recently", "previously"])
        && doc.tokens[start + 1].kind == TokenKind::Word
        && (is_cap(doc, start + 1) || is_det(doc, start + 1))
    {
        start += 1;
    }
    // ("For forty years successive governments have promised", "Over the past decade critics
    // have said": a number in words, or "the past", counts the time too; the walk stops at
    // "over" as a preposition, and "the last survey" is no time.)
    let the_past = end > start + 2 && doc.is(start, "the") && doc.is(start + 1, "past");
    if end > start + 2 && (doc.is_any(start, words!["on", "in", "for", "at", "during"]) || the_past) {
        let timely = |k: usize| {
            doc.tokens[k].kind == TokenKind::Number
                || doc.is_any(k, super::TIME_WORDS)
                || doc.is_any(k, super::TIME_NOUNS)
                || doc.is_any(k, words!["fiscal", "early", "late", "mid", "recent", "past", "years", "months", "decade", "decades"])
                || doc.is_any(k, super::super::context::NUMBER_WORDS)
                || doc.is(k, "the") && k + 1 < end && doc.is(k + 1, "past")
        };
        let name = (start + 1..end).find(|&k| !timely(k));
        if let Some(k) = name.filter(|&k| k > start + 1 && k < end && doc.tokens[k].kind == TokenKind::Word) {
            start = k;
        }
    }
    // "The Gallup survey to be published tomorrow shows": the walk stops at the infinitive's
    // "to", but a phrase opening with "be" is the noun's post-modifier, and the noun before
    // the "to" is the subject.
    if start >= floor + 2 && doc.is(start, "be") && doc.is(start - 1, "to") {
        if let Some((s, e)) = left_words(doc, start - 1, floor).filter(|&(_, e)| e == start - 1) {
            return Some((s, end)).filter(|_| e > s);
        }
    }
    // "at one point calling the mayor a liar", "at times saying": the walk stopped at "at", and
    // the words after it are when.
    let when = if doc.is(start, "at") { start + 1 } else { start };
    if (when > start || start > floor && doc.is(start - 1, "at"))
        && (end == when + 1 && doc.is_any(when, words!["times", "first", "last", "once"])
            || end == when + 2 && doc.is_any(when, words!["one", "some", "that", "this", "another", "any"]) && doc.is_any(when + 1, words!["point", "stage", "time"]))
    {
        return None;
    }
    // "Whenever asked about her weaknesses, they ...", "There have been few calls for": a
    // subordinator alone, or words opening with a form of "be", are nobody.
    if end == start + 1 && doc.is_any(start, words!["whenever", "when", "if", "once", "while", "unless", "although", "though", "until", "because", "before", "after"])
        || doc.is_any(start, words!["be", "been", "being"])
    {
        return None;
    }
    Some((start, end))
}

/// Words a source phrase cannot end with. A list with a bit: asked of the phrase's last word,
/// whose classes the walk that found the phrase has just looked up.
pub(super) const PHRASE_OPEN_ENDS: List = List { bit: 1 << 39, words: words![
    "for", "in", "on", "of", "at", "by", "with", "from", "into", "about", "the", "a", "an", "its", "their", "his", "her", "our", "my",
    "your",
] };

/// Words before an article that are no noun ending a phrase, besides attribution's prepositions
/// (asked apart): "all the experts", "half a dozen analysts", "such a plan", "like a ...".
const NOT_A_HEAD: Words = words![
    "all", "both", "half", "such", "what", "quite", "rather", "many", "and", "or", "than", "for", "as", "into", "about", "under", "like",
    "among", "between", "against", "is", "was", "are", "were", "across", "around", "throughout", "near", "within", "without", "behind",
    "beyond", "toward", "towards", "per", "despite", "since", "until", "amid", "onto", "off", "up", "down", "out",
    // Common verbs with an object after them: "Cruz made an unprompted call for ...".
    "made", "make", "makes", "gave", "give", "gives", "took", "take", "takes", "sent", "send", "sends", "put", "puts", "got", "get",
    "gets", "had", "has", "have", "held", "hold", "holds", "won", "win", "wins", "lost", "saw", "see", "sees", "set", "sets", "left",
    "kept", "keeps", "found", "became", "become", "becomes", "came", "comes", "maintains", "remains",
];

/// Words that end an adverbial of time: "on Monday", "late on Tuesday night", "yesterday", "this
/// week" (the walks' time words, and two more).
pub(super) fn is_day(doc: &Doc, i: usize) -> bool {
    doc.is_any(i, super::TIME_WORDS) || doc.is_any(i, WEEK)
}
/// The two words [`is_day`] adds to the time words, with a bit of their own so that both tests
/// read the same classes.
pub(super) const WEEK: List = List { bit: 1 << 40, words: words!["week", "weekend"] };
/// Words that open such an adverbial after a subject: "the minister *on* Monday said".
pub(super) const TIME_OPENERS: Words = words!["on", "late", "early", "earlier", "later", "last", "this", "yesterday", "today", "tonight"];

/// How many tokens at the end of the phrase `start..end` are an adverbial of time ("The company
/// on Tuesday said"): news puts it between the subject and the verb, and it is no part of who
/// spoke. Only a tail that opens with a preposition or a time adverb counts, so "The Sunday
/// Times" and "Cyber Monday" keep their day.
pub(super) fn time_tail(doc: &Doc, start: usize, end: usize) -> usize {
    if end < start + 2 {
        return 0;
    }
    // "The company in 1986 reported", "The court in March ruled": a year or a month after "in"
    // (a participle before it keeps it: "figures released in 1986").
    if end >= start + 3 && (super::is_year(doc, end - 1) || crate::engine::claims::cues::is_month(doc, end - 1)) && doc.is(end - 2, "in") {
        let t = doc.token_text(end - 3);
        return if t.ends_with("ed") && !is_cap(doc, end - 3) { 0 } else { 2 };
    }
    // "The company last year said", "earlier this month": a longer span after its opener.
    let span = || doc.is_any(end - 1, words!["month", "year", "quarter"]) && doc.is_any(end - 2, words!["last", "this", "next", "past"]);
    if !is_day(doc, end - 1) && !span() {
        return 0;
    }
    let mut k = end - 1;
    while k > start + 1 && (is_day(doc, k - 1) || doc.is_any(k - 1, TIME_OPENERS)) {
        k -= 1;
    }
    // The tail must begin with its opener, not with a day used as a name.
    while k < end && !doc.is_any(k, TIME_OPENERS) {
        k += 1;
    }
    // After a participle the adverbial belongs to it: "figures released last week"; after "of"
    // it names the noun's time, "The floods of last week".
    let t = doc.token_text(k - 1);
    if k == end || t.ends_with("ed") && !is_cap(doc, k - 1) || t == "of" || named_today(doc, k) {
        return 0;
    }
    end - k
}

/// "USA Today", "Psychology Today": a capitalised "Today" (or "Tonight", "Yesterday") after a
/// capitalised word is the end of a name, where news writes the adverb in lower case.
pub(super) fn named_today(doc: &Doc, k: usize) -> bool {
    k > 0 && is_cap(doc, k) && is_cap(doc, k - 1) && doc.is_any(k, words!["today", "tonight", "yesterday"])
}

/// Punctuation that ends a phrase: not the dot of an abbreviation, nor a joiner inside a name.
pub(super) fn phrase_punct(doc: &Doc, k: usize) -> bool {
    // (A percent sign after its number is a word of the phrase, as in `is_boundary`: "Voters,
    // 33%, say".)
    doc.tokens[k].kind == TokenKind::Punct && !(is_abbrev_dot(doc, k) || is_joiner(doc, k) || is_percent(doc, k))
}

/// [`left_phrase`] before its last checks: the run of words a source could be.
fn left_words(doc: &Doc, end: usize, floor: usize) -> Option<(usize, usize)> {
    if end <= floor {
        return None;
    }
    // A relative pronoun right before the verb is the grammatical subject: "Trump, who said ...".
    // Opening a sentence it has nothing to stand for: "Who wants to build must wait" (a free
    // relative) or a question.
    if doc.is_any(end - 1, RELATIVES) {
        // (Wire copy breaks lines inside sentences, so a line break alone is no sentence start.)
        let opens = end - 1 == floor || super::is_stop_mark(doc, end - 2);
        return (!opens).then_some((end - 1, end));
    }
    // A document's noun phrase, from its last determiner: the walk, which knows no verbs, would
    // take in the clause it is the object of ("The council issued a statement that said").
    if end >= floor + 2 && doc.is(end - 1, "that") && (doc.is_any(end - 2, DOCUMENTS) || doc.is_any(end - 2, TEXTS)) {
        // (Up to the noun: the walk may have cut a frame that ends with it, "in the first email".)
        let (s, _) = left_phrase(doc, end - 1, floor)?;
        // (With no determiner, the noun and a modifier before it: "passed out water bottles
        // that said".)
        let bare = || {
            let n = end - 2;
            let modifier = n > s && doc.tokens[n - 1].kind == TokenKind::Word && !is_cap(doc, n - 1) && !doc.is_any(n - 1, words!["out", "up", "off", "down", "in", "on", "of", "for", "with", "to", "by"]) && !doc.token_text(n - 1).ends_with("ed");
            if modifier { n - 1 } else { n }
        };
        let det = (s..end - 2).rev().find(|&k| is_det(doc, k)).unwrap_or_else(|| if doc.is_any(end - 2, TEXTS) { bare() } else { s });
        return Some((det, end - 1));
    }
    // "a memo that said": the noun before a relative "that" is the source.
    if end >= floor + 2 && doc.is(end - 1, "that") && (flags(doc, end - 2) & (ROLE | GROUP | ORG | ANON) != 0 || is_cap(doc, end - 2)) {
        return left_phrase(doc, end - 1, floor);
    }
    let mut start = end;
    loop {
        // A parenthesis inside a name: "Rep. Bob Goodlatte (R-Va.) said"; and the angle brackets
        // wire copy puts round a ticker or a company's name: "Dart Group Corp <DARTA.O> said",
        // "<Blue Arrow Plc> said".
        let bracket = (start > floor).then(|| group_open(doc, start - 1, floor, b')').or_else(|| group_open(doc, start - 1, floor, b'>'))).flatten();
        if let Some(o) = bracket {
            start = o;
            continue;
        }
        // ("Experts I talked to said", "everyone I have spoken to says": the stranded
        // preposition of a contact clause; the walk goes on from its pronoun.)
        if let Some(p) = (start == end && start >= floor + 4 && doc.is(start - 1, "to")).then(|| stranded(doc, floor, start)).flatten() {
            start = p;
            continue;
        }
        // (Or one whose verb takes the noun as its object: "Every study I have seen says".)
        if let Some(p) = (start == end && start >= floor + 3).then(|| contact_object(doc, floor, start)).flatten() {
            start = p;
            continue;
        }
        // "An adviser to the president said", "a diplomat close to the talks said": after a
        // role or "close", "to" opens the source's post-modifier, not a clause.
        let role_to = || {
            start >= floor + 2
                && doc.is(start - 1, "to")
                && (doc.is_any(start - 2, words!["close", "closer", "next"]) || flags(doc, start - 2) & ROLE != 0)
                && (is_det(doc, start) || is_cap(doc, start) || doc.is_any(start, words!["him", "her", "them", "us", "me", "it"]))
        };
        // "A post shared more than 40,000 times claims", "a poll of more than 1,000 voters
        // showed": "than" before a number compares amounts inside the phrase; it opens no clause.
        // Only after "of", "by" or a participle: "rose more than 15 pct above the figure
        // reported" or "revenue for more than 1,000 billion yen promised" are no subjects.
        let than_amount = || {
            start >= floor + 3
                && doc.is(start - 1, "than")
                && numbered(doc, start)
                && doc.is_any(start - 2, words!["more", "less", "fewer"])
                && (doc.is_any(start - 3, words!["of", "by"]) || doc.token_text(start - 3).ends_with("ed") && !is_cap(doc, start - 3))
        };
        // An abbreviation's stop before "The", "It", "He" ... ends its sentence, as the splitter
        // found: "The market closed at 4 p.m. The company said" names only the company. (Asked
        // of punctuation alone: asked of every word too, it cost 0.5 % of the engine.)
        // ("Will Doyle said", "May Chen said": a given name, not a modal.)
        let modal_name = || is_cap(doc, start - 1) && doc.is_any(start - 1, words!["will", "may"]) && super::super::context::modal_is_name(doc, start - 1);
        // ("A man accused of theft told", "a nurse called by the defence said": a cue's
        // participle before "of" or "by", after a noun of people or bodies, is passive and
        // describes the source; after a noun of things it may close a phrase before the speaker,
        // "the package announced by Nakasone last week Lawson said".)
        let passive = || {
            start >= floor + 2
                && doc.is_any(start, words!["of", "by"])
                && doc.token_bytes(start - 1).ends_with(b"ed")
                && (is_listed(doc, start - 2) || is_person_noun(doc, start - 2) || doc.is_any(start - 2, super::ONE_PERSON))
        };
        if start <= floor || is_boundary(doc, start - 1) && !attributive_participle(doc, start - 1) && !passive() && !role_to() && !than_amount() && !modal_name() || doc.tokens[start - 1].kind == TokenKind::Punct && ends_sentence_after_abbreviation(doc, start - 1) {
            break;
        }
        // "and" joins two names ("Obama and Clinton said") or two listed kinds of people
        // ("analysts and traders said", "utility analysts and company executives said");
        // otherwise it links clauses ("Profits rose and analysts said").
        let people = |k: usize| flags(doc, k) & (ROLE | GROUP | ANON) != 0 || doc.is_any(k, PROFESSIONS);
        // So does it join two modifiers of one head after a determiner: "the oil and gas
        // company", "the plastics and chemicals company" (after "and" a modifier and its head).
        let modifiers = || {
            start >= floor + 3
                && end >= start + 2
                && is_det(doc, start - 3)
                && (start - 3 == floor || is_boundary(doc, start - 4))
                && doc.tokens[start - 2].kind == TokenKind::Word
                && !is_cap(doc, start - 2)
                && !is_cap(doc, start)
                && !is_det(doc, start)
                && !doc.is_any(start, PRONOUNS)
                && !people(start)
        };
        // ("he and Mr. Allen said", "she and another reporter said": a pronoun and a name or a
        // noun phrase.)
        let pronoun_and = || start >= 2 && doc.is_any(start - 2, words!["he", "she", "they", "we", "i"]) && (is_cap(doc, start) || is_det(doc, start));
        if doc.is(start - 1, "and")
            && !after_hyphen(doc, start - 1)
            && !(start >= 2 && (is_cap(doc, start - 2) && is_cap(doc, start) || people(start - 2) && people(end - 1) || paired_modifiers(doc, start - 1)) || modifiers() || pronoun_and())
        {
            break;
        }
        start -= 1;
        if end - start >= 14 {
            break;
        }
    }
    if start == end {
        return None;
    }
    // "McConnell, who in 2010 said": the relative pronoun before an adverbial is the subject.
    // (Not after a preposition: in "to which 21 percent said" the number is who spoke.)
    if start > floor && doc.is_any(start - 1, RELATIVES) && !(start >= 2 && doc.is_any(start - 2, super::PREPOSITIONS)) && (doc.is_any(start, LEADERS) || doc.tokens[start].kind == TokenKind::Number) {
        return Some((start - 1, start));
    }
    // "Most economists polled before the decision said", "Analysts contacted after the
    // announcement said": the walk stopped at the time phrase of a participle on a plural of
    // people, or of publishing on a document; the speakers are that plural or document, with
    // its phrase. (Only those participles: "Traders rallied after the Fed said" is a verb of
    // its own, and so is "The company issued after".)
    // (Not after a preposition: in "said in a statement released after figures showed", the
    // statement is no subject, and the figures show.)
    if start >= floor + 3 && asked_then(doc, start - 2) {
        if let Some((head, _)) = left_phrase(doc, start - 2, floor).filter(|&(h, _)| end - h <= 16 && !(h > floor && doc.is_any(h - 1, super::PREPOSITIONS))) {
            return Some((head, end));
        }
    }
    // "Residents who spoke to reporters said": the walk stopped inside a relative clause, whose
    // last words are not the speaker; the source is the head noun phrase with its clause.
    if let Some(rel) = relative_before(doc, start, end, floor) {
        if let Some((head, _)) = left_phrase(doc, rel, floor) {
            if end - head <= 16 {
                return Some((head, end));
            }
        }
    }
    // "Five years ago I thought", "Two days later the minister said": a span of time before the
    // subject is no part of it.
    if start + 3 < end && super::super::context::quantity_at(doc, start) && doc.is_any(start + 2, words!["ago", "later", "earlier"]) {
        start += 3;
    }
    // "a method he described as unreliable", "the figures they gave": a subject pronoun closing
    // the run is the subject of a relative clause without "that"; the noun before it is what is
    // spoken of, not who speaks.
    // ("a drug it says cures cancer": "it" too, after a common noun; after a preposition or a
    // participle it is an object, "familiar with it", "reviewing it".)
    let head = |k: usize| {
        let prev = doc.token_text(k - 1);
        doc.tokens[k - 1].kind == TokenKind::Word
            && !is_cap(doc, k - 1)
            && !doc.is_any(k - 1, NOT_A_HEAD)
            && !doc.is_any(k - 1, super::PREPOSITIONS)
            && !["ly", "ed", "ing"].iter().any(|e| prev.ends_with(e))
    };
    if end >= start + 2 && doc.tokens[end - 1].end - doc.tokens[end - 1].start <= 4 && (doc.is_any(end - 1, words!["he", "she", "they", "we", "i"]) || doc.is(end - 1, "it") && head(end - 1)) {
        return Some((end - 1, end));
    }
    // So is a noun phrase of its own after a common noun: "a plan the conservative party has
    // rejected", "a move its backers say could ..." (the article or possessive after the noun
    // opens the relative clause's subject). Not before a
    // participle, which has no subject of its own ("sent a statement saying"), nor before a
    // name, which is in apposition ("the rights group the Anti-Defamation League").
    let finite_cue = end < doc.tokens.len() && !doc.token_text(end).ends_with("ing");
    if let Some(k) = (start + 2..end.saturating_sub(1)).filter(|_| finite_cue).find(|&k| {
        let t = &doc.tokens[k];
        t.end - t.start <= 5
            && matches!(t.first_byte(), b't' | b'T' | b'a' | b'A' | b'i' | b'h' | b'o')
            && !is_cap(doc, k + 1)
            && doc.is_any(k, words!["the", "a", "an", "its", "their", "his", "her", "our"])
            && head(k)
    }) {
        return Some((k, end));
    }
    // Skip an opening adverbial: take the last place where a subject could begin.
    if doc.is_any(start, LEADERS) || doc.tokens[start].kind == TokenKind::Number {
        let mut best = None;
        // A name after a preposition or a determiner belongs to the phrase before it ("the HWWA
        // institute in Hamburg"): it starts the subject only when nothing else can ("With West
        // Germany saying").
        let mut joined_name = None;
        for k in start..end {
            // ("40 of her own MPs said", "At least 300 of the workers say": a count of a group
            // is the subject, from its number.)
            if doc.tokens[k].kind == TokenKind::Number && k + 1 < end && doc.is(k + 1, "of") {
                best = Some(k);
                break;
            }
            if k == start {
                continue;
            }
            let prev_lower = !is_cap(doc, k - 1) && doc.tokens[k - 1].kind == TokenKind::Word;
            let joined = doc.is_any(k - 1, HEAD_ENDS) || is_det(doc, k - 1);
            // (Nor a determiner after "to": its phrase is the object, "with sources close to
            // the player suggesting", "On the way to the airport the minister said".)
            if is_det(doc, k) && !doc.is_any(k - 1, DETERMINERS) && !doc.is(k - 1, "to") || doc.is_any(k, PRONOUNS) || is_cap(doc, k) && prev_lower && !joined {
                best = Some(k);
            } else if is_cap(doc, k) && prev_lower {
                joined_name = Some(k);
            }
        }
        if let Some(b) = best.or(joined_name) {
            start = b;
        }
    }
    Some((start, end))
}

/// The relative pronoun opening a restrictive clause that runs up to token `start`, with a noun
/// phrase right before it: "residents *who* spoke to", "groups *that* oppose". A comma before the
/// pronoun ("Smith, who ...") makes the clause an aside, and punctuation in between ends the search.
fn relative_before(doc: &Doc, start: usize, end: usize, floor: usize) -> Option<usize> {
    for k in (start.saturating_sub(10).max(floor + 1)..start).rev() {
        if doc.tokens[k].kind == TokenKind::Punct && !is_joiner(doc, k) {
            return None;
        }
        let head_before = doc.tokens[k - 1].kind == TokenKind::Word;
        if doc.is(k, "who") && head_before {
            return Some(k);
        }
        // "A trial in which patients took the drug showed": after a preposition "which" opens a
        // clause on the noun before them, when that clause has a verb of its own before the
        // cue's ("a speech in which he pledged" has the cue as its verb, and "he" pledged).
        let own_verb = || (k + 2..end).any(|i| doc.is_any(i, super::FINITE) || !doc.is_any(i, super::PREPOSITIONS) && super::ends_subject(doc, i));
        if doc.is(k, "which") && k >= floor + 2 && doc.is_any(k - 1, super::PREPOSITIONS) && doc.tokens[k - 2].kind == TokenKind::Word && own_verb() {
            return Some(k - 1);
        }
        // A "that" before a name, a determiner or a pronoun opens a clause whose subject that is
        // ("said in Michigan that Clinton described", "reports that Trump called"); a relative
        // "that" has its verb next.
        // Any noun heads one whose verb is plainly past: "The book that started it all claimed".
        let past_verb = || doc.token_text(k + 1).ends_with("ed") && !is_cap(doc, k + 1);
        // ("banks that bankers said would ...": so does the phrase itself right after it, when
        // it is no verb with its object: "a group that includes T. Boone Pickens said", "a firm
        // that owns shares said" are the group and the firm.)
        // A relative clause that ends in an object pronoun is a verb and its object: "groups that
        // back them say", "organizations that have endorsed him say".
        let object_end = doc.is_any(end - 1, words!["him", "them", "us", "me"]);
        let subject_after = || {
            k + 1 == start
                && !object_end
                && !past_verb()
                && !doc.is_any(start, super::FINITE)
                && (end == start + 1 || !doc.token_text(start).ends_with('s'))
                && !(start + 1..end).any(|i| is_cap(doc, i) || is_det(doc, i) || doc.tokens[i].kind != TokenKind::Word)
        };
        let opens_clause = || is_cap(doc, k + 1) || is_det(doc, k + 1) || doc.is_any(k + 1, PRONOUNS) || subject_after();
        let verb_with_object = || object_end && (past_verb() || doc.is_any(k + 1, super::FINITE) || k + 1 == start);
        if doc.is(k, "that") && head_before && (flags(doc, k - 1) & (ROLE | GROUP | ORG | ANON) != 0 || is_cap(doc, k - 1) || past_verb() || verb_with_object()) && !opens_clause() {
            return Some(k);
        }
    }
    None
}

/// The source phrase starting at `start` (after an inverted verb: "said the mayor, who ...").
pub(super) fn right_phrase(doc: &Doc, start: usize, ceiling: usize) -> Option<(usize, usize)> {
    let mut end = start;
    loop {
        if end > start && end < ceiling && super::is_mark(doc, end, b'(') {
            if let Some(close) = (end + 1..ceiling.min(end + 8)).find(|&k| super::is_mark(doc, k, b')')) {
                end = close + 1;
                continue;
            }
        }
        // ("a study of more than 78,000 adults": "than" before a number compares amounts inside
        // the phrase, as on the left.)
        let than_amount = || end > start && end + 1 < ceiling && doc.is(end, "than") && doc.is_any(end - 1, words!["more", "less", "fewer"]) && numbered(doc, end + 1);
        if end >= ceiling || is_boundary(doc, end) && !(doc.is_any(end, words!["to", "who", "whose"]) && end > start) && !than_amount() && !modal_as_name(doc, end) {
            break;
        }
        // (The abbreviation keeps its stop: "said Ann Lee of Acme Corp. Her ...".)
        if end > start && ends_sentence_after_abbreviation(doc, end) {
            end += 1;
            break;
        }
        // Stop before a second clause ("said the mayor on Monday"): time words end the phrase;
        // "and" joins only names ("Gov. and Chairman Ed Rendell").
        // (Nor a plural that closes the phrase: "said Doyle and others, would be clear".)
        let plural_closes = || {
            end + 1 < ceiling && doc.tokens[end + 1].kind == TokenKind::Word && !is_cap(doc, end + 1) && doc.token_bytes(end + 1).ends_with(b"s")
                && (end + 2 >= ceiling || doc.tokens[end + 2].kind == TokenKind::Punct)
        };
        if end > start && (doc.is_any(end, RIGHT_ENDS) && !named_today(doc, end) || doc.is(end, "and") && !(end + 1 < ceiling && (is_cap(doc, end + 1) || paired_modifiers(doc, end))) && !plural_closes()) {
            break;
        }
        // ("said Lee with a shrug": how it was said; "said Ann Lee with the Sierra Club" goes on.)
        if end > start && doc.is(end, "with") && (end + 1..ceiling.min(end + 4)).take_while(|&k| doc.tokens[k].kind == TokenKind::Word).any(|k| doc.is_any(k, MANNERS)) {
            break;
        }
        // "according to some estimates its investments exceed": a possessive right after a
        // noun opens the clause that was said ("a statement on its website" keeps it: after a
        // preposition it is inside the phrase).
        if end > start && possessive_opens_clause(doc, end) {
            break;
        }
        end += 1;
        if end - start >= 12 {
            break;
        }
    }
    (end > start).then_some((start, end))
}

/// Does the possessive at `k` open a clause rather than go on with the phrase before it:
/// "according to some estimates | its investments exceed"? Only right after a noun: "a statement
/// on its website", "even his own supporters", "Alliance to Reclaim Our Schools" keep it.
pub(super) fn possessive_opens_clause(doc: &Doc, k: usize) -> bool {
    k > 0
        && doc.is_any(k, words!["its", "their", "his", "our", "my", "your"])
        && !is_cap(doc, k)
        && doc.tokens[k - 1].kind == TokenKind::Word
        && !doc.is_any(k - 1, super::PREPOSITIONS)
        && !doc.is_any(k - 1, words![
            "and", "or", "of", "to", "for", "with", "by", "on", "in", "at", "from", "about", "even", "only", "just", "also", "both", "all",
            "not", "including", "especially", "particularly", "mainly", "mostly", "than", "like",
        ])
        && !super::is_ly_adverb(doc, k - 1)
}

/// Nouns of the way words are said: "said Lee with a shrug".
pub(super) const MANNERS: Words = words!["smile", "laugh", "shrug", "sigh", "grin", "chuckle", "nod", "wink", "smirk"];

/// Words that end a source phrase after an inverted verb: adverbials of time and place.
pub(super) const RIGHT_ENDS: List = List { bit: 1 << 29, words: words!["on", "in", "at", "during", "last", "after", "before", "yesterday", "today", "earlier", "this", "when", "while", "as"] };

/// Does the phrase look like a noun phrase naming someone (names, titles, roles and a few
/// adjectives), so that a following adverbial may end it? "political scientist Dossym Satpayev"
/// does, "Clinton reached out to McConnell" does not.
pub(super) fn name_like(doc: &Doc, first: usize, last: usize) -> bool {
    (first..last).all(|k| {
        doc.tokens[k].kind != TokenKind::Word
            || is_cap(doc, k)
            || flags(doc, k) != 0
            || is_det(doc, k)
            || doc.is_any(
                k,
                words![
                    "former",
                    "senior",
                    "top",
                    "chief",
                    "political",
                    "local",
                    "state",
                    "federal",
                    "deputy",
                    "longtime",
                    "veteran",
                    "leading",
                    "prominent",
                    "retired",
                    "independent",
                    "of",
                    "the",
                    "and",
                    "new",
                    "acting",
                    "assistant",
                    "associate",
                    "vice",
                    "general",
                    "executive",
                    "managing",
                    "press",
                    "foreign",
                    "national",
                    "economic",
                    "economist",
                    "analyst",
                    "professor",
                    "scientist",
                    "expert",
                    "strategist",
                    "consultant",
                    "adviser",
                    "advisor",
                    "manager",
                    "host",
                    "author",
                    "researcher",
                    "historian",
                    "pollster",
                    "chairman",
                    "head",
                    "founder",
                    "owner",
                    "member",
                    "representative",
                    "resident",
                    "worker",
                    "officer",
                    "agent",
                    "candidate",
                    "nominee",
                    "director",
                ],
            )
    })
}

/// Could a source phrase begin at token `i`? (after an inverted verb)
/// Is the "Will" or "May" at `i` a given name inside a sentence: "said Will Doyle", "says May
/// Chen"? There the modal would be in lower case; a capital before another capital names
/// someone, unless the sentence is a title-case headline ("Storm May Bring Floods").
/// (Never the sentence's first word, so `i - 1` is in it.)
fn modal_as_name(doc: &Doc, i: usize) -> bool {
    i + 1 < doc.tokens.len()
        && is_cap(doc, i)
        && doc.is_any(i, words!["will", "may"])
        && is_cap(doc, i + 1)
        && !doc.is(i + 1, "i")
        && !super::super::context::starts_sentence(doc, i)
        && !super::super::context::title_case_sentence(doc, i)
        // ("is expected by May One": after a preposition "May" is the month.)
        && !(doc.is(i, "may") && doc.is_any(i - 1, super::PREPOSITIONS))
}

pub(super) fn starts_phrase(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len()
        && (doc.tokens[i].kind == TokenKind::Word || doc.tokens[i].kind == TokenKind::Number && i + 1 < doc.tokens.len())
        && (!doc.is_any(i, STOP_WORDS) || modal_as_name(doc, i))
        && !doc.is_any(i, words!["this", "these", "those", "it", "there", "here", "in", "on", "at", "of", "for", "with", "by", "about", "from"])
}

/// What a phrase names, before pronouns are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    Kind(SourceKind),
    /// he, she: a person named elsewhere.
    Person,
    /// they: a group named elsewhere.
    Plural,
    /// it: an organisation or document named elsewhere.
    Thing,
    /// who, which: whoever or whatever is named just before.
    Relative,
}

/// A word without a contracted verb after its apostrophe: "He's", "They’ve", "who'd" are "He",
/// "They", "who", the pronouns they begin with. Any other word is itself ("Trump's" is kept:
/// a possessive is no contraction the kind rules read).
pub(in crate::engine) fn without_contraction(word: &str) -> &str {
    match word.find(['\'', '\u{2019}']) {
        Some(a) if matches!(word.at(a..).trim_start_matches(['\'', '\u{2019}']).to_ascii_lowercase().as_str(), "re" | "ve" | "ll" | "d" | "m" | "s") => word.at(..a),
        _ => word,
    }
}

/// Is the "and" at `k` between two modifiers of standing that share one head: "current and
/// former officials", "past and present members"? Elsewhere "and" before a plain word links
/// clauses ("Profits rose and analysts said"), so only these pairs are read as one phrase.
fn paired_modifiers(doc: &Doc, k: usize) -> bool {
    const STANDING: Words = words!["current", "former", "past", "present", "future", "senior", "junior", "retired", "serving", "active", "elected", "appointed", "new", "old", "longtime"];
    k >= 1 && k + 1 < doc.tokens.len() && doc.is_any(k - 1, STANDING) && doc.is_any(k + 1, STANDING)
}

/// The participle whose agent the "by" at `k` names: the word before it, or the one before a
/// short time phrase ("presented on Monday by", "issued last week by", "released in March by").
fn participle_before(doc: &Doc, first: usize, k: usize) -> Option<usize> {
    let participle = |j: usize| j > first && doc.token_bytes(j).ends_with(b"ed");
    if participle(k - 1) {
        return Some(k - 1);
    }
    // "on Monday", "last week", "in March", "this year": a word of time and one before it.
    let timed = k >= first + 4
        && doc.is_any(k - 2, words!["on", "in", "last", "this", "earlier", "late", "early"])
        && doc.tokens[k - 1].kind != TokenKind::Punct;
    (timed && participle(k - 3)).then_some(k - 3)
}

/// "The officials, who spoke on condition of anonymity", "a senior official said on condition
/// of anonymity", "an aide who asked not to be named": a source that will not be named is
/// unnamed whatever office it holds, since a reader cannot go back to it. Looked for in the
/// source and in the few words after it, where the aside or the verb's adverbial stands, up to
/// a "that" (not in the words reported: "reported that it had received anonymously the pages").
fn withheld_name(doc: &Doc, first: usize, last: usize) -> bool {
    let end = doc.sentences[doc.sentence_of(first)].last.min(last + 10);
    for k in first..end {
        // (Asked of every source and the words after it: the first letter turns most words
        // away.)
        let withheld = match doc.tokens[k].first_byte() | 0x20 {
            b'a' => doc.is(k, "anonymity") || k < last && doc.is(k, "anonymously"),
            b'n' | b'i' => k >= first + 3 && doc.is_any(k, words!["named", "identified"]) && doc.is(k - 1, "be") && doc.is(k - 2, "to") && doc.is_any(k - 3, words!["not", "declined", "refused"]),
            b't' if k >= last && doc.is(k, "that") => return false,
            _ => false,
        };
        if withheld {
            return true;
        }
    }
    false
}

pub(super) fn classify(doc: &Doc, first: usize, last: usize) -> Class {
    // "About 4 in 10 voters": an approximation before a count, capitalised where it opens the
    // sentence, is no name; the count is what the phrase is.
    if last > first + 2 && doc.tokens[first + 1].kind == TokenKind::Number && doc.is_any(first, words!["about", "around", "nearly", "roughly", "almost", "approximately", "only", "just"]) {
        return classify(doc, first + 1, last);
    }
    // "The developer, Castlegate Homes", "The mine's operator, Andes Copper": a name after a
    // word for a business is the business.
    if last > first + 3 && is_det(doc, first) {
        let comma = (first + 2..last.min(first + 5)).find(|&c| super::is_mark(doc, c, b','));
        if comma.is_some_and(|c| c + 1 < last && super::companies::business_before(doc, c) && is_cap(doc, c + 1)) {
            return Class::Kind(SourceKind::Institution);
        }
    }
    // "Eurocontrol, which manages European airspace": a name whose relative clause takes
    // "which" names a thing, a body, not a person ("Osei, who led the research").
    if last > first + 2 {
        if let Some(c) = (first + 1..last.min(first + 6)).find(|&k| super::is_mark(doc, k, b',')) {
            if c + 1 < last && doc.is(c + 1, "which") && (first..c).all(|k| is_cap(doc, k) || is_det(doc, k) && k == first) && is_cap(doc, c - 1) {
                return Class::Kind(SourceKind::Institution);
            }
        }
    }
    if last == first + 1 {
        // A pronoun with its verb contracted is that pronoun: "We're not talking about",
        // "They’ve argued".
        // (Only a token with an apostrophe can be one: most sources are plain words.)
        let text = doc.token_text(first);
        let pronoun = if doc.tokens[first].is_plain() { text } else { without_contraction(text) };
        // A word too long for the buffer or with a curly apostrophe is no pronoun.
        match WordKey::lowered(pronoun).as_ref().map(WordKey::as_bytes) {
            Some(b"i" | b"we" | b"me" | b"us") => return Class::Kind(SourceKind::SelfSource),
            Some(b"he" | b"she" | b"him" | b"her") => return Class::Person,
            Some(b"they" | b"them") => return Class::Plural,
            Some(b"it") => return Class::Thing,
            Some(b"who" | b"which") => return Class::Relative,
            Some(b"you" | b"one") => return Class::Kind(SourceKind::Vague),
            _ => {}
        }
    }
    if withheld_name(doc, first, last) {
        return Class::Kind(SourceKind::Vague);
    }
    // A name with its legal form is a company's, whatever the name looks like (not a person's
    // post at one: "George Unzelman, president of HyOx, Inc.").
    if (first + 2..last).any(|k| legal_form_after_comma(doc, k) && (first..k - 1).all(|j| is_cap(doc, j))) {
        return Class::Kind(SourceKind::Institution);
    }
    // "Jane Holloway KC", "John Smith MP": letters after a person's name are an honour or an
    // office, not an acronym's organisation. (Two unlisted capitalised words before them: "a
    // Labour MP" is no one named.)
    if last >= first + 3
        && doc.is_any(last - 1, POST_NOMINALS)
        && doc.token_bytes(last - 1).iter().all(u8::is_ascii_uppercase)
        && (last - 3..last - 1).all(|k| is_cap(doc, k) && flags(doc, k) == 0)
    {
        return classify(doc, first, last - 1);
    }
    // "Smith et al. (2020)": a paper's authors, named by the first ("a study by Lee et al." comes
    // here for its authors). Not a citation in brackets inside a longer phrase.
    if last >= first + 3 && doc.is(first + 1, "et") && doc.is(first + 2, "al") && is_cap(doc, first) {
        return Class::Kind(SourceKind::Named);
    }
    // "a report by the water authority", "a study by Jane Roe", "statistics from the customs
    // office": a document or a body of evidence speaks for its author, who is named after "by"
    // or "from" when anyone is.
    // Only a document: "patients interviewed by Reuters" are still the patients.
    let authored = |k: usize| {
        // (A document "from" is as often from a place: "a report from New York".)
        doc.is(k, "by") && (doc.is_any(k - 1, DOCUMENTS) || doc.is_any(k - 1, super::EVIDENCE)) || doc.is(k, "from") && doc.is_any(k - 1, super::EVIDENCE)
            // ("results of a trial presented by researchers at ...": or its participle's agent,
            // with a time between or not: "presented on Monday by", "issued last week by".)
            || doc.is(k, "by") && participle_before(doc, first, k).is_some_and(|p| (first..p).any(|j| doc.is_any(j, DOCUMENTS) || doc.is_any(j, super::EVIDENCE)))
    };
    if let Some(by) = (first + 1..last.saturating_sub(1)).find(|&k| authored(k)) {
        if let Class::Kind(kind @ (SourceKind::Named | SourceKind::Institution)) = classify(doc, by + 1, last) {
            // A poll is a firm's, whatever its name looks like: "a poll by Ipsos".
            return Class::Kind(if doc.is_any(by - 1, words!["poll", "polls", "polling", "survey", "surveys"]) { SourceKind::Institution } else { kind });
        }
    }
    // "A study shows", "a new report from Germany found", "a study published Monday": evidence
    // no name or body goes with is no one a reader could go back to, as "research shows" is
    // not. In a journal it is the journal's: "a paper published Monday in Nature Geoscience".
    if last > first + 1
        && doc.is_any(first, words!["a", "an"])
        && (first + 1..last).any(|k| doc.is_any(k, words!["study", "report", "survey", "poll", "analysis", "paper", "review"]))
    {
        // (Not in capitals: "a USA TODAY analysis" is a paper's.)
        let shouted = |k: usize| doc.token_bytes(k).iter().all(u8::is_ascii_uppercase);
        let plain = |k: usize| {
            (flags(doc, k) & PLACE != 0 || doc.is_any(k, super::TIME_WORDS)) && !shouted(k)
                || !is_cap(doc, k) && (flags(doc, k) & (ROLE | ORG) == 0 || doc.is_any(k, DOCUMENTS))
        };
        if (first + 1..last).all(plain) {
            return Class::Kind(SourceKind::Vague);
        }
        if (first + 1..last - 1).any(|k| doc.is(k, "in") && !plain(k + 1) && !super::is_possessive(doc.token_text(k + 1))) {
            return Class::Kind(SourceKind::Institution);
        }
    }
    // "findings published in the journal Toxicological Sciences", "research published in
    // Nature": evidence published in a named journal is the journal's, whatever its article.
    let published_in = |k: usize| {
        let mut j = k + 1;
        while j < last && doc.is_any(j, words!["the", "journal", "journals"]) {
            j += 1;
        }
        j < last && is_cap(doc, j) && flags(doc, j) & PLACE == 0 && !doc.is_any(j, super::TIME_WORDS) && !super::is_possessive(doc.token_text(j))
    };
    // (The rare "published in" first: most phrases are turned away before the noun lists.)
    // ("published Wednesday in The Lancet": a day between too.)
    let published = |k: usize| doc.is(k, "published") || k > first && doc.is_any(k, super::TIME_WORDS) && doc.is(k - 1, "published");
    if (first + 1..last.saturating_sub(1)).any(|k| doc.is(k, "in") && published(k - 1) && published_in(k))
        && (first..last).any(|k| doc.is_any(k, DOCUMENTS) || doc.is_any(k, super::EVIDENCE))
    {
        return Class::Kind(SourceKind::Institution);
    }
    // The head is the phrase before any post-modifier ("a spokesman for the ministry").
    // ("Protesters demanding his resignation": a participle after a plural opens its
    // post-modifier too.)
    // Only a plain plural before it ("its filing", "Pakistan's acting", "Lloyds shipping" are
    // none), and an object after it, a determiner, a name or a place ("shipping intelligence
    // service" is a compound; "including" is a preposition).
    let participle_after_plural = |k: usize| {
        let t = doc.token_bytes(k);
        let p = doc.token_bytes(k - 1);
        (t.len() > 5 || t == b"using")
            && t.ends_with(b"ing")
            && t[0].is_ascii_lowercase()
            && p.len() > 3
            && p.ends_with(b"s")
            && p.iter().all(|b| b.is_ascii_alphabetic())
            && (p[0].is_ascii_lowercase() || k - 1 == first)
            && (k + 1 == last
                || is_det(doc, k + 1)
                || is_cap(doc, k + 1)
                // ("Relatives waiting at the gate", "Residents living near the plant": a
                // participle with a place after it.)
                || doc.is_any(k + 1, words!["at", "in", "on", "near", "outside", "inside", "nearby", "around", "along", "through", "across", "abroad", "overseas"]))
            && !doc.is_any(k, PREPOSITIONS_IN_ING)
    };
    // ("The union representing drivers", "the agency overseeing the port": so does one after a
    // word for a body and its article, whatever follows. Without the article the "-ing" word is
    // as often part of a compound: "group managing director Peter Dugdale", "a group board
    // meeting", "trust banking sources".)
    let participle_after_body = |k: usize| {
        let t = doc.token_bytes(k);
        k == first + 2
            && is_det(doc, first)
            && t.len() > 5
            && t.ends_with(b"ing")
            && t[0].is_ascii_lowercase()
            && !is_cap(doc, k - 1)
            && flags(doc, k - 1) & ORG != 0
            && !doc.is_any(k, PREPOSITIONS_IN_ING)
    };
    // ("Economists polled by Reuters": so does a participle with its agent.)
    // (Records and figures "obtained by Reuters" keep their old reading: a document's kind is
    // its author's or its holder's.)
    let agent_after = |k: usize| {
        k + 2 < last
            && doc.token_bytes(k).ends_with(b"ed")
            && doc.token_bytes(k).at(0).is_ascii_lowercase()
            && doc.is(k + 1, "by")
            && !doc.is_any(k - 1, DOCUMENTS)
            && !doc.is_any(k - 1, super::EVIDENCE)
    };
    // ("Everyone I interviewed", "the people we spoke to": a subject pronoun opens a relative
    // clause without its "who".)
    // (Not "both he and Sarney", "Dumez Investments I Inc", "<SHE>": a pronoun in a list or a
    // name.)
    let contact_clause = |k: usize| {
        let t = doc.token_bytes(k);
        (t == b"I" || t.iter().all(u8::is_ascii_lowercase))
            && doc.is_any(k, words!["he", "she", "i", "we", "they", "you"])
            && (doc.token_bytes(k - 1).at(0).is_ascii_lowercase() || k - 1 == first)
            && !doc.is_any(k - 1, words!["and", "or", "but", "both", "than"])
            && k + 1 < last
            && doc.token_bytes(k + 1).at(0).is_ascii_lowercase()
    };
    // ("Analysts contacted after the announcement": and a participle with a time phrase.)
    // (So does a document's publishing, whatever follows it: "a Quinnipiac University poll
    // released Wednesday" is a poll, not a person named Wednesday.)
    let timed_after = |k: usize| {
        k + 1 < last && (k + 2 < last && asked_then(doc, k) || document_published(doc, k))
    };
    let head_end = (first + 1..last)
        .find(|&k| doc.is_any(k, HEAD_ENDS) || participle_after_plural(k) || participle_after_body(k) || agent_after(k) || contact_clause(k) || timed_after(k))
        .unwrap_or(last);
    // "His lawyer, Mark Feldman": a role with the name of its holder in apposition is that person.
    // A plural head names more than one: in "People close to the chief executive, Lena Fischer"
    // the name is the chief executive's. (A phrase that opens with a post-modifier's word has
    // no head before it.)
    let plural_head = || {
        !doc.is_any(first, HEAD_ENDS)
            && (first..head_end).rev().find(|&k| doc.tokens[k].kind == TokenKind::Word).is_some_and(|k| {
                let t = doc.token_text(k);
                doc.is(k, "people") || t.ends_with('s') && !t.ends_with("ss") && !is_cap(doc, k) || doc.is(k, "sources")
            })
    };
    // "Two councillors, Ana Ruiz and Brian Holt": people counted and then each named, each
    // with two words at least. (Only after a word for people: "two banks, Alpha Bank and Beta
    // Trust" are organisations.)
    if let Some(comma) = (first + 1..last).find(|&k| super::is_mark(doc, k, b',')).filter(|&c| c + 5 <= last && flags(doc, c - 1) & (GROUP | ROLE) != 0) {
        let named = |a: usize, b: usize| {
            b > a + 1 && b <= a + 4 && (a..b).all(|k| is_cap(doc, k) || is_abbrev_dot(doc, k)) && matches!(classify(doc, a, b), Class::Kind(SourceKind::Named))
        };
        if let Some(and) = (comma + 3..last - 2).find(|&k| doc.is(k, "and")) {
            if named(comma + 1, and) && named(and + 1, last) && plural_head() {
                return Class::Kind(SourceKind::Named);
            }
        }
    }
    if let Some(comma) = (first + 1..last).find(|&k| super::is_mark(doc, k, b',')).filter(|_| !plural_head()) {
        let name = comma + 1..last;
        // (A hyphen joins a double surname: "Ruth Ellison-Park".)
        // ("Wang Chien-shien": so does a given name's lower-case part.)
        let joined = |k: usize| k > comma + 2 && is_joiner(doc, k - 1) && doc.token_text(k - 1) == "-";
        let is_name = !name.is_empty() && name.len() <= 6 && name.clone().all(|k| is_cap(doc, k) || is_abbrev_dot(doc, k) || is_joiner(doc, k) && doc.token_text(k) == "-" || joined(k));
        // "The company, Lumina Health": a name after an organisation's word, the phrase's head,
        // is the organisation's ("the chairman of the board, Frank Naylor" is the chairman's).
        if is_name && !is_cap(doc, comma - 1) && flags(doc, comma - 1) & ORG != 0 && !(first..comma).any(|k| doc.is_any(k, HEAD_ENDS)) && !super::companies::people_maker(doc, comma - 1) {
            return Class::Kind(SourceKind::Institution);
        }
        // "Layoffs.fyi, a website that tracks job cuts", "Acme, a Boston-based company": a name
        // whose appositive is headed by an organisation's word is the organisation's.
        // ("Analysts in Zurich, a major trading centre": the appositive is the place's.)
        let app_end = || (comma + 2..last).find(|&k| doc.is_any(k, HEAD_ENDS) || doc.is_any(k, words!["which", "to"])).unwrap_or(last);
        let org_headed = |e: usize| (comma + 3..comma + 9).contains(&e) && !is_cap(doc, e - 1) && flags(doc, e - 1) & ORG != 0;
        if is_cap(doc, first)
            && is_cap(doc, comma - 1)
            && is_det(doc, comma + 1)
            && org_headed(app_end())
            && !(first..comma).any(|k| doc.is_any(k, HEAD_ENDS))
        {
            return Class::Kind(SourceKind::Institution);
        }
        if is_name {
            if let Class::Kind(SourceKind::Named) = classify(doc, comma + 1, last) {
                return Class::Kind(SourceKind::Named);
            }
        }
        // "King, the committee chair", "Okafor, his lawyer": a name, then the office or role
        // of the one person who holds it, is that person ("Acme, the parent company" and
        // "Reuters, the news agency" are still bodies).
        if comma <= first + 3
            && comma + 3 <= last
            && (is_det(doc, comma + 1) || doc.tokens[comma + 1].kind == TokenKind::Word && doc.token_text(comma + 1).ends_with("'s"))
            && (first..comma).all(|k| is_cap(doc, k) && doc.tokens[k].kind == TokenKind::Word && flags(doc, k) & (ORG | PLACE | GROUP | ROLE | QUANT) == 0)
        {
            let role_end = app_end();
            if role_end > comma + 2 && !is_cap(doc, role_end - 1) && doc.is_any(role_end - 1, PERSON_ROLES) {
                return Class::Kind(SourceKind::Named);
            }
        }
        // "One of them, retired teacher Gwen Lloyd, 71": a role before the name and an age
        // after it leave the apposition naming the one who speaks. (Not through a preposition:
        // "The ministry, led by Hans Weber" is the ministry.)
        let mut end = last;
        if end >= comma + 4 && doc.tokens[end - 1].kind == TokenKind::Number && super::is_mark(doc, end - 2, b',') {
            end -= 2;
        }
        // (Nor after an organisation's word, "Turkey's second biggest bank, the private Turkiye
        // Is Bankasi"; nor through a clause or a list, "the group, known as WilTel", "the firm,
        // and investor Erik Vik".)
        // (A name has two capitalised words at least: "the mayor, a Democrat" names a party.)
        let role_then_name = end > comma + 2
            && is_cap(doc, end - 1)
            && (comma + 1..end).filter(|&k| is_cap(doc, k)).count() >= 2
            && !(first..comma).any(|k| flags(doc, k) & ORG != 0)
            && !(comma + 1..end).any(|k| {
                doc.tokens[k].kind == TokenKind::Punct && !is_abbrev_dot(doc, k)
                    || doc.is_any(k, super::PREPOSITIONS)
                    || doc.is_any(k, HEAD_ENDS)
                    || doc.is_any(k, words!["and", "or", "like", "including", "known", "termed", "called", "named", "whose", "which", "who", "is", "was", "are", "has", "had"])
                    || !is_cap(doc, k) && doc.token_text(k).ends_with("ing")
            });
        if !is_name && role_then_name {
            if let Class::Kind(SourceKind::Named) = classify(doc, comma + 1, end) {
                return Class::Kind(SourceKind::Named);
            }
        }
    }
    let fl = PhraseFlags::new(doc, first, last);
    // "Secretary of State George Shultz", "Bank of Japan governor Satoshi Sumita": one person's
    // title with its "of" phrase, or a role right before the name, then a given name and a
    // surname. ("Officials of the Central Union of Agricultural Cooperatives" are several; "an
    // aide to the sponsor of the provision Rep. Charles Schumer" is not Schumer.)
    if head_end + 4 <= last && doc.is(head_end, "of") {
        let name = |k: usize| is_cap(doc, k) && fl.get(k) == 0 && doc.token_bytes(k).iter().any(u8::is_ascii_lowercase);
        // (A person's: "Court" and "Office" are roles of a body too.)
        let role = |k: usize| fl.get(k) & (ROLE | TITLE) != 0 && fl.get(k) & ORG == 0 && !doc.token_bytes(k).ends_with(b"s");
        if name(last - 1) && name(last - 2) && ((first..head_end).any(|k| role(k) && is_cap(doc, k)) || role(last - 3)) {
            return Class::Kind(SourceKind::Named);
        }
    }
    let mut any_quant = false;
    let mut any_org = false;
    let mut any_place = false;
    let mut any_title = false;
    let mut any_name = false;
    // A listed common word capitalised only because it opens the sentence ("News reports say")
    // is no organisation's name.
    let opens_sentence = first == 0 || super::is_stop_mark(doc, first - 1) || doc.tokens[first].newlines_before > 0;
    // ("Astronomers using the telescope", "Astronomers at the institute": a plural of people by
    // trade opening the sentence before its post-modifier is no name.)
    // (Not before an apposition's comma: "Sanders, a Vermont senator" is a name.)
    let trade_opener = opens_sentence && head_end == first + 1 && head_end < last && !super::is_mark(doc, head_end, b',') && fl.get(first) == 0 && {
        let w = doc.token_bytes(first);
        trade_plural(w) || agent_plural(doc, first)
    };
    for k in first..head_end {
        let f = fl.get(k);
        // ("No serious economist", "Every economist": a sweep over a whole trade is as unnamed
        // as "many economists". A number after "No" is Downing Street's: "No. 10 said".)
        any_quant |= k == first && (f & QUANT != 0 || doc.is_any(k, words!["no", "every"]) && k + 1 < head_end && doc.tokens[k + 1].kind == TokenKind::Word);
        // ("Investors said": alone, a group's word that also ends firms' names is the group.)
        let common_opener = k == first && opens_sentence && (f != 0 && (head_end > first + 1 || f & GROUP != 0) || trade_opener);
        any_org |= f & ORG != 0 && is_cap(doc, k) && !common_opener;
        any_place |= f & PLACE != 0;
        any_title |= f & TITLE != 0 && is_cap(doc, k);
        // Right after "Mr." or "Dr." any capitalised word is a name ("Mr. King").
        let after_title = k >= first + 2 && is_abbrev_dot(doc, k - 1) && fl.get(k - 2) & TITLE != 0;
        if after_title && is_cap(doc, k) {
            any_name = true;
            continue;
        }
        if is_cap(doc, k) && f & (ORG | PLACE | TITLE | GROUP | ROLE | QUANT | ANON) == 0 && !common_opener && !doc.is_any(k, DETERMINERS) {
            // An all-capitals word of two to five letters is an acronym (FBI, NATO), not a name.
            let t = doc.token_text(k);
            let acronym = t.len() <= 4 && t.len() >= 2 && t.chars().all(|c| c.is_ascii_uppercase() || c == '.');
            if acronym {
                any_org = true;
            } else {
                any_name = true;
            }
        }
    }
    // A share of a group: "46 percent of voters", "a majority", "three in four", "two of the
    // people".
    let number_of = || head_end == first + 1 && doc.is(head_end, "of") && super::super::context::quantity_at(doc, first);
    // ("Forty-two said", "Two Republicans said": a number in words counts people too.)
    // (Officials counted still speak for their office: "two officials who have read the report".)
    let counted = doc.tokens[first].kind == TokenKind::Number
        || doc.is_any(first, super::super::context::NUMBER_WORDS) && !doc.is(first, "one") && !(first..last).any(|k| fl.get(k) & ROLE != 0);
    // ("Senate Majority Leader Mitch McConnell": a capitalised share before a capitalised word
    // is part of a title.)
    let share = |k: usize| fl.get(k) & SHARE != 0 && !(k + 1 < last && is_cap(doc, k) && is_cap(doc, k + 1));
    // ("nearly one family in three", "two in five Americans": a ratio of a group.)
    let ratio = || {
        let n = if doc.is_any(first, words!["nearly", "about", "almost", "roughly", "some", "only", "just"]) { first + 1 } else { first };
        n + 3 <= last
            && (doc.tokens[n].kind == TokenKind::Number || doc.is_any(n, super::super::context::NUMBER_WORDS))
            && (n + 1..last - 1).any(|k| doc.is(k, "in") && (doc.tokens[k + 1].kind == TokenKind::Number || doc.is_any(k + 1, super::super::context::NUMBER_WORDS)))
    };
    if counted || (first..last).any(|k| share(k) || is_percent(doc, k)) || number_of() || ratio() {
        return Class::Kind(SourceKind::Vague);
    }
    // A lone capitalised agent noun opening the sentence: "Mourners say", "Protesters said".
    if last == first + 1 && is_cap(doc, first) && fl.get(first) == 0 {
        let w = doc.token_text(first).as_bytes();
        // ("Carmakers, however, have scaled back": makers of goods are businesses.)
        if w.ends_with(b"makers") && super::companies::business_word(doc, first) {
            return Class::Kind(SourceKind::Institution);
        }
        // ("Detectives believe", "Prosecutors allege", "Residents say": plurals of people by
        // trade or place; surnames rarely end so.)
        // ("Records show", "Scans confirmed": so is evidence with no author.)
        if trade_plural(w) || doc.is_any(first, DOCUMENTS) || doc.is_any(first, super::EVIDENCE) {
            return Class::Kind(SourceKind::Vague);
        }
        // ("Builders say", "Bakers argue": a plain verb after it agrees only with a plural,
        // where a surname ending so takes "says".)
        // ("Trump's claim that" is the possessor's noun.)
        if w.ends_with(b"s") && !w.ends_with(b"ss") && !super::is_possessive(doc.token_text(first)) && last < doc.tokens.len() && doc.is_any(last, PLURAL_REPORTS) {
            return Class::Kind(SourceKind::Vague);
        }
    }
    let mut head = (first..head_end).rev().find(|&k| doc.tokens[k].kind == TokenKind::Word).unwrap_or(first);
    // "two people briefed on the plans", "officials involved in the talks": a participle after
    // the noun is its post-modifier, not its head.
    if head > first && !is_cap(doc, head) && doc.token_bytes(head).ends_with(b"ed") && doc.tokens[head - 1].kind == TokenKind::Word {
        head -= 1;
    }
    // "Kim Ji-hoon", "Park Min-seo": a lower-case part joined by a hyphen belongs to the
    // capitalised word before it. (Not a listed noun: "Fact-checkers", "Co-workers".)
    while head >= first + 2 && !is_cap(doc, head) && fl.get(head) == 0 && is_cap(doc, head - 2) && doc.is(head - 1, "-") && is_joiner(doc, head - 1) {
        head -= 2;
    }
    let hf = fl.get(head);
    // "Analysts at the Institute for Fiscal Studies", "an economist at the Bank of England": a
    // professional attached to a named organisation speaks for it, as "one official" does. A
    // quantifier ("some analysts at ...") still leaves the speakers unnamed.
    if !any_quant && hf & ANON == 0 && works_for_organisation(doc, head, head_end, last) {
        return Class::Kind(SourceKind::Institution);
    }
    // "Members of the press", "Supporters of the bill": a capitalised plural only because it
    // opens the sentence.
    if head == first && head_end < last && doc.is(head_end, "of") && doc.lower(head).ends_with('s') && hf & ORG == 0 {
        let sentence_initial = first == 0 || super::is_stop_mark(doc, first - 1) || doc.tokens[first].newlines_before > 0;
        if sentence_initial {
            return Class::Kind(SourceKind::Vague);
        }
    }
    if any_quant {
        return Class::Kind(SourceKind::Vague);
    }
    // A lone "Another", "Each", "Both": a determiner standing for people it does not name.
    // (Capitalised inside the phrase it is a name: "Peter Friend", "E D and F Man".)
    let anon_head = hf & ANON != 0 && (head == first && opens_sentence || !is_cap(doc, head));
    // ("one former official", "a retired executive": whoever held the office no longer speaks
    // for the body, and is no one named. "The former president" and "former secretary of
    // state Hillary Clinton" are someone in particular.)
    let former = hf & ROLE != 0
        && head > first
        && doc.is_any(head - 1, words!["former", "retired"])
        && !doc.is(first, "the")
        && !(head + 1..last).any(|k| is_cap(doc, k));
    if anon_head || is_det(doc, head) || former {
        return Class::Kind(SourceKind::Vague);
    }
    // A capitalised head that is a person's name, possibly after a title or a role:
    // "Sen. Elizabeth Warren", "White House spokesman Josh Earnest".
    let head_after_title = head >= first + 2 && is_abbrev_dot(doc, head - 1) && fl.get(head - 2) & TITLE != 0;
    if trade_opener {
        return Class::Kind(SourceKind::Vague);
    }
    let head_is_name = is_cap(doc, head)
        && (hf == 0 || hf == ANON && !anon_head || head_after_title)
        && !(doc.token_text(head).len() <= 4 && doc.token_text(head).chars().all(|c| c.is_ascii_uppercase()));
    let first_name_before =
        head > first && is_cap(doc, head - 1) && fl.get(head - 1) == 0 && doc.token_text(head - 1).chars().any(|c| c.is_lowercase());
    // "The American Stock Exchange": a name after "the" is an organisation's, not a person's.
    let the_name = doc.is(first, "the") && !any_title && (first + 1..=head).all(|k| is_cap(doc, k) || doc.tokens[k].kind != TokenKind::Word);
    // "rating agency Moody's", "the research group Carbon Ledger": a word for a body right
    // before the name says what it names.
    // ("police Chief Chuck Jordan", "campaign Chairman John Podesta": a role in capitals
    // between them names a person.)
    // ("the telecom operator Vexa", "carmaker Stellantis": or a word for a business, with no
    // possessive between: "carmaker Tesla's Elon Musk" is a person.)
    let body_named = head > first
        && (first..head).rev().find(|&k| !is_cap(doc, k)).is_some_and(|k| {
            (fl.get(k) & ORG != 0 && (k + 1..head).all(|j| fl.get(j) & (ROLE | TITLE) == 0) && !super::companies::people_maker(doc, k))
                || super::companies::business_word(doc, k) && (k + 1..head).all(|j| fl.get(j) & (ROLE | TITLE) == 0 && !super::is_possessive(doc.token_text(j)))
        })
        // (Capitalised where it opens the sentence: "Carmaker Stellantis said".)
        // ("Business Day" and "Company Secretary Ann Lee" are names and titles.)
        || head == first + 1
            && super::companies::business_word(doc, first)
            && !doc.is_any(first, words!["business", "company", "chain", "brand", "carrier", "firm"])
            && !super::is_possessive(doc.token_text(head));
    if head_is_name && body_named && !any_title {
        return Class::Kind(SourceKind::Institution);
    }
    // ("Data Resources' Wyss", "Chrysler Motors' Iacocca": a name after a body's possessive is
    // its person's.)
    let possessed = || {
        head > first && {
            let t = doc.token_text(head - 1);
            super::is_possessive(t) || t.ends_with("s'") || t.ends_with("s\u{2019}") || (t == "'" || t == "\u{2019}") && head >= first + 2 && doc.token_text(head - 2).ends_with('s')
        }
    };
    if head_is_name && !the_name && (any_title || first_name_before || k_role_before(doc, &fl, first, head) || !any_org && !any_place || possessed()) {
        return Class::Kind(SourceKind::Named);
    }
    if any_org || any_place {
        return Class::Kind(SourceKind::Institution);
    }
    if any_title && any_name {
        return Class::Kind(SourceKind::Named);
    }
    // "Greenwell Montagu Research", "Health Research": a group word closing a run of capitalised
    // words ends an organisation's name.
    // ("The Democrats" and a headline's "FRENCH FARMERS" are still groups.)
    let name_word = |k: usize| is_cap(doc, k) && doc.token_text(k).bytes().any(|b| b.is_ascii_lowercase());
    let name_start = if is_det(doc, first) { first + 1 } else { first };
    if hf & GROUP != 0 && head > name_start && name_word(head) && (name_start..head).all(name_word) {
        return Class::Kind(SourceKind::Institution);
    }
    if hf & GROUP != 0 {
        // "the critics" still names no one; "Republicans" is a party's voice only in aggregate.
        return Class::Kind(SourceKind::Vague);
    }
    if hf & ROLE != 0 || any_name {
        return Class::Kind(SourceKind::Institution);
    }
    // An unknown bare plural ("economists" is listed; "pollsters" may not be) is a vague group.
    let head_text = doc.token_text(head);
    if !is_det(doc, first) && head_text.ends_with('s') && !is_cap(doc, head) {
        return Class::Kind(SourceKind::Vague);
    }
    // "A nurse", "One nurse", "Another passenger": one unnamed person.
    if doc.is_any(first, words!["a", "an", "one", "another"]) {
        return Class::Kind(SourceKind::Vague);
    }
    Class::Kind(SourceKind::Institution)
}

/// Reporting verbs in the form only a plural subject takes in the present.
const PLURAL_REPORTS: Words = words![
    "say", "argue", "believe", "think", "warn", "claim", "fear", "predict", "expect", "insist", "note", "estimate", "worry", "complain",
    "agree", "suggest", "contend", "allege", "maintain", "admit", "report", "doubt", "feel", "know", "tell",
];

/// Offices and roles held by one person: after a name and its comma they say who the name is.
const PERSON_ROLES: Words = words![
    "spokesman", "spokeswoman", "spokesperson", "official", "minister", "judge", "prosecutor", "lawyer", "attorney", "counsel",
    "solicitor", "barrister", "president", "mayor", "governor", "senator", "chairman", "chairwoman", "chair", "director", "secretary",
    "leader", "ambassador", "aide", "adviser", "advisor", "envoy", "chief", "founder", "executive", "manager", "editor", "professor",
    "economist", "analyst", "coach", "captain", "owner", "treasurer", "commissioner", "superintendent", "inspector", "officer",
];

/// Letters a person's name may carry after it: a barrister's rank, a seat, an honour.
const POST_NOMINALS: Words = words!["kc", "qc", "mp", "mep", "msp", "mla", "obe", "cbe", "mbe", "kbe", "dbe", "frs", "phd"];

/// A plural of people by trade or place ("Detectives", "Prosecutors", "Residents",
/// "Economists"): surnames rarely end so.
fn trade_plural(w: &[u8]) -> bool {
    w.len() > 6 && [b"ists", b"ians", b"ives", b"tors", b"ents", b"ants"].iter().any(|s| w.at(w.len() - 4..).eq_ignore_ascii_case(*s))
}

/// Professions whose members, named with their organisation, speak for it.
pub(super) const PROFESSIONS: List = List { bit: 1 << 30, words: words![
    "analyst", "analysts", "economist", "economists", "expert", "experts", "researcher", "researchers", "scientist", "scientists",
    "scholar", "scholars", "strategist", "strategists", "pollster", "pollsters", "historian", "historians", "regulators", "diplomats",
    "officers", "bankers", "traders", "journalists", "reporters", "doctors", "lawmakers", "legislators", "commentators", "specialist",
    "specialists", "engineer", "engineers", "investigator", "investigators", "physicist", "physicists", "statistician", "statisticians",
    "epidemiologist", "epidemiologists", "professor", "professors", "lawyer", "lawyers", "auditor", "auditors",
] };

/// Is the head a professional attached by "at", "with", "from" or "of" to a named organisation
/// ("economists at the Bank of England", "scientists at NASA", "researchers from Leeds
/// University")? After "at" or "with" any name is a workplace ("analysts at Goldman Sachs");
/// after "from" or "of" it must be marked as an organisation, since "researchers from Leeds" or
/// "critics of Mr. Diaz" name a place or a person. A country or city alone is no organisation,
/// nor is an organisation described by a common noun ("economists at a German bank").
fn works_for_organisation(doc: &Doc, head: usize, head_end: usize, last: usize) -> bool {
    if head_end + 1 >= last || !doc.is_any(head, PROFESSIONS) || !doc.is_any(head_end, words!["at", "with", "from", "of"]) {
        return false;
    }
    let start = head_end + 1;
    let end = (start..last).find(|&k| doc.is_any(k, words![",", "who", "that", "which", "and", "("])).unwrap_or(last);
    let acronym = |k: usize| {
        let t = doc.token_text(k);
        (2..=5).contains(&t.len()) && t.chars().all(|c| c.is_ascii_uppercase() || c == '.')
    };
    // The organisation must be named, not described: "a major Wall Street firm" or "a German
    // bank" has a common noun for its head.
    let name_end = (start..end).find(|&k| doc.is_any(k, words!["of", "in", "for"])).unwrap_or(end);
    if !(start..name_end).rev().find(|&k| doc.tokens[k].kind == TokenKind::Word).is_some_and(|k| is_cap(doc, k)) {
        return false;
    }
    let org = (start..end).any(|k| is_cap(doc, k) && (flags(doc, k) & ORG != 0 || acronym(k)));
    if org {
        return true;
    }
    let place = (start..end).any(|k| flags(doc, k) & PLACE != 0);
    let named = (start..end).any(|k| is_cap(doc, k) && !doc.is_any(k, DETERMINERS));
    doc.is_any(head_end, words!["at", "with"]) && named && !place
}

/// Can the phrase hold a view or an intention? A person or a body can want, plan or believe;
/// "the bill" or "the plan" cannot, so "the plan wants for nothing" is no one's position. True
/// for a personal pronoun, a listed source noun, or a capitalised head (a name).
pub(super) fn holder(doc: &Doc, first: usize, last: usize) -> bool {
    if last == first + 1 && doc.is_any(first, words!["he", "she", "they", "we", "i", "you", "who"]) {
        return true;
    }
    let mut head_end = last;
    for k in first + 1..last {
        // ("Analysts contacted after the announcement": the head is before the participle;
        // "agencies around the world", before the place; "the team behind the discovery"; "a
        // person familiar with the plans", before its adjective; "officials there", before the
        // place adverb.)
        if doc.is_any(k, words!["for", "of", "at", "with", "in", "from", "on", "around", "across", "behind", "within", "who", "that", ",", "familiar", "close", "involved", "briefed", "there", "here"])
            || asked_then(doc, k)
        {
            head_end = k;
            break;
        }
    }
    // ("40 of her own MPs": a count holds what the group after its "of" holds.)
    let Some(head) = (first..head_end).rev().find(|&k| doc.tokens[k].kind == TokenKind::Word) else {
        return head_end < last && doc.is(head_end, "of") && holder(doc, head_end + 1, last);
    };
    if doc.is_any(head, words!["it", "which", "that", "this", "one"]) {
        return false;
    }
    is_cap(doc, head)
        // ("40 percent of voters want": a share of people holds what they do.)
        || flags(doc, head) & (ROLE | TITLE | ORG | GROUP | ANON | PLACE | QUANT) != 0
        || flags(doc, head) & SHARE != 0 && head_end < last && doc.is(head_end, "of")
        || doc.is_any(head, DOCUMENTS)
        || is_person_noun(doc, head)
        || people_plural(doc, first, head)
        // ("The headteacher believes", "a pharmacist fears": after its determiner a singular
        // agent noun names a person, as its plural names people; not one that something after
        // it qualifies, "the number of users", "a chapter in their relationship".)
        || head_end == last && head > first && is_det(doc, first) && agent_noun(doc.token_bytes(head))
        // ("Every major scientific body agrees": an organisation; "a body of evidence" is an amount.)
        || doc.is_any(head, words!["body", "bodies"]) && !(head_end < last && doc.is(head_end, "of"))
        // ("a handful of Democrats", "a number of senators", "the head of the union": a count of
        // people or their head; "the number of new users" is a figure.)
        || (doc.is_any(head, words!["handful", "head", "group"]) || doc.is(head, "number") && !doc.is(first, "the"))
            && head_end < last
            && doc.is(head_end, "of")
            && holder(doc, head_end + 1, last)
}

/// A plural the source-noun list does not know that still names people: an agent noun
/// ("campaigners", "backbenchers", "loyalists", "Europeans") or any plural counted by a quantifier
/// ("some backbenchers", "many locals"). Things rarely hold views, and with a quantifier they
/// almost never do: "many bills want" is not written.
fn people_plural(doc: &Doc, first: usize, head: usize) -> bool {
    let w = doc.token_text(head).as_bytes();
    if w.len() < 5 || !w.ends_with(b"s") || w.ends_with(b"ss") {
        return false;
    }
    agent_plural(doc, head) || head > first && flags(doc, first) & QUANT != 0
}

/// An agent noun in the plural ("campaigners", "loyalists", "Astronomers"), not one of the
/// "-ers" that name things.
fn agent_plural(doc: &Doc, k: usize) -> bool {
    matches!(doc.token_bytes(k).split_last(), Some((b's', w)) if agent_stem(w)) && !doc.is_any(k, NOT_AGENTS)
}

/// An agent noun in the singular: "-or" too ("doctor", "investor"), which in the plural names
/// more things than people (below).
fn agent_noun(w: &[u8]) -> bool {
    w.len() > 4 && (agent_stem(w) || w.ends_with(b"or"))
}

fn agent_stem(w: &[u8]) -> bool {
    [&b"er"[..], b"ist", b"ian"].iter().any(|s| w.ends_with(s))
}

/// Plurals in "-ers" that name things, not people ("-ors" names too many things to count:
/// factors, sectors, indicators).
const NOT_AGENTS: Words = words![
    "numbers", "orders", "papers", "computers", "containers", "borders", "centers", "centres", "matters", "letters", "quarters",
    "headquarters", "powers", "offers", "answers", "tankers",
];

/// Where the frame opens whose "to" stands just before token `start`, when that "to" names the
/// hearer of words: "in a letter to", "in remarks to", "in its report to" (a frame noun or a
/// document at most three words after "in"), "speaking to". None otherwise: "an adviser to the
/// president" is who speaks. (An infinitive after the noun, "in a proposal to cut costs", is
/// read the same way, and its object is stepped over as a hearer would be.)
fn hearer_frame(doc: &Doc, start: usize, floor: usize) -> Option<usize> {
    if start < floor + 2 || !doc.is(start - 1, "to") {
        return None;
    }
    if doc.is_any(start - 2, words!["speaking", "talking", "writing", "referring"]) {
        return Some(start - 2);
    }
    let noun = document_to(doc, start, floor)?;
    let mut k = noun;
    while k > floor && noun - k < 3 && doc.tokens[k - 1].kind == TokenKind::Word {
        if doc.is(k - 1, "in") {
            return Some(k - 1);
        }
        k -= 1;
    }
    None
}

/// Token `start - 2`, when it names a document, a text or a frame of words and the "to" after
/// it stands just before token `start`: "a letter to", "his remarks to", "a telex to".
pub(super) fn document_to(doc: &Doc, start: usize, floor: usize) -> Option<usize> {
    if start < floor + 2 || !doc.is(start - 1, "to") {
        return None;
    }
    let noun = start - 2;
    let named = is_frame_noun(doc, noun)
        || doc.is_any(noun, DOCUMENTS)
        || doc.is_any(noun, TEXTS)
        || doc.is_any(noun, words!["telex", "telexes", "cable", "cables", "fax", "faxes", "petition", "petitions"])
        // ("His reply to the council said"; bare, "in response to the report" is what prompted
        // the words, not where they were said.)
        || doc.is_any(noun, words!["reply", "response", "answer", "rebuttal"]) && noun > floor && is_det(doc, noun - 1);
    named.then_some(noun)
}

/// Where the phrase of a document opens whose "to" stands just before token `start`, when that
/// phrase (a determiner, at most two modifiers, the noun) opens its clause: "A letter to", "His
/// message to".
fn document_before_to(doc: &Doc, start: usize, floor: usize) -> Option<usize> {
    let noun = document_to(doc, start, floor)?;
    let d = (noun.saturating_sub(3).max(floor)..noun).rev().find(|&k| is_det(doc, k))?;
    let words = (d + 1..noun).all(|k| doc.tokens[k].kind == TokenKind::Word);
    // (The floor may be a verb's end, as in "wrote a letter to X asking": only the text's
    // start or a mark before the determiner opens a clause.)
    (words && (d == 0 || phrase_punct(doc, d - 1))).then_some(d)
}

/// Where the speaker's phrase begins inside the words `start..end` that open with a frame's
/// hearer (see [`hearer_frame`]): at a determiner or a subject pronoun ("shareholders the
/// company", "Treasury Secretary James Baker the group", "shareholders it"), or at a name after
/// a common noun ("farmers Smith", not "the American people"). Not after a preposition, which
/// keeps the hearer going ("the chairman of the committee Smith").
fn after_hearer(doc: &Doc, start: usize, end: usize) -> Option<usize> {
    (start + 1..end).find(|&k| {
        let word = doc.tokens[k - 1].kind == TokenKind::Word && !doc.is_any(k - 1, super::PREPOSITIONS);
        word && (is_det(doc, k) || doc.is_any(k, words!["he", "she", "they", "we", "i", "it"]) || is_cap(doc, k) && !is_cap(doc, k - 1) && !is_det(doc, k - 1))
    })
}

/// Does the phrase `start..end` end with a contact clause's stranded preposition: "Experts we
/// spoke with", "the officials he wrote to", "everyone I have spoken to"? A noun, a subject
/// pronoun, its verb (after "have" or "had") and the preposition whose object is the noun; the
/// answer is the pronoun's index.
fn stranded(doc: &Doc, start: usize, end: usize) -> Option<usize> {
    let aux = end >= start + 5 && doc.is_any(end - 3, words!["have", "had"]);
    let pronoun = end.checked_sub(3 + aux as usize)?;
    (end >= start + 4
        && doc.is_any(end - 1, words!["to", "with", "about", "from"])
        && doc.is_any(pronoun, words!["he", "she", "i", "we", "they", "you"])
        && (doc.token_text(end - 2).ends_with("ed") || doc.is_any(end - 2, words!["spoke", "spoken", "wrote", "written", "sent", "met"]))
        && doc.tokens[pronoun - 1].kind == TokenKind::Word)
        .then_some(pronoun)
}

/// Does the phrase before `end` end with a contact clause whose verb has the noun before it as
/// its object: "every study I have seen", "the figures we were given"? A noun, a subject pronoun,
/// perhaps an auxiliary ("have", "were" ...), and a participle; the answer is the pronoun's index. (A participle
/// right before a finite cue is never its subject.)
fn contact_object(doc: &Doc, floor: usize, end: usize) -> Option<usize> {
    let v = end - 1;
    // (The word before the participle is a pronoun or an auxiliary, four letters at most: the
    // length turns most walks away before any list is read.)
    if doc.tokens[v - 1].end - doc.tokens[v - 1].start > 4 {
        return None;
    }
    let pronoun = if doc.is_any(v - 1, words!["have", "had", "has", "were", "was", "are"]) { v.checked_sub(2)? } else { v - 1 };
    let participle = || doc.token_text(v).ends_with("ed") || doc.is_any(v, words!["seen", "read", "heard", "known", "met", "done", "given", "shown", "written"]);
    (pronoun > floor && doc.is_any(pronoun, words!["i", "we", "they", "you"]) && participle() && doc.tokens[pronoun - 1].kind == TokenKind::Word && !is_cap(doc, pronoun - 1))
        .then_some(pronoun)
}

/// Is token `k` a participle with a time phrase after it, of asking on a plural of people or of
/// publishing on a document: "economists polled before the decision", "analysts contacted after
/// the announcement", "a statement issued after the talks"? (A document issues nothing itself,
/// so there the participle is no verb of its own.)
fn asked_then(doc: &Doc, k: usize) -> bool {
    k >= 1
        && doc.is_any(k + 1, words!["before", "after", "during", "following", "since"])
        && (doc.is_any(k, words!["polled", "surveyed", "contacted", "interviewed", "questioned", "consulted"])
            && (agent_plural(doc, k - 1) || flags(doc, k - 1) & (GROUP | ROLE) != 0)
            || document_published(doc, k))
}

/// A document's publishing participle at `k`: "a poll released", "the statement issued".
fn document_published(doc: &Doc, k: usize) -> bool {
    k >= 1 && doc.is_any(k, words!["issued", "released", "published", "circulated", "distributed", "posted"]) && doc.is_any(k - 1, DOCUMENTS)
}

/// Documents speak for their authors: "the statement added that", "the report adds that".
/// Where words are said or written, as a frame of the report: "in a statement", "in his speech".
/// ("ed" is the noun of "op-ed", which the tokenizer splits at its hyphen.)
const FRAME_NOUNS: Words = words![
    "statement", "statements", "interview", "interviews", "speech", "speeches", "filing", "filings", "letter", "tweet", "tweets", "post",
    "email", "memo", "ed", "column", "essay", "book", "testimony", "remarks", "address", "briefing", "appearance", "podcast",
    "video", "broadcast", "message", "conversation", "call", "debate", "rally", "sermon", "editorial", "blog", "submission",
];

/// Is token `k` a noun of [`FRAME_NOUNS`]?
pub(super) fn is_frame_noun(doc: &Doc, k: usize) -> bool {
    doc.is_any(k, FRAME_NOUNS)
}

pub(super) const DOCUMENTS: List = List { bit: 1 << 31, words: words![
    "statement", "statements", "report", "reports", "study", "studies", "survey", "surveys", "letter", "letters", "memo", "memos",
    "filing", "filings", "document", "documents", "complaint", "lawsuit", "indictment", "ruling", "release", "analysis", "poll",
    "polls", "article", "paper", "review", "reviews", "audit", "audits", "minutes", "transcript", "email", "emails", "post", "tweet",
] };

/// Texts besides the documents a source may be, which "said", "read" or "state" ("a message
/// that said, “Sorry ...”", "water bottles that said", "the agreement states that").
pub(super) const TEXTS: Words = words![
    "message", "messages", "sign", "signs", "banner", "banners", "note", "notes", "label", "labels", "poster", "posters", "placard",
    "placards", "headline", "headlines", "caption", "shirt", "shirts", "bottles", "ad", "ads", "advert", "website", "notice",
    "text", "video", "videos", "commercial", "flyer", "flyers", "leaflet", "leaflets", "brochure", "mailer", "mailers", "sticker",
    "stickers", "agreement", "law", "constitution", "treaty", "contract", "bill", "rule", "rules", "regulation", "regulations",
    "section", "clause", "policy", "book", "resolution", "amendment", "charter", "guidelines", "manual", "order", "directive",
    "proposal", "communique", "declaration", "prospectus", "warrant", "verdict", "judgment",
];

/// Is there a role noun before the head ("spokesman" in "White House spokesman Josh Earnest")?
fn k_role_before(doc: &Doc, fl: &PhraseFlags, first: usize, head: usize) -> bool {
    (first..head).any(|k| !is_cap(doc, k) && fl.get(k) & ROLE != 0)
}

/// The flags of a phrase's words, each looked up once: [`classify`] asks about most words of a
/// phrase several times. Kept on the stack; a longer phrase's tail is looked up when asked.
struct PhraseFlags<'a, 'd, 't> {
    doc: &'a Doc<'d, 't>,
    first: usize,
    known: [u8; 32],
    len: usize,
}

impl<'a, 'd, 't> PhraseFlags<'a, 'd, 't> {
    fn new(doc: &'a Doc<'d, 't>, first: usize, last: usize) -> Self {
        let len = last.saturating_sub(first).min(32);
        let mut known = [0; 32];
        for (j, f) in known.at_mut(..len).iter_mut().enumerate() {
            *f = flags(doc, first + j);
        }
        PhraseFlags { doc, first, known, len }
    }

    fn get(&self, k: usize) -> u8 {
        match k.checked_sub(self.first) {
            Some(j) if j < self.len => *self.known.at(j),
            _ => flags(self.doc, k),
        }
    }
}
