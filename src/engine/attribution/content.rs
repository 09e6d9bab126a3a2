//! Where reported words end: before the writer goes on (", and the government followed", "but
//! offered no timetable"), before an aside's main verb, and where quotations that follow go on
//! with the same speaker's words.

use crate::engine::document::At;
use super::*;

/// A noun phrase reported ("demanded cuts in the budget", "posted photos of the crowd") ends
/// where ", and" or ", but" opens a clause with a subject of its own: "..., and the government
/// followed" is the writer going on, not more of what was demanded. A reported clause ("said
/// the bridge was unsafe, and the road would close") may go on that way, so it is left whole.
pub(super) fn end_object_before_clause(w: &Walk, c: usize, r: &mut Range) {
    let doc = w.doc;
    let end = w.sent.1.min(w.para.1);
    // Only the first comma: after an earlier one, ", and" more likely closes a list ("Cordoba,
    // Santa Fe, and Buenos Aires were flooded"). The cheap tests come first: most contents have
    // no comma before "and" at all.
    let Some(k) = (c + 1..end).take_while(|&k| doc.tokens[k].start < r.end).find(|&k| is_mark(doc, k, b',')) else { return };
    if k + 2 >= end || doc.tokens[k + 2].start >= r.end || !doc.is_any(k + 1, words!["and", "but", "while", "whereas", "yet"]) {
        return;
    }
    // "quoted one official as saying that, while ...": the comma opens the reported clause.
    // ", and that ..." is a second reported clause.
    if doc.is(k - 1, "that") || doc.is(k + 2, "that") || crate::engine::quotes::is_quoted(w.quotes, doc.tokens[k].range()) || !clause_at(doc, k + 2, end) {
        return;
    }
    let clausal = c > 0 && doc.is_any(c - 1, words!["that", ":"]) || doc.is(c, "that") || is_quotation(w.quotes, *r) || clause_at(doc, c, end);
    // "The league will tell you that the technology is reliable, but this is the third time it
    // has failed us": what someone "will tell you" is set up for the writer's answer after ", but".
    let you = if c > 0 && doc.is(c - 1, "that") { c - 1 } else { c };
    let set_up = you >= 3 && doc.is(you - 1, "you") && doc.is(you - 2, "tell") && doc.is_any(you - 3, words!["will", "would"]) && doc.is(k + 1, "but");
    if !clausal || weighs_evidence(doc, k, end) || set_up {
        r.end = doc.tokens[k - 1].end;
    }
}

/// Nouns that sum up the report or the event it tells of, after ", a": "said the car would come
/// next year, a promise he has made every year since 2016", "..., a move that surprised
/// analysts".
pub(super) const SUMMARIES: Words = words![
    "move", "promise", "pledge", "claim", "figure", "step", "decision", "level", "record", "sign", "assertion", "prediction",
    "charge", "accusation", "allegation", "reversal", "view", "position", "stance", "rate", "result",
];

/// The writer's summing-up set off after the reported words is no part of them: "Musk said Tesla
/// would unveil the car next year, a promise he has made every year since 2016". (Not inside a
/// quotation, where it is the speaker's, nor before one: "a rate of growth that \"is not
/// sustainable\"" quotes the speaker's own verdict.)
/// So is the wire's "..., the latest retailer to shed staff". And so is one resumed after the
/// source and its verb: "The drug cut the risk by 20 percent, its maker said, a result that
/// could change how patients are treated" (the report keeps its other words), which the
/// caller's pass over every report's words drops with [`resumes_with_summary`].
pub(super) fn end_before_summary(doc: &Doc, quotes: &[Range], out: &mut [Attribution]) {
    for c in out.iter_mut().flat_map(|a| a.content.iter_mut()).filter(|c| c.start < c.end) {
        // (The summing-up closes the words: only their last comma is asked about, and first of
        // the text after it. Finding each content's tokens first cost 1 % of the engine.) It is
        // short: the last 400 bytes are looked at, or a 1 MB sentence without stops, where each
        // report's words run to its end, is read once per report.
        let mut from = c.start.max(c.end.saturating_sub(400));
        while !doc.text.is_char_boundary(from) {
            from += 1;
        }
        let words = &doc.text[from..c.end];
        // (Not a figure's comma: "380,000 dlrs, a record price".)
        let Some(at) = words.rmatch_indices(',').map(|(i, _)| i).find(|&i| !words.as_bytes().get(i + 1).is_some_and(u8::is_ascii_digit)) else { continue };
        let after = words[at + 1..].trim_start().as_bytes();
        // ("..., the latest retailer to shed staff as costs rise": the wire's note on where the
        // news stands in a run of others is the writer's too.)
        let latest = after.starts_with(b"the latest ");
        let article = match after {
            [b'a', s, ..] | [b'a', b'n', s, ..] if s.is_ascii_whitespace() => true,
            _ => latest,
        };
        if !article {
            continue;
        }
        let k = doc.token_at_or_after(from + at);
        let cl = doc.token_at_or_after(c.end);
        let summing = |j: usize| if latest { doc.is(j, "latest") } else { doc.is_any(j, SUMMARIES) && !cause_after(doc, j) };
        // (Words before the comma: ", a promise, he said." opens with it.)
        if k > 0 && doc.tokens[k - 1].end > c.start && k + 2 < cl && summing(k + 2) && !crate::engine::quotes::is_quoted(quotes, doc.tokens[k].range()) && !(k..cl).any(|j| is_quote_mark(doc, j)) {
            c.end = doc.tokens[k - 1].end;
        }
    }
}

