//! Context around a cue word: the small questions the hedge and booster detectors ask of the
//! neighbouring tokens before trusting a lexicon hit (is it negated, is the sentence a question,
//! is "May" the month, is "could" past ability, is the word part of a name ...).
//!
//! Every helper looks at a handful of tokens next to the cue and never allocates, so a detector can
//! call them for each hit without cost.

use crate::engine::document::At;
use crate::engine::wordlist::Words;
use super::document::{Document, TokenKind};

/// Words that turn the next few words around. A bare "n't" token comes from text already split
/// the Penn Treebank way ("could n't").
const NEGATORS: Words = words!["not", "no", "never", "without", "hardly", "barely", "scarcely", "nor", "neither", "cannot", "n't"];

/// Is token `i` a negator, including contracted forms ("don't", "isn't", "can't")?
pub fn is_negator(doc: &Document, i: usize) -> bool {
    if i >= doc.tokens.len() {
        return false;
    }
    if doc.is_any(i, NEGATORS) {
        return true;
    }
    let t = doc.token_text(i);
    let b = t.as_bytes();
    // "n't" / "n’t" endings: compare the tail bytes without building a new string.
    (b.len() > 3 && t.is_char_boundary(b.len() - 3) && t.at(b.len() - 3..).eq_ignore_ascii_case("n't"))
        || (b.len() > 5 && t.is_char_boundary(b.len() - 5) && t.at(b.len() - 5..).eq_ignore_ascii_case("n\u{2019}t"))
}

/// Is the cue at token `first` negated by one of the `window` words before it, within its sentence?
/// Adverbs between the negator and the cue are allowed ("not entirely clear", "isn't really sure").
pub fn negated_before(doc: &Document, first: usize, window: usize) -> bool {
    let start = sentence_first(doc, first);
    (first.saturating_sub(window).max(start)..first).any(|j| is_negator(doc, j))
}

/// First token of the sentence holding token `i`.
pub fn sentence_first(doc: &Document, i: usize) -> usize {
    if doc.sentences.is_empty() {
        return 0;
    }
    doc.sentences[doc.sentence_of(i)].first
}

/// One past the last token of the sentence holding token `i`.
pub fn sentence_last(doc: &Document, i: usize) -> usize {
    if doc.sentences.is_empty() {
        return doc.tokens.len();
    }
    doc.sentences[doc.sentence_of(i)].last
}

/// `(sentence_first, sentence_last)` with one search for the sentence.
fn sentence_bounds(doc: &Document, i: usize) -> (usize, usize) {
    match doc.sentences.get(doc.sentence_of(i)) {
        Some(u) => (u.first, u.last),
        None => (0, doc.tokens.len()),
    }
}

/// Does the sentence holding token `i` end with a question mark?
pub fn in_question(doc: &Document, i: usize) -> bool {
    let (first, last) = sentence_bounds(doc, i);
    // Closing quotes and brackets may follow the question mark.
    (first..last).rev().take(4).any(|j| doc.is(j, "?"))
}

/// Does a possessive come right before token `i` ("the bank's forecast", "analysts' forecasts")?
/// It opens a noun phrase as a determiner does.
pub fn after_possessive(doc: &Document, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = doc.token_text(i - 1);
    if prev.ends_with("'s") || prev.ends_with("\u{2019}s") {
        return true;
    }
    // A plural's bare apostrophe, written against its word: "analysts' forecasts".
    i >= 2
        && matches!(prev, "'" | "\u{2019}")
        && doc.tokens[i - 2].end == doc.tokens[i - 1].start
        && doc.token_text(i - 2).ends_with('s')
}

pub fn is_capitalised(doc: &Document, i: usize) -> bool {
    i < doc.tokens.len()
        && doc.tokens[i].kind == TokenKind::Word
        && doc.token_text(i).chars().next().is_some_and(char::is_uppercase)
}

/// Is token `i` the first word of its sentence (after any opening quote or bracket)?
pub fn starts_sentence(doc: &Document, i: usize) -> bool {
    let first = sentence_first(doc, i);
    (first..i).all(|j| doc.tokens[j].kind == TokenKind::Punct)
}

