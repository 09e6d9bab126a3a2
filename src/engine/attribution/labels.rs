//! Attributions marked by punctuation alone: a speaker label ("PENCE: Well, ...") and a dash credit
//! after a quotation, with the labels that introduce no one's words.

use super::*;

/// Labels that open a line with a colon but introduce no one's words.
pub(super) const NOT_SPEAKERS: List = List { bit: 1 << 20, words: words![
    "source",
    "sources",
    "original",
    "note",
    "update",
    "updated",
    "editor",
    "editors",
    "photo",
    "photos",
    "image",
    "read",
    "watch",
    "related",
    "disclaimer",
    "correction",
    "clarification",
    // A profile's form fields: "Name: Gabrielle Hatcher Age: 27".
    "name",
    "advertisement",
    "see",
    "also",
    "click",
    "video",
    "via",
    "credit",
    "tags",
    "share",
    "subscribe",
    "warning",
    "q",
    "a",
    "question",
    "answer",
    "listen",
    "more",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    // Other section labels of news pages ("Commentary: Western smears cannot stop ...").
    "commentary",
    "comment",
    "editorial",
    "letters",
    "letter",
    "explainer",
    "factbox",
    "fact",
    "interview",
    "review",
    "column",
    "insight",
    "feature",
    "obituary",
    "timeline",
    "preview",
    "podcast",
    "essay",
    // A fact check's labels: "Claim: A post says ...", "Verdict: Mostly false.".
    "claim",
    "verdict",
    "rating",
    // Calls and teasers of viral posts ("WAKE UP: The truth they ...", "Myth: ...").
    "wake",
    "urgent",
    "attention",
    "psa",
    "reminder",
    "tip",
    "tips",
    "spoiler",
    "bonus",
    "myth",
    "thread",
    "reality",
    "truth",
    "live",
    "transcript",
    "full",
    "title",
    "subject",
    "date",
    "by",
    "posted",
    "published",
    "topics",
    "why",
    "what",
    "how",
    "who",
    "when",
    "where",
    "here",
    "example",
    "step",
    "part",
    "chapter",
    "figure",
    "table",
    "boom",
    "look",
    "wow",
    "alert",
    "whoa",
    "yikes",
    "bingo",
    "ouch",
    "omg",
    "lol",
    "wtf",
    "just",
    "contributing",
    "reporting",
    "latest",
    "updates",
    "additional",
    "follow",
    "email",
    "contact",
    "bottom",
    "total",
    // The headings of a structured abstract or report ("Methods: We followed 4,210 adults ...").
    "background",
    "abstract",
    "introduction",
    "objective",
    "objectives",
    "aim",
    "aims",
    "purpose",
    "context",
    "importance",
    "design",
    "setting",
    "participants",
    "patients",
    "methods",
    "method",
    "measurements",
    "interventions",
    "exposure",
    "outcomes",
    "results",
    "findings",
    "conclusions",
    "conclusion",
    "interpretation",
    "discussion",
    "limitations",
    "significance",
    "summary",
    "keywords",
    "funding",
    // A press release's ("Forward-Looking Statements: This release contains ...").
    "statements",
] };

/// Verbs of saying that open an inverted report before a name and a colon: "Said Ellis: “...”".
const INVERTED_VERBS: Words = words!["said", "says", "added", "adds", "wrote", "writes"];

