//! One attribution around one cue: its source, its words and its stance, found by walking out from
//! the cue's verb group; and the frame a verb of attitude needs to count.

use crate::engine::document::At;
use crate::engine::wordlist::Words;
use super::*;

/// Adverbs of time that, like a manner adverb, may stand between a determiner and a participle
/// ("the earlier reported loss"). A list with a bit: the word before a cue, whose classes the
/// verb group's walk has just looked up.
pub(super) const EARLIER: List = List { bit: 1 << 41, words: words!["earlier", "already", "newly"] };

/// `word` without every `suffix` at its end, as `trim_end_matches(suffix)` gives it, by
/// `strip_suffix`: the page's module then has no reverse substring search for this alone.
fn trim_all<'a>(mut word: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = word.strip_suffix(suffix) {
        word = rest;
    }
    word
}

/// The possessor before a noun-form cue at `first` ("Trump's" in "checked Trump's claim that",
/// "the bank's", "their"), as tokens `start..first`, when the noun phrase is an object or follows
/// a preposition. As the sentence's subject ("The bank's forecast that rates would rise proved
/// wrong") its clause runs into the sentence's own verb, which the walk cannot find; and a day
/// ("Monday's report") owns nothing.
pub(super) fn possessor(doc: &Doc, first: usize, sent_first: usize) -> Option<usize> {
    let p = first - 1;
    let t = doc.token_text(p);
    let pronoun = doc.is_any(p, words!["his", "her", "their", "its"]);
    if !pronoun && !is_possessive(t) {
        return None;
    }
    let owner = trim_all(trim_all(t, "'s"), "\u{2019}s");
    if TIME_WORDS.words.iter().chain(["week", "month", "year"]).any(|d| owner.eq_ignore_ascii_case(d)) {
        return None;
    }
    let mut start = p;
    if !pronoun {
        // A name runs back over capitalised words and "of" between them ("the Department of
        // Agriculture's"); a common noun takes its determiner ("the analyst's").
        while start > sent_first
            && (starts_upper(doc, start - 1) && (starts_upper(doc, start) || doc.is(start, "of") || source::is_abbrev_dot_pub(doc, start))
                || source::is_abbrev_dot_pub(doc, start - 1)
                || doc.is(start - 1, "of") && start >= 2 && starts_upper(doc, start - 2))
        {
            start -= 1;
        }
        if start > sent_first && source::is_det(doc, start - 1) {
            start -= 1;
        }
    }
    // Opening the sentence, the noun phrase is its subject ("Trump's claim that he was rich was
    // false"), whose words [`super::content::end_in_possessed_subject`] end before the main verb.
    (start == sent_first || start > sent_first && doc.tokens[start - 1].kind == TokenKind::Word).then_some(start)
}