/// Is most of the sentence capitalised, as in a headline ("Virus May Spread To Europe")?
pub fn title_case_sentence(doc: &Document, i: usize) -> bool {
    let (first, last) = sentence_bounds(doc, i);
    let mut words = 0;
    let mut caps = 0;
    for j in first..last {
        if doc.tokens[j].kind == TokenKind::Word {
            words += 1;
            caps += is_capitalised(doc, j) as usize;
        }
    }
    words >= 3 && caps * 4 >= words * 3
}

/// Is the capitalised word at `i` part of a proper name ("The Likely Lads", "Theresa May")?
/// A capitalised cue in the middle of a sentence next to another capitalised word is read as a
/// name, unless the whole sentence is in headline case. The pronoun "I" ("I'm", "I’ve") before a
/// lower-case word is no name's ("And I suspect", "What I am sure of"; "World War I" ends one).
pub fn in_proper_name(doc: &Document, i: usize) -> bool {
    if !is_capitalised(doc, i) || title_case_sentence(doc, i) || super::attribution::without_contraction(doc.token_text(i)) == "I" && !is_capitalised(doc, i + 1) {
        return false;
    }
    !starts_sentence(doc, i) && ((i > 0 && is_capitalised(doc, i - 1)) || is_capitalised(doc, i + 1))
}

const MONTH_BEFORE: Words = words![
    "in", "on", "since", "last", "next", "early", "late", "mid", "of", "by", "until", "till", "from", "through", "during", "before",
    "after", "this", "that", "between", "and", "to", "-",
];

/// Is this "May" the month or a name rather than the modal verb?
/// The modal is written lower-case except at the start of a sentence or in a headline, so a
/// capitalised "May" elsewhere is the month ("in May", "May 2024") or a name ("Theresa May").
pub fn may_is_month_or_name(doc: &Document, i: usize) -> bool {
    if !is_capitalised(doc, i) {
        return false;
    }
    let next_is_number = i + 1 < doc.tokens.len() && doc.tokens[i + 1].kind == TokenKind::Number;
    let prev_is_number = i > 0 && doc.tokens[i - 1].kind == TokenKind::Number;
    if next_is_number || prev_is_number || (i > 0 && doc.is_any(i - 1, MONTH_BEFORE)) {
        return true;
    }
    if starts_sentence(doc, i) {
        return modal_is_name(doc, i);
    }
    if title_case_sentence(doc, i) {
        // Headline: "Storm May Hit Coast" keeps the modal, "Elections In May" was caught above.
        return false;
    }
    true
}

/// Is the capitalised "Will" or "May" opening this sentence a given name: "Will Doyle said",
/// "May Chen, who leads the study, said"? Before a name, the modal opens a question ("Will
/// Congress act?", "May I?") or a headline ("Storm May Hit Coast"); the caller checks the word.
pub fn modal_is_name(doc: &Document, i: usize) -> bool {
    is_capitalised(doc, i + 1)
        && !doc.is(i + 1, "i")
        && starts_sentence(doc, i)
        && !in_question(doc, i)
        && !title_case_sentence(doc, i)
}

/// People who are given rules: "visitors may not enter", "you may leave".
const RULE_SUBJECTS: Words = words![
    "you", "users", "user", "visitors", "visitor", "students", "student", "applicants", "applicant", "members", "member",
    "employees", "employee", "customers", "customer", "passengers", "passenger", "participants", "participant", "residents",
    "guests", "guest", "candidates", "candidate", "players", "player", "drivers", "driver", "pupils", "tenants", "voters",
    "parents", "children", "staff", "entrants", "contestants", "subscribers", "readers",
];

