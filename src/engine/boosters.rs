//! Boosters: cues that harden the writer's commitment (in fact, clearly, there is no doubt ...).
//!
//! One pass of the booster lexicon (`lexicons/boosters.tsv`), then context checks:
//! - a negated or softened booster is not a booster ("not clear", "not always", "almost certain",
//!   "far from certain"):
//!   it lowers commitment instead, and the hedge lexicon marks the hedging forms;
//! - a booster in a question asserts nothing ("Is it really true?", "Is that certain?");
//! - "must" boosts only as a conclusion ("they must have known", "it must be a mistake"), not as an
//!   obligation ("you must leave", "bids must be approved");
//! - a booster inside a direct quotation is the quoted speaker's and is marked so.

use crate::engine::wordlist::Words;
use super::context;
use super::document::{Document, TokenKind};
use super::lexicon::Lexicon;
use super::quotes;
use super::result::{Category, CueKind, Range, Span};
use super::span;

fn lexicon() -> &'static Lexicon {
    Lexicon::builtin(crate::engine::lexicon::Builtin::Boosters)
}

fn kind_of(tag: &str) -> CueKind {
    match tag {
        "certainty" => CueKind::Certainty,
        "universal" => CueKind::Universal,
        other => crate::engine::lexicon::unknown_tag("boosters.tsv", other),
    }
}

/// Words that weaken a following booster to a hedge: "almost certain", "fairly clear". "virtually
/// certain" is the near-certainty of assessment reports, which the hedge lexicon marks; a booster
/// on the same words would say the opposite.
const SOFTENERS: Words = words!["almost", "nearly", "virtually", "practically", "fairly", "reasonably", "relatively", "quite", "not", "less", "hardly"];

/// Participles and adjectives that "clearly" describes the manner of: "clearly defined divisions",
/// "terms clearly spelled out", "clearly understood", "clearly visible from the road".
const MANNER_PARTICIPLES: Words = words!["defined", "spelled", "stated", "marked", "identified", "understood", "set", "visible", "audible", "legible", "labelled", "labeled"];

/// Is the "clearly" at `i` a manner adverb (how something is said, defined or seen) rather than the
/// writer vouching for the claim? Before a participle of expressing or defining; graded ("very
/// clearly", "more clearly"), which a stance adverb is not; or closing its clause ("delivered the
/// message clearly."), where a sentence-initial "Clearly," still vouches.
fn manner_clearly(doc: &Document, i: usize, end: usize) -> bool {
    // (After a word: "He said: \"Clearly, ...\"" opens its clause after a colon and a quote.)
    let closes = end < doc.tokens.len() && doc.tokens[end].kind == TokenKind::Punct && i > 0 && doc.tokens[i - 1].kind == TokenKind::Word && !context::starts_sentence(doc, i);
    // (After a verb of speaking it is how the words came out: "She spoke clearly and slowly".)
    doc.is_any(end, MANNER_PARTICIPLES) || i > 0 && doc.is_any(i - 1, words!["very", "more", "most", "so", "less", "spoke", "speak", "speaks", "speaking", "spoken"]) || closes || end >= doc.tokens.len()
}

/// Is the verb that the adverbial at `i` closes ("say for sure", "know for certain") negated: a
/// negator or a negative subject ("nobody", "no one") among the four words before?
fn verb_negated(doc: &Document, i: usize) -> bool {
    let start = context::sentence_first(doc, i);
    context::negated_before(doc, i, 4) || (i.saturating_sub(4).max(start)..i).any(|j| doc.is_any(j, words!["nobody", "none"]))
}

/// Does the adverbial at `i` close a knowing that is only wanted or hard to reach: "the only way to
/// know for sure", "it is hard to say for certain", "no way of knowing for sure"? Nothing is
/// vouched for; if anything the writer admits it is not yet known.
fn knowing_wanted(doc: &Document, i: usize) -> bool {
    const KNOW: Words = words!["know", "say", "tell", "determine", "predict", "establish"];
    i > 1 && (doc.is_any(i - 1, KNOW) && doc.is(i - 2, "to") || doc.is_any(i - 1, words!["knowing", "saying", "telling"]))
}

/// Is the token at `j` a participle ("occurring", "produced") or a hyphen joining one, by its ending?
fn before_participle(doc: &Document, j: usize) -> bool {
    if j >= doc.tokens.len() {
        return false;
    }
    let w = doc.token_text(j);
    w == "-" || w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed"))
}