/// Do the words `c` open with ", a" and a summing-up noun ("..., a result that ...") or with ",
/// the latest"?
pub(super) fn resumes_with_summary(doc: &Doc, quotes: &[Range], c: Range) -> bool {
    // (The text first: most words open otherwise, and a token's look-up is a search.)
    let b = doc.text.as_bytes();
    // (And the wire's "..., the company announced on Monday, the latest in a string of ...".)
    let article = b.get(c.start..c.start + 2) == Some(b"a ") || b.get(c.start..c.start + 3) == Some(b"an ") || b.get(c.start..c.start + 11) == Some(b"the latest ");
    let before = b[..c.start].iter().rev().find(|b| !b.is_ascii_whitespace());
    if !article || before != Some(&b',') || crate::engine::quotes::is_quoted(quotes, c) {
        return false;
    }
    // ("gains, a result of an appreciation of the dollar" gives the cause: a speaker's words.)
    let k = doc.token_at_or_after(c.start);
    k + 2 < doc.tokens.len() && (doc.is(k + 1, "latest") || doc.is_any(k + 1, SUMMARIES) && !cause_after(doc, k + 1))
}

/// Is token `k` "result" before its "of": a cause, which the speaker gives as often as not?
fn cause_after(doc: &Doc, k: usize) -> bool {
    k + 1 < doc.tokens.len() && doc.is(k, "result") && doc.is(k + 1, "of")
}

/// A noun phrase reported ends before the frame it was given in, when that frame closes the
/// words: "confirmed the deal in a statement", "denied the claims in an interview with the BBC",
/// "announced his resignation on Twitter". The frame is where the words were said, not more of
/// them. (Not a clause, an infinitive or a question, which go on: "threatened to run away in the
/// final debate"; nor a frame with more words after it: "told economists in a speech that the
/// economy was in a very difficult situation", "thanked Trump on Twitter for backing the bill";
/// nor a participle's: "the plan, outlined in a statement issued Thursday".)
pub(super) fn end_object_before_frame(w: &Walk, c: usize, r: &mut Range) {
    let doc = w.doc;
    let end = w.sent.1.min(w.para.1);
    // (Asked of every reported phrase: the words' first token and what stands before it turn
    // away most clauses before the words are read; `clause_at`, dearer, waits for a frame.)
    if c > 0 && doc.is_any(c - 1, words!["that", ":"])
        || doc.is_any(c, words!["that", "to", "if", "whether", "how", "why", "what", "when", "where", "who"])
        || is_quotation(w.quotes, *r)
    {
        return;
    }
    const PLATFORMS: Words = words!["twitter", "facebook", "instagram", "tiktok", "youtube", "television", "tv", "radio", "linkedin"];
    // The frame's noun heads its phrase: "in the new statement period" is a period.
    // (Nor a compound's first part: "other post-debate polls".)
    let heads = |j: usize| {
        j + 1 >= end
            || doc.tokens[j + 1].kind == TokenKind::Punct && !source::is_joiner(doc, j + 1)
            || doc.is_any(j + 1, PREPOSITIONS)
            || doc.is_any(j + 1, super::TIME_WORDS)
            || doc.is(j + 1, "this")
    };
    let frame = |k: usize| {
        if doc.is(k, "on") && k + 1 < end && doc.is_any(k + 1, PLATFORMS) {
            return true;
        }
        // An article or a possessive, up to two words of description, then the frame's noun.
        doc.is_any(k, words!["in", "during"])
            && k + 1 < end
            && source::is_det(doc, k + 1)
            && (k + 2..end.min(k + 5)).take_while(|&j| doc.tokens[j].kind == TokenKind::Word).any(|j| source::is_frame_noun(doc, j) && heads(j))
    };
    // (The frame's first letter turns most words away; the rest is asked only once one is found.)
    let Some(k) = (c + 1..end).take_while(|&k| doc.tokens[k].start < r.end).find(|&k| matches!(doc.tokens[k].first_byte() | 0x20, b'i' | b'o' | b'd') && frame(k)) else { return };
    if clause_at(doc, c, end) {
        return;
    }
    let cl = doc.token_at_or_after(r.end);
    // (The frame closes the words: a few words after it, none that goes on with more.)
    let goes_on = |j: usize| doc.is_any(j, words!["that", "for", "which", "who", ","]) || is_quote_mark(doc, j);
    if cl > k + 10 || (k..cl).any(goes_on) || crate::engine::context::is_participle(doc, k - 1) {
        return;
    }
    let mut e = k;
    // (A comma or a linking word left before it goes too; a quotation's closing mark stays.)
    while e > c + 1 && doc.is_any(e - 1, words![",", ";", "and", "but", "or"]) {
        e -= 1;
    }
    r.end = doc.tokens[e - 1].end;
}

/// "They claim that the economy is in crisis, but the facts show the opposite", "..., yet they
/// offer no evidence": a clause on the evidence after the comma at `k` and "but" or "yet" is
/// the writer weighing the report, even after a reported clause.
pub(super) fn weighs_evidence(doc: &Doc, k: usize, end: usize) -> bool {
    doc.is_any(k + 1, words!["but", "yet"])
        && (k + 2..end.min(k + 8))
            .take_while(|&j| doc.tokens[j].kind == TokenKind::Word)
            .any(|j| doc.is_any(j, words!["evidence", "facts", "data", "proof", "records", "figures", "statistics", "research", "studies"]))
}

