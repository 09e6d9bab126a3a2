//! Where a second report joins a sentence (", and analysts said", "and added that"), so that the
//! first report's words end before it.

use super::*;

/// The commas that join a second report to a sentence: ", and some analysts said", ", but she
/// was criticized", ", and later said". For each cue, the walk steps back over its verb group
/// and its subject; a comma and a coordinator right before them mark the join. A
/// subject that stops at "that" ("..., and that the engineers said so") is part of the first
/// content, not a new report. Two cues may share a join ("and officials hope analysts said").
///
/// Without a comma, "and" joins a second verb of the same subject with "that" after it or in the
/// past: "said the plan was sound and added that costs would fall", "and urged MPs to back it"
/// (the join is then the "and").
///
/// Each cue comes with the token after it and its sentence's bounds as [`sentence_bounds`]
/// finds them. `links`, the sorted commas before "and" or "but" (all of them, or None if not
/// known), spare most cues the walk: a join with a comma needs one between the sentence start
/// and the cue.
pub(super) fn report_joins<'a>(
    doc: &'a Doc<'a, 'a>,
    cues: impl Iterator<Item = (usize, usize, &'a Tag, (usize, usize))> + 'a,
    links: Option<&'a [usize]>,
) -> impl Iterator<Item = usize> + 'a {
    cues.filter_map(move |(first, last, t, (floor, end))| {
        // A cue only with quoted words ("continued", "read") is no report without a quotation
        // after it: ", and might be read as retaliation" goes on with the first report.
        if t.quote && !(last < doc.tokens.len() && (is_quote_mark(doc, last) || last + 1 < doc.tokens.len() && doc.tokens[last].kind == TokenKind::Punct && is_quote_mark(doc, last + 1))) {
            return None;
        }
        // Without a comma, "and" or "but" before a second verb of saying: with "that" after it
        // ("and added that"), or in the past ("and called on the minister to explain", "declined
        // to comment but said the company remains committed"), it is the subject's next act, not
        // the first report's content ("was sound and welcomed by traders" is a passive, not an
        // act).
        // A refusal to say counts too: "confirmed it had the audit but would not say whether
        // ..." (the verb group "would not" stands before the listed word).
        let refusal = first >= floor + 4 && doc.is_any(first - 1, words!["not", "n't"]) && doc.is_any(first - 2, words!["would", "did", "could", "will", "does", "do"]);
        let head = if refusal { first - 2 } else { first };
        if head >= floor + 2
            && !t.noun_form
            && doc.is_any(head - 1, AND_BUT)
            && !is_mark(doc, head - 2, b',')
            && last < doc.tokens.len()
            && (refusal
                || doc.is(last, "that")
                || !doc.is(last, "by") && (doc.token_text(first).ends_with("ed") || doc.is_any(first, words!["said", "told", "wrote"]))
                // (Or in the present with a clause of its own, after a report in the present
                // or perfect: "has denied wrongdoing and says the claims are a smear". After
                // "said", a present verb goes on with the reported clause: "said the
                // administration backs the bill and opposes the Senate's". The clause is the
                // sentence's: past a paragraph break it would lie where a re-analysed window
                // need not reach.)
                || first == head
                    && doc.token_bytes(first).ends_with(b"s")
                    && clause_at(doc, last, end)
                    && (floor..head - 1).any(|k| source::is_cue_word(doc, k) && (doc.token_bytes(k).ends_with(b"s") || k > floor && doc.is_any(k - 1, words!["has", "have"]))))
        {
            return Some(head - 1);
        }
        // "said the plan was sound, adding that ...", "denied any wrongdoing, saying ...": a
        // participle of saying after a comma is the same subject's next report.
        // ("writing", a noun too, only with its "that", a colon or a quotation: "..., writing
        // that ...", "..., writing: “Back soon.”".)
        let that_next = || last < doc.tokens.len() && (doc.is(last, "that") || is_mark(doc, last, b':') || is_quote_mark(doc, last));
        if first >= floor + 2 && (!t.noun_form || that_next()) && is_mark(doc, first - 1, b',') && doc.token_text(first).ends_with("ing") {
            return Some(first - 1);
        }
        // The comma may close a quotation the words end with: 'were "far from conclusive,"
        // noting that ...'. The mark glued to the comma and spaced from the participle closes
        // it (an opening one, ', "noting ...', is glued to its word): the words keep it.
        if first >= floor + 3
            && !t.noun_form
            && is_quote_mark(doc, first - 1)
            && is_mark(doc, first - 2, b',')
            && doc.tokens[first - 2].end == doc.tokens[first - 1].start
            && doc.tokens[first - 1].end < doc.tokens[first].start
            && doc.token_text(first).ends_with("ing")
        {
            return Some(first);
        }
        // "with developing countries accusing rich ones of ... and rich countries saying ...":
        // two clauses, each with a subject and a participle of saying; the second's subject
        // ends the first's words.
        if first >= floor + 4 && !t.noun_form && doc.token_text(first).ends_with("ing") {
            if let Some((s, _)) = source::left_phrase(doc, first, floor) {
                if s >= floor + 3
                    && first - s <= 4
                    && doc.is(s - 1, "and")
                    && !is_mark(doc, s - 2, b',')
                    && (floor..s - 1).any(|k| doc.token_text(k).ends_with("ing") && source::is_cue_word(doc, k))
                {
                    return Some(s - 1);
                }
            }
        }
        if let Some(links) = links {
            // The join found below is a comma at `s - 2` with `floor <= s - 2` and `s <= first`.
            if !links.get(links.partition_point(|&k| k < floor)).is_some_and(|&k| k + 2 <= first) {
                return None;
            }
        }
        let mut g = first;
        while g > 0 && first - g < 4 && (doc.is_any(g - 1, GROUP_WORDS) || doc.is_any(g - 1, BE) || is_manner_adverb(doc, g - 1)) {
            g -= 1;
        }
        // A noun-or-verb cue ("claims", "reports") with no auxiliary is as likely a noun, unless
        // a clause follows it: ", but everybody knows this is not true".
        if t.noun_form && g == first && !(last < doc.tokens.len() && (doc.is(last, "that") || clause_at(doc, last, doc.tokens.len()))) {
            return None;
        }
        let s = source::left_phrase(doc, g, floor).map_or(g, |(s, _)| s);
        // (Or ", while": "said the plan was a failure, while Oxfam said". The comma may stand
        // inside a quotation that closes before the word, 'as "a failure," and Oxfam said': the
        // join is then the word, outside the quotation.)
        // (After "while" only a named speaker's verb of saying in the active voice: the same
        // source's words often go on with a contrast, "said debt was 101 billion, while
        // non-registered debt was estimated at 9 billion", "found 58 pct ..., while only eight
        // pct say".)
        let contrast = || {
            doc.is(s - 1, "while")
                && g == first
                && !t.attitude
                && !t.noun_form
                && !doc.is_any(first, BE)
                && !doc.token_bytes(first).ends_with(b"ing")
                && doc.tokens[s].kind == TokenKind::Word
                && !doc.is_any(s, words!["only", "about", "some", "almost", "nearly", "just"])
        };
        // (", yet engineers told this newspaper": "yet" joins as "but" does.)
        if s < floor + 2 || !(doc.is_any(s - 1, COORDINATORS) || contrast()) {
            return None;
        }
        if is_mark(doc, s - 2, b',') {
            Some(s - 2)
        } else {
            (s > floor + 2 && is_quote_mark(doc, s - 2) && is_mark(doc, s - 3, b',')).then(|| s - 1)
        }
    })
}
