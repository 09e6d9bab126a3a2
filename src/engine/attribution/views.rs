//! Views credited with no reporting verb: an interview's answers, what a poll found ("In the CBS
//! poll, ..."), "To many, ...", and "In the union's view, ...".

use crate::engine::document::At;
use crate::engine::wordlist::Words;
use super::*;

/// An interview set out as "Q:" and "A:" paragraphs: each answer is the interviewee's words,
/// and an "I" or "we" in it is the interviewee, not the writer. The introduction names the
/// interviewee, but a paragraph is all the re-analysis after an edit is sure to see, so the
/// answer is credited to "A", a named person, without the name.
pub(super) fn interview_answers(doc: &Doc, para_tokens: &[(usize, usize)], out: &mut Vec<Attribution>) {
    for (i, &(first, last)) in para_tokens.iter().enumerate() {
        if i > 0 {
            unlabelled_answer(doc, *para_tokens.at(i - 1), (first, last), out);
        }
        if !(first + 2 < last && doc.is(first, "a") && is_mark(doc, first + 1, b':') && starts_upper(doc, first + 2)) {
            continue;
        }
        // "Q: Do I need to wash raw chicken?": a question in the reader's own "I" is an
        // explainer's, which the writer answers; an interviewer asks "you".
        if i > 0 && readers_question(doc, *para_tokens.at(i - 1)) {
            continue;
        }
        let words = Range::new(doc.tokens[first + 2].start, doc.tokens[last - 1].end);
        // The answerer's own reports keep their cues.
        for a in out.iter_mut().filter(|a| a.source_kind == SourceKind::SelfSource && words.contains(a.cue)) {
            a.source_kind = SourceKind::Named;
            a.why = explain(doc, a, Some("the interviewee"), "");
        }
        let mut a = Attribution {
            source: Some(doc.tokens[first].range()),
            cue: doc.tokens[first + 1].range(),
            content: vec![words],
            source_kind: SourceKind::Named,
            stance: Stance::Neutral,
            refers_to: None,
            why: String::new(),
        };
        a.why = explain(doc, &a, Some("the interviewee"), "");
        out.push(a);
    }
}

/// Is the paragraph a labelled question ("Q:") asked in the first person singular and not of
/// "you": "Q: Should I worry if my child ...?"
fn readers_question(doc: &Doc, (first, last): (usize, usize)) -> bool {
    first + 2 < last
        && doc.is(first, "q")
        && is_mark(doc, first + 1, b':')
        && (first + 2..last).any(|k| doc.token_text(k) == "I" || doc.is_any(k, words!["my", "me"]))
        && !(first + 2..last).any(|k| doc.is_any(k, words!["you", "your"]))
}

/// "Why did you drop the captain?" as a paragraph of its own and "I made the call ..." as the
/// next: an interview set out without labels, and an "I" or "we" in the answer is the
/// interviewee, not the writer. Only a question put to "you" counts: a writer asks the reader
/// and answers too ("What happens next? I think ..."), but not in the second person.
/// (The question is in the paragraph before, inside the two paragraphs of context that a
/// re-analysis after an edit checks on each side.)
fn unlabelled_answer(doc: &Doc, (qf, ql): (usize, usize), (first, last): (usize, usize), out: &mut [Attribution]) {
    if qf + 2 > ql || first >= last || !is_mark(doc, ql - 1, b'?') || !(qf..ql).any(|k| doc.is_any(k, words!["you", "your"])) {
        return;
    }
    let answer = Range::new(doc.tokens[first].start, doc.tokens[last - 1].end);
    for a in out.iter_mut().filter(|a| a.source_kind == SourceKind::SelfSource && answer.contains(a.cue)) {
        a.source_kind = SourceKind::Named;
        a.why = explain(doc, a, Some("the interviewee"), "");
    }
}

/// Heads of the phrases that carry findings in "In the CBS poll, ...": polls and studies, not
/// statements, interviews or reports, whose sentences name who speaks in them ("In its annual
/// report, the bank called for ...").
pub(super) const FINDINGS: Words = words!["poll", "polls", "survey", "surveys", "study", "studies", "census", "tally", "data", "figures"];