/// "confirmed the arrangement but offered no timetable", "praised the team and thanked the
/// fans": after an object (no clause), "and" or "but" with a past verb and its own object is the
/// subject's next deed, not more of what it confirmed. ("approved and signed by May" has no
/// object after the verb; a clause's "prices rose and fell" is its own subject's, and so are
/// the words after a hearer, which are a clause: not called for a verb that tells.)
pub(super) fn end_object_before_second_verb(w: &Walk, c: usize, r: &mut Range) {
    let doc = w.doc;
    let end = w.sent.1.min(w.para.1);
    if doc.is(c, "that") || doc.is_any(c, SUBJECT_PRONOUNS) || is_quotation(w.quotes, *r) || c > 0 && doc.is_any(c - 1, words!["that", ":"]) {
        return;
    }
    // A past or plain verb and its object.
    let deed = |v: usize| {
        // ("all new and unused models": an adjective.)
        // (A present form goes on with an infinitive: "promising to build a wall and get
        // ...".)
        (doc.token_text(v).ends_with("ed") && !doc.token_text(v).starts_with("un")
            || doc.is_any(v, PLAIN_VERBS) && !(doc.is(c, "to") && doc.is_any(v, words!["go", "come", "make", "take", "get", "keep"])))
            && (source::is_det(doc, v + 1) || doc.is_any(v + 1, OBJECT_PRONOUNS) || doc.tokens[v + 1].kind == TokenKind::Number)
    };
    // Or a perfect: "but has been careful not to ...", "and had asked the court"; or a modal's
    // verb: "rejected the findings and would consider an appeal".
    let perfect = |v: usize| {
        doc.is_any(v, words!["has", "have", "had"]) && (doc.is(v + 1, "been") || doc.token_text(v + 1).ends_with("ed") && !starts_upper(doc, v + 1))
            || doc.is_any(v, words!["would", "will", "could", "might", "may"]) && doc.tokens[v + 1].kind == TokenKind::Word && !starts_upper(doc, v + 1)
    };
    let second = |k: usize| {
        let mut v = k + 1;
        if v < end && doc.is_any(v, words!["then", "also", "later", "quickly"]) {
            v += 1;
        }
        v + 1 < end
            && doc.tokens[v + 1].start < r.end
            && doc.tokens[v].kind == TokenKind::Word
            && !starts_upper(doc, v)
            && (deed(v) || perfect(v))
    };
    // Or another speaker's report: "denies wrongdoing and his lawyer said the charges ...".
    // (Not a name's own "and": "the Securities and Exchange Commission", "for France, Spain and
    // Belgium but said".)
    let another_report = |k: usize| {
        let v = k + 1;
        v < end
            && (source::is_det(doc, v) || doc.is_any(v, words!["his", "her", "their", "its"]) || starts_upper(doc, v) && !starts_upper(doc, k - 1))
            && (v + 1..end.min(v + 4))
                .take_while(|&j| doc.tokens[j].kind == TokenKind::Word && !doc.is_any(j, COORDINATORS))
                .any(|j| source::is_cue_word(doc, j) && !starts_upper(doc, j) && (doc.token_text(j).ends_with("ed") || doc.token_text(j).ends_with('s') || doc.is_any(j, PLAIN_VERBS)))
    };
    let Some(k) = (c + 1..end)
        .take_while(|&k| doc.tokens[k].start < r.end)
        .find(|&k| doc.is_any(k, COORDINATORS) && !doc.is(k, "yet") && !crate::engine::quotes::is_quoted(w.quotes, doc.tokens[k].range()) && (second(k) || another_report(k)))
    else {
        return;
    };
    // (A finite verb before the "and" makes the words a clause: "said prices rose and
    // closed the week higher" is the prices'.)
    let last = if is_mark(doc, k - 1, b',') || is_dash(doc, k - 1) { k - 1 } else { k };
    // (Nor after a relative "that": "a law that triggered strikes and led ...".)
    let verb_at = |i: usize| i > c && (!source::is_det(doc, i - 1) || doc.is(i - 1, "that")) && (doc.token_text(i).ends_with("ed") || doc.is_any(i, PLAIN_VERBS));
    if last > c && !(c..k).any(|i| doc.is_any(i, FINITE) || verb_at(i)) {
        r.end = doc.tokens[last - 1].end;
    }
}

/// "The company disputed that, saying ...": "that" at `j` before a comma and a reporting
/// participle is the object, as "it" would be, and the participle the subject's next words. An
/// aside that opens the words ("said that, excluding one-off costs, it expects ...", "that,
/// according to ...") is no report of the subject's.
pub(super) fn object_that_before_report(doc: &Doc, j: usize) -> bool {
    doc.token_bytes(j + 2).ends_with(b"ing") && source::is_cue_word(doc, j + 2) && !doc.is(j + 2, "according")
}

/// "Those who reported drinking two cups daily had a lower risk": a report of a deed ("-ing") in
/// a relative clause that is its sentence's subject ends at the main verb. So does one after
/// "whoever", which is its own antecedent: "Whoever says the war is over is lying".
pub(super) fn end_in_relative_subject(doc: &Doc, sent_first: usize, a: &mut Attribution) {
    let Some(src) = a.source else { return };
    let s = doc.token_at_or_after(src.start);
    let relative = s > sent_first && s <= sent_first + 3 && doc.is_any(s, words!["who", "that"]) && doc.tokens[s - 1].kind == TokenKind::Word;
    if !((relative || s == sent_first && doc.is(s, "whoever")) && src.end == doc.tokens[s].end) {
        return;
    }
    let Some(c) = a.content.first_mut() else { return };
    let (cf, cl) = (doc.token_at_or_after(c.start), doc.token_at_or_after(c.end));
    // "Anyone who tells you otherwise is selling something": "otherwise" is all they say.
    if doc.is(cf, "otherwise") {
        c.end = doc.tokens[cf].end;
        return;
    }
    if !(doc.token_text(cf).ends_with("ing") && !starts_upper(doc, cf)) {
        end_clause_before_main_verb(doc, cf, cl, c);
        return;
    }
    if let Some(k) = (cf + 1..cl).find(|&k| doc.is_any(k, FINITE) && !starts_upper(doc, k)) {
        c.end = doc.tokens[k - 1].end;
    }
}

