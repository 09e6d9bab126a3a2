//! Which uses of a cue word are reporting verbs: the lexicon matches "report", "claims" and "heard"
//! wherever they stand, and most of those uses are nouns, deeds or other senses.

use crate::engine::document::At;
use crate::engine::wordlist::Words;
use super::*;

/// Filters the uses of a cue word that are not reporting verbs.
pub(super) fn plausible_verb(doc: &Doc, first: usize, last: usize, t: &Tag, sent_first: usize) -> bool {
    // "he told reporters, without saying who had called", "Without citing evidence, he
    // claimed": what was not said is no one's report.
    if first > sent_first && doc.token_bytes(first).ends_with(b"ing") && doc.is(first - 1, "without") {
        return false;
    }
    // "had claimed thousands of pounds for a second home", "claimed asylum", "the storm claimed
    // three lives": what is claimed right after the verb, past its determiners and amounts, is
    // money, a right or lives, and nothing is said. ("claimed victory" says one has won.)
    if doc.token_bytes(first).len() >= 5 && doc.token_bytes(first).at(..5).eq_ignore_ascii_case(b"claim") && claimed_thing(doc, last) {
        return false;
    }
    // "the evidence she cites is thin": a pronoun and a verb that takes no clause, right before
    // the sentence's "be" and a word that judges, are a relative clause on the noun, the verb's
    // object; the verb reports nothing the reader sees. (A verb that takes a clause reads on:
    // "the figures Keating claimed were distorted", below; and so does what the "be" names:
    // "Among the loopholes he cited are “the ability to ...”", "What they said was a sharp
    // decline in salaries".)
    // (The verb first, by its first letter: few cues are among them.)
    if matches!(doc.tokens[first].first_byte() | 0x20, b'c' | b'q' | b'm' | b'd')
        && doc.is_any(first, OBJECT_ONLY)
        && first >= sent_first + 2
        && last + 1 < doc.tokens.len()
        && doc.is_any(last, words!["is", "are", "was", "were"])
        && doc.is_any(first - 1, SUBJECT_PRONOUNS)
        && doc.tokens[last + 1].kind == TokenKind::Word
        && !starts_upper(doc, last + 1)
        && !source::is_det(doc, last + 1)
    {
        return false;
    }
    // "The much quoted survey showed", "the often cited report": a participle between an
    // article (and a word of degree) and its noun describes the noun.
    // ("The much cited 2019 study": a year may come between.)
    if doc.token_bytes(last - 1).ends_with(b"ed") && last < doc.tokens.len() && (doc.tokens[last].kind == TokenKind::Word && !starts_upper(doc, last) || doc.tokens[last].kind == TokenKind::Number) {
        let mut b = last - 1;
        if b > sent_first && (doc.is_any(b - 1, words!["much", "often", "oft", "widely", "so"]) || is_ly_adverb(doc, b - 1)) {
            b -= 1;
        }
        let noun_next = !source::is_det(doc, last) && !doc.is_any(last, PREPOSITIONS) && !doc.is_any(last, words!["that", "by", "to", "as", "and", "or", "in", "on", "at", "with", "from", "for", "of", "about"]);
        if b > sent_first && doc.is_any(b - 1, words!["a", "an", "the", "its", "their", "his", "her", "our", "my", "your"]) && noun_next {
            return false;
        }
        // ("had ignored repeated warnings", "denied alleged links": so does one of the
        // participles most often used as adjectives, right after a past verb, or a preposition:
        // "despite repeated warnings". Not "reported", whose subject is often a participle's:
        // "Those surveyed reported higher costs".)
        if b > sent_first
            && noun_next
            && doc.is_any(b, words!["repeated", "alleged", "supposed", "purported", "suspected"])
            && (doc.token_bytes(b - 1).ends_with(b"ed") && !starts_upper(doc, b - 1) && !source::is_listed(doc, b - 1)
                || doc.is_any(b - 1, PREPOSITIONS)
                || doc.is_any(b - 1, words!["despite", "amid", "against", "without", "for", "about", "under"]))
        {
            return false;
        }
        // "The study cited was small", "if the trials most often cited were voluntary": right
        // before the sentence's "be", after a noun phrase that opens a clause, the participle
        // describes the noun. After a relative's subject the verb reports, its object the
        // relative: "the figures Keating claimed were distorted", "which he noted was",
        // "the rules the company cited were". (Not past a phrase: "said on Monday sales were
        // up" has a subject in it.)
        if doc.is_any(last, words!["is", "are", "was", "were"]) && noun_phrase_opens_clause(doc, b, sent_first) {
            return false;
        }
    }
    // An adjective of a state of mind reports only as the predicate of its "be", with the
    // proposition right after it: "are confident that the plan will work", "is convinced the
    // vote was rigged".
    if t.state {
        if state_predicate(doc, first, sent_first).is_some() {
            let end = doc.sentences[doc.sentence_of(first)].last;
            // (Not what the view is about: "optimistic about the prospects but said he would
            // wait" holds no clause.)
            let about = || doc.is_any(last, PREPOSITIONS) || doc.is_any(last, words!["about", "of", "to", "as", "because", "enough", "than", "regarding", "if", "when"]);
            return last < end && (doc.is(last, "that") || !about() && clause_at(doc, last, end));
        }
        if !t.noun_form {
            return false;
        }
    }
    // ("the court heard", "Southwark Crown Court heard": a noun, after its determiner or inside
    // a name, but the phrase is whole.) Evidence is a clause; "the appeal court heard the case
    // while ..." is the court at work, and a conjunction before the verb shows it.
    if t.hearer {
        let end = doc.sentences[doc.sentence_of(first)].last;
        const CONJUNCTIONS: Words = words!["while", "when", "as", "because", "after", "before", "since", "until", "if", "unless", "although", "though"];
        let subject_then_verb = || {
            let verb = (last..end.min(last + 8)).find(|&k| doc.is_any(k, FINITE) || doc.is_any(k, CONJUNCTIONS));
            clause_at(doc, last, end) && verb.is_none_or(|k| !doc.is_any(k, CONJUNCTIONS))
        };
        // ("The defendant lied, the court heard.": the evidence may go before, with nothing after
        // but the rest of it: "He lied, the court heard, because ...".)
        return last + 1 >= end || doc.is_any(last, words!["that", "how"]) || subject_then_verb() || is_mark(doc, last, b',') && (first.saturating_sub(3)..first).any(|k| is_mark(doc, k, b','));
    }
    // Part of a compound modifier ("self-reported sleep", "a much-cited study", "long-rumoured"):
    // an adjective describing a noun, with no one reporting anything.
    if crate::engine::context::in_hyphen_compound(doc, first, last) {
        return false;
    }
    // "agreed a 900 mln dlr loan", "agreed tough new rules", "a pact agreed during the crisis":
    // a deal struck or a thing agreed on, where no one reports a view. Agreement with a view has
    // a clause, "to", "that", "with" or "on" after it, maybe past a phrase of when or where
    // ("agreed last Friday with its banks to", "agreed in principle to sell").
    // (Asked of few cues: its first letter turns the rest away.)
    if last == first + 1 && doc.tokens[first].first_byte() | 0x20 == b'a' && doc.is_any(first, words!["agree", "agreed", "agrees"]) {
        let end = doc.sentences[doc.sentence_of(first)].last;
        if last < end && doc.tokens[last].kind == TokenKind::Word && !doc.is_any(last, words!["to", "not", "that", "with", "on", "upon", "there", "so"]) && !clause_at(doc, last, end) {
            // (A determiner or a bare noun opens the thing agreed; "in", "at", a time or a
            // number may open a phrase before the agreement's own words.)
            let adverbial = doc.is_any(last, PREPOSITIONS)
                || doc.is_any(last, ADVERBS)
                || doc.is_any(last, TIME_WORDS)
                || is_manner_adverb(doc, last)
                || doc.is_any(last, words!["this", "last", "further", "already", "only", "also", "finally", "yet", "now"]);
            // (An abbreviation's stop is inside the phrase: "at the U.N. last year to"; a finite
            // verb ends it: "the pact agreed during the crisis was unlikely to".)
            let own_words_follow = || {
                (last + 1..end.min(last + 9))
                    .take_while(|&k| (matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number) || source::is_abbrev_dot_pub(doc, k)) && !doc.is_any(k, FINITE))
                    .any(|k| doc.is_any(k, words!["to", "that", "with", "on"]))
            };
            // ("all agreed Pence won the debate": a name opens a clause whose verb the clause
            // test may not know; a headline's capitals open nothing.)
            let name_opens = starts_upper(doc, last) && doc.token_bytes(last).iter().any(u8::is_ascii_lowercase);
            if !name_opens && (!adverbial || !own_words_follow()) {
                return false;
            }
        }
    }
    // "said goodbye to his team-mates", "said a prayer for the victims", "say thank you": a
    // formula spoken, with nothing reported in it.
    // (Asked after nearly every "said": the next words' lengths and first letters turn away
    // all but a few before any word is looked up.)
    let say_shaped = || matches!(doc.tokens[first].end - doc.tokens[first].start, 3 | 4 | 6) && doc.tokens[first].first_byte() | 0x20 == b's';
    if last == first + 1 && last < doc.tokens.len() && say_shaped() {
        let shape = |k: usize| {
            let t = &doc.tokens[k];
            (t.end - t.start, t.first_byte() | 0x20)
        };
        let formula_shape = |k: usize| matches!(shape(k), (7 | 8 | 5, b'g') | (8, b'f') | (5, b'h') | (7, b'p') | (4, b'a') | (6, b'c'));
        let after_det_shape = || last + 1 < doc.tokens.len() && matches!(shape(last + 1), (6, b'p' | b'r') | (4, b'm') | (7, b'g') | (8, b'f'));
        let thanks_shape = || matches!(shape(last), (5, b't')) && last + 1 < doc.tokens.len() && matches!(shape(last + 1), (3, b'y'));
        if (formula_shape(last) || after_det_shape() || thanks_shape()) && doc.is_any(first, words!["say", "says", "said", "saying"]) {
            let formula = |k: usize| doc.is_any(k, words!["goodbye", "farewell", "hello", "grace", "prayers", "amen", "cheese"]);
            let prayer = || last + 1 < doc.tokens.len() && doc.is_any(last, words!["a", "the", "his", "her", "their", "our", "my"]) && doc.is_any(last + 1, words!["prayer", "rosary", "mass", "goodbye", "farewell"]);
            let thanks = || last + 1 < doc.tokens.len() && doc.is(last, "thank") && doc.is(last + 1, "you");
            // ("He said goodbye was the hardest word": a verb after it makes it a clause's subject.)
            let clause = || last + 1 < doc.tokens.len() && doc.is_any(last + 1, FINITE);
            if formula(last) && !clause() || prayer() || thanks() {
                return false;
            }
        }
    }
    // Its bytes: the tests below read only its case and its ending.
    let word = doc.token_bytes(first);
    let capital = starts_upper(doc, first);
    // A capitalised cue inside a name: "Edward Said", "Lost and Found", "United States"; but in
    // a title-case headline every word is capitalised.
    // Counted only for a capitalised cue, the only case it decides.
    // (Its own words only: a short heading is no headline by the capitals of the paragraphs
    // after it, which a re-analysed window may not hold.)
    let headline = || {
        let end = doc.sentences[doc.sentence_of(first)].last;
        let words = (sent_first..end.min(sent_first + 12)).filter(|&i| doc.tokens[i].kind == TokenKind::Word);
        let (n, caps) = words.fold((0, 0), |(n, c), i| (n + 1, c + starts_upper(doc, i) as usize));
        n >= 4 && caps * 4 >= n * 3
    };
    if capital
        && first > sent_first
        && doc.tokens[first - 1].kind == TokenKind::Word
        && starts_upper(doc, first - 1)
        && !headline()
    {
        return false;
    }
    // "fell 39 points to 2367", "a half percentage point to 7.5 pct", "at one point to wave":
    // the noun, a measure or a moment. A speaker who points to something has no number or
    // determiner before the verb. (Asked of few cues: the first letter turns most away.)
    if doc.tokens[first].first_byte() | 0x20 == b'p' && doc.is_any(first, words!["point", "points"]) && first > sent_first {
        let k = first - 1;
        let measure = |i: usize| doc.tokens[i].kind == TokenKind::Number || doc.is_any(i, crate::engine::context::NUMBER_WORDS);
        // ("one full point to", "some contractual points to be considered": a word between;
        // "points to be": an infinitive.)
        if capital
            || measure(k)
            || k > sent_first && measure(k - 1)
            || doc.is_any(k, words!["percentage", "basis", "half", "quarter", "one", "a", "the", "this", "that", "some", "no"])
            || last < doc.tokens.len() && doc.is_any(last, words!["be", "have"])
        {
            return false;
        }
    }
    // "The study he cites says ...": a clause without "that" inside the subject, whose object
    // is the noun before it; the sentence's own verb of saying follows.
    if last < doc.tokens.len() && first > sent_first + 1 && doc.is_any(first - 1, source::PRONOUNS) && doc.is_any(last, words!["says", "said", "shows", "showed", "found", "finds", "suggests"]) {
        return false;
    }
    // "Practice explained only about 12 percent of the differences": a share of a variance.
    // (A number within three words, past no "that" or subject: "explained that 40 percent" and
    // "explained it paid 1,100,000 dlrs" report.)
    if doc.is_any(first, words!["explain", "explains", "explained"]) && (last..doc.tokens.len().min(last + 4)).take_while(|&k| doc.tokens[k].kind != TokenKind::Punct && !doc.is(k, "that") && !doc.is_any(k, source::PRONOUNS)).any(|k| doc.tokens[k].kind == TokenKind::Number) {
        return false;
    }
    // "Talk about a bad day!": an imperative opening the sentence reports nothing.
    if first == sent_first && doc.is(first, "talk") {
        return false;
    }
    // "Let's talk about the budget", "let us say": a proposal, not a report.
    if first > sent_first && (doc.is(first - 1, "let's") || doc.is(first - 1, "let\u{2019}s") || first >= sent_first + 2 && doc.is(first - 1, "us") && doc.is(first - 2, "let")) {
        return false;
    }
    // "Further studies are needed to confirm", "the company needs to confirm that ...", "it is
    // too early to talk about cuts", "it is time to talk about care": what has yet to be said is
    // no report. ("too" is compared as bytes: a new word list or literal moves every constant
    // after it in the page's module, some 150 bytes more after gzip, and "too" has none yet.)
    if first >= 2 && doc.is(first - 1, "to") && (doc.is_any(first - 2, words!["need", "needs", "needed"]) || doc.is(first - 2, "time") || first >= 3 && doc.token_bytes(first - 3) == b"too") {
        return false;
    }
    // "Told of the plan, ...": a participle opening the sentence has no subject of its own. (But
    // "Asked whether he would run, Smith ...", like "When asked", reports a question put by
    // someone not named.)
    const ASKED_ABOUT: Words = words!["about", "whether", "if", "why", "how", "what", "when", "where", "who", "for"];
    // (The question may come after a phrase of where, when or by whom: "Asked on Fox News who
    // leads the party", "Asked by reporters if she would run", "Asked specifically what",
    // "Asked last month whether".)
    let asked_after_adverbial = || {
        let end = doc.sentences[doc.sentence_of(first)].last;
        (doc.is_any(last, PREPOSITIONS) || is_manner_adverb(doc, last) || doc.is_any(last, TIME_WORDS))
            && (last + 1..end.min(last + 9))
                .take_while(|&k| matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number) || source::is_abbrev_dot_pub(doc, k))
                .any(|k| doc.is_any(k, ASKED_ABOUT) && !doc.is(k, "for"))
    };
    let question = || doc.is(first, "asked") && last < doc.tokens.len() && (doc.is_any(last, ASKED_ABOUT) || asked_after_adverbial());
    // ("Added Poynter: “...”", "Added the chief, “...”": an inverted frame opening the
    // sentence, its speaker then a colon or a quotation; "Added to the list, ..." is a
    // participle.)
    let inverted_opening = || {
        let end = doc.sentences[doc.sentence_of(first)].last;
        doc.is_any(first, INVERTIBLE)
            && last < end
            && (starts_upper(doc, last) || source::is_det(doc, last))
            && (last + 1..end.min(last + 10))
                .take_while(|&k| !doc.is_any(k, FINITE))
                .find(|&k| doc.tokens[k].kind == TokenKind::Punct && !source::is_abbrev_dot_pub(doc, k) && !is_mark(doc, k, b','))
                .is_some_and(|k| is_mark(doc, k, b':') || is_quote_mark(doc, k) && is_mark(doc, k - 1, b','))
    };
    if first == sent_first && (word.ends_with(b"ed") || word.eq_ignore_ascii_case(b"told")) && !question() && !inverted_opening() {
        return false;
    }
    // "one of the country's top think tanks": a noun compound.
    if last < doc.tokens.len() && doc.is(first, "think") && doc.is_any(last, words!["tank", "tanks"]) {
        return false;
    }
    // "beyond TV shows, including films", "shows whose syndication days are over", "the talk
    // shows to defend": the programmes. A finding's verb has what it shows right after it.
    if t.word == CueWord::Finding && last == first + 1 && last < doc.tokens.len() && doc.is_any(first, words!["show", "shows"]) {
        let next = last;
        // (A stop after it ends a closing frame: "..., official figures show.")
        let punct = is_mark(doc, next, b',') || is_mark(doc, next, b';') || is_mark(doc, next, b')');
        // (But a closing frame goes on after its comma: "..., official figures released on
        // Thursday show, and health leaders warn ...", "..., the research shows, is ...": a
        // finding's noun, evidence or a document stands before it.)
        let finding_before = || {
            (first.saturating_sub(5).max(sent_first)..first).any(|k| doc.is_any(k, FINDINGS) || doc.is_any(k, EVIDENCE) || doc.is_any(k, source::DOCUMENTS))
        };
        if punct && !(is_mark(doc, next, b',') && finding_before())
            || doc.is_any(next, words!["whose", "which", "who", "to", "and", "or", "on", "in", "at", "for", "with", "from", "like", "including"])
        {
            return false;
        }
    }
    // A cue listed only for its view with "as": "views the deal as a betrayal" (see `as_view`
    // below, for the nouns that also report with "that").
    if t.as_object && !t.noun_form {
        let sentence_end = doc.sentences[doc.sentence_of(first)].last;
        return as_view(doc, first, last, sent_first, sentence_end);
    }
    if t.noun_form {
        // (In a headline a capital says nothing for the verbs whose nouns headlines rarely use:
        // "Donald Trump Praises ...", "POLL FINDS MOST THINK ..."; "Morning Email", "TRUCK SALES
        // FORECASTS", "Bombshell Claim" are nouns. "BLASTS OFF" is a rocket, and "JURY FINDS FOR
        // DOW" a verdict.)
        let headline_verb = || {
            (doc.is_any(first, HEADLINE_JUDGEMENTS) || doc.is_any(first, words!["sees", "finds", "show", "shows"]))
                && !(last < doc.tokens.len() && (doc.is(last, "off") || doc.is(first, "finds") && doc.is_any(last, words!["for", "against"])))
                && headline()
        };
        if capital && first > sent_first && !headline_verb() {
            return false;
        }
        // "The police report said", "a news report found": before a verb of saying or finding
        // the word is that verb's subject, the noun.
        if last < doc.tokens.len() && doc.is_any(last, words!["said", "says", "found", "finds", "shows", "showed", "stated", "states", "suggests", "suggested", "concluded", "noted"]) {
            return false;
        }
        // "..., ruling that it likely violates the constitution": the participle after a comma;
        // "a lower court ruling that ..." is the noun, whose court the walk left of it misreads.
        if doc.is(first, "ruling") && !(first > sent_first && is_mark(doc, first - 1, b',')) {
            return false;
        }
        // "checked Trump's claim that ...", "rejected their demand that ...": the noun after a
        // possessive, with a clause of its own, reports the possessor's words.
        // So is one whose clause follows a short phrase of where or when: "his claim in a recent
        // interview that he had done so".
        if first > 0 && possessor(doc, first, sent_first).is_some() {
            let sentence_end = doc.sentences[doc.sentence_of(first)].last;
            let that = if last < doc.tokens.len() && doc.is_any(last, words!["in", "on", "at", "during"]) {
                (last + 1..sentence_end.min(last + 9)).take_while(|&k| doc.tokens[k].kind == TokenKind::Word).find(|&k| doc.is(k, "that"))
            } else {
                Some(last)
            };
            return that.is_some_and(|k| k + 1 < doc.tokens.len() && doc.is(k, "that") && clause_at(doc, k + 1, sentence_end));
        }
        // ("... and found that drinkers had a lower risk": a past form after "and" with a clause
        // is the subject's second verb, not a noun in a list.)
        let second_verb = || {
            doc.is(first - 1, "and")
                && (word.ends_with(b"ed") || word.eq_ignore_ascii_case(b"found"))
                && last + 1 < doc.tokens.len()
                && doc.is(last, "that")
                && doc.tokens[last + 1].kind == TokenKind::Word
                && !doc.is_any(last + 1, FINITE)
        };
        // ("Many see the deal as a betrayal": a quantifier opening the sentence is the subject
        // of a view with "as".)
        let quantified_view = || first == sent_first + 1 && t.as_object && as_view(doc, first, last, sent_first, doc.sentences[doc.sentence_of(first)].last);
        // ("The Daily News claims that", "Fox News reports that": a preceder in a name's
        // capitals is the name's last word.)
        // (The verb's "-s" agrees with the name: "a Breitbart News report" is the noun.)
        let in_name = || first >= sent_first + 2 && word.ends_with(b"s") && starts_upper(doc, first - 1) && starts_upper(doc, first - 2) && doc.tokens[first - 2].kind == TokenKind::Word;
        // ("was careful to note that ...": the infinitive after "be" and an adjective of
        // readiness is the verb.)
        let ready = || readiness_before(doc, first - 1, sent_first).is_some();
        if first > 0 && doc.is_any(first - 1, NOUN_PRECEDERS) && !second_verb() && !quantified_view() && !in_name() && !ready() {
            return false;
        }
        // (So past an adverb and a participle: "a widely shared claim that".)
        if first >= 3 && doc.is_any(first - 3, NOUN_PRECEDERS) && is_ly_adverb(doc, first - 2) && doc.token_bytes(first - 1).ends_with(b"ed") {
            return false;
        }
        if first > 0 && is_possessive(doc.token_text(first - 1)) {
            return false;
        }
        // "its upward revised estimate", "The latest Coffee Institute estimate", "earlier company
        // forecasts": a modifier of the noun a few words before it.
        if doc.is_any(first, words!["estimate", "estimates", "forecast", "forecasts"])
            && (first.saturating_sub(4).max(sent_first)..first).any(|k| doc.is_any(k, words!["latest", "earlier", "revised", "previous", "preliminary", "official", "upward", "downward"]))
        {
            return false;
        }
        // Only an unmistakable verb use counts: a "that" clause or a colon next (a quotation next
        // is often a title: "the reality show “The Apprentice”"), or the verb closing the
        // sentence after its subject, which a comma sets off from the content: "Prices will
        // rise, the bank estimates."
        // The subject opens with a determiner, a pronoun or a name, so that a list ("wages and
        // profit estimates.") is not read as one.
        // A listed source noun may open it bare: "..., figures from the ministry show."
        // A headline has no stop: "Pop star heartbroken after split, insiders claim".
        let unit_last = doc.sentences[doc.sentence_of(first)].last;
        let evidence = |k: usize| doc.is_any(k, source::DOCUMENTS) || doc.is_any(k, EVIDENCE);
        // (Past a time: "..., the court ruled on Tuesday.", "..., a judge found last week.")
        const TIME_LEADS: Words = words!["on", "last", "this", "earlier"];
        let mut e = last;
        while e < unit_last && e < last + 3 && (doc.is_any(e, TIME_WORDS) || doc.is_any(e, TIME_NOUNS) || doc.is_any(e, TIME_LEADS)) {
            e += 1;
        }
        // (Not "this" alone: "hadn't realized this, that ...".)
        if e > last && doc.is_any(e - 1, TIME_LEADS) {
            e = last;
        }
        let closes_report = (e >= unit_last || e < doc.tokens.len() && (is_end_punct(doc, e) || is_mark(doc, e, b',')))
            && (first.saturating_sub(12).max(sent_first)..first.saturating_sub(1))
                .rev()
                .find(|&k| doc.tokens[k].kind == TokenKind::Punct && !source::is_abbrev_dot_pub(doc, k))
                .is_some_and(|k| {
                    // (Or a quotation closing on its comma: "“...,” she recalls.")
                    let after_quote = is_quote_mark(doc, k) && k > sent_first && (is_mark(doc, k - 1, b',') || is_mark(doc, k - 1, b'?') || is_mark(doc, k - 1, b'!'));
                    // ("..., a study by the council found.", "..., an analysis of the invoices
                    // found.", "..., records obtained by the Ledger show.": a document or a body
                    // of evidence names its author or its matter after "by", "from" or "of",
                    // and takes a few more words.)
                    let authored = |j: usize| {
                        evidence(j)
                            && j + 2 < first
                            && (doc.is_any(j + 1, words!["of", "from", "by"])
                                || doc.is(j + 2, "by") && (doc.token_text(j + 1).ends_with("ed") || doc.is_any(j + 1, words!["seen", "shown", "kept", "given", "taken", "made"])))
                    };
                    // (Up to three modifiers before the noun: "..., records show.", "..., new
                    // fundraising reports show.", "..., campaign and corporate records show.")
                    // ("..., as the latest international rankings show.": after "as" too.)
                    let modified_evidence = || {
                        let reach = if doc.is(k + 1, "as") { k + 6 } else { k + 5 };
                        // (The last such noun is the head: "test scores show".)
                        (k + 1..reach.min(first)).rev().find(|&j| evidence(j)).is_some_and(|j| {
                            // ("..., previous research has shown.": the perfect's auxiliary
                            // stands between.)
                            let verb_next = j + 1 == first || j + 2 == first && doc.is_any(j + 1, words!["has", "have", "had"]);
                            (k + 1..j).all(|i| doc.tokens[i].kind == TokenKind::Word && !starts_upper(doc, i)) && (verb_next || first - j <= 6 && authored(j))
                        })
                    };
                    (is_mark(doc, k, b',') || after_quote)
                        && ((source::is_det(doc, k + 1) || doc.is_any(k + 1, source::PRONOUNS) || starts_upper(doc, k + 1))
                            && (first - k <= 5 || (k + 2..(k + 5).min(first)).any(authored))
                            || source::is_bare_source(doc, k + 1) && !starts_upper(doc, k + 1)
                            || modified_evidence())
                });
        // After a listed source noun, a clause of its own next is the verb's content too: "The
        // council claims the closures will save money" ("insurance claims rose" has no source
        // noun before it, nor a clause after).
        let sentence_end = doc.sentences[doc.sentence_of(first)].last;
        // So is one opening with a possessive after "claims": "A London start-up claims its
        // system can detect cancer" (the noun "claims" is rarely followed by "its" and a clause).
        // So does a name of two words or more, or one after a listed noun: "Sky Sports News
        // understands personal terms are agreed", "Portuguese newspaper Record claims United have
        // offered ..." ("Johnson claims rose" has no clause after it). Only verbs whose noun
        // takes no clause without "that" ("The IMF report said ...", "Dalkon Shield claims that
        // must be dealt with", "the company Ferrominera saw its profits rise").
        // So does a one-word name opening the sentence: "Trump claims he is worth $10 billion",
        // "Clinton knows Sanders will run" (a compound noun would have its own verb: "Medicare
        // claims rose").
        // The subject ends before the cue, or before an adverb of the verb group in front of it:
        // "and Ms. Okafor also claims the survey ...", "He also claims he was ...".
        let subject_end = if first > sent_first + 1 && doc.is_any(first - 1, GROUP_ADVERBS) { first - 1 } else { first };
        let name_before = || {
            let n = subject_end;
            last < sentence_end
                && !doc.is(last, "that")
                && doc.is_any(first, words!["claims", "understands", "estimates", "maintains", "believes", "learned", "insists", "contends", "argues", "fears", "expects", "knows", "knew", "feels", "felt"])
                && n > sent_first
                && starts_upper(doc, n - 1)
                && doc.tokens[n - 1].kind == TokenKind::Word
                // ("Production estimates for maize were ...", "Cuban knows as much about ...":
                // the noun's phrase, a comparison.)
                && !doc.is_any(last, words!["for", "as", "and", "or", "but", "than"])
                && (n - 1 == sent_first && !doc.is_any(n - 1, NOUN_DETERMINERS)
                    // ("Ms. Okafor claims": a title's stop before the name.)
                    || n > sent_first + 1 && (starts_upper(doc, n - 2) && doc.tokens[n - 2].kind == TokenKind::Word || source::is_listed(doc, n - 2) || source::is_abbrev_dot_pub(doc, n - 2)))
        };
        // ("The panel in 2001 found the firm was in breach": a time after the source.)
        // ("Supporters of the new stadium claim it will": a listed noun before its "of" phrase.)
        // ("Anyone who uses the road knows it is nonsense": a relative on a person before it.)
        let subject_phrase_before = || (first.saturating_sub(5).max(sent_first + 1)..first).any(|k| doc.is(k, "of") && source::is_listed(doc, k - 1) || doc.is(k, "who") && k + 2 < first);
        let source_then_clause = first > sent_first
            && (source::is_listed(doc, first - 1 - source::time_tail(doc, sent_first, first).min(first - 1 - sent_first))
                || subject_phrase_before()
                || doc.is_any(first, words!["claims", "claim"]) && last < sentence_end && doc.is_any(last, words!["its", "his", "her", "their", "our"])
                || name_before())
            && clause_at(doc, last, sentence_end);
        // "Polls show a close contest", "A 2014 study by a law professor found 31 cases": after
        // a document, a poll or research as its subject, a finding is reported whatever follows
        // ("documents found in the house" is a participle).
        // "with polls showing her well behind": the participle right after such a subject.
        // ("Results will show a loss" forecasts; it reports nothing.)
        let finding = || {
            t.word == CueWord::Finding
                && !(first > sent_first && doc.is_any(first - 1, words!["will", "would", "could", "should", "may", "might", "to"]))
                && (doc.is_any(first, words!["show", "shows", "found", "finds"]) || doc.is(first, "showing") && first > sent_first && (evidence(first - 1) || authored_evidence(doc, first, sent_first).is_some()))
                && last < doc.tokens.len()
                // (A quotation may be the finding: 'A House report found "no evidence of ..."'.)
                && (doc.tokens[last].kind != TokenKind::Punct || is_quote_mark(doc, last) && last + 1 < doc.tokens.len() && doc.tokens[last + 1].kind == TokenKind::Word)
                && !doc.is_any(last, PREPOSITIONS)
                && (first.saturating_sub(8).max(sent_first)..first)
                    .rev()
                    .take_while(|&k| doc.tokens[k].kind != TokenKind::Punct || source::is_abbrev_dot_pub(doc, k) || source::is_joiner(doc, k))
                    // (The plain "show" agrees with a plural: "The poll on the breakfast
                    // television show gave ..." has the programme, not a finding.)
                    .any(|k| (evidence(k) || !doc.is(first, "showing") && doc.is_any(k, RESEARCHERS)) && (!doc.is(first, "show") || plural_or_mass(doc, k) || doc.is_any(first - 1, words!["not", "did", "does", "do"])))
        };
        // A "that" with a verb right after it opens a relative clause on the noun ("emails that
        // leaked", "claims that were filed"), not the words reported.
        // (A past form is the clause's verb when a preposition, punctuation or a time follows
        // it: "that leaked in July", "disputes that flared last year"; "that unnamed banks had"
        // opens a clause of its own.)
        let relative_that = || {
            last + 1 < doc.tokens.len()
                && (doc.is_any(last + 1, FINITE)
                    || doc.token_bytes(last + 1).ends_with(b"ed")
                        && !starts_upper(doc, last + 1)
                        && (last + 2 >= doc.tokens.len() || doc.tokens[last + 2].kind == TokenKind::Punct || doc.is_any(last + 2, PREPOSITIONS) || doc.is_any(last + 2, TIME_WORDS)))
        };
        // "subtle hints that", "public claims that": after an adjective the word is the noun, and
        // its "that" clause says what the hints were, not who gave them. (A subject before the
        // verb is a name, a pronoun, a listed source or a plural: "Officials claim that".)
        // (Only a plain adjective: "and ruled that", "last year found that" are verbs.)
        let adjective_before = first > sent_first && {
            let k = first - 1;
            let w = doc.token_bytes(k);
            doc.tokens[k].kind == TokenKind::Word
                && !starts_upper(doc, k)
                && !source::is_listed(doc, k)
                && (doc.is_any(k, words!["public", "new", "subtle", "recent", "false", "wild", "repeated", "persistent", "unconfirmed", "published", "earlier", "previous", "unfounded", "baseless"])
                    || w.len() > 4 && [&b"al"[..], b"ous", b"ive", b"ful", b"ic"].iter().any(|e| w.ends_with(e)) && !doc.is_any(k, words!["official", "officials"])
                    || modifier_of_singular(doc, k, first, sent_first))
        };
        // (A past verb's "that" may follow a phrase of when or where: "ruled last year in a
        // similar case that ...", "found in a 2019 study that ...".)
        let that_after_adverbial = || {
            (word.ends_with(b"ed") || doc.is(first, "found"))
                && !adjective_before
                && last < sentence_end
                && (doc.is_any(last, PREPOSITIONS) || doc.is_any(last, TIME_WORDS))
                && (last + 1..sentence_end.min(last + 10))
                    .take_while(|&k| matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number) && !doc.is_any(k, FINITE))
                    .find(|&k| doc.is(k, "that"))
                    .is_some_and(|k| clause_at(doc, k + 1, sentence_end))
        };
        // (Or an aside set off by commas: "The report claims, without evidence, that ...".)
        let that_after_aside = || {
            is_mark(doc, last, b',')
                // (A verb right after the "that", or its adverb, makes it a relative: "claims,
                // since settled, that were filed", "reports, including hers, that clearly show".)
                && (last + 2..sentence_end.min(last + 8))
                    .find(|&k| is_mark(doc, k, b','))
                    .is_some_and(|k| k + 2 < sentence_end && doc.is(k + 1, "that") && doc.tokens[k + 2].kind == TokenKind::Word && !doc.is_any(k + 2, FINITE) && !doc.token_bytes(k + 2).ends_with(b"ed") && !is_ly_adverb(doc, k + 2))
        };
        // ("maintain that momentum.": a "that" that only points at the object.)
        let next_marks = last < doc.tokens.len() && (doc.is(last, "that") && !relative_that() && !adjective_before && !that_determiner(doc, last, sentence_end) || is_mark(doc, last, b':') || that_after_adverbial() || that_after_aside());
        // A participle has no subject of its own before it ("Other states showing big
        // enrollment were ..."): only a finding's frame makes it a report.
        let participle = t.word == CueWord::Finding && doc.is(first, "showing");
        if participle && !finding() {
            return false;
        }
        // A subject pronoun right before and a clause right after make the verb too: "I know
        // Americans are impatient", "They claim the plan failed" (the noun would follow "their").
        // So does a short object and a colon: "Every study has found the same thing: traffic
        // grows ...", "Some see a healthy adjustment: ...".
        let object_then_colon = || {
            first > sent_first
                && last < sentence_end
                && doc.tokens[last].kind == TokenKind::Word
                && (last..sentence_end.min(last + 5)).find(|&k| doc.tokens[k].kind != TokenKind::Word).is_some_and(|k| is_mark(doc, k, b':') && k + 1 < sentence_end)
        };
        // (So may the relative "who" before a verb of asserting or feeling: "women who claim
        // he assaulted them"; "who knows what", "analysts who know GAF" take an object.)
        let pronoun_then_clause = || {
            subject_end > sent_first && {
                let s = subject_end - 1;
                (doc.is_any(s, SUBJECT_PRONOUNS) && !doc.is_any(s, words!["there", "it"]) || s > sent_first && doc.is(s, "who") && doc.is_any(first, ASSERTING))
                    && clause_at(doc, last, sentence_end)
            }
        };
        // In a headline after a name the present is the verb, with its object: "Donald Trump
        // Praises Breitbart's Editor", "Bernie Sanders promises action on immigration" (a
        // headline reports in the present; a story's "praises" after a name is rarer than its
        // noun, "the Smith praises").
        let headline_judgement = || {
            doc.is_any(first, HEADLINE_JUDGEMENTS)
                && first > sent_first
                && starts_upper(doc, first - 1)
                && doc.tokens[first - 1].kind == TokenKind::Word
                && last < sentence_end
                && doc.tokens[last].kind == TokenKind::Word
                && !doc.is_any(last, PREPOSITIONS)
                && (headline() || !is_end_punct(doc, sentence_end - 1))
        };
        // "The panel now recommends against starting aspirin": advice against something is the
        // verb's; no noun "recommends" stands before "against".
        let advises_against = last < doc.tokens.len() && doc.is(last, "against") && doc.is_any(first, words!["recommends", "recommend"]) && first > sent_first;
        // A forecast or a claim after the perfect's auxiliary is the verb, whatever follows:
        // "Economists had forecast 185,000 new jobs", "has alleged copyright infringement".
        // (Other participles are other senses as often: "has ruled Iraq", "had realized $1
        // billion", "had learned from their mistakes".)
        let perfect = || {
            first > sent_first
                && doc.is_any(first - 1, words!["has", "have", "had"])
                && doc.is_any(first, words!["forecast", "forecasted", "predicted", "projected", "alleged", "claimed"])
                && last < sentence_end
                && matches!(doc.tokens[last].kind, TokenKind::Word | TokenKind::Number)
                // ("the 40 cts he had forecast before Anacomp agreed": the object went before.)
                && !doc.is_any(last, PREPOSITIONS)
                && !doc.is_any(last, words!["for", "as", "if", "since", "because", "until", "and", "but", "or"])
        };
        // "He claims to have found a cure", "senators who claim to object": the verb with an
        // infinitive after its subject ("his claim to fame", "claims to the land" are the
        // noun's, after a possessive or before a determiner).
        let claim_to = || {
            subject_end > sent_first
                && last + 1 < sentence_end
                && doc.is(last, "to")
                && doc.is_any(first, words!["claims", "claim"])
                && doc.tokens[last + 1].kind == TokenKind::Word
                && !starts_upper(doc, last + 1)
                && !source::is_det(doc, last + 1)
                && !doc.is_any(last + 1, words!["fame", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those"])
                // ("as wealthy as he claims to be", "richer than they claim to be": a comparison's
                // complement went before.)
                && !(subject_end.saturating_sub(5).max(sent_first)..subject_end - 1).any(|k| doc.is_any(k, words!["as", "than"]))
                && {
                    let s = subject_end - 1;
                    doc.tokens[s].kind == TokenKind::Word
                        && (doc.is_any(s, SUBJECT_PRONOUNS) && !doc.is(s, "there")
                            || doc.is_any(s, words!["who", "that", "which"])
                            || starts_upper(doc, s)
                            || doc.token_bytes(s).ends_with(b"s") && !doc.is_any(s, words!["its", "his", "this", "was", "is", "has"]))
                }
        };
        // ("AI will replace half of all office jobs, claims tech boss.": inverted, the speaker
        // after it closing the sentence.)
        let inverted = || {
            // (Not a verb after it: "Profits fell, claims rose.")
            let n = (last..unit_last).take_while(|&k| doc.tokens[k].kind == TokenKind::Word && !doc.is_any(k, FINITE) && !ends_subject(doc, k) && !is_ly_adverb(doc, k)).count();
            doc.is(first, "claims") && first > sent_first && is_mark(doc, first - 1, b',') && (1..=5).contains(&n) && (last + n >= unit_last || is_end_punct(doc, last + n)) && source::holder(doc, last, last + n)
        };
        if !(next_marks
            || claim_to()
            || closes_report
            || inverted()
            || advises_against
            || perfect()
            || headline_judgement()
            || last < doc.tokens.len() && source_then_clause
            || finding()
            || t.as_object && as_view(doc, first, last, sent_first, sentence_end)
            || pronoun_then_clause()
            || object_then_colon())
        {
            return false;
        }
        if first == sent_first {
            return false;
        }
    }
    // A verb of attitude or intention that is also a noun or an adjective: "their hopes", "the
    // plans", "Hope Street", "a wanted man". Only a verb right after its subject counts; what
    // follows it is checked once the source and content are known.
    if t.attitude {
        if capital && first > sent_first && !headline() {
            return false;
        }
        // After "and", "but" or "yet" a verb form with an inflection is a second verb of the same
        // subject ("... and plans to run", "but refuses to pay"); a bare form there is as likely
        // a noun ("jobs and support").
        let ends_in = |e: &[u8]| word.len() >= e.len() && word.at(word.len() - e.len()..).eq_ignore_ascii_case(e);
        let inflected = ends_in(b"s") || ends_in(b"ed") || word.eq_ignore_ascii_case(b"sought");
        let coordinated = first > 0 && doc.is_any(first - 1, COORDINATORS) && inflected;
        // A quantifier alone is the subject of a bare plural verb: "Many believe", "Some want";
        // before an inflected form it quantifies a noun: "many plans", "some hopes".
        let quantified = first > 0 && !inflected && doc.is_any(first - 1, words!["many", "some", "several", "both", "all", "most", "few"]);
        if first == sent_first || first > 0 && doc.is_any(first - 1, NOUN_PRECEDERS) && !coordinated && !quantified {
            return false;
        }
        if first > 0 && is_possessive(doc.token_text(first - 1)) {
            return false;
        }
    }
    // After a determiner the word is a noun: "the show", "a report", "their calls". But "her"
    // may be the object ending a relative clause, and then a verb with a clause of its own
    // follows it: "People who know her say she is stubborn" ("had her say on the plan" has none).
    let object_her = || {
        doc.is(first - 1, "her")
            && first >= sent_first + 2
            && (first.saturating_sub(7).max(sent_first)..first - 1).any(|k| doc.is_any(k, words!["who", "that"]))
            && clause_at(doc, last, doc.sentences[doc.sentence_of(first)].last)
    };
    if first > sent_first
        && !(t.word == CueWord::According && doc.is(first, "according"))
        && doc.is_any(first - 1, NOUN_DETERMINERS)
        && !object_her()
    {
        return false;
    }
    // So is "warning" after a determiner and up to four words of description: "its highest
    // warning for three river basins", "a blizzard warning", "its first ever red warning for
    // extreme heat". ("is still warning" has no determiner; "a statement warning it will ..."
    // is a noun and its participle, which has a clause; "a friendly warning not to use it" has
    // its words.) The clause is its sentence's: one read on past a paragraph break would lie in
    // paragraphs a re-analysed window need not hold.
    // (Of the verb group's adverbs only those that describe a noun too: "its first ever".)
    let describes = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word
            && !starts_upper(doc, k)
            && !doc.is_any(k, BE)
            && (!doc.is_any(k, GROUP_WORDS) || doc.is_any(k, words!["first", "ever", "only", "earlier", "further"]))
            && !is_ly_adverb(doc, k)
    };
    let determined = || {
        let mut k = first - 1;
        while k > sent_first && first - k <= 4 && describes(k) {
            k -= 1;
            if doc.is_any(k, NOUN_DETERMINERS) {
                return true;
            }
        }
        false
    };
    if t.word == CueWord::Warning
        && first >= sent_first + 2
        && determined()
        && !(last < doc.tokens.len()
            && (doc.is_any(last, words!["that", "not", ":"]) || is_quote_mark(doc, last) || clause_at(doc, last, doc.sentences[doc.sentence_of(first)].last)))
    {
        return false;
    }
    // Business acts that share a verb with reporting: "declared a quarterly dividend", "posted a
    // loss", "concluded a licence agreement", "affirmed the ratings on $1 billion of debt", "talks
    // concluded"; and a side's in a game, "conceded two goals". (Not the subject of a clause:
    // "conceded the accord would stabilise prices".) What follows, up to a "that", names the act:
    // in its own sentence, which a stop need not end (a paragraph break does).
    if t.act {
        let sentence_end = doc.sentences[doc.sentence_of(first)].last;
        let act = (last..sentence_end.min(last + 8)).take_while(|&k| !is_end_punct(doc, k) && !doc.is(k, "that")).any(|k| doc.is_any(k, ACTS) && !(k > last && source::is_det(doc, k - 1) && k + 1 < sentence_end && doc.is_any(k + 1, FINITE)));
        if act || first > sent_first && doc.is_any(first - 1, words!["talks", "negotiations", "meeting", "session"]) {
            return false;
        }
    }
    // "dismissed the claims as wild", "dismissed speculation that ...", "dismissed critics who
    // ..." report; "dismissed its coach", "dismissed Smith after the defeat", "dismissed the
    // lawsuit", "dismissed six of the nine actions" do not. In the active voice, with nothing
    // said or thought named after it, an object that is a post, a person by name, a case in
    // court or a count is a deed. (A passive keeps its source elsewhere: "was dismissed by
    // other senior officials".)
    if t.idea && !(doc.is_any(first, BE) || first > sent_first && doc.is_any(first - 1, BE)) {
        let sentence_end = doc.sentences[doc.sentence_of(first)].last;
        let said = (last..sentence_end.min(last + 8))
            .any(|k| doc.is_any(k, IDEA_NOUNS) || doc.is_any(k, words!["as", "that", ":"]) || is_quote_mark(doc, k));
        let mut k = last;
        while k < sentence_end && (source::is_det(doc, k) || is_possessive(doc.token_text(k))) {
            k += 1;
        }
        // (A name that owns what follows is no person dismissed: "dismissed Bernie Sanders’
        // plan".)
        let name_end = (k..sentence_end).find(|&e| !starts_upper(doc, e)).unwrap_or(sentence_end);
        let owner = (k..(name_end + 1).min(sentence_end)).any(|e| {
            let t = doc.token_text(e);
            is_possessive(t) || t.ends_with('\'') || t.ends_with('\u{2019}')
        });
        let deed = k < sentence_end
            && (doc.tokens[k].kind == TokenKind::Number
                || doc.is_any(k, DEEDS_NOT_SAID)
                || doc.is_any(k, crate::engine::context::NUMBER_WORDS)
                || name_end > k && !owner);
        if !said && deed {
            return false;
        }
    }
    // "Rubio offered a defence of the bill", "gave a roundabout answer", "delivered a sharp
    // critique": a verb of giving reports only when its object, right after it, names words.
    // ("offered a discount", "gave Clinton the nod" report nothing. Nor does "gave no details":
    // the writer's note of what was left unsaid, as in `withheld_at`; nor "delivered a speech",
    // an event whose words the sentence does not give.)
    if t.said_object {
        let sentence_end = doc.sentences[doc.sentence_of(first)].last;
        let said = (last..sentence_end.min(last + 5))
            .take_while(|&k| {
                doc.tokens[k].kind == TokenKind::Word
                    && !doc.is_any(k, PREPOSITIONS)
                    && !doc.is_any(k, FINITE)
                    && !doc.is_any(k, words!["no", "few", "little", "any"])
                    && (k == last || !starts_upper(doc, k))
            })
            .find(|&k| doc.is_any(k, SAID_NOUNS))
            // (The noun heads the object: "gave a speech", not "gave a speech writer".)
            .is_some_and(|k| k + 1 >= sentence_end || doc.tokens[k + 1].kind != TokenKind::Word || doc.is_any(k + 1, PREPOSITIONS) || doc.is_any(k + 1, words!["that", "and", "about", "as", "than"]));
        // (In a headline's capitals the word is as often the noun: "DELAYS DEBENTURE OFFERING".)
        if !said || first > sent_first && (doc.is_any(first - 1, BE) || capital) {
            return false;
        }
    }
    // "Traders put the likely tonnage at around 60,000", "A U.S. assessment puts 1987 output at
    // 1.45 mln tonnes": "put" reports an estimate only with its object, then "at" or "on" and a
    // number ("put pressure on", "put it to the vote" report nothing).
    if t.estimate {
        let sentence_end = doc.sentences[doc.sentence_of(first)].last;
        let number = |k: usize| {
            k < sentence_end
                && (doc.tokens[k].kind == TokenKind::Number
                    || doc.is_any(k, crate::engine::context::NUMBER_WORDS) && !doc.is(k, "one")
                    || doc.tokens[k].kind == TokenKind::Punct && k + 1 < sentence_end && doc.tokens[k + 1].kind == TokenKind::Number)
        };
        let estimated = (last..sentence_end.min(last + 8))
            .take_while(|&k| doc.tokens[k].kind != TokenKind::Punct && !doc.is_any(k, FINITE))
            .find(|&k| doc.is_any(k, words!["at", "on"]))
            .is_some_and(|k| {
                // (Past up to three words that round or bound it: "at about", "at up to", "at
                // closer to", "at more than".)
                const BOUNDS: Words = words![
                    "about", "around", "some", "nearly", "almost", "roughly", "approximately", "between", "over", "under", "just", "only", "up", "to",
                    "close", "closer", "more", "less", "than",
                ];
                let n = (k + 1..sentence_end.min(k + 4)).take_while(|&i| doc.is_any(i, BOUNDS)).count();
                k > last && number(k + 1 + n)
            });
        // (Not what an act will bring about: "The operation will put the bill supply at 1,300
        // billion yen". Nor the participle after its noun: "growth, put earlier at 0.13 pct".)
        let caused = first > sent_first && doc.is_any(first - 1, BARE_INFINITIVE_BEFORE);
        let participle = first > sent_first && is_mark(doc, first - 1, b',');
        if !estimated || caused || participle {
            return false;
        }
    }
    // "The case has prompted calls for", "renewed calls for", "sparked fears", "raised hopes": a
    // plural noun right after a verb in the past is its object, not a verb of its own; so it is
    // after a verb that follows "to" or a modal ("is likely to fuel calls for", "would resist
    // calls for"), and after a word that follows "to" ("in response to mounting calls for").
    // After a word in "-ing" it is an object too ("were making calls"), or the noun a participle
    // describes ("amid growing calls for", "mounting fears"); but after "the" that word is as
    // often a noun of its own ("The ruling calls into question").
    if first > sent_first
        && doc.is_any(first, words!["calls", "fears", "hopes", "plans", "demands", "claims", "warnings"])
        && !starts_upper(doc, first - 1)
        && ({
            let prev = doc.token_bytes(first - 1);
            prev.ends_with(b"ed") && prev.len() > 4 || prev.ends_with(b"ing") && prev.len() > 5
        }
            && !(first >= sent_first + 2 && doc.is_any(first - 2, NOUN_DETERMINERS))
            || first >= sent_first + 2 && doc.is_any(first - 2, BARE_INFINITIVE_BEFORE) && !doc.is_any(first - 1, NOUN_DETERMINERS))
    {
        return false;
    }
    // "These results, if confirmed, would ...", "unless approved", "once ratified": a participle
    // after a conjunction of condition or time states a condition, and nobody reports anything.
    // ("One aide once described him as ..." is a time: "once" is a condition only when the
    // clause ends at the participle.)
    if first > sent_first && word.ends_with(b"ed") {
        let clause_ends = || last < doc.tokens.len() && (is_mark(doc, last, b',') || doc.is_any(last, FINITE));
        if doc.is_any(first - 1, words!["if", "unless", "until"]) || doc.is(first - 1, "once") && clause_ends() {
            return false;
        }
    }
    // "It is worth noting that", "worth mentioning": the writer's own comment.
    if first > sent_first && doc.is(first - 1, "worth") {
        return false;
    }
    // "Ministers accused of fiddling the figures", "banks blamed for the crisis": a verb of
    // judgement names its target before "of", "for" or "as" ("accused the firm of"), so right
    // before one it is a passive participle and the noun before it the target, not the speaker.
    // A form of "be" or "have" (past adverbs: "was also accused of", "has long blamed") makes a
    // finite verb, passive or active, and so does "who" ("who yesterday denounced as
    // unacceptable ...").
    let finite_before = || {
        let mut k = first;
        while k > sent_first
            && first - k < 3
            && (is_manner_adverb(doc, k - 1) || doc.is_any(k - 1, TIME_WORDS) || doc.is_any(k - 1, words!["not", "also", "never", "long", "often", "now", "already", "still", "even"]))
        {
            k -= 1;
        }
        k > sent_first && (doc.is_any(k - 1, BE) || doc.is_any(k - 1, words!["has", "have", "had", "who"]))
    };
    // "what he described as sound", "a breach which prosecutors condemned as serious": a subject
    // before the verb, its object the relative before that; the verb is active and reports.
    let object_gap_before = || {
        doc.is_any(first - 1, SUBJECT_PRONOUNS) || (first.saturating_sub(4).max(sent_first)..first).any(|k| doc.is_any(k, words!["what", "which", "whom"]))
    };
    if last == first + 1
        && last < doc.tokens.len()
        && cue_starts_with(doc, first, t.judged, JUDGED_TARGET_FIRST)
        && doc.is_any(last, words!["of", "for", "as", "with"])
        && !finite_before()
        && !object_gap_before()
    {
        return false;
    }
    // After a measure like "10-year" or "two-year" too: "the 10-year note", "a 30-day notice".
    // ("Two-thirds say", "Forty-two said": a share or a number is the subject, not a measure.)
    if first >= sent_first + 3
        && crate::engine::context::in_hyphen_compound(doc, first - 1, first)
        && crate::engine::context::quantity_at(doc, first - 3)
        && !source::is_share(doc, first - 1)
        && !crate::engine::context::quantity_at(doc, first - 1)
    {
        return false;
    }
    // A participle used as an adjective: "the alleged attack", "300 pledged delegates"; but after
    // a form of "be" and an adverb it is a passive verb: "it is widely believed that". After
    // "and", a form with "that" right after it is a second verb of the subject ("said the plan
    // was sound, and added that costs would fall"), not one of two adjectives ("tired and
    // hungry").
    let passive_after_adverb = || first >= 2 && (doc.is_any(first - 2, BE) || doc.is_any(first - 2, source::CONTRACTED)) && is_manner_adverb(doc, first - 1);
    // The words after the verb that the tests below read are its sentence's: a paragraph break
    // ends one without a stop, and a re-analysed window may not hold the paragraphs after it.
    // (Joined over a stop after an abbreviation: "warned the U.S. Any interference ... would".)
    let sentence_end = || sentence_bounds(doc, doc.sentence_of(first)).1;
    // A bare hearer and its infinitive: "and urged drivers to avoid", "and urged anyone with
    // concerns to call".
    let hearer_then_to = || {
        let to_after = |k: usize| k < doc.tokens.len() && doc.is(k, "to");
        doc.tokens[last].kind == TokenKind::Word
            && !starts_upper(doc, last)
            && (to_after(last + 1) || doc.is_any(last, words!["anyone", "everyone", "anybody", "everybody"]) && (last + 2..sentence_end().min(last + 6)).any(to_after))
    };
    // A verb of judgement with its target and the charge: "and accused foreign journalists of
    // spreading lies", "and praised the deal as a breakthrough" ("tired and praised for his
    // work" has no target).
    let target_then_reason = || {
        doc.tokens[last].kind == TokenKind::Word
            && !doc.is_any(last, words!["of", "for", "as", "by"])
            && (last + 1..sentence_end().min(last + 6)).take_while(|&k| doc.tokens[k].kind == TokenKind::Word).any(|k| doc.is_any(k, words!["of", "for", "as"]))
    };
    // So is a phrase ("and called on the minister") or a verb with a hearer ("and urged MPs to").
    let verb_after_and = || {
        doc.is(first - 1, "and")
            && last < doc.tokens.len()
            && (doc.is(last, "that")
                // "and questioned whether", "and asked how": a question put, which no adjective
                // takes.
                || doc.is_any(last, words!["whether", "how", "why"])
                // "insisted the contracts were legal and claimed the audit was a hit job": a
                // clause of its own after the verb ("the reported and confirmed cases were
                // rising" has no determiner after the participle).
                || source::is_det(doc, last) && clause_at(doc, last, sentence_end())
                // "launched an ad buy and announced it would seek a recount": a subject pronoun
                // with a verb of its own is a clause too ("and announced it on Tuesday" is an
                // object).
                || doc.is_any(last, SUBJECT_PRONOUNS) && !doc.is(last, "there") && pronoun_then_verb(doc, last, sentence_end())
                // "and promised to look into alternatives", "and refused to pay" ("prices were
                // higher and expected to rise" is a state, not an act).
                || doc.is(last, "to") && !t.weak && !t.quote && !t.reply && !doc.is(first, "expected")
                || last > first + 1
                || t.tell && (source::is_det(doc, last) || starts_upper(doc, last) || doc.is_any(last, OBJECT_PRONOUNS) || hearer_then_to())
                || t.judged && target_then_reason()
                // "and called him a pragmatic strategist": a person and the name given them ("and
                // called it a day" ends an effort).
                || t.word == CueWord::Called && doc.is_any(last, OBJECT_PRONOUNS) && last + 2 < sentence_end() && source::is_det(doc, last + 1)
                // "and called the political system “rotten to the core”": an object, then a
                // quotation.
                || t.weak && (last + 1..sentence_end().min(last + 8)).any(|k| is_quote_mark(doc, k)) && (source::is_det(doc, last) || starts_upper(doc, last) || doc.is_any(last, OBJECT_PRONOUNS)))
    };
    // "Some warned that ...", "But most argued the plan ...": a quantifier opening the sentence
    // is its subject when a clause follows the verb; before a noun it is the adjective's
    // ("Some elected officials").
    let quantifier_subject = || {
        let opens = first - 1 == sent_first || first - 2 == sent_first && doc.is_any(sent_first, COORDINATORS);
        opens
            && doc.is_any(first - 1, words!["some", "most"])
            && last < doc.tokens.len()
            && (doc.is(last, "that") || source::is_det(doc, last) || doc.is_any(last, SUBJECT_PRONOUNS) || is_quote_mark(doc, last))
    };
    // "The council issued a statement that revealed the mayor had resigned": after a document
    // that is the object of a verb, a relative "that" and a clause make the verb the document's
    // finding. (Not in the subject: in "The report that showed the decline was withdrawn" the
    // clause runs on to the sentence's own verb.)
    let relative_finding = || {
        doc.is_any(first, words!["showed", "revealed", "indicated", "suggested", "confirmed"])
            && first >= sent_first + 3
            && doc.is(first - 1, "that")
            && doc.is_any(first - 2, source::DOCUMENTS)
            && (sent_first..first - 2).any(|k| doc.is_any(k, FINITE) || !starts_upper(doc, k) && doc.token_bytes(k).ends_with(b"ed"))
            && clause_at(doc, last, sentence_end())
    };
    if word.ends_with(b"ed")
        && first > sent_first
        && !verb_after_and()
        && !quantifier_subject()
        && !relative_finding()
        && (doc.is_any(
            first - 1,
            words![
                "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "of", "with", "and", "or", "nearly", "some",
                "any", "no", "more", "most", "widely",
                // After a preposition the participle describes what follows: "talks over disputed
                // waters", "sailed towards disputed islands", "in reported cases".
                "over", "towards", "toward", "across", "against", "into", "onto", "in", "on", "at", "from", "about", "under", "between",
            ],
        ) || doc.tokens[first - 1].kind == TokenKind::Number && !year_of_subject(doc, first - 1, sent_first))
        && !passive_after_adverb()
    {
        return false;
    }
    // "Critics call it a tax on work", "Others call this the nerd prom": the plain "call" names
    // only with a pronoun object and its name after it; else it calls an election, calls off a
    // strike or is a call of a market.
    if t.word == CueWord::Call && last == first + 1 && doc.is(first, "call") {
        let object = last + 1 < doc.tokens.len() && doc.is_any(last, words!["it", "this", "that", "them", "him", "her", "himself", "herself", "themselves", "itself"]);
        if !object || doc.tokens[last + 1].kind != TokenKind::Word && !is_quote_mark(doc, last + 1) || doc.is_any(last + 1, PREPOSITIONS) || doc.is_any(last + 1, words!["off", "up", "back", "out"]) {
            return false;
        }
        // ("told analysts on a conference call that the deal would add": the head of a
        // compound noun; "up" is the end of "wake-up", split at its hyphen.)
        if first > 0 && doc.is_any(first - 1, words!["conference", "earnings", "phone", "telephone", "video", "investor", "roll", "up", "radio"]) {
            return false;
        }
    }
    // "The agreement states that", "It states that": the verb after a text or a pronoun; after
    // anything else the plural noun is far likelier ("member states that", "the United States
    // that", "Gulf states that").
    if last == first + 1 && doc.tokens[first].first_byte() | 0x20 == b's' && doc.is(first, "states") {
        let text = |b: usize| doc.is_any(b, source::DOCUMENTS) || doc.is_any(b, source::TEXTS);
        // (A relative pronoun after the text, or after a comma: "a law that states", "the
        // treaty, which states"; "which states" opening a question asks about states.)
        let text_before = |b: usize| text(b) || b > sent_first && doc.is_any(b, words!["that", "which"]) && (text(b - 1) || doc.is(b, "which") && is_mark(doc, b - 1, b','));
        let before = first.checked_sub(1).filter(|&b| b >= sent_first);
        if !before.is_some_and(|b| text_before(b) || doc.is_any(b, words!["it", "he", "she"])) {
            return false;
        }
    }
    // "backed away from", "backed down": a retreat, not support.
    if last == first + 1 && doc.tokens[first].first_byte() | 0x20 == b'b' && last < doc.tokens.len() && doc.is_any(first, words!["backed", "backs"]) && doc.is_any(last, words!["away", "down", "off", "out"]) {
        return false;
    }
    // "The program, called EB-5, allows ...", "the new product, called isotron 142b/22, is",
    // "the glacier, often called the \"Doomsday Glacier,\" is": a name set off by commas, with
    // its article or an adverb before the verb (which the verb group may have left out:
    // ", sometimes called").
    // (The closing comma is looked for in the sentence: a paragraph break ends it without a
    // stop.)
    if t.word == CueWord::Called && doc.is(last - 1, "called") && last < doc.tokens.len() {
        let a_name = |k: usize| {
            starts_upper(doc, k)
                || is_quote_mark(doc, k)
                // (A brand's capital may come second: "called the iPhone Air,".)
                || doc.is(k, "the") && k + 1 < doc.tokens.len() && (doc.token_bytes(k + 1).iter().any(u8::is_ascii_uppercase) || is_quote_mark(doc, k + 1))
                || doc.tokens[k].kind == TokenKind::Word && !source::is_det(doc, k) && !doc.is_any(k, source::PRONOUNS) && !doc.is_any(k, PREPOSITIONS) && !doc.is_any(k, OBJECT_PRONOUNS)
        };
        let comma_before = |k: usize| k > sent_first && is_mark(doc, k - 1, b',');
        let end = sentence_end();
        if (comma_before(first) || first > 0 && comma_before(first - 1) && doc.is_any(first - 1, words!["sometimes", "often", "also", "now", "once"])) && a_name(last) {
            let mut k = last;
            while k < end && k < last + 5 && !is_mark(doc, k, b',') && !is_end_punct(doc, k) {
                k += 1;
            }
            if k < end && is_mark(doc, k, b',') {
                return false;
            }
        }
    }
    // A participle naming something: "a company called Acme", "a move called the boneless".
    let called = t.word == CueWord::Called && doc.is(first, "called");
    if called && last == first + 1 && last < doc.tokens.len() {
        // "called into a radio show", "called off the strike", "called an emergency meeting":
        // a phone call or a summons, not words about anything.
        // ("had called police twice", "called an ambulance": a phone call for help.)
        // ("called the police shootings a disgrace" names them: the call is for help only when
        // no noun follows.)
        let help = |k: usize| {
            k < doc.tokens.len()
                && doc.is_any(k, words!["police", "ambulance", "paramedics", "firefighters", "911", "999"])
                && (k + 1 >= doc.tokens.len()
                    || doc.tokens[k + 1].kind != TokenKind::Word
                    || doc.is_any(k + 1, words!["to", "and", "twice", "again", "after", "when", "but", "on", "at", "about", "because", "for", "in", "immediately"]))
        };
        // ("called the vote \"a turning point\"" names it: quoted words follow the event.)
        let named_after = |k: usize| is_quote_mark(doc, k);
        if doc.is_any(last, words!["into", "off", "up", "back"]) || help(last) || source::is_det(doc, last) && help(last + 1)
            || source::is_det(doc, last)
                && doc.is_any(last + 1, words!["meeting", "election", "elections", "strike", "halt", "session", "vote", "referendum", "conference", "summit", "truce", "ceasefire"])
                && !named_after(last + 2)
        {
            return false;
        }
        // "The strike, called by leftist unions": a strike or a meeting called, by whom.
        if doc.is(last, "by") {
            return false;
        }
        let end = sentence_end();
        // "a super PAC called Future 45 ran ads", "joined a movement called the Ethiopian
        // People's Revolutionary Party.", "Obama called Naghmeh Abedini.": a name with nothing
        // after it that could be what it was called (a label, a quotation) is a thing named or
        // a person phoned. (Not where the label is fronted, "what he called Crooked Hillary",
        // nor with a quotation soon after, "called U.S. and EC subsidies \"nonsensical\"".)
        let fronted = (first.saturating_sub(4).max(sent_first)..first).any(|k| doc.is_any(k, words!["what", "which", "whom"]));
        let quoted = || (last..end.min(last + 12)).any(|k| is_quote_mark(doc, k));
        if !fronted && !quoted() {
            let from = if doc.is(last, "the") { last + 1 } else { last };
            let mut k = from;
            // (A possessive inside a name goes on with it, "People's Revolutionary"; before a
            // common noun it opens the object of a naming: "called Trump's plan reckless".)
            let capitalised = |k: usize| starts_upper(doc, k) && doc.tokens[k].kind == TokenKind::Word;
            while k < end && k < from + 8 && (capitalised(k) || k > from && (doc.tokens[k].kind == TokenKind::Number || source::is_abbrev_dot_pub(doc, k))) {
                if super::is_possessive(doc.token_text(k)) && !(k + 1 < end && capitalised(k + 1)) {
                    break;
                }
                k += 1;
            }
            // (A comma before a verb or a relative ends the name: "a group called Ginbot 7, was
            // a force"; before an apposition it does not: "called Clinton, his challenger, an
            // ISIS co-founder".)
            let clause_word = |k: usize| k < end && (doc.is_any(k, words!["and", "or", "but", "which", "who", "that"]) || doc.is_any(k, FINITE));
            let nothing_after = k >= end
                || is_end_punct(doc, k) && !source::is_abbrev_dot_pub(doc, k)
                || is_mark(doc, k, b',') && clause_word(k + 1)
                || is_mark(doc, k, b';')
                || clause_word(k)
                || doc.is_any(k, PREPOSITIONS);
            if k > from && nothing_after && !super::is_possessive(doc.token_text(k - 1)) {
                return false;
            }
        }
        // "called Alicia Machado on Friday to thank her", "called him at home": a phone call.
        let mut k = last;
        if doc.is_any(k, words!["him", "her", "them", "me", "us"]) {
            k += 1;
        } else {
            while k < end && k < last + 3 && starts_upper(doc, k) && doc.token_text(k).bytes().any(|b| b.is_ascii_lowercase()) {
                k += 1;
            }
        }
        if k > last && k < end && doc.is_any(k, words!["on", "at", "from", "yesterday", "today", "to"]) && !(doc.is(k, "to") && doc.is_any(k + 1, words!["account", "task"])) {
            return false;
        }
    }
    if called && first >= 1 && doc.is_any(first - 1, words!["another", "one", "something", "someone", "thing", "things"]) {
        return false;
    }
    // "a beer called Swing State", "a culture called “The Way”": after a plain common noun,
    // "called" names; after a speaker ("officials called", "he called") it reports.
    if called && first > sent_first && last < doc.tokens.len() {
        // A hashtag or a handle right after it is a name, after any noun: "a reading campaign
        // called #1000BlackGirlBooks".
        if doc.token_text(last).starts_with(['#', '@']) && doc.tokens[first - 1].kind == TokenKind::Word && !doc.is_any(first - 1, source::PRONOUNS) {
            return false;
        }
        let prev = doc.token_text(first - 1);
        let common_noun = doc.tokens[first - 1].kind == TokenKind::Word
            && prev.starts_with(char::is_lowercase)
            && !doc.is_any(first - 1, source::PRONOUNS)
            && !doc.is_any(first - 1, words!["him", "her", "them", "me", "us", "what", "who", "which", "that"])
            && !doc.is_any(first - 1, GROUP_WORDS)
            && !is_manner_adverb(doc, first - 1)
            && !source::is_listed(doc, first - 1)
            && !source::is_person_noun(doc, first - 1);
        // Lower-case names too: "an architecture called parallel processing", "a concept called
        // hydrocombine".
        let name_next = starts_upper(doc, last)
            || is_quote_mark(doc, last)
            || last == first + 1
                && doc.tokens[last].kind == TokenKind::Word
                && !doc.is_any(first - 1, words!["and", "but", "or", "also", "then"])
                && !source::is_det(doc, last)
                && !doc.is_any(last, source::PRONOUNS)
                && !doc.is_any(last, OBJECT_PRONOUNS)
                && !doc.is_any(last, PREPOSITIONS)
                && !object_then_label(doc, last, sentence_end());
        if common_noun && name_next {
            return false;
        }
        // "set up a new airline called Skyways": a body introduced with "a" is being named; one
        // already known speaks ("the company called the offer inadequate").
        let indefinite = (first.saturating_sub(9).max(sent_first)..first - 1).rev().find(|&k| source::is_det(doc, k)).is_some_and(|k| doc.is_any(k, words!["a", "an"]));
        // (An acronym may end the phrase: "a super PAC called Future45".)
        let acronym = prev.len() > 1 && prev.bytes().all(|b| b.is_ascii_uppercase());
        if indefinite && last == first + 1 && starts_upper(doc, last) && doc.tokens[first - 1].kind == TokenKind::Word && (prev.starts_with(char::is_lowercase) || acronym) {
            return false;
        }
    }
    // ("One reviewer called the argument “provocative”": an object and then its label after
    // it are what was called and what it was called, whoever called it; "a group called the
    // “Freedom Caucus”" has its name right after the article.)
    let object_labelled = || {
        last + 1 < doc.tokens.len() && source::is_det(doc, last) && doc.token_text(last + 1).starts_with(char::is_lowercase) && object_then_label(doc, last, doc.sentences[doc.sentence_of(first)].last)
    };
    if called
        && first >= 2
        && doc.is_any(first - 2, words!["a", "an", "the", "one"])
        && doc.token_text(first - 1).starts_with(char::is_lowercase)
        && !source::is_person_noun(doc, first - 1)
        && !object_labelled()
    {
        return false;
    }
    // "found itself", "found himself": a situation, not a finding.
    // From the classes: the walk after the verb looks up this token's classes anyway, and
    // finds them kept.
    // A description or a view of oneself is a report: "described himself as a moderate", "sees
    // himself as the father of a movement".
    if last < doc.tokens.len() && doc.is_any(last, REFLEXIVES) && !((t.as_object || doc.is_any(first, words!["described", "describes", "describing"])) && doc.is(last + 1, "as")) {
        return false;
    }
    // "declined to comment", "declined further comment", "declined an interview": a refusal.
    // "shares declined 3 percent", "sales declined sharply", "exports declined.": a fall.
    // "He declined, however, to say" sets the refusal's adverb off with commas.
    let refusal_next = |j: usize| {
        doc.is_any(
            j,
            words![
                "to", "comment", "comments", "further", "additional", "specific", "all", "any", "a", "an", "the", "his", "her", "their", "requests",
                "repeated", "interview", "interviews", "immediate", "several", "multiple",
            ],
        )
    };
    // "Inflation declined to 9.4 pct", "declined to the lowest level in a year": a fall to an
    // amount, not a refusal, which has a bare verb after "to".
    let fall_to = |j: usize| crate::engine::context::declined_to_amount(doc, j);
    if t.word == CueWord::Declined
        && doc.is_any(first, words!["declined", "declines"])
        && !(last < doc.tokens.len()
            && (refusal_next(last) && !fall_to(last) || is_mark(doc, last, b',') && last + 2 < doc.tokens.len() && doc.is_any(last + 1, words!["however", "though"])))
    {
        return false;
    }
    // "requires detailed study", "gives more detailed figures": after a verb, "detailed"
    // describes the noun after it ("the reports detailed abuses" has a source noun before it).
    if t.word == CueWord::Detailed && doc.is(first, "detailed") && first > sent_first {
        let prev = doc.token_text(first - 1);
        let verb_before = prev.len() > 3 && prev.ends_with('s') && prev.starts_with(|c: char| c.is_ascii_lowercase()) && !source::is_listed(doc, first - 1);
        if verb_before || doc.is_any(first - 1, words!["more", "most", "very", "highly", "less"]) {
            return false;
        }
    }
    // "say, 10 percent": an example, not speech.
    if t.word == CueWord::Say
        && doc.is(first, "say")
        && last < doc.tokens.len()
        && is_mark(doc, last, b',')
        && first > 0
        && (doc.is_any(first - 1, words![",", "(", "like", "than", "about", "of", "maybe", "or"]) || is_dash(doc, first - 1))
    {
        return false;
    }
    true
}

