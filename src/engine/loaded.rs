//! Loaded language: emotive or loaded wording ("hegemony", "bombshell", "slammed", "so-called",
//! "very, very") that colours a report instead of informing it.
//!
//! A lexicon lookup over `lexicons/loaded.tsv`; each hit becomes a `Loaded`/`Emotive` span, marked
//! quoted when it sits inside a direct quotation (then it is the quoted speaker's wording, which a
//! reader weighs differently from the author's own).

use crate::engine::wordlist::Words;
use super::context;
use super::document::{Document, TokenKind};
use super::lexicon::Lexicon;
use super::quotes::is_quoted;
use super::result::{Category, CueKind, Range, Span};

fn lexicon() -> &'static Lexicon {
    Lexicon::builtin(crate::engine::lexicon::Builtin::Loaded)
}

pub fn detect(doc: &Document, quotes: &[Range]) -> Vec<Span> {
    detect_with(lexicon(), doc, quotes)
}

/// Function words an intensifier never extends over ("utterly the" is not a phrase).
const FUNCTION_WORDS: Words = words![
    "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "as", "is", "are", "was", "were", "be",
    "that", "this", "it", "not", "from", "into", "than", "but", "has", "have", "had", "will", "would", "can", "could", "said",
    "says", "who", "which", "when", "where", "while", "because", "after", "before", "about", "over", "under", "if",
];

/// Words after a loaded word that are no noun it could colour: adverbs of place and time,
/// prepositions, possessives and pronouns ("stunning throughout", "alarming online", "destroying
/// us"). The phrase stops before them, as it does before a function word, unless a hyphen makes
/// them part of a compound ("harmful off-exchange deals"). An intensifier still takes in the
/// quantifier it intensifies ("absolutely no", "almost all"), so those are not here.
const NOT_COLOURED: Words = words![
    "throughout", "online", "again", "also", "even", "still", "yet", "ever", "today", "now", "then", "here", "there", "across",
    "through", "during", "without", "within", "since", "until", "against", "despite", "like", "off", "out", "up", "down",
    "toward", "towards", "its", "their", "his", "her", "our", "your", "my", "them", "him", "us", "me", "such",
    // A subject starts a clause of its own: "the most breathtaking moments I've had".
    "i", "i've", "i'm", "i'd", "we", "we've", "we're", "you", "you've", "you're", "they", "they've", "they're", "he", "she",
];

/// A loaded adjective colours the noun after it ("disastrous scheme", "rigged witch hunt"): a
/// suffix guess at adjectives, since there is no part-of-speech tagger.
fn looks_adjectival(word: &str) -> bool {
    const SUFFIXES: Words = words!["ous", "ful", "ive", "ic", "al", "ent", "ant", "ible", "able", "less", "ish", "ile", "id", "ing"];
    // Loaded nouns with an adjective's ending: "the scandal broke", "the betrayal began".
    const NOUNS: Words = words!["scandal", "betrayal", "denial", "refusal", "ordeal", "criminal", "cabal", "rival", "arsenal", "tribunal"];
    let w = word.to_ascii_lowercase();
    w.len() > 4 && SUFFIXES.iter().any(|s| w.ends_with(s)) && !NOUNS.contains(&w.as_str())
}

