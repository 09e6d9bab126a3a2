//! Hedges: cues that soften the writer's commitment (may, likely, reportedly, if, about ...).
//!
//! One pass of the hedge lexicon (`lexicons/hedges.tsv`) over the document, then a context check
//! per hit, because many hedge words have a second, non-hedging life: "May" the month, permission
//! "may", "could" of past ability, "about" the preposition, "thought" the noun. The checks look only
//! at neighbouring tokens. A hedge inside a question stays a hedge (asking "is it possible that
//! ...?" is still uncertainty); a hedge inside a direct quotation is kept but marked as the quoted
//! speaker's.
//!
//! "would" and "will" are hedges only in a sentence that also carries a condition ("if", "unless",
//! "provided that", "until" of a future event): there they state what follows from the condition,
//! which is how the Szeged uncertainty corpus treats them. A bare future "will" or a reported
//! "said it would" is a plain statement about the future and is left alone; marking every "will"
//! floods the reader with cues nobody would call hedges.

use crate::engine::document::At;
use crate::engine::wordlist::Words;
use super::context::{self, is_negator};
use super::document::{Document, TokenKind};
use super::lexicon::{Hit, Lexicon};
use super::result::{Category, CueKind, Range, Span};
use super::span;

fn lexicon() -> &'static Lexicon {
    Lexicon::builtin(crate::engine::lexicon::Builtin::Hedges)
}

fn kind_of(tag: &str) -> CueKind {
    match tag {
        "epistemic" => CueKind::Epistemic,
        "doxastic" => CueKind::Doxastic,
        "evidential" => CueKind::Evidential,
        "condition" => CueKind::Condition,
        "investigation" => CueKind::Investigation,
        "approximator" => CueKind::Approximator,
        other => crate::engine::lexicon::unknown_tag("hedges.tsv", other),
    }
}

/// Words that open a noun phrase: after them a cue word is a noun ("his thought", "the might").
const DETERMINERS: Words = words![
    "the", "a", "an", "another", "his", "her", "its", "their", "our", "my", "your", "this", "that", "no", "any", "some", "every", "each",
];

/// Verbs after which "if" asks a question rather than sets a condition ("asked if", "see if").
const ASKING: Words = words![
    "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "see", "know", "knows", "knew", "check",
    "checking", "determine", "decide", "decided", "unclear", "unsure", "sure", "question", "doubt", "tell",
];

/// Things one can only guess at: "speculative assumptions", "a speculative theory".
const GUESSES: Words = words![
    "assumption", "assumptions", "theory", "theories", "claim", "claims", "idea", "ideas", "report", "reports", "reporting",
    "interpretation", "interpretations", "conclusion", "conclusions", "explanation", "explanations", "hypothesis", "guess",
    "guesses", "guesswork", "link", "connection", "reconstruction", "story", "stories", "scenario", "scenarios", "estimate",
    "estimates", "suggestion", "argument", "figure", "figures", "account", "accounts", "proposition",
];

/// What is bought and sold, whose risk "speculative" grades: "crypto assets are highly speculative".
const HOLDINGS: Words = words![
    "asset", "assets", "investment", "investments", "stock", "stocks", "share", "shares", "bond", "bonds", "securities", "trading",
    "issues", "ratings", "rating", "tokens", "coins", "crypto", "cryptocurrency", "cryptocurrencies", "bitcoin", "dealings", "market",
    "markets", "futures", "options", "derivatives", "investors", "capital", "money", "funds", "positions",
];

/// Does the "speculative" at `i` grade a claim as a guess rather than a holding as risky? Before
/// a noun it guesses only of an idea ("speculative assumptions"; "speculative dollar selling",
/// "speculative fiction", "speculative foreign capital" are kinds of trading or writing). Said of
/// something ("the link is speculative"), it guesses unless that something is bought and sold.
fn speculative_is_guess(doc: &Document, i: usize, end: usize) -> bool {
    let last = context::sentence_last(doc, i);
    if end < last && doc.tokens[end].kind == TokenKind::Word && !doc.is_any(end, words!["and", "or", "but", "because", "in", "at"]) {
        return doc.is_any(end, GUESSES);
    }
    let first = context::sentence_first(doc, i);
    !(i.saturating_sub(8).max(first)..i).any(|j| doc.is_any(j, HOLDINGS))
}

/// Is token `k` a possessive noun ("company's", "bank’s")?
fn possessive(doc: &Document, k: usize) -> bool {
    let t = doc.token_text(k);
    t.len() > 2 && (t.ends_with("'s") || t.ends_with("’s"))
}

/// Does "or" or "and" with a word for stating outright stand before `i`: "expressed or implied",
/// "express or implied", "stated or implied"?
fn stated_or(doc: &Document, i: usize) -> bool {
    i > 1 && doc.is_any(i - 1, words!["and", "or"]) && doc.is_any(i - 2, words!["expressed", "express", "stated", "explicit", "expressly"])
}

/// Is the graded confidence at `i..end` a qualifier of a finding, as assessment reports write it:
/// "with low confidence", "(high confidence)", "high confidence that"?
pub(crate) fn calibrated(doc: &Document, i: usize, end: usize) -> bool {
    i > 0 && doc.is_any(i - 1, words!["with", "("]) || doc.is_any(end, words![")", "that"])
}

/// What is traded in "currency speculation", "real estate speculation", "land speculation".
const TRADED: Words = words!["currency", "exchange", "estate", "land", "property", "commodity", "commodities", "stock", "financial"];
const STATS_BEFORE: Words = words!["maximum", "log", "posterior", "prior", "marginal", "conditional", "joint", "transition", "emission"];
const STATS_AFTER: Words = words![
    "ratio", "ratios", "function", "functions", "estimate", "estimates", "estimation", "score", "scores", "distribution",
    "distributions", "density", "value", "values", "test", "tests", "model", "models", "theory", "matrix", "method", "methods",
];

/// Things one assumes in the sense of taking them on.
const TAKEN_ON: Words = words![
    "power", "control", "office", "command", "responsibility", "responsibilities", "duties", "role", "the", "a", "an", "his", "her",
    "their", "its", "leadership", "position", "charge", "ownership", "liability", "liabilities", "certain", "debt", "risk", "name",
];

/// An amount at `i`, or one after a word that rounds it: "30 pct", "about 19.9 mln dlrs".
fn amount_at(doc: &Document, i: usize) -> bool {
    context::quantity_at(doc, i) || doc.is_any(i, words!["about", "some", "around", "roughly", "nearly", "almost", "approximately", "up"]) && context::quantity_at(doc, i + 1)
}

/// Is a debt named within a few words after the amount at `k`: "assumption of about $1.4
/// billion in debt", "assumption of 40 mln dlrs of liabilities"? Then the assumption takes the
/// debt on.
fn owed_after(doc: &Document, k: usize) -> bool {
    let last = context::sentence_last(doc, k).min(k + 8);
    (k..last).any(|j| doc.is_any(j, words!["debt", "debts", "liabilities", "deposits", "loans", "obligations", "mortgages"]))
}

/// "would not comment": a refusal to speak, not a hypothetical.
const REFUSALS: Words = words![
    "comment", "say", "elaborate", "discuss", "disclose", "identify", "confirm", "talk", "give", "answer", "reveal", "specify", "name",
];

/// Units a vague "or so" can follow ("a week or so", "ten minutes or so").
const UNITS: Words = words![
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    "mile", "miles", "percent", "people", "dozen", "hundred", "thousand", "million",
];

/// Is the "likely" (or "more likely") at `i` a measured ratio of risks: "twice as likely", "three
/// times more likely", "40 percent less likely", a trial's "significantly more likely"? That
/// reports a finding, as a figure does.
fn measured_odds(doc: &Document, i: usize) -> bool {
    // "as likely" puts its "as" before the cue word; "more likely" is the cue itself.
    // (Only words of its own sentence: a paragraph of one word is a sentence, and the ratio's
    // number three paragraphs back may lie outside a re-analysed window.)
    let first = context::sentence_first(doc, i);
    let k = if i > first && doc.is(i, "likely") && doc.is(i - 1, "as") { i - 1 } else { i };
    // ("no more likely to develop asthma", "not less likely": a comparison that found no
    // difference, a null result reported as firmly as any other.)
    let no_difference = || doc.is_any(i, words!["more", "less"]) && doc.is_any(i - 1, words!["no", "not"]);
    k > first && (doc.is_any(k - 1, words!["twice", "thrice", "half", "times", "significantly"]) || k > first + 1 && doc.is_any(k - 1, words!["percent", "pct", "%"]) && context::quantity_at(doc, k - 2) || no_difference())
}

/// Do the words from `end`, after a "likely", name the pollsters' "likely voters" ("58 percent of
/// likely Republican voters")? A term of the trade, not a hedge.
fn likely_voters(doc: &Document, end: usize) -> bool {
    let mut k = end;
    while k < doc.tokens.len() && k < end + 2 && doc.token_text(k).starts_with(|c: char| c.is_ascii_uppercase()) {
        k += 1;
    }
    // ("likely caucus-goers": the tokenizer splits at the hyphen, and the last part says it.)
    if k + 2 < doc.tokens.len() && doc.is(k + 1, "-") {
        k += 2;
    }
    k < doc.tokens.len() && doc.is_any(k, words!["voters", "voter", "caucusgoers", "goers", "electors", "primary"])
}

/// Words that close off a clause or open a subject of their own before a belief verb.
const SUBJECT_STOPS: Words = words!["and", "but", "or", "while", "as", "than", "that", "which", "who", "it", "he", "she", "they", "we", "i"];

/// Is the belief verb at `i` held by a measured share of people: "61 percent of voters think",
/// "58 pct of economists expect", "a majority believe"? A poll reports how many hold the belief;
/// the writer commits to the figure and hedges nothing.
fn polled_share(doc: &Document, i: usize) -> bool {
    let first = context::sentence_first(doc, i);
    let from = first.max(i.saturating_sub(6));
    for k in (from..i).rev() {
        // The share must be the verb's own subject: "72 pct of prime and it expects", "2.5 pct as
        // some others expect" and "two pct but analysts believe" put a figure in another clause.
        if doc.tokens[k].kind == TokenKind::Punct && !doc.is(k, "%") || doc.is_any(k, SUBJECT_STOPS) {
            return false;
        }
        if doc.is_any(k, words!["majority", "minority"]) || k > first && doc.is_any(k, words!["percent", "pct", "%"]) && context::quantity_at(doc, k - 1) {
            return true;
        }
    }
    false
}

/// Who puts questions to a person: "questioned by police", "questioned by reporters".
const QUESTIONERS: Words = words![
    "police", "detectives", "officers", "investigators", "agents", "prosecutors", "authorities", "reporters", "journalists",
    "shareholders", "lawmakers", "senators", "reuters",
];

/// Is the "questioned" at `i` a person being asked (by police, by reporters, in a survey) rather than
/// a claim being doubted? Doubt takes a thing or a clause ("questioned the figures", "questioned
/// whether"); asking takes a person ("questioned him", "he was questioned about the leak", "those
/// questioned", "Questioned by reporters, the minister said").
fn questioned_is_asking(doc: &Document, i: usize, end: usize) -> bool {
    doc.is_any(end, words!["him", "her", "them", "me", "us", "about", "over", "extensively", "for"])
        || doc.is(end, "as") && doc.is(end + 1, "to")
        || doc.is(end, "on") && doc.is(end + 1, "whether")
        // "The plan was questioned by economists" still doubts; the askers are named ones.
        || doc.is(end, "by") && doc.is_any(end + 1, QUESTIONERS) && !doc.is_any(end + 2, words!["economists", "analysts", "critics", "experts"])
        || i > 0 && doc.is_any(i - 1, words!["those", "people", "respondents", "voters", "adults"])
        || context::starts_sentence(doc, i)
}

/// Does the "suggest" at `i..end` put forward what should be done ("the authors suggested that
/// future trials should include children", "he suggested the council should sell the land")? A
/// proposal asserts nothing tentatively. What evidence suggests is inferred, even when it is what
/// should be done ("these results suggest that X should be tested"), and "it has been suggested"
/// hides who proposes: both stay hedges, as does the "should" of a condition ("suggested that
/// should markets slump, ...").
fn proposes(doc: &Document, i: usize, end: usize) -> bool {
    let first = context::sentence_first(doc, i);
    let before = |list: Words| (i.saturating_sub(3).max(first)..i).any(|j| doc.is_any(j, list));
    if before(words!["was", "were", "is", "are", "be", "been", "being"]) || before(EVIDENCE) {
        return false;
    }
    let last = context::sentence_last(doc, end).min(end + 12);
    (end..last)
        .take_while(|&j| !doc.is_any(j, words![",", ";", ":", "but", "and"]))
        .any(|j| doc.is_any(j, words!["should", "ought"]) && !doc.is(j - 1, "that"))
}

/// What a finding rests on: what it suggests is an inference.
const EVIDENCE: Words = words![
    "results", "result", "data", "findings", "finding", "evidence", "study", "studies", "analysis", "observation", "observations",
    "comments", "figures", "survey", "research", "experiments", "this", "these",
];