pub(super) fn attribute(w: &Walk, first: usize, last: usize, t: &Tag, stance: Stance, done: &[Attribution]) -> Option<Attribution> {
    let doc = w.doc;
    let floor = w.para.0;
    // Room for the one or two parts most contents have, made at once: grown from nothing on
    // the first push, the list went through the general growth path for every cue.
    let mut a = Attribution { source: None, cue: Range::new(0, 0), content: Vec::with_capacity(2), source_kind: SourceKind::None, stance, refers_to: None, why: String::new() };

    // "according to X": the source follows; the content is the rest of the sentence.
    // "As reported by the Times, ...": the same frame, its source after "by".
    let as_reported_by = || doc.is(first, "as") && doc.is(last - 1, "reported") && last + 1 < doc.tokens.len() && doc.is(last, "by");
    if t.word == CueWord::According && doc.is(first, "according") || as_reported_by() {
        a.cue = w.span(first, last);
        let ceiling = w.sent.1.min(w.para.1);
        let from = if doc.is(last, "by") { last + 1 } else { last };
        let (ss, mut se) = source::right_phrase(doc, from, w.para.1).or_else(|| (last < ceiling).then_some((last, last + 1)))?;
        // "according to two officials who have read it, ...", "according to a study published
        // on Tuesday in the journal Heart.": a relative clause, a participle or an adverbial after
        // the noun still belongs to the source when it runs on to the comma or the stop that
        // ends the source's part of the sentence. Then an adverbial of time at its end is
        // dropped, as after a subject.
        if se < ceiling && doc.tokens[se].kind == TokenKind::Word {
            let modifier = doc.is_any(se, words!["who", "that", "which", "whose"])
                || doc.is_any(se - 1, words!["who", "that", "which", "whose"])
                || doc.is_any(se, source::RIGHT_ENDS)
                || doc.token_text(se).ends_with("ed") && !starts_upper(doc, se);
            let stop = (se + 1..ceiling.min(ss + 24)).find(|&k| source::phrase_punct(doc, k));
            if let Some(k) = stop.filter(|&k| modifier && (is_mark(doc, k, b',') || is_dash(doc, k) || is_end_punct(doc, k))) {
                se = k - source::time_tail(doc, ss, k);
            }
        }
        // "According to the book and the movie, the contractors ...", "According to early results
        // of exit polls conducted for the AP and television networks, ...": opening its sentence,
        // the frame's source runs to its comma or colon, whatever its words.
        if first == w.sent.0 && se < ceiling && !(is_mark(doc, se, b',') || is_mark(doc, se, b':') || is_dash(doc, se)) {
            if let Some(k) = (se..ceiling.min(ss + 30)).find(|&k| doc.tokens[k].kind == TokenKind::Punct && !source::is_abbrev_dot_pub(doc, k) && !is_quote_mark(doc, k) && doc.token_text(k) != "'") {
                if is_mark(doc, k, b',') || is_mark(doc, k, b':') {
                    se = k;
                }
            }
        }
        // "according to a senior official, who spoke on condition of anonymity, the ...": the
        // relative aside goes with the source, as it does without its comma.
        // (So does a participle with its agent: "According to the recording, obtained by the
        // Guardian, Johnson described ...".)
        let participle_aside = || se + 2 < ceiling && doc.token_text(se + 1).ends_with("ed") && !starts_upper(doc, se + 1) && doc.is(se + 2, "by");
        let aside = se + 1 < ceiling && is_mark(doc, se, b',') && (doc.is_any(se + 1, words!["who", "which", "whose"]) || participle_aside());
        if aside {
            // (To its closing comma, or to the end of the sentence it closes.)
            let mut end = ceiling;
            while end > se + 2 && doc.tokens[end - 1].kind == TokenKind::Punct && !is_quote_mark(doc, end - 1) {
                end -= 1;
            }
            match (se + 2..ceiling.min(se + 24)).find(|&k| is_mark(doc, k, b',')) {
                Some(k) => se = k,
                // ("..., according to the bank, which makes it the sixth biggest debtor": at the
                // end a "which" may stand for the whole clause; "who" is the source's.)
                None if end - se <= 24 && !doc.is(se + 1, "which") => se = end,
                None => {}
            }
        }
        a.source = Some(w.span(ss, se));
        // ("But according to the report, ...": a conjunction alone links the sentence to the
        // one before; it is no one's words. Nor is a clause before a colon or a semicolon: "The
        // picture is grim: according to the survey, ..." is the writer's lead-in.)
        let opens_clause = first > w.sent.0 && (is_mark(doc, first - 1, b':') || is_mark(doc, first - 1, b';'));
        if let Some(l) = w.content_left(first).filter(|l| !opens_clause && !(doc.token_at_or_after(l.start) + 1 == first && doc.is_any(first - 1, COORDINATORS))) {
            a.content.push(l);
        }
        // (After words on the left, a dash typed as hyphens that closes the source more often
        // adds the writer's own note than more of the words: "would raise $1.1 trillion,
        // according to the Tax Policy Center - half a point of the nation's output".)
        let dash = |k: usize| is_dash_char(doc, k) || is_dash(doc, k) && a.content.is_empty();
        // (Nor does a contrast after words on the left: "..., according to some Fed officials,
        // though others have argued it remains too fast"; nor an aside on the source, "...,
        // according to the Ecology Center, a nonprofit in Michigan.")
        let not_words = !a.content.is_empty() && se + 1 < ceiling && doc.is_any(se + 1, words!["though", "although", "while", "whereas", "but", "yet", "a", "an"]);
        if se < ceiling && (is_mark(doc, se, b',') || dash(se) || is_mark(doc, se, b':')) && !not_words {
            if let Some(r) = w.content_right(hyphen_run_end(doc, se) + 1) {
                a.content.push(r);
            }
        } else if se < ceiling && se > ss && source::possessive_opens_clause(doc, se) {
            // "and according to some estimates its investments exceed ...": the source ended at
            // the possessive that opens what was said, with no comma; the clause before an
            // "and" is another one, the writer's. (With words on the left and no "and", the
            // possessive more likely opens a relative clause on the source: "..., according to an
            // interview his brother gave".)
            let after_and = first > w.sent.0 && doc.is_any(first - 1, COORDINATORS);
            if after_and || a.content.is_empty() {
                a.content.clear();
                if let Some(r) = w.content_right(se) {
                    a.content.push(r);
                }
            }
        }
        return (!a.content.is_empty()).then_some(a);
    }

    // "The minister reportedly resigned", "He has allegedly been paid": the clause around the
    // adverb, its subject and what follows the adverb, is reported by no one named.
    if t.adverb {
        a.cue = w.span(first, last);
        // Inside words already reported ("Officials said the talks reportedly failed") the
        // adverb is the speaker's hedge, and the speaker stays the sentence's source.
        if in_done_content(done, w.reach, a.cue) {
            return None;
        }
        let ceiling = w.sent.1.min(w.para.1);
        let mut g = first;
        // ("The NHS is reportedly considering": a form of "be" too.)
        while g > w.sent.0 && (doc.is_any(g - 1, GROUP_WORDS) || doc.is_any(g - 1, BE)) {
            g -= 1;
        }
        let subject = (g > w.sent.0).then(|| source::left_phrase(doc, g, floor.max(w.sent.0))).flatten();
        // "Reportedly, the talks failed": a comma after an opening adverb.
        let from = if last < ceiling && is_mark(doc, last, b',') { last + 1 } else { last };
        let rest = w.content_right(from)?;
        if let Some((ls, _)) = subject {
            a.content.push(w.span(ls, first));
        } else if g > w.sent.0 {
            // A subject the walk cannot find: no report rather than half of one.
            return None;
        }
        a.content.push(rest);
        return Some(a);
    }

    // The verb group: auxiliaries and adverbs before the cue word.
    let mut g = first;
    // The cue word's ending, read once for the tests below.
    let progressive = doc.token_bytes(first).ends_with(b"ing");
    let ed = doc.token_bytes(first).ends_with(b"ed");
    // ("have so far maintained", "has thus far rejected": "so far" belongs to the group.)
    let so_far = |g: usize| g >= floor + 2 && doc.is(g - 1, "far") && doc.is_any(g - 2, words!["so", "thus"]);
    // "cut its forecast and on Monday announced", "and yesterday suggested": after a
    // coordinator, a day right before the verb is when, not who; the verb shares the subject
    // of the one before. (Elsewhere the source's walk leaves the day out itself: "Reagan
    // Friday announced". Not a month: "and May said".)
    let day = |g: usize| {
        let one = g > floor + 2 && doc.is_any(g - 1, source::DAYS);
        let two = one && g > floor + 3 && doc.is_any(g - 2, words!["on", "last", "this", "late", "early"]);
        let n = if two { 2 } else { usize::from(one) };
        if n > 0 && doc.is_any(g - 1 - n, COORDINATORS) { n } else { 0 }
    };
    // (The cue starts after the day.)
    let mut after_day = None;
    loop {
        let days = if g > floor && doc.is_any(g - 1, source::DAYS) { day(g) } else { 0 };
        if days > 0 {
            after_day = after_day.or(Some(g));
            g -= days;
        } else if g > floor && (doc.is_any(g - 1, GROUP_WORDS) || is_manner_adverb(doc, g - 1) || progressive && (doc.is_any(g - 1, BE) || first_person_be(doc, g - 1)) || so_far(g)) {
            g -= if so_far(g) { 2 } else { 1 };
        } else {
            break;
        }
    }
    // "Economists are confident that", "Many doctors remain deeply unconvinced that": the
    // adjective's "be" is the verb, with any adverb or auxiliary before the adjective.
    let state_be = if t.state { state_predicate(doc, first, floor) } else { None };
    if let Some(be) = state_be {
        g = be;
        while g > floor && (doc.is_any(g - 1, GROUP_WORDS) || is_manner_adverb(doc, g - 1)) {
            g -= 1;
        }
    }
    // "have both urged", "They all said": a floating quantifier after its subject or an
    // auxiliary ("Both said" keeps its subject).
    // ("The book that started it all claimed": after an object pronoun it ends the phrase.)
    if g >= floor + 2
        && doc.is_any(g - 1, words!["both", "all"])
        && (doc.tokens[g - 2].kind == TokenKind::Word || is_mark(doc, g - 2, b')'))
        && !source::is_det(doc, g - 2)
        && !doc.is_any(g - 2, words!["it", "them", "us", "him", "her", "you", "me"])
    {
        g -= 1;
        while g > floor && doc.is_any(g - 1, GROUP_WORDS) {
            g -= 1;
        }
    }
    // "Having announced that ...": the perfect participle opening the sentence.
    if g == w.sent.0 + 1 && g == first && doc.is(w.sent.0, "having") && floor <= w.sent.0 {
        g -= 1;
    }
    // "has in the past said", "have in fact reported", "have for years argued": a short phrase
    // opened by a preposition between an auxiliary and the verb is how or when, not who.
    if g >= floor + 3 {
        // (The auxiliary is asked first, by its class bit: this runs for every cue.)
        let opener = (g.saturating_sub(4).max(floor + 1)..g - 1).find(|&k| {
            doc.is_any(k - 1, FINITE)
                && doc.is_any(k - 1, words!["has", "have", "had", "will", "would", "may", "might", "could", "can", "should", "must"])
                && doc.is_any(k, words!["in", "for", "at", "on", "over", "by"])
                && (k + 1..g).all(|i| doc.tokens[i].kind != TokenKind::Punct && (!starts_upper(doc, i) || doc.is_any(i, TIME_WORDS)) && !doc.is_any(i, COORDINATORS))
        });
        if let Some(k) = opener {
            g = k - 1;
            while g > floor && doc.is_any(g - 1, GROUP_WORDS) {
                g -= 1;
            }
        }
    }
    // "kept saying", "could not resist pointing out": a verb of aspect before the gerund belongs
    // to the verb group, and so do the auxiliaries before it.
    if progressive && g == first && g > floor && doc.is_any(g - 1, ASPECT_VERBS) {
        g -= 1;
        while g > floor && (doc.is_any(g - 1, GROUP_WORDS) || doc.is_any(g - 1, words!["could", "can", "cannot", "couldn't", "can't"])) {
            g -= 1;
        }
    }
    // "are quick to point out", "was careful to say", "are right to call for": an adjective
    // with its "be" joins the cue as a controlling verb does.
    if let Some(be) = (g == first && g >= floor + 1).then(|| readiness_before(doc, g - 1, floor)).flatten() {
        g = be;
        while g > floor && (doc.is_any(g - 1, GROUP_WORDS) || doc.is_any(g - 1, BE) || is_manner_adverb(doc, g - 1)) {
            g -= 1;
        }
    }
    // "refused to say", "declined to tell": the controlling verb joins the cue, over an adverb
    // that splits the infinitive too ("declined to publicly say").
    let split = g + 1 == first && is_manner_adverb(doc, g);
    if (g == first || split) && g >= floor + 2 && doc.is(g - 1, "to") && doc.is_any(g - 2, CONTROL_VERBS) {
        g -= 2;
        // "declined to confirm", "refused to deny": the writer signals nothing about content
        // nobody stated ("continued to insist" still keeps its distance).
        if doc.is_any(g, words!["refused", "refuses", "declined", "declines", "hesitated"]) {
            a.stance = Stance::Neutral;
        }
        // "went on to say"
        if doc.is(g, "on") && g > floor && doc.is_any(g - 1, words!["went", "goes", "go", "going"]) {
            g -= 1;
        }
        while g > floor && (doc.is_any(g - 1, GROUP_WORDS) || is_manner_adverb(doc, g - 1)) {
            g -= 1;
        }
    }
    // "did not confirm", "could not confirm", "was unable to confirm": a presupposing verb
    // denied vouches for nothing. ("could not resist pointing out", "can't help noting" do point
    // it out.)
    let denied = |k: usize| doc.is_any(k, words!["not", "n't", "never", "cannot", "can't", "couldn't", "didn't", "unable", "failed"]);
    if a.stance == Stance::Endorsing && (g..first).any(denied) && !(g..first).any(|k| doc.is_any(k, words!["resist", "help"])) {
        a.stance = Stance::Neutral;
    }
    // "the previously reported loss", "its previously announced merger", "an officially
    // estimated 50 billion": a participle between a determiner and its noun describes the noun;
    // nobody reports anything.
    let participle_word = ed || cue_starts_with(doc, first, t.irregular, IRREGULAR_PARTICIPLES);
    if participle_word
        && first >= floor + 2
        && (is_manner_adverb(doc, first - 1) || doc.is_any(first - 1, EARLIER))
        && source::is_det(doc, first - 2)
    {
        return None;
    }
    // "a position described today by the governor as undemocratic", "a budget proposed by
    // Chiles to cut the deficit": a participle after a noun with its agent after it is a passive
    // without its "be", and the agent is the source.
    let by_at = |k: usize| k < doc.tokens.len() && doc.is(k, "by");
    // Only verbs of judgement and naming: "a share repurchase program announced by General
    // Motors" names a business act, not a report, as it did before.
    // And verbs of estimate: "the 2.6 percent growth expected by analysts", "5.5 pct estimated by
    // the employers' federation".
    let judging = || {
        t.judged
            || doc.is_any(first, words!["described", "dubbed", "branded", "labelled", "labeled", "termed"])
            || doc.is_any(first, ESTIMATES)
    };
    // "The campaign, first reported by The Post, is ...", "as first reported by the Times": a
    // report of a report set off by a comma or "as", its agent after "by".
    // ("as confirmed by the statistics office" too; "as proposed by", "as posted by" more
    // often follow a noun than a clause.)
    let apposed = g > floor
        && (doc.is(first, "reported") && (is_mark(doc, g - 1, b',') || doc.is(g - 1, "as")) || doc.is(first, "confirmed") && doc.is(g - 1, "as"))
        && (g..first).all(|k| doc.is_any(k, words!["first", "originally", "previously", "earlier", "also"]));
    // "- an allegation rejected by a series of inquiries", "a fact later confirmed by the
    // department", "a view echoed by everyone I interviewed": a verb that answers a claim, after
    // the noun that names the claim.
    let answering = || {
        doc.is_any(first, words!["reported", "confirmed", "rejected", "denied", "disputed", "contested", "questioned", "challenged", "criticized", "criticised", "echoed"])
            && (g..first).all(|k| doc.is_any(k, words!["first", "originally", "previously", "earlier", "also", "later", "since", "widely", "repeatedly"]))
            && doc.is_any(g - 1, SUMMING_NOUNS)
    };
    // A participle right after a noun: no "be", auxiliary, relative or subject pronoun before it.
    let participle = !progressive && !t.passive && ed && g > floor;
    let after_noun = || {
        doc.tokens[g - 1].kind == TokenKind::Word
            && !doc.is_any(g - 1, BE)
            && !doc.is_any(g - 1, words!["has", "have", "had", "who", "which", "that"])
            && !doc.is_any(g - 1, SUBJECT_PRONOUNS)
    };
    let reduced_passive = participle
        && (by_at(last) || doc.is_any(last, TIME_WORDS) && by_at(last + 1))
        && (apposed || (g == first && judging() || answering()) && after_noun());
    // "in a video posted online", "A statement posted on its website said": the post is the
    // document's, which reports nothing by being posted.
    let posted = |k: usize| doc.is_any(k, source::DOCUMENTS) || doc.is_any(k, POSTS);
    if participle && g == first && doc.is_any(first, words!["posted", "tweeted"]) && (posted(g - 1) || g >= floor + 3 && is_mark(doc, g - 1, b',') && posted(g - 2) && source::is_det(doc, g - 3)) {
        return None;
    }
    // "The plan proposed by the ministers features a tax cut", "structural measures agreed by
    // farm ministers": the same participle and agent after a lower-case noun, of a verb that is
    // no judgement, names an act (see above), so it reports nothing here; read as active, its
    // words were the agent and the main clause. ("Dealers said by buying ...", "estimated by
    // 1990", "when asked by reporters": a means, a time, a conjunction.)
    if participle
        && !reduced_passive
        && g == first
        && by_at(last)
        && after_noun()
        && !starts_upper(doc, g - 1)
        && !doc.is_any(g - 1, words!["and", "or", "but", "when", "if", "as", "after", "before", "unless", "once", "while", "until", "than"])
        && !source::is_cue_word(doc, g - 1)
        && !is_time_after_by(doc, last + 1)
        && !(last + 1 < doc.tokens.len() && doc.token_bytes(last + 1).ends_with(b"ing"))
    {
        return None;
    }
    // "with the two clubs said to be 5 million apart", "The company, said to be worth ...": "said
    // to be" after a noun, with no "be", is the passive of hearsay; no one is named.
    let said_to = g == first
        && g > floor
        && doc.is(first, "said")
        && last + 1 < doc.tokens.len()
        && doc.is(last, "to")
        && doc.is_any(last + 1, words!["be", "have"])
        && !doc.is_any(g - 1, BE)
        && !doc.is_any(g - 1, SUBJECT_PRONOUNS)
        && !doc.is_any(g - 1, words!["has", "have", "had", "who", "which", "that", "and", "but"]);
    // "The battery, described in a paper last week, survived 800 cycles", "The plan, proposed
    // by ministers, would cut taxes": a participle opening an aside after its noun, closed by a
    // comma before the main clause's verb, is a passive without its "be".
    // (Only after a short subject that opens the sentence: "Roy Cooper (D), the attorney
    // general, called for" and "Haughey, declining to be tied down, promised" are the main verb.)
    let opening_subject = || g - 1 - w.sent.0 <= 8 && !(w.sent.0..g - 1).any(|k| is_mark(doc, k, b','));
    // (Nor before its speaker, inverted: "That rule, declared the council, applies".)
    let inverted = || last < doc.tokens.len() && (source::is_det(doc, last) || doc.is_any(last, source::PRONOUNS));
    // The aside's closing comma.
    let aside_close = (participle && g == first && g >= floor + 2 && is_mark(doc, g - 1, b',') && doc.tokens[g - 2].kind == TokenKind::Word && !is_ly_adverb(doc, g - 2) && !doc.is_any(g - 2, ADVERBS) && opening_subject() && !inverted())
        .then(|| {
            let end = w.sent.1.min(w.para.1);
            (last..end).find(|&k| is_mark(doc, k, b',') || is_end_punct(doc, k)).filter(|&k| {
                let v = k + 1;
                is_mark(doc, k, b',')
                    && v < end
                    && doc.tokens[v].kind == TokenKind::Word
                    && !starts_upper(doc, v)
                    && (doc.is_any(v, FINITE)
                        || doc.token_bytes(v).ends_with(b"ed")
                        || doc.token_bytes(v).ends_with(b"s") && !source::is_det(doc, v)
                        // (Or, after an agent, a plural's bare verb: "The measures, announced by
                        // the ministry, require licences"; not a report's, "Nazer, quoted by
                        // SPA, said".)
                        || doc.is(last, "by") && !doc.is_any(v, PREPOSITIONS) && !doc.is_any(v, COORDINATORS) && !source::is_det(doc, v) && !doc.is_any(v, source::RELATIVES) && !source::is_cue_word(doc, v))
            })
        })
        .flatten();
    let aside = aside_close.is_some();
    // Its words end with it.
    let within_aside = |r: &mut Range| {
        if let Some(k) = aside_close {
            r.end = r.end.min(doc.tokens[k - 1].end);
        }
    };
    // Without an agent, an infinitive or a complement it tells only when or where: "The plan,
    // announced on Monday, would cut taxes" reports nothing.
    if aside && !(last < doc.tokens.len() && (doc.is_any(last, words!["by", "to"]) || doc.is(last, "as") && (judging() || t.weak))) {
        return None;
    }
    let passive = !progressive
        && state_be.is_none()
        && (t.passive
            || reduced_passive
            || said_to
            || aside
            || g > floor
                && (doc.is_any(g - 1, BE) || doc.is_any(g - 1, SUBJECT_AND_BE))
                && participle_word);
    // "is expected to", "was planned for May": an attitude verb in the passive names no holder.
    // With a that-clause it is the agentless report of a belief, like the listed "is believed
    // that", whatever adverb sits inside it: "It is widely believed that ...".
    if passive && t.attitude && !reduced_passive && !(last < doc.tokens.len() && doc.is(last, "that")) {
        return None;
    }
    // "She said she plans to run": an attitude inside reported words is part of the report, and
    // the reader already sees whose words they are.
    let cue = w.span(first, last);
    // A coordinated verb ("praised the deal but refused to sign it") is a sibling, not nested.
    let coordinated = || g > floor && doc.is_any(g - 1, COORDINATORS);
    // (So is a state of mind: "said he was confident that".)
    if (t.attitude || state_be.is_some()) && !coordinated() && in_done_content(done, w.reach, cue) {
        return None;
    }
    if passive && !t.passive && !reduced_passive && !said_to && !aside {
        g -= 1;
        while g > floor && doc.is_any(g - 1, GROUP_WORDS) {
            g -= 1;
        }
    }
    let h = last;
    a.cue = w.span(after_day.map_or(g, |d| d.max(g)), h);
    // "It should be pointed out that", "It must be said that": the writer's own comment on what
    // follows, with "it" standing for nothing; nobody else is reported.
    if g > w.sent.0 && doc.is(g - 1, "it") && doc.is_any(g, words!["should", "must", "can", "could", "may", "might"]) && doc.is(g + 1, "be") {
        return None;
    }
    let ceiling = w.sent.1.min(w.para.1);

    if passive {
        // "It is reported that ...", "He was told by aides that ...", "X is said to be ...".
        let mut j = h;
        if reduced_passive && !doc.is(j, "by") {
            j += 1;
        }
        if j < ceiling && doc.is(j, "by") && !is_time_after_by(doc, j + 1) {
            let (ss, mut se) = source::right_phrase(doc, j + 1, w.para.1)?;
            // A verb that takes a hearer takes an infinitive after its agent: "was urged by
            // residents to resign". The source phrase keeps a "to" before a noun phrase ("an
            // adviser to the president") but not one before a verb.
            // A verb without a hearer may have a purpose after its agent: "was proposed by
            // Lloyd's to cover the claims".
            {
                let infinitive = (ss + 1..se).find(|&k| {
                    doc.is(k, "to")
                        && k + 1 < ceiling
                        && doc.tokens[k + 1].kind == TokenKind::Word
                        && !starts_upper(doc, k + 1)
                        && !doc.is_any(k + 1, NOUN_DETERMINERS)
                        && !doc.is_any(k + 1, source::PRONOUNS)
                });
                se = infinitive.unwrap_or(se);
            }
            // Without its "be" the agent's phrase ends at the next adverbial: "announced by
            // Shell on Friday", "voiced by Baker over the weekend".
            // (A "for" inside a name goes on: "the Organisation for Economic Cooperation".)
            if reduced_passive || aside {
                se = (ss + 1..se)
                    .find(|&k| {
                        doc.is_any(k, words!["over", "to", "as", "in", "at", "on", "with", "from", "last", "this"])
                            || doc.is(k, "for") && !(k + 1 < se && starts_upper(doc, k + 1))
                            // ("accused by the government of plotting": what of.)
                            || doc.is(k, "of") && k + 1 < se && doc.token_bytes(k + 1).ends_with(b"ing")
                            || doc.is_any(k, TIME_WORDS)
                            // ... or at the main clause's verb: "the plan proposed by the
                            // ministers features a tax cut".
                            || doc.is_any(k, FINITE)
                            || !starts_upper(doc, k)
                                && !source::is_det(doc, k - 1)
                                && (doc.token_bytes(k).ends_with(b"s") && !doc.token_bytes(k).ends_with(b"ss") || doc.token_bytes(k).ends_with(b"ed"))
                                && k + 1 < ceiling
                                && (source::is_det(doc, k + 1) || doc.tokens[k + 1].kind == TokenKind::Number)
                    })
                    .unwrap_or(se);
            }
            a.source = Some(w.span(ss, se));
            j = se;
        }
        // "It is widely believed among economists that ...": who holds the belief.
        if j + 2 < ceiling && a.source.is_none() && doc.is(j, "among") {
            if let Some(that) = (j + 2..ceiling.min(j + 6)).find(|&k| doc.is(k, "that")).filter(|&k| (j + 1..k).all(|i| doc.tokens[i].kind == TokenKind::Word)) {
                a.source = Some(w.span(j + 1, that));
                j = that;
            }
        }
        if apposed && reduced_passive {
            // What was reported: the clause before "as", or the one after the agent's comma
            // when "As first reported by ..." opens the sentence; the noun phrase before the
            // comma of an aside.
            if doc.is(g - 1, "as") {
                match w.content_left(g - 1) {
                    Some(l) => a.content.push(l),
                    None if j < ceiling && is_mark(doc, j, b',') => a.content.extend(w.content_right(j + 1)),
                    None => {}
                }
            } else if let Some((ls, _)) = source::left_phrase(doc, g - 1, floor.max(w.sent.0)) {
                a.content.push(w.span(ls, g - 1));
            }
            return (a.source.is_some() && !a.content.is_empty()).then_some(a);
        }
        let subject_it = g > floor && doc.is(g - 1, "it");
        // A verb that takes a hearer makes its passive subject the hearer ("The mayor was told
        // by engineers that ...", "was urged to resign"): the words are only what follows.
        let subject_is_content = !subject_it && !t.tell;
        // (An aside's subject is before its comma.)
        let subject_end = if aside { g - 1 } else { g };
        // ("The figures, reported to the council, showed": a hearer, no infinitive.)
        if aside && j + 1 < ceiling && doc.is(j, "to") && (source::is_det(doc, j + 1) || starts_upper(doc, j + 1) || doc.tokens[j + 1].kind != TokenKind::Word || doc.is_any(j + 1, TIME_WORDS)) {
            return None;
        }
        // "X is said to be ill": the content is the subject and the infinitive.
        if j == h && j < ceiling && doc.is(j, "to") {
            // ("Alvarez, who is widely expected to challenge Reyes, has denied ...": a relative
            // clause's words end with the clause.)
            let mut relative = false;
            if subject_is_content {
                if let Some((ls, _)) = source::left_phrase(doc, subject_end, floor.max(w.sent.0)) {
                    a.content.push(w.span(ls, subject_end));
                    relative = ls + 1 == g && ls > w.sent.0 && doc.is_any(ls, source::RELATIVES) && is_mark(doc, ls - 1, b',');
                }
            }
            // (So do those of an aside: "The company, said to be worth $1 billion, was sold".)
            relative |= (said_to || aside) && source::left_phrase(doc, g, floor.max(w.sent.0)).map_or(is_mark(doc, g - 1, b','), |(ls, _)| ls > w.sent.0 && is_mark(doc, ls - 1, b','));
            let mut words = w.content_right(j);
            if let Some(r) = words.as_mut().filter(|_| relative) {
                cut_before_main_verb(w, r);
                within_aside(r);
            }
            a.content.extend(words);
            return (!a.content.is_empty()).then_some(a);
        }
        if subject_is_content {
            if let Some((mut ls, _)) = source::left_phrase(doc, subject_end, floor.max(w.sent.0)) {
                // Without its "be", the participle's subject is the noun phrase right before
                // it: "approved a budget proposed by Chiles" (the budget, not the approval).
                if reduced_passive || aside {
                    // (A determiner after a preposition opens its object: "an improvement in
                    // the economy predicted by the report".)
                    // (With no determiner, it starts after the last preposition or verb:
                    // "rose 7.3 pct against 5.5 pct estimated by the federation".)
                    ls = (ls..subject_end)
                        .rev()
                        .find(|&k| source::is_det(doc, k) && (k == ls || !doc.is_any(k - 1, PREPOSITIONS) && !doc.is(k - 1, "of")))
                        .or_else(|| (ls..subject_end - 1).rev().find(|&k| doc.is_any(k, PREPOSITIONS) || doc.is_any(k, words!["against", "than", "versus", "vs"]) || doc.is_any(k, FINITE) || doc.token_bytes(k).ends_with(b"ed")).map(|k| k + 1))
                        .unwrap_or(ls);
                }
                // "- a fact first reported by X", "- an allegation rejected by Y": a noun that
                // sums up the clause before the dash or comma stands for it; that clause is what
                // was reported.
                let summed = reduced_passive
                    && ls > w.sent.0
                    && (is_dash(doc, ls - 1) || is_mark(doc, ls - 1, b','))
                    && doc.is_any(g - 1, SUMMING_NOUNS);
                if let Some(l) = summed.then(|| w.content_left(ls - 1)).flatten().map(|r| reported_in(doc, r, done)) {
                    a.content.push(l);
                } else if doc.is_any(h, words!["to"]) || a.source.is_some() {
                    a.content.push(w.span(ls, subject_end));
                } else if j < ceiling && doc.is_any(j, REPORTED_STATES) {
                    // "The vessel was reported missing", "Two soldiers were confirmed dead": a
                    // state of the subject is what is reported, the subject and the state.
                    a.content.push(w.span(ls, g));
                    a.content.push(w.span(j, j + 1));
                    return Some(a);
                }
            }
        }
        // An estimate's agent ends it: "5.5 pct estimated by the federation for 1987" holds
        // nothing after it.
        if reduced_passive && doc.is_any(first, ESTIMATES) {
            return (a.source.is_some() && !a.content.is_empty()).then_some(a);
        }
        // "The general was quoted as saying ...": the subject is the speaker, and the words
        // follow the participle. (So with an agent: "was quoted by the agency as saying" names
        // who printed the words, not who said them; and "was cited by the newspaper as saying",
        // but not "were cited as supporting factors".)
        if (a.source.is_none() || doc.is(h, "by")) && (doc.is(first, "quoted") || doc.is(first, "cited") && doc.is(j + 1, "saying")) && j + 2 < ceiling && doc.is(j, "as") && doc.token_text(j + 1).ends_with("ing") {
            let (ls, le) = source::left_phrase(doc, g, floor.max(w.sent.0))?;
            a.source = Some(w.span(ls, le));
            a.content.clear();
            // "as telling Tamura that ...": past the hearer.
            if let After::Content(c) = w.after_verb(j + 2, doc.is(j + 1, "telling")) {
                a.content.extend(w.content_right(c));
            }
            // "“We lost,” he was quoted as saying.": the words came first.
            if a.content.is_empty() && ls > w.sent.0 {
                a.content.extend(w.content_left(ls));
            }
            return (!a.content.is_empty()).then_some(a);
        }
        // A judgement's complement is what it says: "was described as reckless", "was criticized
        // for the delay", "was accused of lying". "as" also opens adverbials ("as part of"), and
        // "for" spans of time ("has been discussed for years"; not "for years of neglect").
        let complement = |c: usize| {
            c + 1 < ceiling
                && (doc.is(c, "as") && !doc.is_any(c + 1, AS_ADVERBIALS) && !clause_at(doc, c + 1, ceiling)
                    || t.weak && doc.is_any(c, words!["for", "of"]) && !super::walk::for_a_time(doc, c, ceiling).is_some_and(|n| !doc.is(n + 1, "of")))
                && doc.tokens[c + 1].kind == TokenKind::Word
        };
        if complement(j) {
            // ("has been proposed as a way to cut infections, but the results have been
            // mixed": a phrase, which a clause after ", but" does not continue.)
            let mut words = w.content_right(j);
            if let Some(r) = words.as_mut() {
                end_object_before_clause(w, j, r);
                within_aside(r);
            }
            a.content.extend(words);
            return (!a.content.is_empty()).then_some(a);
        }
        // A second object or a predicate noun: "was asked this question", "was declared the
        // winner"; but "was announced the next day" is a time. Only after verbs that take one:
        // "was denied the files" is no report of a denial.
        let takes_object = t.tell || doc.is_any(first, words!["declared", "called", "dubbed", "branded", "labeled", "labelled", "proclaimed", "promised", "pronounced"]);
        let object_at = |c: usize| {
            takes_object
                && doc.is_any(c, SUBJECT_OPENERS)
                && (c + 1..ceiling.min(c + 4)).all(|k| !doc.is_any(k, TIME_NOUNS) && !doc.is_any(k, TIME_WORDS) && !doc.is_any(k, TIME_NOUN_PLURALS))
        };
        // What follows the verb is content only when something marks it as such: a "that", a
        // colon, a quotation, an infinitive or question word ("was told to leave", "was asked
        // whether"), a complement, an object, or a clause of its own. Otherwise it is an
        // adverbial: "was announced more than a week in advance".
        let marked = |c: usize| {
            c < ceiling
                && (c > 0 && doc.is_any(c - 1, words!["that", ":"])
                    || complement(c)
                    || doc.is(c, "that") && !(c + 1 < ceiling && (doc.is_any(c + 1, TIME_NOUNS) || doc.is_any(c + 1, TIME_NOUN_PLURALS)))
                    || quote_opening_at(doc, w.quotes, c).is_some()
                    || doc.is_any(c, words!["to", "whether", "if", "how", "why", "what", "when", "where", "who", "about"])
                        // ("is expected in 12 to 18 months": a range, not an infinitive.)
                        && !(doc.is(c, "to") && doc.tokens[c - 1].kind == TokenKind::Number)
                    || object_at(c)
                    // (A clause a subordinator opens is the writer's adverbial: "were not warned
                    // until the water was at their doors".)
                    || clause_at(doc, c, ceiling) && !(doc.is_any(c, CLAUSE_OPENERS) && !doc.is(c, "even")))
        };
        // "was told just before the vote that ...", "was not told beforehand that ...": an
        // adverbial the walk does not know, then the "that" that opens the content.
        let that_after = |c: usize| {
            (c..ceiling.min(c + 8))
                .take_while(|&k| !(doc.is_any(k, words![",", ";", ":"]) || is_end_punct(doc, k) || is_dash(doc, k)))
                .find(|&k| doc.is(k, "that") && !doc.is_any(k - 1, PREPOSITIONS) && clause_at(doc, k + 1, ceiling))
                // ("are explained so often that they stop being silences": a result, not words.)
                .filter(|&k| !(c..k).any(|i| doc.is_any(i, words!["so", "such"])))
        };
        match w.after_verb(j, false) {
            After::Content(c) if marked(c) => a.content.extend(w.content_right(c).map(|mut r| {
                within_aside(&mut r);
                r
            })),
            After::Content(c) if that_after(c).is_some() => a.content.extend(that_after(c).and_then(|k| w.content_right(k))),
            // "Terms have been agreed, and the clubs are talking": a clause joined after the
            // comma goes on with the writer's own account; what was reported is the subject.
            // (So is the main clause after an opening one the passive stands in: "When the
            // decision was announced, the market fell", "Within hours of being posted, the
            // video went viral".)
            After::Comma(c)
                if marked(c + 1)
                    && !doc.is_any(c + 1, COORDINATORS)
                    && !((doc.is_any(w.sent.0, CLAUSE_OPENERS) || doc.is_any(w.sent.0, words!["after", "before"]) || (w.sent.0..c).any(|k| doc.is(k, "being")))
                        && (w.sent.0..c).all(|k| !is_mark(doc, k, b','))) =>
            {
                a.content.extend(w.content_right(c + 1))
            }
            // "We are told, with increasing confidence, that ...": an aside between commas, then
            // the words.
            After::Comma(c) => {
                let that = that_after_comma_aside(doc, c, ceiling).filter(|&k| k + 1 < ceiling && clause_at(doc, k + 1, ceiling));
                a.content.extend(that.and_then(|k| w.content_right(k + 1)));
            }
            _ => {}
        }
        // (An aside's words end with it: "Commission proposals, rejected by ministers, would
        // have frozen prices" reports no more than the proposals.)
        if let Some(k) = aside_close {
            a.content.retain(|r| r.start < doc.tokens[k].start);
        }
        // "It is often said that fasting resets the metabolism, but there is little evidence for
        // this": after a report by no one, a clause of being with a pointing subject after ", but"
        // is the writer's answer to it, and so is one on the evidence ("..., but records from the
        // period are incomplete"). (After a named source it is as often the source's own next
        // words: "said it is raising funds, but there is no assurance it will succeed".)
        if subject_it && a.source.is_none() {
            if let Some(c) = a.content.last_mut() {
                let (cs, ce) = (doc.token_at_or_after(c.start), doc.token_at_or_after(c.end));
                let answered = (cs + 1..ce.saturating_sub(3).min(cs + 60)).find(|&k| {
                    is_mark(doc, k, b',') && (doc.is(k + 1, "but") && doc.is_any(k + 2, words!["there", "this", "that"]) && doc.is_any(k + 3, BE) || content::weighs_evidence(doc, k, ce))
                });
                if let Some(k) = answered {
                    c.end = doc.tokens[k - 1].end;
                }
            }
        }
        // "The defendant lied, the court heard.": the evidence before the hearer's comma. So
        // with a hearer told: "He ignored the warnings, the jury was told, because ...".
        // (Nothing follows but a comma or the end: "Clinton is assured of winning" is no frame.)
        let bare = a.content.is_empty() && (j >= ceiling || is_mark(doc, j, b',') || is_end_punct(doc, j));
        let hearer = if t.hearer { (g > w.sent.0 && source::is_det(doc, g - 1)).then(|| g - 1) } else { (t.tell && bare).then(|| source::left_phrase(doc, g, floor.max(w.sent.0))).flatten().map(|(ls, _)| ls) };
        if let Some(ls) = hearer.filter(|&ls| bare && ls > w.sent.0 && is_mark(doc, ls - 1, b',')) {
            a.content.extend(w.content_left(ls - 1));
        }
        return (!a.content.is_empty()).then_some(a);
    }

    let ing = progressive;
    let p = if g > floor { Some(g - 1) } else { None };
    // A comma and a mark close quoted words whose marks found no pair (a quotation inside
    // the quotation, an opening mark typed as a closing one): the words end there all the same.
    let comma_then_mark = |p: usize| {
        let mut k = p;
        while k > floor && is_quote_mark(doc, k) && p - k < 3 {
            k -= 1;
        }
        k < p && is_mark(doc, k, b',')
    };
    let after_break = g == w.sent.0
        || match p {
            None => true,
            Some(p) => is_mark(doc, p, b',') || dash_at(doc, p).is_some() || quote_closing_at(doc, w.quotes, p).is_some() || comma_then_mark(p),
        };

    // Inverted: "..., said the mayor." / "“...,” said Murphy, a consultant." Only verbs of saying
    // invert in English ("told the paper" is a hearer, not a speaker).
    // ("“...,” Mr. Kaplan, a screenwriter, said dryly.": a manner adverb is no speaker.)
    // ("Gov. John Kasich of Ohio, a Republican who has refused to endorse him, said the family
    // deserved better": a sentence that opens with a noun phrase and one aside set off by two
    // commas has its subject there, and what follows the verb is the content.)
    let subject_and_aside = || {
        // (A semicolon opens a clause of its own: "Staff reported less burnout; managers,
        // however, reported fewer sick days".)
        // (The walk's list also holds the commas before "although" and "though", which open no
        // subject: "Murphy, though, said".)
        let semicolon = w.semicolons[..w.semicolons.partition_point(|&k| k < g)].iter().rev().find(|&&k| is_mark(doc, k, b';')).map_or(0, |&k| k + 1);
        let opened = w.sent.0.max(floor).max(semicolon);
        // (Nor does "Yet" or "But" before it: "Yet economists, like their rivals, say ...".)
        let opened = opened + usize::from(opened < g && doc.is_any(opened, COORDINATORS));
        // (A subject and its aside are short: a sentence without stops is not walked.)
        if g > opened + 80 {
            return None;
        }
        let mut commas: Vec<usize> = (opened..g).filter(|&k| is_mark(doc, k, b',')).take(3).collect();
        // (More only for a chain of asides, which ends at a comma right before the verb.)
        if commas.len() == 3 && is_mark(doc, g - 1, b',') {
            commas.extend((*commas.at(2) + 1..g).filter(|&k| is_mark(doc, k, b',')).take(3));
        }
        // (The phrase has no verb and opens with no preposition or participle: "Despite the
        // doubts, the fund ...", "Offered on Wednesday, the issue had ...", "Crude runs normally
        // increase in March, and any decrease ..." are clauses, the content of an inversion.)
        let verb_like = |k: usize| {
            let t = doc.token_text(k);
            doc.is_any(k, FINITE) || doc.is_any(k, PLAIN_VERBS) || t.len() > 3 && (t.ends_with("ed") && (!starts_upper(doc, k) || k == opened && !starts_upper(doc, k + 1)) || t.ends_with("ing")) || is_ly_adverb(doc, k)
        };
        // (The aside may end in a quotation: "The trade paper, citing “sources within GM,” said".)
        // ("Jane Roe, 59, of Ashton, Md., who watched the ceremony, said": a chain of asides,
        // an age, a place, a relative clause, with no verb outside the relative.)
        let asides = || {
            (3..=5).contains(&commas.len())
                && *commas.at(commas.len() - 1) == g - 1
                && commas.windows(2).all(|c| {
                    c[1] > c[0] + 1
                        && (doc.is_any(c[0] + 1, source::RELATIVES) || !(c[0] + 1..c[1]).any(verb_like))
                        && (c[0] + 1..c[1]).all(|k| !is_quote_mark(doc, k))
                })
        };
        let yes = (commas.len() == 2
            // (The closing mark may be two apostrophes: "citing ''the magic of Trump,'' said".)
            && (*commas.at(1) == g - 1
                || (*commas.at(1) + 2 == g || *commas.at(1) + 3 == g && doc.is(g - 2, "'"))
                    && quote_closing_at(doc, w.quotes, g - 1).is_some_and(|q| q.start > doc.tokens[*commas.at(0) + 1].start))
            || asides())
            && source::starts_phrase(doc, opened)
            && !doc.is_any(opened, PREPOSITIONS)
            && !doc.is_any(opened, TIME_WORDS)
            && !doc.is_any(opened, words!["despite", "besides", "between", "among", "amid", "although", "though", "because", "if", "unless", "since", "as", "like", "unlike", "under", "for", "without", "against", "across", "once", "until", "even"])
            && !(opened..*commas.at(0)).any(verb_like)
            && !doc.is_any(*commas.at(0) + 1, COORDINATORS)
            && (opened..*commas.at(0)).all(|k| quote_opening_at(doc, w.quotes, k).is_none() && quote_closing_at(doc, w.quotes, k).is_none())
            && source::left_phrase(doc, *commas.at(0), opened).is_some_and(|(s, _)| s == opened);
        // (An aside has no finite verb of its own before any quotation or clause of its own:
        // "Behind the scenes, Mr. Plaats is “activating his network,” said English" is a
        // clause, the content of an inversion; "Kasich, a Republican who has refused to endorse
        // him, said" and "Phillips, acknowledging that the proposal was “controversial,” said"
        // are asides.)
        let clause_between = || {
            (*commas.at(0) + 1..*commas.at(1))
                .take_while(|&k| quote_opening_at(doc, w.quotes, k).is_none() && !doc.is_any(k, words!["who", "which", "that", "whose", "whom"]))
                .any(|k| doc.is_any(k, FINITE))
        };
        (yes && !clause_between()).then(|| (opened, *commas.at(0)))
    };
    // ("The film ― which weaves together the voices of ... ― explains America's history": a
    // dash closing an aside that another dash opened leads back to the subject, not to words
    // said before an inversion.)
    let closes_dashed_aside = || p.and_then(|p| dash_at(doc, p)).is_some_and(|d| (w.sent.0.max(floor)..d).any(|k| is_dash(doc, k)));
    // ("..., say industry sources.": the plural inverts as the singular does, though "say"
    // before a number gives an example: "a fee of, say 10 percent". So does a claim: "..., claims
    // tech boss", "..., claimed the minister". They stay out of INVERTIBLE, which also keeps a
    // verb's words whole past ", and" as a clause's: "claimed victory, and ..." is an object.)
    let inverts_too = || doc.is_any(first, words!["say", "warn", "argue", "insist", "claims", "claimed"]) && doc.tokens.get(h).is_some_and(|t| t.kind == TokenKind::Word);
    if after_break
        && (doc.is_any(first, INVERTIBLE) || inverts_too())
        && last == first + 1
        && g == first
        && !closes_dashed_aside()
        && source::starts_phrase(doc, h)
        && !doc.is(h, "that")
        && !is_manner_adverb(doc, h)
        && !doc.is_any(h, PREPOSITIONS)
        // ("..., argue against a deal", "arrive, argue and vanish": no speaker follows.)
        && !doc.is_any(h, words!["against", "and", "or"])
        // ("Lazar, in a green jumpsuit, said little": what was said, not who said it.)
        && !(doc.is_any(h, words!["nothing", "little", "something", "anything", "everything", "otherwise", "yes", "goodbye", "hello", "sorry", "thanks"]) && !is_mark(doc, h + 1, b'-'))
        && subject_and_aside().is_none()
    {
        let (ss, se) = source::right_phrase(doc, h, w.para.1)?;
        // "said one Republican involved in the planning.", "says a source familiar with the
        // talks.", "said the man who built his career on it.": a participle's or a relative
        // clause's post-modifier runs to the clause's end, and is part of the speaker.
        // (Only the participles of who someone is: "said negotiations resumed at noon" and "said
        // no radioactivity escaped during" open the content. A relative clause has one verb: in
        // "said the only executive who could release the news would not be ..." the second is
        // the content's.)
        // (Only a quotation that opens the sentence: "The paper, citing “sources within GM,”
        // said GM plans ..." quotes inside its subject.)
        let quote_led = {
            let closing = p.and_then(|p| quote_closing_at(doc, w.quotes, p).or_else(|| (is_mark(doc, p, b',') && p > floor).then(|| quote_closing_at(doc, w.quotes, p - 1)).flatten()));
            closing.is_some_and(|q| q.start <= doc.tokens[w.sent.0].start)
        };
        let relative = (ss + 1..se).any(|k| doc.is(k, "who"));
        let post_modified = se < ceiling
            && se > ss + 1
            && (doc.is_any(se - 1, words!["involved", "familiar", "close", "based", "briefed", "knowledgeable", "connected", "affiliated"])
                && doc.is_any(se, PREPOSITIONS)
                || relative
                // ("“...,” said one owner of a shop that sells underwear who declined to be named.")
                || quote_led && doc.is_any(se, words!["who", "that", "which", "whose"]));
        // ("“...!” wrote a man calling himself Paul on the website": the name one gives oneself
        // is part of the speaker, up to its last capitalised word; where it was written is not.)
        let self_named = quote_led && se + 2 < ceiling && doc.is_any(se, words!["calling", "describing", "identifying"]) && doc.is_any(se + 1, super::REFLEXIVES);
        let reach = if quote_led { 24 } else { 16 };
        let se = if self_named && starts_upper(doc, se + 2) {
            (se + 2..ceiling).find(|&k| !(doc.tokens[k].kind == TokenKind::Word && starts_upper(doc, k))).unwrap_or(ceiling)
        } else if post_modified || self_named {
            let mut end = (se..ceiling.min(se + reach))
                .find(|&k| is_mark(doc, k, b',') || is_end_punct(doc, k) || quote_opening_at(doc, w.quotes, k).is_some())
                .or((ceiling <= se + reach).then_some(ceiling));
            // ("“...,” said an official who called the affair “minor.”": after the speaker's
            // quotation, one inside the relative clause is part of who the speaker is; the
            // clause ends after it, at the same marks.)
            if quote_led && relative {
                while let Some(q) = end.filter(|&k| k < ceiling).and_then(|k| quote_opening_at(doc, w.quotes, k)) {
                    let after = doc.token_at_or_after_near(q.end, end.unwrap_or(se));
                    end = (after..ceiling.min(after + reach))
                        .find(|&k| is_mark(doc, k, b',') || is_end_punct(doc, k) || quote_opening_at(doc, w.quotes, k).is_some())
                        .or((ceiling <= after + reach).then_some(ceiling));
                }
            }
            let one_finite = |k: usize| (ss..k).filter(|&i| doc.is_any(i, FINITE)).count() <= usize::from(relative);
            // (After an opening quotation the relative's verb is the speaker's own, whatever it
            // is: "said the analyst who requested anonymity"; so are its verbs when the
            // quotation closes inside the sentence: "“...,” said one engineer who was told his
            // job was gone." A sentence that opens with "Said" after one may still have its own
            // words to come: "Said another official who would be told if ...: “...”")
            let quote_before_verb = quote_led && g > w.sent.0;
            end.filter(|&k| quote_before_verb || one_finite(k) && (quote_led || !(se..k).any(|i| source::is_cue_word(doc, i)))).unwrap_or(se)
        } else {
            se
        };
        // A real inversion ends the clause right after the source; a pronoun followed by more
        // words is the subject of the content ("said she thinks ...").
        let closes = se >= ceiling
            || doc.is_any(se, words![",", ".", ":", "!", "?", ";", "("])
            || doc.is_any(se, source::RIGHT_ENDS) && source::name_like(doc, ss, se)
            // ("“That’s treason,” said Cruz constituent Dan Golvach when asked": after the
            // quotation that a speaker closes, the phrase is the speaker whatever its words.)
            // (Only a quotation that opens the sentence: "The paper, citing “sources within GM,”
            // said GM plans ..." quotes inside its subject.)
            || doc.is_any(se, source::RIGHT_ENDS) && quote_led
            // ("said Lee with a shrug": how it was said, after which `right_phrase` stops.)
            || doc.is(se, "with") && (se + 1..ceiling.min(se + 4)).any(|k| doc.is_any(k, source::MANNERS))
            || quote_closing_at(doc, w.quotes, se).is_some();
        // ("..., 71, said afterwards: ...": nor is an adverb of time or place.)
        let closes = closes && !(doc.is_any(h, words!["he", "she", "they", "we", "i", "it"]) && se > h + 1) && !doc.is_any(h, TIME_WORDS) && !doc.is_any(h, ADVERBS);
        // "Omar Haddad, the delegation's leader, said the talks failed": a phrase that ends in a
        // verb is a clause, the content; the subject is on the left.
        let closes = closes && !(se > h + 1 && ends_subject(doc, se - 1) && !(quote_led && post_modified));
        // "The company, Lumina Health, said its software flagged most cancers": after a possessive,
        // a verb inside the phrase makes it a clause too ("said its chairman, ..." is a speaker).
        let verb_inside = |k: usize| {
            let t = doc.token_text(k);
            t.len() > 3 && t.ends_with("ed") && !starts_upper(doc, k) || doc.is_any(k, PLAIN_VERBS)
        };
        // ("..., who had a long career in Congress, said their stump speeches, already replete
        // with ..., would focus": after a possessive the speaker is a person or a body; a thing
        // is the subject of the words.)
        let possessed_thing = || {
            let head = (h + 1..se).rev().find(|&k| doc.tokens[k].kind == TokenKind::Word).unwrap_or(h);
            !quote_led && head > h && !(source::is_role(doc, head) || source::is_person_noun(doc, head) || source::is_listed(doc, head) || starts_upper(doc, head))
        };
        let closes = closes && !(doc.is_any(h, words!["its", "his", "her", "their", "our"]) && ((h + 2..se).any(verb_inside) || possessed_thing()));
        // ("... that tiredness, rather than missing sleep, explained the gap.": a thing after the
        // verb is its object, not a speaker.)
        let closes = closes && (quote_led || post_modified || source::holder(doc, ss, se));
        if closes {
            // "said a dealer at one major U.S. bank.": after a quotation, where the speaker works
            // is part of who the speaker is, up to the clause's end; a time or a subordinate
            // clause ends it ("said Schneider after the Senate voted").
            let mut se = se;
            // ("said Gardner in a telephone interview": "in" only before a place's name.)
            let place = || doc.is(se, "in") && se + 1 < ceiling && starts_upper(doc, se + 1);
            if quote_led && se < ceiling && (doc.is_any(se, words!["at", "with", "for", "from", "of"]) || place()) {
                let end = (se + 1..ceiling.min(se + 14)).find(|&k| doc.tokens[k].kind == TokenKind::Punct && !source::is_abbrev_dot_pub(doc, k) && !source::is_joiner(doc, k));
                // (Not an occasion or a manner: "said fire chief Rosa Delgado at a briefing",
                // "said Lee with a shrug" tell when and how, not who.)
                let occasion = |k: usize| {
                    doc.is_any(k, words![
                        "briefing", "conference", "meeting", "rally", "hearing", "event", "ceremony", "summit", "forum", "vigil", "gathering", "session",
                        "debate", "funeral", "memorial", "protest", "speech", "interview",
                    ]) || doc.is_any(k, source::MANNERS)
                };
                let plain = |k: usize| !doc.is_any(k, source::RIGHT_ENDS) && !doc.is_any(k, TIME_WORDS) && !doc.is_any(k, words!["who", "which", "that", "after", "before"]) && !occasion(k);
                if let Some(e) = end.filter(|&e| (is_mark(doc, e, b'.') || is_mark(doc, e, b',')) && (se + 1..e).all(plain)) {
                    se = e;
                }
            }
            // "said the lawyer, Mark Feldman.": the name set off after the role is the speaker's,
            // with a title's stop or a double surname's hyphen ("said its director, Dr. Sonya
            // Babu-Narayan.").
            let mut n = se + 1;
            while n < ceiling
                && n < se + 8
                && (doc.tokens[n].kind == TokenKind::Word && starts_upper(doc, n) && !doc.is_any(n, TIME_WORDS) || n > se + 1 && (source::is_abbrev_dot_pub(doc, n) || source::is_joiner(doc, n)))
            {
                n += 1;
            }
            if se < ceiling && is_mark(doc, se, b',') && n >= se + 3 && (n >= ceiling || doc.is_any(n, words![",", ".", ";"])) {
                se = n;
            }
            // "Said Dorothy Poynter, who grew up with Ali, “...”", "Said Poynter, a neighbour:
            // “...”": a frame opening the sentence has nothing said before it, so an aside
            // after the speaker runs on to the mark that opens the words.
            if (g == w.sent.0 || quote_led) && se < ceiling && is_mark(doc, se, b',') {
                let opens_words = |k: usize| (is_mark(doc, k, b':') || is_mark(doc, k, b',')) && quote_opening_at(doc, w.quotes, k + 1).is_some();
                // (Not past a report of its own or a participle's frame: "said Bland, adding,
                // “...”" is two reports, and "Said a lawyer, referring to the crisis, “...”"
                // sets the words in a frame.)
                let frame = |k: usize| source::is_cue_word(doc, k) || !starts_upper(doc, k) && doc.token_bytes(k).ends_with(b"ing");
                if let Some(k) = (se + 1..ceiling.min(se + 20))
                    .take_while(|&k| quote_opening_at(doc, w.quotes, k).is_none() && !is_end_punct(doc, k) && !frame(k))
                    .find(|&k| opens_words(k))
                {
                    se = k;
                }
            }
            a.source = Some(w.span(ss, se));
            a.content.extend(w.content_left(g));
            split_tail(w, se, &mut a);
            follow_on_quotes(w, &mut a);
            return (!a.content.is_empty()).then_some(a);
        }
    }

    // "Beck, who backed Cruz, last week said", "Priebus, the party's chairman, this past week
    // announced": an adverbial of time between an aside's comma and the verb is no subject.
    let time_gap = || {
        // (The time words of a source's time tail, with "month", "year" and "this past".)
        let time_word = |k: usize| source::is_day(doc, k) || doc.is_any(k, words!["month", "year"]);
        let mut k = g;
        while k > floor && g - k < 4 && (time_word(k - 1) || doc.is_any(k - 1, source::TIME_OPENERS) || doc.is(k - 1, "past")) {
            k -= 1;
        }
        (k < g && k > floor && is_mark(doc, k - 1, b',') && (k..g).any(time_word)).then_some(k)
    };
    // "He believed the countries in the accord had agreed ...": inside words already reported,
    // the speaker of a second verb starts no earlier than those words.
    // Only a report's clause counts, opened by its subject, and not one inside a relative clause
    // on this verb's own subject ("Farmers who had expected a record crop now say"); words that
    // start with the verb group itself ("declined" + "to confirm the report") are the group's.
    // (Only reports whose verb is in this sentence and near, the latest found first: the walk
    // goes through a document in order, a long one has thousands, and a sentence with no stops
    // may hold all of them.)
    let inner_floor = || {
        let group_start = doc.tokens[g].start;
        let sent_start = doc.tokens[w.sent.0.max(g.saturating_sub(80))].start;
        done.iter()
            .rev()
            .take_while(|d| d.cue.start >= sent_start)
            .filter(|d| !d.source.is_some_and(|r| doc.is_any(doc.token_at_or_after(r.start), source::RELATIVES)))
            .flat_map(|d| d.content.iter())
            .filter(|c| c.start < group_start && group_start < c.end)
            .map(|c| doc.token_at_or_after(c.start))
            .filter(|&k| source::is_det(doc, k) || doc.is_any(k, SUBJECT_PRONOUNS) || starts_upper(doc, k))
            .fold(floor, usize::max)
    };
    // "The newspaper quoted Pentagon officials as saying ...": the one quoted is the speaker.
    let quoted_as = || {
        let p = p.filter(|&p| ing && doc.is(p, "as") && p > floor)?;
        let k = (p.saturating_sub(20).max(floor)..p)
            .rev()
            .take_while(|&k| doc.tokens[k].kind == TokenKind::Word || source::is_abbrev_dot_pub(doc, k) || source::is_joiner(doc, k) || doc.is_any(k, words!["(", ")", ","]))
            .find(|&k| doc.is_any(k, words!["quoted", "quoting", "quotes", "quote", "reported", "cited", "citing"]))?;
        // ("He was quoted in today's edition as saying": in the passive, the subject.)
        let mut b = k;
        while b > floor + 1 && (doc.is_any(b - 1, GROUP_WORDS) || is_manner_adverb(doc, b - 1)) {
            b -= 1;
        }
        if b > floor && doc.is_any(b - 1, BE) {
            // ("The head of the authority, Murilo Habbema, was quoted": after an aside.)
            let aside = b >= floor + 3 && is_mark(doc, b - 2, b',');
            return if aside { appositive_subject(w, b - 2, done) } else { source::left_phrase(doc, b - 1, floor.max(w.sent.0)).map(|(s, e)| w.span(s, e)) };
        }
        // ("It quoted Mobil president Richard Tucker, currently in Peking, as saying": the aside
        // after the name is not the speaker's name.)
        let end = (k + 1..p).find(|&i| is_mark(doc, i, b',')).unwrap_or(p);
        (end > k + 1).then(|| w.span(k + 1, end))
    };
    // The source on the left, or for a participle after a comma, the subject of the sentence.
    let quoted = quoted_as();
    let src = if quoted.is_some() {
        quoted
    } else if ing
        && (after_break || p.is_some_and(|p| doc.is_any(p, words!["upon", "after", "before", "by", "while", "when", "without", "in", "on", "since"])))
    {
        match subject_of_sentence(w, g, done) {
            // "Shares fell after the company cut its forecast, blaming ...": a price or an
            // amount blames no one; the one who does is the subject of the clause after
            // "after" or "as", and with no such clause nobody is named.
            // (Capitalised inside a name it is the name's: "Mobil Oil".)
            Some(r) if amount_subject(doc, r) => Some(clause_subject_after(w, doc.token_at_or_after(r.end), g)?),
            other => other,
        }
    } else if let Some((opened, comma)) = p.filter(|&p| quote_closing_at(doc, w.quotes, p).is_some()).and_then(|_| subject_and_aside()) {
        // "The trade paper, citing “sources within GM,” said": the subject before the aside.
        source::left_phrase(doc, comma, opened).map(|(s, e)| w.span(s, e))
    } else if p.is_some_and(|p| is_mark(doc, p, b',')) {
        appositive_subject(w, g - 1, done)
    } else if let Some(k) = time_gap() {
        appositive_subject(w, k - 1, done)
    } else if let Some(open) =
        p.and_then(|p| dash_at(doc, p)).and_then(|d| (w.sent.0.max(d.saturating_sub(30))..d).rev().find_map(|k| dash_at(doc, k)))
    {
        // "The mayor — who has denied any wrongdoing — said": the subject stands before the
        // aside's opening dash.
        source::left_phrase(doc, open, inner_floor()).map(|(s, e)| w.span(s, e))
    } else if p.is_some_and(|p| doc.is_any(p, COORDINATORS)) || coordinated_after_frame(doc, g, w.sent.0) {
        // "Zimmerman shot him but claimed self-defence": the subject of the first verb; also
        // after a frame, "first said ..., but in a later interview said".
        subject_of_sentence(w, g, done)
    } else if let Some(s) = (t.noun_form && g == first && first > w.sent.0).then(|| possessor(doc, first, w.sent.0)).flatten() {
        Some(w.span(s, first))
    } else if let Some(be) = hearsay_before(doc, g, w.sent.0) {
        // "The striker is reported to have told the president he wants to leave": the teller
        // is the hearsay's subject, however little the writer vouches for the telling.
        source::left_phrase(doc, be, inner_floor()).map(|(s, e)| w.span(s, e))
    } else {
        source::left_phrase(doc, g, inner_floor())
            .or_else(|| purpose_speaker(doc, g, w.sent.0, inner_floor()))
            .map(|(s, e)| w.span(s, e))
    };
    // "Chris Carr released a statement confirming ...", "She sent a tweet saying ...", "the
    // group placed ads calling ...": the walk stopped at the main verb, and the participle's
    // speaker is the one who released, sent or placed.
    let src = match src {
        Some(r) if ing && quoted.is_none() && !(t.word == CueWord::Finding && doc.is(first, "showing")) => {
            let (sf, sl) = (doc.token_at_or_after(r.start), doc.token_at_or_after(r.end));
            // A past verb with its object's determiner after it ("released a", "sent a"), at the
            // phrase's start or after its subject ("Chris Carr released a statement"). (Not
            // "received a letter from X stating": the receiver is not the writer.)
            let past = |k: usize| {
                doc.tokens[k].kind == TokenKind::Word
                    && !starts_upper(doc, k)
                    && !doc.is(k, "received")
                    && (doc.token_bytes(k).ends_with(b"ed") || doc.is_any(k, words!["sent", "made", "held", "ran", "run", "gave", "put", "took", "spent", "wrote", "issued"]))
            };
            // ("The protesters carried banners with language blaming ...": or a bare plural.)
            let bare_plural = |k: usize| {
                let t = doc.token_bytes(k);
                t.len() > 3 && t.ends_with(b"s") && !t.ends_with(b"ss") && !starts_upper(doc, k) && doc.tokens[k].kind == TokenKind::Word && !doc.is_any(k, PREPOSITIONS)
            };
            let verb_at = |k: usize| past(k) && (k == sf || k + 1 < sl && (source::is_det(doc, k + 1) || bare_plural(k + 1)));
            // ("She posted a video saying ...": the walk stops at a verb of putting words out,
            // itself a cue, right before the object. Not "denied a report saying": only the
            // verbs that make or send the thing.)
            let put_out = || {
                sf > w.sent.0
                    && source::is_det(doc, sf)
                    && doc.is_any(sf - 1, words!["posted", "released", "issued", "published", "shared", "uploaded", "tweeted", "sent", "filed", "placed", "aired"])
            };
            // ("The senator emailed supporters saying ...": the walk stopped at the hearers of a
            // verb of sending, with no determiner of a thing sent before them.)
            let sent_to = || sf > w.sent.0 && !source::is_det(doc, sf) && doc.is_any(sf - 1, words!["emailed", "texted", "messaged", "wrote", "sent", "mailed"]);
            // ("The senator was caught on tape saying ...": the walk stopped at a passive of
            // perception, whose subject is the one heard or seen saying it.)
            let perceived = || {
                sf > w.sent.0
                    && doc.is_any(sf - 1, words!["was", "were", "is", "are", "been", "being"])
                    && doc.is_any(sf, words!["heard", "overheard", "seen", "caught", "filmed", "recorded", "videotaped", "spotted", "photographed"])
                    // ("caught up in lawsuits alleging fraud": the lawsuits allege.)
                    && !doc.is(sf + 1, "up")
            };
            // "Talks broke up with producers accusing each other", "Finns voted today with opinion
            // polls predicting a swing": an absolute "with" names the participle's subject after
            // it, a bare plural. (Not a bare singular: "banners with language blaming". With a
            // determiner or a name it is more often whom something was done with: "filed a
            // complaint with the ITC requesting", "an agreement with Colorado National calling
            // for". Nor "X, along with Y, claiming": Y is only part of the subject.)
            let absolute = (sf + 1..sl.saturating_sub(1)).rev().find(|&k| doc.is(k, "with")).filter(|&k| {
                !doc.is_any(k - 1, words!["along", "together"]) && !source::is_det(doc, k + 1) && (k + 1..sl).all(|j| !starts_upper(doc, j)) && bare_plural(sl - 1)
            });
            if let Some(k) = absolute {
                Some(w.span(k + 1, sl))
            } else if sf > w.sent.0 && past(sf) || (sf + 1..sl).any(verb_at) || perceived() {
                subject_of_sentence(w, g, done)
            } else if let Some(verb) = sender_before_hearer(doc, sf, w.sent.0) {
                // (A time alone is when: "The government, which ..., last month sent a report
                // to parliament asking" has its subject before the aside.)
                let when = |k: usize| source::is_day(doc, k) || doc.is_any(k, source::TIME_OPENERS) || doc.is_any(k, words!["month", "year", "quarter"]);
                // (No phrase at all, and the sender is out of reach: "..., and 51 members of
                // Parliament, wrote to the pope asking" keeps what it had.)
                match source::left_phrase(doc, verb, w.sent.0) {
                    Some((s, e)) if !(s..e).all(when) => Some(w.span(s, e)),
                    Some(_) => subject_of_sentence(w, g, done).or(Some(r)),
                    None => Some(r),
                }
            } else if sf > w.sent.0
                && source::is_det(doc, sf)
                && past(sf - 1)
                && sl <= sf + 4
                && !source::holder(doc, sf, sl)
                && (sf..sl).all(|k| {
                    doc.tokens[k].kind == TokenKind::Word
                        && !(doc.is_any(k, PREPOSITIONS) || doc.is_any(k, source::TEXTS) || doc.is_any(k, EVIDENCE) || source::is_cue_word(doc, k))
                })
            {
                // "Duisenberg defended the move saying ...", "The board rejected the offer
                // saying ...": the object of a past verb, a few plain words that neither speak nor
                // carry words, is what the subject spoke about. (Not "a lawsuit filed by a fired
                // staffer alleging", "the bishop instead of the survivors accusing".)
                subject_of_sentence(w, g, done).or(Some(r))
            } else if put_out() || sent_to() {
                // (The subject of that verb, which may follow an opening adverbial: "In 1980
                // the committee issued a report saying".)
                // (Back past the words of that verb's own report, which hold this one.)
                source::left_phrase(doc, sf - 1, w.sent.0).map(|(s, e)| w.span(s, e)).or(Some(r))
            } else {
                Some(r)
            }
        }
        other => other,
    };
    // "welcomed the retail sales figures showing a rise", "the release of figures showing":
    // the participle's subject is the noun phrase right before it, back to its determiner, not
    // the clause or the preposition's head before that.
    let src = if t.word == CueWord::Finding && doc.is(first, "showing") {
        // ("research by the Institute for Public Finance showing": the author's phrase too.)
        let mut k = authored_evidence(doc, first, w.sent.0).map_or(g, |j| j + 1);
        while k > w.sent.0
            && doc.tokens[k - 1].kind != TokenKind::Punct
            && !doc.is_any(k - 1, PREPOSITIONS)
            && !doc.is_any(k - 1, words!["of", "that", "and", "or", "as", "made", "make", "makes"])
            && !source::is_cue_word(doc, k - 1)
            && !source::is_det(doc, k)
        {
            // (A verb whose object the phrase is: "obtained emails showing", "have seen
            // documents showing", "has figures showing".)
            let verb = crate::engine::context::is_participle(doc, k - 1) || doc.is_any(k - 1, words!["saw", "got", "has", "have", "had"]);
            if verb && !starts_upper(doc, k - 1) {
                break;
            }
            k -= 1;
        }
        (k < g).then(|| w.span(k, g))
    } else {
        src
    };
    // "... and plans to run": without a parser the subject of a coordinated verb is known only
    // when an earlier report in the sentence named it ("praised the deal yet refused to sign").
    if t.attitude && p.is_some_and(|p| doc.is_any(p, COORDINATORS)) {
        let sent = doc.token_span(w.sent.0, w.sent.1);
        if !done.iter().any(|d| sent.contains(d.cue) && d.cue.end <= doc.tokens[g].start && d.source.is_some()) {
            return None;
        }
    }
    // "Under the approach outlined in the filing", "for the proposals announced by the party":
    // a participle after the object of a preposition describes that object; nobody reports.
    // The source's first token, searched for once for the tests below.
    let mut src_first = src.map(|r| doc.token_at_or_after_near(r.start, g));
    if let Some(sf) = src_first {
        // Only before a preposition of its own ("outlined in", "agreed at", "announced by"):
        // "In a statement he said", "for years officials insisted on" keep their report.
        let participle = ed && last == first + 1;
        let that_follows = || (last..w.sent.1.min(last + 10)).take_while(|&k| doc.tokens[k].kind == TokenKind::Word).any(|k| doc.is(k, "that"));
        // ("while the newspaper reported on Monday that": "while" and "when" may open a clause,
        // whose subject the phrase is; its "that" shows it.)
        let object_before = |d: usize| {
            d > w.sent.0
                && (doc.is_any(d - 1, PREPOSITIONS) && !(doc.is_any(d - 1, words!["while", "when"]) && that_follows())
                    || doc.is_any(d - 1, words!["under", "for", "with", "by", "against", "about", "over"]))
        };
        // (The walk for a source may run past the noun phrase: "funded two of the earlier
        // studies cited in the paper" is asked of "the", the determiner of the noun before.)
        // Only in the run of words right before the verb, and not before a "that" clause after
        // a short adverbial ("advisers to the FDA recommended in January that ...").
        let det_before = || {
            let mut d = g;
            while d > sf && g - d < 4 && doc.tokens[d - 1].kind == TokenKind::Word && !doc.is_any(d - 1, COORDINATORS) && !source::is_det(doc, d) {
                d -= 1;
            }
            // (A name right before the verb is its subject: "Chancellor of the Exchequer Nigel
            // Lawson announced in his budget ...".)
            d < g && source::is_det(doc, d) && object_before(d) && !that_follows() && !starts_upper(doc, g - 1)
        };
        // ("its own tally of results posted at polling stations": the bare object of "of".)
        // ("the mother of three replied" is no such: a plural noun only; and "a team of
        // researchers reported on Thursday, a finding ..." reports: the phrase must be the
        // subject of a verb after the participle's own phrase.)
        let of_object = || {
            g >= sf + 2
                && doc.is(g - 2, "of")
                && doc.tokens[g - 1].kind == TokenKind::Word
                && !starts_upper(doc, g - 1)
                && doc.token_bytes(g - 1).ends_with(b"s")
                && (last + 1..w.sent.1.min(last + 8)).take_while(|&k| doc.tokens[k].kind == TokenKind::Word).any(|k| doc.is_any(k, FINITE) || source::is_cue_word(doc, k))
        };
        if participle
            && g == first
            && sf > w.sent.0
            && (source::is_det(doc, sf) && object_before(sf) || det_before() || of_object())
            && last < w.sent.1
            && (doc.is_any(last, words!["in", "at", "by", "on", "during", "for", "under"]) || is_mark(doc, last, b','))
        {
            return None;
        }
    }
    // "With unions warning that ..., the firm ...": "with" opens an absolute clause; its subject
    // is the speaker, and its words end at the clause's comma.
    let mut src = src;
    let mut absolute = false;
    if let (Some(r), Some(sf)) = (src, src_first) {
        if ing && doc.is(sf, "with") && sf + 1 < g {
            // "In May, with the Democrats, saying": the walk stopped at a comma with "with" alone.
            let end = doc.token_at_or_after(r.end);
            if end <= sf + 1 {
                return None;
            }
            src = Some(w.span(sf + 1, end));
            src_first = Some(sf + 1);
            absolute = true;
        }
    }
    // '“...,” nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's
    // Institute for Science and International Security wrote': between the quotation its speaker
    // closes and the verb, every word is the speaker's, however long the phrase; the walk, which
    // stops at fourteen words or at a sign ("Fight for $15 director Kendall Fells"), stopped
    // short of the quotation.
    if let (Some(r), Some(sf)) = (src, src_first) {
        let name_part = |k: usize| {
            // (Words of a name, a role or a body only: a clause's words, a preposition of place
            // or time, a pronoun show a sentence going on past the quotation: '..., “done in”
            // by the suspension and he added', '... a direct threat,'' on Tuesday night he said'.)
            matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number)
                && !doc.is_any(k, FINITE)
                && !doc.is_any(k, CLAUSE_WORDS)
                // ('..., a charge Treasurer Jim Chalmers dismissed': the writer's noun that
                // sums the words up.)
                && !doc.is_any(k, SUMMING_NOUNS)
                && !source::is_cue_word(doc, k)
                || source::is_abbrev_dot_pub(doc, k)
                || source::is_joiner(doc, k)
                || doc.is_any(k, words!["$", "&", "'s", "\u{2019}s"])
        };
        // (Asked of every report with a source: only where a quotation closes in the sentence
        // within reach, found by binary search, are the tokens walked back to its mark, and only
        // then are their words looked up.)
        let reach_start = doc.tokens[sf.saturating_sub(30).max(w.sent.0)].start;
        let i = w.quotes.partition_point(|q| q.end <= doc.tokens[sf].start);
        let quoted_before = i > 0 && w.quotes.at(i - 1).end > reach_start;
        let plain = |k: usize| doc.tokens[k].kind != TokenKind::Punct || !is_quote_mark(doc, k) && !is_mark(doc, k, b',') && !is_end_punct(doc, k);
        let mut q = sf;
        while quoted_before && q > w.sent.0 && sf - q < 30 && plain(q - 1) {
            q -= 1;
        }
        let mut k = sf;
        if q > w.sent.0 && q < sf && is_quote_mark(doc, q - 1) {
            while k > q && name_part(k - 1) {
                k -= 1;
            }
        }
        let closed_before = k < sf && k == q && k >= w.sent.0 + 2 && quote_closing_at(doc, w.quotes, k - 1).is_some();
        let end = doc.token_at_or_after(r.end);
        // (The phrase opens with no conjunction, "... “great meeting” and Trump calling", and
        // the walk's own phrase is a name's words too: "... provisions he said".)
        if closed_before && doc.tokens[k].kind == TokenKind::Word && !doc.is_any(k, COORDINATORS) && (sf..end).all(name_part) {
            src = Some(w.span(k, end));
            src_first = Some(k);
        }
    }
    a.source = src;
    let src_first = src_first.unwrap_or(g);

    // "warned fans travelling to the match that ...", "cautioned investors that ...": a verb of
    // warning takes a hearer before its "that" (and often none: "warned several years may
    // pass", "warned of a slowdown").
    let warned_hearer = || {
        matches!(doc.tokens[first].first_byte() | 0x20, b'w' | b'c')
            && doc.is_any(first, words!["warned", "warns", "warn", "cautioned", "cautions"])
            && h < w.sent.1
            && !doc.is_any(h, words!["that", "of", "about", "against", "on", "in", "to"])
            && (h + 1..w.sent.1.min(h + 7))
                // ("warned managers in 2021 that": a year in the adverbial between.)
                .take_while(|&k| matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number) && !doc.is_any(k, FINITE))
                .any(|k| doc.is(k, "that"))
    };
    let right = w.after_verb(h, t.tell || warned_hearer());
    let before_source = if src_first > floor { Some(src_first - 1) } else { None };
    // (Not a lone " - " before a capital: in wire copy that more often ends a dateline,
    // "WASHINGTON - Kuwait has asked", or joins the parts of a bank's name, "Landesbank
    // Schleswig-Holstein - Girozentrale said", than sets words off from the source.)
    let lone_hyphen = |b: usize| is_mark(doc, b, b'-') && hyphen_run_start(doc, b) == b;
    // A quotation that closed the sentence before is no words of a new sentence's frame that
    // has words of its own: '“... not to survive.” He conceded, however, that injuries ...'.
    // (Only words that a "that", a colon or a clause opens: "said in a letter to the U.N." after
    // such a quotation is where the quotation was said. An infinitive after a hearer is an
    // appeal of its own: '“...” She urged anyone with footage to come forward.')
    let own_words = || match right {
        After::Content(c) => c > 0 && (doc.is_any(c - 1, words!["that", ":"]) || clause_at(doc, c, w.sent.1) || t.tell && c > h && doc.is(c, "to")),
        After::Comma(c) => that_after_comma_aside(doc, c, w.sent.1).is_some(),
        _ => false,
    };
    let earlier = before_source.is_some_and(|b| b < w.sent.0) && starts_upper(doc, src_first) && own_words();
    let before_source = before_source.filter(|_| !earlier);
    // (A comma and closing marks close words whose opening mark is missing, "... not like
    // him,” she said": the text was pasted from inside the quotation, or it runs on from the
    // paragraph before; and "... for real,'''" closes a quotation inside another.)
    let left_open = before_source.is_some_and(|b| {
        is_mark(doc, b, b',') || is_dash(doc, b) && !(lone_hyphen(b) && starts_upper(doc, b + 1)) || quote_closing_at(doc, w.quotes, b).is_some() || comma_then_mark(b)
    });
    // With a quotation just before the source, words after the verb are circumstances ("said
    // Saturday at the White House", "said with disbelief") unless a "that", a colon or a new
    // quotation opens content there.
    let left_quote = before_source.is_some_and(|b| {
        quote_closing_at(doc, w.quotes, b).is_some() || is_mark(doc, b, b',') && b > floor && quote_closing_at(doc, w.quotes, b - 1).is_some() || comma_then_mark(b)
    });
    let right = match right {
        After::Content(c)
            if left_quote
                && !ing
                && (c > h || doc.is_any(c, COORDINATORS))
                && !(quote_opening_at(doc, w.quotes, c).is_some() && doc.is_any(c - 1, words![",", ":"]) || doc.is_any(c - 1, words!["that", ":"])) =>
        {
            After::Nothing
        }
        r => r,
    };
    // "His leverage, they believe, isn't going anywhere", "The plan will fail, many economists
    // fear.": a verb of belief set off after its clause frames that clause, as a verb of saying
    // does; nothing follows it but a comma or the end.
    let as_frame = before_source.is_some_and(|b| doc.is(b, "as") && b > w.sent.0 && is_mark(doc, b - 1, b','));
    let belief_aside = || {
        (left_open || as_frame)
            && !left_quote
            && matches!(right, After::Nothing | After::Comma(_))
            && doc.is_any(h - 1, words!["believe", "believes", "believed", "think", "thinks", "thought", "fear", "fears", "feared", "expect", "expects", "suspect", "suspects"])
            && src.is_some_and(|r| source::holder(doc, doc.token_at_or_after(r.start), doc.token_at_or_after(r.end)))
    };
    if t.attitude && !attitude_frame(w, src, g, h, &right, t.inf) && !belief_aside() {
        return None;
    }
    // ("The outlook is certain", "Be sure that ...": a state needs someone to be in it.) "It"
    // is the body just named ("the union said it is worried that"), except before the words
    // that also open the writer's own judgement: "It is doubtful that ...".
    let holds = |r: Range| {
        let (sf, sl) = (doc.token_at_or_after(r.start), doc.token_at_or_after(r.end));
        source::holder(doc, sf, sl) || sl == sf + 1 && doc.is(sf, "it") && !doc.is_any(first, words!["certain", "sure", "doubtful", "positive"])
    };
    if state_be.is_some() && !src.is_some_and(holds) {
        return None;
    }
    // "is adding to his wins", "are adding to the misery of": "add to" with no colon or
    // quotation after it increases something; whatever follows is no report. (The check below
    // sees only content that starts at once; this phrase may run on to a comma.) After its
    // content it still reports: '"It was more than her show," Trump added to People.'
    if doc.is(h, "to")
        && !left_open
        && doc.is_any(h - 1, words!["adding", "add", "adds", "added"])
        && !(h + 1..w.sent.1.min(w.para.1).min(h + 6)).any(|k| is_mark(doc, k, b':') || quote_opening_at(doc, w.quotes, k).is_some())
    {
        return None;
    }
    // "adding 5 points", "is adding jobs", "adding to pressure on the yen": "add" reports only
    // words that a "that", a colon, a quotation or a clause of their own opens.
    if let After::Content(c) = right {
        // ("added a caveat: “...”": a colon or a quotation a few words on marks it too.)
        let ceiling = w.sent.1.min(w.para.1);
        let unmarked = || !(c > 0 && doc.is_any(c - 1, words!["that", ":"]))
            && !(c..ceiling.min(c + 5)).any(|k| is_mark(doc, k, b':') || quote_opening_at(doc, w.quotes, k).is_some());
        // A clause has a verb before any relative pronoun: "adding a scandal at VW, over
        // currency losses, \"has nothing to do\" with", but not "adding a hidden tax on exports
        // that makes them dearer".
        // A subject that opens a clause ("it expects", "the land seems stable"); a bare noun
        // may be an object with a clause of its own after it ("capacity as fast as it could").
        let opens_clause = || (doc.is_any(c, SUBJECT_PRONOUNS) || source::is_det(doc, c) || starts_upper(doc, c)) && clause_at(doc, c, ceiling);
        // (A relative clause set off by commas is stepped over; a subordinate one ends the
        // search: "adding capacity as fast as it could".)
        let verb = || {
            let mut k = c + 1;
            while k < ceiling.min(c + 25) {
                if doc.is_any(k, words!["which", "who"]) && is_mark(doc, k - 1, b',') {
                    match (k + 1..ceiling.min(k + 15)).find(|&j| is_mark(doc, j, b',')) {
                        Some(j) => k = j + 1,
                        None => return false,
                    }
                    continue;
                }
                if doc.is_any(k, words!["that", "which", "who", ";", "as", "because", "if", "when", "while", "than"]) {
                    return false;
                }
                let t = doc.token_bytes(k);
                if doc.is_any(k, FINITE)
                    || doc.is_any(k, PLAIN_VERBS)
                    || t.len() > 4 && t.ends_with(b"ed") && !starts_upper(doc, k) && !doc.is_any(k - 1, words!["and", "or"]) && !source::is_det(doc, k - 1)
                {
                    return true;
                }
                k += 1;
            }
            false
        };
        if doc.token_bytes(first).get(..3).is_some_and(|b| b.eq_ignore_ascii_case(b"add")) && unmarked() && doc.is_any(first, words!["adding", "add", "adds", "added"]) && (doc.is(c, "to") || !(opens_clause() || verb())) {
            return None;
        }
    }
    match right {
        After::Content(c) => {
            // A quotation split around the source and cue: “The bridge,” she said, “is unsafe.”
            if left_quote && !ing && quote_opening_at(doc, w.quotes, c).is_some() {
                if let Some(l) = before_source.and_then(|b| w.content_left(b + 1)) {
                    a.content.push(l);
                }
            }
            let mut r = w.content_right(c);
            // After a verb of saying the content is a clause, even where `clause_at` cannot
            // see one ("said QuadEGA's price is cut").
            if let (Some(r), Some(src)) = (r.as_mut(), a.source) {
                end_clause_before_speakers_deed(w, c, r, src);
                content::end_before_writers_answer(w, c, r, src);
            }
            if let Some(r) = r.as_mut() {
                let inverted = doc.is_any(first, INVERTIBLE);
                if !inverted {
                    end_object_before_clause(w, c, r);
                    end_object_before_frame(w, c, r);
                }
                // (The verbs of saying mostly report a clause, whose -s and bare verbs are not
                // told from nouns: "said the quake cost the country ... and left 1,000 dead".
                // These report a finding as often: "reported a 28 percent rise ... and raised
                // its forecast".)
                if !t.tell && (!inverted || doc.is_any(first, words!["reported", "admitted", "acknowledged", "conceded", "suggested"])) {
                    end_object_before_second_verb(w, c, r);
                }
            }
            // "told jurors that the mayor never discussed the contracts and that Moreno had ...":
            // the object of a verb that takes one is no clause, so "and that" opens the next
            // clause of the report around it.
            if let Some(r) = r.as_mut().filter(|_| (t.weak || t.noun_phrase) && !doc.is_any(c, words!["that", "to"]) && !(c > 0 && doc.is(c - 1, "that"))) {
                let (f, l) = (doc.token_at_or_after(r.start), doc.token_at_or_after(r.end));
                // (A finite verb before it shows a clause after all: "showed the region could
                // hold oil and that ...".)
                if let Some(k) = (f + 1..l.min(f + 40).saturating_sub(1)).find(|&k| doc.is(k, "and") && doc.is(k + 1, "that") && !that_determiner(doc, k + 1, l)) {
                    if !(f..k).any(|i| doc.is_any(i, FINITE) || doc.is(i, "be")) && !clause_at(doc, f, k) {
                        r.end = doc.tokens[k - 1].end;
                    }
                }
            }
            // "..., a claim her campaign rejected as misleading": the judgement is of the clause
            // the noun sums up, which is the words too; so is a name it is called ("..., a claim
            // Democrats called “fantasy economics”").
            let summed = before_source.and_then(|b| summed_before(doc, b, w.sent.0));
            if let Some(end) = summed.filter(|_| doc.is(c, "as") || doc.is_any(first, words!["called", "dubbed", "labelled", "labeled", "branded", "termed"])) {
                a.content.extend(w.content_left(end).map(|r| reported_in(doc, r, done)));
            }
            a.content.extend(r);
        }
        After::Nothing | After::Comma(_) | After::Trailing(_) => {
            // "..., as police have said.": the clause before "as" is the content.
            if before_source.is_some_and(|b| doc.is(b, "as") && b > w.sent.0 && is_mark(doc, b - 1, b',')) {
                a.content.extend(w.content_left(before_source.unwrap() - 1));
            }
            // "..., a charge the department denied.": so is the clause a noun sums up.
            if let Some(end) = before_source.and_then(|b| summed_before(doc, b, w.sent.0)) {
                a.content.extend(w.content_left(end).map(|r| reported_in(doc, r, done)));
            }
            if left_open {
                // "In a statement, the company said." has no content on the left: an opening
                // adverbial is circumstance.
                // (After any dateline: "MANCHESTER, N.H. - With a snowstorm bearing down, ...".)
                let opened = dateline_end(doc, w.sent.0, src_first).unwrap_or(w.sent.0);
                // ("At least two people have died, police said": "at least" counts, and a
                // phrase with an auxiliary is a clause.)
                let adverbial = doc.is_any(opened, source::LEADERS)
                    && src_first >= opened
                    && src_first - opened <= 7
                    && !left_quote
                    && !(doc.is(opened, "at") && doc.is_any(opened + 1, words!["least", "most"]))
                    && !(opened..src_first).any(|k| doc.is_any(k, FINITE) && !starts_upper(doc, k));
                // Nor is a linking word alone: "However, I do think, after eight years, ...".
                let linking = src_first == w.sent.0 + 2 && is_linking_adverb(doc, w.sent.0);
                // Nor two or three words of comment, no verb and no name among them: "Of course,
                // nobody has asked them", "Needless to say, nobody asked". (A headline's words are
                // capitals: "DOLLAR VALUE APPROPRIATE, OFFICIAL SAYS"; an answer is words said:
                // "Not so, the authors contend". Nor the subject of words split by the report:
                // "Kuwait, they said, was pumping".)
                let comment = !matches!(right, After::Comma(_))
                    && !left_quote
                    && !doc.is_any(opened, words!["not", "no", "yes"])
                    // (Comment opens with a preposition, an adverb, a word of judgement or a
                    // noun phrase with no verb in it; "Prices fell, traders said", "Talks
                    // continue, he said" and "The deal collapsed, she said" are clauses.)
                    && (doc.is_any(opened, PREPOSITIONS)
                        || doc.is_any(opened, source::LEADERS)
                        || is_ly_adverb(doc, opened)
                        || doc.is_any(opened, words!["needless", "sure", "worse", "better", "even", "still", "so", "again", "then", "now", "true", "granted", "fine", "all", "more", "most", "if"])
                        || source::is_det(doc, opened) && !(opened + 1..src_first - 1).any(|k| doc.token_bytes(k).len() > 4 && doc.token_bytes(k).ends_with(b"ed") || doc.is_any(k, PLAIN_VERBS)))
                    && (opened + 3..=opened + 4).contains(&src_first)
                    && is_mark(doc, src_first - 1, b',')
                    && (opened + 1..src_first - 1).all(|k| doc.tokens[k].kind == TokenKind::Word && !starts_upper(doc, k) && !doc.is_any(k, FINITE));
                // A verb joined to the next ("requested and were assigned") frames only a clause
                // before it: "Of the 9,500 billion lire offered, operators requested and ..." has
                // nothing reported.
                // (Nor a relative's: "the Convention, which wrote and adopted ...".)
                let joined = h < w.sent.1 && doc.is_any(h, words!["and", "or"]);
                let framed = || left_quote || clause_at(doc, opened, src_first) && !doc.is_any(src_first, source::RELATIVES);
                if !adverbial && !linking && !comment && (!joined || framed()) {
                    a.content.extend(w.content_left(src_first));
                }
            }
            // "The museum, Mr. Obama said, would ...": the content is on both sides. A comma
            // ending the left part marks the parenthetical; a quotation already closed does not.
            // ("The plan, as the minister said, failed": so does an "as" after a comma.)
            let parenthetical =
                as_frame || left_open && before_source.is_some_and(|b| is_mark(doc, b, b',') && quote_closing_at(doc, w.quotes, b.saturating_sub(1)).is_none());
            if a.content.is_empty() || parenthetical {
                // "Jobs could be saved, the bank said, but analysts disagreed": after a whole
                // clause, one opened by a conjunction or a participle ("adding that ...") is the
                // writer's next step, not the rest of what was said.
                // So is one after the frame alone, opened by a conjunction: "The models disagree,
                // and I think ...", "has not commented, but it has said". (There "which" and
                // "as" set off a part of the content: "said, as its largest shareholder, it will".)
                // Not an aside that the content then follows: "added, though, that", "stated,
                // while testifying, that", "said, and I quote, ...", "would argue — and Sanders
                // believes — that".
                // (Within the sentence: a ", that" in the next sentence or paragraph is no part
                // of this frame, and a re-analysed window may not even hold it.)
                let aside = |c: usize| {
                    !is_mark(doc, c, b',')
                        || c + 2 < w.sent.1 && (is_mark(doc, c + 2, b',') || doc.is(c + 2, "i") && c + 3 < w.sent.1 && doc.is(c + 3, "quote"))
                        || (c + 2..w.sent.1.min(c + 16)).any(|k| doc.is(k, "that") && is_mark(doc, k - 1, b','))
                };
                // (With nothing reported on the left, a clause of contrast opens the words: "And
                // so, he said, while members of his circle are horrified, they admire ...".)
                let nothing_left = parenthetical && a.content.is_empty();
                // (And the writer's noun that sums the words up: "..., the team reported on
                // Thursday, a finding that adds to ...".)
                let summed = |c: usize| c + 2 < w.sent.1 && doc.is_any(c + 1, words!["a", "an"]) && doc.is_any(c + 2, SUMMING_NOUNS);
                // (And an occasion or the writer's gloss running to the sentence's end: "...,
                // officials said, in a modest sign of easing tensions.", "he said, in an address
                // to union leaders." One that a comma closes may be an aside inside the words:
                // "The museum, he said, in a statement, would open".)
                let new_clause = |c: usize| {
                    c + 1 < doc.tokens.len()
                        && (summed(c)
                            || parenthetical && gloss_after(doc, c, w.sent.1)
                            || !(nothing_left && doc.is_any(c + 1, words!["while", "though", "although", "whereas"]))
                                && (parenthetical
                                    && (doc.is_any(c + 1, words!["which", "as", "so"])
                                        || doc.token_text(c + 1).ends_with("ing") && !starts_upper(doc, c + 1))
                                    || doc.is_any(c + 1, words!["but", "though", "although", "while", "whereas", "yet", "and"]) && (parenthetical || !aside(c))))
                };
                // (Nor is a second closing frame: "Prices rose in May, data show, the ministry
                // said." Its source opens after the comma, and its verb ends the sentence.)
                let second_frame = |c: usize| {
                    let end = w.sent.1.min(c + 10);
                    let stop = (c + 1..end).find(|&k| doc.tokens[k].kind == TokenKind::Punct && !source::is_abbrev_dot_pub(doc, k) && !source::is_joiner(doc, k));
                    let upto = stop.unwrap_or(end);
                    (source::is_det(doc, c + 1) || starts_upper(doc, c + 1) || source::is_bare_source(doc, c + 1))
                        && (stop.is_some_and(|k| is_end_punct(doc, k)) || stop.is_none() && end == w.sent.1)
                        && (c + 2..upto).any(|k| source::is_cue_word(doc, k))
                };
                if let After::Comma(c) = right {
                    if !new_clause(c) && !(c + 2 < w.sent.1 && second_frame(c)) {
                        // "He added, though, that ...": the linking word and its comma are the
                        // frame's, and so is the "that".
                        let mut from = c + 1;
                        if from + 1 < doc.tokens.len() && doc.is_any(from, words!["though", "however", "too", "also", "moreover"]) && is_mark(doc, from + 1, b',') {
                            from += 2;
                            if from < doc.tokens.len() && doc.is(from, "that") {
                                from += 1;
                            }
                        } else if let Some(that) = that_after_comma_aside(doc, c, w.sent.1) {
                            // "have warned, in unusually blunt language, that ...": an aside
                            // between commas, then the words.
                            from = that + 1;
                        }
                        a.content.extend(w.content_right(from));
                        if parenthetical {
                            split_clause_from_semicolon(w, &mut a);
                        }
                    }
                }
            }
            if matches!(right, After::Nothing | After::Trailing(_)) || left_quote {
                follow_on_quotes(w, &mut a);
            }
            if let After::Trailing(j0) = right {
                // A short place or time ("reported from Lagos") is never the content.
                if a.content.is_empty() && !left_quote && w.sent.1.min(w.para.1) >= j0 + 6 {
                    a.content.extend(w.content_right(j0));
                }
            }
        }
    }
    // A relative clause's report ends with the clause: "Diaz, who said costs rose, left." (So
    // does one with its verb contracted: "who's argued", "who’d previously endorsed".)
    let relative = src.is_some() && (doc.is_any(src_first, source::RELATIVES) || source::without_contraction(doc.token_text(src_first)).eq_ignore_ascii_case("who"));
    // "The governor, promising to cut red tape, toured the port": a participle set off by commas
    // holds its content up to the closing comma; the main clause goes on after it. For a verb of
    // saying that holds only when the subject ends at the comma ("The minister, citing health
    // reasons, stepped down"); after a clause of its own ("The minister resigned, saying it was
    // costly, slow and unfair") the content runs on.
    let appositive = || src.is_some_and(|r| p.is_some_and(|p| p > 0 && r.end == doc.tokens[p - 1].end));
    let participle = ing && p.is_some_and(|p| is_mark(doc, p, b',')) && (t.attitude || appositive());
    // "Doherty, asked whether he wanted the job, told ...": "asked" set off by a comma right
    // after its subject is passive, so who asked is not said, and the question ends at the
    // aside's comma. (After a whole appositive it is the subject's own verb: "Smith, 52, asked
    // the court to ...".)
    let questioned = !ing
        && p.is_some_and(|p| is_mark(doc, p, b','))
        && doc.is_any(g, PASSIVE_QUESTIONED)
        && appositive()
        && src.is_some_and(|r| !r.slice(doc.text).as_bytes().contains(&b','))
        && (g + 2..w.sent.1).any(|k| is_mark(doc, k, b','));
    if questioned {
        a.source = None;
    }
    // "Announcing the results, Wagner said ...": a participle opening the sentence holds its
    // words up to the comma, and its speaker is the main clause's subject after it.
    // ("Having announced that ..., Judge Berman proceeded": the perfect participle too; and
    // one after a short opener, "After announcing his support ..., Rubio", "In addition to
    // stating that ..., Clinton".)
    let after_opener = || {
        ing && g > w.sent.0
            && g - w.sent.0 <= 6
            && doc.is_any(g - 1, words!["after", "before", "upon", "while", "when", "since", "by", "without", "despite", "to", "in", "on"])
            && (w.sent.0..g).all(|k| doc.tokens[k].kind == TokenKind::Word)
    };
    let opening = (ing || doc.is(g, "having")) && a.source.is_none() && (g == w.sent.0 || after_opener());
    // "When asked about the leak, the minister replied ...": a subject-less clause after a
    // subordinator holds its words up to its comma too; who asked is not said.
    // So does one after a linking word alone: "But, asked whether a loan could be arranged, he
    // said ...".
    let linked = |k: usize| is_linking_adverb(doc, k) && (g == k + 1 || g == k + 2 && is_mark(doc, k + 1, b','));
    let subordinate = a.source.is_none()
        && (g == w.sent.0 + 1 && doc.is_any(w.sent.0, words!["when", "if", "once", "after", "before", "while", "unless", "until"])
            || linked(w.sent.0)
            || g == w.sent.0 && doc.is(g, "asked"));
    // ("When asked, a spokesman pointed to a single case": a question not stated has no words;
    // the clause after its comma is the answer.)
    if subordinate && last < w.sent.1 && is_mark(doc, last, b',') {
        return None;
    }
    // "a road that experts warn will fail, while buses run hourly": in a relative clause whose
    // object is the report, the words (their subject the noun before "that") end at the
    // clause's comma too.
    let after_relative = |rel: Words| src.is_some() && src_first > w.sent.0 && doc.is_any(src_first - 1, rel);
    let object_relative = after_relative(words!["that", "which"]) && a.content.first().is_some_and(|c| doc.is_any(doc.token_at_or_after(c.start), FINITE));
    if relative || participle || absolute || opening || subordinate || questioned || object_relative {
        for c in a.content.iter_mut() {
            cut_at_first_comma(w, c);
        }
    } else if after_relative(words!["which"]) {
        // "Turnout, which analysts believe favours her, is hard to predict": after "which"
        // the words need no auxiliary to show the relative, but a list's or a place's commas
        // ("its Kenosha, Wisconsin, plant") stay inside them, so they end only before a verb.
        for c in a.content.iter_mut() {
            cut_before_main_verb(w, c);
        }
    }
    // "When asked by a reporter whether ...", "he said when asked by Ingraham about ...": the
    // passive question names who asked after "by".
    // (The asker's phrase ends where the question starts: "by the NYSE about the rise".)
    if a.source.is_none() && last < w.sent.1 && doc.is(last, "by") && doc.is_any(first, PASSIVE_QUESTIONED) {
        if let Some((ss, se)) = source::right_phrase(doc, last + 1, w.sent.1) {
            let se = (ss + 1..se).find(|&k| doc.is_any(k, words!["about", "whether", "if", "why", "how", "what", "when", "where", "to", "on", "for", "during", "at"])).unwrap_or(se);
            let r = w.span(ss, se);
            if !a.content.iter().any(|c| c.start < r.end && r.start < c.end) {
                a.source = Some(r);
            }
        }
    }
    // "Although critics say the plan is costly, it passed", "If voters want change, they will
    // ...": a report inside an opening clause of condition, concession, cause or time ends where
    // the main clause begins, at the first comma a clause of its own follows. ("As Smith said,
    // the plan failed" reports the main clause, and stays.)
    let opener = if doc.is_any(w.sent.0, COORDINATORS) && w.sent.0 + 1 < g { w.sent.0 + 1 } else { w.sent.0 };
    // (Only a source and verb inside that clause, with their words after them: in "If the plan
    // passes, prices will rise, officials said" the whole is reported.)
    let inside = || (opener + 1..g).all(|k| !is_mark(doc, k, b',') && !is_dash(doc, k));
    if opening_clause(doc, opener, g).is_some() && src.is_some_and(|r| r.start > doc.tokens[opener].start) && inside() {
        let ceiling = w.sent.1.min(w.para.1);
        let cue_end = a.cue.end;
        for c in a.content.iter_mut().filter(|c| !is_quotation(w.quotes, **c) && c.start >= cue_end) {
            let (cf, cl) = (doc.token_at_or_after(c.start), doc.token_at_or_after(c.end));
            // (Not a relative clause on a noun of the words: "the plan, which was drafted in
            // May, is costly".)
            let main = |k: usize| {
                k + 2 < ceiling
                    && !doc.is_any(k + 1, source::RELATIVES)
                    && (clause_at(doc, k + 1, ceiling)
                        || doc.is_any(k + 1, words!["nobody", "nothing", "everyone", "everybody", "someone", "no"])
                        // A quantified subject: ", most market participants assume".
                        || doc.is_any(k + 1, words!["most", "many", "some", "few", "several", "both"]) && !doc.is(k + 2, "of") && !is_mark(doc, k + 2, b',')
                        // A bare plural and its verb: ", markets fell".
                        || doc.token_bytes(k + 1).ends_with(b"s")
                            && !starts_upper(doc, k + 1)
                            && (doc.is_any(k + 2, FINITE) || doc.is_any(k + 2, PLAIN_VERBS) || doc.token_bytes(k + 2).ends_with(b"ed")))
            };
            if let Some(k) = (cf + 1..cl).find(|&k| is_mark(doc, k, b',') && main(k) && !crate::engine::quotes::is_quoted(w.quotes, doc.tokens[k].range())) {
                c.end = doc.tokens[k - 1].end;
            }
        }
    }
    if opening {
        let comma = a.content.first().map(|c| doc.token_at_or_after(c.end)).filter(|&k| k < ceiling && is_mark(doc, k, b','));
        // (A past verb too: "Declaring that ..., the billionaire real estate mogul offered".)
        let past = |v: usize| doc.token_bytes(v).ends_with(b"ed") && doc.token_text(v).len() > 4 && !starts_upper(doc, v) || doc.is_any(v, PLAIN_VERBS);
        // (Found only after a subject that starts right at the comma: "in apparent reference to
        // difficulties faced by Qatar" is an aside.)
        // (Not past a "that": "..., Marco Rubio still believes that he is unfit" has its verb
        // before it, whatever list it is in.)
        let verb = comma.and_then(|k| {
            (k + 2..ceiling.min(k + 9)).take_while(|&v| !doc.is(v, "that")).find(|&v| doc.is_any(v, FINITE) || source::is_cue_word(doc, v)).or_else(|| {
                (k + 2..ceiling.min(k + 9))
                    .take_while(|&v| !is_mark(doc, v, b','))
                    .find(|&v| past(v))
                    .filter(|&v| source::left_phrase(doc, v, k + 1).is_some_and(|(s, _)| s == k + 1))
            })
        });
        if let (Some(k), Some(v)) = (comma, verb) {
            a.source = source::left_phrase(doc, v, k + 1).map(|(s, e)| w.span(s, e));
        } else if let Some(k) = comma.filter(|&k| k + 2 < ceiling && starts_upper(doc, k + 1)) {
            // A name after the comma, then a verb in no list: "..., Marco Rubio still believes".
            a.source = source::right_phrase(doc, k + 1, ceiling)
                .filter(|&(s, e)| s == k + 1 && e < ceiling && (s..e).all(|i| starts_upper(doc, i) || source::is_abbrev_dot_pub(doc, i)))
                .map(|(s, e)| w.span(s, e));
        }
    }
    // "Staff who raised concerns were sidelined": after a relative clause with no comma before
    // it, the sentence's own verb is none of the report's content.
    if relative && src_first > w.sent.0 && !is_mark(doc, src_first - 1, b',') {
        a.content.retain(|c| is_quotation(w.quotes, *c) || !doc.is_any(doc.token_at_or_after(c.start), FINITE));
    }
    // "Lopez, citing a new poll showing his standing down to 14 percent, told Fox News ...":
    // what a poll shows inside the sentence ends at its comma; the sentence goes on.
    if t.word == CueWord::Finding && doc.is(first, "showing") {
        for c in a.content.iter_mut().filter(|c| !is_quotation(w.quotes, **c)) {
            let (cs, ce) = (doc.token_at_or_after(c.start), doc.token_at_or_after(c.end));
            // (Only a comma before the sentence's own next step: a verb, a participle or a new
            // subject; an aside, "total imports, about three billion crowns, rose", stays.)
            let next_step = |k: usize| {
                k + 1 < ce
                    && (doc.is_any(k + 1, FINITE)
                        || doc.is_any(k + 1, SUBJECT_PRONOUNS)
                        || source::is_cue_word(doc, k + 1)
                        || doc.token_text(k + 1).ends_with("ing") && !starts_upper(doc, k + 1))
            };
            if let Some(k) = (cs + 1..ce).find(|&k| is_mark(doc, k, b',') && next_step(k) && !crate::engine::quotes::is_quoted(w.quotes, doc.tokens[k].range())) {
                c.end = doc.tokens[k - 1].end;
            }
        }
    }
    // "Residents who oppose new buildings are given ...": what one supports or opposes is a noun
    // phrase, never a clause, so a finite verb right after a noun is the sentence's own ("a tax
    // that would ..." keeps its relative clause).
    if t.noun_phrase {
        for c in a.content.iter_mut() {
            if is_quotation(w.quotes, *c) {
                continue;
            }
            let (cf, cl) = (doc.token_at_or_after(c.start), doc.token_at_or_after(c.end));
            // A clause inside the phrase ("the assumption that the Fed would", "powers for banks if
            // deposits are safe") or punctuation ends the search: its verbs are its own.
            let opens_clause = |k: usize| {
                doc.tokens[k].kind == TokenKind::Punct && doc.token_text(k) != "-"
                    || doc.is_any(k, words!["that", "which", "who", "if", "when", "whether", "because", "while", "where", "as", "since", "unless", "although", "after", "before"])
                    || doc.is_any(k, SUBJECT_PRONOUNS)
            };
            let Some(k) = (cf + 1..cl).take_while(|&k| !opens_clause(k)).find(|&k| doc.is_any(k, FINITE)) else { continue };
            // "supports the freedom of navigation and does not": the second verb's "and" goes too.
            let end = if doc.is_any(k - 1, words!["and", "but", "or"]) { k - 1 } else { k };
            if end > cf && doc.tokens[end - 1].kind == TokenKind::Word {
                c.end = doc.tokens[end - 1].end;
            }
        }
    }
    crate::sort::sort_by_key(&mut a.content, |r| r.start);
    a.content.dedup();
    // "A: Honestly, nobody knows.": a sentence adverb alone on the left, after an interview's
    // label at most, speaks of the saying, not what was said. (With words on the right it may
    // be either: "Certainly, dealers said, Britain is no less credit-worthy".)
    let right_content = a.content.iter().any(|c| c.start >= a.cue.end);
    a.content.retain(|c| {
        if c.end > a.cue.start || right_content {
            return true;
        }
        let (mut k, end) = (doc.token_at_or_after(c.start), doc.token_at_or_after(c.end));
        if k + 2 < end && is_mark(doc, k + 1, b':') {
            k += 2;
        }
        // ("Unlikely, he said." answers.)
        !(k + 1 == end && doc.tokens[k].kind == TokenKind::Word && is_ly_adverb(doc, k))
    });
    // A report with nothing reported ("Smith reported from Washington.") tells a reader nothing.
    if a.content.is_empty() {
        return None;
    }
    // Its quotation must come before it ("“...,” she continued") or right after it ("as one
    // official put it, “...”"), not after other words ("put it on the table, “just in case”").
    // "As one official put it, China ...": the frame "as SOURCE put it," introduces the words
    // that follow the comma, quoted or not ("As he put it on the table, the phone rang" and "As
    // the search continued, experts said" are no such frames).
    let as_frame = || {
        let after = doc.token_at_or_after(a.cue.end);
        doc.is(doc.token_at_or_after(a.cue.start), "put")
            && a.source.is_some_and(|r| {
            let k = doc.token_at_or_after(r.start);
            k > w.sent.0 && doc.is(k - 1, "as") && (k - 1 == w.sent.0 || is_mark(doc, k - 2, b','))
        }) && after < doc.tokens.len()
            && is_mark(doc, after, b',')
    };
    let introduced = || {
        let after = doc.token_at_or_after(a.cue.end);
        after < doc.tokens.len() && (doc.is(after, "that") || is_mark(doc, after, b':'))
    };
    if (t.quote || t.reply)
        && !as_frame()
        && !(t.reply && introduced())
        && !a.content.iter().any(|c| {
            let gap = doc.token_at_or_after(a.cue.end)..doc.token_at_or_after(c.start);
            // "He put it bluntly: “...”": a manner adverb may stand between, and so may a short
            // hearer, "as one economist put it to me, “...”".
            let hearer = || {
                gap.len() <= 5
                    && doc.is(gap.start, "to")
                    && (doc.is_any(gap.start + 1, OBJECT_PRONOUNS) || starts_upper(doc, gap.start + 1) || doc.is(gap.start + 1, "reporters"))
                    && gap.clone().skip(1).all(|k| doc.tokens[k].kind == TokenKind::Word || is_mark(doc, k, b','))
            };
            is_quotation(w.quotes, *c) && (c.end <= a.cue.start || gap.clone().all(|k| doc.tokens[k].kind == TokenKind::Punct || is_manner_adverb(doc, k)) || hearer())
        })
    {
        return None;
    }
    if t.weak && (a.source.is_none() || a.content.is_empty()) {
        return None;
    }
    // "versus 7.8 to 8.2 mln tonnes estimated a week ago", "net rose to 52.6 mln dlrs from 44.2
    // mln dlrs, reported ...": an amount of money or goods reports nothing. (A share of people
    // does: "47 pct said".)
    // (The unit is read inside the source: past it may lie a paragraph a re-analysed window
    // does not hold.)
    // (Its first byte is asked first: few sources open with a digit or such a word.)
    let opens_amount = |r: Range| {
        let b = doc.text.as_bytes().at(r.start..r.end);
        b.first().is_some_and(|c| c.is_ascii_digit()) || [&b"versus "[..], b"vs ", b"against ", b"from ", b"than "].iter().any(|w| b.len() > w.len() && b[..w.len()].eq_ignore_ascii_case(w))
    };
    if a.source.is_some_and(|r| opens_amount(r)) && a.source.is_some_and(|r| {
        let (k, end) = (doc.token_at_or_after(r.start), doc.token_at_or_after(r.end));
        let amount = |k: usize| amount_unit(doc, k).is_some_and(|u| u < end);
        amount(k) || doc.is_any(k, words!["versus", "vs", "against", "from", "than"]) && amount(k + 1)
    }) {
        return None;
    }
    // "as far as I can tell, ...": a hedge of the writer's, which the hedge detector marks.
    // (All in the source's sentence: "as" ending a paragraph is another paragraph's.)
    if a.source.is_some_and(|r| {
        let k = doc.token_at_or_after(r.start);
        k >= w.sent.0 + 3 && doc.is(k - 1, "as") && doc.is(k - 2, "far") && doc.is(k - 3, "as") && doc.is_any(k, words!["i", "we"])
    }) {
        return None;
    }
    // "What the evidence suggests, at the very least, is that many jobs ...", "What he said was
    // that the plan had failed": in a cleft the words follow "is that" (after any aside).
    // (The sentence's first words are asked first: most sentences open otherwise.)
    let what_first = doc.is(w.sent.0, "what") || doc.is_any(w.sent.0, COORDINATORS) && w.sent.0 + 1 < w.sent.1 && doc.is(w.sent.0 + 1, "what");
    if let Some(r) = a.source.filter(|_| what_first) {
        let sf = doc.token_at_or_after(r.start);
        let opens = sf > w.sent.0 && doc.is(sf - 1, "what") && (sf - 1 == w.sent.0 || sf - 2 == w.sent.0 && doc.is_any(w.sent.0, COORDINATORS));
        if opens {
            let ceiling = w.sent.1.min(w.para.1);
            let mut k = doc.token_at_or_after(a.cue.end);
            if k < ceiling && is_mark(doc, k, b',') {
                k = (k + 1..ceiling).find(|&j| is_mark(doc, j, b',')).map_or(ceiling, |j| j + 1);
            }
            if k + 2 < ceiling && doc.is_any(k, words!["is", "was"]) && doc.is(k + 1, "that") {
                a.content.clear();
                a.content.extend(w.content_right(k + 2));
                return (!a.content.is_empty()).then_some(a);
            }
        }
    }
    // "The rules we wrote are the rules that keep people out", "What he said was true": when the
    // cue's clause sits on the sentence's subject, an auxiliary right after the cue is the
    // sentence's own verb. (Further on, "a move he said was aimed at ..." reports with the
    // subject left out; "said May sales rose", "said would-be buyers" open a subject.)
    // (The cue mostly ends at its last word: no search for the token after it then.)
    let next = if last < doc.tokens.len() && doc.tokens[last - 1].end == a.cue.end { last } else { doc.token_at_or_after(a.cue.end) };
    let on_subject = || {
        a.source.is_some_and(|r| {
            let sf = doc.token_at_or_after(r.start);
            sf > w.sent.0
                && sf - w.sent.0 <= 6
                && (w.sent.0..sf).all(|k| {
                    // (A word in -s or -ed before the phrase's last may be the sentence's verb:
                    // "The bill contains provisions they say would hurt".)
                    let verb_like = k + 1 < sf && !starts_upper(doc, k) && (doc.token_bytes(k).ends_with(b"s") || doc.token_bytes(k).ends_with(b"ed"));
                    doc.tokens[k].kind == TokenKind::Word
                        && !verb_like
                        && !doc.is_any(k, FINITE)
                        && !doc.is_any(k, words!["that", "which", "who", "whom"])
                        && !source::is_cue_word(doc, k)
                })
        })
    };
    if next < doc.tokens.len()
        && doc.is_any(next, FINITE)
        && !starts_upper(doc, next)
        && !(next + 1 < doc.tokens.len() && doc.is(next + 1, "-") && doc.tokens[next + 1].start == doc.tokens[next].end)
        && a.content.iter().any(|c| doc.token_at_or_after(c.start) == next)
        && on_subject()
    {
        return None;
    }
    // "Dunn showed no emotion", "the current account showed a deficit": a person shows a
    // manner and an account shows a figure, neither reports. Only evidence shows a finding
    // ("the data showed", "a poll of voters showed"), or anyone a clause ("showed that ...").
    if doc.is(first, "showed") && !introduced() {
        let evidence = a.source.is_some_and(|r| {
            (doc.token_at_or_after(r.start)..doc.token_at_or_after(r.end)).any(|k| doc.is_any(k, source::DOCUMENTS) || doc.is_any(k, EVIDENCE))
        });
        if !evidence {
            return None;
        }
    }
    // "Officials disputed the figure": someone who can hold a view challenges a claim; "the
    // continental shelf disputed between Ankara and Athens" and "enter disputed waters" name a
    // quarrel over a thing, with no one challenging anything said.
    // ("militarizing disputed waters": after a participle it describes the object.)
    let after_participle = first > 0 && doc.token_text(first - 1).ends_with("ing");
    if doc.is(first, "disputed") && (after_participle || !a.source.is_some_and(|r| source::holder(doc, doc.token_at_or_after(r.start), doc.token_at_or_after(r.end)))) {
        return None;
    }
    if t.text {
        let (sf, sl) = a.source.map(|r| (doc.token_at_or_after(r.start), doc.token_at_or_after(r.end))).filter(|(sf, sl)| sl > sf)?;
        // The text is a noun phrase: "the email", "a banner", "it", "one", "The Post's headline"
        // ("please read “...”" asks the reader).
        let noun_phrase = source::is_det(doc, sf) || doc.is_any(sf, words!["it", "which", "that", "one", "another"]) || starts_upper(doc, sf);
        let person = !noun_phrase
            || doc.is_any(sl - 1, words!["he", "she", "i", "we", "they", "you"])
            || source::is_person_noun(doc, sl - 1)
            || matches!(source::classify(doc, sf, sl), Class::Kind(SourceKind::Named));
        if person {
            return None;
        }
    }
    if t.cause {
        // "That explains why prices rose", "something else explains the link": a fact or a thing
        // explains as a cause does, unless it frames words: reported first, or after "that", a
        // colon, a quotation mark or as a clause of their own (not a question's: "this explains
        // why the rabble are leaving"). (A noun may name a speaker the word lists do not know,
        // "the actor explained the similarities", and "it" a company: "It explained it
        // transferred ...".)
        let thing = a.source.is_none_or(|r| {
            let (sf, sl) = (doc.token_at_or_after(r.start), doc.token_at_or_after(r.end));
            sl <= sf + 2 && doc.is_any(sf, words!["this", "that", "which", "what", "something", "nothing", "everything", "anything"])
        });
        let framed = || {
            a.content.iter().any(|c| {
                let k = doc.token_at_or_after(c.start);
                c.end <= a.cue.start
                    || quote_opening_at(doc, w.quotes, k).is_some()
                    || k > 0 && doc.is_any(k - 1, words!["that", ":"])
                    || !doc.is_any(k, words!["why", "how", "what", "whether", "where", "when", "who"]) && clause_at(doc, k, w.sent.1.min(w.para.1))
            })
        };
        if thing && !framed() {
            return None;
        }
    }
    if t.speaker {
        // Words reported first ("..., the seismologist added.") are a report whoever adds them.
        // Words after the verb are one only when a "that", a colon, a quotation or a clause of
        // their own frames them: "It added the land seems stable", but "the statement added new
        // charts", "it added two lines" and "it adds $12 billion" add things.
        let reported_first = a.content.iter().any(|c| c.end <= a.cue.start);
        let end = w.sent.1.min(w.para.1);
        // Content after a comma ("added, however, that ...") is framed by the comma.
        let after = doc.token_at_or_after(a.cue.end);
        let framed = a.content.iter().filter(|c| c.start >= a.cue.end).any(|c| {
            let k = doc.token_at_or_after(c.start);
            // "added a caveat: “...”", "added the words “Hillary Clinton”": a quotation or a colon
            // inside the content carries the report.
            let inside = || w.quotes.iter().any(|q| c.contains(*q)) || (k..doc.token_at_or_after(c.end)).any(|i| is_mark(doc, i, b':'));
            k < doc.tokens.len()
                && (k > after && is_mark(doc, k - 1, b',')
                    || inside()
                    || quote_opening_at(doc, w.quotes, k).is_some()
                    || k > 0 && doc.is_any(k - 1, words!["that", ":"])
                    || clause_at(doc, k, end))
        });
        if !reported_first && !framed {
            return None;
        }
        // A thing cannot add words ("the measure adds"); "it" speaks for a body named before.
        if let Some(r) = a.source {
            let (sf, sl) = (doc.token_at_or_after(r.start), doc.token_at_or_after(r.end));
            let it = sl == sf + 1 && doc.is(sf, "it");
            if !reported_first && !it && !source::holder(doc, sf, sl) {
                return None;
            }
        }
    }
    // "weaker than headlines imply: a large study found ...": a report inside a comparison
    // leaves its words unsaid, as "stronger than critics claim." does; a colon after it brings
    // the writer's own words.
    if let Some(r) = a.source {
        let sf = doc.token_at_or_after(r.start);
        if sf > 0 && doc.is(sf - 1, "than") && is_mark(doc, doc.token_at_or_after(a.cue.end), b':') {
            return None;
        }
    }
    Some(a)
}