/// Is the "may" at `i` a permission ("visitors may not enter", "you may leave") rather than a
/// possibility? Read as permission when a rule-bound subject comes right before it (with at most
/// one adverb between) and it is not followed by "be"/"have", which signal the epistemic reading
/// ("you may be right", "users may have seen it").
pub fn may_is_permission(doc: &Document, i: usize) -> bool {
    let subject = (i > 0 && doc.is_any(i - 1, RULE_SUBJECTS)) || (i > 1 && doc.is_any(i - 2, RULE_SUBJECTS) && doc.is_any(i - 1, words!["also", "now", "only", "then", "still"]));
    if !subject {
        return false;
    }
    let mut j = i + 1;
    if doc.is(j, "not") || doc.is(j, "also") || doc.is(j, "only") {
        j += 1;
    }
    !doc.is_any(j, words!["be", "have", "well", "find", "feel", "want", "need", "notice", "see", "experience", "get"])
}

/// Verbs whose "could" reports what someone was able to do, not what may happen. Not "reach",
/// "get", "do" or "easily": in news those forecast ("sales could reach six mln units", "prices
/// could easily drop", "we could get a stiff rally"; Reuters, about 65 of 75 uses).
const ABILITY_VERBS: Words = words![
    "swim", "read", "write", "speak", "hear", "afford", "remember", "recall", "walk", "run", "sing", "play", "understand", "barely",
    "hardly", "only", "scarcely", "no", "never", "finally", "find", "tell",
];

/// Is the "could" at `i` past ability or a polite/purpose use rather than a possibility?
/// - negated ("could not find", "couldn't be reached") unless "could not have" (a judgement);
/// - followed by an ability verb ("she could swim at five", "he could barely walk"), or a verb
///   of perception after a pronoun ("they could see the smoke");
/// - after "so"/"so that" (purpose: "so he could leave");
/// - at the end of a clause ("as fast as he could.").
pub fn could_is_ability(doc: &Document, i: usize) -> bool {
    let next = i + 1;
    if is_negator(doc, i) || is_negator(doc, next) {
        let after = if is_negator(doc, i) { next } else { next + 1 };
        return !doc.is(after, "have");
    }
    if doc.is_any(next, ABILITY_VERBS) {
        return true;
    }
    // "could do little", "could do nothing but wait": a capacity denied, as "could not".
    if doc.is_any(next, words!["do", "get"]) && doc.is_any(next + 1, words!["little", "nothing", "neither"]) {
        return true;
    }
    // "they could see the smoke" perceives; "insurers could see losses" forecasts, so perception
    // counts as ability only after a personal pronoun.
    if doc.is_any(next, words!["see", "hear", "smell", "feel"]) && i > 0 && doc.is_any(i - 1, words!["he", "she", "i", "we", "they", "you"]) {
        return true;
    }
    // Whoever perceives, a clause after the verb is what they perceived: "everybody could see it
    // was a foul", "you could tell that he was tired".
    if doc.is_any(next, words!["see", "hear", "tell", "sense"])
        && doc.is_any(next + 1, words!["that", "it", "he", "she", "they", "we", "you", "i", "how", "what", "why", "who", "where"])
    {
        return true;
    }
    let back = i.saturating_sub(4).max(sentence_first(doc, i));
    if (back..i).any(|j| doc.is(j, "so") && (doc.is(j + 1, "that") || j + 2 == i)) {
        return true;
    }
    // Elliptical "as soon as they could." has no event left to be uncertain about.
    next >= doc.tokens.len() || doc.is_any(next, words![".", ",", ";", ")"])
}

/// Number words that can follow an approximator ("about half", "some forty", "around a dozen").
pub(crate) const NUMBER_WORDS: Words = words![
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "billion", "billions", "dozen", "dozens", "half", "third", "quarter", "fifth", "tenth", "twice", "double", "triple",
];

/// Does a quantity start at token `i`: a number, a number word, "a third", "a dozen", "$5", "£3"?
pub fn quantity_at(doc: &Document, i: usize) -> bool {
    if i >= doc.tokens.len() {
        return false;
    }
    if doc.tokens[i].kind == TokenKind::Number || doc.is_any(i, NUMBER_WORDS) {
        return true;
    }
    if doc.is_any(i, words!["a", "an"]) {
        return doc.is_any(i + 1, NUMBER_WORDS);
    }
    if doc.is_any(i, words!["$", "£", "€", "¥", "US$"]) {
        return i + 1 < doc.tokens.len() && doc.tokens[i + 1].kind == TokenKind::Number;
    }
    false
}