/// "In the CBS poll, Trump's lead remained in double digits": a sentence that opens with a poll,
/// a survey or a study and a comma states what it found, reported by it. Not when the clause has
/// a report of its own ("In a Quinnipiac poll, 54 percent of voters said ..."): that one names
/// its source.
pub(super) fn polled(doc: &Doc, found: &[Attribution]) -> Vec<Attribution> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        let (first, last) = (s.first, s.last);
        if first + 4 >= last || !doc.is(first, "in") || s.block == crate::engine::segment::Block::Metadata {
            continue;
        }
        // (A slash, a hyphen or an abbreviation's stop joins a name: "In an NBC News/Wall Street
        // Journal poll", "In a U.S. survey".)
        let joins = |k: usize| matches!(doc.token_text(k), "/" | "-" | "&") || source::is_abbrev_dot_pub(doc, k);
        let Some(mut comma) = (first + 2..last.min(first + 14)).find(|&k| doc.tokens[k].kind == TokenKind::Punct && !joins(k)) else { continue };
        if !is_mark(doc, comma, b',') || !(first + 1..comma).any(|k| doc.is_any(k, FINDINGS)) {
            continue;
        }
        // "In the new Morning Consult poll, conducted March 11-13, 40 percent ...": the aside
        // describes the poll.
        if comma + 2 < last && doc.token_bytes(comma + 1).ends_with(b"ed") && !starts_upper(doc, comma + 1) {
            match (comma + 2..last.min(comma + 12)).find(|&k| is_mark(doc, k, b',')) {
                Some(k) => comma = k,
                None => continue,
            }
        }
        // A finding is a clause, not an afterthought ("In the polls, anyway."), and not the
        // authors telling what they did ("In this study, we examined whether ...").
        if (comma + 1..last).filter(|&k| doc.tokens[k].kind == TokenKind::Word).take(3).count() < 3 || doc.is_any(comma + 1, words!["i", "we"]) {
            continue;
        }
        // The phrase is the poll itself ("In a poll released Tuesday", "In the CBS poll"), not a
        // place in it ("In the last poll's margin") or a time ("In the weeks since the poll").
        if !(source::is_det(doc, first + 1) || starts_upper(doc, first + 1) || doc.is_any(first + 1, FINDINGS) || doc.tokens[first + 1].kind == TokenKind::Number) {
            continue;
        }
        let clause = doc.token_span(comma + 1, last);
        if found.iter().any(|a| clause.contains(a.cue)) {
            continue;
        }
        let mut end = last;
        while end > comma + 2 && doc.tokens[end - 1].kind == TokenKind::Punct && !is_quote_mark(doc, end - 1) {
            end -= 1;
        }
        let source = doc.token_span(first + 1, comma);
        let mut a = Attribution {
            source: Some(source),
            cue: doc.tokens[first].range(),
            content: vec![doc.token_span(comma + 1, end)],
            source_kind: match source::classify(doc, first + 1, comma) {
                Class::Kind(SourceKind::None) | Class::Person | Class::Plural | Class::Relative => SourceKind::Institution,
                Class::Kind(k) => k,
                Class::Thing => SourceKind::Institution,
            },
            stance: Stance::Neutral,
            refers_to: None,
            why: String::new(),
        };
        a.why = explain(doc, &a, None, "");
        out.push(a);
    }
    out
}

/// Who may hold the view in "To many, ...": object pronouns and groups of people. (A name is
/// taken by its capitals.)
pub(super) const VIEW_HOLDERS: Words = words![
    "him", "her", "them", "me", "us", "you", "many", "some", "others", "most", "critics", "supporters", "opponents", "sceptics", "skeptics",
    "fans", "voters", "conservatives", "liberals", "progressives", "observers", "admirers", "detractors",
];

