//! The page's byte to UTF-16 conversion against the browser itself: a JavaScript string's length
//! is counted in UTF-16 units, and a textarea selects by them. The engine's offsets are UTF-8
//! bytes, so every highlight and every selected claim depends on this conversion being exact.
//! Run with `cargo test --target wasm32-unknown-unknown --test offsets_web` (headless Chromium).
#![cfg(target_arch = "wasm32")]

#[allow(dead_code)]
#[path = "../src/app/segments.rs"]
mod segments;

use segments::textarea_offset;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Emoji (surrogate pairs, joiner sequences, flags, skin tones), CJK, combining marks, RTL and
/// zero-width characters, each beside ASCII so a miscount shifts what follows.
const TEXTS: &[&str] = &[
    "",
    "plain ASCII.",
    "\u{1F600} grin, \u{1F469}\u{200D}\u{1F52C} scientist, \u{1F1EB}\u{1F1F7} flag, \u{1F44D}\u{1F3FD} thumb.",
    "\u{4e2d}\u{6587}\u{53e5}\u{5b50}\u{3002}\u{65e5}\u{672c}\u{8a9e}\u{306e}\u{6587}\u{3002} \u{20bb7}\u{91ce}\u{5bb6}",
    "re\u{301}sume\u{301} a\u{308}\u{304} \u{915}\u{94d}\u{937} Z\u{35c}\u{361}",
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{645}\u{631}\u{62d}\u{628}\u{627} \u{202e}abc\u{202c} \u{200f}",
    "zero\u{200b}width\u{200c}non\u{200d}joiner\u{feff}\u{2060}end",
    "\u{10348}\u{1d11e}\u{1f9d1}\u{200d}\u{1f91d}\u{200d}\u{1f9d1} mixed \u{e9}\u{4e2d}\u{1F600}x",
];

#[wasm_bindgen_test]
fn utf16_offsets_equal_javascript_string_lengths() {
    for text in TEXTS {
        let boundaries = text.char_indices().map(|(i, _)| i).chain([text.len()]);
        for byte in boundaries {
            let js = js_sys::JsString::from(&text[..byte]);
            assert_eq!(textarea_offset(text, byte), js.length() as usize, "{text:?} at byte {byte}");
        }
    }
}

/// Line breaks as files and links bring them: a text box's value holds each as LF.
const BREAKS: &[&str] = &["one\r\ntwo \u{1F600}\r\n\r\nthree\rfour\nfive\r\r\nsix"];

#[wasm_bindgen_test]
fn a_textarea_selects_exactly_the_bytes_converted() {
    let document = web_sys::window().unwrap().document().unwrap();
    let area: web_sys::HtmlTextAreaElement = document.create_element("textarea").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&area).unwrap();
    for text in TEXTS.iter().chain(BREAKS) {
        area.set_value(text);
        // Every whole word-ish piece between spaces, as a highlight would select it.
        let mut start = 0;
        for piece in text.split(' ') {
            let end = start + piece.len();
            area.set_selection_range(textarea_offset(text, start) as u32, textarea_offset(text, end) as u32).unwrap();
            let (a, b) = (area.selection_start().unwrap().unwrap(), area.selection_end().unwrap().unwrap());
            let selected: String = js_sys::JsString::from(area.value()).substring(a, b).into();
            assert_eq!(selected, piece.replace("\r\n", "\n").replace('\r', "\n"), "{text:?} bytes {start}..{end}");
            start = end + 1;
        }
    }
    area.remove();
}
