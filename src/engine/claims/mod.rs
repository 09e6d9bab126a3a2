//! Claims: classifies every sentence unit as a claim (with its kind and check-worthiness) or not
//! (question, heading, metadata, fragment), and scores how certain it sounds from its hedges,
//! boosters and attribution.
//!
//! Each unit's cues are gathered once ([`cues`]); the kind follows a fixed precedence ([`kind`]),
//! check-worthiness is a fitted logistic score over interpretable features ([`checkworthiness`]),
//! and certainty a monotone formula over hedges, boosters and attribution ([`certainty`]).

pub mod certainty;
pub mod checkworthiness;
pub mod cues;
pub mod kind;

use crate::engine::document::At;
use crate::engine::wordlist::Words;
use super::document::{Document, SentenceUnit};
use super::result::{Attribution, Claim, ClaimKind, NonClaim, Sentence, SourceKind, Span, Stance};
use super::segment::Block;
use cues::Cues;

/// Words that make up a whole unit that says nothing checkable: "Thanks.", "Yes, absolutely!".
const INTERJECTIONS: Words = words![
    "yes", "no", "ok", "okay", "thanks", "thank", "you", "very", "much", "wow", "well", "oh", "ah", "hello", "hi", "sure",
    "right", "absolutely", "indeed", "exactly", "true", "great", "good", "morning", "evening", "night", "bye", "goodbye",
    "please", "sorry", "hmm", "yeah", "nope", "amen", "cheers", "congratulations", "all", "so", "and", "again", "everyone",
    "folks", "of", "course", "certainly", "alright", "fine", "hey", "welcome", "uh", "um", "really", "not", "at",
];

/// One [`Sentence`] per `doc.sentences` unit, in order, with the same ranges.
pub fn classify(doc: &Document, spans: &[Span], attributions: &[Attribution]) -> Vec<Sentence> {
    let hits = cues::lexicon().hits(doc);
    let attribution = cues::attribution_per_unit(doc, attributions);
    // One set of cues for all the units, emptied for each: its lists keep their room, where new
    // ones cost an allocation and a free for every unit with a hedge or a booster.
    let mut c = Cues::default();
    doc.sentences.iter().zip(attribution).map(|(u, a)| classify_unit_with(doc, u, &hits, spans, a, &mut c)).collect()
}

/// The cues of tokens `first..last` treated as one unit (used to fit and measure on records that
/// are single sentences).
pub fn cues_of(doc: &Document, first: usize, last: usize, spans: &[Span], attributions: &[Attribution]) -> Cues {
    let hits = cues::lexicon().find(doc);
    let range = doc.token_span(first, last);
    let mut c = cues::gather(doc, first, last, range, &hits, spans, None);
    let units = cues::attribution_per_unit(doc, attributions);
    c.attribution = doc.sentences.iter().zip(units).filter(|(u, _)| u.range.overlaps(range)).find_map(|(_, a)| a);
    c
}

#[cfg(test)]
fn classify_unit(doc: &Document, u: &SentenceUnit, hits: &[super::lexicon::Hit], spans: &[Span], attribution: Option<(SourceKind, Stance)>) -> Sentence {
    classify_unit_with(doc, u, hits, spans, attribution, &mut Cues::default())
}

/// Classifies `u`, gathering its cues in `c` (emptied first).
fn classify_unit_with(doc: &Document, u: &SentenceUnit, hits: &[super::lexicon::Hit], spans: &[Span], attribution: Option<(SourceKind, Stance)>, c: &mut Cues) -> Sentence {
    // Filled in place: returned, the cues would be copied once more for every sentence.
    c.clear();
    match u.block {
        _ if u.last <= u.first => {}
        // No claim whatever its words (see [`non_claim`]): only what its certainty reads.
        Block::Heading | Block::Metadata => cues::certainty_cues_into(c, doc, u.first, u.last, u.range, spans, attribution),
        Block::Prose | Block::ListItem => cues::gather_into(c, doc, u.first, u.last, u.range, hits, spans, attribution),
    }
    let c = &*c;
    let certainty = round3(certainty::score(&certainty::Inputs {
        hedges: &c.hedges,
        boosters: &c.boosters,
        attribution: c.attribution,
        question: c.question,
    }));
    let sentence = |claim: Option<Claim>, non_claim: Option<NonClaim>, why: String| Sentence {
        start: u.range.start,
        end: u.range.end,
        paragraph: u.paragraph,
        certainty,
        claim,
        non_claim,
        why,
    };
    if let Some((reason, why)) = non_claim(doc, u, &c) {
        return sentence(None, Some(reason), why.to_string());
    }
    let mut pieces = Pieces::default();
    let mut kind = kind::decide(&c, &mut pieces);
    // "Do not drink raw milk.", "- Avoid contact with sick birds.": an instruction tells the
    // reader what to do; like a recommendation, it is not true or false.
    if let Some(verb) = imperative(doc, u) {
        kind = ClaimKind::Opinion;
        pieces = Pieces::default();
        pieces.extend(["Opinion: an instruction ('", verb, "')"]);
    }
    // The features are computed once for the score and the reasons named for it.
    let features = checkworthiness::features(&c);
    let contribution = checkworthiness::contributions(&features);
    let checkworthiness = round3(checkworthiness::score_from(&contribution));
    let why = explain(&contribution, kind, &mut pieces, checkworthiness);
    sentence(Some(Claim { kind, checkworthiness }), None, why)
}

/// A short text as a few borrowed pieces, joined once into a string of exactly its length. Every
/// sentence gets an explanation: `format!` would allocate for each part and grow the whole.
#[derive(Clone, Copy, Debug, Default)]
pub struct Pieces<'a> {
    items: [&'a str; Pieces::MAX],
    len: usize,
}

impl<'a> Pieces<'a> {
    /// The most any explanation here is made of: a kind reason of 3, then a verdict with two
    /// reasons and the closing mark of 6.
    const MAX: usize = 9;

    pub fn push(&mut self, piece: &'a str) {
        *self.items.at_mut(self.len) = piece;
        self.len += 1;
    }