/// "To many, Santilli is a provocateur", "To Sexton, who has studied the rallies, Tuesday marked a
/// turning point": a sentence that opens with "to", a person or a group and a comma states that
/// holder's view. Not when the clause has a report of its own, nor inside a quotation (the
/// quoted speaker's own wording), nor after an infinitive ("To win, he must ...") or a phrase
/// of time or degree ("To date", "To some extent"), which name no one.
/// `named_at`: the walk's named sources, each with its cue's first token, in order.
pub(super) fn viewpoint(doc: &Doc, found: &[Attribution], closed: &[Range], named_at: &[(usize, Range)]) -> Vec<Attribution> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        let (mut first, last) = (s.first, s.last);
        // (Asked of every sentence: its first letter turns most away.)
        if first + 5 >= last || !matches!(doc.tokens[first].first_byte().to_ascii_lowercase(), b't' | b'b' | b'a' | b'y') {
            continue;
        }
        if doc.is_any(first, COORDINATORS) {
            first += 1;
        }
        if !doc.is(first, "to") || s.block == crate::engine::segment::Block::Metadata {
            continue;
        }
        let holder = first + 1;
        let mut end = holder;
        // A plural noun of people after a quantifier or "the": "To many residents", "To the
        // engineers who drew it".
        let plural = |k: usize| {
            let t = doc.token_bytes(k);
            k < last && doc.tokens[k].kind == TokenKind::Word && !starts_upper(doc, k) && t.len() > 3 && t.ends_with(b"s") && !t.ends_with(b"ss")
        };
        if doc.is_any(holder, VIEW_HOLDERS) {
            end = holder + 1;
            if doc.is_any(holder, words!["many", "some", "most"]) && plural(end) {
                end += 1;
            }
        } else if doc.is(holder, "the") && plural(holder + 1) {
            end = holder + 2;
            if doc.is(end, "who") {
                match (end + 1..last.min(end + 12)).find(|&k| is_mark(doc, k, b',')) {
                    Some(k) => end = k,
                    None => continue,
                }
            }
        } else {
            while end < last && end < holder + 3 && doc.tokens[end].kind == TokenKind::Word && starts_upper(doc, end) && !doc.is_any(end, TIME_WORDS) {
                end += 1;
            }
        }
        if end == holder || end + 2 >= last || !is_mark(doc, end, b',') {
            continue;
        }
        // A relative aside goes with the holder, up to its closing comma.
        let mut comma = end;
        if doc.is_any(comma + 1, words!["who", "whose"]) {
            match (comma + 2..last.min(comma + 25)).find(|&k| is_mark(doc, k, b',')) {
                Some(k) if k + 2 < last => comma = k,
                _ => continue,
            }
        }
        if !clause_at(doc, comma + 1, last) {
            continue;
        }
        let clause = doc.token_span(comma + 1, last);
        if found.iter().any(|a| clause.contains(a.cue)) || crate::engine::quotes::is_quoted(closed, doc.token_span(first, comma)) {
            continue;
        }
        let mut stop = last;
        while stop > comma + 2 && doc.tokens[stop - 1].kind == TokenKind::Punct && !is_quote_mark(doc, stop - 1) {
            stop -= 1;
        }
        let source = doc.token_span(holder, comma);
        // "To him, ..." stands for the last source named before it, as "he said" does, however
        // far back; the nearest capitalised name only when none was. (A re-analysed window
        // reaches back to that source for its pronouns, not to any name.)
        let last_named = named_at[..named_at.partition_point(|&(k, _)| k < first)].last().map(|&(_, r)| r);
        let (source_kind, note) = resolve(doc, source::classify(doc, holder, comma), Some(source), last_named, None, s.first);
        let mut a = Attribution {
            source: Some(source),
            cue: doc.tokens[first].range(),
            content: vec![doc.token_span(comma + 1, stop)],
            source_kind,
            stance: Stance::Neutral,
            refers_to: note,
            why: String::new(),
        };
        a.why = explain(doc, &a, note.map(|r| r.slice(doc.text)), "");
        out.push(a);
    }
    out
}

/// Nouns of a view held in "in X's view": what follows or went before is the holder's view, not
/// the writer's.
pub(crate) const VIEW_NOUNS: Words = words!["view", "opinion", "eyes", "mind", "judgment", "judgement", "estimation", "words", "assessment"];
pub(super) const POSSESSIVE_PRONOUNS: Words = words!["his", "her", "their", "its", "our", "my", "your"];

/// The frame "in X's view" or "in the view of X" from token `i` (which is "in") to before `end`:
/// the holder's first and past-the-end tokens, the cue, and the token after the frame.
pub(super) fn view_frame(doc: &Doc, i: usize, end: usize) -> Option<(usize, usize, Range, usize)> {
    let own = |k: usize| if doc.is(k, "own") { k + 1 } else { k };
    if doc.is_any(i + 1, POSSESSIVE_PRONOUNS) {
        let n = own(i + 2);
        return (n < end && doc.is_any(n, VIEW_NOUNS)).then(|| (i + 1, i + 2, doc.tokens[n].range(), n + 1));
    }
    // "in the view of many analysts": the holder runs to the frame's end.
    if doc.is(i + 1, "the") && doc.is_any(i + 2, VIEW_NOUNS) && doc.is(i + 3, "of") {
        let stop = (i + 4..end).find(|&k| doc.tokens[k].kind == TokenKind::Punct && !source::is_abbrev_dot_pub(doc, k)).unwrap_or(end);
        return (stop > i + 4 && stop - (i + 4) <= 6).then(|| (i + 4, stop, doc.token_span(i, i + 4), stop));
    }
    // "in the SEC's view", "in Professor Knittel's view", "in the union's view": a short name in
    // capitals, or a noun after "the", ending with a possessive.
    let the = doc.is(i + 1, "the");
    let first = if the { i + 2 } else { i + 1 };
    let mut k = first;
    let word = |k: usize| doc.tokens[k].kind == TokenKind::Word && (the || starts_upper(doc, k)) || source::is_abbrev_dot_pub(doc, k);
    while k < end && k < first + 4 && word(k) && !is_possessive(doc.token_text(k)) {
        k += 1;
    }
    if k >= end || !word(k) || !is_possessive(doc.token_text(k)) {
        return None;
    }
    let n = own(k + 1);
    (n < end && doc.is_any(n, VIEW_NOUNS)).then(|| (i + 1, k + 1, doc.tokens[n].range(), n + 1))
}