/// `doc.is_any(first, list)` for the first token of a cue, given `listed`: whether the cue's
/// first word (its tag's) is in `list`. The lexicon matched that word at this token, so a token
/// that is its own normalised word (plain ASCII: the word but for case) is it, and the tag
/// answers; only another token ("said’s", a curly apostrophe) is asked.
pub(super) fn cue_starts_with(doc: &Doc, first: usize, listed: bool, list: Words) -> bool {
    listed && (doc.tokens[first].is_own_word(doc.text) || doc.is_any(first, list))
}

/// Does a noun phrase with its article end right before `b` (past words of degree), and open a
/// clause: the sentence's start, a mark, a conjunction or a preposition before its article?
fn noun_phrase_opens_clause(doc: &Doc, b: usize, sent_first: usize) -> bool {
    let mut k = b;
    while k > sent_first && (doc.is_any(k - 1, words!["most", "often", "widely"]) || is_ly_adverb(doc, k - 1)) {
        k -= 1;
    }
    // (A capital only on the sentence's first word: "Net amounts reported are".)
    let nouns = (0..4).take_while(|&n| k > sent_first + n && {
        let i = k - 1 - n;
        doc.tokens[i].kind == TokenKind::Word && (i == sent_first || !starts_upper(doc, i)) && !source::is_det(doc, i) && !doc.is_any(i, source::PRONOUNS)
    });
    let n = nouns.count();
    if n == 0 || k - n == sent_first {
        // ("Also suggested was a deal": an inverted report.)
        return n > 0 && !doc.is_any(sent_first, ADVERBS);
    }
    let mut det = k - n - 1;
    // ("if all the offers announced are accepted", "not all the barriers mentioned were")
    if det > sent_first && doc.is(det - 1, "all") {
        det -= 1;
    }
    doc.is_any(det, words!["the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "all"])
        && (det == sent_first
            || doc.tokens[det - 1].kind != TokenKind::Word
            || doc.is_any(det - 1, PREPOSITIONS)
            || doc.is_any(det - 1, CLAUSE_OPENERS)
            || doc.is_any(det - 1, AND_BUT))
}


/// Is the word at `k` a modifier between a singular determiner and the cue's noun: "a passing
/// promise that", "his vague promise that", "the bold claim that"? A singular subject would
/// take the verb's "-s" form, so a bare form after "a", "his" or "the" and one word is the noun,
/// unless that word can be a plural subject itself ("the police claim", "a few promise", "the
/// rich claim").
fn modifier_of_singular(doc: &Doc, k: usize, first: usize, sent_first: usize) -> bool {
    const SINGULAR: Words = words!["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "every", "each"];
    const PLURAL_SUBJECTS: Words = words![
        "people", "police", "staff", "public", "media", "clergy", "crew", "team", "government", "committee", "board", "jury", "family",
        "majority", "minority", "opposition", "party", "council", "men", "women", "children", "rich", "poor", "young", "old", "elderly",
        "wealthy", "powerful", "unemployed", "few", "many", "couple", "handful", "lot", "number", "dozen", "hundred", "thousand",
        "million", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "latter", "former", "rest", "world", "who",
        "which", "that",
    ];
    let cue = doc.token_bytes(first);
    k > sent_first
        && doc.is_any(k - 1, SINGULAR)
        && ![&b"s"[..], b"men"].iter().any(|e| doc.token_bytes(k).ends_with(e))
        && !doc.is_any(k, PLURAL_SUBJECTS)
        // ("this may show that": an auxiliary after a pronoun, not a modifier.)
        && !doc.is_any(k, FINITE)
        && !doc.is_any(k, words!["not", "also", "still", "now", "then", "only", "even", "just", "never", "to"])
        && ![&b"s"[..], b"ed", b"ing"].iter().any(|e| cue.ends_with(e))
}

/// Adverbs that sit between a subject and its verb: "He also claims", "Smith now insists".
const GROUP_ADVERBS: Words = words![
    "also", "now", "still", "repeatedly", "often", "always", "later", "previously", "publicly", "privately", "further", "recently",
    "already", "again", "reportedly", "however", "meanwhile", "instead", "long",
];

/// Verbs of asserting, charging and feeling, which after "who" take a clause, never an object.
const ASSERTING: Words = words![
    "claim", "claims", "charge", "charged", "maintain", "maintains", "insist", "insists", "contend", "contends", "argue", "argues",
    "allege", "alleges", "feel", "feels", "felt", "fear", "fears", "believe", "believes",
];

/// Nouns of words said or written, which a verb of giving reports as its object: "offered a
/// defence", "gave no details", "delivered a speech", "made similar comments".
const SAID_NOUNS: Words = words![
    "answer", "answers", "response", "responses", "reply", "replies", "retort", "rebuttal", "defense", "defence", "critique", "critiques",
    "criticism", "criticisms", "remarks", "remark", "comments", "comment", "statement", "statements",
    "argument", "arguments", "explanation", "explanations", "account", "accounts", "description", "descriptions", "assessment",
    "assessments", "evaluation", "warning", "warnings", "assurance", "assurances", "apology", "condolences", "thoughts", "prayers",
    "advice", "details", "specifics", "testimony", "announcement", "pledge", "promise", "promises", "prediction", "predictions",
    "opinion", "opinions", "insight", "insights", "praise", "endorsement", "rationale", "justification", "slogan", "retorts", "denial",
    "denials", "reasons", "stories", "version", "confirmation", "confirmations", "guidance", "reassurance",
];

/// The form of "be" (or "remain", "seem", "become", "feel") whose predicate the adjective at
/// `first` is, past adverbs and "not": "are confident", "remain deeply unconvinced", "were not
/// sure". None before a noun ("a confident team"), after "so" or "too", whose "that" opens a
/// clause of result ("so sure that they skipped the vote"), and after a modal's "be".
pub(super) fn state_predicate(doc: &Doc, first: usize, floor: usize) -> Option<usize> {
    let mut k = first;
    while k > floor && (is_manner_adverb(doc, k - 1) || doc.is_any(k - 1, words!["not", "never", "still", "also", "now", "very", "quite", "fairly", "more", "less", "all", "both", "always", "increasingly"])) {
        k -= 1;
    }
    const LINKS: Words = words!["remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "become", "becomes", "became", "grew", "grown", "feel", "feels", "felt"];
    // ("Our customers can be sure that ...", "Investors would be worried if ...": after a
    // modal, an assurance or a supposition, not a view held.)
    let modal = k >= floor + 2 && doc.is(k - 1, "be") && doc.is_any(k - 2, words!["would", "will", "could", "should", "can", "may", "might", "must"]);
    (k > floor && (doc.is_any(k - 1, BE) || doc.is_any(k - 1, LINKS) || first_person_be(doc, k - 1)) && !modal).then(|| k - 1)
}

/// "am", in lower case: "What I am saying is", "I am glad that". (Not in `BE`, which reads
/// letter case away: "Pan Am said", "TV-AM showed" are names.)
pub(super) fn first_person_be(doc: &Doc, k: usize) -> bool {
    doc.token_bytes(k) == b"am"
}

/// A subject pronoun at `k` with a verb right after it: an auxiliary or a finite form ("it
/// would seek", "they wanted"), not a time word ("announced it Tuesday").
fn pronoun_then_verb(doc: &Doc, k: usize, end: usize) -> bool {
    let v = k + 1;
    v < end
        && doc.tokens[v].kind == TokenKind::Word
        && (doc.is_any(v, FINITE)
            || !starts_upper(doc, v)
                && !doc.is_any(v, TIME_WORDS)
                && !doc.is_any(v, words!["as", "its", "us", "this", "thus", "plus", "less", "unless", "across", "towards"])
                && (doc.token_bytes(v).ends_with(b"ed") || doc.token_bytes(v).ends_with(b"s")))
}

/// A year closing the subject's phrase, after its preposition: "a study from 2011 noted",
/// "the review in 2019 found" (a count before a participle is its noun's: "300 pledged
/// delegates").
fn year_of_subject(doc: &Doc, k: usize, sent_first: usize) -> bool {
    k > sent_first && is_year(doc, k) && doc.is_any(k - 1, words!["from", "in", "since"])
}

/// "in his speech called undocumented immigrants from Mexico “rapists”": a lower-case word, a few
/// more and then a quotation after "called" are what was called and what it was called, not a
/// name ("an architecture called parallel processing" has no label after it).
fn object_then_label(doc: &Doc, k: usize, end: usize) -> bool {
    (k + 1..end.min(k + 7)).take_while(|&j| is_quote_mark(doc, j) || doc.tokens[j].kind == TokenKind::Word).any(|j| is_quote_mark(doc, j))
}

/// Words after which a verb is bare ("will put", "to fuel"): what follows that verb is its
/// object or its complement, not a verb of its own.
const BARE_INFINITIVE_BEFORE: Words = words!["will", "would", "to", "could", "may", "might"];

/// Cues whose object is a thing named, never a clause: "the figures she cites".
const OBJECT_ONLY: Words = words!["cite", "cites", "cited", "quote", "quotes", "quoted", "mention", "mentions", "mentioned", "describe", "describes", "described"];

/// Is the object that starts at token `k` a thing claimed rather than words: money, a benefit, a
/// right, lives or a title won ("thousands of pounds", "$5,000 in expenses", "asylum", "300
/// lives")? Up to five words of determiners, amounts and modifiers come first.
fn claimed_thing(doc: &Doc, k: usize) -> bool {
    const THINGS: Words = words![
        "pounds", "dollars", "dlrs", "euros", "expenses", "benefits", "compensation", "damages", "refund", "refunds", "asylum", "lives",
        "life", "title", "titles",
    ];
    let end = doc.sentences[doc.sentence_of(k.min(doc.tokens.len() - 1))].last;
    (k..end.min(k + 6))
        .take_while(|&j| doc.tokens[j].kind != TokenKind::Punct || doc.is_any(j, words!["$", "£", "€", ","]) || source::is_abbrev_dot_pub(doc, j))
        .find(|&j| doc.tokens[j].kind == TokenKind::Word && !doc.is_any(j, words!["a", "an", "the", "his", "her", "its", "their", "some", "about", "at", "least", "up", "to", "of", "thousands", "millions", "hundreds", "billions", "more", "than", "nearly", "almost", "over", "in", "mln", "million", "billion", "narrow", "clear", "outright", "overall", "total", "another", "third", "second", "first"]))
        .is_some_and(|j| doc.is_any(j, THINGS))
}
