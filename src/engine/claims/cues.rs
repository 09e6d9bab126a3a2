//! What one sentence unit contains that matters for its kind and check-worthiness: lexicon cues
//! (`lexicons/claim_cues.tsv`), numbers that are not dates, capitalised names, pronouns, final
//! punctuation, and the hedges, boosters, loaded words and attributions the other detectors found.
//!
//! Everything is counted in one pass over the unit's tokens plus the lexicon hits that fall in it,
//! so classification stays linear in the text.

use crate::engine::document::{Document, TokenKind};
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
        other => panic!("claim_cues.tsv: unknown tag {other:?}"),
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

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];
const CURRENCY: &[&str] = &["$", "€", "£", "¥", "%", "₹"];
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can",
    "could", "may", "might", "must", "shall", "should", "s", "re", "ve", "ll", "d", "m",
];
const SUBJECTS: &[&str] = &["i", "you", "he", "she", "it", "we", "they"];
/// Modals before "have to" or "need to" that make the necessity a forecast, not an exhortation.
const PREDICTING_MODALS: &[&str] = &["will", "would", "may", "might", "could", "'ll"];
/// Words before "will" that make it the noun ("the will of the people").
const WILL_NOUN: &[&str] = &["the", "a", "his", "her", "their", "our", "my", "your", "its", "of", "free", "political", "good", "ill"];

/// Gathers the cues of tokens `first..last` (a unit or a whole record).
/// `hits` are the claim-cue lexicon hits of the whole document (sorted), `spans` the detector spans.
pub fn gather(doc: &Document, first: usize, last: usize, range: Range, hits: &[Hit], spans: &[Span], attribution: Option<(SourceKind, Stance)>) -> Cues {
    let mut c = Cues::default();
    let lex = lexicon();

    // Lexicon cues, with the few context checks a bare lexicon cannot express.
    let from = hits.partition_point(|h| h.first < first);
    for h in hits[from..].iter().take_while(|h| h.last <= last) {
        let e = lex.entry(h);
        let tag = tag_of(&e.tag);
        if tag == Tag::Prediction && doc.is(h.first, "will") && h.first > first && doc.is_any(h.first - 1, WILL_NOUN) {
            continue;
        }
        // "must have left" is an inference about the past, not an obligation.
        if tag == Tag::Recommend && doc.is(h.first, "must") && (doc.is(h.first + 1, "have") || doc.is(h.first + 1, "be") && doc.is(h.first + 2, "a")) {
            continue;
        }
        // "families may have to move", "the bank will need to raise rates": a necessity the
        // writer predicts for others, not an obligation the writer urges.
        if tag == Tag::Recommend && h.first > first && matches!(e.phrase.as_str(), "have to" | "need to") && doc.is_any(h.first - 1, PREDICTING_MODALS) {
            continue;
        }
        c.tags[tag as usize] += 1;
        if c.first_why[tag as usize].is_none() {
            c.first_why[tag as usize] = Some(e.why.as_str());
        }
        if matches!(e.phrase.as_str(), "percent" | "per cent" | "percentage" | "dollars" | "dlrs" | "pct" | "cts") {
            c.percent_or_money += 1;
        }
    }

    // Token scan.
    let mut first_word = true;
    let mut prev_subject = false;
    // One reused buffer: no allocation per token.
    let mut lower = String::new();
    for i in first..last {
        let t = doc.tokens[i];
        let s = doc.token_text(i);
        match t.kind {
            TokenKind::Number => {
                if is_date_number(doc, i, s) {
                    c.dates += 1;
                } else {
                    c.numbers += 1;
                }
                first_word = false;
            }
            TokenKind::Word => {
                c.words += 1;
                lower.clear();
                if s.is_ascii() {
                    lower.push_str(s);
                    lower.make_ascii_lowercase();
                } else {
                    lower.extend(s.chars().map(|ch| if ch == '\u{2019}' { '\'' } else { ch.to_ascii_lowercase() }));
                }
                let starts_upper = s.chars().next().is_some_and(char::is_uppercase);
                if starts_upper && !first_word && lower != "i" && !lower.starts_with("i'") && !follows_opening(doc, i, first) {
                    c.names += 1;
                }
                first_word = false;
                match lower.as_str() {
                    "i" | "me" | "my" | "mine" | "myself" | "i'm" | "i've" | "i'd" | "i'll" => c.first_singular += 1,
                    "we" | "us" | "our" | "ours" | "ourselves" | "we're" | "we've" | "we'll" | "we'd" | "let's" => c.first_plural += 1,
                    "you" | "your" | "yours" | "yourself" | "you're" | "you've" | "you'll" | "you'd" => c.second_person += 1,
                    "he" | "she" | "they" | "his" | "her" | "their" | "them" | "him" | "he's" | "she's" | "they're" => c.third_person += 1,
                    "not" | "never" | "no" | "nobody" | "nothing" | "none" => c.negations += 1,
                    _ => {}
                }
                if lower.ends_with("n't") {
                    c.negations += 1;
                }
                if lower.len() > 4 && lower.ends_with("ed") {
                    c.past += 1;
                    c.verb_like = true;
                }
                // Length first: most words are longer than any auxiliary or subject pronoun, and
                // this runs for every word of the text.
                if lower.len() <= 6 && listed(AUXILIARIES, &lower) || lower.bytes().any(|b| b == b'\'') {
                    c.verb_like = true;
                }
                if prev_subject {
                    c.verb_like = true;
                }
                prev_subject = lower.len() <= 4 && listed(SUBJECTS, &lower);
            }
            TokenKind::Punct => {
                if listed(CURRENCY, s) {
                    c.percent_or_money += 1;
                }
                if s == ":" {
                    first_word = true;
                }
            }
        }
    }
    if c.has(Tag::Comparison) || c.has(Tag::Causal) || c.has(Tag::Prediction) || c.has(Tag::Recommend) {
        c.verb_like = true;
    }
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
    c
}