/// Verbs that name a deed as often as words. An attack: "Bankers attacked the controls as
/// ineffective" reports a judgement; "gunships attacked guerrilla positions", "the rocket
/// blasted off" and "a storm slammed the coast" strike. A verbal attack has an object: a
/// preposition or particle right after the verb is movement or a raid ("attacked across the
/// border", "slammed into a wall"; not after "be": "was attacked on the speeches by his rival",
/// nor "by": "the plan, attacked by critics as reckless", nor a time: "attacked on Monday what
/// she called ..."). And a recall: "she recalled her days in office" reports a memory; "Ford is
/// recalling 33,600 cars" and "the firm voluntarily recalled one lot" call goods back. Otherwise
/// the arms, the forces, their targets or the weather (for an attack), the goods, a count after
/// the verb (not a year: "recalled that in 2009 ...") or "voluntarily" (for a recall) named in
/// the source, the verb group, at the start of the content or before a passive tell.
pub(super) fn deed(w: &Walk, first: usize, last: usize, a: &Attribution, recall: bool) -> bool {
    let doc = w.doc;
    let things = if recall { RECALLED } else { ARMS };
    let active = first == 0 || !doc.is_any(first - 1, BE);
    if !recall
        && active
        && last == first + 1
        && last + 1 < w.sent.1
        && (doc.is_any(last, PREPOSITIONS) && !doc.is(last, "by") && !is_time_after_by(doc, last + 1) || doc.is_any(last, words!["off", "into", "across"]))
    {
        return true;
    }
    let named = |from: usize, to: usize| (from..to).any(|k| doc.is_any(k, things));
    // (A passive's subject is what was struck or called back: "a warship was attacked".)
    let mut found = !active && named(first.saturating_sub(4), first);
    for r in a.source.iter().chain(&a.content).chain([&a.cue]) {
        let from = doc.token_at_or_after(r.start);
        let to = doc.token_at_or_after(r.end).min(from + 6);
        found |= named(from, to) || recall && r.start >= a.cue.end && (from..to.min(from + 3)).any(|k| doc.tokens[k].kind == TokenKind::Number && !is_year(doc, k));
    }
    found
}