/// Does "declined" fall to an amount at the "to" at `to` ("declined to 9.4 pct", "declined to the
/// lowest level", "declined to about 300 tonnes") rather than refuse ("declined to comment")?
/// Shared by the claim cues (a change of amount) and attribution (no refusal).
pub fn declined_to_amount(doc: &Document, to: usize) -> bool {
    doc.is(to, "to") && to + 1 < doc.tokens.len() && (doc.tokens[to + 1].kind != TokenKind::Word || doc.is_any(to + 1, DECLINE_TARGETS))
}

/// Words that open an amount or a level after "declined to": determiners, approximations,
/// comparisons.
const DECLINE_TARGETS: Words = words![
    "the", "a", "an", "another", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "no", "some",
    "any", "every", "each", "many", "several", "most", "few", "other", "both", "such", "about", "around", "nearly", "almost",
    "roughly", "just", "only", "record", "zero", "below", "above", "under", "than", "earlier", "previous", "latest",
];

/// Is the "must" at `i` epistemic ("they must have known", "it must be a mistake") rather than an
/// obligation ("you must leave", "plans must be approved")?
pub fn must_is_epistemic(doc: &Document, i: usize) -> bool {
    // Only the words of its own sentence: a "be", an "a" and a noun in the paragraphs after a
    // "must" that ends its own are none of them, and may lie outside a re-analysed window.
    let end = sentence_last(doc, i);
    if i + 1 >= end {
        return false;
    }
    if is_negator(doc, i + 1) {
        // "must not" is a prohibition.
        return false;
    }
    if doc.is(i + 1, "have") {
        if i + 2 >= end {
            return false;
        }
        // "must have known", "must have been": a conclusion about the past, so a participle
        // follows. "must have a licence", "must have two directors", "must have assets of $1
        // billion" (possession) are obligations.
        return doc.is_any(i + 2, words!["been", "had", "gone"]) || is_participle(doc, i + 2);
    }
    if doc.is(i + 1, "be") && i + 2 < end {
        // "must be true", "must be joking"; not "must be approved/paid".
        if doc.is_any(i + 2, words!["true", "right", "wrong", "mistaken", "joking", "kidding", "lying", "aware", "something"]) {
            return true;
        }
        // A noun phrase after "must be" is mostly a requirement in news and rules ("members must be
        // a resident", "there must be an understanding", "a firm must be the lead manager"); it
        // is a conclusion only when the noun is a verdict on what happened ("must be a mistake",
        // "there must be some reason", "that must be the case").
        return i + 3 < end && doc.is_any(i + 2, words!["a", "an", "some", "the"]) && doc.is_any(i + 3, CONCLUDED);
    }
    false
}

/// Nouns that make "must be a/the ..." a conclusion drawn from evidence rather than a rule.
const CONCLUDED: Words = words![
    "mistake", "error", "misunderstanding", "misprint", "typo", "joke", "coincidence", "reason", "explanation", "sign",
    "case", "work", "result", "bit", "little", "lot",
];

/// Irregular past participles common after "be" ("could be seen", "could be done").
const IRREGULAR_PARTICIPLES: Words = words![
    "seen", "done", "made", "given", "taken", "known", "shown", "found", "built", "held", "kept", "sold", "told", "read", "run",
    "set", "put", "worn", "drawn", "written", "broken", "chosen", "driven", "eaten", "forgotten", "hidden", "thrown", "brought",
    "bought", "caught", "taught", "thought", "sent", "spent", "lost", "won", "heard", "left", "led", "met", "paid", "laid", "cut",
    "hit", "shut", "split", "spread", "sung", "begun", "grown", "flown", "blown", "torn", "sworn", "born", "borne", "ridden",
];