/// Does the word at `j` read as the verb of a "to" infinitive rather than a recipient? Without a
/// part-of-speech tagger: a lower-case word that is no determiner or pronoun and no plural noun
/// ("farmers", "exporters"), while verbs in "-ss" ("pass", "impress") stay verbs.
fn to_a_verb(doc: &Document, j: usize) -> bool {
    const NOT_VERBS: Words = words![
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "all", "any", "each",
        "every", "some", "them", "him", "us", "me", "you", "it",
    ];
    if j >= doc.tokens.len() || doc.tokens[j].kind != TokenKind::Word || doc.is_any(j, NOT_VERBS) || context::is_capitalised(doc, j) {
        return false;
    }
    let w = doc.token_text(j).as_bytes();
    !(w.ends_with(b"s") && !w.ends_with(b"ss"))
}

/// Does the "actually" at `i` pick out the real members of a group ("people actually receiving
/// benefits": a noun, then the adverb, then an "-ing" participle) or sit in an open question
/// ("whether the bank actually intervened", "if prices actually fall")? Neither vouches for a
/// claim. After a form of "be" the "-ing" is the verb the adverb stresses ("are actually going to
/// get farther apart").
fn actually_restricts(doc: &Document, i: usize, end: usize) -> bool {
    const NOT_NOUNS: Words = words![
        "is", "are", "was", "were", "be", "been", "am", "'s", "’s", "'re", "’re", "it", "he", "she", "they", "we", "i", "you", "not",
        "and", "but", "who", "which", "that",
    ];
    let noun_before = i > 0 && doc.tokens[i - 1].kind == TokenKind::Word && !doc.is_any(i - 1, NOT_NOUNS);
    let ing = end < doc.tokens.len() && doc.tokens[end].kind == TokenKind::Word && {
        let w = doc.token_text(end);
        w.len() > 5 && w.ends_with("ing")
    };
    if noun_before && ing {
        return true;
    }
    let back = i.saturating_sub(6).max(context::sentence_first(doc, i));
    (back..i).rev().take_while(|&j| doc.tokens[j].kind != TokenKind::Punct).any(|j| doc.is_any(j, words!["whether", "if"]))
}

/// Is the "literally" at `i..end` the plain "by the letter": after a verb of reading or rendering,
/// the object between or not ("translated literally", "took it literally"), closing its clause,
/// or glossing a word (before a quotation mark or "means", after an opening bracket)?
fn literal_manner(doc: &Document, i: usize, end: usize) -> bool {
    const READ: Words = words![
        "take", "takes", "took", "taken", "taking", "translate", "translates", "translated", "translating", "translation",
        "interpret", "interprets", "interpreted", "interpreting", "read", "reads", "reading", "understand", "understood",
        "construe", "construed", "render", "rendered", "quote", "quoted", "mean", "meant",
    ];
    let reading = (i.saturating_sub(2)..i).any(|j| doc.is_any(j, READ));
    let next = doc.tokens.get(end);
    let gloss = next.is_some_and(|t| t.kind != TokenKind::Word && matches!(doc.token_text(end), "\"" | "'" | "\u{201C}" | "\u{2018}" | "(" | "."  | ";" | ":" | ")"))
        || doc.is_any(end, words!["means", "meant", "translates", "translated"])
        || i > 0 && doc.token_text(i - 1) == "(";
    reading || gloss || end >= doc.tokens.len()
}