/// Past-tense verbs and adverbs end the phrase ("the shocking plan failed"), and so do the
/// commonest verbs of a present clause ("this incredible offer ends on Sunday").
fn looks_verbal(word: &str) -> bool {
    const PRESENT: Words = words![
        "ends", "begins", "starts", "comes", "goes", "makes", "takes", "seems", "remains", "continues", "expires", "lasts", "gets",
        "gives", "keeps", "becomes", "sits", "depends", "means", "matters", "happens", "works", "shows", "proves", "helps",
    ];
    let w = word.as_bytes();
    w.len() > 3 && (w.ends_with(b"ed") || w.ends_with(b"ly")) || PRESENT.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// A capitalised word among capitalised neighbours inside a sentence is part of a name ("Gross
/// National Product", "the Savage River dam"), not the writer's wording. Neighbours that are
/// loaded words themselves make a capitalised slogan ("Rigged Witch Hunt"), not a name, and a
/// capitalised "The" or "In" opens a sentence rather than a name. In a headline set in title case
/// every word is capitalised, so there the words count as usual.
fn inside_name(doc: &Document, first: usize, last: usize, loaded: &dyn Fn(usize) -> bool) -> bool {
    let capital = |i: usize| doc.tokens[i].kind == TokenKind::Word && doc.token_text(i).starts_with(char::is_uppercase);
    if !capital(first) {
        return false;
    }
    let name_word = |i: usize| capital(i) && !loaded(i) && !doc.is_any(i, FUNCTION_WORDS);
    let s = &doc.sentences[doc.sentence_of(first)];
    let before = first > s.first && name_word(first - 1);
    let after = last < s.last && name_word(last);
    if !before && !after {
        return false;
    }
    let (words, capitals) = (s.first..s.last)
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .fold((0, 0), |(n, c), i| (n + 1, c + capital(i) as usize));
    let title_case = words >= 4 && capitals * 4 >= words * 3;
    !title_case
}

/// A stock ticker or code in angle brackets ("Mobil Corp <MOB>") is no word at all.
fn is_code(doc: &Document, i: usize) -> bool {
    i > 0 && doc.token_text(i - 1) == "<" && doc.tokens[i - 1].end == doc.tokens[i].start
}

/// A superlative ranked by an ordinal is a statistic: "the second-worst level", "the
/// third-biggest bank".
fn is_ranked(doc: &Document, i: usize) -> bool {
    const ORDINALS: Words = words!["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    i >= 2
        && doc.token_text(i - 1) == "-"
        && doc.tokens[i - 2].end == doc.tokens[i - 1].start
        && doc.tokens[i - 1].end == doc.tokens[i].start
        && (doc.is_any(i - 2, ORDINALS) || doc.token_text(i - 2).ends_with(|c: char| c.is_ascii_digit()))
}

/// "so-called" before a proper name introduces what the thing is called ("the so-called Paris
/// Club", "the so-called Cruzado Plan"): it names, it does not sneer as "so-called experts" does.
/// A headline capitalises every word, so there a capital tells nothing.
///
/// So does "so-called" before a term in quotation marks (the so-called "stabilising mechanism",
/// so-called "offset" contracts): the marks already hold the term at arm's length as a term, and
/// the phrase introduces it, as news does with jargon.
fn names_a_proper_name(doc: &Document, phrase: &str, last: usize) -> bool {
    let t = &doc.tokens;
    phrase == "so-called"
        && last < t.len()
        && (t[last].kind == TokenKind::Word && context::is_capitalised(doc, last) && !context::title_case_sentence(doc, last)
            || last + 1 < t.len()
                && matches!(doc.token_text(last), "\"" | "\u{201C}" | "\u{2018}" | "'")
                && t[last].end == t[last + 1].start
                && t[last + 1].kind == TokenKind::Word)
}

/// "lie" and "lies" as the verb of place ("the problem lies in", "fields that lie outside the
/// zone"), not the accusation ("told lies"): a preposition or an adverb of place or degree follows.
fn is_verb_of_place(doc: &Document, i: usize) -> bool {
    const AFTER: Words = words![
        "in", "on", "at", "with", "within", "between", "behind", "beyond", "ahead", "outside", "inside", "elsewhere", "partly", "mainly",
        "largely", "solely", "primarily", "just", "far", "somewhere", "dormant", "idle", "fallow", "low", "beneath", "under", "near",
    ];
    // A distance or a bearing: "the farm lies about 6 km from the site", "lies 40 km north".
    const BEARINGS: Words = words![
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "off", "along", "across", "beside", "next",
        "close", "opposite", "below", "above", "upstream", "downstream",
    ];
    const ROUGHLY: Words = words!["about", "some", "roughly", "around", "nearly", "almost", "approximately", "just"];
    let number = |j: usize| j < doc.tokens.len() && doc.tokens[j].kind == TokenKind::Number;
    doc.is_any(i, words!["lie", "lies"])
        && i + 1 < doc.tokens.len()
        && (doc.is_any(i + 1, AFTER) || doc.is_any(i + 1, BEARINGS) || number(i + 1) || doc.is_any(i + 1, ROUGHLY) && number(i + 2))
}

/// "crush" and "slaughter" as the trade's words for processing a crop, an ore or livestock
/// ("crushed 21 mln bushels of soybeans", "peanuts for domestic crushing", "poultry slaughter for
/// the week", "cattle moved to immediate slaughter"), not the rout or the massacre ("crushed an
/// attack", "the slaughter of the villagers"): the crop, the animals or the plant are named
/// within a few words. The fixed pairs are technical terms in the lexicon; this catches the rest.
fn is_processing(doc: &Document, i: usize) -> bool {
    const WORDS: Words = words!["crush", "crushed", "crushes", "crushing", "slaughter", "slaughtered", "slaughtering"];
    const GOODS: Words = words![
        "soybean", "soybeans", "soyabean", "soyabeans", "soy", "soya", "oilseed", "oilseeds", "rapeseed", "canola", "sunflower",
        "sunflowerseed", "cottonseed", "copra", "palm", "kernels", "cane", "sugarcane", "beet", "beets", "peanuts", "groundnuts",
        "olives", "grapes", "seed", "seeds", "beans", "ore", "stone", "stones", "cattle", "cows", "steers", "heifers", "calves",
        "hogs", "pigs", "swine", "sheep", "lambs", "poultry", "chickens", "hens", "turkeys", "ducks", "birds", "livestock", "herd",
        "herds", "flock", "flocks", "bushels", "tonnes", "mills", "mill", "plant", "plants", "processors", "processing", "ratio",
    ];
    if !doc.is_any(i, WORDS) {
        return false;
    }
    near(doc, i, 6, 7, GOODS)
}

/// "destroy" reporting physical damage, the plain word for it: "the fire destroyed five tanks",
/// "warships destroyed an oil platform", "insects threaten to destroy the rice crop", "records
/// had been destroyed" (a fact of a fraud or a cover-up, as shredding would be). It colours
/// when what is destroyed is abstract ("destroy our right to broadcast", "destroyed the
/// possibility of a deal"), and then none of these words stands near it. In the passive it reports
/// what befell a thing ("40 homes were destroyed", "the satellite was destroyed"): over Reuters
/// every one is literal, and in the PTC articles six of seven lie outside any technique span.
fn is_physical_damage(doc: &Document, i: usize) -> bool {
    const WORDS: Words = words!["destroy", "destroyed", "destroys", "destroying", "destruction"];
    const DAMAGE: Words = words![
        "fire", "fires", "blaze", "explosion", "blast", "bomb", "bombs", "shelling", "missile", "missiles", "earthquake", "quake", "flood",
        "floods", "flooding", "storm", "storms", "hurricane", "typhoon", "cyclone", "tornado", "frost", "hail", "insects", "pests", "locusts",
        "beetles", "platform", "platforms", "rig", "rigs", "installations", "building", "buildings", "houses", "homes", "tanks", "equipment",
        "hectares", "acres", "crop", "crops", "forest", "forests", "roads", "bridges", "bridge", "pipeline", "warships", "warplanes",
        "planes", "aircraft", "satellite", "documents", "files", "wastes", "virus", "cells", "records", "papers", "evidence", "vehicles",
        "cars", "trucks", "boats", "ships", "vessels", "villages", "shops",
    ];
    if !doc.is_any(i, WORDS) {
        return false;
    }
    doc.is(i, "destroyed") && super::claims::cues::passive(doc, context::sentence_first(doc, i), i) || near(doc, i, 6, 7, DAMAGE)
}

/// Does a word of `words` stand within `before` tokens before `i` or `after` - 1 after it, in its
/// sentence? (The plain sense of a loaded word is told by its company.)
fn near(doc: &Document, i: usize, before: usize, after: usize, words: Words) -> bool {
    let (first, last) = (context::sentence_first(doc, i), context::sentence_last(doc, i));
    (i.saturating_sub(before).max(first)..(i + after).min(last)).any(|j| doc.is_any(j, words))
}

/// "toxic" in its chemical sense: "toxic waste", "toxic fumes", "chemicals that are toxic to
/// fish". It colours only when nothing poisonous stands near it ("a toxic debate", "toxic
/// politics").
fn is_poison(doc: &Document, i: usize) -> bool {
    const SUBSTANCES: Words = words![
        "waste", "wastes", "materials", "gas", "gases", "fumes", "smoke", "chemical", "chemicals", "substances", "spill",
        "contamination", "cargo", "metals", "sludge", "emissions", "dump", "pesticides", "levels",
    ];
    if !doc.is(i, "toxic") {
        return false;
    }
    near(doc, i, 4, 4, SUBSTANCES)
}

/// "darkness" as the want of light: "in near darkness after the storm", "the blackout left the
/// city in darkness", "pitch darkness". It colours as the moral dark ("the forces of darkness"),
/// and then no word of lamps, night or power stands near it. "light" alone is left out: "light
/// and darkness", "a light in the darkness" are the moral pair.
fn is_unlit(doc: &Document, i: usize) -> bool {
    const LIGHT: Words = words![
        "near", "pitch", "lights", "lamp", "lamps", "candle", "candles", "torch", "torches", "power", "blackout",
        "blackouts", "outage", "outages", "electricity", "night", "nights", "dusk", "dawn", "sunset", "sunrise", "sun", "moon", "storm",
        "winter", "cave", "tunnel", "streets",
    ];
    if !doc.is(i, "darkness") {
        return false;
    }
    near(doc, i, 6, 5, LIGHT)
}

/// A superlative measured, not felt: "the worst since 1974", "its worst financial crisis in 50
/// years", "the drought is the worst in over 20 years", "the greatest gains", "the greatest
/// exposure to Brazilian loans". Set against a stretch of time or said of an amount, it ranks a
/// figure a reader can look up, as "the second-worst level" does; "the worst papacy", "the
/// greatest leader" still judge.
pub(in crate::engine) fn is_measured_superlative(doc: &Document, i: usize) -> bool {
    const AMOUNTS: Words = words![
        "gain", "gains", "growth", "increase", "increases", "rise", "rises", "decline", "declines", "fall", "falls", "drop", "drops",
        "loss", "losses", "amount", "number", "share", "exposure", "advance", "advances", "consumption", "volume", "demand",
        "concentration", "distance", "depth", "height", "weight", "output",
    ];
    const SPANS: Words = words!["year", "years", "decade", "decades", "month", "months", "week", "weeks", "century", "centuries", "generation"];
    if !doc.is_any(i, words!["worst", "greatest"]) {
        return false;
    }
    if doc.is(i, "greatest") && doc.is_any(i + 1, AMOUNTS) {
        return true;
    }
    let last = context::sentence_last(doc, i).min(i + 8);
    let clause = (i + 1..last).take_while(|&j| doc.tokens[j].kind != TokenKind::Punct || doc.is(j, "-"));
    // ("its worst day since March": a month dates it as a year does.)
    let dated = |j: usize| {
        j < doc.tokens.len() && (doc.tokens[j].kind == TokenKind::Number || super::claims::cues::is_month(doc, j) || doc.is(j, "the") && j + 1 < doc.tokens.len() && doc.tokens[j + 1].kind == TokenKind::Number)
    };
    let mut seen_in = false;
    for j in clause {
        if doc.is(j, "since") && dated(j + 1) {
            return true;
        }
        seen_in |= doc.is(j, "in");
        if seen_in && doc.is_any(j, SPANS) {
            return true;
        }
    }
    false
}

/// [`detect`] with another lexicon of the same format (to measure candidate word lists).
///
/// Two hits in a row ("shocking, disgraceful") become one span, and an intensifier takes in the
/// word it intensifies ("utterly wrong"): the colouring lies in the pair, and one highlight reads
/// better than two.
pub fn detect_with(lex: &Lexicon, doc: &Document, quotes: &[Range]) -> Vec<Span> {
    let mut runs: Vec<(usize, usize, Vec<&str>)> = Vec::new();
    // A technical term ("gross domestic product") is matched only so that it hides the loaded
    // word inside it: the longest match wins, then the term itself is dropped.
    let hits: Vec<_> = lex.hits(doc).iter().copied().filter(|h| lex.entry(h).tag != "term").collect();
    // The tokens inside some hit, sorted, so a look-up is a binary search and a long text with
    // many hits stays linear.
    let mut hit_tokens: Vec<usize> = hits.iter().flat_map(|h| h.first..h.last).collect();
    crate::sort::sort_dedup(&mut hit_tokens);
    let covered = |i: usize| hit_tokens.binary_search(&i).is_ok();
    for h in hits.iter().copied() {
        let literal = is_verb_of_place(doc, h.first) || is_processing(doc, h.first) || is_physical_damage(doc, h.first) || is_poison(doc, h.first) || is_measured_superlative(doc, h.first) || is_unlit(doc, h.first);
        if inside_name(doc, h.first, h.last, &covered) || is_code(doc, h.first) || is_ranked(doc, h.first) || literal || names_a_proper_name(doc, &lex.entry(&h).phrase, h.last) {
            continue;
        }
        let e = lex.entry(&h);
        let mut last = h.last;
        let takes = if e.tag == "intensifier" { 1 } else if h.last - h.first == 1 && looks_adjectival(doc.token_text(h.first)) { 2 } else { 0 };
        for _ in 0..takes {
            if last < doc.tokens.len() && doc.tokens[last].kind == TokenKind::Word && !doc.is_any(last, FUNCTION_WORDS) && !(doc.is_any(last, NOT_COLOURED) && !(last + 1 < doc.tokens.len() && doc.is(last + 1, "-") && doc.tokens[last].end == doc.tokens[last + 1].start)) && doc.tokens[last].newlines_before == 0 && !looks_verbal(doc.token_text(last)) {
                last += 1;
                // A hyphenated word is taken whole: "extremely one-sided", not "extremely one".
                let glued_hyphen = |k: usize| {
                    k + 1 < doc.tokens.len()
                        && doc.is(k, "-")
                        && doc.tokens[k - 1].end == doc.tokens[k].start
                        && doc.tokens[k].end == doc.tokens[k + 1].start
                        && doc.tokens[k + 1].kind == TokenKind::Word
                };
                while glued_hyphen(last) {
                    last += 2;
                }
                // A plural ends the noun: after it comes its verb, "alarming headlines deserve".
                // Not "-ss", "-ous" or a possessive, "overzealous sheriff's deputy": read by
                // bytes, the one before the "s" is that of "ss", "us", "'s" or "’s".
                let t = doc.token_bytes(last - 1);
                if t.len() > 2 && t.ends_with(b"s") && !matches!(t[t.len() - 2], b's' | b'u' | b'\'' | 0x99) {
                    break;
                }
            } else {
                break;
            }
        }
        // An intensifier with no word to stress ("fizzle out completely.", "shut down completely
        // when") or under a negation ("not totally unexpected", "could not be completely ruled
        // out") colours nothing: the first measures, the second understates.
        let stresses_nothing = || h.last >= doc.tokens.len() || doc.tokens[h.last].kind != TokenKind::Word || doc.is_any(h.last, FUNCTION_WORDS);
        let negated = || h.first >= 1 && doc.is_any(h.first - 1, words!["not", "n't"]) || h.first >= 2 && doc.is(h.first - 2, "not") && doc.is_any(h.first - 1, words!["be", "been"]);
        // (After a word: "Incredibly, she said" and "Absolutely not!" open their sentence to
        // stress it.)
        if takes == 1 && last == h.last && h.first > 0 && doc.tokens[h.first - 1].kind == TokenKind::Word && (stresses_nothing() || negated()) {
            continue;
        }
        if let Some(run) = runs.last_mut() {
            let gap = h.first.saturating_sub(run.1);
            let joined = h.first <= run.1 || (gap == 1 && doc.is_any(run.1, words![",", "and", "or"]));
            if joined && doc.sentence_of(h.first) == doc.sentence_of(run.0) {
                run.1 = run.1.max(last);
                run.2.push(e.phrase.as_str());
                continue;
            }
        }
        runs.push((h.first, last, vec![e.phrase.as_str()]));
    }
    runs.into_iter()
        .map(|(first, last, words)| {
            let range = doc.token_span(first, last);
            let listed: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
            let why = format!("Loaded language: emotive wording {}.", listed.join(", "));
            super::span(doc, first, last, Category::Loaded, CueKind::Emotive, is_quoted(quotes, range), why)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::quotes;

    fn loaded(text: &str) -> Vec<(String, bool)> {
        let doc = Document::new(text);
        let q = quotes::find(&doc);
        detect(&doc, &q).into_iter().map(|s| (s.text, s.quoted)).collect()
    }

    const CASES: &[(&str, &[&str])] = &[
        ("The senator slammed the so-called reform as a disastrous scheme.", &["slammed", "so-called", "disastrous scheme"]),
        ("Rebels say the regime hired thugs to break up the march.", &["regime", "thugs"]),
        ("It was a very, very bad week for the bank.", &["very, very bad"]),
        // An intensifier takes in the word it intensifies; hits in a row make one span.
        ("The claim is utterly false.", &["utterly false"]),
        ("They told it in an extremely one-sided way and were utterly tight-lipped about it.", &["extremely one-sided", "utterly tight-lipped"]),
        ("A shocking, disgraceful decision.", &["shocking, disgraceful decision"]),
        // A loaded adjective takes in the noun it colours; a verb does not take in its object.
        ("Voters rejected the outrageous tax plan.", &["outrageous tax plan"]),
        // A noun ending like an adjective takes in nothing after it.
        ("Since the scandal broke last November, sales fell.", &["scandal"]),
        ("The mayor slammed opponents of the plan.", &["slammed"]),
        // Labels for a rival's motives and methods.
        ("This is fear-mongering, they are smearing the project out of ulterior motives.", &["fear-mongering", "smearing", "ulterior motives"]),
        // Forceful metaphors and labels of politics; a shop's giveaway is no label.
        ("City Hall has rammed through a plan that is a giveaway to developers.", &["rammed through", "giveaway to"]),
        ("The shop ran a giveaway of free samples.", &[]),
        ("The tax is a cash grab dressed up as public health policy.", &["cash grab"]),
        // An adverb, a preposition or a pronoun after the loaded word is nothing it colours.
        ("The photography is stunning throughout, and parents read something alarming online.", &["stunning", "alarming"]),
        ("Critics accused him of destroying us from within, and of harmful off-exchange deals.", &["destroying", "harmful off-exchange deals"]),
        ("There is absolutely no reason to wait.", &["absolutely no"]),
        // An intensifier with no word to stress measures, and under a negation it understates;
        // opening its sentence it still stresses.
        ("Some comets fizzle out completely, and the plant shut down completely when talks failed.", &[]),
        ("Contamination could not be completely ruled out, and the fall was not totally unexpected.", &[]),
        ("Incredibly, we were absolutely right, and they are utterly wrong.", &["Incredibly", "absolutely right", "utterly wrong"]),
        // A notice's threshold stresses nothing; the same adverb stressing a verdict still does.
        ("Passengers should travel only if absolutely necessary.", &[]),
        ("The minister said the cuts were absolutely necessary.", &["absolutely necessary"]),
        // A letter writer's outrage, and a sum belittled.
        ("I was appalled that the council offered a paltry sum.", &["appalled", "paltry"]),
        // A genre and a security term name things; a stock tip's puffery promotes.
        ("The horror film slipped to second place, and the flaw is being actively exploited.", &[]),
        ("The science fiction epic Stellar Drift fell to fourth, and Homer wrote an epic poem.", &[]),
        ("It was an epic battle.", &["epic"]),
        ("This is a once-in-a-generation opportunity.", &["once-in-a-generation"]),
        ("It was one of the most breathtaking moments I've had, and the most shocking we saw.", &["breathtaking moments", "shocking"]),
        // Naming a proper name, against sneering at a common noun.
        ("The deal was reached in the so-called Paris Club of creditors.", &[]),
        ("The so-called experts were wrong.", &["so-called"]),
        // A term in quotation marks, introduced by name.
        ("Belgium proposed the so-called \"stabilising mechanism\" be studied.", &[]),
        ("Boeing agreed to grant so-called \u{201C}offset\u{201D} contracts, and the so-called 'PIK and roll' deals.", &[]),
        ("These so-called experts \"warned\" us.", &["so-called"]),
        ("The government betrayed the people who elected it.", &["betrayed"]),
        // "shock" the medical condition or the current, against the surprise.
        ("An employee was treated for shock after the electric shock, and the news came as a shock.", &["shock"]),
        // Puffery promotes without saying anything checkable.
        ("NovaTech launched a groundbreaking platform with cutting-edge security.", &["groundbreaking platform", "cutting-edge"]),
        ("This is a game-changer, and the renowned chef agrees.", &["game-changer", "renowned"]),
        ("Brightwave sells a world-leading panel at unbeatable prices.", &["world-leading", "unbeatable prices"]),
        ("The market-leading brand offers top-notch service.", &["market-leading", "top-notch"]),
        ("The report is a bombshell for the draconian law.", &["bombshell", "draconian"]),
        ("He called the inquiry a witch hunt and utterly outrageous.", &["witch hunt and utterly outrageous"]),
        // A verb of the clause is no noun the adjective colours.
        ("Hurry: this incredible offer ends on Sunday.", &["incredible offer"]),
        ("Whether that is admirable or alarming depends on who you ask.", &["alarming"]),
        // A plural ends the noun the adjective colours: a bare verb comes after it.
        ("Alarming headlines deserve a second look, and radical groups hold the north.", &["Alarming headlines", "radical groups"]),
        // (guard) Not an adjective in "-ous" or a possessive, which the noun follows.
        ("He was hauled in by an overzealous sheriff's deputy.", &["overzealous sheriff's deputy"]),
        // (guard) A noun after a predicate's adjective is still coloured.
        ("That was shocking news for the club.", &["shocking news"]),
        ("Critics describe the hurried vote as Western hegemony.", &["hurried", "hegemony"]),
        ("The programme is a shambles and the fares a swindle.", &["shambles", "swindle"]),
        ("The phrase now sounds grotesque.", &["grotesque"]),
        // Slogans and clichés that end a thought instead of making a point.
        ("Enough is enough: it is time to drain the swamp.", &["Enough is enough", "drain the swamp"]),
        ("Its arrogant ministers are out of touch.", &["arrogant ministers", "out of touch"]),
        // A ticker in angle brackets, a ranked superlative and trade terms colour nothing.
        ("Mobil Corp <MOB> postponed the project.", &[]),
        ("Unemployment was equal to the second-worst level on record.", &[]),
        ("It was the worst year on record.", &["worst"]),
        // Set against a stretch of time or said of an amount, the superlative ranks a figure.
        ("Growth was the worst since 1974, and the drought is the worst in over 20 years.", &[]),
        ("The index had its worst day since March.", &[]),
        ("The country faced its worst financial crisis in 50 years.", &[]),
        ("Chemicals posted the greatest gains, and the bank has the greatest exposure to Brazil.", &[]),
        ("He made way for the worst papacy of all time, the greatest leader in history.", &["worst", "greatest"]),
        // Adverbs of outrage colour the act they describe.
        ("The report wantonly distorts the record and flagrantly ignores the law.", &["wantonly", "flagrantly"]),
        // Idioms that end or rank a hardship: nothing in them colours the report.
        ("\"The market seems to believe the worst is over,\" said one strategist.", &[]),
        ("Aid went to the worst-hit towns, and at worst the bank faces a worst-case loss.", &[]),
        // A market or league table ranks by a figure: the bottom of it is a statistic.
        ("Utilities were the worst-performing sector, and the fund was the worst performer in May.", &[]),
        ("The bank bought bills outright and gross imports rose.", &[]),
        ("The regulatory regime for banks will change.", &[]),
        // Inside a name a loaded word is the name's; a sentence's first word is not a name by
        // being capitalised, and a title-case headline keeps its words.
        ("Delors would tie payments to Gross National Product.", &[]),
        ("Anglers gathered at the Savage River dam.", &[]),
        ("Shocking figures emerged on Monday.", &["Shocking figures"]),
        ("Mayor Slammed Over Disastrous Tax Scheme", &["Slammed", "Disastrous Tax Scheme"]),
        ("He called it a Rigged Witch Hunt again.", &["Rigged Witch Hunt"]),
        ("The Savage attack came at night.", &["Savage"]),
        // Spreading an idea as one hawks goods.
        ("Certain politicians have peddled the narrative that jobs are being stolen.", &["peddled"]),
        // Technical terms hold a loaded word but colour nothing; the word alone still counts.
        ("Gross domestic product grew 2.1 percent.", &[]),
        ("The firm booked an extraordinary gain of 4 mln dlrs.", &[]),
        ("Congress passed a disaster relief bill.", &[]),
        ("Hog slaughter fell as the soybean crush rose.", &[]),
        ("\"We have bent over backwards to reach an agreement,\" the union said.", &[]),
        ("The slaughter of the villagers was a disaster.", &["slaughter", "disaster"]),
        // The trade's processing of a crop or livestock, beyond the fixed technical pairs.
        ("Processors crushed 21.8 mln bushels of soybeans, and Cargill's oilseed crushing plant reopened.", &[]),
        ("Poultry slaughter fell, and the cattle went to immediate slaughter.", &[]),
        ("Iraq said its forces had crushed an Iranian attack.", &["crushed"]),
        // Physical damage reported in its plain word; an abstract thing destroyed is colouring.
        ("The fire destroyed five storage tanks, and warships destroyed an oil platform.", &[]),
        ("The ruling will destroy our right to broadcast.", &["destroy"]),
        // Papers and goods destroyed are a fact of the case; a good name destroyed is colouring.
        ("Police said the records had been destroyed.", &[]),
        ("At least 40 structures were destroyed, and the old town was largely destroyed.", &[]),
        ("The reformers destroyed the old order.", &["destroyed"]),
        ("Rebels destroyed dozens of vehicles and two boats.", &[]),
        ("The scandal destroyed his record as a reformer.", &["scandal destroyed"]),
        ("Traders blamed panic selling and predatory pricing as the rocket blasted off.", &[]),
        // A police statement grades an injury and names a charge; neither word colours it.
        ("His injuries are not life-threatening; he was charged with dangerous driving.", &[]),
        // Words news uses literally, whatever they meant in propaganda: legal terms, animals.
        ("The suit alleges negligence and unlawful dismissal by the elite unit.", &[]),
        ("Pigs and sheep were lost when the tsunami hit; the coffee is drunk cold.", &[]),
        // More common in plain reporting than in propaganda: a plan, in wire English.
        ("The pension scheme and the debt repayment schemes start in May.", &[]),
        // Darkness that is only the want of light, against the moral dark.
        ("The village sat in near darkness after the storm, and the blackout left the city in darkness.", &[]),
        ("He warned of the forces of darkness, a light in the darkness.", &["darkness", "darkness"]),
        // "toxic" in its chemical sense, against the poisoned debate.
        ("A fire set off toxic fumes, and the river holds toxic waste from the plant.", &[]),
        ("The debate has turned toxic.", &["toxic"]),
        // "lie" as the verb of place reports no lie.
        ("The problem lies in the budget, and the fields lie outside the zone.", &[]),
        ("The farm lies about 6 kilometres from the first outbreak; the port lies 40 km north.", &[]),
        ("He told lies about the budget, and that was a lie.", &["lies", "lie"]),
        // A press release's hype, a fundraiser's stakes.
        ("The firm hailed a revolutionary new treatment.", &["revolutionary new"]),
        ("This is the most important election of our lifetime.", &["of our lifetime"]),
        // Every form of a dramatic verb colours, not only the one the training articles held;
        // the plain verb of the same move does not.
        ("Rents have skyrocketed, and the price will skyrocket.", &["skyrocketed", "skyrocket"]),
        ("Rents have risen sharply, and the price will rise.", &[]),
        // Plain reporting has no loaded words.
        ("The council approved the budget on Tuesday by seven votes to two.", &[]),
        ("The river rose two metres after the storm.", &[]),
    ];

    #[test]
    fn loaded_words_are_found() {
        for (text, expected) in CASES {
            let got: Vec<String> = loaded(text).into_iter().map(|(t, _)| t).collect();
            assert_eq!(got, *expected, "{text}");
        }
    }

    #[test]
    fn quoted_loaded_words_are_marked_quoted() {
        assert_eq!(loaded("She said the plan was “a shocking failure”."), [("shocking failure".to_string(), true)]);
        assert_eq!(loaded("The shocking plan failed."), [("shocking plan".to_string(), false)]);
    }

    #[test]
    fn spans_carry_a_reason() {
        let doc = Document::new("A shocking result.");
        let s = detect(&doc, &[]);
        assert_eq!((s[0].category, s[0].kind), (Category::Loaded, CueKind::Emotive));
        assert!(s[0].why.contains("shocking"));
    }
}