/// What strikes, and what is struck, when a verb of attack names a blow rather than words.
const ARMS: Words = words![
    "forces", "troops", "soldiers", "guerrillas", "guerrilla", "rebels", "militants", "gunmen", "insurgents", "militia", "army", "divisions",
    "planes", "jets", "warplanes", "aircraft", "bombers", "helicopters", "gunships", "warship", "warships", "destroyers", "gunboats",
    "tanks", "artillery", "rocket", "rockets", "missiles", "targets", "villages", "bases", "platforms", "rigs", "tanker", "tankers",
    "supertanker", "ship", "ships", "vessels", "convoy", "camps", "installations", "terminal", "storm", "hurricane",
];

/// What is called back when a recall is no memory: goods, staff, an envoy.
const RECALLED: Words = words![
    "voluntarily", "cars", "vehicles", "trucks", "buses", "lot", "lots", "models", "products", "tablets", "drugs", "workers",
    "ambassador", "envoy",
];

/// What is posted, besides the documents: "a video posted online".
/// A subject pronoun and "be" in one token: "I'm told", "we're told" are the passive of "were
/// told", the subject the hearer. ("he's", "she's", "it's" may hold "has": "He's told reporters".)
/// Not in `BE`, which also marks a "be" with its subject before it: "I'm asking" is active.
const SUBJECT_AND_BE: Words = words!["i'm", "we're", "you're", "they're"];
const POSTS: Words = words!["video", "videos", "message", "messages", "photo", "photos", "picture", "pictures", "clip", "clips", "image", "images", "footage", "comment", "comments", "posts", "tweets", "note"];