    pub fn extend<const K: usize>(&mut self, pieces: [&'a str; K]) {
        for piece in pieces {
            self.push(piece);
        }
    }

    pub fn join(&self) -> String {
        let items = self.items.at(..self.len);
        let mut out = String::with_capacity(items.iter().map(|p| p.len()).sum());
        for p in items {
            out.push_str(p);
        }
        out
    }
}

/// Scores are shown to people and written to JSON: three decimals say all they mean, and
/// rounding here keeps every consumer (and the 0.5 threshold) looking at the same number.
fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// Verbs that open instructions in news and advice pieces (safety advice, how-to lists) and
/// rarely open a sentence as a noun or a name: "Call money rose", "Cook said", "Stop loss
/// orders" and "Report cards" start with verbs too, so those are left out. ("do" counts only
/// before "not".)
fn is_instruction_verb(word: &str) -> bool {
    // Compared in lower case on the stack.
    let mut buf = [0u8; 8];
    let w = word.as_bytes();
    if w.len() > buf.len() {
        return false;
    }
    for (b, c) in buf.iter_mut().zip(w) {
        *b = c.to_ascii_lowercase();
    }
    INSTRUCTION_VERBS.iter().any(|v| v.as_bytes() == buf.at(..w.len()))
}

/// The words of [`is_instruction_verb`], in lower case.
const INSTRUCTION_VERBS: Words = words![
    "avoid", "wash", "wear", "drink", "eat", "beware", "remember", "seek", "consult", "stay", "keep", "limit", "never", "please", "don't", "ensure", "do",
    "delete",
    // An investment pitch's and an op-ed's exhortations: "Invest only what you can afford to
    // lose", "Let the residents decide"; neither word opens a statement as a noun.
    "invest", "let",
];

/// The verbs of [`is_call_to_act`].
const CALL_VERBS: Words = words![
    "call", "tell", "write", "ask", "contact", "ignore", "join", "vote", "stop", "buy", "plant", "check", "visit", "talk", "speak", "go", "look",
    "make",
    // A manual's, a release note's and a safety notice's steps: "Enable this option", "Click the
    // button", "Unplug the heater".
    "enable", "disable", "click", "tap", "unplug",
    // A travel notice's and a police appeal's steps: "Follow the instructions", "Take the train",
    // "Report the theft"; the nouns open "Follow-on orders", "Take-up of", "Report said".
    "follow", "take", "report",
];

/// [`INSTRUCTION_VERBS`] and [`CALL_VERBS`] in one list (a test checks): one indexed look-up
/// turns away the first word of nearly every sentence, which each test would read again.
const OPENING_VERBS: Words = words![
    "avoid", "wash", "wear", "drink", "eat", "beware", "remember", "seek", "consult", "stay", "keep", "limit", "never", "please", "don't", "ensure",
    "do", "call", "tell", "write", "ask", "contact", "ignore", "join", "vote", "stop", "buy", "plant", "check", "visit", "talk", "speak", "go", "look",
    "make", "enable", "disable", "click", "tap", "unplug", "delete", "invest", "let", "follow", "take", "report",
];

/// Verbs of a call to act ("Call your senator.", "Tell them ...", "Buy whatever feels
/// comfortable") that are also nouns opening a statement ("Call money fell", "Plant diseases
/// spread", "Stop loss orders"): an instruction only before what a verb's object opens with.
fn is_call_to_act(doc: &Document, first: usize) -> bool {
    // One look-up for the first word; the few verbs with rules of their own are told apart
    // after it.
    if !doc.is_any(first, CALL_VERBS) {
        return false;
    }
    // "Talk to your doctor", "speak to a pharmacist", "go to bed", "look at the basics": the
    // nouns ("talk of a merger", "a look at") take other words.
    if doc.is_any(first, words!["talk", "speak", "go"]) {
        return doc.is(first + 1, "to");
    }
    if doc.is(first, "look") {
        return doc.is_any(first + 1, words!["at", "for"]);
    }
    // "Make sure they have water", "Check on elderly neighbours": the safety advice of heat and
    // storm warnings; "Make" opens nothing else here, and "check" only with its object next.
    if doc.is(first, "make") {
        return doc.is(first + 1, "sure");
    }
    if doc.is(first, "check") && doc.is(first + 1, "on") {
        return true;
    }
    // "Enable this option": a lower-case "enable" opens a bill's list of what it would do ("-
    // enable the bank to act as a workout bank").
    if doc.is_any(first, words!["enable", "disable"]) && !doc.token_text(first).starts_with(char::is_uppercase) {
        return false;
    }
    // "Stop using the seat": the noun opens "Stop loss orders".
    if doc.is(first, "stop") && doc.tokens[first + 1].kind == super::document::TokenKind::Word && doc.token_text(first + 1).ends_with("ing") {
        return true;
    }
    doc.is_any(
        first + 1,
        words![
            "the", "a", "an", "your", "their", "our", "them", "him", "her", "me", "us", "it", "this", "that", "these", "those", "less",
            "more", "whatever", "everyone", "anyone", "no", "for", "against", "whether", "how", "which", "what",
        ],
    )
}

/// The verb word opening an instruction ("Avoid", "Do not", "Never"), if the unit is one: its
/// first word (after a list marker) is such a verb, with no verb of its own close behind
/// ("Report cards were sent" and "Use of force rose" name things).
fn imperative<'d>(doc: &'d Document, u: &SentenceUnit) -> Option<&'d str> {
    let word = |i: usize| doc.tokens[i].kind == super::document::TokenKind::Word;
    let opening = (u.first..u.last).find(|&i| word(i))?;
    let mut first = opening;
    // "If the pain persists, talk to your doctor.", "For more help, check the calculator.":
    // advice sets its condition or purpose first, and the instruction opens the clause after the
    // comma. A capital there is a name ("If asked, Keep said"), and a clause of more than two
    // dozen tokens is no opening one.
    // (Asked of every sentence: the first letter turns most openings away before the list.)
    // A how-to's steps open with their order or their aim: "First, check which apps take up the
    // most space", "Finally, delete apps you no longer use", "To apply, please send your CV".
    if b"ifbwoutnl".contains(&doc.tokens[first].first_byte().to_ascii_lowercase())
        && doc.is_any(first, words!["if", "for", "before", "when", "once", "unless", "in", "first", "finally", "next", "then", "lastly", "to"])
    {
        let comma = (first + 1..u.last.min(first + 24)).find(|&i| doc.is(i, ","))?;
        first = (comma + 1..u.last).find(|&i| word(i))?;
        if first != comma + 1 || doc.token_text(first).starts_with(char::is_uppercase) {
            return None;
        }
    }
    if !doc.is_any(first, OPENING_VERBS) {
        return None;
    }
    if !is_instruction_verb(doc.token_text(first)) && !(first + 1 < u.last && is_call_to_act(doc, first)) {
        return None;
    }
    let next = first + 1;
    // "Let me emphasise that ...", "Let us be clear": the speaker announces a statement, whose
    // content is the claim.
    if doc.is(first, "let") && next < u.last && doc.is_any(next, words!["me", "us", "'s", "’s"]) {
        return None;
    }
    let opens = !doc.is(first, "do") || next < u.last && doc.is(next, "not");
    const FINITE: Words = words!["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could"];
    let names_thing = next >= u.last
        || doc.tokens[next].kind != super::document::TokenKind::Word
        || doc.token_text(next).starts_with(char::is_uppercase)
        || doc.is_any(next, words!["of", "and", "or", "'s", "’s"])
        // "Report cards were sent home": a noun phrase with its own verb close behind.
        // ("Make sure you have water" holds the verb of what to make sure of.)
        || !doc.is(next, "sure") && (next..u.last.min(first + 4)).any(|i| doc.is_any(i, FINITE));
    // A capitalised verb is only an instruction where sentences start: "Keep" in "Mr. Keep said"
    // is a name, and a list item or a new sentence starts with it.
    let at_start = first != opening || (u.first..first).all(|i| doc.tokens[i].kind == super::document::TokenKind::Punct);
    (opens && !names_thing && at_start).then(|| doc.token_text(first))
}