/// Does token `i` look like a past participle ("opened", "converted", "seen")? Words ending in -ed
/// are read as participles except a few that merely end that way.
pub fn is_participle(doc: &Document, i: usize) -> bool {
    if i >= doc.tokens.len() || doc.tokens[i].kind != TokenKind::Word {
        return false;
    }
    let b = doc.token_text(i).as_bytes();
    let ed = b.len() > 4 && b.at(b.len() - 2..).eq_ignore_ascii_case(b"ed");
    (ed && !doc.is_any(i, words!["need", "speed", "indeed", "wicked", "naked", "sacred", "kindred", "hundred"])) || doc.is_any(i, IRREGULAR_PARTICIPLES)
}

/// Is the hit `tokens[first..last]` glued by a hyphen to a neighbouring word ("thought-provoking",
/// "if-it-bleeds", "so-thought")? Then it is part of a compound, not a cue of its own.
pub fn in_hyphen_compound(doc: &Document, first: usize, last: usize) -> bool {
    let glued = |a: usize, b: usize| doc.tokens[a].end == doc.tokens[b].start;
    // `doc.is(k, "-")`, read off the token alone: asked around every cue of attribution.
    let hyphen = |k: usize| doc.tokens[k].end - doc.tokens[k].start == 1 && doc.tokens[k].first_byte() == b'-';
    let after = last + 1 < doc.tokens.len() && hyphen(last) && glued(last - 1, last) && glued(last, last + 1);
    let before = first >= 2 && hyphen(first - 1) && glued(first - 1, first) && glued(first - 2, first - 1);
    after || before
}

/// Words before "forecast" that make it the noun: a determiner, a preposition or a verb of
/// comparison ("the forecast", "in line with forecasts", "beat forecasts"), or which forecast it
/// is ("the latest forecast").
pub const FORECAST_NOUN_BEFORE: Words = words![
    "the", "a", "an", "another", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "no",
    "some", "any", "every", "each", "with", "than", "of", "above", "below", "from", "against", "met", "earlier",
    "previous", "latest", "official", "own",
];

/// Words naming what a forecast is of, or which one it is: "earnings forecast", "consensus
/// forecasts", "the revised forecast". They can be forecast but cannot forecast.
const FORECAST_OF: Words = words![
    "earnings", "profit", "profits", "growth", "inflation", "dividend", "sales", "revenue", "output", "production",
    "crop", "harvest", "budget", "deficit", "surplus", "shortage", "consensus", "average", "latest", "earlier",
    "revised", "previous", "preliminary", "official", "original", "weather", "price", "rate", "demand", "market",
    // Which period it covers: "the annual forecast", "its interim forecasts".
    "annual", "quarterly", "interim",
];

/// Is "forecast" or "forecasts" at tokens `first..last` the noun, a figure someone forecast,
/// rather than the verb that predicts ("analysts forecast a rise")? The hedges and the claim cues
/// ask the same question. A headline's "Output forecast to rise", "Deficit forecast at 700 mln"
/// is the verb: a passive with its "is" left out.
pub fn forecast_is_noun(doc: &Document, first: usize, last: usize) -> bool {
    let before = |list: Words| first > 0 && doc.is_any(first - 1, list);
    before(FORECAST_NOUN_BEFORE)
        // "compared to forecasts"; "premature to forecast a rise" is the verb.
        || before(words!["to"]) && doc.is(first, "forecasts")
        || after_possessive(doc, first)
        || doc.is(last, "of")
        || before(FORECAST_OF) && !doc.is_any(last, words!["to", "at"])
        || measured_forecast(doc, first)
        || forecast_compared(doc, first, last)
        // "its full-year forecast", "a five-year forecast" name the period; a bare "year" may
        // end the subject's time phrase ("the agency earlier this year forecast a drop").
        || first >= 2 && doc.is(first - 1, "year") && doc.is(first - 2, "-")
        // A verb of beating or missing before whose forecast it was: "smashed industry
        // forecasts", "topped Wall Street forecasts" measure a result against the figure.
        || before(BEATEN) || first >= 2 && doc.is_any(first - 2, BEATEN) && doc.tokens[first - 1].kind == TokenKind::Word
        || first >= 3 && doc.is_any(first - 3, BEATEN) && doc.tokens[first - 1].kind == TokenKind::Word && doc.tokens[first - 2].kind == TokenKind::Word && doc.is_any(first - 2, words!["wall", "city", "market", "industry", "consensus"])
}