/// Attributions marked by punctuation alone: a speaker label ("PENCE: Well, look ...",
/// "Poll: Voters turn ...") and a dash after a quotation (“...” ― Jane Smith).
pub(super) fn structural(doc: &Doc, quotes: &[Range], para_tokens: &[(usize, usize)]) -> Vec<Attribution> {
    let mut out = Vec::new();
    for (pi, &(first, last)) in para_tokens.iter().enumerate() {
        let mut k = first;
        if k < last && quote_opening_at(doc, quotes, k).is_some() {
            k += 1;
        }
        let name_start = k;
        while k < last
            && k - name_start < 4
            && (starts_upper(doc, k) || is_mark(doc, k, b'.') && k > name_start || is_mark(doc, k, b'-'))
        {
            k += 1;
        }
        // A label and its colon, with something after them: most paragraphs open otherwise, and
        // are done with here.
        if !(k > name_start && k + 1 < last && is_mark(doc, k, b':')) {
            continue;
        }
        // Headlines quote in single marks ("Carly Fiorina: 'Bill Clinton's fair game.'"), which
        // the quotation pass leaves alone for their use as apostrophes: one that touches the word
        // after it opens the label's words too.
        let single_quote = || {
            let t = doc.token_text(k + 1);
            (t == "'" || t == "\u{2018}") && k + 2 < doc.tokens.len() && doc.tokens[k + 2].kind == TokenKind::Word && doc.tokens[k + 1].end == doc.tokens[k + 2].start
        };
        // The label must introduce words, not a figure or a fragment: "Turnout: 61%" is data.
        let words_after = (k + 1..last.min(k + 6)).filter(|&i| doc.tokens[i].kind == TokenKind::Word).count();
        if words_after < 3 && quote_opening_at(doc, quotes, k + 1).is_none() && !single_quote() {
            continue;
        }
        let metadata = doc.sentences.get(doc.sentence_of(first)).is_some_and(|s| s.paragraph == pi && s.block == crate::engine::segment::Block::Metadata);
        // ("Said Ellis: “...”" is an inverted report, which the walk finds.)
        // (Nor is a headline's clause: "FIX IS IN: Moderators ignore ...". Only forms of "be",
        // "have" and "do": "Will Smith:" and "May Chen:" are names.)
        let not_speaker = (name_start..k).any(|i| doc.is_any(i, NOT_SPEAKERS) || doc.is_any(i, words!["is", "are", "was", "were", "has", "have", "had", "does", "did"]))
            || doc.is_any(name_start, INVERTED_VERBS);
        if !metadata && !not_speaker && (doc.tokens[k + 1].kind != TokenKind::Punct || quote_opening_at(doc, quotes, k + 1).is_some() || single_quote()) {
            let content_end = doc.tokens[last - 1].end;
            let mut a = Attribution {
                source: Some(doc.token_span(name_start, k)),
                cue: doc.tokens[k].range(),
                content: vec![Range::new(doc.tokens[k + 1].start, content_end)],
                source_kind: SourceKind::None,
                stance: Stance::Neutral,
                refers_to: None,
                why: String::new(),
            };
            a.source_kind = match source::classify(doc, name_start, k) {
                Class::Kind(kind) => kind,
                _ => SourceKind::Vague,
            };
            // A transcript's speaker label is a surname in capitals ("KANE:"), not an acronym.
            let t = doc.token_text(name_start);
            if k == name_start + 1 && t.len() >= 3 && t.chars().all(|c| c.is_ascii_uppercase()) && !source::is_listed(doc, name_start) {
                a.source_kind = SourceKind::Named;
            }
            a.why = explain(doc, &a, None, "");
            out.push(a);
        }
    }
    for q in quotes {
        let k = doc.token_at_or_after(q.end);
        if k + 1 >= doc.tokens.len() || !is_dash(doc, k) || doc.tokens[k].newlines_before > 0 {
            continue;
        }
        let pi = doc.paragraphs.partition_point(|p| p.end <= q.start);
        let para_end = doc.paragraphs.get(pi).map(|p| p.end).unwrap_or(doc.text.len());
        let dash_end = hyphen_run_end(doc, k);
        let name_start = dash_end + 1;
        let mut e = name_start;
        while e < doc.tokens.len()
            && doc.tokens[e].start < para_end
            && e - name_start < 6
            && (starts_upper(doc, e) || is_mark(doc, e, b'.') && e > name_start && doc.token_text(e - 1).len() == 1)
        {
            e += 1;
        }
        let ends = e >= doc.tokens.len() || doc.tokens[e].start >= para_end || doc.is_any(e, words![",", ".", ";"]);
        if e > name_start && ends {
            let mut a = Attribution {
                source: Some(doc.token_span(name_start, e)),
                cue: doc.token_span(k, dash_end + 1),
                content: vec![*q],
                source_kind: SourceKind::Named,
                stance: Stance::Neutral,
                refers_to: None,
                why: String::new(),
            };
            if let Class::Kind(kind) = source::classify(doc, name_start, e) {
                a.source_kind = kind;
            }
            a.why = explain(doc, &a, None, "");
            out.push(a);
        }
    }
    // A name and a colon before a quotation inside a paragraph: "Pollsters agree - Carl Bialik:
    // “...”", "The surge doesn't surprise Republican pollster Daron Shaw: “...”", "More from
    // Jones: “...”", and a label with its party in brackets: "Rep. Trey Gowdy (R-S.C.): “...”".
    for q in quotes {
        let o = doc.token_at_or_after(q.start);
        if o < 2 || !is_mark(doc, o - 1, b':') || out.iter().any(|a| a.cue == doc.tokens[o - 1].range()) {
            continue;
        }
        let colon = o - 1;
        let pi = doc.paragraphs.partition_point(|p| p.end <= q.start);
        let Some(&(floor, _)) = para_tokens.get(pi) else { continue };
        let bracket = source::group_open(doc, colon - 1, floor, b')');
        let name_end = bracket.unwrap_or(colon);
        let mut s = name_end;
        let name_token = |k: usize| {
            starts_upper(doc, k) && doc.tokens[k].kind == TokenKind::Word
                || k > floor && (source::is_abbrev_dot_pub(doc, k) || source::is_joiner(doc, k) || doc.is(k, "and")) && starts_upper(doc, k - 1)
        };
        while s > floor && name_end - s < 6 && name_token(s - 1) {
            s -= 1;
        }
        if s == name_end || !starts_upper(doc, s) || s == floor && bracket.is_none() {
            continue;
        }
        // ("Said Ellis: “...”" is an inverted report, which the walk finds.)
        if doc.is_any(s, INVERTED_VERBS) {
            continue;
        }
        // What stands before the name says it is a speaker's label, not a place or a title that
        // a clause ends with ("flew to New York: “...”"): the paragraph's start, a dash, a
        // sentence's end, "from" ("More from Jones:", not "was from Mexico:"), or a role noun that
        // the name belongs to.
        let role = |k: usize| source::is_person_noun(doc, k) || source::is_role(doc, k);
        let from = || doc.is(s - 1, "from") && (s - 1 == floor || doc.is(s - 2, "more") || is_dash(doc, s - 2) || is_end_punct(doc, s - 2));
        let mut first = s;
        if s > floor && role(s - 1) {
            while first > floor && name_end - first < 9 && (role(first - 1) || starts_upper(doc, first - 1)) {
                first -= 1;
            }
        } else if s > floor && !(is_dash(doc, s - 1) || is_end_punct(doc, s - 1) || is_quote_mark(doc, s - 1) || from()) {
            continue;
        }
        let mut a = Attribution {
            source: Some(doc.token_span(first, colon)),
            cue: doc.tokens[colon].range(),
            content: vec![*q],
            source_kind: SourceKind::Named,
            stance: Stance::Neutral,
            refers_to: None,
            why: String::new(),
        };
        a.source_kind = match source::classify(doc, first, name_end) {
            Class::Kind(kind) => kind,
            _ => SourceKind::Vague,
        };
        a.why = explain(doc, &a, None, "");
        out.push(a);
    }
    // A letter or reader comment set off as a whole paragraph and signed with a dash:
    // ”... he is unfit.” ― Ann Ruiz. When the opening mark is missing or typed backwards the
    // quotation is not found, but the signature at the paragraph's end still credits everything
    // before it.
    for &(first, last) in para_tokens {
        // The last seven tokens before the final one.
        let end = last.saturating_sub(1);
        let Some(k) = (end.saturating_sub(7).max(first + 2)..end).rev().find(|&k| is_dash(doc, k)) else { continue };
        // (Searching back, a double hyphen is met at its second token.)
        let d = hyphen_run_start(doc, k);
        if d <= first || !is_quote_mark(doc, d - 1) || quotes.iter().any(|q| q.end == doc.tokens[d - 1].end) || doc.tokens[d].newlines_before > 0 {
            continue;
        }
        let mut e = k + 1;
        while e < last && (starts_upper(doc, e) || is_mark(doc, e, b'.') && doc.token_text(e - 1).len() == 1) {
            e += 1;
        }
        let e_name = e;
        if e_name == k + 1 || !(e == last || e + 1 == last && is_mark(doc, e, b'.')) {
            continue;
        }
        let words = (first..d).filter(|&i| doc.tokens[i].kind == TokenKind::Word).count();
        if words < 3 {
            continue;
        }
        let mut a = Attribution {
            source: Some(doc.token_span(k + 1, e_name)),
            cue: doc.token_span(d, k + 1),
            content: vec![Range::new(doc.tokens[first].start, doc.tokens[d - 1].end)],
            source_kind: SourceKind::Named,
            stance: Stance::Neutral,
            refers_to: None,
            why: String::new(),
        };
        if let Class::Kind(kind) = source::classify(doc, k + 1, e_name) {
            a.source_kind = kind;
        }
        a.why = explain(doc, &a, None, "");
        out.push(a);
    }
    out
}
