//! Properties that must hold for every text, checked over arbitrary Unicode strings and over
//! strings built from the pieces that break text tools: quotes, brackets, CR and CRLF, emoji,
//! combining marks, right-to-left and zero-width characters, NUL.
//!
//! What is checked is the contract of `src/engine/result.rs` and the README ("The JSON
//! contract"): offsets are byte offsets on character boundaries; paragraphs and sentences come in
//! order and never overlap; sentence units tile each paragraph (they start and end it, and only
//! blank space lies between them, and between paragraphs); spans are ordered by offsets and
//! carry their own text; attributions come in the order of their cues. Then: the same text gives
//! the same result; a share link gives back the exact bytes and view; the page's byte to UTF-16
//! conversion agrees with Rust's own UTF-16 encoder (the browser check is `tests/offsets_web.rs`).
#![cfg(not(target_arch = "wasm32"))]

// The page is a binary; its layout module is plain Rust, compiled in here from its file.
#[allow(dead_code)]
#[path = "../src/app/segments.rs"]
mod segments;

use claimlens::engine::{analyze, Analysis, Category, CueKind};
use claimlens::share;
use claimlens::view::{ClaimSort, Customizations, Dismissed, ExtraCue, Filters, PanelTab, ViewState};
use proptest::prelude::*;
use proptest::sample::select;
use unicode_segmentation::UnicodeSegmentation;

/// Pieces that make text tools stumble, plus plain words and cues so the engine has something to
/// find.
const TRICKY: &[&str] = &[
    "\"", "'", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "\u{ab}", "\u{bb}", "(", ")", "[", "]", "{", "}",
    "\r", "\n", "\r\n", "\n\n", "\r\n\r\n", "\u{2028}", "\u{2029}", "\u{85}", "\t", " ", "  ", "\u{a0}",
    "\u{1F600}", "\u{1F469}\u{200D}\u{1F52C}", "\u{1F1EB}\u{1F1F7}", "\u{1F44D}\u{1F3FD}", "e\u{301}", "\u{301}",
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd}", "\u{645}\u{631}\u{62d}\u{628}\u{627}", "\u{202e}", "\u{202c}", "\u{200f}",
    "\u{200b}", "\u{200c}", "\u{200d}", "\u{feff}", "\u{2060}", "\0", "\u{1}", "\u{7f}", "\u{fffd}",
    "\u{4e2d}\u{6587}", "\u{3002}", "\u{ff1f}", ".", "?", "!", "...", "\u{2026}", ",", ":", ";", "-", "\u{2014}",
    "Officials", "said", "might", "reportedly", "clearly", "according to", "the", "Mr.", "U.S.", "3.5", "1,200",
    "percent", "disaster", "claimed", "she", "told", "It is reported that", "- ", "1. ", "https://a.example/x?y",
    "a@b.example", "ALL CAPS", "Don\u{2019}t", "<script>", "&amp;",
];

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..200).prop_map(String::from_iter)
}

fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => select(TRICKY).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![arbitrary_text(), tricky_text()]
}