/// "Trump's claim that he was rich was false": the words of a noun after a possessive that
/// opens the sentence are in its subject, and end before the main verb.
pub(super) fn end_in_possessed_subject(doc: &Doc, sent_first: usize, first: usize, last: usize, t: &Tag, a: &mut Attribution) {
    // (Only a noun: "Moody's said that" is a name's verb.)
    let word = doc.token_bytes(first);
    if !t.noun_form || word.ends_with(b"s") || word.ends_with(b"ed") {
        return;
    }
    let Some(src) = a.source else { return };
    if doc.token_at_or_after(src.start) != sent_first || src.end > doc.tokens[first].start || last >= doc.tokens.len() || !doc.is(last, "that") {
        return;
    }
    if !super::is_possessive(doc.token_text(first - 1)) && !doc.is_any(first - 1, words!["his", "her", "their", "its"]) {
        return;
    }
    let Some(c) = a.content.first_mut() else { return };
    let (cf, cl) = (doc.token_at_or_after(c.start), doc.token_at_or_after(c.end));
    end_clause_before_main_verb(doc, cf, cl, c);
}

/// "Women who claim he assaulted them came forward", "Officials who say the plan was approved
/// in May are wrong": a reported clause in a relative clause that is the sentence's subject ends
/// before a second verb that no verb group, conjunction or clause of its own leads to: the main
/// clause's. (Only there: "the plan that failed was costly" is one clause, and is left whole.)
fn end_clause_before_main_verb(doc: &Doc, cf: usize, cl: usize, c: &mut Range) {
    let verb = |k: usize| verb_like(doc, k);
    // A reporting verb that is no participle is the main clause's: "Those who believed the Fed
    // will intervene said it would ...", "An analyst who wanted anonymity said ...".
    let main_report = |k: usize| {
        let t = doc.token_text(k);
        k > cf && source::is_cue_word(doc, k) && !t.ends_with("ing") && !t.ends_with("ed")
    };
    // (Words that are no clause, an object or a phrase, "who has been asking about the release
    // ... got an answer", have no verb of their own: the first verb is the main clause's.)
    let mut seen_verb = doc.is_any(cf, PREPOSITIONS) || doc.is_any(cf, words!["to", "about"]) || !clause_at(doc, cf, cl);
    for k in cf..cl.min(cf + 40) {
        // (An amount's sign is inside the clause: "would cost $30 trillion is wrong".)
        if doc.tokens[k].kind != TokenKind::Word && doc.tokens[k].kind != TokenKind::Number && !matches!(doc.token_text(k), "$" | "%" | "\u{a3}" | "\u{20ac}" | "-" | "/") {
            return;
        }
        if doc.is_any(k, words!["that", "which", "who", "whom", "whose", "when", "where", "if", "because", "while", "as", "and", "or", "but", "than"]) {
            return;
        }
        if main_report(k) {
            c.end = doc.tokens[k - 1].end;
            return;
        }
        if !verb(k) {
            continue;
        }
        // (A verb group goes on: "was approved", "has improved", "did not say".)
        // (And a participle after a verb of being: "asked to remain unidentified". A capital is
        // no auxiliary: "approved in May are wrong".)
        let grouped = k > cf
            && !starts_upper(doc, k - 1)
            && (doc.is_any(k - 1, FINITE)
                || doc.is_any(k - 1, BE)
                || doc.is_any(k - 1, words!["not", "to", "never", "also", "been", "being", "remain", "remains", "remained", "seem", "seems", "become", "get", "got", "feel"])
                || is_ly_adverb(doc, k - 1));
        if seen_verb && !grouped {
            c.end = doc.tokens[k - 1].end;
            return;
        }
        seen_verb = true;
    }
}

/// Is token `k` a verb by its look: an auxiliary, a common irregular past or a word in "-ed",
/// in lower case.
fn verb_like(doc: &Doc, k: usize) -> bool {
    !starts_upper(doc, k) && (doc.is_any(k, FINITE) || doc.is_any(k, PLAIN_VERBS) || doc.token_text(k).len() > 3 && doc.token_text(k).ends_with("ed"))
}

/// "The album, which he describes as a love letter to his city, is out next week": a report in a
/// relative clause set off by commas ends at the clause's closing comma, where the sentence's
/// own verb follows; "is out next week" is the writer's.
pub(super) fn end_in_relative_aside(w: &Walk, first: usize, a: &mut Attribution) {
    let doc = w.doc;
    let Some(src) = a.source else { return };
    // (Asked of every attribution: the bytes before the source turn nearly all away before any
    // token is searched for.)
    let before = doc.text.as_bytes().at(..src.start).trim_ascii_end();
    let ends = |w: &[u8]| before.len() >= w.len() && before.at(before.len() - w.len()..).eq_ignore_ascii_case(w);
    if !(ends(b"which") || ends(b"whom")) {
        return;
    }
    let s = doc.token_at_or_after_near(src.start, first);
    if !(s >= w.sent.0 + 2 && doc.is_any(s - 1, words!["which", "whom"]) && is_mark(doc, s - 2, b',')) {
        return;
    }
    let Some(c) = a.content.first_mut() else { return };
    if is_quotation(w.quotes, *c) {
        return;
    }
    let (cf, cl) = (doc.token_at_or_after_near(c.start, first), doc.token_at_or_after_near(c.end, first));
    let verb = |k: usize| verb_like(doc, k);
    if let Some(k) = (cf + 1..cl.saturating_sub(1)).find(|&k| is_mark(doc, k, b',') && quote_closing_at(doc, w.quotes, k + 1).is_none() && verb(k + 1)) {
        c.end = doc.tokens[k - 1].end;
    }
}

