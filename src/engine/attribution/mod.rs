//! Attribution: who says what ("..., officials said", "according to the ministry, ...").
//!
//! Each reporting cue from `lexicons/attribution_cues.tsv` is found once with the lexicon matcher.
//! Around each cue, the words on either side decide the order of the three parts:
//!
//! - source, cue, content: `Officials said the bridge was unsafe.`
//! - content, cue, source (or content, source, cue): `The bridge was unsafe, officials said.`
//! - a quotation split around the cue: `"The bridge," she said, "is unsafe."`
//! - `according to`, before, after or inside its content;
//! - a colon, also at a paragraph's end: `The minister said: "We will win."`
//! - an agentless passive: `It is reported that the plant closed.`
//! - punctuation alone: a speaker label (`KANE: Well, ...`) or a dash credit after a quotation.
//! - a view or intention held by a source: `The union wants the tax cut`, `She plans to run`.
//!   These verbs (flag `attitude` in the lexicon) count only in their full frame: a holder on
//!   the left, content right after the verb, not in the passive and not inside reported words.
//!
//! Quotations are taken whole as content, so a quoted passage that runs over several sentences
//! stays one span, and quotations that directly follow an attributed one continue it. A cue inside
//! a closed quotation is skipped: the quotation is already attributed as a whole to its speaker.
//! A cue with nothing reported next to it is dropped: it tells a reader nothing.
//!
//! Pronoun sources are kept as written (the reader sees "he") but their kind is resolved: "he" or
//! "she" is a named source when a person was named before (the last named source, else the
//! nearest earlier personal name), and vague otherwise; "they" takes the kind of the paragraph's
//! last source when that was an organisation, else vague; "who" takes the kind of the phrase it
//! follows. The `why` names the person a pronoun most likely stands for. A company's short name
//! ("Target" after "Target Corp") is the company, not a person (`companies`).
//!
//! There is no parser: phrase edges come from punctuation, function words and the word lists in
//! `lexicons/source_nouns.tsv`. Everything is a walk over the document's tokens near each cue.
//!
//! The files follow the walk: `verb_filter` decides whether a cue word is a reporting verb at
//! all; `attribute` builds one attribution around a cue, asking `subject` and `source` who speaks
//! and `walk` and `content` where the words begin and end; `joins` finds a second report in the
//! same sentence. Frames with no reporting verb are apart: `labels` (punctuation alone) and
//! `views` (polls, "To many, ...", "In her view, ...", interview answers). `marks` pairs
//! quotation marks and reads dashes; `classes` and `words` look each word's classes up once.

mod attribute;
mod citations;
mod classes;
mod companies;
mod content;
mod joins;
mod labels;
mod marks;
mod source;
mod subject;
mod verb_filter;
mod views;
mod walk;
mod words;

pub(in crate::engine) use source::without_contraction;
pub(in crate::engine) use views::VIEW_NOUNS;

use crate::engine::document::At;
use crate::engine::wordlist::Words;
use std::sync::OnceLock;

use super::document::{Document, TokenKind};
use super::lexicon::{unknown_tag, Entry, Lexicon};
use super::result::{Attribution, Range, SourceKind, Stance};
use classes::{Doc, List};
use source::Class;
use attribute::*;
use citations::*;
use content::*;
use joins::*;
use labels::*;
use marks::*;
use subject::*;
use verb_filter::*;
use views::*;
use walk::*;

fn cues() -> &'static Lexicon {
    Lexicon::builtin(crate::engine::lexicon::Builtin::AttributionCues)
}

/// The single-word cues, lower-cased: a source phrase never runs across another report's verb
/// ("they cited a memo that said": the memo is the source, not "they cited a memo").
fn cue_words() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    // Noun-or-verb forms ("reports", "claims", "view") often head the source itself.
    // So do "read" and "reads", mostly of people reading ("a statement read over the radio"),
    // and "put", a report only in "put X at a number" ("decided to put a ceiling on"), and
    // the verbs of giving, reports only with words as their object ("gave a speech"), and the
    // adjectives of a state of mind ("certain lenders").
    WORDS.get_or_init(|| {
        single_word_cues(|e| !e.tag.starts_with("none") && !e.tag.split(',').any(|f| f == "n" || f == "attitude" || f == "text" || f == "as" || f == "estimate" || f == "object" || f == "state"))
    })
}

/// The finite forms of the verbs of belief and intention ("expects", "wanted"), which
/// [`cue_words`] leaves out: after a hearer they show where a clause begins.
fn attitude_verbs() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| single_word_cues(|e| !e.phrase.ends_with("ing") && e.tag.split(',').any(|f| f == "attitude")))
}

/// The lexicon's one-word cues that `keep` accepts, lower-cased. (A list, not a set: a token is
/// looked up by the class table's [`classes::CUE`] and [`classes::ATTITUDE`] bits.)
fn single_word_cues(keep: impl Fn(&Entry) -> bool) -> Vec<String> {
    cues().entries.iter().filter(|e| !e.phrase.as_bytes().contains(&b' ') && keep(e)).map(|e| e.phrase.to_ascii_lowercase()).collect()
}

/// Is token `k` one of [`cue_words`] in some letter case?
fn is_single_cue(doc: &Doc, k: usize) -> bool {
    let classes = doc.classes(k);
    if classes & classes::NO_KEY == 0 {
        return classes & classes::CUE != 0;
    }
    // (A word makes no key for a curly apostrophe or over 24 bytes; no cue is over 14.)
    doc.token_bytes(k).len() <= 14 && {
        let lower = doc.lower(k);
        cue_words().iter().any(|w| *w == lower)
    }
}

/// A cue's tag column, decoded.
#[derive(Clone, Copy, Debug, Default)]
struct Tag {
    stance: Option<Stance>,
    noun_form: bool,
    weak: bool,
    tell: bool,
    passive: bool,
    quote: bool,
    /// A verb of reply ("hit back", "fired back"): as `quote`, or with content a "that" or a
    /// colon introduces; in sport and markets the same words take no words ("hit back with two
    /// goals", "shares shot back up").
    reply: bool,
    attitude: bool,
    inf: bool,
    /// Also an everyday verb of things ("the measure adds $12 billion"): a report only when its
    /// source can speak.
    speaker: bool,
    /// Also what a cause does ("that explains why", "something else explains the link"): a
    /// report only when its source may speak or the words are framed as said.
    cause: bool,
    /// An adverb of report ("reportedly", "allegedly"): no one is named, and what is reported
    /// is the clause around it.
    adverb: bool,
    /// Words a text carries ("the sign read “...”"): a report only when the source is no
    /// person, who reads a book ("she read “War and Peace”").
    text: bool,
    /// What the source holds is a noun phrase, never a clause ("supports the plan").
    noun_phrase: bool,
    /// Also names a business act ("declared a dividend", "posted a loss") or one in a game
    /// ("conceded two goals").
    act: bool,
    /// Also names a deed done to a person or a case ("dismissed its coach", "dismissed the
    /// lawsuit"): a report only with something said or thought after it.
    idea: bool,
    /// A verb of giving or making: a report only when its object names words ("offered a
    /// defence of the bill", "gave a roundabout answer"; not "offered a discount").
    said_object: bool,
    /// Reports an estimate only with its object and "at" a number ("analysts put the cost at
    /// $2 billion").
    estimate: bool,
    /// A verb of attack, which also names a blow ("jets attacked the port", "the rocket
    /// blasted off"): no report then.
    force: bool,
    /// A verb of recall, which also calls goods back ("Ford is recalling 33,600 cars"): no
    /// report then.
    recall: bool,
    /// The phrase names its hearer, a noun, before the verb ("the court heard"): the words were
    /// said to it by someone it does not name.
    hearer: bool,
    /// A noun-or-verb that also reports a view with its object and "as": "sees the deal as a
    /// betrayal", "viewed him as a rival".
    as_object: bool,
    /// A noun of hearsay ("rumours that", "speculation that"): words passed on that no one
    /// owns, so no phrase before it is their source.
    hearsay: bool,
    /// An adjective of a state of mind ("confident", "skeptical"): a report of its holder's view
    /// only as the predicate of "be", "remain", "seem", "become" or "feel", with a clause after
    /// it; never a passive.
    state: bool,
    /// The cue's first word, when the walks treat it apart.
    word: CueWord,
    /// The cue's first word is in [`JUDGED_TARGET_FIRST`] / [`IRREGULAR_PARTICIPLES`]: a word
    /// test of those lists on the cue's first token can only hold then (see [`CueWord`]).
    judged: bool,
    irregular: bool,
}

/// First words of cues that the walks treat apart. A word test on a cue's first token can only
/// hold when the cue's phrase starts with that word, so it is asked only then: most cues
/// ("said", "told") are passed by without reading their token again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum CueWord {
    #[default]
    Other,
    According,
    Call,
    Called,
    Declined,
    Detailed,
    Say,
    Finding,
    Warning,
}

/// Every cue's tag, decoded once, in the lexicon's order.
fn tags() -> &'static [Tag] {
    static TAGS: OnceLock<Vec<Tag>> = OnceLock::new();
    TAGS.get_or_init(|| cues().entries.iter().map(tag).collect())
}

fn tag(entry: &Entry) -> Tag {
    let mut parts = entry.tag.split(',');
    let stance = match parts.next().unwrap_or("") {
        "neutral" => Some(Stance::Neutral),
        "endorsing" => Some(Stance::Endorsing),
        "distancing" => Some(Stance::Distancing),
        "none" => None,
        other => unknown_tag("attribution_cues.tsv", other),
    };
    let normal = super::document::normalise_phrase(&entry.phrase);
    let first_word = normal.split(' ').find(|w| !w.is_empty()).unwrap_or("");
    let word = match first_word {
        "according" => CueWord::According,
        "called" => CueWord::Called,
        "call" => CueWord::Call,
        "declined" | "declines" => CueWord::Declined,
        "detailed" => CueWord::Detailed,
        "say" => CueWord::Say,
        "show" | "shows" | "found" | "finds" | "showing" => CueWord::Finding,
        "warning" => CueWord::Warning,
        _ => CueWord::Other,
    };
    let mut t = Tag {
        stance,
        word,
        judged: JUDGED_TARGET_FIRST.contains(&first_word),
        irregular: IRREGULAR_PARTICIPLES.contains(&first_word),
        ..Tag::default()
    };
    for flag in parts {
        match flag {
            "n" => t.noun_form = true,
            "weak" => t.weak = true,
            "tell" => t.tell = true,
            "passive" => t.passive = true,
            "quote" => t.quote = true,
            "reply" => t.reply = true,
            "attitude" => t.attitude = true,
            "inf" => t.inf = true,
            "speaker" => t.speaker = true,
            "cause" => t.cause = true,
            "adverb" => t.adverb = true,
            "np" => t.noun_phrase = true,
            "hearer" => t.hearer = true,
            "as" => t.as_object = true,
            "text" => t.text = true,
            "act" => t.act = true,
            "idea" => t.idea = true,
            "estimate" => t.estimate = true,
            "force" => t.force = true,
            "recall" => t.recall = true,
            "object" => t.said_object = true,
            "hearsay" => t.hearsay = true,
            "state" => t.state = true,
            other => unknown_tag("attribution_cues.tsv", other),
        }
    }
    t
}

/// The words the walks ask about by class, lower-cased, but for the single-word cues (which
/// the cue lexicon's own phrases hold): what [`classes`] reads by word number.
pub(crate) fn class_words() -> impl Iterator<Item = &'static [u8]> {
    let lists = lists().iter().flat_map(|list| list.words.iter().map(|w| w.as_bytes()));
    lists.chain(source::nouns().iter().map(|(key, _)| key.as_bytes()))
}

/// Every [`List`] of the walks: one table look-up tells which of them hold a token. Each list
/// has a bit of its own from bit 8 up (bits 0 to 7 are the source-noun flags); building the
/// table checks that no two share one.
fn lists() -> &'static [List] {
    &[
        TIME_WORDS,
        PREPOSITIONS,
        GROUP_WORDS,
        TIME_NOUNS,
        BE,
        FINITE,
        TIME_NOUN_PLURALS,
        SUBJECT_OPENERS,
        NOUN_PRECEDERS,
        ADVERBS,
        SUBJECT_PRONOUNS,
        PHRASE_ENDS,
        NOT_SPEAKERS,
        INVERTIBLE,
        CONTROL_VERBS,
        AS_ADVERBIALS,
        source::STOP_WORDS,
        source::LEADERS,
        source::DETERMINERS,
        source::PRONOUNS,
        source::ABBREVIATIONS,
        source::RIGHT_ENDS,
        source::PROFESSIONS,
        source::DOCUMENTS,
        source::RELATIVES,
        source::HEAD_ENDS,
        AND_BUT,
        COORDINATORS,
        THERE_HERE,
        NOUN_DETERMINERS,
        REFLEXIVES,
        source::PHRASE_OPEN_ENDS,
        source::WEEK,
        EARLIER,
        CLAUSE_OPENERS,
        source::NO_ONE,
        source::DAYS,
        source::CONTRACTED,
    ]
}