/// Checks the result contract for `text`; returns the first broken promise.
fn contract(text: &str, a: &Analysis) -> Result<(), String> {
    let on_chars = |s: usize, e: usize| s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e);
    // Between units only what the tokenizer skips: word-boundary pieces that start with white
    // space (a combining mark or joiner typed after a space belongs to the space, UAX #29 WB4).
    let blank = |s: usize, e: usize| text[s..e].split_word_bounds().all(|piece| piece.starts_with(char::is_whitespace));

    let mut prev = 0;
    for (i, p) in a.paragraphs.iter().enumerate() {
        if !on_chars(p.start, p.end) || p.start < prev {
            return Err(format!("paragraph {i} {p:?} is empty, off a char boundary, outside or out of order"));
        }
        prev = p.end;
    }

    let mut prev = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        if !on_chars(s.start, s.end) || s.start < prev {
            return Err(format!("sentence {i} {}..{} is empty, off a char boundary, outside or out of order", s.start, s.end));
        }
        let Some(p) = a.paragraphs.get(s.paragraph) else {
            return Err(format!("sentence {i} points at paragraph {} of {}", s.paragraph, a.paragraphs.len()));
        };
        if !(p.start <= s.start && s.end <= p.end) {
            return Err(format!("sentence {i} {}..{} lies outside its paragraph {p:?}", s.start, s.end));
        }
        let first_of_paragraph = i == 0 || a.sentences[i - 1].paragraph != s.paragraph;
        let last_of_paragraph = a.sentences.get(i + 1).is_none_or(|n| n.paragraph != s.paragraph);
        let expected_paragraph = if i == 0 { 0 } else { a.sentences[i - 1].paragraph + usize::from(first_of_paragraph) };
        if s.paragraph != expected_paragraph {
            return Err(format!("sentence {i} is in paragraph {}, expected {expected_paragraph}", s.paragraph));
        }
        if first_of_paragraph && s.start != p.start {
            return Err(format!("sentence {i} starts at {} but its paragraph at {}", s.start, p.start));
        }
        if last_of_paragraph && s.end != p.end {
            return Err(format!("sentence {i} ends at {} but its paragraph at {}", s.end, p.end));
        }
        if !blank(prev, s.start) {
            return Err(format!("words left out before sentence {i}: {:?}", &text[prev..s.start]));
        }
        let inside = &text[s.start..s.end];
        if inside.starts_with(char::is_whitespace) || inside.ends_with(char::is_whitespace) {
            return Err(format!("sentence {i} starts or ends with white space"));
        }
        if !(0.0..=1.0).contains(&s.certainty) || s.claim.as_ref().is_some_and(|c| !(0.0..=1.0).contains(&c.checkworthiness)) {
            return Err(format!("sentence {i}: a score outside 0..1"));
        }
        if s.claim.is_some() == s.non_claim.is_some() {
            return Err(format!("sentence {i} is both or neither a claim and a non-claim"));
        }
        prev = s.end;
    }
    if !blank(prev, text.len()) {
        return Err(format!("words left out after the last sentence: {:?}", &text[prev..]));
    }
    if a.sentences.last().map_or(0, |s| s.paragraph + 1) != a.paragraphs.len() {
        return Err("a paragraph has no sentence".into());
    }

    let mut prev = (0, 0);
    for (i, s) in a.spans.iter().enumerate() {
        if !on_chars(s.start, s.end) || (s.start, s.end) < prev {
            return Err(format!("span {i} {}..{} is empty, off a char boundary, outside or out of order", s.start, s.end));
        }
        if text[s.start..s.end] != s.text {
            return Err(format!("span {i} text {:?} is not the text at its offsets", s.text));
        }
        prev = (s.start, s.end);
    }

    let mut prev = (0, 0);
    for (i, at) in a.attributions.iter().enumerate() {
        if !on_chars(at.cue.start, at.cue.end) || (at.cue.start, at.cue.end) < prev {
            return Err(format!("attribution {i}: cue {:?} is empty, off a char boundary, outside or out of order", at.cue));
        }
        prev = (at.cue.start, at.cue.end);
        if at.source.is_some_and(|r| !on_chars(r.start, r.end)) {
            return Err(format!("attribution {i}: source {:?} is empty, off a char boundary or outside", at.source));
        }
        if at.content.is_empty() {
            return Err(format!("attribution {i} reports nothing"));
        }
        let mut last = 0;
        for r in &at.content {
            if !on_chars(r.start, r.end) || r.start < last {
                return Err(format!("attribution {i}: content {:?} is empty, off a char boundary, outside or out of order", at.content));
            }
            last = r.start;
        }
    }
    Ok(())
}