/// "Two employees, who spoke because they feared retaliation, said the boss lied": a report
/// inside an aside of another's source phrase has its words inside that phrase too, not past
/// its comma in the clause that phrase is the subject of. Only inside an aside, after a comma
/// or a relative pronoun within the phrase: a phrase with a report and no aside is more often a
/// walk gone too far ("he believes GE has shown") than a speaker. (`out` is in the order of the
/// cues.)
pub(super) fn end_inside_sources(doc: &Doc, out: &mut [Attribution]) {
    for i in 0..out.len() {
        let Some(src) = out[i].source else { continue };
        let from = out.partition_point(|a| a.cue.start < src.start);
        for j in from..out.len() {
            if out[j].cue.start >= src.end {
                break;
            }
            if j == i || !src.contains(out[j].cue) {
                continue;
            }
            let (s, c) = (doc.token_at_or_after(src.start), doc.token_at_or_after(out[j].cue.start));
            if !(s + 1..c).any(|k| is_mark(doc, k, b',') || doc.is_any(k, words!["who", "that", "which", "whose"])) {
                continue;
            }
            // (Nor a phrase ending in a subject pronoun or a possessive, which the inner words
            // run on from: "analysts who said they | wondered how long ...".)
            let e = doc.token_at_or_after(src.end).saturating_sub(1);
            if doc.is_any(e, SUBJECT_PRONOUNS) || super::is_possessive(doc.token_text(e)) || doc.token_text(e).ends_with('\'') {
                continue;
            }
            for c in out[j].content.iter_mut().filter(|c| c.start < src.end && c.end > src.end) {
                c.end = src.end;
            }
        }
    }
}

/// "Spanish farmers demanding a better deal blocked roads", "A petition calling for the sequel
/// to be made has gathered 80,000 signatures": a participle of report right after the sentence's
/// subject is a relative clause without its "who"; words that are no clause end before the
/// main verb (a finite auxiliary, a report's verb, or a past verb after a name or a noun).
pub(super) fn end_in_participle_subject(doc: &Doc, sent_first: usize, first: usize, last: usize, a: &mut Attribution) {
    let Some(src) = a.source else { return };
    if first == 0 || last > first + 2 || !doc.token_text(first).ends_with("ing") || starts_upper(doc, first) {
        return;
    }
    let s = doc.token_at_or_after(src.start);
    // ("He’s pointing out": the verb's own auxiliary, contracted.)
    let contracted = || !doc.tokens[first - 1].is_plain() && source::without_contraction(doc.token_text(first - 1)).len() < doc.token_text(first - 1).len();
    if s != sent_first || src.end != doc.tokens[first - 1].end || doc.tokens[first - 1].kind != TokenKind::Word || doc.is_any(first - 1, BE) || contracted() {
        return;
    }
    let Some(c) = a.content.first_mut() else { return };
    let (cf, cl) = (doc.token_at_or_after(c.start), doc.token_at_or_after(c.end));
    if is_quote_mark(doc, cf) {
        return;
    }
    // A reported clause has a verb of its own, which may be finite; a report's verb is the
    // sentence's ("Protesters demanding his resignation said ...").
    // (After a cue of two words, "calling for", "pointing to", the words are a noun phrase,
    // whatever verb follows.)
    let clause = doc.is(cf - 1, "that") || doc.is_any(cf, words!["whether", "if", "how", "why", "what", "when", "where"]) || last == first + 1 && clause_at(doc, cf, cl);
    // (Not a participle after its determiner, "a proposed tax", or in a passive, "to be made".)
    let verb_place = |k: usize| {
        doc.tokens[k - 1].kind == TokenKind::Word
            && !source::is_det(doc, k - 1)
            && !doc.is_any(k - 1, words!["a", "an", "the"])
            && !doc.is_any(k - 1, PREPOSITIONS)
            && !doc.is_any(k - 1, BE)
            && !doc.is_any(k - 1, FINITE)
    };
    let past = |k: usize| {
        let t = doc.token_text(k);
        t.len() > 3 && t.ends_with("ed") || doc.is_any(k, PLAIN_VERBS)
    };
    // (In a clause, a second auxiliary with no conjunction before it is the sentence's: "A post
    // claiming that hot water can kill the virus has been shared".)
    let aux = (cf..cl).find(|&k| doc.is_any(k, FINITE));
    let second_aux = |k: usize| doc.is_any(k, FINITE) && aux.is_some_and(|f| f + 1 < k && (f + 1..k).all(|i| !doc.is_any(i, source::STOP_WORDS)) && !doc.is_any(k - 1, SUBJECT_PRONOUNS));
    let main_verb = |k: usize| !starts_upper(doc, k) && (source::is_cue_word(doc, k) && verb_place(k) || (if clause { second_aux(k) } else { doc.is_any(k, FINITE) || past(k) && verb_place(k) }));
    // A relative clause inside the words has its own verb: "its offer of 28 dlrs a share which
    // was announced this morning".
    // Nor is a verb after a comma, a colon or a quotation mark sure to be the main one.
    let relative = |k: usize| doc.is_any(k, words!["who", "that", "which", "whose"]);
    let mark = |k: usize| doc.tokens[k].kind == TokenKind::Punct && (doc.is_any(k, words![",", ";", ":"]) || is_quote_mark(doc, k) || is_dash(doc, k));
    if let Some(k) = (cf + 1..cl).take_while(|&k| !relative(k) && !mark(k)).find(|&k| main_verb(k)) {
        c.end = doc.tokens[k - 1].end;
    }
}

/// Ends content `c` (unless it is a quotation) before its first comma outside quotation marks.
pub(super) fn cut_at_first_comma(w: &Walk, c: &mut Range) {
    let doc = w.doc;
    if is_quotation(w.quotes, *c) {
        return;
    }
    let (cf, cl) = (doc.token_at_or_after(c.start), doc.token_at_or_after(c.end));
    // A dash closes an aside as a comma does: "The mayor — who has denied any wrongdoing — said".
    if let Some(k) = (cf + 1..cl).find(|&k| (is_mark(doc, k, b',') || is_dash(doc, k)) && !crate::engine::quotes::is_quoted(w.quotes, doc.tokens[k].range())) {
        c.end = doc.tokens[k - 1].end;
    }
}