/// Words that open a time adverbial, never a source: "said Thursday morning on Fox".
const TIME_WORDS: List = List { bit: 1 << 8, words: words![
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "morning",
    "afternoon",
    "evening",
    "night",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "last",
    "earlier",
    "later",
    "recently",
    "previously",
    "then",
    "once",
    "again",
    "repeatedly",
    "frequently",
    "often",
    "ago",
] };

/// "was careful to", "are right to", "was the first to": "be" and an adjective of readiness or
/// judgement, or a rank, before the infinitive `to`, which join the cue as a controlling verb
/// does. The first of those words, if there are some.
fn readiness_before(doc: &Doc, to: usize, floor: usize) -> Option<usize> {
    if !(to >= floor + 3 && doc.is(to, "to")) {
        return None;
    }
    if doc.is_any(to - 1, words!["quick", "eager", "keen", "careful", "swift", "ready", "willing", "reluctant", "unwilling", "anxious", "loath", "hesitant", "unable", "right", "wrong"]) {
        // "It would be wrong to speculate": an "it" before the "be" of "right" or "wrong" stands
        // for the infinitive, which is then nobody's report.
        let it = || doc.is_any(to - 1, words!["right", "wrong"]) && (floor.max(to.saturating_sub(5))..to - 2).any(|k| doc.is(k, "it"));
        return (doc.is_any(to - 2, BE) && !it()).then_some(to - 2);
    }
    (to >= floor + 4 && doc.is_any(to - 1, words!["first", "last"]) && doc.is(to - 2, "the") && doc.is_any(to - 3, BE)).then_some(to - 3)
}

/// Verbs that take a report as their infinitive: "refused to say", "went on to argue".
const CONTROL_VERBS: List = List { bit: 1 << 22, words: words![
    "refused",
    "refuses",
    "declined",
    "declines",
    "wants",
    "want",
    "wanted",
    "tried",
    "tries",
    "continued",
    "continues",
    "began",
    "begins",
    "seemed",
    "seems",
    "appeared",
    "appears",
    "appear",
    "seem",
    "on",
    "hesitated",
    "plans",
    "planned",
    "going",
    "went",
    "pains",
    "sought",
    "seeks",
    "decided",
    "chose",
    "failed",
    "fails",
    "rushed",
    "moved",
    "hastened",
    // Habit and liking: "Defenders of the plan like to say that", "critics love to point out".
    "like",
    "likes",
    "liked",
    "love",
    "loves",
    "loved",
    "tend",
    "tends",
    "tended",
    "used",
    // Base forms after a modal: "will continue to insist", "may try to argue".
    "continue",
    "try",
    "refuse",
    "decline",
    "seek",
] };

/// Words that no speaker's phrase holds: conjunctions, subordinators, pronouns and the
/// prepositions of place and time (a body's name keeps "of", "for" and "and").
const CLAUSE_WORDS: Words = words![
    "that", "who", "which", "as", "but", "or", "nor", "if", "while", "although", "though", "until", "unless", "because", "since", "when",
    "where", "whether", "what", "how", "why", "then", "on", "at", "in", "into", "to", "by", "with", "from", "after", "before", "during",
    "not", "also", "still", "once", "again", "he", "she", "they", "we", "i", "it", "you", "there", "regarding", "about", "over", "under",
    "than", "so", "yet", "now", "including",
];

/// Verbs that take a gerund of saying as their object: "kept saying", "stopped short of calling".
const ASPECT_VERBS: Words = words![
    "keep", "keeps", "kept", "start", "starts", "started", "stop", "stops", "stopped", "resist", "resisted", "avoid", "avoided", "began",
    "begin", "begins", "continued", "continues", "continue",
];

/// Verbs of saying that may come before their source: "“...,” said the mayor".
const INVERTIBLE: List = List { bit: 1 << 21, words: words![
    "said",
    "says",
    "added",
    "adds",
    "asked",
    "asks",
    "wrote",
    "writes",
    "explained",
    "noted",
    "notes",
    "continued",
    "recalled",
    "recalls",
    "replied",
    "responded",
    "declared",
    "warned",
    "insisted",
    "argued",
    "argues",
    "countered",
    "quipped",
    "joked",
    "concluded",
    "cautioned",
    "remarked",
    "observed",
    "acknowledged",
    "admitted",
    "conceded",
    "predicted",
    "tweeted",
    "reported",
    "stated",
    "suggested",
    "complained",
    "retorted",
    "exclaimed",
    // The present of news features and profiles: "“I'm a voter,” declares Stephanie Acs, 27".
    "declares",
    "explains",
    "insists",
    "warns",
    "concludes",
    "cautions",
    "acknowledges",
    "admits",
    "replies",
    "responds",
    // Belief and forecast, inverted as in commentary and translated copy: "The plan will fail,
    // believes the economist Ivan Petrov", "Rates will fall, predicts Goldman Sachs".
    "believes",
    "thinks",
    "predicts",
    "expects",
    "fears",
    "hopes",
    "suggests",
] };

/// Auxiliaries and adverbs that belong to the verb group: "has also said", "had repeatedly denied".
const GROUP_WORDS: List = List { bit: 1 << 10, words: words![
    "has",
    "have",
    "had",
    "also",
    "later",
    "previously",
    "repeatedly",
    "publicly",
    "privately",
    "then",
    "further",
    "recently",
    "earlier",
    "already",
    "again",
    "once",
    "reportedly",
    // Sentence adverbs and frequency words that sit inside the verb group: "have nonetheless
    // warned", "has since denied", "has long argued".
    "nonetheless",
    "nevertheless",
    "however",
    "meanwhile",
    "instead",
    "likely",
    "since",
    "long",
    "now",
    "always",
    "often",
    "would",
    "will",
    "did",
    "does",
    "do",
    "not",
    "never",
    "ever",
    "twice",
    "only",
    "just",
    "first",
    "frequently",
    "flatly",
    "explicitly",
    "quickly",
    "initially",
    "originally",
    "similarly",
    "separately",
    "subsequently",
    "even",
    "too",
    "cannot",
    "can't",
    "won't",
    "didn't",
    "doesn't",
    "don't",
    "wouldn't",
    "couldn't",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "shall",
    "hasn't",
    "haven't",
    "hadn't",
    "still",
] };
const BE: List = List { bit: 1 << 12, words: words!["is", "was", "were", "are", "be", "been", "being", "isn't", "wasn't", "aren't", "weren't"] };
/// Prepositions that open an adverbial after the verb rather than its content: "said on Monday
/// that ...", "said in an interview".
/// What, besides a document, shows a finding: "figures showing a rise", "the data showed".
pub(super) const EVIDENCE: Words = words![
    "research", "data", "figures", "figure", "samples", "records", "averages", "results", "statistics", "numbers", "estimates", "tests", "test",
    "census", "findings", "evidence", "footage", "video", "videos", "images", "photos", "photographs", "pictures", "scans",
    "autopsy", "trials", "trial", "experiments", "experiment", "calculations", "projections", "models", "tallies", "count", "counts", "polling",
    "outcome", "returns", "inquiry", "inquiries", "investigation", "investigations", "probe", "jury", "rankings", "ranking", "scores",
    "measurements", "readings", "observations",
];

/// "research by the Institute for Public Finance showing ...", "figures from the ministry
/// showing ...": the noun of evidence before a short "by" or "from" phrase that names its
/// author and ends at the participle `first`.
fn authored_evidence(doc: &Doc, first: usize, sent_first: usize) -> Option<usize> {
    let mut k = first;
    while k > sent_first + 1 && first - k < 7 {
        k -= 1;
        if doc.is_any(k, words!["by", "from"]) {
            return (k + 1 < first && (doc.is_any(k - 1, source::DOCUMENTS) || doc.is_any(k - 1, EVIDENCE))).then_some(k - 1);
        }
        if doc.tokens[k].kind != TokenKind::Word && !source::is_abbrev_dot_pub(doc, k) && !source::is_joiner(doc, k) || source::is_cue_word(doc, k) {
            return None;
        }
    }
    None
}

/// Verbs of judgement whose present headlines use after a name, though the same words are
/// nouns in a story ("Donald Trump Praises ...", "YEUTTER BLASTS ...").
const HEADLINE_JUDGEMENTS: Words = words!["praises", "blasts", "hails", "promises"];

/// Can token `k`, a noun of evidence, be the subject of a plain present verb ("polls show",
/// "data show"), or only of one with an "s" ("the poll shows")?
fn plural_or_mass(doc: &Doc, k: usize) -> bool {
    let t = doc.token_text(k);
    t.ends_with('s') && !t.eq_ignore_ascii_case("census") || doc.is_any(k, words!["data", "evidence", "footage", "polling", "research"])
}

/// People whose trade is finding things out: "The researchers found no reduction in mortality"
/// reports a finding, where "Police found a body" does not.
const RESEARCHERS: Words = words!["researchers", "scientists", "authors", "auditors", "inspectors", "economists", "epidemiologists"];

const PREPOSITIONS: List = List { bit: 1 << 9, words: words![
    "on",
    "in",
    "at",
    "during",
    "via",
    "through",
    "after",
    "before",
    "of",
    "from",
    "while",
    "when",
    "by",
    "with",
    "to",
    "following",
    "upon",
    "over",
    "outside",
    "inside",
] };

/// One-word adverbs that may follow a reporting verb.
const ADVERBS: List = List { bit: 1 << 17, words: words![
    "also",
    "again",
    "then",
    "later",
    "earlier",
    "here",
    "there",
    "back",
    "afterward",
    "afterwards",
    "shortly",
    "previously",
    "repeatedly",
    "publicly",
    "privately",
    "separately",
    "flatly",
    "recently",
    "late",
    "early",
    "once",
] };