pub fn detect(doc: &Document, quotes: &[Range]) -> Vec<Span> {
    let lex = lexicon();
    let mut spans = Vec::new();
    for h in lex.hits(doc).iter().copied() {
        let e = lex.entry(&h);
        let (i, end) = (h.first, h.last);
        // "far from certain that" doubts: two words before the booster, not one.
        let far_from = i > 1 && doc.is(i - 1, "from") && doc.is(i - 2, "far");
        // ("does not, in fact, keep the doctor away": "in fact" insists on the denial itself.)
        let negated = || context::negated_before(doc, i, 2) || (i > 0 && doc.is_any(i - 1, SOFTENERS));
        if e.phrase != "in fact" && negated() || far_from {
            continue;
        }
        if context::in_question(doc, i) || context::in_proper_name(doc, i) {
            continue;
        }
        let keep = match e.phrase.as_str() {
            "must" => context::must_is_epistemic(doc, i),
            "clearly" => !manner_clearly(doc, i, end),
            // "a well-known fact" vouches for a claim; "a well-known banker", "its well-known
            // brands", "well-known as a photographic company" speak of fame.
            "well-known" => doc.is_any(end, words!["fact", "facts", "truth", "that"]),
            // "make sure to", "be sure to": instructions, not predictions.
            "sure to" => !(i > 0 && doc.is_any(i - 1, words!["make", "makes", "made", "making", "be"])),
            // "Naturally, ...", "we naturally share", "would naturally lead": a matter of course.
            // Elsewhere it is nature or manner ("naturally occurring", "living naturally").
            // A participle after it is what nature does, even opening a sentence ("Naturally
            // occurring radon ...", "naturally-produced").
            "naturally" => {
                !before_participle(doc, end)
                    && (context::starts_sentence(doc, i) || i > 0 && doc.is_any(i - 1, words!["we", "you", "i", "they", "he", "she", "will", "would", "could", "can", "must", "should"]))
            }
            // "guaranteed to fail" promises an outcome; "guaranteed to farmers", "guaranteed to
            // the bank" name who holds a guarantee, a noun or a determiner after "to".
            "guaranteed to" => to_a_verb(doc, end),
            // "(high confidence)" grades a finding; "high confidence in the recovery" reports a mood.
            "high confidence" | "very high confidence" => crate::engine::hedges::calibrated(doc, i, end),
            // "know for certain" ends its clause or opens the clause it vouches for ("that",
            // "what"); "for certain properties" picks some out. Both close a verb of knowing or
            // saying, and the negation sits before that verb, past the usual window: "nobody can
            // say for sure", "no one knows for certain".
            "for certain" => (end >= doc.tokens.len() || doc.tokens[end].kind == TokenKind::Punct || doc.is_any(end, words!["that", "what", "whether", "how", "who", "why", "when", "where", "if"]))
                && !verb_negated(doc, i)
                && !knowing_wanted(doc, i),
            // (And "I don't think it stands to reason" denies it.)
            "for sure" | "stands to reason" => !verb_negated(doc, i) && !knowing_wanted(doc, i),
            // "a change of course" turns a ship or a policy; it vouches for nothing.
            "of course" => !(i > 0 && doc.is_any(i - 1, words!["change", "changes", "changed", "changing"])),
            // "there is no question of Brazil adopting the plan" rules the plan out; it does not
            // vouch for a claim as "no question that" and "no question about it" do.
            "no question" => !doc.is(end, "of"),
            // "need to be convinced that", "if we become convinced that", "unless I was really
            // convinced": a conviction still to be won is a condition, and vouches for nothing.
            // So is being sure or confident, and the first person's certainty ("I am certain",
            // "I'm certain"; a plain "certain that" has the clause rule below only).
            p if ["convinced", "convinced that", " sure", "sure that", "m certain", "confident", "confident that"].iter().any(|e| p.ends_with(e)) => {
                let back = i.saturating_sub(4).max(context::sentence_first(doc, i));
                (!p.ends_with(" that") || end < doc.tokens.len() && doc.tokens[end].kind != TokenKind::Punct)
                    && !(back..i).rev().take_while(|&j| doc.tokens[j].kind != TokenKind::Punct).any(|j| doc.is_any(j, words!["be", "become", "becomes", "if", "unless", "until"]))
            }
            // "we intend to prove that," points back at something: only a clause after "that"
            // is presented as proven.
            p if p.ends_with(" that") => end < doc.tokens.len() && doc.tokens[end].kind != TokenKind::Punct,
            // "the number of people actually receiving benefits", "oil actually being sold at
            // official prices": the real count set against the nominal one, a definition, not
            // the writer insisting; and "whether the bank actually intervened" asks.
            "actually" => !actually_restricts(doc, i, end),
            "literally" | "quite literally" => !literal_manner(doc, i, end),
            // "I have always felt that", "we always thought they would": how long a belief or a
            // wish has been held, which vouches for nothing and is, if anything, a belief; and
            // "should always", "must always be balanced" set a rule, they do not state a fact.
            "always" => !doc.is_any(end, words![
                "felt", "feel", "feels", "thought", "think", "thinks", "believed", "believe", "believes", "suspected", "wondered",
                "hoped", "hope", "wanted", "want", "wants", "assumed", "feared", "liked", "loved", "dreamed", "dreamt",
            ]) && !(i > 0 && doc.is_any(i - 1, words!["should", "must"])),
            // "always" negated after the verb ("is not always") was caught above; "almost always"
            // by the softeners.
            _ => true,
        };
        if !keep {
            continue;
        }
        let range = doc.token_span(i, end);
        let quoted = quotes::is_quoted(quotes, range);
        let mut why = e.why.clone();
        if quoted {
            why.push_str("; it is inside a quotation, so the quoted speaker insists, not the author");
        }
        spans.push(span(doc, i, end, Category::Booster, kind_of(&e.tag), quoted, why));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use CueKind::*;

    fn boosters(text: &str) -> Vec<(String, CueKind, bool)> {
        let doc = Document::new(text);
        let q = quotes::find(&doc);
        detect(&doc, &q).into_iter().map(|s| (s.text, s.kind, s.quoted)).collect()
    }

    const CASES: &[(&str, &[(&str, CueKind)])] = &[
        ("The plan clearly failed.", &[("clearly", Certainty)]),
        // The writer announcing that what follows is beyond doubt.
        ("Let us be clear: the reform is an assault on the courts.", &[("Let us be clear", Certainty)]),
        ("Let me be clear, we will not raise taxes.", &[("Let me be clear", Certainty)]),
        // The contraction, with either apostrophe.
        ("Let's be clear: the plan failed, and let’s be clear about why.", &[("Let's be clear", Certainty), ("let’s be clear", Certainty)]),
        // An advertorial's proof with no study named.
        ("The pillow is clinically proven to help you sleep.", &[("clinically proven", Certainty)]),
        ("Clearly, the fund needs more money, and the trend is clearly lower.", &[("Clearly", Certainty), ("clearly", Certainty)]),
        ("He said: \"Clearly, the deal is dead.\"", &[("Clearly", Certainty)]),
        ("There is no doubt that the dam is safe.", &[("There is no doubt", Certainty)]),
        ("There's no doubt the dam is safe.", &[("There's no doubt", Certainty)]),
        ("I don't doubt that she meant it.", &[("I don't doubt", Certainty)]),
        ("Nobody doubts that the congestion is real.", &[("Nobody doubts", Certainty)]),
        ("But the direction of travel is unmistakable.", &[("unmistakable", Certainty)]),
        // Predicative "well established" settles a claim; a firm "well established" by 1900 is old.
        ("The consequences of sleep loss are well documented, and the link is well established.", &[("are well documented", Certainty), ("is well established", Certainty)]),
        ("The practice was well established when he arrived.", &[]),
        ("The researchers had little doubt about the trend.", &[("little doubt", Certainty)]),
        ("No one disputed the figures.", &[("No one disputed", Certainty)]),
        ("Of course, nobody denies that the climate is changing.", &[("Of course", Certainty), ("nobody denies", Certainty)]),
        ("No one would deny that the plan failed.", &[("No one would deny", Certainty)]),
        ("It is clear that the figures were wrong.", &[("It is clear that", Certainty)]),
        ("In fact, sales fell.", &[("In fact", Certainty)]),
        ("An apple a day does not, in fact, keep the doctor away.", &[("in fact", Certainty)]),
        ("The rise was not in fact real, and it was not clear why.", &[("in fact", Certainty)]),
        ("Such gains cannot be denied.", &[("cannot be denied", Certainty)]),
        ("The record speaks for itself.", &[("speaks for itself", Certainty)]),
        // Said of a claim, "unequivocal" vouches for it; of support, it describes the support.
        ("It is unequivocal that the planet has warmed, and the evidence is unequivocal.", &[("It is unequivocal", Certainty), ("evidence is unequivocal", Certainty)]),
        ("The bank gave unequivocal support to the plan, and her instructions were unequivocal.", &[]),
        // Graded high confidence qualifies a finding; investors' confidence is a reported mood.
        ("Sea level rose faster than in any century (high confidence).", &[("high confidence", Certainty)]),
        ("We have very high confidence that the ice will thin.", &[("very high confidence", Certainty)]),
        ("Investors showed high confidence in the bond.", &[]),
        // Knowing for sure only wanted: nothing vouched for.
        ("The only way to know for sure is to bring the rock back.", &[]),
        ("It is hard to say for certain.", &[]),
        ("There is no way of knowing for sure.", &[]),
        ("We know for sure that the rock is old.", &[("for sure", Certainty)]),
        // Before the clause it vouches for, as before a full stop.
        ("But we know for certain that the system is failing.", &[("for certain", Certainty)]),
        ("They can say for certain what happened and how.", &[("for certain", Certainty)]),
        ("No one can say for certain whether the dam will hold.", &[]),
        // A judgement held against every yardstick.
        ("It was, by any measure, a dismal performance.", &[("by any measure", Certainty)]),
        ("Yet the figures speak for themselves: investment lagged.", &[("figures speak for themselves", Certainty)]),
        // People who speak for themselves insist on nothing.
        ("Let the residents speak for themselves.", &[]),
        ("No matter how hard they try, the bill will pass.", &[("No matter how", Certainty)]),
        ("Of course the minister knew.", &[("Of course", Certainty)]),
        // Insisting that doubt has no place, in the idioms of an op-ed.
        ("It goes without saying that the data leave no room for doubt.", &[("goes without saying", Certainty), ("no room for doubt", Certainty)]),
        ("Needless to say, the deal collapsed.", &[("Needless to say", Certainty)]),
        ("The results are crystal clear, and the minister knew full well.", &[("are crystal clear", Certainty), ("full well", Certainty)]),
        // Literal clarity vouches for nothing.
        ("Divers swam in crystal clear water.", &[]),
        ("They must have known about the leak.", &[("must", Certainty)]),
        ("It must have been the wind, and they must have had help.", &[("must", Certainty), ("must", Certainty)]),
        ("This must be a mistake.", &[("must", Certainty)]),
        ("There must be some reason for the delay, and that must be the case.", &[("must", Certainty), ("must", Certainty)]),
        ("The tests proved that the drug works.", &[("proved that", Certainty)]),
        ("The truth is that the plan failed.", &[("The truth is", Certainty)]),
        ("The reality is that the plan failed, and the simple fact is that nobody noticed.", &[("The reality is", Certainty), ("the simple fact is", Certainty)]),
        ("It is a fact that the plan failed; everyone agrees that it did, and anyone can see why.", &[("It is a fact that", Certainty), ("everyone agrees", Certainty), ("anyone can see", Certainty)]),
        ("As is known to all, the industry grew. History has shown that closing doors fails.", &[("As is known to all", Certainty), ("History has shown", Certainty)]),
        ("Facts have proved that the policy works, and the facts speak for themselves.", &[("Facts have proved", Certainty), ("facts speak for themselves", Certainty)]),
        ("No one can deny that the bank had to act.", &[("No one can deny", Certainty)]),
        ("One cannot deny that the costs have grown, and the evidence is incontrovertible.", &[("One cannot deny", Certainty), ("incontrovertible", Certainty)]),
        ("Without question, the plan failed.", &[("Without question", Certainty)]),
        ("We didn't play our best football, no question.", &[("no question", Certainty)]),
        ("Without any doubt, the real reason is the pressure from abroad.", &[("Without any doubt", Certainty)]),
        ("The mayor always keeps her promises.", &[("always", Universal)]),
        ("The government has always supported the bank.", &[("always", Universal)]),
        ("Reserves actually fell, and the two firms are actually getting farther apart.", &[("actually", Certainty), ("actually", Certainty)]),
        ("Prices will never return to that level.", &[("will never", Universal)]),
        ("The result is certain to anger farmers.", &[("is certain to", Certainty)]),
        ("The plan is bound to fail, and prices are bound to rise.", &[("is bound to", Certainty), ("are bound to", Certainty)]),
        // The expected as a matter of course, opening the clause or after its subject or modal.
        ("Naturally, the mayor was there, and we naturally share the concern.", &[("Naturally", Certainty), ("naturally", Certainty)]),
        ("\"Naturally we do not want that,\" he said, and protectionism would naturally lead to retaliation.", &[("Naturally", Certainty), ("naturally", Certainty)]),
        // A promise of the outcome, the puffery of an investment pitch.
        ("The token is guaranteed to change everything, and the scheme was guaranteed to fail.", &[("guaranteed to", Certainty), ("guaranteed to", Certainty)]),
        ("Results guaranteed to impress, and prices guaranteed to please.", &[("guaranteed to", Certainty), ("guaranteed to", Certainty)]),
        ("Their real purpose is obvious: to keep their power.", &[("is obvious", Certainty)]),
        ("It was obvious that the vote had been lost.", &[("It was obvious", Certainty)]),
        ("What is certain is that the public deserves more.", &[("What is certain is", Certainty)]),
        ("One thing is clear: the plan failed.", &[("One thing is clear", Certainty)]),
        ("It's no secret that the apps are built to be addictive.", &[("It's no secret", Certainty)]),
        ("We do know one thing for certain: the dam leaks.", &[("We do know", Certainty), ("for certain", Certainty)]),
        ("It is no exaggeration to say that the policy failed.", &[("It is no exaggeration", Certainty)]),
        ("They were wrong, and everyone knew it.", &[("everyone knew", Certainty)]),
        // The common-knowledge openers of official commentary.
        ("As is well known to all, the trade relationship has benefited both sides.", &[("As is well known", Certainty)]),
        ("It is well known that the port handles most of the grain.", &[("It is well known that", Certainty)]),
        ("It is a well-known fact that the port handles most of the grain.", &[("well-known", Certainty)]),
        ("As we all know, the plan failed.", &[("As we all know", Certainty)]),
        // The speaker's own guarantee.
        ("I can assure you that the money is safe.", &[("I can assure you", Certainty)]),
        ("Rest assured, the bridge is safe, and I guarantee you a strike.", &[("Rest assured", Certainty), ("I guarantee you", Certainty)]),
        // A conviction, the writer's own or a source's, hardens the claim as "certain that" does.
        ("I am convinced that the plan will fail.", &[("I am convinced", Certainty)]),
        ("I'm convinced the figures were wrong, and the court was convinced that he lied.", &[("I'm convinced", Certainty), ("convinced that", Certainty)]),
        ("I am sure that the plan will fail, and I'm certain the figures were wrong.", &[("I am sure", Certainty), ("I'm certain", Certainty)]),
        ("It stands to reason that the plan failed.", &[("stands to reason", Certainty)]),
        ("We all know how that story ends: it is only a matter of time before the bank fails.", &[("We all know", Certainty), ("only a matter of time", Certainty)]),
        ("Mark my words, prices will rise.", &[("Mark my words", Certainty)]),
        ("It is universally acknowledged that the plan failed; it will inevitably be dropped, as it was doomed to fail.", &[("universally acknowledged", Certainty), ("inevitably", Certainty), ("doomed to", Certainty)]),
        ("What I'm sure of is this: the court was sure that he lied.", &[("I'm sure", Certainty), ("was sure that", Certainty)]),
        ("We are confident the court will agree, and analysts are confident that rates will fall.", &[("We are confident", Certainty), ("confident that", Certainty)]),
        // "literally" as an intensifier insists the words hold at full strength, usually of a figure.
        ("The city is literally drowning in debt, and dealers literally set the price.", &[("literally", Certainty), ("literally", Certainty)]),
        ("Dependence on others is, quite literally, a capital offence.", &[("quite literally", Certainty)]),
        ("He had literally hundreds of complaints.", &[("literally", Certainty)]),
    ];

    /// Sentences with a booster word that does not boost.
    const NOT_BOOSTERS: &[&str] = &[
        // Negated or softened: commitment goes down, not up.
        "It is not clear that the figures were wrong.",
        "The result is not certain to anger farmers.",
        "The mayor does not always keep her promises.",
        "The outcome was not clearly a win.",
        "The result is almost certain to anger farmers.",
        "It is virtually certain that hot days have become more frequent.",
        "The bank practically always matches the rate cut.",
        "The answer is not obvious.",
        "It is very far from certain that it will go through.",
        // Questions ask; they do not assert.
        "Is it really true that the dam is safe? Certainly not everyone thinks so?",
        "Did the plan clearly fail?",
        // "that" pointing back, with no clause after it to present as proven.
        "We set out to prove that, and we did.",
        // Deontic "must".
        "You must leave the building now.",
        "All bids must be approved by the board.",
        "Drivers must have a licence.",
        "Listed firms must have two directors and assets of $1 billion.",
        "You must not smoke here.",
        "Members must be a resident of the county.",
        "There must be an understanding that the rules apply to all.",
        "Under the new rules, a firm must be the lead manager of the issue.",
        // "clearly" of manner: how a thing is defined, said or understood.
        "The divisions are clearly defined, and the terms are clearly spelled out in the prospectus.",
        "I delivered the message very clearly, and the board should say it clearly.",
        "She spoke clearly and slowly to the jury.",
        "The sign was clearly visible from the road, and every box is clearly labelled.",
        // Fame, not common knowledge.
        "The government appointed a well-known banker, and Atkins was well-known as an organiser.",
        // Instructions with "sure".
        "Make sure to lock the door.",
        // "certain" picking some out.
        "The deal calls for payments for certain agreements and expenses.",
        // A capitalised booster inside a name.
        "She joined the Always Ready Brigade last year.",
        // The negation before the verb that "for sure" closes.
        "Analysts expect prices to ease, but nobody can say for sure.",
        "No one knows for certain.",
        // A ship's or a policy's course.
        "The bank is not signalling any imminent change of course.",
        // "naturally" of manner or of origin: by nature, not as a matter of course.
        "The acid is a naturally occurring salt, and the hormone is naturally produced by cells.",
        "Miners want to start living naturally, and the children spoke naturally.",
        "Naturally occurring radon seeps into homes.",
        // A price or a loan guaranteed to someone: the financial sense promises no outcome.
        "The support price will be guaranteed to farmers, and the loan is guaranteed to the bank.",
        "The credit was guaranteed to Brazil and guaranteed to its exporters.",
        "Payments are virtually guaranteed to continue.",
        // An option ruled out, not a claim vouched for.
        "There is no question of Brazil adopting another austerity plan.",
        // How long a belief has been held, and a rule: neither insists on a fact.
        "I have always felt that it would be June, and we always thought they would settle.",
        "The trade should always be balanced.",
        // The real count against the nominal one, and an open question.
        "The number of people actually receiving benefits fell to 2.4 million.",
        "Dealers differed as to whether the central bank actually intervened.",
        // A guarantee refused, and an assurance someone else needs.
        "I can't guarantee that the money is safe, and I cannot assure you of anything.",
        "Bondholders need to be assured their money is safe.",
        // Conviction denied, or someone being won over: nothing is vouched for.
        "I am not convinced that the plan will work, and she was never convinced that it would.",
        "They tried to convince voters that the plan works, and the jury, convinced by the evidence, acquitted.",
        "Lenders need to be convinced that the plan works, and if we become convinced that it fails, we will act.",
        "Nobody would buy unless I was really convinced that earnings will rise.",
        "Make sure that the doors are locked, be sure to vote, and I am not sure that it matters.",
        "If we are sure that the plan works, we will act.",
        "We are not confident that it works, and we need to be confident that it is safe.",
        "I don't think it stands to reason that prices fall.",
        "The plan was not doomed to fail, and failure is not inevitably final.",
        // A title that opens with the pronoun is a name.
        "She starred in I Am Sure, a comedy about doubt.",
        // "literally" of manner (by the letter) or glossing a foreign word: nothing insisted on.
        "The phrase was translated literally from the French, and the rule should not be taken literally.",
        "If the Constitution were read literally, he would be a hero; nobody took it literally.",
        "Workers called \"boias-frias\" (literally \"cold meals\") cut the cane, and 'Schatzi' literally means \"little treasure\".",
        "The claims are not literally true.",
    ];

    #[test]
    fn boosters_found_with_their_kind() {
        for (text, expected) in CASES {
            let got: Vec<(String, CueKind)> = boosters(text).into_iter().map(|(t, k, _)| (t, k)).collect();
            let want: Vec<(String, CueKind)> = expected.iter().map(|(t, k)| (t.to_string(), *k)).collect();
            assert_eq!(got, want, "in {text:?}");
        }
    }

    #[test]
    fn non_boosting_uses_are_left_alone() {
        for text in NOT_BOOSTERS {
            assert_eq!(boosters(text), [], "in {text:?}");
        }
    }

    #[test]
    fn boosters_in_quotations_belong_to_the_speaker() {
        let text = "\u{201C}We will definitely win,\u{201D} the coach said.";
        assert_eq!(boosters(text), [("definitely".to_string(), Certainty, true)]);
        let doc = Document::new(text);
        assert!(detect(&doc, &quotes::find(&doc))[0].why.contains("quoted speaker"));
    }

    #[test]
    fn spans_are_boosters_covering_their_text() {
        let text = "Sales indeed fell.";
        let doc = Document::new(text);
        let s = &detect(&doc, &[])[0];
        assert_eq!((s.start, s.end, s.category, s.text.as_str()), (6, 12, Category::Booster, "indeed"));
        assert!(!s.why.is_empty());
    }

    #[test]
    fn every_lexicon_kind_is_known() {
        for e in &lexicon().entries {
            kind_of(&e.tag);
            assert!(!e.why.is_empty(), "{} has no explanation", e.phrase);
        }
    }
}