/// Where the "be" of a passive of hearsay stands when the verb group at `g` is its infinitive
/// ("is said to have told", "was widely reported to have warned").
pub(super) fn hearsay_before(doc: &Doc, g: usize, sent_first: usize) -> Option<usize> {
    if g < sent_first + 4 || !doc.is(g - 1, "to") || !doc.is_any(g - 2, words!["said", "reported", "believed", "thought", "alleged", "rumoured", "rumored", "understood"]) {
        return None;
    }
    let be = if is_manner_adverb(doc, g - 3) || doc.is_any(g - 3, words!["widely", "also"]) { g - 4 } else { g - 3 };
    (be > sent_first && doc.is_any(be, BE)).then_some(be)
}

/// Ends an aside's words at the comma before the main clause's verb: "Romney, who is expected to
/// deliver a forceful, top-to-bottom indictment, will speak" ends at "indictment". With no verb
/// after a comma the aside closes the sentence, and the words run to its end.
pub(super) fn cut_before_main_verb(w: &Walk, c: &mut Range) {
    let doc = w.doc;
    let (cf, cl) = (doc.token_at_or_after(c.start), doc.token_at_or_after(c.end));
    // "The trial, which is expected to last six weeks, continues on Wednesday": a present tense
    // in "-s" with a phrase of when or where (or the stop) after it; a plural noun in a list
    // goes on with "and" or another noun.
    let present_before_adverbial = |k: usize| {
        let t = doc.token_bytes(k);
        t.len() > 3
            && t.ends_with(b"s")
            && !t.ends_with(b"ss")
            && k + 1 < doc.tokens.len()
            && (doc.is_any(k + 1, PREPOSITIONS) || doc.is_any(k + 1, TIME_WORDS) || source::is_det(doc, k + 1) || is_end_punct(doc, k + 1))
    };
    let verb = |k: usize| {
        k < doc.tokens.len()
            && (doc.is_any(k, FINITE)
                || !starts_upper(doc, k) && doc.tokens[k].kind == TokenKind::Word && (doc.token_text(k).ends_with("ed") || doc.is_any(k, PLAIN_VERBS) || source::is_cue_word(doc, k) || present_before_adverbial(k)))
    };
    if let Some(k) = (cf + 1..cl).find(|&k| is_mark(doc, k, b',') && verb(k + 1) && !crate::engine::quotes::is_quoted(w.quotes, doc.tokens[k].range())) {
        c.end = doc.tokens[k - 1].end;
    }
}

/// “It's over,” she said. “We lost.” A quotation opening right after the attribution's sentence
/// continues the same speaker's words, and so does each quotation that directly follows it.
pub(super) fn follow_on_quotes(w: &Walk, a: &mut Attribution) {
    let doc = w.doc;
    // Only when the attribution already quotes its speaker: plain reported speech is not followed
    // by more of the same words.
    let quoted = a.content.iter().any(|c| quote_containing(w.quotes, c.start).is_some_and(|q| q.start == c.start));
    // Reported speech closing its sentence, "He has heard it all before, he says.", and a
    // quotation that is the whole rest of the paragraph: the same speaker goes on in their own
    // words. (A quotation with a frame of its own after it, '"Nonsense," replied Smith.', is
    // that frame's.)
    if !quoted {
        let mut k = w.sent.1;
        while k < w.para.1 && is_end_punct(doc, k) {
            k += 1;
        }
        // (In its own paragraph: the next one's quotation may be anyone's.)
        let Some(q) = (k < w.para.1).then(|| quote_opening_at(doc, w.quotes, k)).flatten() else { return };
        let end = doc.token_at_or_after(q.end);
        let rest_is_quote = end >= w.para.1 || end + 1 == w.para.1 && is_end_punct(doc, end);
        if !rest_is_quote || a.content.is_empty() || a.content.contains(&q) {
            return;
        }
        a.content.push(q);
        return;
    }
    let mut k = w.sent.1;
    // The sentence may end inside a closing quotation; step past its final stop.
    while k < w.para.1 && is_end_punct(doc, k) {
        k += 1;
    }
    // A name ending in an abbreviation ends the sentence with its own stop, which the walks do
    // not count as one: '..., said Jill Sanders, an analyst at Pike & Co. "That works ..."'.
    let after_frame = doc.token_at_or_after(a.cue.end.max(a.source.map_or(0, |r| r.end)));
    // (A quoted sentence, which ends on its own stop or comma inside the marks: not a quoted
    // term that opens the next sentence, '"In play" means ...'.)
    let quoted_sentence = |q: Range| {
        let (f, l) = (doc.token_at_or_after(q.start), doc.token_at_or_after(q.end));
        l >= f + 4 && starts_upper(doc, f + 1) && (is_end_punct(doc, l - 2) || is_mark(doc, l - 2, b','))
    };
    if let Some(j) = (after_frame + 1..w.sent.1).find(|&j| is_mark(doc, j - 1, b'.') && quote_opening_at(doc, w.quotes, j).is_some_and(quoted_sentence)) {
        k = j;
    }
    while k < w.para.1 {
        let Some(q) = quote_opening_at(doc, w.quotes, k) else { break };
        if a.content.contains(&q) {
            break;
        }
        a.content.push(q);
        k = doc.token_at_or_after(q.end);
        // A further quotation continues only if nothing but space lies between them.
        if k < w.para.1 && quote_opening_at(doc, w.quotes, k).is_none() {
            break;
        }
    }
    // News sets a speaker's next words off as a paragraph of their own: a paragraph that is one
    // quotation, right after the attribution closed its paragraph, is the same speaker's. Only
    // one: the re-analysis after an edit counts on content reaching no further.
    if k >= w.para.1 && w.para.1 < doc.tokens.len() {
        let next = doc.tokens[w.para.1].start;
        let para = doc.paragraphs.get(doc.paragraphs.partition_point(|p| p.end <= next));
        if let (Some(q), Some(para)) = (quote_opening_at(doc, w.quotes, w.para.1), para) {
            if fills(q, *para) && !a.content.contains(&q) {
                a.content.push(q);
            }
        }
    }
}