/// The clause a summing noun stands for, `r`, or, when it is a report ("The union says pay
/// has fallen, a figure the government disputes"), that report's words: the figure is what
/// the union says, not that it says it.
/// ("Moscow denied it, a claim ..." sums up the denial: an object is no claim.)
fn reported_in(doc: &Doc, r: Range, done: &[Attribution]) -> Range {
    let clause = |c: &Range| {
        let k = doc.token_at_or_after(c.start);
        doc.is(k.saturating_sub(1), "that") || clause_at(doc, k, doc.token_at_or_after(c.end))
    };
    done.iter()
        .filter(|d| r.start <= d.cue.start && d.cue.end <= r.end)
        .find_map(|d| d.content.iter().find(|c| c.end == r.end && c.start > d.cue.start && clause(c)))
        .copied()
        .unwrap_or(r)
}

/// Where the clause that a summing noun at `b` stands for ends: "..., a charge the department
/// denied" (before the comma), '... of "fuelling inflation," a charge ...' (after the closing
/// mark, with the comma inside the quotation).
fn summed_before(doc: &Doc, b: usize, sent_first: usize) -> Option<usize> {
    if b < sent_first + 3 || !doc.is_any(b - 1, words!["a", "an"]) || !doc.is_any(b, SUMMING_NOUNS) {
        return None;
    }
    if is_mark(doc, b - 2, b',') {
        Some(b - 2)
    } else {
        (b >= sent_first + 4 && is_quote_mark(doc, b - 2) && is_mark(doc, b - 3, b',')).then_some(b - 1)
    }
}

