//! A person's own corrections applied to an analysis: dismissed highlights disappear, ignored
//! words are never highlighted, and their own cue words are highlighted wherever they occur.
//!
//! Only hedge, booster and loaded spans can be corrected: dismissals name a [`Category`], and
//! attribution parts (source, cue, content) are not spans. Attributions pass through unchanged.
//!
//! Sentences are re-scored with the engine's own classifier over the corrected spans, so a
//! dismissed hedge no longer lowers its sentence's certainty and an added one does. That re-parse
//! costs about as much as one analysis, so it runs only when the spans actually changed.
//!
//! Spans added for the person's cue words are never marked `quoted`: that would need the
//! engine's quotation finder, and their certainty weight is then the full one.

use crate::engine::document::At;
use crate::engine::document::Document;
use crate::engine::{claims, Analysis, Span};
use crate::view::Customizations;

/// `analysis` of `text` with `custom` applied. Spans stay sorted by `(start, end, category)` and
/// unique on that key.
pub fn apply(text: &str, analysis: &Analysis, custom: &Customizations) -> Analysis {
    if custom.is_empty() {
        return analysis.clone();
    }
    let mut spans = analysis.spans.clone();
    spans.extend(extra_spans(text, custom));
    let key = |s: &Span| (s.start, s.end, s.category);
    // Stable sort: the engine's span comes before an added one with the same key, and wins.
    crate::sort::sort_by_key(&mut spans, key);
    spans.dedup_by(|b, a| key(a) == key(b));

    let ignored: Vec<String> = custom.ignored_words.iter().map(|w| words(w)).filter(|w| !w.is_empty()).collect();
    spans.retain(|s| {
        !custom.dismissed.iter().any(|d| d.start == s.start && d.end == s.end && d.category == s.category)
            && !ignored.iter().any(|w| *w == words(&s.text))
    });

    let mut out = analysis.clone();
    if spans != analysis.spans {
        out.sentences = claims::classify(&Document::new(text), &spans, &analysis.attributions);
        out.spans = spans;
    }
    out
}