/// After an inverted source: a second half of a split quotation (“...,” said X, “...”), or of a
/// sentence the frame interrupts ("The major drawback, said Landis, is that ...": a verb right
/// after the frame goes on with the words before it).
pub(super) fn split_tail(w: &Walk, se: usize, a: &mut Attribution) {
    let doc = w.doc;
    if se < w.para.1 && (is_mark(doc, se, b',') || is_mark(doc, se, b':')) {
        if let Some(q) = quote_opening_at(doc, w.quotes, se + 1) {
            a.content.push(q);
        } else if is_mark(doc, se, b',') && !a.content.is_empty() && se + 1 < w.sent.1.min(w.para.1) && doc.is_any(se + 1, FINITE) && !starts_upper(doc, se + 1) {
            a.content.extend(w.content_right(se + 1));
            split_clause_from_semicolon(w, a);
        }
    }
}

/// "Volkswagen postponed a plant; Stellantis, said a source, is reconsidering": words on both
/// sides of a report are one clause, which opens after a semicolon; the clause before it is
/// the writer's.
pub(super) fn split_clause_from_semicolon(w: &Walk, a: &mut Attribution) {
    let doc = w.doc;
    let [left, _] = &mut a.content[..] else { return };
    let (lf, lr) = (doc.token_at_or_after(left.start), doc.token_at_or_after(left.end));
    let semicolon = w.semicolons[..w.semicolons.partition_point(|&k| k < lr)].iter().rev().find(|&&k| k >= lf && is_mark(doc, k, b';'));
    if let Some(&k) = semicolon.filter(|&&k| k + 1 < lr && !crate::engine::quotes::is_quoted(w.quotes, doc.tokens[k].range())) {
        left.start = doc.tokens[k + 1].start;
    }
}

/// Is quotation `q` the whole of paragraph `para` (open or closed at its end)?
fn fills(q: Range, para: Range) -> bool {
    q.start == para.start && q.end >= para.end
}

/// Paragraphs a quotation may be followed back over: a quotation of several paragraphs, in news
/// style, leaves each but the last open and reopens it at the next paragraph's start, and names
/// its speaker only in the last. Two keeps every change an edit makes within the context the
/// re-analysis after an edit checks.
const QUOTED_PARAGRAPHS_BACK: usize = 2;

/// “We will rebuild.¶“Nobody will be left behind,” she said.: a paragraph that is one quotation
/// left open, right before the paragraph whose opening quotation a speaker's words hold, is the
/// start of those words. Only quotations no one else's words hold: an open quotation after a
/// frame of its own ('She said: “...') is that frame's.
pub(super) fn quotations_run_back(doc: &Doc, para_tokens: &[(usize, usize)], quotes: &[Range], closed: &[Range], out: &mut [Attribution]) {
    // Most texts have no paragraph that is one open quotation: nothing to follow back.
    let open_paragraph = |q: &Range| {
        let k = doc.token_at_or_after(q.start);
        (k == 0 || doc.tokens[k].newlines_before > 0) && !is_quotation(closed, *q)
    };
    if !quotes.iter().any(open_paragraph) {
        return;
    }
    // Quotations any attribution's words hold, by their index in `quotes`.
    let mut held = vec![false; quotes.len()];
    for c in out.iter().flat_map(|a| a.content.iter()) {
        let mut i = quotes.partition_point(|q| q.end <= c.start);
        while i < quotes.len() && quotes[i].start < c.end {
            *held.at_mut(i) = true;
            i += 1;
        }
    }
    // The paragraph `q` opens, if it does: its first token is the quotation's opening mark.
    let opens = |q: Range| {
        let p = doc.paragraphs.partition_point(|p| p.end <= q.start);
        (p < para_tokens.len() && para_tokens[p].0 < doc.tokens.len() && doc.tokens[para_tokens[p].0].start == q.start).then_some(p)
    };
    for a in out.iter_mut() {
        let Some(mut p) = a.content.iter().find(|c| is_quotation(quotes, **c)).and_then(|c| opens(*c)) else { continue };
        for _ in 0..QUOTED_PARAGRAPHS_BACK {
            if p == 0 {
                break;
            }
            p -= 1;
            let (first, last) = *para_tokens.at(p);
            let Some(q) = (first < last).then(|| quote_opening_at(doc, quotes, first)).flatten() else { break };
            let i = quotes.partition_point(|r| r.end <= q.start);
            let whole_and_open = fills(q, *doc.paragraphs.at(p)) && !is_quotation(closed, q);
            if !whole_and_open || *held.at(i) {
                break;
            }
            *held.at_mut(i) = true;
            a.content.insert(0, q);
        }
    }
}

/// "She waved to the crowd, then said the plan would fail": a subject pronoun's own verb phrase,
/// set off before a second verb it shares the subject with, is no part of who speaks. The source
/// is the pronoun. ("They, too, said", "He himself said" keep their words.)
/// (`near` is the cue's verb: the cue's and the source's first tokens are found near it.)
pub(super) fn end_at_subject_pronoun(doc: &Doc, near: usize, a: &mut Attribution) {
    let Some(src) = a.source else { return };
    // (Asked of every attribution: the source's first word, read off the text, turns nearly all
    // of them away before any token is searched for.)
    let head = doc.text.as_bytes().at(src.start..src.end).split(|b| !b.is_ascii_alphabetic()).next().unwrap_or(&[]);
    if !matches!(head.len(), 1..=4) || !["he", "she", "they", "we", "i"].iter().any(|p| head.eq_ignore_ascii_case(p.as_bytes())) {
        return;
    }
    let c = doc.token_at_or_after_near(a.cue.start, near);
    let s = doc.token_at_or_after_near(src.start, c);
    // (The pronoun is a token of its own: not "he's".)
    if s + 1 >= c || doc.tokens[s].end - doc.tokens[s].start != head.len() || doc.tokens[s + 1].kind != TokenKind::Word {
        return;
    }
    let e = doc.token_at_or_after_near(src.end, c);
    // Only the phrase right before the comma before the cue, maybe with a conjunction between.
    let comma_then_cue = e < c && is_mark(doc, e, b',') && (e + 1 == c || e + 2 == c && doc.is_any(e + 1, words!["and", "but", "then"]));
    if e <= s + 1 || !comma_then_cue {
        return;
    }
    // (Not "He and other analysts", nor the surname "He Kang".)
    if starts_upper(doc, s + 1) || doc.is_any(s + 1, words!["and", "or", "himself", "herself", "themselves", "ourselves", "myself", "too", "alone", "all", "both", "each", "also"]) {
        return;
    }
    a.source = Some(doc.tokens[s].range());
}