/// "Don't believe everything you read", "Do not think ...", "Just don't expect it to work": a
/// negated imperative opening the sentence tells the reader what not to hold, and softens no claim.
fn told_not_to(doc: &Document, i: usize) -> bool {
    let s = context::sentence_first(doc, i);
    i > s && context::is_negator(doc, i - 1) && (i - 1 == s || i - 2 == s && doc.is_any(s, words!["do", "just"]))
}

/// Is the "believe" at `i` the astonishment of "I can't believe it", "we could not believe how
/// lucky we were", "he couldn't believe his eyes"? The speaker is sure of what happened and amazed
/// by it. With a clause after it, "I can't believe anyone else would bid" doubts, so only these
/// objects count.
/// So is a belief that no one holds: "Nobody seriously believes that ...", "no one believes
/// it" deny what follows as firmly as a booster asserts it.
fn disbelief(doc: &Document, i: usize) -> bool {
    let negated = i > 0 && (doc.is_any(i - 1, words!["can't", "can’t", "cannot", "couldn't", "couldn’t"]) || i > 1 && doc.is(i - 1, "not") && doc.is_any(i - 2, words!["can", "could"]));
    let k = if i > 1 && doc.is_any(i - 1, words!["seriously", "really", "honestly", "actually"]) { i - 1 } else { i };
    // ("no serious person believes", "no sane economist believes", "no reason to believe": a
    // "no" one or two words before.)
    let no_one = k > 0 && (doc.is(k - 1, "nobody") || (2..=3).any(|n| k >= n && doc.is(k - n, "no") && (k - n + 1..k).all(|j| doc.tokens[j].kind == TokenKind::Word)));
    negated && doc.is_any(i + 1, words!["it", "how", "what", "my", "our", "his", "her", "their", "your"]) || no_one
}

/// Does a worry on someone's behalf start at `i`: "for his safety", "for their lives"?
fn fear_for_someone(doc: &Document, i: usize) -> bool {
    doc.is(i, "for") && doc.is_any(i + 1, words!["his", "her", "their", "its", "our", "my", "your"])
}

