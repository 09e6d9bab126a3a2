//! Any UTF-8 text through the engine: it must not panic, and what it returns must keep the
//! contract of `src/engine/result.rs` (cheap checks only, so the fuzzer stays fast).
#![no_main]

use libfuzzer_sys::fuzz_target;
use unicode_segmentation::UnicodeSegmentation;

/// What the tokenizer skips: word-boundary pieces that start with white space (a combining mark
/// typed after a space belongs to the space).
fn blank(gap: &str) -> bool {
    gap.split_word_bounds().all(|piece| piece.starts_with(char::is_whitespace))
}

fuzz_target!(|text: &str| {
    let a = claimlens::analyze(text);
    let ok = |s: usize, e: usize| s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e);

    let mut prev_end = 0;
    for p in &a.paragraphs {
        assert!(ok(p.start, p.end) && p.start < p.end && p.start >= prev_end, "paragraph {p:?}");
        prev_end = p.end;
    }
    // Sentences: in order, disjoint, each inside its paragraph; the first and last of each
    // paragraph touch its edges, so together they cover it with only blank gaps between.
    let mut prev_end = 0;
    let mut prev_para = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        assert!(ok(s.start, s.end) && s.start < s.end && s.start >= prev_end, "sentence {i}");
        let p = a.paragraphs[s.paragraph];
        assert!(p.start <= s.start && s.end <= p.end, "sentence {i} outside its paragraph");
        let expected = if i == 0 { [0, 0] } else { [prev_para, prev_para + 1] };
        assert!(expected.contains(&s.paragraph), "paragraph skipped at {i}");
        if i == 0 || s.paragraph != prev_para {
            assert_eq!(s.start, p.start, "sentence {i} does not start its paragraph");
        }
        if a.sentences.get(i + 1).is_none_or(|n| n.paragraph != s.paragraph) {
            assert_eq!(s.end, p.end, "sentence {i} does not end its paragraph");
        }
        assert!(blank(&text[prev_end..s.start]), "words between sentences before {i}");
        assert!((0.0..=1.0).contains(&s.certainty));
        let inside = &text[s.start..s.end];
        assert!(!inside.starts_with(char::is_whitespace) && !inside.ends_with(char::is_whitespace), "sentence {i} has white space at an edge");
        assert!(s.claim.is_some() != s.non_claim.is_some(), "sentence {i} is both or neither a claim and a non-claim");
        assert!(s.claim.as_ref().is_none_or(|c| (0.0..=1.0).contains(&c.checkworthiness)));
        prev_end = s.end;
        prev_para = s.paragraph;
    }
    assert!(blank(&text[prev_end..]), "words after the last sentence");
    if let Some(last) = a.sentences.last() {
        assert_eq!(last.paragraph + 1, a.paragraphs.len(), "a paragraph without sentences");
    } else {
        assert!(a.paragraphs.is_empty());
    }
    let mut prev = (0, 0);
    for s in &a.spans {
        assert!(ok(s.start, s.end) && s.start < s.end && (s.start, s.end) >= prev, "span {s:?}");
        assert_eq!(&text[s.start..s.end], s.text);
        prev = (s.start, s.end);
    }
    let mut prev = (0, 0);
    for at in &a.attributions {
        assert!(ok(at.cue.start, at.cue.end) && at.cue.start < at.cue.end && (at.cue.start, at.cue.end) >= prev);
        prev = (at.cue.start, at.cue.end);
        if let Some(src) = at.source {
            assert!(ok(src.start, src.end) && src.start < src.end);
        }
        assert!(!at.content.is_empty(), "an attribution that reports nothing");
        let mut last = 0;
        for c in &at.content {
            assert!(ok(c.start, c.end) && c.start < c.end && c.start >= last, "content {:?}", at.content);
            last = c.start;
        }
    }
});