/// The verb of sending or writing whose hearer, after "to", opens at token `hearer`, with the
/// thing sent between them or none: "sent a telex to", "has written two letters to", "wrote to".
/// A participle after the hearer is what was sent or written, so its speaker is the verb's
/// subject, not the hearer ("The banks sent a telex to Citibank saying ..."). The auxiliary
/// before a perfect is stepped over, so the subject's walk starts before it.
fn sender_before_hearer(doc: &Doc, hearer: usize, sent_first: usize) -> Option<usize> {
    if hearer < sent_first + 2 || !doc.is(hearer - 1, "to") {
        return None;
    }
    let writes = |k: usize| doc.is_any(k, words!["wrote", "written", "writes", "write"]);
    let sends = |k: usize| {
        writes(k)
            || doc.is_any(k, words![
                "sent", "sends", "send", "issued", "delivered", "handed", "mailed", "faxed", "submitted", "addressed", "gave", "posted", "released",
                "published", "tweeted", "emailed",
            ])
    };
    let noun = hearer - 2;
    let verb = if writes(noun) {
        noun
    } else if source::document_to(doc, hearer, sent_first).is_some() {
        // (The thing sent: a determiner, a number or a modifier or two before its noun.)
        let mut k = noun;
        while k > sent_first && noun - k < 4 && doc.tokens[k - 1].kind != TokenKind::Punct && !sends(k - 1) {
            k -= 1;
        }
        (k > sent_first && sends(k - 1)).then(|| k - 1)?
    } else {
        return None;
    };
    let aux = verb > sent_first && doc.is_any(verb - 1, words!["has", "have", "had"]);
    Some(if aux { verb - 1 } else { verb })
}