/// `list.contains(&word)`, comparing in line: the library's comparison is a call per entry of
/// the same length, and these lists are asked about every token.
fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.len() == word.len() && w.bytes().zip(word.bytes()).all(|(a, b)| a == b))
}

/// For each sentence unit, the attribution touching it (content or cue overlapping the unit),
/// the more distancing one when several do: that is the reading the reader must be warned of.
/// Sentences are sorted and tile the text, so each range finds its units by binary search.
pub fn attribution_per_unit(doc: &Document, attributions: &[Attribution]) -> Vec<Option<(SourceKind, Stance)>> {
    let mut out: Vec<Option<(SourceKind, Stance)>> = vec![None; doc.sentences.len()];
    for a in attributions {
        let cand = (a.source_kind, a.stance);
        for r in a.content.iter().chain(std::iter::once(&a.cue)) {
            let from = doc.sentences.partition_point(|u| u.range.end <= r.start);
            for (k, u) in doc.sentences.iter().enumerate().skip(from) {
                if u.range.start >= r.end.max(r.start + 1) {
                    break;
                }
                if u.range.overlaps(*r) || (r.is_empty() && u.range.contains(*r)) {
                    out[k] = Some(match out[k] {
                        Some(old) if rank(old) >= rank(cand) => old,
                        _ => cand,
                    });
                }
            }
        }
    }
    out
}

/// How strongly an attribution should colour the certainty of what it touches.
fn rank((kind, stance): (SourceKind, Stance)) -> u8 {
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
fn follows_opening(doc: &Document, i: usize, first: usize) -> bool {
    i > first && matches!(doc.token_text(i - 1), "\"" | "\u{201C}" | "(" | "\u{2018}" | "'" | "-" | "\u{2014}" | "\u{2013}")
}

/// Years ("1999", "1990s"), days next to a month ("May 5", "5 May"), ordinals and clock times
/// are specific but are not amounts.
fn is_date_number(doc: &Document, i: usize, s: &str) -> bool {
    // ASCII digits are one byte each: the leading digits are a prefix, no copy needed.
    let digits = &s[..s.bytes().take_while(u8::is_ascii_digit).count()];
    let rest = &s[digits.len()..];
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
    // The month names are lower-case ASCII, so the case-folding word test matches exactly what
    // a lower-cased copy would, without allocating one per number.
    let near_month = (i > 0 && doc.is_any(i - 1, MONTHS)) || (i + 1 < doc.tokens.len() && doc.is_any(i + 1, MONTHS));
    if near_month && digits.len() <= 2 && rest.is_empty() {
        return true;
    }
    // Clock times: "5 p.m.", "10:30".
    if i + 1 < doc.tokens.len() && (doc.is_any(i + 1, &["am", "pm", "a.m", "p.m", "o'clock"]) || (doc.token_text(i + 1) == ":" && i + 2 < doc.tokens.len() && doc.tokens[i + 2].kind == TokenKind::Number)) {
        return true;
    }
    false
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

    /// (sentence, amounts, dates)
    const NUMBERS: &[(&str, u32, u32)] = &[
        ("In 1998 the fund held 450 homes.", 1, 1),
        ("It opened on 12 March and closed on March 30.", 0, 2),
        ("The 1990s were calm; the 21st century is not.", 0, 2),
        ("The train leaves at 5 pm.", 0, 1),
        ("Sales rose 3.5% to $1,200.", 2, 0),
    ];

    #[test]
    fn dates_are_told_from_amounts() {
        for &(text, amounts, dates) in NUMBERS {
            let c = cues(text);
            assert_eq!((c.numbers, c.dates), (amounts, dates), "{text}");
        }
    }

    #[test]
    fn names_skip_the_first_word_and_i() {
        assert_eq!(cues("Yesterday I met Ana Lopez in Lima.").names, 3);
        assert_eq!(cues("\u{201C}Nobody came,\u{201D} she said.").names, 0);
    }

    #[test]
    fn will_as_a_noun_is_not_the_future() {
        assert!(!cues("It was the will of the voters.").has(Tag::Prediction));
        assert!(cues("Voters will decide.").has(Tag::Prediction));
    }
}