/// Simple pasts that the verb marks miss, being irregular or too short to be read as "-ed":
/// "fell", "quit", "lied".
const SHORT_PASTS: Words = words![
    "lied", "died", "sued", "tied", "owed", "fled", "bled", "quit", "fell", "rose", "sank", "shrank", "lost", "won", "left", "went",
    "came", "ran", "hit", "cut", "shut", "broke", "spoke", "stole", "froze", "chose", "wrote", "drove", "grew", "threw", "knew",
    "flew", "blew", "drew", "fought", "bought", "caught", "sought", "sold", "told", "held", "kept", "slept", "wept", "met", "led",
    "paid", "sat", "stood", "struck", "stuck", "hung", "shot", "hid", "slid", "forgot", "began", "swam", "gave", "took",
    "shook", "woke", "felt", "lent", "sent", "spent", "built", "burnt",
];

/// Does a short unit state an event in its own right: a word after the first (its subject) that
/// is a simple past the verb marks miss ("The mayor lied.", "The ferry sank.")? Read only for
/// units of at most three words without a verb.
fn short_past(doc: &Document, u: &SentenceUnit) -> bool {
    let mut words = (u.first..u.last).filter(|&i| doc.tokens[i].kind == super::document::TokenKind::Word);
    words.next().is_some() && words.any(|i| doc.is_any(i, SHORT_PASTS))
}

/// Why a unit is not a claim, if it is not.
fn non_claim(doc: &Document, u: &SentenceUnit, c: &Cues) -> Option<(NonClaim, &'static str)> {
    match u.block {
        Block::Metadata => return Some((NonClaim::Metadata, "Metadata about the text, not a claim.")),
        Block::Heading => return Some((NonClaim::Heading, "Heading, not a claim.")),
        Block::Prose | Block::ListItem => {}
    }
    if c.question {
        // Rhetorical questions imply a claim, but what they imply is for the reader to judge.
        return Some((NonClaim::Question, "Question, not a claim."));
    }
    if c.words == 0 {
        return Some((NonClaim::Fragment, "No words: a fragment, not a claim."));
    }
    let only_interjections = || {
        (u.first..u.last).filter(|&i| doc.tokens[i].kind == super::document::TokenKind::Word).all(|i| doc.is_any(i, INTERJECTIONS))
    };
    if c.words <= 5 && c.numbers == 0 && only_interjections() {
        return Some((NonClaim::Fragment, "Interjection or greeting, not a claim."));
    }
    // ("Call your senator." is an instruction, which has its verb first.)
    if c.words == 1 || (c.words <= 3 && !c.verb_like && c.numbers == 0 && imperative(doc, u).is_none() && !short_past(doc, u)) {
        return Some((NonClaim::Fragment, "Fragment without a verb, not a claim."));
    }
    None
}