/// A verb of attitude or intention ("wants", "plans", "believes", "supports") is an attribution
/// only in its full frame: someone who can hold a view on the left, and what they want, plan or
/// believe right after the verb: a "to" infinitive, a "that" clause, or a phrase of two words or
/// more ("I hope so" and "she hopes" report nothing). A reporting verb in the infinitive ("plans
/// to announce") is the report itself and carries the attribution, so the attitude verb yields.
pub(super) fn attitude_frame(w: &Walk, src: Option<Range>, g: usize, h: usize, right: &After, inf: bool) -> bool {
    let doc = w.doc;
    let Some(r) = src else { return false };
    let (sf, sl) = (doc.token_at_or_after(r.start), doc.token_at_or_after(r.end));
    let word = doc.lower(h - 1);
    let bare = !(word.ends_with('s') || word.ends_with("ed") || word.ends_with("ing") || word == "thought" || word == "sought");
    // "It expects margins to improve", "It plans to open ten stores": before an inflected verb
    // of intention "it" is the company or body just named, never the "it" of "it seems".
    // A thing may threaten ("it threatened to hamper growth").
    let it = sl == sf + 1 && doc.is(sf, "it") && !bare && g == sl && !word.starts_with("threat");
    if !source::holder(doc, sf, sl) && !it {
        return false;
    }
    // The content must start right after the verb, its "that" or a colon: "believes in God" or
    // "plans for May" hold no proposition; "Experts agree: the advice stands" does. (A colon
    // only after a subject that opens the sentence: in "the programs that Sanders supports:"
    // and "The One Thing Both Sides Want:" what is wanted is the thing named before.)
    let After::Content(c) = *right else { return false };
    // ("Weekly calls may reduce loneliness": a modal or another finite verb right after it,
    // with one word before it that opens the sentence, makes the word a noun. After a longer
    // subject the verb opens a clause with a gap: "an issue he believes will define his career".)
    if sl == sf + 1 && (sf == w.sent.0 || sf > 0 && is_mark(doc, sf - 1, b':')) && doc.is_any(c, FINITE) {
        return false;
    }
    let colon = || doc.is(h, ":") && sf == w.sent.0 && !(sf..sl).any(|k| doc.is_any(k, words!["thing", "things", "something", "what"]));
    if c != h && !(c == h + 1 && (doc.is(h, "that") || colon())) {
        return false;
    }
    // A bare form right after a singular name is a compound noun: "the Obama plan to cut taxes",
    // "the Hope support group"; after a plural or "I" it is a verb: "Democrats want", "I hope",
    // and so it is after a name that a preposition joins to its head ("Analysts at Morgan
    // Stanley expect"; "Members of the Hope support group" is the compound).
    // (Asked only once "g > 0" holds: the walk back starts at the word before the verb.)
    let joined_name = || {
        let mut n = g - 1;
        while n > sf && starts_upper(doc, n - 1) {
            n -= 1;
        }
        n > sf && doc.is_any(n - 1, source::HEAD_ENDS)
    };
    if bare && g == h - 1 && g > 0 && !joined_name() {
        let prev = doc.token_text(g - 1);
        if prev.starts_with(char::is_uppercase) && !prev.ends_with('s') && !doc.is_any(g - 1, words!["i", "we", "they", "you"]) && !source::is_listed(doc, g - 1) {
            return false;
        }
    }
    let end = w.sent.1.min(w.para.1);
    // "decided not to run" negates the intention, which is still the source's.
    let c = if doc.is(c, "not") && c + 1 < end && doc.is(c + 1, "to") { c + 1 } else { c };
    if inf && !(doc.is(c, "to") || c == h + 1 && doc.is(h, "that")) {
        return false;
    }
    let words = (c..end).take_while(|&i| !is_end_punct(doc, i)).filter(|&i| doc.tokens[i].kind == TokenKind::Word).count();
    if words < 2 {
        return false;
    }
    // ("Perhaps the minister believes his own figures", "if you believe the headlines": to
    // believe a thing or a person, a few words after a determiner or a pronoun that close the
    // sentence with no verb, is to trust it. A clause may have a long subject, or a gap for its
    // subject: "trade deals many voters believe hurt workers".)
    let thing = || {
        (source::is_det(doc, c) || doc.is_any(c, OBJECT_PRONOUNS)) && (c..end).take_while(|&i| !is_end_punct(doc, i)).count() <= 4 && !clause_at(doc, c, end)
    };
    if word.starts_with("believ") && !doc.is(c, "to") && thing() {
        return false;
    }
    if doc.is(c, "to") {
        let v = c + 1;
        if v >= end || doc.tokens[v].kind != TokenKind::Word || source::is_det(doc, v) {
            return false;
        }
        if is_single_cue(doc, v) {
            return false;
        }
        // "Campaign promises to voters": a plural noun after "to" is whom, not what.
        let t = doc.token_bytes(v);
        if t.len() > 3 && t.ends_with(b"s") && !(t.ends_with(b"ss") || t.ends_with(b"us") || t.ends_with(b"is")) {
            return false;
        }
    }
    true
}