/// Verbs that measure a result against a forecast, which is then their object.
const BEATEN: Words = words![
    "beat", "beats", "beating", "missed", "misses", "missing", "exceeded", "exceeding", "topped", "topping", "smashed",
    "smashing", "surpassed", "outstripped", "undershot", "overshot", "confounded", "defied", "trailed", "matched",
];

/// Is the forecast or expectation word at `first..last` the standard of a comparison, with its
/// holder between: "fewer than analysts had forecast", "slower than previously forecast", "as
/// large as some analysts have forecast", "faster than anyone predicted", "worse than many
/// feared", "half of what was forecast", "above the figure analysts had forecast"? The sentence
/// states a result against it. A forecast of its own has an object after it
/// ("as economists forecast inflation will rise") or a form of "be" between ("as output is
/// forecast to fall").
pub fn forecast_compared(doc: &Document, first: usize, last: usize) -> bool {
    let ends = last >= doc.tokens.len() || doc.tokens[last].kind == TokenKind::Punct || doc.is_any(last, words!["in", "by", "for", "and", "but", "earlier", "last", "at", "on", "when"]);
    if !ends {
        return false;
    }
    // "raised less than half of what was forecast", "twice what had been expected": the past
    // forecast named as a free relative is the standard too. ("what is expected to be a record"
    // forecasts, and has no end here.)
    let past = |k: usize| doc.is_any(k, words!["was", "were"]) || doc.is(k, "been") && k > 0 && doc.is(k - 1, "had");
    // (At a text's start "had been expected" has no room for a "what".)
    let what = if doc.is(first.wrapping_sub(1), "been") { first.checked_sub(3) } else { first.checked_sub(2) };
    if first >= 1 && past(first - 1) && what.is_some_and(|w| doc.is(w, "what")) {
        return true;
    }
    // "far above the 1,500 economists had forecast": a past perfect closing the phrase, its
    // object the figure before it, is a forecast made before the result the sentence reports.
    // (Not before a time or an aside that its "that" follows: "had predicted last year that",
    // "had feared, due to the protests, that".)
    let closes = last >= doc.tokens.len()
        || doc.tokens[last].kind == TokenKind::Punct && (!doc.is(last, ",") || last + 1 < doc.tokens.len() && doc.is_any(last + 1, words!["and", "but", "while", "though", "although"]));
    if first >= 1 && doc.is(first - 1, "had") && closes {
        return true;
    }
    let start = sentence_first(doc, first).max(first.saturating_sub(4));
    let Some(k) = (start..first).rev().find(|&j| doc.is_any(j, words!["as", "than"])) else { return false };
    (k + 1..first).all(|j| doc.tokens[j].kind == TokenKind::Word && !doc.is_any(j, words!["is", "are", "was", "were", "be", "being"]))
}

/// Does a figure with its own determiner come right before "forecast": "the 2.4 percent
/// forecast", "the government's 3.5 pct forecast"? That names the figure. Without the determiner
/// the figure can be a share of people who forecast: "54 pct forecast production would fall".
fn measured_forecast(doc: &Document, first: usize) -> bool {
    if first < 3 || !doc.is_any(first - 1, words!["percent", "pct", "%"]) || !quantity_at(doc, first - 2) {
        return false;
    }
    let lead = first - 3;
    // The figure is one phrase of one sentence: a "the" and a number ending the paragraphs
    // before a "forecast" that opens its own are none of its words.
    if lead < sentence_first(doc, first) {
        return false;
    }
    // "some 54 pct" is still a share of people, so only the determiners that pick one figure.
    doc.is_any(lead, words!["the", "a", "its", "their", "his", "her", "our", "this", "that", "than", "revised", "official", "latest", "previous", "earlier"])
        || after_possessive(doc, first - 2)
}