fn any_view() -> impl Strategy<Value = ViewState> {
    let category = select(&[Category::Hedge, Category::Booster, Category::Loaded][..]);
    let kind = select(&CueKind::ALL[..]);
    let word = prop::collection::vec(any::<char>(), 0..12).prop_map(String::from_iter);
    (
        prop::array::uniform5(any::<bool>()),
        prop::option::of(0usize..10_000),
        select(&[PanelTab::Claims, PanelTab::Sources, PanelTab::Summary][..]),
        select(&[ClaimSort::Checkworthiness, ClaimSort::Position][..]),
        prop::collection::vec((0usize..1000, 0usize..1000, category.clone()), 0..3),
        prop::collection::vec(word.clone(), 0..3),
        prop::collection::vec((word, category, kind), 0..3),
    )
        .prop_map(|(f, selected, tab, sort, dismissed, ignored_words, extra)| ViewState {
            filters: Filters { hedge: f[0], booster: f[1], attribution: f[2], loaded: f[3], claims: f[4] },
            selected,
            tab,
            sort,
            custom: Customizations {
                dismissed: dismissed.into_iter().map(|(start, end, category)| Dismissed { start, end, category }).collect(),
                ignored_words,
                extra_cues: extra.into_iter().map(|(phrase, category, kind)| ExtraCue { phrase, category, kind }).collect(),
            },
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn analysis_keeps_its_contract(text in any_text()) {
        let a = analyze(&text);
        if let Err(broken) = contract(&text, &a) {
            return Err(TestCaseError::fail(format!("{broken}\ntext: {text:?}")));
        }
    }

    #[test]
    fn analysing_twice_gives_the_same_result(text in any_text()) {
        // Compared as JSON too: that is what exports and the JS API hand out.
        let (a, b) = (analyze(&text), analyze(&text));
        prop_assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
        prop_assert_eq!(a, b);
    }

    #[test]
    fn a_share_link_gives_back_the_exact_bytes_and_view(text in any_text(), view in any_view()) {
        let link = share::encode(&text, &view);
        let back = share::decode(&format!("#{link}")).map_err(|e| TestCaseError::fail(format!("{e}: {text:?}")))?;
        prop_assert_eq!(back.text.as_bytes(), text.as_bytes());
        prop_assert_eq!(back.view, view);
        prop_assert_eq!(back.warning, None);
    }

    #[test]
    fn a_view_is_written_as_serde_writes_it(view in any_view()) {
        // Links made before the view had its own writer must keep meaning what they meant, and a
        // view must keep making the same link.
        prop_assert_eq!(view.to_json(), serde_json::to_string(&view).unwrap());
    }

    #[test]
    fn textarea_offsets_agree_with_the_utf16_encoding(text in any_text()) {
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let boxed = text[..byte].replace("\r\n", "\n");
            prop_assert_eq!(segments::textarea_offset(&text, byte), boxed.encode_utf16().count());
        }
    }
}

/// Cases the generators above found once, or that are worth pinning by hand.
#[test]
fn hand_picked_texts_keep_the_contract() {
    let cases = [
        "",
        " ",
        "\r\n\r\n",
        "\0",
        "\u{301}",
        " \u{301}",
        "\u{200b}",
        "\u{feff}Officials said it might rain.",
        "a\rb\rc",
        "\"\"\"",
        "((((((((((",
        "\u{1F469}\u{200D}\u{1F52C} said: \u{201c}maybe\u{201d}.",
        "\u{5e9}\u{5dc}\u{5d5}\u{5dd}. \u{202e}Officials said it might rain.\u{202c}",
        // Found by the analyze fuzzer: a Thaana vowel sign (alphabetic, but a combining mark)
        // after a space is part of the space, not a word the sentences left out.
        " \u{7ab}",
        " \u{7ab}d",
        "Officials said \u{7ab}it might rain.",
        // Found by the analyze fuzzer: a narrow no-break space holds to the word before it, yet
        // must not end a sentence.
        "a\u{202f}",
        "Prices rose by 12\u{202f}500 tonnes\u{202f}\n\nOfficials said\u{202f}: maybe\u{202f}",
    ];
    for text in cases {
        let a = analyze(text);
        contract(text, &a).unwrap_or_else(|broken| panic!("{broken}\ntext: {text:?}"));
    }
}

/// The checker itself must catch a broken result, or the properties above prove nothing.
#[test]
fn the_contract_check_catches_broken_results() {
    let text = "Officials said the river might flood. Is the levee safe?";
    let good = analyze(text);
    assert_eq!(contract(text, &good), Ok(()));

    let mut gap = good.clone();
    gap.sentences[1].start += 3; // "Is" left out
    assert!(contract(text, &gap).unwrap_err().contains("words left out"));

    let mut off = good.clone();
    off.spans[0].start += 1; // "ight" is not the span's text
    assert!(contract(text, &off).unwrap_err().contains("not the text"));

    let mut unordered = good.clone();
    unordered.sentences.swap(0, 1);
    assert!(contract(text, &unordered).is_err());

    let mut short = good;
    short.sentences[1].end -= 1; // the paragraph ends after "?", the sentence before it
    assert!(contract(text, &short).unwrap_err().contains("ends at"));
}