/// Spans for the person's cue phrases, matched as whole words, ignoring case.
fn extra_spans(text: &str, custom: &Customizations) -> Vec<Span> {
    let cues: Vec<(String, usize)> = custom
        .extra_cues
        .iter()
        .enumerate()
        .map(|(i, c)| (words(&c.phrase), i))
        .filter(|(p, _)| !p.is_empty())
        .collect();
    if cues.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let folded = fold(text);
    debug_assert_eq!(folded.len(), text.len());
    // Every occurrence of every phrase, overlapping ones included, so a phrase that fails the
    // word-boundary test does not hide another that passes; then leftmost-longest among those
    // that pass. A person adds a handful of phrases, so one search per phrase costs little.
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (phrase, cue) in &cues {
        let step = phrase.chars().next().map_or(1, char::len_utf8);
        let mut from = 0;
        while let Some(at) = crate::find::find(folded.at(from..), phrase) {
            let start = from + at;
            let end = start + phrase.len();
            if whole_word(&folded, start, end) {
                found.push((start, end, *cue));
            }
            from = start + step;
        }
    }
    crate::sort::sort_by(&mut found, |a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut spans = Vec::new();
    let mut reached = 0;
    for (start, end, cue) in found {
        if start < reached {
            continue;
        }
        reached = end;
        let c = custom.extra_cues.at(cue);
        spans.push(Span {
            start,
            end,
            text: text.at(start..end).to_string(),
            category: c.category,
            kind: c.kind,
            quoted: false,
            why: format!("Your own cue word: \u{201c}{}\u{201d}", c.phrase.trim()),
        });
    }
    spans
}

/// Lower case and single spaces for matching, keeping every character's byte length so offsets
/// in the folded text are offsets in the original. A character whose lower case has another
/// length (rare: "İ") is kept as it is; whitespace of one byte becomes a space.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(if c.is_ascii_whitespace() { ' ' } else { c.to_ascii_lowercase() });
            continue;
        }
        match crate::lower::single(c) {
            Some(l) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Folded, with whitespace runs as single spaces and none at the ends: how phrases compare.
fn words(s: &str) -> String {
    fold(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `[start, end)` is bounded by non-word characters (or the ends of the text).
fn whole_word(s: &str, start: usize, end: usize) -> bool {
    if !s.is_char_boundary(start) || !s.is_char_boundary(end) {
        return false;
    }
    let before = s.at(..start).chars().next_back();
    let after = s.at(end..).chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Category, CueKind};
    use crate::view::{Dismissed, ExtraCue};

    fn cue(phrase: &str) -> ExtraCue {
        ExtraCue { phrase: phrase.into(), category: Category::Hedge, kind: CueKind::Evidential }
    }

    fn with_cues(phrases: &[&str]) -> Customizations {
        Customizations { extra_cues: phrases.iter().map(|p| cue(p)).collect(), ..Default::default() }
    }

    fn ranges(a: &Analysis) -> Vec<(usize, usize, Category)> {
        a.spans.iter().map(|s| (s.start, s.end, s.category)).collect()
    }

    #[test]
    fn no_customizations_change_nothing() {
        let text = "Officials said the river might flood.";
        let a = crate::analyze(text);
        assert_eq!(apply(text, &a, &Customizations::default()), a);
    }

    #[test]
    fn extra_cues_match_whole_words_ignoring_case() {
        // Offsets counted by hand: "Insiders" 0..8, "insiders" 31..39, "INSIDERS" 58..66.
        let text = "Insiders say so. Outsiders and insiders, not insidersX or INSIDERS.";
        assert_eq!(&text[0..8], "Insiders");
        assert_eq!(&text[31..39], "insiders");
        assert_eq!(&text[58..66], "INSIDERS");
        let out = apply(text, &Analysis::default(), &with_cues(&["insiders"]));
        assert_eq!(ranges(&out), vec![(0, 8, Category::Hedge), (31, 39, Category::Hedge), (58, 66, Category::Hedge)]);
        let s = &out.spans[2];
        assert_eq!(s.text, "INSIDERS");
        assert_eq!(s.kind, CueKind::Evidential);
        assert_eq!(s.why, "Your own cue word: \u{201c}insiders\u{201d}");
        assert!(!s.quoted);
    }

    #[test]
    fn extra_cue_phrases_match_across_any_single_whitespace() {
        let text = "Sources close\nto the talks.";
        let out = apply(text, &Analysis::default(), &with_cues(&["  sources   close to "]));
        assert_eq!(ranges(&out), vec![(0, 16, Category::Hedge)]);
        assert_eq!(out.spans[0].text, "Sources close\nto");
    }

    #[test]
    fn extra_cues_in_non_ascii_text() {
        // "Ça" is 3 bytes; "ÉTUDE" is 6 bytes and sits at 4..10; the emoji before "rumour" is 4.
        let text = "Ça ÉTUDE 🙂rumour";
        assert_eq!(&text[4..10], "ÉTUDE");
        let out = apply(text, &Analysis::default(), &with_cues(&["étude", "rumour"]));
        assert_eq!(ranges(&out), vec![(4, 10, Category::Hedge), (15, 21, Category::Hedge)]);
        for s in &out.spans {
            assert_eq!(s.text, &text[s.start..s.end]);
        }
    }

    #[test]
    fn a_failed_boundary_does_not_hide_a_later_match() {
        // "may" inside "mayor" fails; the standalone "may" after it is found; the longer phrase
        // wins where both fit.
        let text = "The mayor may well say it may be so.";
        let out = apply(text, &Analysis::default(), &with_cues(&["may", "may be"]));
        let texts: Vec<&str> = out.spans.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, vec!["may", "may be"]);
        assert_eq!(out.spans[0].start, 10);
        assert_eq!(out.spans[1].start, 26);
    }

    #[test]
    fn an_occurrence_overlapping_a_failed_one_is_still_found() {
        // "ha ha" at byte 1 sits inside "aha" and fails; the one at byte 4 overlaps it and passes.
        let text = "aha ha ha";
        let out = apply(text, &Analysis::default(), &with_cues(&["ha ha"]));
        assert_eq!(ranges(&out), vec![(4, 9, Category::Hedge)]);
    }

    #[test]
    fn empty_phrases_are_ignored() {
        let out = apply("Some text.", &Analysis::default(), &with_cues(&["", "   "]));
        assert!(out.spans.is_empty());
    }

    #[test]
    fn dismissals_match_range_and_category() {
        let text = "Officials said the river might flood.";
        let a = crate::analyze(text);
        let might = a.spans.iter().find(|s| s.text == "might").expect("engine marks might").clone();
        let wrong_category = Customizations {
            dismissed: vec![Dismissed { start: might.start, end: might.end, category: Category::Booster }],
            ..Default::default()
        };
        assert!(apply(text, &a, &wrong_category).spans.iter().any(|s| s.text == "might"));
        let right = Customizations {
            dismissed: vec![Dismissed { start: 25, end: 30, category: Category::Hedge }],
            ..Default::default()
        };
        let out = apply(text, &a, &right);
        assert!(!out.spans.iter().any(|s| s.text == "might"));
        // Without its hedge the sentence is more certain.
        assert!(out.sentences[0].certainty > a.sentences[0].certainty, "{} vs {}", out.sentences[0].certainty, a.sentences[0].certainty);
        assert_eq!(out.attributions, a.attributions);
    }

    #[test]
    fn ignored_words_remove_every_matching_span() {
        let text = "It might rain. It MIGHT snow. It might not. In fact, it will.";
        let a = crate::analyze(text);
        assert!(a.spans.iter().filter(|s| s.text.eq_ignore_ascii_case("might")).count() >= 2);
        let custom = Customizations { ignored_words: vec![" Might ".into(), "in  \n fact".into()], ..Default::default() };
        let out = apply(text, &a, &custom);
        assert!(!out.spans.iter().any(|s| s.text.eq_ignore_ascii_case("might")));
        // A multi-word ignored phrase matches a span of the same words, however spaced.
        assert!(a.spans.iter().any(|s| s.text == "In fact"));
        assert!(!out.spans.iter().any(|s| s.text == "In fact"));
    }

    #[test]
    fn ignored_words_beat_extra_cues_and_whole_text_only() {
        let text = "Rumour has it; rumours spread.";
        let custom = Customizations {
            ignored_words: vec!["rumour".into()],
            extra_cues: vec![cue("rumour"), cue("rumours")],
            ..Default::default()
        };
        let out = apply(text, &Analysis::default(), &custom);
        // "rumours" is not the ignored word "rumour": it stays.
        assert_eq!(out.spans.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(), vec!["rumours"]);
    }

    #[test]
    fn an_added_cue_already_found_by_the_engine_is_not_doubled() {
        let text = "Officials said the river might flood.";
        let a = crate::analyze(text);
        let custom = Customizations {
            extra_cues: vec![ExtraCue { phrase: "might".into(), category: Category::Hedge, kind: CueKind::Doxastic }],
            ..Default::default()
        };
        let out = apply(text, &a, &custom);
        let mights: Vec<&Span> = out.spans.iter().filter(|s| s.text == "might").collect();
        assert_eq!(mights.len(), 1);
        assert_ne!(mights[0].why, "Your own cue word: \u{201c}might\u{201d}", "the engine's reason is kept");
        // The same words as a booster are another highlight.
        let booster = Customizations {
            extra_cues: vec![ExtraCue { phrase: "might".into(), category: Category::Booster, kind: CueKind::Certainty }],
            ..Default::default()
        };
        assert_eq!(apply(text, &a, &booster).spans.iter().filter(|s| s.text == "might").count(), 2);
    }

    #[test]
    fn spans_stay_sorted_and_an_added_hedge_lowers_certainty() {
        let text = "The bridge is safe, insiders say. The road is closed.";
        let a = crate::analyze(text);
        let out = apply(text, &a, &with_cues(&["insiders", "the road"]));
        let keys: Vec<_> = ranges(&out);
        let mut sorted = keys.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(keys, sorted);
        assert!(out.spans.iter().any(|s| s.text == "The road"));
        assert!(out.sentences[1].certainty < a.sentences[1].certainty);
        assert_eq!(out.sentences.len(), a.sentences.len());
    }

    #[test]
    fn dismissing_an_added_cue_works_like_any_other() {
        let text = "Insiders say so.";
        let custom = Customizations {
            extra_cues: vec![cue("insiders")],
            dismissed: vec![Dismissed { start: 0, end: 8, category: Category::Hedge }],
            ..Default::default()
        };
        assert!(apply(text, &Analysis::default(), &custom).spans.is_empty());
    }

    #[test]
    fn fold_keeps_byte_lengths() {
        for s in ["İstanbul ẞ Σίσυφος", "ABC\tdef\r\n", "👩‍🔬 ÀÉÎ", "K Ω Å"] {
            assert_eq!(fold(s).len(), s.len(), "{s}");
        }
        assert_eq!(fold("ÀB\tc"), "àb c");
    }
}