/// Does a coordinator and a frame of the report ("but in a later interview") stand right before
/// the verb at `g`, with no subject between them?
fn coordinated_after_frame(doc: &Doc, g: usize, sent_first: usize) -> bool {
    g >= sent_first + 4
        && source::is_frame_noun(doc, g - 1)
        && (g.saturating_sub(6).max(sent_first + 1)..g - 2).any(|k| {
            doc.is(k, "in") && doc.is_any(k - 1, COORDINATORS) && source::is_det(doc, k + 1)
        })
}

/// "The mayor used the speech to warn that ...", "Critics seized on the figures to argue that
/// ...", "He went on television to deny that ...": a report in an infinitive of purpose is made
/// by whoever did what it serves. That verb's subject, no further back than `floor`, when
/// the "to" before the cue at `g` follows the verb and a few plain words of its object or its
/// place, and the subject can hold a view. A verb that hands the infinitive to its object
/// ("urged voters to reject", "hired lawyers to argue") or to nobody ("is too early to say")
/// gives none.
fn purpose_speaker(doc: &Doc, g: usize, sent_first: usize, floor: usize) -> Option<(usize, usize)> {
    if g < sent_first + 3 || !doc.is(g - 1, "to") {
        return None;
    }
    // (A participle opens a phrase of its own, whose infinitive it is: "a heckler trying to ask
    // her", "people waiting in line to say".)
    let participle = |k: usize| !starts_upper(doc, k) && doc.token_bytes(k).len() > 4 && doc.token_bytes(k).ends_with(b"ing");
    let plain = |k: usize| {
        matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number)
            && !participle(k)
            && !doc.is_any(k, words!["that", "which", "who", "whom", "whose", "and", "or", "but", "than", "as", "not", "if", "for", "when", "while", "after", "before", "because", "since", "until", "where", "so"])
    };
    // (Not after a determiner or a possessive: "the revised figures", "the Senate's sacred duty",
    // "Trump's use of a word to describe". Verbs of going, taking and using, not the walk's
    // PLAIN_VERBS: with "became", "said" and "had" among them, "the day I became the first
    // member of Congress to endorse him" read as an aim, and eight PolNeAR and three Reuters
    // records changed when tried.)
    let verb = |k: usize| {
        let t = doc.token_bytes(k);
        !starts_upper(doc, k)
            && !source::is_det(doc, k - 1)
            && !is_possessive(doc.token_text(k - 1))
            && (t.len() > 4 && t.ends_with(b"ed") || doc.is_any(k, words!["took", "take", "takes", "used", "went", "go", "goes", "held", "hold", "holds", "came", "come", "comes", "uses", "use", "flew", "stood", "rose", "met", "wrote", "broke", "spoke", "ran", "made"]))
    };
    // A noun right before the "to" that the infinitive completes is a right or a duty, not an
    // aim: "reserved the right to reject", "the Senate's obligation to confirm".
    if doc.is_any(g - 2, words!["right", "rights", "obligation", "duty", "power", "powers", "authority", "freedom", "ability", "responsibility", "permission", "mandate"]) {
        return None;
    }
    // (A verb right before the "to" is the one whose infinitive it is, and whether that reports
    // is the controlling verbs' list's call: "The firms agreed to dismiss the suit" is a deed.)
    if verb(g - 2) {
        return None;
    }
    let v = (sent_first.max((g - 1).saturating_sub(9)) + 1..g - 1).rev().take_while(|&k| plain(k)).find(|&k| verb(k))?;
    if doc.is_any(v, words![
        "asked", "urged", "told", "pressed", "forced", "allowed", "invited", "encouraged", "persuaded", "ordered", "requested", "required", "expected", "wanted",
        "challenged", "hired", "paid", "instructed", "authorized", "authorised", "begged", "pushed", "pressured", "prompted", "caused", "convinced", "helped",
        "enabled", "liked", "loved", "preferred", "dared", "reminded", "warned", "advised", "appointed", "called", "needed", "elected", "named", "selected", "chosen", "tasked", "commissioned",
        "enlisted", "recruited", "tapped", "assigned", "directed", "permitted", "inspired", "led", "trained", "designed", "intended"
    ]) {
        return None;
    }
    let mut s = v;
    while s > sent_first && (doc.is_any(s - 1, GROUP_WORDS) || is_manner_adverb(doc, s - 1) || doc.is_any(s - 1, words!["will", "would", "could", "may", "might", "did", "does", "do"])) {
        s -= 1;
    }
    // (A subject runs into no verb of its own: in "saying Indonesia hoped Colombia could use",
    // Colombia is the one to use. "The newly appointed chief" has a participle.)
    let (first, last) = source::left_phrase(doc, s, floor)?;
    let inner_verb = |k: usize| verb(k) && !doc.token_bytes(k - 1).ends_with(b"ly") || source::is_cue_word(doc, k);
    (source::holder(doc, first, last) && !(first + 1..last).any(inner_verb)).then_some((first, last))
}