/// "In the union's view, the hospitals have relied on agency staff", "The rules are too blunt,
/// in her opinion.": a view held by the frame's holder, opening its sentence before a clause or
/// a quotation, or closing it after a clause. Not inside a quotation (the speaker's own hedge: "In my view, ..."),
/// nor when the clause has a report of its own.
pub(super) fn held_view(doc: &Doc, quotes: &[Range], found: &[Attribution], closed: &[Range], named_at: &[(usize, Range)]) -> Vec<Attribution> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        let (first, last) = (s.first, s.last);
        if first + 5 >= last || s.block == crate::engine::segment::Block::Metadata {
            continue;
        }
        // (Asked of every sentence, so the cheap tests first: a first word in "i", "a", "b" or
        // "y", or a comma and "in" near the end, turn most away.)
        let opens = matches!(doc.tokens[first].first_byte().to_ascii_lowercase(), b'i' | b'a' | b'b' | b'y');
        let opening = if opens && doc.is_any(first, COORDINATORS) { first + 1 } else { first };
        let opening = (opens && doc.is(opening, "in")).then_some(opening);
        // (The commas found on the tokens themselves: a bounds-checked look-up per step cost more
        // than the test.)
        let closing = if opening.is_some() {
            None
        } else {
            let from = last.saturating_sub(11).max(first + 3);
            doc.tokens[from - 1..last - 2]
                .iter()
                .enumerate()
                .filter(|(_, t)| t.end - t.start == 1 && t.first_byte() == b',')
                .map(|(i, _)| from + i)
                .find(|&k| doc.is(k, "in"))
        };
        if opening.is_none() && closing.is_none() {
            continue;
        }
        let mut stop = last;
        while stop > first + 2 && doc.tokens[stop - 1].kind == TokenKind::Punct && !is_quote_mark(doc, stop - 1) {
            stop -= 1;
        }
        // Opening its sentence, the frame is followed by a comma and a clause; closing it, it
        // follows a comma and ends the sentence.
        let framed = if let Some(opening) = opening {
            view_frame(doc, opening, last)
                // ("In her words, “...”": a quotation is the words too.)
                .filter(|&(_, _, _, after)| after + 2 < stop && is_mark(doc, after, b',') && (clause_at(doc, after + 1, stop) || quote_opening_at(doc, quotes, after + 1).is_some()))
                .map(|(f, l, cue, after)| (f, l, cue, opening, doc.token_span(after + 1, stop)))
        } else {
            closing
                .filter(|&k| k + 1 < stop)
                .and_then(|k| view_frame(doc, k, stop).filter(|&(_, _, _, after)| after == stop).map(|(f, l, cue, _)| (f, l, cue, k, doc.token_span(first, k - 1))))
                .filter(|&(_, _, _, k, _)| (first..k - 1).filter(|&w| doc.tokens[w].kind == TokenKind::Word).take(3).count() == 3)
        };
        let Some((f, l, cue, frame_start, content)) = framed else { continue };
        if found.iter().any(|a| content.contains(a.cue)) || crate::engine::quotes::is_quoted(closed, doc.token_span(frame_start, l)) {
            continue;
        }
        let mut source = doc.token_span(f, l);
        // The holder without its possessive ending: "the SEC", not "the SEC's".
        let t = doc.token_text(l - 1);
        if is_possessive(t) {
            source.end -= if t.ends_with("'s") { 2 } else { 4 };
        }
        let last_named = named_at[..named_at.partition_point(|&(k, _)| k < frame_start)].last().map(|&(_, r)| r);
        // A possessive pronoun stands for whom its subject form would.
        let class = match doc.token_text(f).to_ascii_lowercase().as_str() {
            "his" | "her" => Class::Person,
            "their" => Class::Plural,
            "its" => Class::Thing,
            "my" | "our" => Class::Kind(SourceKind::SelfSource),
            _ => source::classify(doc, f, l),
        };
        let (source_kind, note) = resolve(doc, class, Some(source), last_named, None, first);
        let mut a = Attribution { source: Some(source), cue, content: vec![content], source_kind, stance: Stance::Neutral, refers_to: note, why: String::new() };
        a.why = explain(doc, &a, note.map(|r| r.slice(doc.text)), "");
        out.push(a);
    }
    out
}