/// Nouns that extend a time adverbial: "Tuesday night", "last week".
const TIME_NOUNS: List = List { bit: 1 << 11, words: words!["night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "day", "ago", "time"] };

/// Words before a noun-or-verb form that show it is the noun: "his claims", "false reports".
const NOUN_PRECEDERS: List = List { bit: 1 << 16, words: words![
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "these",
    "those",
    "such",
    "of",
    "for",
    "with",
    "about",
    "against",
    "in",
    "on",
    "to",
    "by",
    "via",
    "new",
    "false",
    "similar",
    "many",
    "some",
    "no",
    "any",
    "and",
    "or",
    "unfounded",
    "baseless",
    "dubious",
    "news",
    "media",
    "insurance",
    "from",
    "other",
    "earlier",
    "recent",
    "several",
    "both",
    "all",
    "two",
    "three",
    "that",
    "this",
    "initial",
    "first",
    "beyond",
    "under",
] };

/// Is token `i` the one-byte ASCII mark `mark` (",", ".", ")", ...)? The answer of
/// `doc.is(i, ",")`, read off the token alone without its text: the walks ask this of most
/// tokens they pass. (Not for the apostrophe: `doc.is` also takes a curly one for it.)
#[inline]
fn is_mark(doc: &Doc, i: usize, mark: u8) -> bool {
    debug_assert!(mark.is_ascii_punctuation() && mark != b'\'');
    doc.tokens.get(i).is_some_and(|t| t.end - t.start == 1 && t.first_byte() == mark)
}

/// Does token `i` start with a capital, as `token_text(i).starts_with(char::is_uppercase)`? An
/// ASCII first byte answers without decoding the text.
// (Always inlined natively: asked of most tokens near a cue, the call costs more than the
// answer. The page's module, built for size, leaves the choice to the compiler: inlined at its
// 126 calls the test made the download about 2.4 KB larger.)
#[cfg_attr(any(not(target_arch = "wasm32"), target_feature = "simd128"), inline(always))]
fn starts_upper(doc: &Doc, i: usize) -> bool {
    match doc.tokens[i].first_byte() {
        b if b.is_ascii() => b.is_ascii_uppercase(),
        _ => doc.token_text(i).starts_with(char::is_uppercase),
    }
}

/// States a passive report can give its subject: "was reported missing", "were confirmed dead".
const REPORTED_STATES: Words = words![
    "missing", "dead", "killed", "injured", "wounded", "alive", "safe", "kidnapped", "arrested", "detained", "captured", "drowned",
];

/// The conjunctions before a second report's subject: ", and analysts said".
const AND_BUT: List = List { bit: 1 << 32, words: words!["and", "but"] };
/// Nouns that sum up a clause before them: "- a fact first reported by X", ", a charge the
/// department denied".
pub(super) const SUMMING_NOUNS: Words = words![
    "fact", "allegation", "claim", "assertion", "charge", "accusation", "finding", "conclusion", "view", "contention", "point", "figure", "estimate",
    "account", "version", "forecast", "prediction", "projection", "suggestion", "description", "sentiment", "assessment",
];

/// The conjunctions before a second verb of the same subject: "praised the deal but refused".
const COORDINATORS: List = List { bit: 1 << 33, words: words!["and", "but", "yet"] };
const THERE_HERE: List = List { bit: 1 << 34, words: words!["there", "here"] };
/// Words after which a cue word is a noun: "the show", "a report", "their calls".
const NOUN_DETERMINERS: List = List {
    bit: 1 << 35,
    words: words!["the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "same", "every", "each"],
};
const REFLEXIVES: List = List { bit: 1 << 36, words: words!["itself", "himself", "herself", "themselves", "ourselves", "myself"] };

/// Verbs of judgement whose active use puts the target first: "accused the minister of lying",
/// "praised her for", "hailed the deal as".
const JUDGED_TARGET_FIRST: Words = words![
    "accused", "blamed", "criticised", "criticized", "charged", "praised", "condemned", "faulted", "slammed", "lambasted", "hailed",
    "thanked", "congratulated", "chastised", "rebuked", "censured", "reprimanded", "ridiculed", "mocked", "denounced", "credited",
    "described",
];

/// "Clinton sees the issue as a way to ...", "views him as a rival": after its subject (no
/// determiner, no "be"), the object, a short noun phrase with no verb, then "as" (not "sees as
/// many as", nor "the bank's view", nor "is viewed as").
fn as_view(doc: &Doc, first: usize, last: usize, sent_first: usize, sentence_end: usize) -> bool {
    // ("Many see the deal as ...": a quantifier opening the sentence is the subject.)
    let quantifier_subject = first == sent_first + 1 && doc.is_any(sent_first, words!["some", "many", "most", "few", "others", "both"]);
    first > sent_first
        && (!source::is_det(doc, first - 1) || quantifier_subject)
        && !doc.is_any(first - 1, BE)
        && !is_possessive(doc.token_text(first - 1))
        && last + 1 < sentence_end
        && (source::is_det(doc, last) || doc.is_any(last, OBJECT_PRONOUNS) || doc.is_any(last, REFLEXIVES) || doc.is(last, "it") || starts_upper(doc, last) || bare_object(doc, last, sentence_end))
        && (last + 1..sentence_end.min(last + 6))
            .take_while(|&k| doc.tokens[k].kind == TokenKind::Word && !doc.is_any(k, FINITE) && !doc.token_bytes(k).ends_with(b"ed"))
            // (Not an "as" of time, cause or manner: "would see a return to profit as it built
            // ...", "will see its costs up sharply as a result".)
            .any(|k| doc.is(k, "as") && !(k + 1 < sentence_end && (doc.is_any(k + 1, AS_ADVERBIALS) || doc.is(k + 1, "a") && k + 2 < sentence_end && doc.is(k + 2, "result"))))
}

/// "see immigrants as a burden", "see black votes as key": an object with no determiner, a
/// plural of one or two words right before "as", whose complement is no comparison ("see
/// prices as high as") and no clause of time ("see growth as the year goes on").
fn bare_object(doc: &Doc, k: usize, end: usize) -> bool {
    let plural = |i: usize| {
        let t = doc.token_bytes(i);
        t.len() > 3 && t.ends_with(b"s") && !t.ends_with(b"ss") && doc.tokens[i].kind == TokenKind::Word && !doc.is_any(i, ADVERBS) && !doc.is_any(i, PHRASE_ENDS)
    };
    let Some(noun) = [k, k + 1].into_iter().find(|&i| i + 1 < end && plural(i) && doc.is(i + 1, "as")) else { return false };
    let complement = noun + 2;
    (noun == k || doc.tokens[k].kind == TokenKind::Word && !doc.is_any(k, PREPOSITIONS) && !doc.is_any(k, FINITE))
        && complement < end
        && !clause_at(doc, complement, end)
        && !(complement + 1 < end && source::is_det(doc, complement) && (doc.is_any(complement + 1, TIME_NOUNS) || doc.is_any(complement + 1, TIME_WORDS)))
        && !(complement + 1 < end && doc.is(complement + 1, "as"))
}

/// "that" opens a reported clause, unless it is the clause's own first word: its subject when a
/// verb follows ("Scientists say that is a misunderstanding"), or its determiner ("they feel that
/// way", "I think that way is better"). Besides the auxiliaries, verbs that take a clause's
/// subject but are rarely an adjective or a noun before one: "said that looked optimistic",
/// "think that makes life unlikely" ("said that increased spending would help" is a clause).
fn that_in_clause(doc: &Doc, i: usize) -> bool {
    i + 1 < doc.tokens.len()
        && (doc.is_any(i + 1, FINITE)
            || doc.is_any(i + 1, words!["'s", "’s", "way"])
            || doc.is_any(i + 1, words![
                "looks", "looked", "seems", "seemed", "sounds", "sounded", "makes", "made", "means", "meant", "matters", "mattered",
                "happens", "happened", "helps", "helped", "explains", "explained", "proves", "proved",
            ]))
}

/// Is the "that" at `i` the determiner of a lone noun where the object ends ("disputed that
/// figure, saying ...", "echoed that sentiment.")? Then it is part of the object, not the
/// opening of a clause.
fn that_determiner(doc: &Doc, i: usize, end: usize) -> bool {
    doc.is(i, "that")
        && i + 2 < end
        && doc.tokens[i + 1].kind == TokenKind::Word
        && !starts_upper(doc, i + 1)
        && !doc.is_any(i + 1, SUBJECT_PRONOUNS)
        && !source::is_det(doc, i + 1)
        && !doc.is_any(i + 1, FINITE)
        // (Only where the object ends: "said that inflation, as measured by ..., remained" and
        // "said that already, it has" open clauses with an aside.)
        && (is_end_punct(doc, i + 2)
            || is_mark(doc, i + 2, b';')
            || is_mark(doc, i + 2, b',') && i + 3 < end && doc.token_text(i + 3).ends_with("ing")
            // ("disputed that figure but declined to give its own", "denied that claim and said":
            // the subject's next verb. After "and" only a plain past: "that globalization and
            // related job losses" joins nouns.)
            || i + 3 < end
                && doc.is_any(i + 2, words!["and", "but"])
                && (doc.is_any(i + 3, FINITE) || doc.is_any(i + 3, PLAIN_VERBS) || doc.is(i + 2, "but") && doc.token_text(i + 3).ends_with("ed") && !starts_upper(doc, i + 3)))
}

/// "She confirmed that on Monday", "He denied that in an interview with the BBC": a "that"
/// followed by nothing but when or where it was said, up to the sentence's end (or the
/// subject's next verb), is the object (words said before), not the opening of a clause ("said
/// that in 2019 sales fell" goes on to words no such phrase holds).
fn that_then_when(doc: &Doc, i: usize, end: usize) -> bool {
    let phrase = |k: usize| {
        doc.tokens[k].kind == TokenKind::Number
            || doc.tokens[k].kind == TokenKind::Word
                && (starts_upper(doc, k)
                    || doc.is_any(k, PREPOSITIONS)
                    || doc.is_any(k, TIME_WORDS)
                    || doc.is_any(k, TIME_NOUNS)
                    || doc.is_any(k, source::DOCUMENTS)
                    || source::is_det(doc, k)
                    || doc.is_any(k, words!["interview", "hearing", "meeting", "conference", "briefing", "speech", "reporters", "journalists", "me", "us", "him", "her", "them"]))
    };
    doc.is(i, "that")
        && i + 2 < end
        && (doc.is_any(i + 1, PREPOSITIONS) || doc.is_any(i + 1, TIME_WORDS))
        && (i + 1..end.min(i + 10)).find(|&k| !phrase(k)).is_some_and(|k| {
            // (Or up to the subject's second verb: "confirmed that on Friday and said ...".)
            k + 1 == end && is_stop_mark(doc, k)
                || k + 1 < end && doc.is_any(k, AND_BUT) && !starts_upper(doc, k + 1) && (source::is_cue_word(doc, k + 1) || doc.token_bytes(k + 1).ends_with(b"ed"))
        })
}

/// Is token `i` a full stop, "!" or "?" (as `doc.is_any(i, words![".", "!", "?"])`)?
fn is_stop_mark(doc: &Doc, i: usize) -> bool {
    is_mark(doc, i, b'.') || is_mark(doc, i, b'!') || is_mark(doc, i, b'?')
}

/// Does a quotation open right before token `i`, its mark glued to the word: “Nobody, "We, but not
/// the closing mark of '“...,” Smith said'?
fn opens_quotation_at(doc: &Doc, i: usize) -> bool {
    if i == 0 || !is_quote_mark(doc, i - 1) || doc.tokens[i - 1].end != doc.tokens[i].start {
        return false;
    }
    match doc.token_text(i - 1) {
        "\u{201C}" | "\u{00AB}" => true,
        "\"" => i == 1 || doc.tokens[i - 2].end < doc.tokens[i - 1].start,
        _ => false,
    }
}

/// Finite auxiliaries and modals: one of them after a short noun phrase shows a clause.
const FINITE: List = List { bit: 1 << 13, words: words![
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "does",
    "did", "do", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't",
    "didn't", "doesn't", "don't", "shouldn't",
] };
/// Words after "as" that make it an adverbial, not a complement: "as part of", "as expected".
const AS_ADVERBIALS: List = List { bit: 1 << 23, words: words![
    "part", "well", "expected", "planned", "scheduled", "promised", "usual", "early", "late", "soon", "long", "much", "many", "recently",
    "of", "it", "they", "he", "she", "we", "if", "though", "such",
] };
/// Words after a plural noun that show it ends a phrase, not that it is a verb: "the new rules
/// for its staff", "the costs and risks".
const PHRASE_ENDS: List = List { bit: 1 << 19, words: words!["for", "into", "across", "under", "about", "against", "between", "among", "without", "than", "as", "and", "or", "but"] };
/// Subject pronouns: a clause starts with one of them whatever follows.
const SUBJECT_PRONOUNS: List = List { bit: 1 << 18, words: words!["he", "she", "they", "we", "i", "it", "there"] };
/// Plurals of the time nouns: "the past two weeks", "a few days later".
const TIME_NOUN_PLURALS: List = List { bit: 1 << 14, words: words!["nights", "mornings", "evenings", "weeks", "weekends", "months", "years", "days", "hours", "minutes", "times"] };
/// Words that open a clause's subject: determiners and possessives.
const SUBJECT_OPENERS: List = List { bit: 1 << 15, words: words![
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "these", "those", "that", "no", "all", "both", "every", "each",
] };

/// Is the word a possessive ("Trump's", "the bank’s")?
fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("\u{2019}s")
}

/// Does token `p`, a determiner or a subject pronoun after a noun (not after a preposition or a
/// determiner), open the subject of a told clause? "told the panel | the arrest ...", "told
/// attorneys | he needed time"; not "told a group of | the miners".
fn opens_subject(doc: &Doc, p: usize) -> bool {
    (source::is_det(doc, p) || doc.is_any(p, SUBJECT_PRONOUNS))
        && doc.tokens[p - 1].kind == TokenKind::Word
        && !doc.is_any(p - 1, PREPOSITIONS)
        && !doc.is_any(p - 1, words!["of", "and", "or", "for", "about", "than", "as"])
        && !source::is_det(doc, p - 1)
}

/// A hearer with a determiner at `j` runs to the next subject, which opens the content:
/// "told a press conference the record rate underlines ...", "told a group of farmers the plan".
fn next_subject_after_det_hearer(doc: &Doc, j: usize, end: usize) -> Option<usize> {
    if !source::is_det(doc, j) {
        return None;
    }
    let words = (j + 1..end.min(j + 5)).take_while(|&p| doc.tokens[p].kind == TokenKind::Word && !starts_upper(doc, p));
    words.skip(1).find(|&p| opens_subject(doc, p))
}

/// Where a content ends before the writer's note of what the source left unsaid: "said it would
/// cut spending but did not give a figure", "... but gave no details", "but would not say how
/// much". The note closes the sentence, so only its last few tokens are searched.
fn withheld_at(doc: &Doc, first: usize, last: usize) -> Option<usize> {
    // Asked at every content's end: the token's length and first byte turn most words away
    // before its text is compared.
    let but = (last.saturating_sub(8).max(first + 1)..last).find(|&k| {
        let t = &doc.tokens[k];
        t.end - t.start == 3 && matches!(t.first_byte(), b'b' | b'B') && doc.is(k, "but")
    })?;
    let next = |k: usize| (k < last).then_some(k);
    let withheld = if next(but + 2).is_some() && doc.is_any(but + 1, words!["gave", "gives", "give"]) {
        doc.is_any(but + 2, words!["no", "few"])
    } else {
        next(but + 3).is_some()
            && doc.is_any(but + 1, words!["did", "would", "could", "does", "will"])
            && doc.is_any(but + 2, words!["not", "n't"])
            && doc.is_any(but + 3, WITHHELD)
    };
    withheld.then(|| if is_mark(doc, but - 1, b',') { but - 1 } else { but })
}

/// Verbs of telling that a source can decline to do: "did not elaborate", "would not disclose".
const WITHHELD: Words = words![
    "elaborate", "say", "give", "specify", "identify", "disclose", "discuss", "name", "comment", "provide", "detail", "explain", "reveal",
    "confirm", "release", "indicate", "quantify",
];

/// Object pronouns before a clause or "of": the hearer ("told him the bridge would close").
const OBJECT_PRONOUNS: Words = words!["me", "us", "him", "her", "them", "you"];

/// Does a finite clause begin at token `c` ("the mill would close", "she had left", "the land
/// seems stable")? Without a "that" or a quotation to mark it, content after a reporting verb
/// must be one: "was announced more than a week in advance" and "adds $12 billion" say when or
/// how much, not what was said. Without part-of-speech tags a clause shows itself by a subject
/// pronoun, or by a finite auxiliary or modal after a short noun phrase, or by a lower-case
/// verb in -s or -ed right after a determiner and a noun.
fn clause_at(doc: &Doc, c: usize, end: usize) -> bool {
    if c >= end || doc.tokens[c].kind != TokenKind::Word {
        return false;
    }
    if doc.is_any(c, SUBJECT_PRONOUNS) {
        return c + 1 < end && doc.tokens[c + 1].kind == TokenKind::Word && !doc.is_any(c + 1, PREPOSITIONS);
    }
    // A pronoun with its verb contracted: "it's", "they're", "I’ll".
    let t = doc.token_text(c);
    if let Some(a) = t.find(['\'', '\u{2019}']) {
        let pronoun = t.at(..a);
        if SUBJECT_PRONOUNS.words.iter().chain(["that", "you"]).any(|p| pronoun.eq_ignore_ascii_case(p)) {
            return true;
        }
    }
    if doc.is_any(c, PREPOSITIONS) || doc.is_any(c, ADVERBS) || doc.is_any(c, TIME_WORDS) || is_manner_adverb(doc, c) {
        return false;
    }
    let opened = doc.is_any(c, SUBJECT_OPENERS) || starts_upper(doc, c);
    // The subject is a short phrase: its finite verb comes within a few words, before any comma.
    for k in c + 1..end.min(c + 10) {
        // Numbers, hyphens and abbreviation stops sit inside a subject: "the 1987 budget", "a
        // half-point cut", "the U.K. Government".
        if doc.tokens[k].kind == TokenKind::Number || doc.token_text(k) == "-" || source::is_abbrev_dot_pub(doc, k) {
            continue;
        }
        // A relative clause or a second verb belongs to the phrase, not to a clause: "added a
        // system that can handle", "added a new officer and will expand"; but "takeovers and
        // mergers had" joins two nouns.
        if doc.tokens[k].kind != TokenKind::Word
            || doc.is_any(k, words!["that", "which", "who", "whose", "where"])
            || doc.is_any(k, words!["and", "but", "or"]) && k + 1 < end && doc.is_any(k + 1, FINITE)
        {
            return false;
        }
        if doc.is_any(k, FINITE) {
            return true;
        }
        // A plural noun ends in -s too ("the new rules"), so a verb in -s needs words after it
        // that are no adverbial; a past tense may end the sentence ("as the debate ended").
        let t = doc.token_text(k);
        let lower = t.starts_with(|c: char| c.is_lowercase());
        // A number may be the verb's object ("the software costs 5,000 dlrs").
        let word_after = k + 1 < end && matches!(doc.tokens[k + 1].kind, TokenKind::Word | TokenKind::Number);
        // "to" before a bare verb is an infinitive ("the board wanted to sell"), not a place.
        let infinitive = doc.is(k + 1, "to")
            && k + 2 < end
            && doc.token_text(k + 2).starts_with(|c: char| c.is_lowercase())
            && !source::is_det(doc, k + 2)
            && !doc.is_any(k + 2, PREPOSITIONS);
        let adverbial_after = word_after
            && !infinitive
            && (doc.is_any(k + 1, PREPOSITIONS) || doc.is_any(k + 1, PHRASE_ENDS) || doc.is_any(k + 1, TIME_WORDS) || doc.is_any(k + 1, TIME_NOUNS));
        let possessive = is_possessive(t);
        let verb_s = t.len() > 3 && t.ends_with('s') && !t.ends_with("ss") && !possessive && word_after && !adverbial_after;
        // (An irregular past too: "the city spent", "the firm sold"; not one that is as often a
        // noun or an adjective, "the tax cut", "the left wing", nor a frame's verb of saying,
        // "..., the company said".)
        let irregular = || doc.is_any(k, PLAIN_VERBS) && !doc.is_any(k, words!["cut", "put", "set", "hit", "left", "rose", "felt", "go", "come", "make", "take", "get", "keep", "remain", "seem"]) && !source::is_cue_word(doc, k);
        let verb_ed = t.len() > 3 && t.ends_with("ed") && !adverbial_after;
        // Only after a determiner and one or two nouns ("the land seems", "the housing market
        // seems"): further in, or after a possessive, an -ed or -s word is as likely an adjective
        // or a name ("the company's fourth advanced jet", "the Ford Taurus").
        let near = k <= c + 2 || k == c + 3 && word_after && !(c + 1..k).any(|i| is_possessive(doc.token_text(i)));
        // (The lists last: most words are turned away before them.)
        if opened && lower && near && (verb_s || verb_ed || !adverbial_after && irregular()) && !doc.is_any(k - 1, PREPOSITIONS) {
            return true;
        }
    }
    false
}

/// After a verb of telling with no "that": is there a clause after a one-word or capitalised
/// hearer ("told parliament the plan would fail")?
fn short_hearer_content(doc: &Doc, j: usize, end: usize) -> bool {
    if source::is_det(doc, j) || doc.is_any(j, PREPOSITIONS) {
        return false;
    }
    let mut k = j + 1;
    while k < end && starts_upper(doc, k) {
        k += 1;
    }
    let words = (k..end).filter(|&i| doc.tokens[i].kind == TokenKind::Word).count();
    words >= 3 && !doc.is_any(k, PREPOSITIONS)
}

enum After {
    /// Content begins at this token.
    Content(usize),
    /// Nothing but adverbials up to the sentence end: the content, if any, is on the left.
    Nothing,
    /// A comma (or dash) not followed by a quotation.
    Comma(usize),
    /// An adverbial from this token to the sentence end ("said after the meeting"); it is the
    /// content only when there is none on the left ("said after the vote he would quit").
    Trailing(usize),
}

/// Attributions in document order, one per reporting cue.
pub fn detect(doc: &Document, quotes: &[Range]) -> Vec<Attribution> {
    // The walks ask about the tokens near each cue through this: see `classes`.
    let doc = &Doc::new(doc);
    let lex = cues();
    // Each paragraph's tokens, found once: every pass below goes paragraph by paragraph.
    let para_tokens = super::quotes::paragraph_tokens(doc);
    let Marks { quotes, closed, semicolons, comma_links, brackets } = quotations(doc, quotes, &para_tokens);
    let quotes = &quotes[..];
    // The quotation pass saw every semicolon and comma if the paragraphs hold every token, as
    // the segmenter makes them; else the semicolons are searched for in the text, and the commas
    // are not known.
    let tiled = para_tokens.first().map_or(0, |p| p.0) == 0
        && para_tokens.windows(2).all(|w| w[0].1 == w[1].0)
        && para_tokens.last().map_or(0, |p| p.1) == doc.tokens.len();
    let semicolons = if tiled {
        semicolons
    } else {
        doc.text.match_indices(';').map(|(at, _)| doc.token_at_or_after(at)).filter(|&k| k < doc.tokens.len() && doc.token_text(k) == ";").collect()
    };
    let semicolons: Vec<usize> = semicolons.into_iter().filter(|&k| quote_containing(quotes, doc.tokens[k].start).is_none()).collect();
    // The cues that can be reporting verbs here, each with its decoded tag, its sentence and
    // that sentence's bounds as the walks see them (not cut at "Mr."), worked out once for all
    // the cues in it.
    let mut bounds_seen: Option<(usize, (usize, usize))> = None;
    let mut sentence_cursor = 0;
    let found = lex.hits(doc);
    let mut hits = Vec::with_capacity(found.len());
    hits.extend(found.iter().copied().filter_map(|hit| {
            // "That said, ..." concedes; "a message that said, “...”" is the message's report,
            // read as the plain "said" after the relative "that".
            let hit = relative_that_said(doc, lex, hit).unwrap_or(hit);
            let t = *tags().at(hit.entry);
            let stance = t.stance?;
            let si = sentence_from(doc, &mut sentence_cursor, hit.first);
            if !plausible_verb(doc, hit.first, hit.last, &t, doc.sentences[si].first) {
                return None;
            }
            let sent = match bounds_seen {
                Some((seen, bounds)) if seen == si => bounds,
                _ => sentence_bounds(doc, si),
            };
            bounds_seen = Some((si, sent));
            Some((hit, t, stance, si, sent))
        }));
    let links = tiled.then_some(&comma_links[..]);
    let mut joins: Vec<usize> = report_joins(doc, hits.iter().map(|(hit, t, _, _, sent)| (hit.first, hit.last, t, *sent)), links)
        .filter(|&k| quote_containing(quotes, doc.tokens[k].start).is_none())
        .collect();
    crate::sort::sort_dedup(&mut joins);
    // At most one attribution per cue, and a few marked by punctuation.
    let mut out: Vec<Attribution> = Vec::with_capacity(hits.len() + 4);
    // reach[k]: the furthest byte any content of out[..=k] ends at.
    let mut reach: Vec<usize> = Vec::with_capacity(hits.len());
    let labelled = structural(doc, quotes, &para_tokens);
    // A label's words in quotation marks are the labelled speaker's: a cue inside them is their
    // wording, as it is inside any quotation ("Cecile Richards: ‘I’m Sick Of Men Telling Us ...’").
    // Left out before the walk, so that no later pronoun stands for a source the result drops.
    let quoted_label = |a: &&Attribution| {
        a.content.first().is_some_and(|c| {
            let k = doc.token_at_or_after(c.start);
            is_quote_mark(doc, k) || doc.token_text(k) == "\u{2018}"
        })
    };
    let label_words: Vec<Range> = labelled.iter().filter(quoted_label).flat_map(|l| l.content.iter().copied()).collect();
    // The last named source and the last source of any kind, for pronouns.
    let mut last_named: Option<Range> = None;
    let mut last_kind: Option<SourceKind> = None;
    let mut last_para = usize::MAX;
    // The last source that is one unnamed person ("a spokesman", "one reader") or the holder of
    // a post ("the opposition leader"), with its paragraph, kind and tokens and whether it is a
    // post, while no named source has come after it.
    let mut last_unnamed: Option<(usize, SourceKind, Range, usize, usize, bool)> = None;
    // The last organisation that was a source, with its paragraph: "Acme said ... It said" is
    // Acme. (The paragraph before at most, as for a company's short name: see `companies`.)
    let mut last_body: Option<(usize, Range, SourceKind)> = None;
    // So the last group of people, with its kind: "The authors cautioned ... they wrote".
    let mut last_group: Option<(usize, Range, SourceKind)> = None;
    // The words the last "he" or "she" stood for, whether it was "she", and its paragraph.
    let mut last_pronoun: Option<(Range, bool, usize)> = None;
    // Each named source with its cue's first token, in the order of the cues: the views found
    // after the walk read their pronouns from it as the walk reads them.
    let mut named_at: Vec<(usize, Range)> = Vec::new();
    for (hit, t, stance, si, sent) in hits {
        let entry = lex.entry(&hit);
        let (first, last) = (hit.first, hit.last);
        let s = &doc.sentences[si];
        let para = *para_tokens.at(s.paragraph);
        if s.paragraph != last_para {
            last_para = s.paragraph;
            last_kind = None;
        }
        // Metadata lines ("Disclaimer: the views expressed are ...") speak about the text, not
        // for a source: a reporting verb there attributes nothing a reader should weigh.
        if s.block == super::segment::Block::Metadata {
            continue;
        }
        // A report inside a quotation is the quoted speaker's own wording, already attributed
        // as a whole to whoever is quoted; listing it again would double-count.
        // An unclosed mark is too unreliable to silence a cue.
        if super::quotes::is_quoted(&closed, doc.token_span(first, last)) || label_words.iter().any(|c| c.contains(doc.token_span(first, last))) {
            continue;
        }
        let w = Walk { doc, quotes, para, sent, reach: &reach, semicolons: &semicolons, joins: &joins, links };
        let Some(mut a) = attribute(&w, first, last, &t, stance, &out) else { continue };
        // "without being asked to.": an infinitive's "to" with its verb left out says nothing.
        if let [c] = a.content[..] {
            if c.end - c.start == 2 && doc.is(doc.token_at_or_after(c.start), "to") {
                continue;
            }
        }
        if (t.force || t.recall) && deed(&w, first, last, &a, t.recall) {
            continue;
        }
        if t.hearsay {
            a.source = None;
        }
        end_in_relative_subject(doc, sent.0, &mut a);
        end_in_possessed_subject(doc, sent.0, first, last, &t, &mut a);
        end_in_participle_subject(doc, sent.0, first, last, &mut a);
        end_in_relative_aside(&w, first, &mut a);
        end_at_subject_pronoun(doc, first, &mut a);
        // "a passing promise that it would fund the school raised questions": a walk that
        // stopped after a modal holds the modal's verb and object, no speaker. (A question's
        // subject follows its modal too, "would any rational person believe", "will reporters
        // still want": a determiner, a pronoun or a plural, where the verb is a bare form.)
        if let Some(r) = a.source {
            let k = doc.token_at_or_after_near(r.start, first);
            let subject = || {
                let w = doc.token_bytes(k);
                source::is_det(doc, k) || doc.is_any(k, source::PRONOUNS) || doc.is_any(k, SUBJECT_PRONOUNS) || doc.is_any(k, words!["any", "some", "all", "many", "most", "few", "each", "every", "anyone", "anybody", "everyone", "nobody"])
                    || w.ends_with(b"s") && !w.ends_with(b"ss")
            };
            // (The class table answers for most tokens before the list is read.)
            if k > sent.0 && !starts_upper(doc, k) && doc.is_any(k - 1, FINITE) && doc.is_any(k - 1, words!["would", "will", "could", "should", "can", "may", "might", "must"]) && !subject() {
                a.source = None;
            }
        }
        // Resolve pronouns and relatives to a kind.
        let mut tokens = (0, 0);
        let class = match a.source {
            Some(r) => {
                // The source stands next to its cue, nearly always.
                tokens = (doc.token_at_or_after_near(r.start, first), doc.token_at_or_after_near(r.end, first));
                // "Whatever the critics say, the plan works", "no matter what the bosses claim":
                // a concession reports nothing, and the clause beside it is the writer's.
                let k = tokens.0;
                if doc.is(k, "whatever") || k >= 3 && doc.is(k - 1, "what") && doc.is(k - 2, "matter") && doc.is(k - 3, "no") {
                    continue;
                }
                if tokens.1 == tokens.0 + 1 && (source::names_no_one(doc, tokens.0) || tokens.1 < first && doc.is_any(tokens.0, source::CONTRACTED)) {
                    a.source = None;
                    Class::Kind(SourceKind::None)
                } else {
                    source::classify(doc, tokens.0, tokens.1)
                }
            }
            // "Confirming the finding would require ...": a gerund opening its sentence with no
            // comma after its phrase is the subject itself, and reports nothing. (With one, the
            // subject after it is the reporter, found or not: "Citing rising costs, S and P
            // noted ...".)
            None if first == sent.0 && doc.token_bytes(first).ends_with(b"ing") && !(last..sent.1).any(|k| is_mark(doc, k, b',') || is_dash(doc, k)) => continue,
            None => Class::Kind(SourceKind::None),
        };
        // "A spokesman said ... He added ...": a he or she right after one unnamed person's
        // report is that person, unless a name stands between them.
        // A post's holder is often named elsewhere ("Funaro said ... The minister said he"): it
        // is the one meant when no name is found for the pronoun, or when it reports in the
        // pronoun's own sentence ("The mayor insists ..., yet she has refused") and the name
        // found is no speaker before it ("...; Stellantis, said a source, ...") or one who holds
        // another post ("Councillor Mark Ellis said ..."). The last speaker with no other post
        // is most often the post's holder, named: "Funaro said ... The minister said he".
        let unnamed = match (class, last_unnamed, a.source) {
            (Class::Person, Some((p, k, r, f, l, post)), Some(src)) if s.paragraph <= p + 1 && r.end <= src.start => {
                let i = doc.token_at_or_after(src.start);
                (gender_agrees(doc, i, f, l) && last_person_between(doc, l, i).is_none()).then_some((k, r, post))
            }
            _ => None,
        };
        let (kind, note) = match unnamed {
            Some((k, n, false)) => (k, Some(n)),
            _ => match (resolve(doc, class, a.source, last_named, last_kind, sent.0), unnamed) {
                ((SourceKind::Vague, None), Some((k, n, true))) => (k, Some(n)),
                ((_, name), Some((k, n, true)))
                    if n.start >= doc.tokens[sent.0].start && !name.is_some_and(|r| Some(r) == last_named && !holds_another_post(doc, r, n)) =>
                {
                    (k, Some(n))
                }
                (found, _) => found,
            },
        };
        // "Target Corp said ... Target said": the company, not a person of that name. (No more
        // than 500 tokens back either: a paragraph that repeats "Smith said" all through would
        // otherwise be walked whole for each, 5 s for 480 KB.)
        let (kind, note) = match (kind, note) {
            // (The same words named in full carry no note: "The company, Voltaic Labs, ...
            // Voltaic Labs said".)
            // (The name alone before an aside: "Northwind, which makes biscuits, said"; but
            // "Sosnoff, who said ..." is the man, not Sosnoff Capital Corp.)
            // (Or a name with "which" after it, a body already: "Ford, which saw a 23 pct rise,
            // said" is Ford Motor Co.)
            // (Most bodies' sources open with an article, and are turned away first.)
            (SourceKind::Named | SourceKind::Institution, None)
                if (kind == SourceKind::Named || !source::is_det(doc, tokens.0) && (tokens.0..tokens.1).any(|k| doc.is(k, "which")))
                    && !(tokens.0..tokens.1).any(|k| doc.is(k, "who")) =>
            {
                // (The name alone, before its aside: what the company in full is set against.)
                let name_end = (tokens.0..tokens.1).find(|&k| is_mark(doc, k, b',')).unwrap_or(tokens.1);
                let name = doc.token_span(tokens.0, name_end).slice(doc.text);
                companies::company_before(doc, tokens.0, name_end, para_tokens.at(s.paragraph.saturating_sub(2)).0.max(tokens.0.saturating_sub(500)))
                    .map_or((kind, note), |c| (SourceKind::Institution, (name != c.slice(doc.text)).then_some(c)))
            }
            (SourceKind::Institution, None) if class == Class::Thing => last_body.filter(|&(p, _, _)| s.paragraph <= p + 1).map_or((kind, None), |(_, r, k)| (k, Some(r))),
            (_, None) if class == Class::Plural => last_group.filter(|&(p, _, _)| s.paragraph <= p + 1).map_or((kind, None), |(_, r, k)| (k, Some(r))),
            found => found,
        };
        // "Anne Mercer ... she said ... He denies": a "he" right after a "she" stood for a name
        // is someone else, and the other way round. (Only the pronoun just before, in its
        // paragraph or the one before: what the re-analysis after an edit sees around it.)
        let (kind, note) = match (class, note) {
            (Class::Person, Some(n)) => {
                let she = doc.is_any(tokens.0, words!["she", "her"]);
                let other = last_pronoun.is_some_and(|(r, was_she, p)| r == n && was_she != she && s.paragraph <= p + 1);
                last_pronoun = Some((n, she, s.paragraph));
                if other { (SourceKind::Vague, None) } else { (kind, Some(n)) }
            }
            (_, found) => (kind, found),
        };
        // The head of an unnamed source, asked once: one person, a post or a plural.
        let head = (a.source.is_some() && matches!(class, Class::Kind(_)) && matches!(kind, SourceKind::Institution | SourceKind::Vague)).then(|| unnamed_head(doc, tokens.0, tokens.1)).flatten();
        let one_person = head.is_some_and(|k| doc.is_any(k, ONE_PERSON));
        let post = !one_person && head.is_some_and(|k| doc.is_any(k, POSTS));
        // (Not one person counted with an office, "a senior party official said. It also urged"
        // is the party's paper; nor a plural, "officials said ... whether it disclosed", which
        // a "they" stands for.)
        if let Some(r) = a.source.filter(|_| matches!(class, Class::Kind(_))) {
            // (Capitalised only by the sentence, and listed: "Officials said", "Officials there
            // said"; "General Motors" and "Petrobras said" are names.)
            let plural = head.is_some_and(|k| {
                let b = doc.token_bytes(k);
                (!starts_upper(doc, k) || k == sent.0 && source::is_listed(doc, k)) && b.ends_with(b"s") && !b.ends_with(b"ss") && !b.contains(&b'\'')
            });
            if plural {
                last_group = Some((s.paragraph, r, kind));
            // ("A report prepared for councillors warns ... It also suggests": an unnamed
            // document is what "it" stands for too, and stays unnamed; but only as a subject, not
            // "cited a survey showing", and only while no one else has spoken: in "A report said
            // ... A spokesman for Dome said the company ..., since it has agreed", "it" is Dome.)
            } else if (kind == SourceKind::Institution || kind == SourceKind::Vague && (tokens.0 == 0 || doc.tokens[tokens.0 - 1].kind != TokenKind::Word) && (tokens.0..tokens.1.min(tokens.0 + 3)).any(|k| doc.is_any(k, source::DOCUMENTS))) && !one_person && !post {
                last_body = Some((s.paragraph, note.unwrap_or(r), kind));
            } else if last_body.is_some_and(|b| b.2 == SourceKind::Vague) {
                last_body = None;
            }
        }
        match (class, a.source) {
            // (Not the asker of "when asked by a reporter, he said": the "he" was asked.)
            (Class::Kind(SourceKind::Vague | SourceKind::Institution), Some(r)) if !(doc.is(last, "by") && doc.is_any(first, PASSIVE_QUESTIONED)) => {
                if one_person {
                    last_unnamed = Some((s.paragraph, kind, r, tokens.0, tokens.1, false));
                } else if post {
                    last_unnamed = Some((s.paragraph, kind, r, tokens.0, tokens.1, true));
                }
            }
            (Class::Kind(SourceKind::Named), _) => last_unnamed = None,
            _ => {}
        }
        a.source_kind = kind;
        // (A relative stands for the name it follows: "the psychologist William James, who
        // wrote ..., though he never ..." is James.)
        let named = if class == Class::Relative { note } else { a.source };
        if kind == SourceKind::Named && class != Class::Person && named.is_some() {
            last_named = named;
            named_at.extend(named.map(|r| (first, r)));
        }
        if a.source.is_some() {
            last_kind = Some(kind);
        }
        a.refers_to = note;
        a.why = explain(doc, &a, note.map(|r| r.slice(doc.text)), &entry.why);
        // "declined to confirm the reports": the controlling verb was found first as a cue of its
        // own ("declined", content "to confirm"); the longer cue that takes it in replaces it.
        while out.last().is_some_and(|b| b.cue != a.cue && a.cue.contains(b.cue)) {
            out.pop();
            reach.pop();
        }
        // "Smith was quoted by the agency as saying that ...", "a spokesman said, responding to
        // a query": the same words by the same speaker are one report for a reader, and the
        // first cue found stands for it.
        if a.source.is_some() && out.last().is_some_and(|b| b.source == a.source && b.content == a.content) {
            continue;
        }
        reach.push(a.content.iter().map(|c| c.end).fold(reach.last().copied().unwrap_or(0), usize::max));
        out.push(a);
    }
    trim_framed_contents(doc, &mut out);
    end_before_shared_subjects_verb(doc, &mut out);
    end_inside_sources(doc, &mut out);
    drop_verb_before_its_participle(doc, &mut out);
    content::end_before_summary(doc, &closed, &mut out);
    // ("But who said said": a cut before the main verb can leave words ending before they
    // begin; no report keeps words that are not there.)
    // (Nor words resumed after the verb with the writer's summing-up, when the report has
    // others: "..., its maker said, a result that could change ..."; not before the verb, "a
    // position described today by the governor as undemocratic".)
    for a in out.iter_mut() {
        let (resumed, cue_end) = (a.content.len() > 1, a.cue.end);
        a.content.retain(|c| c.start < c.end && !(resumed && c.start >= cue_end && content::resumes_with_summary(doc, &closed, *c)));
    }
    // (A short text first: most words are longer than an adverbial, and a token's look-up is
    // a search.)
    let only_linking = |a: &Attribution| {
        let [c] = a.content[..] else { return false };
        c.end - c.start <= 16 && linking_adverbial(doc, doc.token_at_or_after(c.start), doc.token_at_or_after(c.end))
    };
    out.retain(|a| !a.content.is_empty() && !only_linking(a));
    out.extend(labelled);
    let found = polled(doc, &out);
    out.extend(found);
    let found = polled_after(doc, &out);
    out.extend(found);
    let views = viewpoint(doc, &out, &closed, &named_at);
    out.extend(views);
    let views = held_view(doc, quotes, &out, &closed, &named_at);
    out.extend(views);
    let cites = cited(doc, &brackets, &out);
    out.extend(cites);
    interview_answers(doc, &para_tokens, &mut out);
    quotations_run_back(doc, &para_tokens, quotes, &closed, &mut out);
    crate::sort::sort_by_key(&mut out, |a| (a.cue.start, a.cue.end));
    out
}

/// "Harker plans to appeal, his lawyer said": the closing report takes the whole clause before
/// it, plan and all, as its words; the plan's own words end before that report's frame, which
/// its content ran on over. The reports a frame takes in are those right before it: "Brandt
/// condemned what he called provocations, the agency reported" frames both.
fn trim_framed_contents(doc: &Doc, out: &mut [Attribution]) {
    for i in 1..out.len() {
        let (before, after) = out.split_at_mut(i);
        let a = after.at(0);
        // Only a frame set off by a comma: ", his lawyer said", ", as critics suggested", ", the
        // court heard" (a hearer's phrase, with no one named).
        let frame = a.source.map_or(a.cue.start, |s| s.start.min(a.cue.start));
        let framed = |b: &Attribution| a.content.iter().any(|c| c.contains(b.cue)) && frame > b.cue.end;
        if !framed(before.at(i - 1)) {
            continue;
        }
        let mut k = doc.token_at_or_after(frame);
        if k > 0 && (doc.is(k - 1, "as") || a.source.is_none() && source::is_det(doc, k - 1)) {
            k -= 1;
        }
        if k == 0 || !(is_mark(doc, k - 1, b',') || is_dash(doc, k - 1)) {
            continue;
        }
        let cut = hyphen_run_start(doc, k - 1);
        for b in before.iter_mut().rev() {
            if !framed(b) {
                break;
            }
            for d in b.content.iter_mut().filter(|d| d.start < frame && frame < d.end) {
                // A frame in the middle of the words ("plans, as previously announced, are
                // successful") leaves them whole: after its closing comma comes more of them,
                // where the writer's own continuation opens with a participle or a conjunction.
                let tail = (doc.token_at_or_after(a.cue.end)..doc.token_at_or_after(d.end)).find(|&t| is_mark(doc, t, b','));
                // (So does a gloss running to the end: "..., officials said, in a sign of ...".)
                // (Nor what describes an inverted frame's speaker: "..., said Dr. Corr, who
                // studies ageing", "said Ms. Lind, an economist", after a name.)
                let described = |t: usize| doc.is_any(t + 1, words!["who", "whose"]) || a.source.is_some_and(|source| source.start > a.cue.start && doc.tokens[t].start == source.end) && starts_upper(doc, t - 1) && source::is_det(doc, t + 1);
                let continues = tail.is_some_and(|t| {
                    let end = doc.token_at_or_after(d.end);
                    t + 1 < doc.tokens.len()
                        && doc.tokens[t + 1].start < d.end
                        && !(doc.token_text(t + 1).ends_with("ing") || doc.is_any(t + 1, words!["as", "but", "and", "while", "although", "though", "which"]) || described(t) || gloss_after(doc, t, end))
                });
                if !continues && cut > 0 && doc.tokens[cut - 1].end > d.start {
                    d.end = doc.tokens[cut - 1].end;
                }
            }
            // "It was a success, the minister claimed, said a spokesman": the words after the
            // framed report's comma are the frame itself.
            if b.content.len() > 1 {
                b.content.retain(|d| d.start != a.cue.start);
            }
        }
    }
}

/// The "said" of a trap hit "that said," whose "that" is a relative after a noun ("a message
/// that said, “Sorry ...”"); none when "that" opens the sentence or follows a comma or a
/// conjunction, as the concession does.
fn relative_that_said(doc: &Doc, lex: &Lexicon, hit: super::lexicon::Hit) -> Option<super::lexicon::Hit> {
    static SAID: OnceLock<Option<usize>> = OnceLock::new();
    let said = (*SAID.get_or_init(|| lex.entries.iter().position(|e| e.phrase == "said")))?;
    let that = hit.first;
    let concession = tags().at(hit.entry).stance.is_none() && lex.entries.at(hit.entry).phrase == "that said,";
    (concession
        && that > 0
        && doc.tokens[that - 1].kind == TokenKind::Word
        && !doc.is_any(that - 1, words!["and", "but", "or", "yet", "so", "all"])
        && doc.sentences[doc.sentence_of(that)].first < that)
        .then_some(super::lexicon::Hit { first: that + 1, last: that + 2, entry: said })
}

/// Heads of the phrases after "in" that carry a finding: "Clinton leads in the polls", "Trump
/// held 45 percent in a new Fox News poll".
const POLLS: Words = words!["poll", "survey"];

/// "Sanders led by nine points in a CNN poll", "Trump has sagged in the polls": a clause closed
/// by "in" and a poll states what the poll found, as "In the CBS poll, ..." does when it opens
/// the sentence (see [`polled`]). Not when the sentence has a report of its own ("45 percent of
/// voters in the poll said ..."): that one names who answered.
fn polled_after(doc: &Doc, found: &[Attribution]) -> Vec<Attribution> {
    let mut out = Vec::new();
    let mut done_sentence = usize::MAX;
    // The polls are found by the word numbers the lexicon pass gave every token, one compare
    // each (or, when the numbers were given up, by the tokens' lengths and first letters); the
    // "in" is then searched for back from the poll.
    static NUMBERS: OnceLock<[u32; 2]> = OnceLock::new();
    let [poll, survey] = *NUMBERS.get_or_init(|| {
        let mut numbers = POLLS.iter().map(|w| super::lexicon::word_number(w.as_bytes()));
        std::array::from_fn(|_| numbers.next().expect("two words"))
    });
    let numbers = &doc.builtin_hits().words;
    let shaped = |j: usize| {
        let t = &doc.tokens[j];
        matches!((t.end - t.start, t.first_byte() | 0x20), (4, b'p') | (6, b's'))
    };
    let candidates: Vec<usize> = if numbers.len() == doc.tokens.len() && poll != super::lexicon::NO_WORD && survey != super::lexicon::NO_WORD {
        // (Sixteen numbers at a time, without a branch: the compiler does them together.)
        let hit = |c: &[u32]| c.iter().fold(false, |any, &n| any | (n == poll) | (n == survey));
        let mut found = Vec::new();
        for (i, chunk) in numbers.chunks(16).enumerate() {
            if hit(chunk) {
                found.extend((0..chunk.len()).filter(|&j| chunk[j] == poll || chunk[j] == survey).map(|j| i * 16 + j));
            }
        }
        found
    } else {
        (0..doc.tokens.len()).filter(|&j| shaped(j)).collect()
    };
    for j in candidates {
        if !doc.is_any(j, POLLS) {
            continue;
        }
        let si = doc.sentence_of(j);
        let s = &doc.sentences[si];
        let (first, last) = (s.first, s.last);
        if si == done_sentence || first + 5 >= last || s.block == crate::engine::segment::Block::Metadata {
            continue;
        }
        let Some((k, noun)) = (j.saturating_sub(7).max(first + 3)..j).find_map(|k| {
            let t = &doc.tokens[k];
            if t.end - t.start != 2 || doc.token_bytes(k) != b"in" {
                return None;
            }
            poll_after_in(doc, k, last).filter(|&noun| noun == j).map(|noun| (k, noun))
        }) else {
            continue;
        };
        done_sentence = si;
        // ("Fifteen percent of voters in the poll were undecided", "those surveyed in the poll":
        // the people who answered, whose answer the sentence goes on to give.)
        // ("a lead among black voters in a CNN poll": a group the finding is about.)
        let among = (k.saturating_sub(4).max(first)..k).any(|i| doc.is(i, "among"));
        if doc.is_any(k - 1, words!["voters", "respondents", "people", "those", "participated", "part", "americans", "republicans", "democrats", "adults"]) && !among
            || (first..k).any(|i| doc.is_any(i, words!["surveyed", "polled", "questioned", "interviewed"]))
        {
            continue;
        }
        let sentence = doc.token_span(first, last);
        if found.iter().any(|a| sentence.contains(a.cue)) {
            continue;
        }
        // An opening phrase of time or place set off by a comma is the writer's ("In the fall of
        // 2007, Clinton held a lead ... in a CNN poll").
        let mut start = first;
        if doc.is_any(first, PREPOSITIONS) || doc.is_any(first, TIME_WORDS) {
            if let Some(c) = (first + 1..k).find(|&c| is_mark(doc, c, b',')) {
                start = c + 1;
            }
        }
        if doc.is_any(start, AND_BUT) {
            start += 1;
        }
        let mut end = k;
        while end > start && doc.tokens[end - 1].kind == TokenKind::Punct && !is_quote_mark(doc, end - 1) {
            end -= 1;
        }
        // A finding is a clause, not a phrase: "voters in the poll".
        if (start..end).filter(|&i| doc.tokens[i].kind == TokenKind::Word).count() < 3 {
            continue;
        }
        let mut a = Attribution {
            source: Some(doc.token_span(k + 1, noun + 1)),
            cue: doc.tokens[k].range(),
            content: vec![doc.token_span(start, end)],
            source_kind: SourceKind::Institution,
            stance: Stance::Neutral,
            why: String::new(),
            refers_to: None,
        };
        a.why = explain(doc, &a, None, "");
        out.push(a);
    }
    out
}

/// The poll that a lower-case "in" at `k` opens, within a short noun phrase ("in the latest
/// CBS News/New York Times poll", "in polls"): not a place in it ("in the poll's margin") nor a
/// time after it ("in the weeks since the poll").
fn poll_after_in(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    (k + 1..end.min(k + 8))
        .take_while(|&j| {
            matches!(doc.tokens[j].kind, TokenKind::Word | TokenKind::Number) && !doc.is_any(j, PREPOSITIONS) && !doc.is_any(j, FINITE) && !doc.is_any(j, TIME_NOUNS)
                || j > k + 1 && (doc.token_text(j) == "/" || doc.token_text(j) == "-" || source::is_abbrev_dot_pub(doc, j))
        })
        .take_while(|&j| !doc.is_any(j, words!["that", "which", "who", "row", "for"]))
        .find(|&j| doc.is_any(j, POLLS))
        .filter(|&j| !(j + 1 < end && doc.is_any(j + 1, words!["'s", "’s"])))
        // A dated poll is as often an election ("won 81 seats in the February 17 poll"), and a
        // finding that follows ("found in a poll that ...") is the report's own content.
        .filter(|&j| !(k + 1..j).any(|i| doc.tokens[i].kind == TokenKind::Number || doc.is_any(i, TIME_WORDS)))
        .filter(|&j| !(j + 1..end.min(j + 4)).any(|i| doc.is(i, "that")))
}

/// Does a phrase of the writer's own open after the comma at `comma` and run to `end` without
/// another comma: "..., officials said, in a modest sign of easing tensions."? ("he said, in a
/// statement, would open" sets an aside inside the words off with a second comma.)
fn gloss_after(doc: &Doc, comma: usize, end: usize) -> bool {
    // ("..., officials said, in the latest attack on ...", "in another sign of": the writer's
    // placing of the event among others.)
    let ranked = || {
        doc.is(comma + 2, "the")
            && comma + 4 < end
            && doc.is_any(comma + 3, words!["latest", "first", "second", "third", "biggest", "largest", "worst", "deadliest", "clearest", "strongest", "newest", "most"])
            // (Not a period, "in the first quarter", which dates the words.)
            && !doc.is_any(comma + 4, TIME_NOUNS)
            && !doc.is_any(comma + 4, words!["quarter", "half", "round", "period", "place"])
    };
    comma + 3 < end
        && doc.is(comma + 1, "in")
        && (doc.is_any(comma + 2, words!["a", "an", "what", "another"]) || ranked())
        && !(comma + 2..end).any(|k| is_mark(doc, k, b','))
}

/// "forcefully told"", "really believes": a lower-case -ly word that is an adverb, not a noun.
fn is_manner_adverb(doc: &Doc, i: usize) -> bool {
    doc.token_bytes(i).at(0).is_ascii_lowercase() && is_ly_adverb(doc, i)
}

/// An -ly word that is an adverb, in either case: "Honestly, nobody knows", "Essentially, ...".
fn is_ly_adverb(doc: &Doc, i: usize) -> bool {
    let t = doc.token_bytes(i);
    t.len() > 4
        && t.ends_with(b"ly")
        && !doc.is_any(
            i,
            words![
                "family", "rally", "supply", "ally", "assembly", "only", "reply", "early", "daily", "weekly", "monthly", "quarterly", "yearly",
                "hourly", "fortnightly", "nightly", "elderly", "costly", "deadly", "lonely", "timely", "friendly", "orderly", "likely", "unlikely", "fly", "belly",
                "bully", "italy", "july", "holy", "ugly", "jelly", "folly", "anomaly", "monopoly",
            ],
        )
}

/// `doc.sentence_of(i)`, for tokens asked about in document order: walks forward from where the
/// last answer was (`cursor`, kept up to date), and searches only when `i` is before it.
fn sentence_from(doc: &Doc, cursor: &mut usize, i: usize) -> usize {
    let units = &doc.sentences;
    // Every unit before the cursor must end at or before `i`, as `sentence_of` counts them.
    if *cursor > units.len() || *cursor > 0 && units[*cursor - 1].last > i {
        *cursor = units.partition_point(|s| s.last <= i);
    }
    while *cursor < units.len() && units[*cursor].last <= i {
        *cursor += 1;
    }
    (*cursor).min(units.len().saturating_sub(1))
}

/// A sentence's tokens, joined with its neighbours where the splitter broke it after an
/// abbreviation ("Mr. Obi said ..."): a source or content must not be cut at "Mr.".
fn sentence_bounds(doc: &Doc, si: usize) -> (usize, usize) {
    let s = &doc.sentences[si];
    let (mut first, mut last) = (s.first, s.last);
    // The paragraph is compared first: it is cheap, and a sentence that opens or closes its
    // paragraph (most, in news) needs no look at the word before its stop.
    let mut i = si;
    while i > 0 && first > 0 && doc.sentences[i - 1].paragraph == s.paragraph && source::is_abbrev_dot_pub(doc, first - 1) && !source::ends_sentence_after_abbreviation(doc, first - 1) {
        i -= 1;
        first = doc.sentences[i].first;
    }
    let mut i = si;
    while i + 1 < doc.sentences.len() && last > 0 && doc.sentences[i + 1].paragraph == s.paragraph && source::is_abbrev_dot_pub(doc, last - 1) && !source::ends_sentence_after_abbreviation(doc, last - 1) {
        i += 1;
        last = doc.sentences[i].last;
    }
    (first, last)
}

/// Does token `k` link its sentence to the one before ("However", "But", "Meanwhile")? Set off by
/// a comma at the start of a sentence it is an adverbial, never the subject.
fn is_linking_adverb(doc: &Doc, k: usize) -> bool {
    doc.is_any(
        k,
        words![
            "however", "meanwhile", "but", "and", "yet", "still", "also", "moreover", "furthermore", "nevertheless", "nonetheless", "instead",
            "indeed", "besides", "therefore", "consequently", "additionally", "finally", "overall", "ultimately", "similarly", "likewise",
            "otherwise", "separately", "now", "then", "so", "thus", "hence", "firstly", "secondly", "thirdly", "lastly",
        ],
    )
}

/// Is token `k` a year ("1990", "2027")?
fn is_year(doc: &Doc, k: usize) -> bool {
    let t = doc.token_bytes(k);
    doc.tokens[k].kind == TokenKind::Number && t.len() == 4 && (t.starts_with(b"19") || t.starts_with(b"20"))
}

/// Where the subject of a clause opened by a subordinator at `k` starts, when one opens there
/// before `g`: "If voters want change, ..." (after "If"), "Even though the Fed chief ...", "Even
/// after the campaign unveiled ..." (after both words; "even" alone opens none: "Even critics
/// say ...").
fn opening_clause(doc: &Doc, k: usize, g: usize) -> Option<usize> {
    if !doc.is_any(k, CLAUSE_OPENERS) {
        return None;
    }
    if doc.is(k, "even") {
        return (k + 2 < g && (doc.is_any(k + 1, CLAUSE_OPENERS) || doc.is_any(k + 1, words!["as", "after", "before"]))).then_some(k + 2);
    }
    Some(k + 1)
}

/// Subordinators that open a clause before the main one: "If voters want change, they ...".
const CLAUSE_OPENERS: List = List { bit: 1 << 42, words: words![
    "if", "although", "though", "because", "since", "when", "whenever", "while", "whilst", "unless", "whereas", "once", "until", "even",
] };

/// The unit of an amount of money or goods starting at token `k`: a number, perhaps "mln" or
/// "billion", then the unit ("8.2 mln tonnes", "52.6 mln dlrs").
fn amount_unit(doc: &Doc, k: usize) -> Option<usize> {
    const UNITS: Words = words![
        "dlrs", "dlr", "dollars", "tonnes", "tons", "acres", "hectares", "stg", "pounds", "yen", "marks", "francs", "cts", "cents",
        "barrels", "bpd", "bags", "ounces", "bushels", "lire", "pesos", "ecus", "guilders", "crowns", "euros",
    ];
    if k >= doc.tokens.len() || doc.tokens[k].kind != TokenKind::Number {
        return None;
    }
    let u = if k + 1 < doc.tokens.len() && doc.is_any(k + 1, words!["mln", "million", "billion", "bln", "trillion", "thousand"]) { k + 2 } else { k + 1 };
    (u < doc.tokens.len() && doc.is_any(u, UNITS)).then_some(u)
}

/// Participles of an estimate, which name their holder after "by" without a "be": "the growth
/// expected by analysts".
const ESTIMATES: Words = words!["expected", "predicted", "estimated", "projected", "anticipated"];

/// Does a time start at `k`, right after "by"? "A decision is expected by March", "by the end
/// of the year", "by late spring", "by 1990", "by 31 March": a deadline, not an agent ("by 64
/// percent of voters" is one).
fn is_time_after_by(doc: &Doc, k: usize) -> bool {
    const SEASONS: Words = words!["spring", "summer", "autumn", "fall", "winter", "midnight", "noon", "now", "then", "next", "mid"];
    const PARTS: Words = words!["end", "middle", "beginning", "start", "close", "turn", "time", "weekend", "deadline"];
    k < doc.tokens.len()
        && (is_year(doc, k)
            || doc.tokens[k].kind == TokenKind::Number && k + 1 < doc.tokens.len() && doc.is_any(k + 1, TIME_WORDS)
            || doc.is_any(k, TIME_WORDS)
            || doc.is_any(k, SEASONS)
            || doc.is_any(k, words!["late", "early"]) && k + 1 < doc.tokens.len() && (doc.is_any(k + 1, SEASONS) || doc.is_any(k + 1, TIME_WORDS) || doc.tokens[k + 1].kind == TokenKind::Number)
            || doc.token_text(k).starts_with("mid-")
            || source::is_det(doc, k) && k + 1 < doc.tokens.len() && (doc.is_any(k + 1, PARTS) || doc.is_any(k + 1, SEASONS) || doc.is_any(k + 1, TIME_NOUNS))
            // "by year-end" (split at its hyphen), "by the fourth quarter", "by the second half".
            || doc.is(k, "year") && k + 2 < doc.tokens.len() && doc.is(k + 2, "end")
            || source::is_det(doc, k)
                && k + 2 < doc.tokens.len()
                && doc.is_any(k + 1, words!["first", "second", "third", "fourth", "final", "last"])
                && doc.is_any(k + 2, words!["quarter", "half", "week", "month"]))
}

/// What one dismisses when one rejects words or a view.
const IDEA_NOUNS: Words = words![
    "claim", "claims", "allegation", "allegations", "assertion", "assertions", "charges", "accusation", "accusations", "suggestion",
    "suggestions", "speculation", "report", "reports", "idea", "ideas", "theory", "theories", "talk", "rumour", "rumours", "rumor",
    "rumors", "fears", "concerns", "criticism", "offer", "proposal", "notion", "possibility", "arguments", "comments", "remarks",
    "warnings", "story", "view", "views", "statement", "statements", "forecast", "forecasts",
];

/// What one dismisses as a deed, not as words: a post or a person in it, a case in court.
const DEEDS_NOT_SAID: Words = words![
    "lawsuit", "lawsuits", "suit", "suits", "case", "cases", "appeal", "appeals", "application", "petition", "motion", "complaint", "indictment", "coach", "manager", "head", "chief", "director", "staff", "workers", "employees", "worker",
    "employee", "officer", "officers", "players", "player", "executive", "aide", "aides", "minister", "secretary", "commander",
    "chairman", "governor", "official", "officials", "members", "member",
];

/// Participles of a question put to the subject: "Balladur, asked if ..., replied".
const PASSIVE_QUESTIONED: Words = words!["asked", "pressed", "questioned"];

/// What a company declares, posts, concludes or affirms, or a side in a game concedes, when it
/// reports nothing.
const ACTS: Words = words![
    "dividend", "dividends", "div", "split", "distribution", "payout", "profit", "profits", "loss", "losses", "gain", "gains", "income",
    "revenue", "revenues", "earnings", "deficit", "surplus", "agreement", "accord", "deal", "contract", "negotiations", "talks",
    "licence", "license", "sale", "purchase", "rating", "ratings", "debt", "paper", "price", "prices", "net", "increase", "rise",
    "decline", "drop", "fall", "deals", "agreements", "contracts", "arrangement", "arrangements", "takeover", "merger", "acquisition",
    "transaction", "suit", "suits", "goal", "goals", "penalty", "penalties", "points", "runs", "wickets", "try", "tries",
    // A state declared: "mining companies declared bankruptcy", "declared a state of emergency".
    "bankruptcy", "insolvency", "emergency", "martial", "independence", "moratorium", "holiday",
];

/// The irregular participles of the cue verbs: "was told", "the previously said property".
const IRREGULAR_PARTICIPLES: Words = words!["told", "shown", "said", "written", "known"];

/// Common verbs without "-ed" (irregular past tenses, a few present ones), which end a subject as
/// "-ed" does: "The company cut its".
const PLAIN_VERBS: Words = words![
    "cut", "put", "set", "hit", "made", "took", "gave", "won", "lost", "fell", "rose", "left", "sent", "kept", "held", "met", "ran",
    "came", "went", "saw", "got", "paid", "sold", "bought", "built", "grew", "knew", "led", "spent", "began", "wrote", "told", "said",
    "found", "felt", "thought", "did", "had", "spoke", "stood", "sat", "broke", "chose", "drove", "flew", "heard", "brought", "taught",
    "caught", "fought", "sought", "became", "struck", "threw", "sank", "slid",
    // Present tenses common right after a subject: "Some historians go further and argue".
    "go", "goes", "come", "comes", "make", "makes", "take", "takes", "get", "gets", "keep", "keeps", "remains", "remain", "seems", "seem",
];

/// Does the word after a subject's first noun end the subject: a past-tense verb ("resigned",
/// "cut": a lower-case "-ed" word or a listed irregular past) or a preposition? In a subject like
/// "the revised figures" the "-ed" word comes right after the determiner, where it is not asked
/// about.
fn ends_subject(doc: &Doc, k: usize) -> bool {
    let t = doc.token_text(k);
    t.len() > 3 && t.ends_with("ed") && !starts_upper(doc, k) || doc.is_any(k, PLAIN_VERBS) || doc.is_any(k, PREPOSITIONS)
}

/// Kind of a source, and the words naming the person or group a pronoun stands for.
/// `sent_first`: the first token of the source's sentence.
fn resolve(
    doc: &Doc,
    class: Class,
    src: Option<Range>,
    last_named: Option<Range>,
    last_kind: Option<SourceKind>,
    sent_first: usize,
) -> (SourceKind, Option<Range>) {
    match class {
        Class::Kind(k) => (k, None),
        Class::Person => match last_named.or_else(|| src.and_then(|r| last_person_before(doc, doc.token_at_or_after(r.start)))) {
            Some(r) => (SourceKind::Named, Some(r)),
            None => (SourceKind::Vague, None),
        },
        Class::Plural => match last_kind {
            Some(SourceKind::Institution) => (SourceKind::Institution, None),
            _ => (SourceKind::Vague, None),
        },
        Class::Thing => (SourceKind::Institution, None),
        Class::Relative => {
            // "Jane Smith, who said ...": the phrase before the comma.
            let src = src.unwrap();
            let i = doc.token_at_or_after(src.start);
            let mut end = i;
            // ("the evidence, most of which points to": a share of the phrase before the comma.)
            if end >= sent_first + 3 && doc.is(end - 1, "of") && doc.is_any(end - 2, words!["most", "some", "all", "many", "much", "none", "each", "both", "several", "one"]) {
                end -= 2;
            }
            while end > sent_first && is_mark(doc, end - 1, b',') {
                end -= 1;
            }
            // "falls on those who want", "anyone who says": a pronoun is the whole of what the
            // relative stands for, and names no one. ("one of those who believes" is one.)
            if end == i
                && end > sent_first
                && doc.is_any(end - 1, words!["those", "anyone", "anybody", "someone", "somebody", "everyone", "everybody"])
                && !(end - 1 > sent_first && doc.is(end - 2, "of"))
            {
                return (SourceKind::Vague, Some(doc.token_span(end - 1, end)));
            }
            // The words a relative stands for are in its sentence: a heading or figures just
            // before it, with no stop between, are another paragraph's.
            // "Hydro-Quebec, which said": what "which" stands for is an organisation or a
            // document, whatever its name looks like.
            let thing = doc.is(i, "which");
            let kind = |k| if thing { SourceKind::Institution } else { k };
            // The walk back is a speaker's, over verbs and prepositions; a relative stands for the
            // last noun phrase: the one after a preposition ("a letter from the minister, who
            // said"; "the head of the agency", "an economist at the bank", "a trader in Santos"
            // are one) or opened by a determiner after a verb ("the company issued a statement,
            // which said").
            let opens = |k: usize| match () {
                _ if doc.is_any(k, PREPOSITIONS) && !doc.is_any(k, words!["of", "at", "in"]) => Some(k + 1),
                _ if k > sent_first && source::is_det(doc, k) && !starts_upper(doc, k - 1) && !doc.is_any(k - 1, PREPOSITIONS) && !doc.is(k - 1, "and") => Some(k),
                _ => None,
            };
            let after = |(f, l): (usize, usize)| ((f..l).rev().find_map(|k| opens(k).filter(|&s| s > f)).unwrap_or(f), l);
            // (Eight words back, unless that cut a noun from its determiner or participle: "a
            // study published last month in the journal Nature Medicine, which".)
            let mut back = 8;
            let found = loop {
                let p = source::left_phrase(doc, end, end.saturating_sub(back).max(sent_first)).map(after).filter(|&(f, l)| f < l);
                match p {
                    Some((f, _)) if back == 8 && (f > sent_first && source::is_det(doc, f - 1) || !starts_upper(doc, f) && doc.token_bytes(f).ends_with(b"ed")) => back = 14,
                    _ => break p,
                }
            };
            match found.map(|(f, l)| (f, l, source::classify(doc, f, l))) {
                Some((f, l, Class::Kind(k))) if k != SourceKind::None => (kind(k), Some(doc.token_span(f, l))),
                _ => (kind(SourceKind::Vague), None),
            }
        }
    }
}

/// The head of the phrase `first..last`, which names one person without naming them when it is
/// in [`ONE_PERSON`] ("a company spokesman", "the daughter of one resident", "A source close to
/// the singer") or [`POSTS`]: the last word before a comma, a preposition or a place adverb
/// ("officials here"; "The official news agency" is no person).
fn unnamed_head(doc: &Doc, first: usize, last: usize) -> Option<usize> {
    (first..last)
        .take_while(|&k| doc.tokens[k].kind == TokenKind::Word && !doc.is_any(k, PREPOSITIONS) && !doc.is_any(k, words!["close", "who", "familiar", "for", "there", "here"]))
        .last()
}

/// "Some specialists disagreed, saying ...": the words of a verb that are all a participle of
/// saying after its comma and that participle's words, found as a report of their own, are the
/// participle's; the verb before the comma reports nothing more. (Dropped after the walk: the
/// participle took its source from it.) Not where the participle is an aside the words go on
/// after, nor where it tells what about ("said, referring to the arms deal, \"If I ...\""), nor
/// "according to".
fn drop_verb_before_its_participle(doc: &Doc, out: &mut Vec<Attribution>) {
    // (The participle's report is the next one found: its cue follows the verb's. Marked first
    // and dropped in one pass: a text of many such pairs costs no more per pair.)
    let drop: Vec<bool> = (0..out.len())
        .map(|i| {
            let (a, Some(b)) = (&out[i], out.get(i + 1)) else { return false };
            match a.content[..] {
                [c] if c.start == b.cue.start && b.content.iter().any(|d| d.end >= c.end) => {
                    let k = doc.token_at_or_after(c.start);
                    k > 0 && is_mark(doc, k - 1, b',') && doc.token_bytes(k).ends_with(b"ing") && !doc.is_any(k, words!["according", "referring"])
                }
                _ => false,
            }
        })
        .collect();
    let mut i = 0;
    out.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

/// Nouns for one person, unnamed, that a later "he" or "she" can stand for.
pub(super) const ONE_PERSON: Words = words![
    "spokesman", "spokeswoman", "spokesperson", "official", "source", "insider", "aide", "adviser", "advisor", "lawyer", "attorney",
    "solicitor", "barrister", "prosecutor", "officer", "detective", "witness", "resident", "reader", "viewer", "listener", "customer",
    "caller", "passenger", "driver", "neighbour", "neighbor", "relative", "friend", "colleague", "woman", "man", "mother", "father",
    "daughter", "son", "wife", "husband", "sister", "brother", "widow", "widower", "teacher", "doctor", "nurse", "worker", "employee",
    "engineer", "diplomat", "student", "parent", "fan", "member", "survivor", "victim", "owner", "analyst", "economist", "dealer",
    "trader", "banker", "negotiator", "commuter", "shopper", "person", "veteran",
];

/// Posts one person holds, whom a later "he" or "she" can stand for when no name is at hand:
/// "The opposition leader attacked the plan. She recalled ...".
const POSTS: Words = words![
    "leader", "minister", "senator", "mayor", "governor", "president", "chairman", "chairwoman", "chancellor", "premier", "judge",
    "ambassador", "secretary", "director", "commissioner", "councillor", "councilor", "congressman", "congresswoman", "candidate",
    "coach", "manager", "founder", "author", "professor", "researcher", "scientist", "journalist", "reporter", "editor", "activist",
];

/// Does the name `name` carry a post ("Councillor Mark Ellis") other than the one that heads
/// `post` ("The mayor")?
fn holds_another_post(doc: &Doc, name: Range, post: Range) -> bool {
    let tokens = |r: Range| doc.token_at_or_after(r.start)..doc.token_at_or_after(r.end);
    let Some(head) = unnamed_head(doc, tokens(post).start, tokens(post).end) else { return false };
    tokens(name).any(|k| doc.is_any(k, POSTS) && doc.lower(k) != doc.lower(head))
}

/// Can the pronoun at `pronoun` stand for the phrase `first..last`: no "he" for "a
/// spokeswoman", no "she" for "his brother"?
fn gender_agrees(doc: &Doc, pronoun: usize, first: usize, last: usize) -> bool {
    const FEMALE: Words = words!["spokeswoman", "woman", "mother", "daughter", "wife", "sister", "widow", "chairwoman", "businesswoman", "girlfriend", "aunt", "niece", "grandmother"];
    const MALE: Words = words!["spokesman", "man", "father", "son", "husband", "brother", "widower", "chairman", "businessman", "boyfriend", "uncle", "nephew", "grandfather"];
    let other = if doc.is_any(pronoun, words!["he", "him"]) { FEMALE } else { MALE };
    !(first..last).any(|k| doc.is_any(k, other))
}

/// The nearest person's name before token `i` (within a few paragraphs' worth of words), for a
/// "he" or "she" whose person was mentioned but not yet quoted.
fn last_person_before(doc: &Doc, i: usize) -> Option<Range> {
    last_person_between(doc, i.saturating_sub(300), i)
}

/// The nearest person's name before token `i` and after token `floor`.
fn last_person_between(doc: &Doc, floor: usize, i: usize) -> Option<Range> {
    let mut k = i;
    while k > floor {
        k -= 1;
        if !starts_upper(doc, k) || doc.tokens[k].kind != TokenKind::Word {
            continue;
        }
        // The whole capitalised run ending here, titles and initials included.
        let end = k + 1;
        let mut start = k;
        while start > floor
            && (starts_upper(doc, start - 1) && doc.tokens[start - 1].kind == TokenKind::Word
                || source::is_abbrev_dot_pub(doc, start - 1))
        {
            start -= 1;
        }
        // A lone capitalised word opening a sentence is no evidence of a name; nor is a
        // preposition or conjunction capitalised only for opening it ("To Sharp, ...").
        // (So does one opening a quotation: “Nobody will be left behind,” she said.)
        let sentence_initial = start == 0 || is_stop_mark(doc, start - 1) || doc.tokens[start].newlines_before > 0 || opens_quotation_at(doc, start);
        let opener = sentence_initial && end > start + 1 && doc.is_any(start, words!["to", "in", "on", "at", "for", "by", "with", "from", "but", "and", "as", "after", "before", "when", "if"]);
        if opener {
            start += 1;
        }
        // A month or a day is capitalised but is no one: "she was still waiting in July".
        let date = end == start + 1 && doc.is_any(start, TIME_WORDS);
        // Nor is a name after "the" ("the Gulf", "the Atlantic") or one word after a preposition
        // of place ("in Gulfport", "across Ohio"): a place, whose name a pronoun never stands for.
        let place = start > floor
            && (doc.is(start - 1, "the") || end == start + 1 && doc.is_any(start - 1, words!["in", "across", "near", "into", "over", "outside", "inside", "throughout"]));
        // Nor a people's adjective before its noun: "Japanese officials", "Canadian dollar".
        let adjective = end == start + 1 && end < i && {
            let t = doc.token_bytes(start);
            ([&b"ese"[..], b"ian", b"ean", b"ish", b"ern"].iter().any(|e| t.ends_with(e)) || doc.is_any(start, words!["french", "dutch"]))
                && doc.tokens[end].kind == TokenKind::Word
                && !starts_upper(doc, end)
                && !doc.is_any(end, FINITE)
                && !doc.is_any(end, GROUP_WORDS)
                && !source::is_cue_word(doc, end)
        };
        if !(sentence_initial && !opener && end == start + 1) && !date && !place && !adjective {
            if let Class::Kind(SourceKind::Named) = source::classify(doc, start, end) {
                return Some(doc.token_span(start, end));
            }
        }
        k = start;
    }
    None
}

fn explain(doc: &Doc, a: &Attribution, note: Option<&str>, stance_why: &str) -> String {
    let cue = a.cue.slice(doc.text);
    let src = a.source.map(|r| r.slice(doc.text)).unwrap_or("");
    let who: &[&str] = match (a.source_kind, note) {
        (SourceKind::Named, Some(n)) => &["Attributed to a named person ('", src, "', most likely ", n, ")."],
        (SourceKind::Named, None) => &["Attributed to a named person ('", src, "')."],
        (SourceKind::Institution, Some(n)) => &["Attributed to an organisation or office ('", src, "', most likely ", n, ")."],
        (SourceKind::Institution, None) => &["Attributed to an organisation or office ('", src, "')."],
        (SourceKind::Vague, Some(n)) => &["A vague source: '", src, "' (", n, ") names no one a reader could check."],
        (SourceKind::Vague, None) => &["A vague source: '", src, "' names no one a reader could check."],
        (SourceKind::SelfSource, _) => &["The writer or speaker ('", src, "') is the source."],
        (SourceKind::None, _) => &["No source is named: no one a reader could check."],
    };
    let mut first = [0u8; 4];
    let how: &[&str] = if cue.chars().all(|c| !c.is_alphanumeric()) {
        &["The punctuation '", cue, "' introduces the words."]
    } else if a.stance == Stance::Neutral || stance_why.is_empty() {
        &["The cue '", cue, "' is neutral."]
    } else {
        // The lexicon's explanation of a marked verb, as a sentence.
        let mut chars = stance_why.chars();
        // The lexicons' explanations are ASCII; a Unicode case table would cost the page 6 KB.
        let head = chars.next().map_or("", |c| c.to_ascii_uppercase().encode_utf8(&mut first));
        &[head, chars.as_str(), "."]
    };
    // Joined into one string of the right size: formatting built three and grew each.
    let parts = || who.iter().chain([&" "]).chain(how);
    let mut why = String::with_capacity(parts().map(|p| p.len()).sum());
    parts().for_each(|p| why.push_str(p));
    why
}

#[cfg(test)]
mod tests;