/// The kind's reason in `why`, then the verdict on its check-worthiness and the reasons for it,
/// joined.
fn explain(contribution: &[f32; checkworthiness::N], kind: ClaimKind, why: &mut Pieces, score: f32) -> String {
    let (up, down) = checkworthiness::top_reasons(contribution);
    // The separators travel with the words next to them ("; worth checking", " (", ")."): each
    // piece is one more copy when the text is joined, and every claim is explained.
    let (verdict, reasons) = if score >= 0.5 {
        ("; worth checking", up)
    } else if kind == ClaimKind::Opinion || kind == ClaimKind::Prediction {
        ("; not checkable as stated", checkworthiness::Top2::default())
    } else {
        ("; little to check", down)
    };
    why.push(verdict);
    for (k, name) in reasons.as_slice().iter().enumerate() {
        why.push(if k == 0 { " (" } else { ", " });
        why.push(name);
    }
    why.push(if reasons.as_slice().is_empty() { "." } else { ")." });
    why.join()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::result::{Category, CueKind};
    use ClaimKind::*;

    /// Either a claim kind or a reason it is not a claim.
    #[derive(Debug, PartialEq)]
    enum Is {
        Claim(ClaimKind),
        Not(NonClaim),
    }
    use Is::*;

    fn classify_text(text: &str) -> Vec<Sentence> {
        let doc = Document::new(text);
        classify(&doc, &[], &[])
    }

    fn is(s: &Sentence) -> Is {
        match (&s.claim, s.non_claim) {
            (Some(c), _) => Claim(c.kind),
            (None, Some(n)) => Not(n),
            (None, None) => panic!("neither claim nor non-claim"),
        }
    }

    const KINDS: &[(&str, Is)] = &[
        // Non-claims.
        ("Is the river rising?", Not(NonClaim::Question)),
        ("Who could possibly believe that this plan works?", Not(NonClaim::Question)),
        ("“Did the mayor lie?”", Not(NonClaim::Question)),
        ("Thanks.", Not(NonClaim::Fragment)),
        ("Yes.", Not(NonClaim::Fragment)),
        ("Wow!", Not(NonClaim::Fragment)),
        ("Thank you very much.", Not(NonClaim::Fragment)),
        ("🎉🎉", Not(NonClaim::Fragment)),
        ("Tomatoes.", Not(NonClaim::Fragment)),
        // A subject and a short or irregular past: a whole statement, and often the one to check.
        ("The mayor lied.", Claim(Factual)),
        ("The ferry sank.", Claim(Factual)),
        ("Officials fled.", Claim(Factual)),
        // Short words that only end like a past, or a past with no subject before it, stay fragments.
        ("Big red bed.", Not(NonClaim::Fragment)),
        ("Sea weed.", Not(NonClaim::Fragment)),
        ("Sold.", Not(NonClaim::Fragment)),
        ("The end.", Not(NonClaim::Fragment)),
        // Instructions tell the reader what to do: advice, not a checkable claim.
        ("Do not drink raw milk.", Claim(Opinion)),
        ("- Avoid contact with sick or dead birds.", Claim(Opinion)),
        ("Keep children away from sick animals.", Claim(Opinion)),
        ("Keep Britain Tidy was founded in 1954.", Claim(Factual)),
        ("Report cards were sent home on Friday.", Claim(Factual)),
        // A manual's steps, and a bill's list of what it would do, which only a capital tells apart.
        ("Enable this option in Settings.", Claim(Opinion)),
        ("Click the button to continue.", Claim(Opinion)),
        ("- enable the bank to act as a workout bank.", Claim(Factual)),
        ("Use of force by police rose last year.", Claim(Quantity)),
        // A call to act, short as it is; the same words as nouns open statements.
        // An abstract's closing call for more study recommends work; it reports no finding.
        ("Larger trials are needed.", Claim(Opinion)),
        ("Further research is warranted to confirm the effect.", Claim(Opinion)),
        ("Regulatory approval is needed before the deal closes.", Claim(Factual)),
        ("Call your senator.", Claim(Opinion)),
        ("Make sure you have an emergency fund covering six months of expenses.", Claim(Opinion)),
        ("Before doing anything, make sure you have enough water.", Claim(Opinion)),
        ("Check on elderly neighbours, relatives and friends.", Claim(Opinion)),
        ("Check fraud rose 4 percent last year.", Claim(Quantity)),
        ("Tell them that the bill deserves hearings.", Claim(Opinion)),
        ("Call money fell to 3.6 pct.", Claim(Quantity)),
        // An emphatic judgement is no amount; a count still is.
        ("The reform is nothing less than a betrayal of working families.", Claim(Opinion)),
        ("The verdict was nothing short of a scandal.", Claim(Opinion)),
        ("Less than half of the money was spent.", Claim(Quantity)),
        // An investment pitch's and a travel notice's advice; the nouns open statements.
        ("Invest only what you can afford to lose.", Claim(Opinion)),
        ("Let the residents decide.", Claim(Opinion)),
        ("Let me stress that the seven nations remain committed to the accord.", Claim(Factual)),
        ("Follow the instructions of local authorities.", Claim(Opinion)),
        ("Take the train if you can, and report the theft to police.", Claim(Opinion)),
        ("Report the theft to police.", Claim(Opinion)),
        ("Report said the deal was off.", Claim(Factual)),
        ("Take-up of the scheme was slow.", Claim(Factual)),
        ("Follow-on orders fell in May.", Claim(Quantity)),
        ("Plant closures hit the town.", Claim(Factual)),
        // Advice that sets its condition first still instructs; a statement after a condition
        // states.
        ("If the problem continues, talk to your doctor.", Claim(Opinion)),
        ("If you need urgent help, contact the embassy.", Claim(Opinion)),
        ("If approved, the plan will stop the leak.", Claim(Prediction)),
        ("If asked, Keep said he would stay.", Claim(Factual)),
        ("Talk of a merger lifted the shares.", Claim(Factual)),
        ("For more help, check the online calculator or speak to an adviser.", Claim(Opinion)),
        ("First, check which apps take up the most space.", Claim(Opinion)),
        ("Finally, delete apps you no longer use.", Claim(Opinion)),
        ("To apply, please send your CV by 15 March.", Claim(Opinion)),
        ("Finally, Smith thanked the staff.", Claim(Factual)),
        ("First, the market rose 3 percent.", Claim(Quantity)),
        // The question to settle is the verb's object: no noun opens a statement with it.
        ("Check whether a fixed deal is cheaper than the cap.", Claim(Opinion)),
        ("Before reaching for tablets, look at the basics.", Claim(Opinion)),
        ("Go to bed at the same time every day.", Claim(Opinion)),
        ("Stop using the seat immediately.", Claim(Opinion)),
        ("In 1986, call money rates rose.", Claim(Quantity)),
        ("Go players met in Seoul.", Claim(Factual)),
        ("Good evening, everyone.", Not(NonClaim::Fragment)),
        // Quantity: numbers, percentages, money, comparisons.
        ("Unemployment stands at 4.2 percent in the northern region.", Claim(Quantity)),
        ("The bridge cost $40 million to build.", Claim(Quantity)),
        ("Exports doubled over the decade.", Claim(Quantity)),
        ("This is the highest tower in the province.", Claim(Quantity)),
        ("More than 300 teachers signed the letter.", Claim(Quantity)),
        // "the two sides" points at things already known; "two ships" counts them.
        ("The talks between the two sides resumed in Geneva.", Claim(Factual)),
        ("Two ships sank near the port.", Claim(Quantity)),
        // "by a third" is a share only where no noun makes it an ordinal.
        ("The firm was bought by a third party.", Claim(Factual)),
        ("Fourteen lorries were stuck at the border.", Claim(Quantity)),
        // The hour is no amount.
        ("By seven o'clock the queue stretches past the clinic.", Claim(Factual)),
        ("I have changed my mind about a four-day week.", Claim(Factual)),
        // A year alone is not an amount.
        ("The treaty was signed in 1994 in Lisbon.", Claim(Factual)),
        ("The museum reopened on May 5.", Claim(Factual)),
        // Causal.
        ("The floods were caused by heavy rain upstream.", Claim(Causal)),
        ("Prices went up because the harvest failed.", Claim(Causal)),
        ("Critics blamed the council for the delays.", Claim(Causal)),
        ("The strike led to 200 cancelled flights.", Claim(Causal)),
        // A passive with no agent reports the outcome and names no cause; with one, it does.
        ("Two people were killed in the crash on Monday.", Claim(Quantity)),
        ("A new company was created in 1990.", Claim(Factual)),
        ("Three soldiers were killed by a roadside bomb.", Claim(Causal)),
        ("The storm destroyed the pier.", Claim(Causal)),
        // A cause said to be unknown is no cause claimed.
        ("The cause of the fire remains under investigation.", Claim(Factual)),
        ("The cause of the blast was not immediately known.", Claim(Factual)),
        ("The cause of the fire was determined to be arson.", Claim(Causal)),
        // Prediction.
        ("The company will open a new plant in Ohio.", Claim(Prediction)),
        ("Rents are expected to rise next year.", Claim(Prediction)),
        ("The reform is going to cost 3 billion euros.", Claim(Prediction)),
        ("The fund forecasts growth of 2 percent.", Claim(Prediction)),
        // A result measured against an old forecast is no forecast of its own.
        ("Demand has risen faster than anyone predicted.", Claim(Quantity)),
        ("Employers added 254,000 jobs, far above the 150,000 economists had forecast.", Claim(Quantity)),
        ("Economists had forecast a fall in demand.", Claim(Prediction)),
        ("Analysts predicted a fall in demand.", Claim(Prediction)),
        // A likelihood of what is to come forecasts; a measured or compared tendency and an
        // inference about the past do not.
        ("Droughts in the south are likely to become longer.", Claim(Prediction)),
        ("The delays are unlikely to affect yields much.", Claim(Prediction)),
        ("Smokers were twice as likely to fall ill.", Claim(Quantity)),
        ("Men are more likely to smoke than women.", Claim(Factual)),
        ("The leak is likely to have started in the basement.", Claim(Factual)),
        // Near-certainty about what is to come forecasts as "likely to" does.
        ("Heatwaves are virtually certain to become more frequent.", Claim(Prediction)),
        ("The merger is poised to go ahead.", Claim(Prediction)),
        // An adverb between does not hide the cause.
        ("The rise was driven largely by higher citations.", Claim(Causal)),
        // A change of state or place changes no amount.
        ("The coalition fell apart, and the meat fell apart too.", Claim(Factual)),
        ("She grew up in Leeds.", Claim(Factual)),
        ("The candidate dropped out of the race.", Claim(Factual)),
        // Dropped in the passive is given up, not gone down.
        ("All charges against him were dropped on Monday.", Claim(Factual)),
        ("The plans were quietly dropped.", Claim(Factual)),
        ("Oil prices dropped sharply.", Claim(Quantity)),
        ("Sales grew up to 20 percent.", Claim(Quantity)),
        // A sketch writer's verdict judges.
        ("It was a dismal performance.", Claim(Opinion)),
        // A state "should be" expects forecasts; one it urges recommends.
        ("He trained fully, so he should be available.", Claim(Prediction)),
        ("Such loans should be banned.", Claim(Opinion)),
        // A reviewer's praise judges.
        ("The opening hours are spectacular, and the island gorgeous.", Claim(Opinion)),
        // An advisory with no one named still tells the reader what to do.
        ("Customers are urged to install the patch immediately.", Claim(Opinion)),
        ("Passengers are advised to check with their airline.", Claim(Opinion)),
        ("This is a phenomenal result.", Claim(Opinion)),
        // A letter to shareholders forecasts with "expect"; its figures are forecasts too.
        ("We expect the business to return to profit in 2027.", Claim(Prediction)),
        ("The company expects a 17 pct rise in sales.", Claim(Prediction)),
        // A plan its maker states is about the future; no motive is read into it.
        ("NEC said it intends to appeal the ruling.", Claim(Prediction)),
        ("The firm plans to open two stores.", Claim(Prediction)),
        // The noun names a plan, which the sentence reports or judges.
        ("The government's plans to fix it are unrealistic.", Claim(Opinion)),
        ("Salomon had not told the association of its plans to withdraw.", Claim(Factual)),
        // A reaction to a plan, or a plan given up, is the news; no plan is stated.
        ("A row has broken out in the town over plans to sell the library.", Claim(Factual)),
        ("Residents protested against plans to close the school.", Claim(Factual)),
        ("The firm scrapped plans to build a plant in Ohio.", Claim(Factual)),
        ("The firm announced plans to build a plant in Ohio.", Claim(Prediction)),
        ("The government\u{2019}s plans to fix it are bold.", Claim(Factual)),
        // Odds given to an event to come forecast it.
        ("There is a 70 percent chance of showers on Tuesday.", Claim(Prediction)),
        // A purpose clause tells what an act was for, not what caused what; a result clause
        // without a modal still tells a cause.
        ("The minister resigned so that the affair could be closed.", Claim(Factual)),
        ("The prints are hung in a row so that visitors can follow the changes.", Claim(Factual)),
        ("It rained all day, so that the match was abandoned.", Claim(Causal)),
        // "more than" grades a feeling, not an amount; with a number it still measures.
        ("I am more than happy to help.", Claim(Factual)),
        ("The line crosses more than 40 bridges.", Claim(Quantity)),
        // A reviewer's appraisal.
        ("It is a puzzling decision.", Claim(Opinion)),
        ("The wall texts are mercifully brief.", Claim(Opinion)),
        ("The early self-portraits are often funny.", Claim(Opinion)),
        ("It is one of the most charming games I have played this year.", Claim(Opinion)),
        ("It is the most tedious chapter of the book.", Claim(Opinion)),
        // "the most vulnerable" names a group of people; a ranked price still measures.
        ("The minister said the government was considering support for the most vulnerable.", Claim(Factual)),
        ("Aid went to the most deprived areas and the most disadvantaged families.", Claim(Factual)),
        ("It is the most expensive city in Europe.", Claim(Quantity)),
        ("It is the most expensive house in the street.", Claim(Quantity)),
        // "due to" before a verb schedules; before a noun it gives a cause.
        ("The suspect is due to appear before magistrates on Monday.", Claim(Prediction)),
        ("The delay was due to bad weather.", Claim(Causal)),
        // A forecast as a noun is what was expected; the claim is about what happened.
        ("Inventories rose by 1.6 million barrels, against analysts' forecasts of a draw.", Claim(Quantity)),
        ("Profits beat forecasts by 10 percent.", Claim(Quantity)),
        // Whose forecast it was may stand between the verb and the noun.
        ("The results smashed industry forecasts.", Claim(Factual)),
        // A number that names a thing is no amount (and the call for trials recommends).
        ("Larger trials are needed to show whether it lowers the risk of type 2 diabetes.", Claim(Opinion)),
        ("The retailer filed for Chapter 11 protection on Monday.", Claim(Factual)),
        // A capitalised word hyphened to a number is a designation: a group, an aircraft, a grade.
        ("G-7 finance ministers met in Paris on Sunday.", Claim(Factual)),
        ("Moody's rates the notes Baa-1.", Claim(Factual)),
        ("If it succeeds, Selene-2 would be only the second private spacecraft to land on the Moon.", Claim(Factual)),
        ("The air force lost 12 F-16 fighters.", Claim(Quantity)),
        ("Consumer prices rose 2.1 percent in October, below the 2.4 percent forecast by economists.", Claim(Quantity)),
        ("Every forecast the bank published turned out to be too low.", Claim(Factual)),
        ("Sales were 5 percent lower than analysts had forecast.", Claim(Quantity)),
        ("The bank lowered its earnings forecast.", Claim(Factual)),
        // A season or quarter to come dates the claim in the future, as "next year" does.
        ("Building work could begin next spring.", Claim(Prediction)),
        ("The stadium reopens next season.", Claim(Prediction)),
        // "the next decade" after a past event is past too; "over the next year" of a plan is not.
        ("The town never recovered; its population fell by a third over the next decade.", Claim(Quantity)),
        ("Thousands emigrated in the next year.", Claim(Quantity)),
        ("Sales rose, and the firm is to spend 5 mln dlrs over the next year.", Claim(Prediction)),
        // "should" before an outcome expects it; before an act it urges.
        ("Wages should rise.", Claim(Prediction)),
        ("The storm should weaken overnight, and showers should fade by noon.", Claim(Prediction)),
        ("The bank should strengthen its research.", Claim(Opinion)),
        // A measured result as the object is expected, not urged.
        ("The company should boost its 1987 performance.", Claim(Prediction)),
        ("The retailer should boost its profit next year as costs ease.", Claim(Prediction)),
        ("Weak revenue and strong output were reported.", Claim(Factual)),
        ("Temperatures should return to near normal, and the firm should return to profit.", Claim(Prediction)),
        ("The council should return the money.", Claim(Opinion)),
        ("In theory, cheaper borrowing should encourage firms to invest.", Claim(Prediction)),
        ("The government should cut the tax.", Claim(Opinion)),
        // "the first half" is a period, not an amount.
        ("City dominated the first half.", Claim(Factual)),
        // Nor is the interval in a match.
        ("The home side were transformed after half-time.", Claim(Factual)),
        ("Albion led at half time.", Claim(Factual)),
        // A refusal is no change of amount.
        ("The ministry declined to confirm the reports.", Claim(Factual)),
        ("Sales declined to a record low.", Claim(Quantity)),
        ("Exports declined to record lows.", Claim(Quantity)),
        // A matter brought up is no amount put up.
        ("Dry weather in Kansas has raised concerns about the wheat crop.", Claim(Factual)),
        ("The senator raised the issue with the minister.", Claim(Factual)),
        ("Many questions have been raised by the chairman's departure.", Claim(Factual)),
        ("The airline raised no new facts or arguments.", Claim(Factual)),
        ("The bank raised its lending rate.", Claim(Quantity)),
        // A cut that changes no amount: a compound, an early end, a break, an exit.
        ("The deal bars cut-price chips, and the chairman cut short his trip.", Claim(Factual)),
        ("The boycott forced firms to cut trade ties, and investors cut their losses.", Claim(Factual)),
        ("Some countries might have to cut short-term rates.", Claim(Quantity)),
        // What did not happen is reported; a plan that failed is judged.
        ("A man was struck by a car which failed to stop.", Claim(Factual)),
        ("The reform failed.", Claim(Opinion)),
        // Opinion.
        ("The new stadium is a terrible idea.", Claim(Opinion)),
        // The size of a measured thing is no judgement; the strength of a plan is.
        ("The company lowered its forecast, citing weak demand from retailers.", Claim(Factual)),
        ("Strong winds closed the bridge.", Claim(Factual)),
        ("Exporters reported strong orders and a strong economy at home.", Claim(Factual)),
        ("It is a weak plan.", Claim(Opinion)),
        // Judging how sound a choice or a deal is; the law's tests of what is reasonable describe.
        ("This is a reasonable compromise.", Claim(Opinion)),
        ("The citizens are wise enough to accept it, and the cuts were unwise.", Claim(Opinion)),
        ("Lyle was found guilty beyond reasonable doubt.", Claim(Factual)),
        ("Police had reasonable grounds to search the car.", Claim(Factual)),
        // A reviewer's appreciation judges, as "good" and "terrible" do.
        ("The olive oil cake was bland, and the tart disappointing.", Claim(Opinion)),
        ("It is one of the more exciting places to eat in the city.", Claim(Opinion)),
        ("Still, this is a thoughtful exhibition, and its final room is unsettling.", Claim(Opinion)),
        ("The plot is clumsy, but the lead gives a masterful performance.", Claim(Opinion)),
        ("We should lower the voting age.", Claim(Opinion)),
        // A question or a condition reported with "should" urges nothing.
        ("Negotiators argued over whether the word should appear in the text.", Claim(Factual)),
        ("The Commission has not decided how the scheme should operate.", Claim(Factual)),
        ("If you feel dizzy, you should sit down.", Claim(Opinion)),
        // A necessity denied is no obligation urged.
        ("The prime minister does not have to call an election until June.", Claim(Factual)),
        ("Supermarkets no longer have to pay as many cashiers.", Claim(Factual)),
        ("Banks have to disclose the loans.", Claim(Opinion)),
        ("There is no need to change our strategy now.", Claim(Opinion)),
        ("In my view the deal favours the rich.", Claim(Opinion)),
        ("The minister wants to hide the report from voters.", Claim(Opinion)),
        ("What a day it has been!", Claim(Opinion)),
        // An exhortation with its own clause: what ought to happen.
        ("It is time we took it back.", Claim(Opinion)),
        ("It's time to raise the pension age.", Claim(Opinion)),
        ("It is high time we stopped listening to them.", Claim(Opinion)),
        // The writer's own appeal or recommendation, however many figures it carries.
        ("I urge councillors to look again before the final vote.", Claim(Opinion)),
        ("We recommend that states exempt new construction for at least 15 years.", Claim(Opinion)),
        // A request in the first person, deadline or sum and all.
        ("I would ask you to arrange a repair within 14 days.", Claim(Opinion)),
        ("That's why I'm asking you to chip in just $5 before midnight.", Claim(Opinion)),
        // An obligation to hold something; an inference about the past (a guard).
        ("Candidates must have the right to work in the UK.", Claim(Opinion)),
        ("He must have left before the storm.", Claim(Factual)),
        // Where someone lives is no amount.
        ("I have rented flat 4B from you since May.", Claim(Factual)),
        // A superlative of judgement is an opinion; one of measure stays a quantity.
        ("Fasting is the most important diet discovery of the decade.", Claim(Opinion)),
        ("It was the most expensive project in the state.", Claim(Quantity)),
        ("For the most part, bankers in London know little of his views.", Claim(Factual)),
        ("The most recent proposal was sent to the ministry.", Claim(Factual)),
        ("Higher rates are the best way to defend the currency.", Claim(Opinion)),
        ("A merger is in the best interests of shareholders.", Claim(Opinion)),
        // Nor is a hardship said to be over a superlative of measure.
        ("Analysts said the worst is over for the housing market.", Claim(Opinion)),
        ("The drought was the worst in 20 years.", Claim(Quantity)),
        // After a possessive too, set against a date; without one it judges.
        ("The index had its worst day since March.", Claim(Quantity)),
        ("It was his worst idea.", Claim(Opinion)),
        // A day or a stretch to come makes a forecast of a reported "would"; a deferral to it
        // is reported done.
        ("Officials said the bridge would reopen tomorrow.", Claim(Prediction)),
        ("The agency said conditions would improve later this week.", Claim(Prediction)),
        ("The board has postponed the vote until tomorrow.", Claim(Factual)),
        // A list's or a thread's item number orders the items and counts nothing; a fraction
        // and a listed figure still count.
        ("1/ So the mayor lied about the budget again.", Claim(Factual)),
        ("2) The council approved the plan on Tuesday.", Claim(Factual)),
        ("1/3 of voters stayed home.", Claim(Quantity)),
        ("2. Sales rose 4 percent.", Claim(Quantity)),
        // Recommendation outranks the number it carries.
        ("The city must hire 500 more nurses.", Claim(Opinion)),
        // Causal outranks quantity: the cause is what needs checking.
        ("The tax cut led to a 3 percent rise in wages.", Claim(Causal)),
        // Quantity outranks evaluation: the number stays checkable.
        ("The disastrous law cost 12,000 jobs.", Claim(Quantity)),
        // Factual.
        ("The senator met the ambassador in Geneva.", Claim(Factual)),
        ("The plant closed last spring.", Claim(Factual)),
        ("Prices rose.", Claim(Quantity)),
        // The will of the people is not the future.
        ("The vote reflected the will of the people.", Claim(Factual)),
        // "must have" infers the past; it recommends nothing.
        ("The thieves must have entered through the roof.", Claim(Factual)),
        // A necessity forecast for others is the forecast's claim, not the writer's exhortation.
        ("About 2,000 families will have to move.", Claim(Prediction)),
        ("The bank may need to raise rates.", Claim(Factual)),
        // Negated, the forecast is still a forecast, not an exhortation.
        ("Workers already here will not have to meet the new threshold.", Claim(Prediction)),
        ("Tenants won't have to pay the fee, and owners will no longer need to register.", Claim(Prediction)),
        ("The council has to publish the audit.", Claim(Opinion)),
    ];

    #[test]
    fn kinds_and_non_claims() {
        for (text, expected) in KINDS {
            // The first unit: a splitter may leave a closing quotation mark as a unit of its own.
            let s = classify_text(text);
            assert_eq!(&is(&s[0]), expected, "{text}: {}", s[0].why);
            assert!(!s[0].why.is_empty());
        }
    }

    #[test]
    fn the_opening_verbs_are_the_two_lists_of_verbs() {
        let mut both: Vec<&str> = INSTRUCTION_VERBS.iter().chain(CALL_VERBS.iter()).collect();
        let mut opening: Vec<&str> = OPENING_VERBS.iter().collect();
        both.sort_unstable();
        opening.sort_unstable();
        assert_eq!(opening, both);
    }

    #[test]
    fn pieces_join_into_a_string_of_exactly_their_length() {
        let mut p = Pieces::default();
        p.extend(["Opinion: loaded '", "witch hunt", "'"]);
        p.push(".");
        let s = p.join();
        assert_eq!(s, "Opinion: loaded 'witch hunt'.");
        assert_eq!(s.capacity(), s.len());
    }

    #[test]
    fn explanations_without_reasons_name_only_the_verdict() {
        let plain = Cues::default();
        let mut why = Pieces::default();
        let kind = kind::decide(&plain, &mut why);
        assert_eq!(explain(&[0.0; checkworthiness::N], kind, &mut why, 0.1), "Factual claim; little to check.");
        let mut exclaimed = Cues::default();
        exclaimed.exclamation = true;
        let mut why = Pieces::default();
        let kind = kind::decide(&exclaimed, &mut why);
        assert_eq!(explain(&[0.0; checkworthiness::N], kind, &mut why, 0.1), "Opinion: exclamation; not checkable as stated.");
    }

    #[test]
    fn headings_and_metadata_follow_their_block() {
        let doc = Document::new("Prices rose sharply in May");
        let mut units = doc.sentences.clone();
        units[0].block = Block::Heading;
        let hits = cues::lexicon().find(&doc);
        assert_eq!(classify_unit(&doc, &units[0], &hits, &[], None).non_claim, Some(NonClaim::Heading));
        units[0].block = Block::Metadata;
        assert_eq!(classify_unit(&doc, &units[0], &hits, &[], None).non_claim, Some(NonClaim::Metadata));
        units[0].block = Block::ListItem;
        assert_eq!(is(&classify_unit(&doc, &units[0], &hits, &[], None)), Claim(Quantity));
    }

    #[test]
    fn a_heading_is_as_certain_as_the_same_words_in_prose() {
        // Its words are not counted, but its hedge, its question mark and its attribution are.
        let text = "Prices probably rose in May, analysts claimed?";
        let doc = Document::new(text);
        let hits = cues::lexicon().find(&doc);
        let spans = [span(text, "probably", Category::Hedge, CueKind::Epistemic, false)];
        let attribution = Some((SourceKind::Vague, Stance::Distancing));
        let mut units = doc.sentences.clone();
        assert_eq!(units.len(), 1);
        let prose = classify_unit(&doc, &units[0], &hits, &spans, attribution);
        let plain = classify_unit(&doc, &units[0], &hits, &[], None);
        for block in [Block::Heading, Block::Metadata] {
            units[0].block = block;
            let s = classify_unit(&doc, &units[0], &hits, &spans, attribution);
            assert!(s.non_claim.is_some());
            assert_eq!(s.certainty, prose.certainty, "{block:?}");
            assert!(s.certainty < plain.certainty, "{block:?}: {} {}", s.certainty, plain.certainty);
        }
    }

    /// (sentence, worth checking?) for clear cases.
    const WORTH: &[(&str, bool)] = &[
        ("Unemployment in Ohio fell to 3.9 percent last year, the lowest rate since 2000.", true),
        ("The Senate passed the bill with 62 votes, cutting taxes for 40 million families.", true),
        ("Crime in Chicago has doubled since the governor took office.", true),
        ("The federal deficit reached $1.7 trillion in 2023.", true),
        // A change by a fraction is an amount as a percentage is.
        ("Statins cut heart attacks by a quarter.", true),
        ("I saw a movie last night.", false),
        ("Thank you, it is good to be here.", false),
        ("Let me answer that.", false),
        ("I think you are a wonderful person.", false),
        ("We need to work together.", false),
    ];

    #[test]
    fn checkworthiness_separates_clear_cases() {
        for (text, worth) in WORTH {
            let s = classify_text(text);
            let score = s.iter().filter_map(|s| s.claim.as_ref()).map(|c| c.checkworthiness).fold(0.0, f32::max);
            assert_eq!(score >= 0.5, *worth, "{text}: {score} ({})", s[0].why);
        }
    }

    fn span(text: &str, word: &str, category: Category, kind: CueKind, quoted: bool) -> Span {
        let start = text.find(word).unwrap();
        Span { start, end: start + word.len(), text: word.into(), category, kind, quoted, why: String::new() }
    }

    #[test]
    fn hedged_sentence_is_less_certain_and_boosted_more() {
        let plain = "The dam failed in March.";
        let hedged = "The dam probably failed in March.";
        let boosted = "The dam clearly failed in March.";
        let certainty = |text: &str, spans: &[Span]| classify(&Document::new(text), spans, &[])[0].certainty;
        let p = certainty(plain, &[]);
        let h = certainty(hedged, &[span(hedged, "probably", Category::Hedge, CueKind::Epistemic, false)]);
        let b = certainty(boosted, &[span(boosted, "clearly", Category::Booster, CueKind::Certainty, false)]);
        assert!(h < p && p < b, "{h} {p} {b}");
    }

    #[test]
    fn distancing_attribution_lowers_certainty_of_its_content_only() {
        let text = "The mayor claimed the dam was safe. The dam failed in March.";
        let doc = Document::new(text);
        let cue = text.find("claimed").unwrap();
        let content = text.find("the dam was safe").unwrap();
        let a = Attribution {
            source: Some(crate::engine::result::Range::new(0, 9)),
            cue: crate::engine::result::Range::new(cue, cue + 7),
            content: vec![crate::engine::result::Range::new(content, content + 16)],
            source_kind: SourceKind::Named,
            stance: Stance::Distancing,
            refers_to: None,
            why: String::new(),
        };
        let s = classify(&doc, &[], &[a]);
        assert!(s[0].certainty < s[1].certainty, "{} {}", s[0].certainty, s[1].certainty);
        assert_eq!(s[1].certainty, certainty::BASE);
    }

    #[test]
    fn questions_are_less_certain_than_statements() {
        let s = classify_text("The dam failed. Did the dam fail?");
        assert!(s[1].certainty < s[0].certainty);
    }

    #[test]
    fn one_sentence_per_unit_in_order() {
        let text = "Rents rose 8 percent. Why? Landlords blame taxes.";
        let doc = Document::new(text);
        let s = classify(&doc, &[], &[]);
        assert_eq!(s.len(), doc.sentences.len());
        for (s, u) in s.iter().zip(&doc.sentences) {
            assert_eq!((s.start, s.end, s.paragraph), (u.range.start, u.range.end, u.paragraph));
        }
    }
}