/// What to do with a lexicon hit after looking at its neighbours.
enum Verdict {
    Drop,
    Keep,
    /// Keep, with another kind and explanation than the lexicon's.
    As(CueKind, &'static str),
}

pub fn detect(doc: &Document, quotes: &[Range]) -> Vec<Span> {
    let lex = lexicon();
    let hits = lex.hits(doc);

    // "would"/"will" need to know whether their sentence holds a real condition; decide the
    // condition cues first and remember their sentences.
    let mut verdicts: Vec<Verdict> = hits.iter().map(|h| judge(doc, h, &lex.entry(h).phrase)).collect();
    // Hits come in text order, so these condition positions come sorted: a book full of
    // conditions and modals is searched by bisection, not scanned once per modal.
    let mut conditions: Vec<usize> = Vec::new();
    for (h, v) in hits.iter().zip(&verdicts) {
        let e = lex.entry(h);
        if matches!(v, Verdict::Keep) && e.tag == "condition" && !is_future_modal(&e.phrase) {
            conditions.push(h.first);
        }
    }
    for (h, v) in hits.iter().zip(verdicts.iter_mut()) {
        if is_future_modal(&lex.entry(h).phrase) && matches!(v, Verdict::Keep) && !under_condition(doc, &conditions, h.first) {
            *v = Verdict::Drop;
        }
    }

    // At most one span per hit: sized once, not grown from nothing.
    let mut spans = Vec::with_capacity(hits.len());
    for (h, v) in hits.iter().zip(verdicts) {
        let e = lex.entry(h);
        let (kind, why): (CueKind, &str) = match v {
            Verdict::Drop => continue,
            Verdict::Keep => (kind_of(&e.tag), &e.why),
            Verdict::As(kind, why) => (kind, why),
        };
        let range = doc.token_span(h.first, h.last);
        let quoted = quotes_contain(quotes, range);
        let note = if quoted {
            "; it is inside a quotation, so the quoted speaker hedges, not the author"
        } else if context::in_question(doc, h.first) {
            " (inside a question)"
        } else {
            ""
        };
        spans.push(span(doc, h.first, h.last, Category::Hedge, kind, quoted, [why, note].concat()));
    }
    spans
}

/// Does a condition of the sentence govern the modal at `m`? A condition before the modal governs
/// it ("if rates fall, bonds will rally, and stocks will follow"). One after it governs it only
/// within the same clause: in "City will be favourites, and it would be a shock if they lost" the
/// "if" belongs to "would", not to "will".
fn under_condition(doc: &Document, conditions: &[usize], m: usize) -> bool {
    let sentence = doc.sentence_of(m);
    let k = conditions.partition_point(|&c| c < m);
    if k > 0 && doc.sentence_of(*conditions.at(k - 1)) == sentence {
        return true;
    }
    let Some(&c) = conditions.get(k) else { return false };
    doc.sentence_of(c) == sentence && !(m..c).any(|j| doc.is(j, ";") || doc.is(j, ",") && doc.is_any(j + 1, words!["and", "but"]))
}

fn quotes_contain(quotes: &[Range], range: Range) -> bool {
    super::quotes::is_quoted(quotes, range)
}

fn is_future_modal(phrase: &str) -> bool {
    phrase == "would" || phrase == "will"
}

/// Decides one hit from its neighbours. `phrase` is the lexicon entry as written.
fn judge(doc: &Document, h: &Hit, phrase: &str) -> Verdict {
    let (i, end) = (h.first, h.last);
    let keep = |ok: bool| if ok { Verdict::Keep } else { Verdict::Drop };

    // A capitalised cue in mid-sentence next to other capitalised words is part of a name
    // ("The Likely Lads", "Bob Hope", "Will Smith"). "May" has its own rule below.
    if !phrase.starts_with("may") && context::in_proper_name(doc, i) {
        return Verdict::Drop;
    }

    if h.last == h.first + 1 && context::in_hyphen_compound(doc, i, end) {
        return Verdict::Drop;
    }

    match phrase {
        // (A purpose clause's "may" is left a hedge: "so that it may settle in one of the cups"
        // still leaves where it settles open, and annotators mark it.)
        "may" | "may well" | "may or may not" => keep(!context::may_is_month_or_name(doc, i) && !month_by_what_follows(doc, i) && !context::may_is_permission(doc, i) && !apology(doc, i) && !wish(doc, i) && !rhetorical_asking(doc, i, end)),
        // "it's kind of a myth", "we sort of knew": the softener of talk. After a determiner or
        // a quantifier the noun names a type ("a kind of bird", "what sort of car", "all kind of
        // goods"), so only a pronoun, a form of "be" or an adverb may stand before it.
        "kind of" | "sort of" => keep(i > 0 && doc.is_any(i - 1, SOFTENED_AFTER)),
        // "with all his might", "the military might of", "a handful of might", "who has might",
        // "might makes right": the noun. No modal follows a preposition or "has", or comes before
        // a verb's "-s".
        "might" => keep(
            !(i > 0 && doc.is_any(i - 1, DETERMINERS)
                || doc.is_any(i.wrapping_sub(1), words!["military", "economic", "naval", "full", "all", "of", "through", "by", "has"])
                || doc.is_any(end, words!["makes", "is"]))
                && !purpose_clause(doc, i)
                && !rhetorical_asking(doc, i, end)
                && !counterfactual(doc, i, end),
        ),
        // "no one could have known" is still a judgement; "he could not find", "nor could they"
        // is past inability.
        // "nobody could argue with the results", "nothing could exceed his kindness" deny any
        // doubt, as "no one could" (a negator) does; "nobody could have known" still judges.
        "could" => keep(
            !context::could_is_ability(doc, i)
                && !context::negated_before(doc, i, 3)
                && !(i > 0 && doc.is_any(i - 1, words!["nobody", "nothing"]) && !doc.is(end, "have"))
                && !past_ability(doc, i, end)
                && !counterfactual(doc, i, end),
        ),
        // "could be opened", "could be read": what a thing allows, not a guess about what happened.
        // "could be a mistake", "could be at risk" guesses, and so does a harm that "could be" done:
        // nobody reports the capacity of homes to be flooded.
        // So does an event of a date to come: "a deal could be announced as soon as next week",
        // and a cause: "the illness could be linked to the water" (nothing is able to be linked),
        // and a view held at one remove: "it could be argued that", "he could be said to be".
        "could be" => keep(
            !context::negated_before(doc, i, 3)
                && !purpose_clause(doc, i)
                && (!context::is_participle(doc, end) || doc.is_any(end, GUESSED) || dated_ahead(doc, end + 1)),
        ),
        // Decided later, once the sentence's conditions are known; refusals ("would not comment")
        // are never hedges.
        // "Profits should rise", "the move should improve liquidity": "should" before an outcome
        // expects it, as the claim kinds read it (a prediction); before an act it urges ("the
        // government should act"), and in a question or condition it asks.
        "should" => keep(crate::engine::claims::cues::should_expects(doc, end) && !crate::engine::claims::cues::should_asked(doc, context::sentence_first(doc, i), i)),
        "would" | "will" => {
            let verb = if is_negator(doc, i) { end } else if is_negator(doc, end) { end + 1 } else { usize::MAX };
            keep(!doc.is_any(verb, REFUSALS))
        }
        "possible" => keep(possible_is_hedge(doc, i, end)),
        // "probable cause" is the legal standard for an arrest; "proven and probable reserves" a
        // grade of what lies in the ground, fixed by the trade's rules.
        // ("the probable cause of the fire", "a most probable cause" guess at a cause.)
        "probable" => keep(!(doc.is(end, "cause") && !doc.is(end + 1, "of") && !(i > 0 && doc.is_any(i - 1, words!["the", "a", "most", "more"])) || i > 1 && doc.is_any(i - 1, words!["and", "plus", ","]) && doc.is_any(i - 2, words!["proven", "proved"]))),
        "is said to" | "are said to" | "was said to" | "were said to" => keep(!names_a_term(doc, end)),
        "likely" | "more likely" | "less likely" => keep(!measured_odds(doc, i) && !likely_voters(doc, end)),
        // "an unknown artist" describes; "the cause is unknown" admits ignorance.
        "unknown" => keep(!(i > 0 && doc.is_any(i - 1, DETERMINERS))),
        "suspect" => keep(!suspect_is_person(doc, i, end)),
        // "as long as ten years" measures time; "as long as prices hold" sets a condition.
        "as long as" => keep(!context::quantity_at(doc, end)),
        "appear" | "appears" | "appeared" => keep(appear_is_hedge(doc, end)),
        // "the apparent suicide" hedges; "it became apparent that" asserts.
        "apparent" => keep(i > 0 && doc.is_any(i - 1, DETERMINERS)),
        "thought" => keep(thought_is_belief(doc, i, end) && !context::forecast_compared(doc, i, end)),
        "think" => keep(!doc.is_any(end, words!["about", "of", "tank", "tanks"]) && !polled_share(doc, i) && !told_not_to(doc, i)),
        "thinks" | "expect" | "expects" => keep(!polled_share(doc, i) && !told_not_to(doc, i)),
        // "believe in God", "believe in the cause": faith or trust, not a guess about a fact.
        "believe" | "believes" => keep(!doc.is(end, "in") && !polled_share(doc, i) && !disbelief(doc, i) && !told_not_to(doc, i)),
        "believed" => keep(!doc.is(end, "in") && !context::forecast_compared(doc, i, end)),
        // ("That belief is outdated", "contrary to popular belief", "a belief system": the noun
        // names a belief the writer discusses or a creed; news gives most beliefs their
        // proposition, with or without "that": "on a belief Saudi Arabia is attempting ...".)
        // ("He noted that belief that rates will rise is growing": "that" the conjunction.)
        "belief" => keep(doc.is(end, "that") || !(i > 0 && doc.is_any(i - 1, words!["this", "that", "popular", "religious"]) || doc.is(end, "system"))),
        // ("kept believing in the team", "never stop believing,": faith with nothing believed.)
        "believing" => keep(end < doc.tokens.len() && !doc.is(end, "in") && doc.tokens[end].kind == TokenKind::Word),
        // "than expected", "as expected": the comparison states a result, not an expectation; so
        // does "than analysts expected", "than anyone predicted", "than many feared", with whose
        // expectation it was in between.
        "expected" => keep(!(i > 0 && doc.is_any(i - 1, words!["than", "as", "unexpected"])) && !context::forecast_compared(doc, i, end)),
        "predicted" | "feared" => keep(!context::forecast_compared(doc, i, end) && !(phrase == "feared" && fear_for_someone(doc, end))),
        // "fear of floods" names a feeling; "feared for his safety", "fear for their jobs" a worry
        // on someone's behalf: neither holds a proposition to be doubted. "fear for
        // the collapse of a bank" still fears an event. Nor does the noun after a preposition or
        // opening a clause before its verb: "it was always about fear", "and fear is a poor
        // adviser" ("What we fear is that ..." fears).
        "fear" | "fears" => keep(
            !(doc.is(end, "of")
                || doc.is_any(end, words!["is", "was"]) && (i == 0 || doc.is_any(i - 1, words!["and", "but", ",", "."]))
                || fear_for_someone(doc, end)
                || i > 0 && (doc.is_any(i - 1, DETERMINERS) || doc.is_any(i - 1, words!["these", "those", "about", "with", "by", "from", "without"]))),
        ),
        "fearing" => keep(!fear_for_someone(doc, end)),
        // "the forecast looked optimistic", "the bank's earnings forecast" are about a figure;
        // "analysts forecast a rise" predicts.
        "forecast" | "forecasts" => keep(!context::forecast_is_noun(doc, i, end) && !context::forecast_compared(doc, i, end)),
        // "no doubt", "without doubt", "I don't doubt", "beyond doubt", "nobody doubts", "little
        // doubt" are boosters.
        "doubt" | "doubts" | "doubted" => keep(!(context::negated_before(doc, i, 3) || i > 0 && doc.is_any(i - 1, words!["beyond", "nobody", "little"]))),
        "until" => keep(until_is_condition(doc, i, end)),
        // Statistics vocabulary names a quantity, not a doubt: "maximum likelihood", "likelihood
        // ratio", "posterior probability", "probability distribution".
        "likelihood" | "probability" => keep(!(i > 0 && doc.is_any(i - 1, STATS_BEFORE) || doc.is_any(end, STATS_AFTER))),
        // In markets "speculative buying", "speculative-grade bonds" and "currency speculation"
        // name a kind of trading; "the link is speculative" and "speculation that he will quit"
        // guess.
        "speculative" => keep(speculative_is_guess(doc, i, end)),
        "speculation" => keep(!(i > 0 && doc.is_any(i - 1, TRADED))),
        "questioned" => keep(!questioned_is_asking(doc, i, end)),
        // "charged with murder", "charged three men with fraud", "was charged in the bombing":
        // a charge to be proved; not "charged a fee", nor a duty, "charged with overseeing",
        // nor one denied or already proved ("not charged", "has not been charged in", "charged
        // with and convicted of").
        "charged" => keep(
            ((end..doc.tokens.len().min(end + 5)).take_while(|&k| doc.tokens[k].kind == TokenKind::Word).find(|&k| doc.is(k, "with")).is_some_and(|k| {
                let n = k + 1 + doc.is_any(k + 1, words!["a", "an", "the"]) as usize;
                n < doc.tokens.len() && !doc.token_text(n).ends_with("ing") && !doc.is_any(n, words!["task", "responsibility", "duty", "job", "supervision", "oversight", "electricity", "emotion", "and"])
            }) || doc.is(end, "in") && i > 0 && doc.is_any(i - 1, words!["been", "was", "were", "is", "are", "be"]))
                && !context::negated_before(doc, i, 3),
        ),
        // ("were never indicted": nor here.)
        "indicted" => keep(!context::negated_before(doc, i, 3)),
        // "the company's implied senior debt rating", "an implied obligation", "warranties,
        // expressed or implied": a kind of thing, named; "he implied it wanted more" infers.
        // ("This implied that" infers: "this" is its subject.)
        "implied" => keep(!(i > 0 && (doc.is_any(i - 1, words!["the", "an", "its", "their", "his", "her", "our", "'s", "’s"]) || possessive(doc, i - 1) || stated_or(doc, i)))),
        // The statistician's "null hypothesis" is what a test assumes, not a guess put forward.
        "hypothesis" => keep(!(i > 0 && doc.is_any(i - 1, words!["null", "alternative"]))),
        // "expectation effects", "expectation bias": a named phenomenon, not a guess put forward.
        "expectation" => keep(!doc.is_any(end, words!["effect", "effects", "bias", "biases"])),
        // "with low confidence", "(low confidence)" grade a finding; "low confidence in the
        // economy" is a mood that is reported, and "the medium confidence bins" a category.
        "low confidence" | "medium confidence" => keep(calibrated(doc, i, end)),
        // "at the suggestion of the mayor": a proposal, not an inference.
        // "denied a suggestion that", "rejected any suggestion": someone else's inference, named
        // to be refused; the sentence reports the refusal.
        "suggestion" => keep(!doc.is(end, "of") && !(i >= 2 && doc.is_any(i - 2, REFUSED) && doc.is_any(i - 1, DETERMINERS))),
        "suggest" | "suggests" | "suggested" | "suggesting" => keep(!proposes(doc, i, end) && !names_or_compares(doc, i)),
        "implies" => keep(!names_or_compares(doc, i)),
        // Looking into something is an open question only when the question is stated: "police are
        // investigating whether the fire was set". "A panel will investigate the massacre" asserts
        // the massacre.
        "investigate" | "investigates" | "investigating" | "look into" | "looking into" => keep(doc.is_any(end, words!["whether", "if", "why", "how"])),
        // "consider the offer" deliberates; "consider him a risk", "is considered the best" judge.
        "consider" | "considers" | "considered" => keep(considered_is_judgement(doc, i, end)),
        // "assume power", "assumed the presidency": taking on, not taking for granted.
        // And of an amount or in the passive with its taker: "assumed 30 pct of the premiums",
        // "will assume about 19.9 mln dlrs in deposits", "deposits were assumed by First Trust".
        "assume" | "assumes" | "assumed" => keep(
            // "weaker than the Treasury assumes" sets a result against someone's figure.
            !(doc.is_any(end, TAKEN_ON) || i > 0 && doc.is_any(i - 1, DETERMINERS) || amount_at(doc, end) || doc.is(end, "by"))
                && !context::forecast_compared(doc, i, end),
        ),
        // "debt assumption", "the assumption of liabilities", "the assumption of a bond
        // obligation": taking on a debt, not an assumption that something is so. (Not before an
        // amount: "his original assumption of 7.1 billion stg" for a year's borrowing guesses.)
        "assumption" => keep(
            !(i > 0 && doc.is_any(i - 1, TAKEN_ON) && !doc.is_any(i - 1, DETERMINERS)
                || doc.is(end, "of") && (doc.is_any(end + 1, TAKEN_ON) || amount_at(doc, end + 1) && owed_after(doc, end + 1))),
        ),
        "if" | "even if" => if_verdict(doc, i, end),
        // "Not maybe. Not if. When.", "not maybe, but certainly": the word named to be refused.
        "maybe" => keep(!(i > 0 && doc.is(i - 1, "not") && end < doc.tokens.len() && doc.tokens[end].kind == TokenKind::Punct)),
        "about" | "around" | "roughly" | "approximately" | "some" | "an estimated" | "in the region of" => {
            // "about a week", "roughly an hour": a single unit is a quantity too, and so is
            // "roughly a 60 percent chance": the number after the article is what is blurred.
            keep(
                context::quantity_at(doc, end)
                    || doc.is_any(end, words!["a", "an"]) && (doc.is_any(end + 1, UNITS) || end + 1 < doc.tokens.len() && doc.tokens[end + 1].kind == TokenKind::Number),
            )
        }
        // "could not say when", "cannot say whether", "cannot say exactly how many": what is not
        // known follows; "can't say no", "cannot say more" refuse or withhold instead, and "you
        // cannot say that he lied" denies a claim. "Not yet" always admits a gap. ("It is hard to
        // say no to her" is no gap either.)
        "cannot say" | "could not say" | "hard to say" | "difficult to say" | "hard to tell" | "difficult to tell" => keep(doc.is_any(end, words!["when", "whether", "how", "what", "why", "who", "which", "where", "if", "exactly", "for"])),
        // "the story goes on to say", "the story goes back to 1990", "the story went viral":
        // the account's course or reach, not hearsay.
        "the story goes" => keep(!doc.is_any(end, words!["on", "back", "to", "beyond", "further", "viral", "deeper"])),
        "or so" => keep(i > 0 && (context::quantity_at(doc, i - 1) || doc.is_any(i - 1, UNITS))),
        _ => Verdict::Keep,
    }
}

/// Is the modal at `i..end` the essayist's "one may ask", "one might wonder": a question put to
/// the reader by an impersonal "one", which doubts no claim of the sentence? ("Investors may ask"
/// forecasts what real people will ask, and stays a hedge.)
fn rhetorical_asking(doc: &Document, i: usize, end: usize) -> bool {
    const ASK: Words = words!["ask", "wonder", "question", "query"];
    i > 0 && doc.is(i - 1, "one") && (doc.is_any(end, ASK) || doc.is(end, "well") && doc.is_any(end + 1, ASK))
}

/// Is the "could" or "might" at `i..end` a past that did not happen: "could have won the title",
/// "could have been even better had the bank acted", "could have saved millions if it had
/// stopped"? It says the event failed to happen, which is no doubt about it. Read only after
/// "have", from the verb (winning, scoring, sparing: what one misses out on), a better or worse
/// outcome ("been better"), or a condition that closes the possibility ("had it not been",
/// "otherwise", "if only", a wish). "The bridge could have collapsed" still guesses.
fn counterfactual(doc: &Document, i: usize, end: usize) -> bool {
    let mut k = end;
    if doc.is_any(k, words!["well", "easily", "also", "otherwise", "even", "surely"]) {
        k += 1;
    }
    if !doc.is(k, "have") {
        return false;
    }
    let verb = k + 1;
    // "could have an impact", "might have to repay": "have" the main verb, no past at all.
    if !(doc.is_any(verb, words!["been", "had"]) || context::is_participle(doc, verb)) {
        return false;
    }
    const MISSED: Words = words!["won", "scored", "avoided", "prevented", "spared", "saved", "stopped", "averted"];
    if doc.is_any(verb, MISSED) || doc.is(i, "could") && doc.is(verb, "had") && doc.is_any(verb + 1, words!["a", "an", "the", "more", "two", "three"]) {
        return true;
    }
    let mut after = verb + 1;
    if doc.is(verb, "been") && doc.is_any(after, words!["even", "much", "far", "a", "no"]) {
        after += 1;
    }
    if doc.is(verb, "been") && doc.is_any(after, words!["better", "worse", "higher", "lower", "bigger", "larger", "smaller"]) {
        return true;
    }
    let (first, last) = (context::sentence_first(doc, i), context::sentence_last(doc, i));
    if (first..i).any(|j| doc.is_any(j, words!["wish", "wished", "wishes", "otherwise"]) || doc.is(j, "if") && doc.is(j + 1, "only")) || doc.is(end, "otherwise") {
        return true;
    }
    // A past condition after the modal: "had it not been for", "had the bank acted" (the subject
    // after "had", no subject before it: "they had the money" possesses), "if the bank had
    // acted". (", but ..." is no sign: "might have been planted by rebels, but no group has
    // claimed it" guesses, then sets a fact beside the guess.)
    const SUBJECTS: Words = words!["it", "they", "he", "she", "we", "i", "you", "who", "which", "that"];
    let last = last.min(doc.tokens.len().saturating_sub(1));
    (verb + 1..=last).any(|j| {
        doc.is(j, "had") && !doc.is_any(j - 1, SUBJECTS) && doc.is_any(j + 1, words!["it", "they", "he", "she", "we", "i", "you", "the", "not"])
            || doc.is(j, "if") && (j + 1..=last.min(j + 6)).any(|m| doc.is(m, "had"))
    })
}

/// Is the "could" at `i` what someone was able to do in a past the sentence names: "teachers, who
/// could once choose their books", "As a child she could recite every capital", "Back then you
/// could buy a house for 20,000 pounds"? The writer tells how things were, and doubts nothing.
/// "once again" and "once more" forecast a repeat ("the yen could once again top the tables"),
/// and a verb of saying between the opening and the modal makes it a possibility reported then
/// ("In those days, analysts said the bank could fail").
fn past_ability(doc: &Document, i: usize, end: usize) -> bool {
    if doc.is(end, "once") {
        return !doc.is_any(end + 1, words!["again", "more"]);
    }
    let first = context::sentence_first(doc, i);
    // The sentence's opening words, after any quotation mark: "Up until recently you could".
    let mut k = first;
    while k < i && doc.tokens[k].kind == TokenKind::Punct {
        k += 1;
    }
    if doc.is(k, "up") {
        k += 1;
    }
    let opens = |phrase: &[&str]| phrase.iter().enumerate().all(|(n, w)| k + n < i && doc.is(k + n, w));
    let then = opens(&["back", "then"])
        || opens(&["in", "those", "days"])
        || opens(&["in", "the", "old", "days"])
        || opens(&["at", "one", "time"])
        || opens(&["until", "recently"])
        || opens(&["as", "a"]) && doc.is_any(k + 2, words!["child", "boy", "girl", "teenager", "student", "youngster"])
        || k + 1 < i && doc.is_any(k + 1, words!["years", "decades", "centuries", "generations"]) && doc.is(k + 2, "ago");
    then && !(k..i).any(|j| doc.is_any(j, words!["said", "says", "say", "warned", "feared", "thought", "believed", "predicted", "that"]))
}

/// Does a time to come follow within a few words from `k`: "as soon as next week", "later this
/// year", "by Friday", "soon"?
fn dated_ahead(doc: &Document, k: usize) -> bool {
    let last = context::sentence_last(doc, k.saturating_sub(1));
    (k..last.min(k + 4)).any(|j| doc.is_any(j, words!["soon", "next", "later", "tomorrow", "shortly", "coming"]))
}

/// Is the "suggests" at `i` what a name or a title says of its bearer: "as the title suggests",
/// "as its name implies"? The writer points at the name, and doubts nothing. Nor does a
/// comparison with what something suggests: "far less comfortable than the scoreline suggests"
/// states that it was.
fn names_or_compares(doc: &Document, i: usize) -> bool {
    let back = i.saturating_sub(6).max(context::sentence_first(doc, i));
    let clause = (back..i).rev().take_while(|&j| doc.tokens[j].kind != TokenKind::Punct);
    let mut named = false;
    for j in clause {
        named |= doc.is_any(j, words!["name", "names", "title", "titles", "nickname"]);
        if doc.is(j, "as") {
            return named;
        }
        if doc.is(j, "than") {
            return true;
        }
    }
    false
}

/// Does a term in quotation marks of at most three words follow `k`, perhaps after "be", "have"
/// or "be in": "they are said to be in 'strict contrary motion'", "a bird with one gene is said
/// to be "split""? That defines a word of the trade ("is called"); a longer quotation
/// ("was said to be "both a fashion and a madness"") reports hearsay.
fn names_a_term(doc: &Document, k: usize) -> bool {
    let mut j = k;
    while j < k + 2 && doc.is_any(j, words!["be", "have", "in", "on"]) {
        j += 1;
    }
    if j >= doc.tokens.len() || !quote_mark(doc, j) {
        return false;
    }
    let last = context::sentence_last(doc, j).min(j + 5);
    (j + 2..last).any(|c| quote_mark(doc, c))
}

/// Is the capitalised "May" at `i`, where its capital tells nothing (a sentence's first word, a
/// headline in capitals), the month by what stands beside it? A modal is followed by a bare verb,
/// an adverb or "not"; the month by a tense ("May was up 12 cents", "May settled at"), an "-ing"
/// word ("May heating oil"), "and" ("May and July oats"), a mark ("May/Aug", "MAY - UNC", "MAY
/// <MA>"), a day in words ("Pay May Eight"), or a market's change ("MAY UNC", "MAY DN 1"). A
/// dividend line or a price sheet puts it after "Pay", "Record", "under" or "over".
fn month_by_what_follows(doc: &Document, i: usize) -> bool {
    const TENSED: Words = words![
        "was", "is", "were", "are", "has", "had", "said", "says", "stood", "rose", "fell", "and", "unc", "unch", "dn", "futures",
        "delivery", "shipment", "shipments",
    ];
    const DAYS: Words = words![
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    ];
    // Bare verbs that happen to end in "-ing".
    const ING_VERBS: Words = words!["bring", "sing", "ring", "sting", "swing", "spring", "string", "cling", "fling", "sling", "wring", "wing"];
    if !context::is_capitalised(doc, i) || i + 1 >= doc.tokens.len() {
        return false;
    }
    let next = i + 1;
    let w = doc.token_text(next);
    let mark = doc.tokens[next].kind == TokenKind::Punct && matches!(w, "/" | "-" | "<" | "(" | ")" | ":");
    let tensed = doc.is_any(next, TENSED) || w.len() > 4 && w.to_ascii_lowercase().ends_with("ed") && !w.to_ascii_lowercase().ends_with("eed");
    let ing = w.len() > 5 && w.to_ascii_lowercase().ends_with("ing") && !doc.is_any(next, ING_VERBS);
    let day = context::is_capitalised(doc, next) && doc.is_any(next, DAYS);
    let moved = doc.is_any(next, words!["up", "off"]) && (next + 1 >= doc.tokens.len() || doc.tokens[next + 1].kind == TokenKind::Number);
    let listed = i > 0 && doc.is_any(i - 1, words!["pay", "record", "under", "over", "und", "ovr", "fob"]);
    mark || tensed || ing || day || moved || listed
}

/// Is the "may" at `i` a wish, the verb before its subject: "Long may it continue", "Well may
/// we say", "may God bless you"? It hopes; it weighs no chance.
fn wish(doc: &Document, i: usize) -> bool {
    doc.is_any(i + 1, words!["god", "heaven"]) && !context::in_question(doc, i)
        || i > 0 && doc.is_any(i - 1, words!["long", "well"]) && doc.is_any(i + 1, words!["it", "we", "they", "he", "she", "you", "i"])
}

/// What may stand before the softener "kind of": a subject, a form of "be", an adverb.
const SOFTENED_AFTER: Words = words![
    "is", "was", "are", "were", "am", "be", "been", "'s", "’s", "'m", "’m", "'re", "’re", "i", "we", "you", "they", "he", "she", "it",
    "just", "really", "actually", "still", "also", "and", "but", "like", ",", "that's", "it's", "there's", "he's", "she's", "i'm",
    "we're", "you're", "they're", "that’s", "it’s", "there’s", "he’s", "she’s", "i’m", "we’re", "you’re", "they’re",
];

/// Is the "may" at `i` the stock apology "for any inconvenience this may cause"? A formula of
/// courtesy, not a guess about what happened.
fn apology(doc: &Document, i: usize) -> bool {
    i > 1 && doc.is_any(i - 2, words!["inconvenience", "disruption", "distress"]) && doc.is_any(i - 1, words!["this", "that", "it", "which"])
}

/// Verbs that refuse a claim put to someone: "denied the suggestion that".
const REFUSED: Words = words![
    "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses", "dismiss",
    "disputed", "disputes", "rebuffed", "refuted", "contested", "resisted", "ridiculed",
];

/// Does the modal at `i` serve a purpose clause: "resigned so that the affair could be closed",
/// "in order that the accounts could be checked"? The modal tells what the act was for, and the
/// writer doubts nothing. The clause opens a few words before, with no punctuation between.
fn purpose_clause(doc: &Document, i: usize) -> bool {
    let back = i.saturating_sub(6).max(context::sentence_first(doc, i));
    (back..i)
        .rev()
        .take_while(|&j| doc.tokens[j].kind != TokenKind::Punct)
        .any(|j| doc.is(j, "that") && j > 0 && (doc.is(j - 1, "so") || doc.is(j - 1, "order") && j > 1 && doc.is(j - 2, "in")))
}

/// What befalls people and plans in a warning: "homes could be flooded", "talks could be delayed";
/// and the links a guess draws: "the illness could be linked to the water".
const GUESSED: Words = words![
    "flooded", "delayed", "postponed", "cancelled", "canceled", "disrupted", "damaged", "destroyed", "hit", "hurt", "harmed",
    "killed", "injured", "stranded", "evacuated", "threatened", "undermined", "jeopardised", "jeopardized", "fined", "jailed",
    "sued", "forced", "lost", "closed", "suspended", "halted", "scrapped", "downgraded", "wiped", "linked", "tied", "connected",
    "related", "associated", "caused", "involved", "argued", "claimed", "said",
];

/// "a second suspect", "the main suspect", "one suspect was held": the person the police
/// suspect, a noun that names someone and doubts nothing. "Police suspect arson" and "I suspect
/// he knew" are the verb.
fn suspect_is_person(doc: &Document, i: usize, end: usize) -> bool {
    let before = |k: usize, list: Words| i >= k && doc.is_any(i - k, list);
    before(1, DETERMINERS)
        || before(1, SUSPECT_MODIFIERS) && (before(2, DETERMINERS) || doc.is(i - 1, "one"))
        || doc.is_any(end, words!["was", "is", "has", "had", "who", "remains", "remained", "fled"])
}

/// Words that stand between a determiner and the noun "suspect": "a second suspect", "the prime
/// suspect", "the alleged murder suspect".
const SUSPECT_MODIFIERS: Words = words![
    "one", "first", "second", "third", "fourth", "fifth", "last", "other", "main", "prime", "key", "chief", "lead", "sole", "only",
    "male", "female", "murder", "terror", "terrorist", "robbery", "shooting", "likely", "possible", "potential", "alleged", "new",
];

/// "possible" hedges when it introduces a possibility ("it is possible that", "it's possible", "a
/// possible sale", "the possible merger"), not when it speaks of feasibility or range ("as soon as
/// possible", "the highest possible score", "made it possible", "all possible combinations",
/// "both routes are possible", "not possible").
fn possible_is_hedge(doc: &Document, i: usize, end: usize) -> bool {
    if context::negated_before(doc, i, 2) {
        return false;
    }
    // ("it was ``thoroughly possible'' that ...": the quotation closes before the clause.)
    let quote_closes = end + 1 < doc.tokens.len() && doc.tokens[end].kind == TokenKind::Punct && doc.token_text(end).chars().all(|c| matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}'));
    if i == 0 || doc.is(end, "that") || quote_closes && doc.is(end + 1, "that") {
        return true;
    }
    // A warning's possibilities: an event that may or may not come ("landslides are possible",
    // "further delays are possible") and an amount it may reach ("up to 120 millimetres possible
    // on high ground"). What a thing allows ("both routes are possible") names no such event.
    // Also in a forecast's aside: "with thunder possible in the afternoon".
    // Reported, the verb moves to the past: "said further aftershocks were possible".
    if i >= 2 && doc.is_any(i - 1, words!["is", "are", "was", "were", "remain", "remains"]) && doc.is_any(i - 2, HAZARDS) || i >= 2 && doc.is_any(i - 1, HAZARDS) && doc.is(i - 2, "with") {
        return true;
    }
    let first = context::sentence_first(doc, i);
    if (first.max(i.saturating_sub(5))..i).any(|j| doc.is(j, "up") && doc.is(j + 1, "to") && context::quantity_at(doc, j + 2)) {
        return true;
    }
    if doc.is(end, "to") {
        return false;
    }
    // "it is also possible" is looked for in its own sentence: in short paragraphs, "it" three
    // words back may lie outside a re-analysed window.
    let it_is = |j: usize| j > first && doc.is_any(j, BE) && doc.is(j - 1, "it");
    let mut k = i - 1;
    if k > first && doc.is_any(k, words!["also", "quite", "entirely", "very", "still", "certainly", "thoroughly", "perfectly", "just"]) {
        k -= 1;
    }
    if doc.is_any(k, words!["it's"]) || it_is(k) {
        return true;
    }
    doc.is_any(i - 1, words!["a", "an", "another", "one", "the"]) && !(i >= 2 && doc.is_any(i - 2, words!["all", "every"]))
}

const BE: Words = words!["is", "was", "be", "been", "seems", "seemed", "remains"];

/// Events a forecast or an advisory warns of, which "is/are possible" puts in doubt, and the
/// errors a study warns of.
const HAZARDS: Words = words![
    "showers", "storms", "thunderstorms", "thunder", "hail", "sleet", "snow", "rain", "gusts", "frost", "fog", "flooding", "floods", "landslides", "avalanches",
    "aftershocks", "delays", "disruption", "disruptions", "cancellations", "closures", "outages", "cuts", "shortages", "strikes",
    "protests", "demonstrations", "clashes", "violence", "attacks", "evacuations", "casualties",
    // A study's own threats to its finding: "residual confounding is possible".
    "confounding", "bias", "contamination", "misclassification",
];

/// "appears to be", "appeared that", "seems likely": an impression. "appeared in court",
/// "appears on screen", "appeared as a guest": showing up.
fn appear_is_hedge(doc: &Document, next: usize) -> bool {
    if doc.is(next, "to") {
        return !doc.is_any(next + 1, DETERMINERS) && !doc.is_any(next + 1, words!["me", "him", "them", "us", "be?"]) && next + 1 < doc.tokens.len() && doc.tokens[next + 1].kind == TokenKind::Word;
    }
    doc.is_any(next, words!["that", "likely", "unlikely", "certain", "set", "poised", "ready", "close", "increasingly", "headed", "destined", "determined", "unable", "intent", "reluctant"])
        || seeming_adjective(doc, next)
}

/// An adjective after "appears" says how something seems: "residents appear divided", "the plan
/// appears sound", "the talks appeared stalled". Told by its ending or a short list; a participle
/// with its agent or place after it is an appearance ("appeared flanked by guards", "appeared
/// dressed in black"), and so is a person's look ("appeared confident", "appeared nervous"),
/// which describes a demeanour rather than softening a claim.
fn seeming_adjective(doc: &Document, k: usize) -> bool {
    if k >= doc.tokens.len() || doc.tokens[k].kind != TokenKind::Word || !doc.tokens[k].first_byte().is_ascii_lowercase() {
        return false;
    }
    let w = doc.token_text(k);
    let suffixed = w.len() > 4 && ["ous", "ful", "ive", "ic", "able", "ible", "ent", "ant", "ed"].iter().any(|e| w.ends_with(e));
    let listed = doc.is_any(k, words!["sound", "strong", "weak", "safe", "stable", "clear", "firm", "solid", "secure", "keen", "eager", "willing", "unwilling", "unsure", "uncertain", "sure", "fragile", "healthy", "ill", "unwell"]);
    let demeanour = doc.is_any(k, words![
        "confident", "nervous", "relaxed", "upset", "angry", "frustrated", "pleased", "annoyed", "surprised", "shaken", "emotional", "tense",
        "agitated", "tearful", "subdued", "animated", "exhausted", "distracted", "bored", "delighted", "excited", "composed", "dressed",
    ]);
    // ("the possibility one could appear pushed the stock up": a verb with its object.)
    let verb_with_object = w.ends_with("ed") && doc.is_any(k + 1, DETERMINERS);
    (suffixed || listed) && !demeanour && !verb_with_object && !doc.is_any(k + 1, words!["by", "in", "at", "on", "with", "alongside"])
}

/// "is thought to", "I thought that", "he thought the plan would fail": a belief. "his thought",
/// "school of thought", "thought of/about": the noun or plain thinking.
fn thought_is_belief(doc: &Document, i: usize, end: usize) -> bool {
    if i > 0 && (doc.is_any(i - 1, DETERMINERS) || doc.is_any(i - 1, words!["of", "in", "with", "without", "for", "political", "religious", "modern", "western", "greek", "free"])) {
        return false;
    }
    !doc.is_any(end, words!["of", "about", "process", "processes", "experiment", "experiments", "leader", "leaders", "police", "."])
}

/// Words after a passive "considered" that tell where, when or by whom it is thought over.
const DELIBERATED_NEXT: Words = words![
    "in", "for", "by", "at", "during", "before", "after", "when", "if", "on", "further", "carefully", "seriously", "separately",
    "later", "again", "first", "next", "now", "today", ".", ",", ";", ":", "and", "but",
];

/// What one thinks over rather than judges: "consider whether", "consider all responses",
/// "consider other proposals", "consider alternatives", "consider new loans".
const DELIBERATED_OBJECTS: Words =
    words!["whether", "how", "what", "options", "ways", "further", "all", "both", "other", "various", "new", "such", "either", "alternatives", "proposals", "measures", "legislation"];

/// Adverbs that may stand between an auxiliary and "considered": "is widely considered", "has not
/// considered", "was long considered".
const CONSIDER_ADVERBS: Words = words!["widely", "generally", "often", "long", "also", "now", "still", "usually", "not", "never", "already", "even"];

/// Auxiliaries before which "consider" is a verb with its object to come: "has not considered any
/// countermoves", "will also consider trading", "met to consider the report".
const ACTIVE_BEFORE: Words = words!["has", "have", "had", "will", "would", "may", "might", "could", "should", "can", "must", "to", "did", "does", "do"];

/// Object pronouns that open a judging small clause: "consider him a liability", "consider
/// themselves to be". Followed by a preposition or nothing, the pronoun is the thing thought over
/// ("the board may consider it.", "consider them at the next meeting").
const CONSIDER_PRONOUNS: Words = words!["him", "her", "them", "it", "itself", "himself", "herself", "themselves", "me", "us", "you"];

/// Prepositions after which an article starts an adjunct, not the second half of a small clause.
const CONSIDER_PREPOSITIONS: Words =
    words!["in", "on", "at", "for", "by", "with", "of", "from", "into", "under", "over", "about", "to", "after", "before", "during"];

/// "consider" judges ("consider him a risk", "is considered the best", "considers that") unless it
/// means thinking something over ("the board considered the offer", "will consider the role").
fn considered_is_judgement(doc: &Document, i: usize, end: usize) -> bool {
    // The word before, past one adverb.
    let k = if i > 0 && doc.is_any(i - 1, CONSIDER_ADVERBS) { i - 1 } else { i };
    let after_auxiliary = k > 0 && doc.is_any(k - 1, ACTIVE_BEFORE);
    let passive = !after_auxiliary && (k < i || k > 0 && (doc.is_any(k - 1, BE) || doc.is_any(k - 1, words!["are", "were", "being"])));
    if passive {
        // A passive judgement names what the thing is considered ("a risk", "safe", "to be"); one
        // followed by where, when or by whom is deliberation: "should be considered in planning",
        // "will be considered by the board", "the bid is being considered."
        return !(end >= doc.tokens.len() || doc.is_any(end, DELIBERATED_NEXT));
    }
    let last = context::sentence_last(doc, i);
    if end >= last {
        return false;
    }
    // Before a determiner, a question word or a gerund the thing is thought over: "consider the
    // offer", "consider whether", "consider launching a paper", "consider further".
    let gerund = doc.tokens[end].kind == TokenKind::Word && doc.token_text(end).len() > 5 && doc.token_text(end).ends_with("ing");
    // "under all scenarios considered.", "all things considered,": with nothing after it to judge
    // the thing as, it was looked at, not judged.
    if doc.is(i, "considered") && !after_auxiliary && doc.tokens[end].kind == TokenKind::Punct && !quote_mark(doc, end) {
        return false;
    }
    if doc.is(i, "considered") && !after_auxiliary {
        // A past or participle with no auxiliary: "critics considered him", "a team considered
        // the best", "considered one of the greatest".
        return !(gerund || doc.is_any(end, DETERMINERS) || doc.is_any(end, DELIBERATED_OBJECTS));
    }
    // "consider" and "considers", and "considered" after an auxiliary, are mostly a matter
    // thought over in news ("will consider settlement offer", "met to consider the report", "has
    // not considered any countermoves"). They judge with a clause or a small clause after them:
    // "considers that", "consider him a liability", "consider themselves to be", "consider
    // Emeryville an exclave", "consider the storage as essential", "consider it one of the best".
    let first = context::sentence_first(doc, i);
    if doc.is(end, "that") {
        // "if we consider that", "when you consider that", "Consider that ...": take into account.
        return !(i == first || (i.saturating_sub(2).max(first)..i).any(|j| doc.is_any(j, words!["if", "when", "you"])));
    }
    // The object fronted in a relative clause, the judgement after the verb: "which he considers
    // unlikely", "what most of us would consider equilibrium". A time or place after it thinks
    // the matter over: "which the House will consider next month".
    if (i.saturating_sub(5).max(first)..i).any(|j| doc.is_any(j, words!["what", "which", "whom"])) {
        return doc.tokens[end].kind == TokenKind::Word && !gerund && !doc.is_any(end, DELIBERATED_NEXT) && !doc.is_any(end, DETERMINERS);
    }
    if doc.is_any(end, CONSIDER_PRONOUNS) {
        let next = end + 1;
        return next < last
            && doc.tokens[next].kind == TokenKind::Word
            && !doc.is_any(next, DELIBERATED_NEXT)
            && !doc.is_any(next, words!["and", "or", "but", "with"])
            && (!doc.is(next, "to") || doc.is(next + 1, "be"));
    }
    if gerund || doc.is_any(end, DELIBERATED_OBJECTS) {
        return false;
    }
    // A quotation mark does not end the phrase: "considered 'C. cupularis' to be".
    let quote = |j: usize| quote_mark(doc, j);
    // A relative clause ends the object: "consider a report which quoted a Reagan official".
    let in_phrase = |j: usize| (doc.tokens[j].kind != TokenKind::Punct || quote(j)) && !doc.is_any(j, words!["who", "that", "which"]);
    let window: Vec<usize> = (end..(end + 6).min(last)).take_while(|&j| in_phrase(j)).collect();
    // An object that opens with an article is a whole noun phrase; a second article belongs to
    // it ("consider a 43 dlr a share offer"), not to a small clause.
    let opens_with_article = doc.is_any(end, DETERMINERS);
    window.iter().enumerate().any(|(n, &j)| {
        // ("consider natural defences such as wetlands": "such as" gives examples, not what the
        // thing is judged to be.)
        doc.is(j, "as") && !(j > end && doc.is(j - 1, "such"))
            || doc.is(j, "to") && doc.is(j + 1, "be")
            || doc.is(j, "one") && doc.is(j + 1, "of")
            // The second half of a small clause, an article after the object: "consider LSD a
            // sacrament"; after a preposition it opens an adjunct ("consider projects on a case
            // by case basis").
            || n > 0 && !opens_with_article && doc.is_any(j, words!["a", "an"]) && !doc.is_any(j - 1, CONSIDER_PREPOSITIONS)
    })
}

fn quote_mark(doc: &Document, j: usize) -> bool {
    matches!(doc.token_text(j), "'" | "\"" | "\u{2018}" | "\u{2019}" | "\u{201C}" | "\u{201D}")
}

/// "until" conditions the outcome when it waits for an event yet to come or that must happen first:
/// "construction won't resume until prices rise", "the board will keep looking until an offer is
/// made", "the firm doesn't announce products until they ship". A past "until 1990" or "he worked
/// there until he retired" is a plain time limit.
fn until_is_condition(doc: &Document, i: usize, end: usize) -> bool {
    // (Only words of its own sentence: an "until" ending a paragraph waits for nothing in the
    // next one, which a re-analysed window may not even hold.)
    let last = context::sentence_last(doc, i);
    if end < last && doc.tokens[end].kind == TokenKind::Number || names_a_time(doc, end, last) {
        return false;
    }
    let first = context::sentence_first(doc, i);
    (first..i).any(|j| {
        let t = doc.token_text(j);
        doc.is_any(j, words!["will", "would", "shall", "won't", "wouldn't", "cannot", "can't", "must", "should", "doesn't", "don't"])
            || t.ends_with("'ll")
            || t.ends_with("\u{2019}ll")
            // Present-tense negation: "does not announce products until they ship". A past "did not
            // win until 1990" tells what happened.
            || (doc.is_any(j, words!["not", "n't"]) && j > first && doc.is_any(j - 1, words!["does", "do"]))
    })
}

/// Words that name a point in time: "until March", "until next spring", "until further notice".
const TIME_WORDS: Words = words![
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter",
    "now", "then", "today", "tomorrow", "tonight", "later", "midnight", "noon", "dawn", "further", "recently", "christmas",
    "year", "years", "month", "months", "week", "weeks", "weekend", "morning", "evening", "afternoon", "night", "day", "days",
    "term", "decade", "century", "quarter", "season",
];
/// Words before a time word that still name a time: "until the end of June", "until early next year".
const TIME_LEADS: Words = words!["the", "this", "next", "early", "late", "mid", "at", "least", "end", "middle", "start", "beginning", "of", "-"];

/// Does a time, rather than an event, start at token `i`? A future wait for a date ("will stay
/// closed until next spring") limits the outcome in time; it does not make it depend on anything.
fn names_a_time(doc: &Document, i: usize, sentence_last: usize) -> bool {
    // A few leading words ("the end of", "early") may come before the time word itself.
    // ("the end of the term" is five words.)
    (i..(i + 5).min(sentence_last))
        .take_while(|&j| j == i || doc.is_any(j - 1, TIME_LEADS))
        .any(|j| doc.tokens[j].kind == TokenKind::Number || doc.is_any(j, TIME_WORDS))
}

/// "if" sets a condition, except in fixed phrases that condition nothing ("if and only if" of
/// definitions, "little, if any", "if anything", "as if"; also "even if and only if") and after verbs of asking, where it opens an
/// open question ("she asked if the vote would count").
fn if_verdict(doc: &Document, i: usize, end: usize) -> Verdict {
    // (Each within the sentence: words in short paragraphs after or before it are not its
    // own, and a re-analysed window may not even hold them.)
    if doc.is(end, "and") && doc.is(end + 1, "only") && doc.is(end + 2, "if") && end + 2 < context::sentence_last(doc, i) {
        return Verdict::Drop;
    }
    if i >= 3 && doc.is(i - 1, "only") && doc.is(i - 2, "and") && doc.is(i - 3, "if") && i - 3 >= context::sentence_first(doc, i) {
        return Verdict::Drop;
    }
    // "as if" compares with a manner ("spoke as if it were settled"); nothing is conditioned.
    // "deadly, if not comical": a concession that grades the adjective, not a condition.
    if doc.is_any(end, words!["any", "anything", "ever", "not", "no"]) || (i > 0 && doc.is(i - 1, "as")) {
        return Verdict::Drop;
    }
    // A condition has its clause: "if" before a stop is the word itself, "a question of when,
    // not if." So is "not if, but when" before its comma ("If, as seems likely, talks fail"
    // conditions; so do "if so" and "if necessary").
    if end >= doc.tokens.len()
        || doc.is_any(end, words![".", "?", "!", ";", ":"])
        || doc.is(end, ",") && i > 0 && doc.is(i - 1, "not")
    {
        return Verdict::Drop;
    }
    if i > 0 && doc.is_any(i - 1, ASKING) {
        return Verdict::As(CueKind::Investigation, "\"if\" here asks an open question");
    }
    if concedes(doc, i, end) {
        return Verdict::Drop;
    }
    Verdict::Keep
}

/// Does the "if" at `i` concede a lesser quality, as in "warm if a little slow" and "moving, if
/// somewhat predictable"? A degree word and one more word close the clause; a condition goes on
/// to a clause of its own ("if a little rain falls", "if slightly more people vote").
fn concedes(doc: &Document, i: usize, end: usize) -> bool {
    let k = if doc.is(end, "a") && doc.is_any(end + 1, words!["little", "bit", "tad"]) {
        end + 2
    } else if doc.is_any(end, words!["somewhat", "slightly", "rather", "occasionally", "sometimes", "mildly", "faintly", "overly"]) {
        end + 1
    } else {
        return false;
    };
    let last = context::sentence_last(doc, i);
    k < last
        && doc.tokens[k].kind == TokenKind::Word
        && (k + 1 >= last || doc.tokens[k + 1].kind == TokenKind::Punct || doc.is_any(k + 1, words!["on", "in", "at", "for", "and", "but"]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::quotes;

    /// (text covered, kind, quoted) of every hedge found.
    fn hedges(text: &str) -> Vec<(String, CueKind, bool)> {
        let doc = Document::new(text);
        let q = quotes::find(&doc);
        detect(&doc, &q).into_iter().map(|s| (s.text, s.kind, s.quoted)).collect()
    }

    use CueKind::*;

    /// Sentence in, the hedges expected (covered text and kind), in order.
    const CASES: &[(&str, &[(&str, CueKind)])] = &[
        ("It's said that the plan failed.", &[("It's said", Evidential)]),
        // Hearsay from everyone, vouched for by no one.
        ("She was, by all accounts, a formidable presence.", &[("by all accounts", Evidential)]),
        // A speaker who cannot say when or whether: the answer is not known.
        ("The spokesman could not say when the measures would take effect.", &[("could not say", Epistemic)]),
        ("It is hard to say when it opens, and little is known about its cost.", &[("hard to say", Epistemic), ("little is known", Epistemic)]),
        ("It is difficult to say how many left, and hard to tell whether they will return.", &[("difficult to say", Epistemic), ("hard to tell", Epistemic), ("whether", Investigation)]),
        // (guard) Telling apart, or saying a thing, is no gap in what is known.
        ("It is hard to tell the twins apart, and difficult to say no to them.", &[]),
        ("There is a good chance the dam fails.", &[("a good chance", Epistemic)]),
        ("We cannot yet say that the bacterium causes the response.", &[("cannot yet say", Epistemic)]),
        ("He can't say whether the dollar should be higher.", &[("can't say", Epistemic), ("whether", Investigation)]),
        // Hearsay with no source named, in the present: "I'm told". A past "we were told" reports
        // what was said to them, and is no hedge.
        ("I'm told that's a terrible idea, and we are told the plant is safe.", &[("I'm told", Evidential), ("we are told", Evidential)]),
        ("We were told we were safe.", &[]),
        // Epistemic modals and adverbs.
        ("The virus may spread to other regions.", &[("may", Epistemic)]),
        // The limits of what is known.
        ("But as far as I can tell, the shoes made no difference.", &[("as far as I can tell", Epistemic)]),
        ("To the best of our knowledge, no weapons were sold.", &[("To the best of our knowledge", Epistemic)]),
        // The verb that takes a clause is a judgement in any tense, as "estimated that" is.
        ("The union estimates that 4,000 jobs will go.", &[("estimates that", Doxastic)]),
        ("Analysts estimate that the crop will be smaller.", &[("estimate that", Doxastic)]),
        ("To the best of my knowledge, no one has tried.", &[("To the best of my knowledge", Epistemic)]),
        ("Residual confounding cannot be excluded.", &[("cannot be excluded", Epistemic)]),
        // A possibility left open, whoever leaves it and whatever it is called.
        ("The minister would not rule out a devaluation, and police have not ruled it out.", &[("not rule out", Epistemic), ("not ruled it out", Epistemic)]),
        ("We can't rule it out.", &[("can't rule it out", Epistemic)]),
        // A matter less settled than another is not settled.
        ("The case of plywood was less clear, and the outlook is far from certain.", &[("less clear", Epistemic), ("far from certain", Epistemic)]),
        ("The two clubs are understood to be discussing the fee.", &[("are understood to", Evidential)]),
        ("Rebels were thought to be hiding in the hills.", &[("were thought to", Doxastic)]),
        ("Officials said the river might flood.", &[("might", Epistemic)]),
        // A warning's possible events and amounts.
        ("Roads may close, and landslides are possible in the hills.", &[("may", Epistemic), ("possible", Epistemic)]),
        ("Rain will spread east, with up to 120 millimetres possible on high ground.", &[("possible", Epistemic)]),
        ("Seismologists said further aftershocks were possible over the coming days.", &[("possible", Epistemic)]),
        ("Causality cannot be established, and residual confounding is possible.", &[("possible", Epistemic)]),
        // Odds in percent leave the event open, as "probability" does.
        ("There is a 70 percent chance of showers on Tuesday.", &[("percent chance", Epistemic)]),
        // Guard: the verb still suspects.
        ("Police suspect arson, and I suspect the owner knew.", &[("suspect", Doxastic), ("suspect", Doxastic)]),
        ("The storm could delay shipments.", &[("could", Epistemic)]),
        // A harm that may come, in the passive.
        ("Some homes could be flooded, and flights could be delayed.", &[("could be", Epistemic), ("could be", Epistemic)]),
        ("Showers are expected, with thunder possible later.", &[("expected", Doxastic), ("possible", Epistemic)]),
        ("A deal could be announced as soon as next week.", &[("could be", Epistemic)]),
        ("The sweetener could be linked to heart attacks, and the delay could be caused by the heat.", &[("could be", Epistemic), ("could be", Epistemic)]),
        // Hearsay in the set phrases of features and histories.
        ("Legend has it that the king hid his gold here.", &[("Legend has it", Evidential)]),
        ("As the story goes, the chapel was built in a night, and according to tradition the well never dries.", &[("the story goes", Evidential), ("according to tradition", Evidential)]),
        // A repeat to come, and a possibility reported back then, stay guesses.
        ("The yen could once again top the tables.", &[("could", Epistemic)]),
        ("In those days, analysts said the bank could fail.", &[("could", Epistemic)]),
        ("The rock is estimated to be 20 metres wide.", &[("is estimated to", Doxastic)]),
        ("Analysts forecast a rise in rates.", &[("forecast", Doxastic)]),
        ("The forecast looked optimistic.", &[]),
        // A result measured against a forecast states the result; a forecast of its own forecasts.
        ("The headset sold fewer units than analysts had forecast.", &[]),
        ("Prices rose, as rice output is forecast to fall.", &[("forecast", Doxastic)]),
        ("Wages rose as economists forecast inflation would.", &[("forecast", Doxastic)]),
        // A figure forecast before the result is its standard; a forecast with its object still
        // forecasts.
        ("Employers added 2,400 jobs, far above the 1,500 economists had forecast.", &[]),
        ("Economists had forecast a fall in demand.", &[("forecast", Doxastic)]),
        ("The firm had predicted last year that profit would fall.", &[("predicted", Doxastic)]),
        // So is a result measured against what someone expected, predicted or feared.
        ("The economy grew faster than anyone expected, and losses were worse than many feared.", &[]),
        ("Exports rose more than analysts had predicted in May, as the minister had believed.", &[]),
        ("Analysts predicted a fall, and more than 30 economists expected a cut.", &[("predicted", Doxastic), ("expected", Doxastic)]),
        ("Residents feared for their homes, and others feared the worst.", &[("feared", Doxastic)]),
        // Amazement at what happened doubts nothing; a belief held or denied is still a belief.
        ("\"I still can't believe it,\" he said, and his coach could not believe how they had won.", &[]),
        ("\"I can't believe anybody else would bid,\" he said.", &[("believe", Doxastic)]),
        // Telling the reader what not to hold hedges nothing; a belief denied by a subject is one.
        ("Don't believe everything you read. Just don't expect it to work. Do not think it is cheap.", &[]),
        ("I don't believe the figures, and we do not expect a cut.", &[("believe", Doxastic), ("expect", Doxastic)]),
        // A charge is an accusation still to be proved; a fee charged, a duty, a charge denied
        // or already proved are not.
        ("Two men were charged with murder and a third was indicted on fraud charges.", &[("charged", Evidential), ("indicted", Evidential)]),
        ("Prosecutors charged three executives with insider trading.", &[("charged", Evidential)]),
        ("He has been charged in the bombing.", &[("charged", Evidential)]),
        ("The bank charged a fee of 2 percent, and the panel is charged with overseeing it.", &[]),
        ("The central bank, charged with supervision of lenders, said it was not charged with any crime.", &[]),
        ("They were charged with and convicted of fraud, but he was never indicted.", &[]),
        ("He has not been charged in the bombing.", &[]),
        ("The atmosphere was charged with emotion at the politically charged hearing.", &[]),
        // A belief no one holds denies what follows.
        ("Nobody seriously believes that four more years will help, and no one believes it.", &[]),
        ("But no serious person believes that notifications help, and no sane economist believes it.", &[]),
        ("There is no reason to believe the pact has broken down.", &[]),
        ("Some believe that four more years will help.", &[("believe", Doxastic)]),
        // Faith with nothing believed: "believing" with "in" or with no clause after it.
        ("\"We never stop believing,\" he said, and fans kept believing in the team.", &[]),
        ("Believing that prices would fall, he sold.", &[("Believing", Doxastic)]),
        // A proposal of what should be done is no inference.
        ("The authors suggested that future trials should include children.", &[]),
        ("These results suggest that the dose should be cut.", &[("suggest", Epistemic)]),
        ("It has been suggested that the loans should be repaid.", &[("suggested", Epistemic)]),
        ("We do not believe the figures are right, and many believe they are.", &[("believe", Doxastic), ("believe", Doxastic)]),
        // A condition after a modal governs it only in the same clause.
        ("City will be favourites, and it would be a shock if they lost.", &[("would", Condition), ("if", Condition)]),
        ("Prices will rise if the drought lasts.", &[("will", Condition), ("if", Condition)]),
        ("If the drought lasts, prices will rise, and exports will fall.", &[("If", Condition), ("will", Condition), ("will", Condition)]),
        // A single unit of time or distance counts as the amount being approximated.
        ("The phone lasted about a day and a half, and charging took roughly an hour.", &[("about", Approximator), ("roughly", Approximator)]),
        // A figure with its determiner names the forecast; a bare share of people forecasts.
        ("Prices rose 2.1 percent, below the 2.4 percent forecast by economists.", &[]),
        ("Growth missed the government's 3.5 pct forecast.", &[]),
        ("While 40 pct saw a rise, 54 pct forecast output would fall.", &[("forecast", Doxastic)]),
        // Doubting a claim, against asking a person.
        ("The win was far less comfortable than the scoreline suggests.", &[]),
        ("Analysts questioned whether the cut would help.", &[("questioned", Epistemic), ("whether", Investigation)]),
        ("Critics questioned the figures.", &[("questioned", Epistemic)]),
        ("He was questioned about the leak by the panel.", &[]),
        ("Police questioned him for six hours.", &[]),
        ("Questioned by reporters, the minister said nothing.", &[]),
        ("Half of those questioned backed the plan.", &[]),
        ("Their forecasts were revised twice.", &[]),
        // After a possessive, as after a determiner, it is the noun.
        ("Prices fell, against analysts' forecasts of a rise.", &[]),
        ("The bank's forecast was too optimistic.", &[]),
        ("Anyone who has read the operator's own forecasts knows that.", &[]),
        ("The figures are open to question, and the cause is still a matter of debate.", &[("open to question", Epistemic), ("matter of debate", Epistemic)]),
        ("The firm raised its 2027 earnings forecast.", &[]),
        ("Shares rose after the firm raised its full-year forecast, and the annual forecast rose too.", &[]),
        ("The agency earlier this year forecast a drop in output.", &[("forecast", Doxastic)]),
        ("Market forecasts had been for a smaller deficit.", &[]),
        ("Oilseed output forecast to rise", &[("forecast", Doxastic)]),
        ("Profits were lower than forecast, and output below forecasts.", &[]),
        ("It is too early to forecast a recovery.", &[("forecast", Doxastic)]),
        ("Economists forecast slower growth.", &[("forecast", Doxastic)]),
        ("Sales smashed industry forecasts and topped Wall Street forecasts.", &[]),
        // A suggestion refused is not the writer's inference; one put forward still is.
        ("She denied a suggestion by lawyers that she lied, and he rejected any suggestion of bias.", &[]),
        ("There is a suggestion that the letters were forged.", &[("suggestion", Epistemic)]),
        // A projection forecasts as "is forecast to" does.
        ("Sea level is projected to rise a further metre by 2100.", &[("projected to", Doxastic)]),
        // Near-certainty is still short of certainty: a hedge, and no booster is left behind.
        ("The barriers will almost certainly hold.", &[("almost certainly", Epistemic)]),
        ("Record heat is almost certain to return, and a deal is virtually certain.", &[("almost certain", Epistemic), ("virtually certain", Epistemic)]),
        ("To some extent, the reforms worked.", &[("To some extent", Epistemic)]),
        ("The findings have not yet been peer reviewed.", &[("not yet been peer reviewed", Evidential)]),
        // A figure or an account the writer could not check is reported, not vouched for.
        ("Twelve people died, though the toll could not be independently verified.", &[("could not be independently verified", Evidential)]),
        ("Reuters was unable to confirm the report, and unconfirmed accounts spoke of looting.", &[("unable to confirm", Evidential), ("unconfirmed", Evidential)]),
        ("The figures have not been verified.", &[("not been verified", Evidential)]),
        // Graded confidence below high, as assessment reports qualify a finding; a mood or a
        // category name is not a doubt of the writer's.
        ("The decline is assessed with medium confidence, and rainfall rose (low confidence).", &[("medium confidence", Epistemic), ("low confidence", Epistemic)]),
        ("There is limited evidence that the drug works.", &[("limited evidence", Epistemic)]),
        ("Consumers showed low confidence in the economy, and the medium confidence group was small.", &[]),
        ("The bridge could have collapsed.", &[("could", Epistemic)]),
        // A guess about the past stays a hedge; so does a question someone actually asks.
        ("The fire could have been set on purpose, and the driver might have fallen asleep.", &[("could", Epistemic), ("might", Epistemic)]),
        ("Investors may ask whether the bank can pay.", &[("may", Epistemic), ("whether", Investigation)]),
        ("The bomb might have been planted by rebels, but no group has claimed it.", &[("might", Epistemic)]),
        // Only the condition is a hedge: the money saved is a past that did not happen.
        ("The firm could have saved 95 million dollars if it had stopped the night shifts.", &[("if", Condition)]),
        ("Lenders could have an impact, and farmers might have to repay the costs.", &[("could", Epistemic), ("might", Epistemic)]),
        ("Farmers could see lower prices next year.", &[("could", Epistemic)]),
        ("It could be weeks before power returns.", &[("could be", Epistemic)]),
        ("It could be argued that the reform came too late.", &[("could be", Epistemic)]),
        ("The leak could be a sign of wider damage.", &[("could be", Epistemic)]),
        ("It's possible the files were lost.", &[("It's possible", Epistemic)]),
        ("It is also possible, though rare, for a fox to climb.", &[("possible", Epistemic)]),
        ("The cause of the fire is unknown.", &[("unknown", Epistemic)]),
        // Trading named, not a guess.
        ("Prices rose on speculative buying by funds.", &[]),
        ("The fund holds speculative-grade bonds.", &[]),
        ("The bank tried to curb currency speculation.", &[]),
        ("Real estate speculation drove the prices up.", &[]),
        ("The link to the drug is speculative.", &[("speculative", Doxastic)]),
        // A rating or a term named, against an inference reported.
        ("The company's implied senior debt rating is BB, and there is an implied obligation to buy.", &[]),
        ("Actual results may differ from those expressed or implied.", &[("may", Epistemic)]),
        ("The bank implied it wanted more.", &[("implied", Epistemic)]),
        // A concession grades a quality; a condition brings a clause.
        ("Service was warm if a little slow on a busy night, and the plot moving, if somewhat predictable.", &[]),
        ("Turnout will rise if a little rain falls, and if slightly more people vote.", &[("will", Condition), ("if", Condition), ("if", Condition)]),
        ("Regulators say crypto assets are highly speculative.", &[]),
        ("Dealers blamed speculative dollar selling, and the ratings remain speculative.", &[]),
        ("The report rests on speculative assumptions.", &[("speculative", Doxastic)]),
        // Guards: a clause, an infinitive or a guessed amount after them still assumes.
        ("Investors were assumed to be eager to buy.", &[("assumed", Doxastic)]),
        ("The forecast rests on the assumption that oil stays cheap.", &[("assumption", Doxastic)]),
        ("Borrowing undershot his original assumption of 7.1 billion stg.", &[("assumption", Doxastic)]),
        // The amount is rounded, and the bank still takes it on.
        ("The bank will assume about 19.9 mln dlrs in deposits.", &[("about", Approximator)]),
        // Examined, with no judgement after it, and the test statistician's default.
        ("Sea ice may vanish under all the scenarios considered.", &[("may", Epistemic)]),
        ("Everything had been carefully considered.", &[]),
        ("The data favoured the null hypothesis, not the hypothesis of a link.", &[("hypothesis", Doxastic)]),
        ("Speculation that the chairman will quit grew.", &[("Speculation", Doxastic)]),
        ("Shares rose on takeover speculation.", &[("speculation", Doxastic)]),
        ("The deal will hold as long as prices stay low.", &[("will", Condition), ("as long as", Condition)]),
        ("The plan will probably fail.", &[("probably", Epistemic)]),
        ("Prices are likely to rise.", &[("likely", Epistemic)]),
        // A measured ratio of risks reports a finding.
        ("Smokers were twice as likely to fall ill.", &[]),
        ("The poll found 58 percent of likely voters back the tax.", &[]),
        ("Clinton leads among likely caucus-goers, and prices are likely well-behaved.", &[("likely", Epistemic)]),
        ("Of likely Republican primary voters, 40 percent back her.", &[]),
        ("Users were three times more likely to leave.", &[]),
        ("Patients were 40 percent less likely to die.", &[]),
        ("Patients on the drug were significantly more likely to achieve clear skin.", &[]),
        ("Heavy users are more likely to relapse.", &[("more likely", Epistemic)]),
        // No difference found is a finding too, negated or not.
        ("Vaccinated children were no more likely to develop asthma.", &[]),
        ("Boys were not more likely to be diagnosed, and girls no less likely.", &[]),
        ("A deal is not likely this year.", &[("likely", Epistemic)]),
        ("It is possible that the files were lost.", &[("It is possible that", Epistemic)]),
        ("We don't know who sent the letter.", &[("We don't know", Epistemic)]),
        // So with an adverb inside, whoever does not know.
        ("It is tempting to call it dreaming, but we simply do not know what the animal experiences.", &[("simply do not know", Epistemic)]),
        ("Scientists still don't know why some people never catch it.", &[("still don't know", Epistemic)]),
        // A capitalised word before the pronoun opens the sentence; "I" names no one with it.
        ("And I don't know who sent it. Then I am told the plant is safe.", &[("I don't know", Epistemic), ("I am told", Evidential)]),
        ("Whether the law survives remains to be seen.", &[("Whether", Investigation), ("remains to be seen", Epistemic)]),
        // An outcome not yet known, whether of a count or of a policy.
        ("The second seat was too close to call, and it is too early to say who will lead.", &[("too close to call", Epistemic), ("too early to say", Epistemic)]),
        ("The company is in talks about a possible sale.", &[("possible", Epistemic)]),
        ("The minister appears to have misled parliament.", &[("appears", Epistemic)]),
        // A claim said not to have been shown to hold.
        ("The link between the two has never been proven.", &[("never been proven", Evidential)]),
        // An adjective after "appear" says how things seem; a person's look, or a participle
        // with its object, does not.
        ("Residents appear divided over the plan.", &[("appear", Epistemic)]),
        ("Sterling appeared resilient to the dollar's decline.", &[("appeared", Epistemic)]),
        ("The minister appeared confident he would win.", &[]),
        ("The fear that a bidder could appear pushed the stock up.", &[("could", Epistemic)]),
        ("It is unclear who fired first.", &[("It is unclear", Epistemic)]),
        // A quotation closing after the adjective leaves its clause to follow.
        ("He said it was \"entirely possible\" that the issue would surface.", &[("possible", Epistemic)]),
        ("It looks as though they panicked, and it looked as if the doors had been forced.", &[("looks as though", Epistemic), ("looked as if", Epistemic)]),
        // Wire copy's "not immediately clear" and "not yet clear": not known at the time of writing.
        ("It was not immediately clear who fired first, and the cause is not yet clear.", &[("not immediately clear", Epistemic), ("not yet clear", Epistemic)]),
        ("The number of victims was not immediately known.", &[("not immediately known", Epistemic)]),
        // A negated "obvious" doubts what follows; a thing not obvious to the eye is no hedge.
        ("It is not obvious that fewer stations means slower responses.", &[("not obvious that", Epistemic)]),
        ("The damage was not obvious from the road.", &[]),
        // Evidence said to point both ways, and a report nobody has checked.
        ("But the evidence is mixed, and there is mixed evidence on costs.", &[("evidence is mixed", Epistemic), ("mixed evidence", Epistemic)]),
        ("Quarterly results were mixed.", &[]),
        ("The report has not been independently reviewed.", &[("not been independently reviewed", Evidential)]),
        ("There is no evidence that the vaccine caused it.", &[("no evidence", Epistemic)]),
        ("Prices could fall by summer, but there is no guarantee.", &[("could", Epistemic), ("there is no guarantee", Epistemic)]),
        ("He signed with no guarantee that he would play.", &[("no guarantee that", Epistemic)]),
        // Doxastic and evidential.
        ("Analysts expect the bank to cut rates.", &[("expect", Doxastic)]),
        // "should" expecting an outcome, not urging an act or asking.
        ("Profits should rise next year, and the move should improve liquidity.", &[("should", Epistemic), ("should", Epistemic)]),
        ("The government should act now.", &[]),
        ("Unemployment should continue to fall, but Japan should continue to carry out reform.", &[("should", Epistemic)]),
        ("The panel debated whether prices should rise.", &[("whether", Investigation)]),
        // A poll measures how many believe; the figure is the claim.
        ("YouGov found that 61 percent of voters think the government is doing badly.", &[]),
        ("A majority of economists expect a cut, and 40% believe it will come in June.", &[]),
        ("Many voters think the government is doing badly.", &[("think", Doxastic)]),
        ("The notes pay 72 pct of prime and it expects the shares to rise.", &[("expects", Doxastic)]),
        ("The ship is thought to have sunk in 1820.", &[("is thought to", Doxastic)]),
        // The noun "belief" hedges with what is believed after it, not as a topic.
        ("He acted in the belief that the loan was legal.", &[("belief", Doxastic)]),
        ("That belief is not just outdated; it is wrong.", &[]),
        ("Contrary to popular belief, bats are not blind.", &[]),
        ("Oil rose on a belief Saudi Arabia would curb output.", &[("belief", Doxastic)]),
        ("He noted that belief that rates will rise is growing.", &[("belief", Doxastic)]),
        ("He is widely regarded as the best player of his era.", &[("widely regarded", Doxastic)]),
        ("The mayor reportedly accepted the gifts.", &[("reportedly", Evidential)]),
        ("The alleged bribe was never found.", &[("alleged", Evidential)]),
        // Conditions and open questions.
        ("If the vote fails, the coalition will collapse.", &[("If", Condition), ("will", Condition)]),
        ("The union will strike unless wages rise.", &[("will", Condition), ("unless", Condition)]),
        ("Talks would resume if both sides agreed.", &[("would", Condition), ("if", Condition)]),
        // (guard) An aside after "if" and its comma still leads to the condition's clause; so
        // does "if so" to the one before it, and "maybe" before a stop doubts.
        ("If, as seems likely, the talks fail, prices rise.", &[("If", Condition), ("seems", Epistemic), ("likely", Epistemic)]),
        ("The talks may fail. If so, prices rise.", &[("may", Epistemic), ("If", Condition)]),
        ("Will it work? Maybe.", &[("Maybe", Epistemic)]),
        // A negated future that waits on a condition is still conditional.
        ("Work won't restart until the inspectors approve it.", &[("won't", Condition), ("until", Condition)]),
        // "the" and "next" open times ("the end of June", "next spring") but not every phrase.
        ("The strike will go on until the company raises wages.", &[("will", Condition), ("until", Condition)]),
        ("Prices will rise until next year's harvest fails.", &[("will", Condition), ("until", Condition)]),
        ("Police are investigating why the dam failed.", &[("investigating", Investigation)]),
        ("He is considered the best goalkeeper in Europe.", &[("is considered", Doxastic)]),
        ("The bridge was widely considered unsafe.", &[("considered", Doxastic)]),
        ("Such loans should be considered a risk.", &[("considered", Doxastic)]),
        ("Critics consider him a liability.", &[("consider", Doxastic)]),
        ("Many fans consider the album to be his best.", &[("consider", Doxastic)]),
        ("The bank considers that rates are too high.", &[("considers", Doxastic)]),
        ("The terms, which Washington considers far too lax, were approved.", &[("considers", Doxastic)]),
        // Fearing an event, not fearing on someone's behalf.
        ("Few now fear for the collapse of a major bank.", &[("fear", Doxastic)]),
        // The feeling itself is no doubt about an event.
        ("The debate has always been about fear, and fear is a poor adviser.", &[]),
        ("Fear is a poor adviser.", &[]),
        // (guard) What someone fears still is.
        ("What we fear is that they will be interned.", &[("fear", Doxastic)]),
        // Thinking something over is no judgement.
        ("He said he would consider launching the paper.", &[]),
        ("The trustees will consider further the size of the fund.", &[]),
        ("The firm doesn't ship products until they pass tests.", &[("until", Condition)]),
        ("The chancellor insists that the coalition will last until the end of the term.", &[]),
        // A time in the paragraphs after an "until" that ends its own is not what it waits for.
        ("The port will stay closed until\n\nthe\n\nend of\n\nJune.", &[("will", Condition), ("until", Condition)]),
        // Nor is "if and only if" read across paragraphs: each "if" conditions its own.
        ("The deal may hold if\n\nand\n\nonly\n\nif it rains.", &[("may", Epistemic), ("if", Condition), ("if", Condition)]),
        ("Reporters asked if the minister would resign.", &[("if", Investigation)]),
        ("The rules cover everyone, even if they live abroad.", &[("even if", Condition)]),
        // Approximators only blur quantities.
        ("About 300 people attended.", &[("About", Approximator)]),
        ("Some 40 percent of voters stayed home.", &[("Some", Approximator)]),
        ("The fund lost roughly a third of its value.", &[("roughly", Approximator)]),
        ("Traders see roughly a 60 percent chance of a cut and about an 8 pct rise in costs.", &[("roughly", Approximator), ("percent chance", Epistemic), ("about", Approximator)]),
        ("They met around 5 p.m. on Friday.", &[("around", Approximator)]),
        ("The repairs took a week or so.", &[("or so", Approximator)]),
        ("The results were more or less final.", &[("more or less", Approximator)]),
        ("About half the staff left.", &[("About", Approximator)]),
        ("Profits were in the region of 80 million pounds.", &[("in the region of", Approximator)]),
        ("It is too early to say; the jury is still out, and the date is anyone's guess.", &[("too early to say", Epistemic), ("the jury is still out", Epistemic), ("anyone's guess", Epistemic)]),
        ("The likelihood of a strike has grown.", &[("likelihood", Epistemic)]),
        // Guards: a likely cause, hearsay quoted at length, a modal after "as".
        ("The probable cause of the fire was a heater.", &[("probable", Epistemic)]),
        ("Nobody could have known the dam would fail.", &[("could", Epistemic)]),
        // A forecast with "could reach", "could easily", "could get".
        ("Sales could reach six million units by 1990.", &[("could", Epistemic)]),
        ("Officials said what is expected to be a record harvest has begun.", &[("expected", Doxastic)]),
        ("had been expected, and was forecast.", &[("expected", Doxastic), ("forecast", Doxastic)]),
        ("Prices could easily drop to a dollar, and we could get a stiff rally.", &[("could", Epistemic), ("could", Epistemic)]),
        ("That's kind of a myth, and we sort of knew it.", &[("kind of", Epistemic), ("sort of", Epistemic)]),
        ("It is too early to judge the scheme, and too soon to tell.", &[("too early to judge", Epistemic), ("too soon to tell", Epistemic)]),
        ("The minister was said to be \"tired and angry about the leaks\".", &[("was said to", Evidential)]),
        ("The old mill is said to be haunted.", &[("is said to", Evidential)]),
        ("Costs rose, as analysts had suggested they might.", &[("suggested", Epistemic), ("might", Epistemic)]),
        // A negated booster is a hedge; "whether or not" is one open question.
        ("The outcome is not certain.", &[("not certain", Epistemic)]),
        ("Whether or not the ban works, it is popular.", &[("Whether or not", Investigation)]),
    ];

    /// Sentences where a hedge word is not a hedge.
    const NOT_HEDGES: &[&str] = &[
        // A refusal or a word withheld, not a gap in knowledge.
        "They just can't say no to shareholders, and I cannot say more.",
        "You cannot say that the pope gave his name to it.",
        // A past forecast as the standard of a result.
        "The scheme raised less than half of what was forecast, and twice what had been expected.",
        // A capacity denied.
        "Members said they could do little to help, and growers could do nothing but wait.",
        // "might" the noun after a preposition or "has", and before "makes".
        "The empire rested on a show of might.",
        "Because might makes right, the strong rule.",
        // What a name or a title says of its bearer.
        "As its name suggests, the bakery sells only bread.",
        "As the title implies, the book is about debt.",
        // Fixed terms: the legal standard, the grade of reserves, a defined word of the trade.
        "Officers need probable cause to search a car.",
        "The mine holds proven and probable reserves of gold.",
        "When both parents carry the gene, the foal is said to be \"double dun\".",
        "A king that cannot escape is said to be 'mated'.",
        // Deliberation, and "think of" as picture.
        "The proposal was considered but rejected.",
        "Think of the budget as a map.",
        // A courtesy formula; "kind of" naming a type (guards: not in the lexicon on main).
        "We apologise for any inconvenience this may cause.",
        // A wish; a debt taken on.
        "Long may it continue, and may God keep you.",
        "The price includes assumption of $1.4 billion in debt.",
        // A guarantee as a financial instrument.
        "The bonds carry no guarantee from the state.",
        // A denial of any doubt.
        "Nobody could argue with the results, and nothing could exceed his kindness.",
        "What kind of car is it? It is a kind of van, and all sort of goods fit.",
        "It is hard to say no to her, and harder to say goodbye.",
        // "May" the month and the name.
        "The law took effect on May 5.",
        "Elections are held in May.",
        "Sales fell in May 2024.",
        "The factory closed last May.",
        "Theresa May resigned as prime minister.",
        "The report was written by May and her colleagues.",
        // A given name opening the sentence: no modal asks a question without its mark.
        "May Chen, who leads the study, said the results held.",
        // Permission "may" in rules.
        "Visitors may not enter the building after dark.",
        "You may leave once the form is signed.",
        "Students may apply for a second grant.",
        // What might have been but was not: the counterfactual past doubts nothing; it says the
        // event did not happen.
        "He could have had a hat-trick in the first half, and the team could have won the title.",
        "The results could have been even better, and they could have been saved had the bank acted.",
        // The essayist's formula puts a question; it does not doubt a claim.
        "One might wonder why the mayor stayed silent, and one may well ask the same of the council.",
        // Past ability "could".
        "She could swim at five.",
        "They could see the smoke from the road.",
        "Everybody in the stadium could see it was a foul.",
        "Anyone could tell that the bridge was unsafe.",
        "He could not find the keys.",
        "Mr. Lee couldn't be reached for comment.",
        "They left early so they could catch the train.",
        // "about" and "in the region of" as prepositions, "some" the determiner.
        "She wrote a book about cats.",
        "The mutation lies in the region of the gene.",
        "Some people prefer tea.",
        "Around the corner stood a bakery.",
        // Future "will" and reported "would" without a condition.
        "The company will open a new plant next year.",
        "The spokesman said the firm would not comment.",
        "He said the agency would review the case.",
        // Fixed phrases and other senses.
        "The firm sold as many units as possible.",
        "It was the highest possible score.",
        "The grant made it possible to hire staff.",
        "The singer appeared on television.",
        "A singer appears in court today.",
        "Sales rose faster than expected.",
        "They lived with a fear of floods.",
        "He said he left because he feared for his safety.",
        "Residents fear for their homes.",
        // The plural demonstratives make the noun too: what the fears were, now judged.
        "Most of those fears have turned out to be unfounded.",
        "Workers feared for their jobs.",
        "There is no doubt that the plant is safe.",
        "Nobody doubts that the congestion is real.",
        "There was little doubt about the direction of travel.",
        "The minister never doubted the figures.",
        "A number is even if and only if it is divisible by two.",
        "The shop stayed open until 1990.",
        "He fought with all his might.",
        // "as if" describes a manner; the sentence still asserts how he spoke.
        "He spoke as if the matter were settled.",
        // A phenomenon named by a compound is no expectation.
        "Expectation effects contributed to the improvement.",
        // "if" and "maybe" named to be refused condition and doubt nothing.
        "Prices are going up. Not maybe. Not if. When.",
        "It is a question of when, not if.",
        "It is not if, but when.",
        // Passive "could be" of what a thing allows.
        "The windows could be opened for air.",
        // A purpose clause's modal tells what an act was for; the writer doubts nothing.
        "He resigned so that the affair could be closed.",
        "The files were sealed so that no one might read them.",
        // A result set against someone's figure: the figure is not the writer's guess.
        "The forecaster said growth would be weaker than the Treasury assumes.",
        "Both routes are possible in winter.",
        "The suspect was arrested on Monday.",
        "The work of an unknown painter was sold.",
        "The drought lasted as long as ten years.",
        "Officials hope the bridge reopens soon.",
        "A thought-provoking film opened on Friday.",
        "The panel will investigate the shooting.",
        "The board considered the offer on Monday.",
        "The minister said she would consider all responses before deciding.",
        "The company is willing to consider other proposals and alternatives.",
        // A passive "considered" followed by where, when or by whom: the matter is thought over.
        "Sleep should be considered in prevention strategies.",
        "The bid will be considered by the board next week.",
        "The proposal is being considered.",
        // Active, the verb thinks over what follows, past an adverb and whatever the object.
        "Its board will also consider trading the shares, and the panel met to consider Harbour's report.",
        "The regulator has not considered any countermoves.",
        "Ministers said they will consider its recommendations.",
        "The board will meet to consider this offer, and it would consider a 43 dlr a share bid.",
        "When you consider that bond losses were heavy, the rally is striking.",
        "He declined to say at what price the company would consider selling its shares.",
        // "such as" lists examples of what is thought over; it is no "consider ... as".
        "The agency urged the council to consider natural defences such as wetlands.",
        "The general assumed power in 1972.",
        // Taking on an amount, a debt or a duty, not taking a claim for granted.
        "Dixie State Bank will assume 19.9 mln dlrs in deposit accounts.",
        "The insurer had previously assumed 30 pct of the written premiums.",
        "The failed bank's deposits were assumed by First Security Bank.",
        "The unit was sold for 27.5 mln dlrs and the assumption of liabilities.",
        "The big number is the 767 mln dlrs in debt assumption.",
        "The change was made at the suggestion of the mayor.",
        "Another suspect was arrested.",
        // The noun past an ordinal or an adjective still names a person.
        "A second suspect is still at large, and the main suspect fled.",
        "One suspect was held overnight.",
        "The tree was built by maximum likelihood.",
        "Each state has a transition probability.",
        "The probability distribution is skewed.",
        "The band did not tour until 1999.",
        // A future wait for a date is a time limit, not a condition, and leaves "will" alone too.
        "The council will postpone the barrier until next spring.",
        "The road will stay closed until the end of June.",
        "Trading will be suspended until further notice.",
        "The offer will remain open until Friday.",
        "The museum won't reopen until early next year.",
        "The band did not tour until the drummer returned.",
        "Most villagers believe in ghosts.",
        "The raids were costly, if not ruinous.",
        "The school of thought spread quickly.",
        "Analysts from Likely Story Productions attended.",
        // The account's course, not hearsay.
        "The story goes on to describe the siege, and the story goes back to 1990.",
        // Able to, in a past the sentence names.
        "Teachers, who could once choose their own textbooks, now follow a set curriculum.",
        "As a child she could recite every capital in Europe.",
        "Back then you could buy a house for 20,000 pounds.",
        "\"Up until recently you could see any film on any channel,\" he said.",
        // The month where its capital tells nothing: a price report's first word, a sheet in
        // capitals, a dividend line, a spread.
        "May settled at 2.88 dlrs after posting gains.",
        "May heating oil was up 0.36 cent.",
        "CORN TOLEDO 5 UND MAY UNC 2 OVR MAY DN 1",
        "QTLY DIV 70 CTS PAY MAY EIGHT RECORD APRIL TEN",
        "MAY <MA> NAMES CHAIRMAN",
        "May/Aug spread trading was thin.",
    ];

    #[test]
    fn hedges_found_with_their_kind() {
        for (text, expected) in CASES {
            let got: Vec<(String, CueKind)> = hedges(text).into_iter().map(|(t, k, _)| (t, k)).collect();
            let want: Vec<(String, CueKind)> = expected.iter().map(|(t, k)| (t.to_string(), *k)).collect();
            assert_eq!(got, want, "in {text:?}");
        }
    }

    #[test]
    fn non_hedge_senses_are_left_alone() {
        for text in NOT_HEDGES {
            assert_eq!(hedges(text), [], "in {text:?}");
        }
    }

    #[test]
    fn epistemic_may_survives_the_permission_and_month_rules() {
        assert_eq!(hedges("In May, experts warned the virus may spread.").len(), 1);
        assert_eq!(hedges("May the new rules reduce delays? Nobody knows.").len(), 2);
        assert_eq!(hedges("You may be right about the delay.").len(), 1);
        assert_eq!(hedges("Visitors may have seen the fire.").len(), 1);
    }

    #[test]
    fn sentence_initial_may_is_the_modal() {
        let doc = Document::new("May I ask one more question?");
        let spans = detect(&doc, &[]);
        assert_eq!(spans.len(), 1);
        assert!(spans[0].why.contains("question"));
    }

    #[test]
    fn headline_case_keeps_the_modal() {
        assert_eq!(hedges("Storm May Hit Coast By Friday")[0].0, "May");
        // A bare verb after it, even one a month could stand before in a price sheet.
        assert_eq!(hedges("MOODY'S MAY DOWNGRADE MACK TRUCKS")[0].0, "MAY");
        assert_eq!(hedges("DROUGHT MAY LAST INTO SPRING")[0].0, "MAY");
        assert_eq!(hedges("REDLAND MAY BID FOR MONIER")[0].0, "MAY");
        assert_eq!(hedges("May prices rise again? Nobody knows.").len(), 2);
    }

    #[test]
    fn hedges_in_quotations_belong_to_the_speaker() {
        let text = "\u{201C}The bridge might fail,\u{201D} the engineer said.";
        assert_eq!(hedges(text), [("might".to_string(), Epistemic, true)]);
        let doc = Document::new(text);
        let why = &detect(&doc, &quotes::find(&doc))[0].why;
        assert!(why.contains("quoted speaker"), "{why}");
    }

    #[test]
    fn hedges_in_questions_are_kept_and_say_so() {
        let doc = Document::new("Is it possible that the data were altered?");
        let spans = detect(&doc, &[]);
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].text, "possible");
        assert!(spans[0].why.contains("question"));
    }

    #[test]
    fn spans_carry_their_text_and_an_explanation() {
        let text = "Rain might return.";
        let doc = Document::new(text);
        let s = &detect(&doc, &[])[0];
        assert_eq!((s.start, s.end, s.category), (5, 10, Category::Hedge));
        assert_eq!(&text[s.start..s.end], s.text);
        assert!(s.why.contains("possibility"));
    }

    #[test]
    fn every_lexicon_kind_is_known() {
        for e in &lexicon().entries {
            kind_of(&e.tag);
            assert!(!e.why.is_empty(), "{} has no explanation", e.phrase);
        }
    }
}