/// "She told the crowd she would win, then mocked the slogan": a second report by the same
/// subject, its verb joined to the first's words by a comma, ends those words; what it says is
/// its own.
pub(super) fn end_before_shared_subjects_verb(doc: &Doc, out: &mut [Attribution]) {
    for i in 1..out.len() {
        let (before, after) = out.split_at_mut(i);
        let (b, a) = (before.at_mut(i - 1), after.at(0));
        let (Some(sa), Some(sb)) = (a.source, b.source) else { continue };
        if sa != sb {
            continue;
        }
        let c = doc.token_at_or_after(a.cue.start);
        // The comma, with at most "and", "but" or "then" between it and the cue (a cue may hold
        // its own "then": "then warned").
        let mut k = c;
        while k > 0 && c - k < 2 && doc.is_any(k - 1, words!["and", "but", "then"]) {
            k -= 1;
        }
        // (A bare comma before a participle opens an aside inside the words: "the move, called
        // a standstill, ...".)
        let joined = k < c || doc.is(c, "then");
        if k == 0 || !is_mark(doc, k - 1, b',') || !joined {
            continue;
        }
        let comma = doc.tokens[k - 1].start;
        for d in b.content.iter_mut().filter(|d| d.start < comma && a.cue.end <= d.end) {
            let mut e = k - 1;
            while e > 0 && doc.tokens[e - 1].end > d.start && doc.tokens[e - 1].kind == TokenKind::Punct && !is_quote_mark(doc, e - 1) {
                e -= 1;
            }
            if e > 0 && doc.tokens[e - 1].end > d.start {
                d.end = doc.tokens[e - 1].end;
            }
        }
    }
}

/// How many tokens after the reported clause's verb its "and" may come. With 40, every Reuters
/// story and PolNeAR paragraph comes out as it did with no bound.
const CLAUSE_REACH: usize = 40;

/// "Analysts said the warning was bigger than expected and cut their price target": a deed on
/// "their" after "and" is the plural speakers' own when the reported clause's subject is one
/// thing, so the words end before the "and". (With a plural subject it may be the words':
/// "said banks were cautious and cut their lending".)
pub(super) fn end_clause_before_speakers_deed(w: &Walk, c: usize, r: &mut Range, src: Range) {
    let doc = w.doc;
    let last_src = doc.token_at_or_after(src.end).saturating_sub(1);
    let plural = |k: usize| {
        let t = doc.token_text(k);
        t.len() > 3 && t.ends_with('s') && !t.ends_with("ss") && !t.ends_with("'s") && !t.ends_with("\u{2019}s")
    };
    if !(doc.is(last_src, "they") || plural(last_src)) || !doc.is_any(c, words!["the", "a", "an", "this", "its"]) {
        return;
    }
    let end = w.sent.1.min(w.para.1);
    let Some(fin) = (c + 2..end.min(c + 6)).find(|&k| doc.is_any(k, FINITE)) else {
        return;
    };
    if plural(fin - 1) || (c + 1..fin).any(|k| doc.tokens[k].kind != TokenKind::Word || doc.is(k, "and")) {
        return;
    }
    let deed = |v: usize| !starts_upper(doc, v) && (doc.token_text(v).ends_with("ed") || doc.is_any(v, PLAIN_VERBS));
    // Within a clause's reach of its verb: a sentence with no stops would otherwise be walked
    // once for every report in it.
    let reach = end.saturating_sub(2).min(fin + 1 + CLAUSE_REACH);
    let found = (fin + 1..reach).take_while(|&k| doc.tokens[k].start < r.end).find(|&k| doc.is(k, "and") && deed(k + 1) && doc.is(k + 2, "their"));
    if let Some(k) = found {
        let last = if is_mark(doc, k - 1, b',') || is_dash(doc, k - 1) { k - 1 } else { k };
        r.end = doc.tokens[last - 1].end;
    }
}

/// "The company says an update will fix this, but we would not buy a phone on that promise":
/// "but" and the writer's own "we" or "I" after reported words is the writer answering them;
/// the speaker, reported, is "it", "he" or "they". (A speaker who is "we" or "I" may go on:
/// "We said we would cut taxes, but we would also ...".)
pub(super) fn end_before_writers_answer(w: &Walk, c: usize, r: &mut Range, src: Range) {
    let doc = w.doc;
    if matches!(doc.text.get(src.start..src.end), Some("we" | "We" | "I")) {
        return;
    }
    // (Through the commas before "but" the quotation pass listed, which it does wherever the
    // segmenter made the paragraphs: walking each report's words cost 1 % of the engine.)
    let Some(links) = w.links else { return };
    let reach = w.sent.1.min(w.para.1).saturating_sub(2).min(c + CLAUSE_REACH);
    let found = links.at(links.partition_point(|&k| k <= c)..).iter().copied().take_while(|&k| k < reach && doc.tokens[k].start < r.end).find(|&k| {
        doc.is_any(k + 1, words!["but", "yet"]) && doc.is_any(k + 2, words!["i", "we"]) && !crate::engine::quotes::is_quoted(w.quotes, doc.tokens[k].range())
    });
    if let Some(k) = found {
        r.end = doc.tokens[k - 1].end;
    }
}
