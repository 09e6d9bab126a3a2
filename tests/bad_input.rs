//! Bad input through the whole path the page takes: file bytes → import → analysis → share link
//! and exports. Each class of bad input has a stated outcome: it is read (with a note when
//! something had to be replaced or guessed), nothing panics, and what the person wrote comes back
//! exactly wherever the text is carried whole (share links, the JSON offsets, the HTML export).
//! The page's own bridge to these functions is compiled in from its file, so this is the code
//! the page runs.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../src/app/bridge.rs"]
mod bridge;

use bridge::{export, paste_markup, read_file, ExportKind};
use claimlens::digest::Digest;
use claimlens::engine::{analyze, Analysis};
use claimlens::view::ViewState;

/// Every export of `text`, as the page makes them: (file name, body) for JSON, Markdown, HTML.
fn exports(text: &str) -> (Analysis, [(String, String); 3]) {
    let analysis = analyze(text);
    let digest = Digest::of(text, &analysis);
    let files = [ExportKind::Json, ExportKind::Markdown, ExportKind::Html].map(|kind| {
        let f = export(kind, text, &analysis, &digest);
        (f.name, f.body)
    });
    (analysis, files)
}

/// The article of an HTML export as text: tags dropped, the five escapes undone. Only valid for
/// the article element, which holds nothing but spans and escaped text.
fn article_text(html: &str) -> String {
    let start = html.find("<article").expect("an article element");
    let start = start + html[start..].find('>').unwrap() + 1;
    let end = start + html[start..].find("</article>").expect("a closed article");
    let mut out = String::new();
    let mut in_tag = false;
    for c in html[start..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// A share link of `text` opens to the same bytes. The page has the browser compress it (that
/// path is driven end to end); the framing and checks are these.
fn round_trip(text: &str) {
    let link = claimlens::share::encode(text, &ViewState::default());
    let back = claimlens::share::decode(&link).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    assert_eq!(back.text.as_bytes(), text.as_bytes(), "share link of {text:?}");
}

/// The offsets of the JSON export point at the spans' own text in `text`.
fn json_offsets_hold(text: &str, json: &str) {
    let value: serde_json::Value = serde_json::from_str(json).expect("the JSON export parses");
    for span in value["spans"].as_array().unwrap() {
        let (s, e) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], span["text"].as_str().unwrap(), "JSON span offsets in {text:?}");
    }
    for sentence in value["sentences"].as_array().unwrap() {
        let (s, e) = (sentence["start"].as_u64().unwrap() as usize, sentence["end"].as_u64().unwrap() as usize);
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e) && s < e && e <= text.len());
    }
}

#[test]
fn empty_and_blank_texts_give_empty_analyses_and_valid_exports() {
    for text in ["", " ", "\n", "\r\n\r\n", "\t \u{a0}\u{3000}\u{2028}\u{2029}\u{85}", "   \r   \r"] {
        let (a, [(json_name, json), (md_name, md), (html_name, html)]) = exports(text);
        assert!(a.paragraphs.is_empty() && a.sentences.is_empty() && a.spans.is_empty() && a.attributions.is_empty(), "{text:?}");
        // No words, so no title: the generic file names.
        assert_eq!(json_name, "claimlens-analysis.json");
        assert_eq!(md_name, "claimlens-analysis.md");
        assert_eq!(html_name, "claimlens-analysis.html");
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["sentences"], serde_json::json!([]));
        assert!(md.starts_with("# Claimlens report\n"), "{md}");
        assert!(html.contains("<title>Claimlens analysis</title>"));
        assert_eq!(article_text(&html), text, "the HTML export keeps even blank text");
        round_trip(text);
    }
}

#[test]
fn binary_junk_and_nul_bytes_are_read_with_a_note_and_analysed() {
    // Bytes of a small made-up binary file: a header, NULs, every byte value, no line structure.
    let mut junk: Vec<u8> = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0".to_vec();
    junk.extend((0..=255u8).cycle().take(4096).map(|b| b.wrapping_mul(37)));
    let (text, note) = read_file(&junk, "program.bin");
    assert!(note.as_deref().is_some_and(|n| n.contains("binary")), "{note:?}");
    let (a, [(_, json), (_, md), (_, html)]) = exports(&text);
    json_offsets_hold(&text, &json);
    assert!(!md.is_empty());
    assert_eq!(article_text(&html), text);
    assert!(a.sentences.iter().all(|s| s.end <= text.len()));
    round_trip(&text);

    // NULs inside ordinary prose are kept, analysed around, and carried. Three in seventy
    // characters is over the one-in-a-hundred bar, so the note warns; one NUL in a longer text
    // does not.
    let text = "Officials said\0 the river might flood.\0\0 Critics reportedly disagreed.";
    let (text_read, note) = read_file(text.as_bytes(), "nul.txt");
    assert_eq!(text_read, text, "NULs in prose are kept as they are");
    assert!(note.as_deref().is_some_and(|n| n.contains("binary")), "{note:?}");
    let one = format!("{}\0{}", "Officials said the river might flood. ".repeat(2), "Critics reportedly disagreed. ".repeat(2));
    assert_eq!(read_file(one.as_bytes(), "nul.txt"), (one.clone(), None));
    let (a, [(_, json), _, (_, html)]) = exports(text);
    assert!(a.spans.iter().any(|s| s.text == "might"));
    json_offsets_hold(text, &json);
    assert_eq!(article_text(&html), text);
    round_trip(text);
}

#[test]
fn invalid_utf8_in_a_file_is_replaced_and_counted() {
    // "The café said" with a lone continuation byte (1 bad byte, one U+FFFD), a 3-byte sequence
    // cut after 2 bytes (2 bad bytes, one U+FFFD) and an overlong encoding of '/' (2 bad bytes,
    // two U+FFFD), beside real UTF-8 ("é"): repaired, and the note counts 5 bytes.
    let bytes = b"The caf\xc3\xa9 said \x80 it might \xe2\x82 open \xc0\xaf soon.";
    let (text, note) = read_file(bytes, "damaged.txt");
    assert_eq!(text, "The caf\u{e9} said \u{fffd} it might \u{fffd} open \u{fffd}\u{fffd} soon.");
    assert!(note.as_deref().is_some_and(|n| n.starts_with("5 bytes")), "{note:?}");
    let (a, [(_, json), _, (_, html)]) = exports(&text);
    assert!(a.spans.iter().any(|s| s.text == "might"));
    json_offsets_hold(&text, &json);
    assert_eq!(article_text(&html), text);
    round_trip(&text);
}

#[test]
fn lone_surrogates_in_a_utf16_file_become_replacement_characters() {
    // UTF-16LE with a BOM: "It may" + a lone high surrogate + " rain" + a lone low surrogate at
    // the end. Rust strings cannot hold surrogates; each becomes U+FFFD and is counted.
    let mut units: Vec<u16> = "It may".encode_utf16().collect();
    units.push(0xD800);
    units.extend(" rain".encode_utf16());
    units.push(0xDC00);
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(units.iter().flat_map(|u| u.to_le_bytes()));
    let (text, note) = read_file(&bytes, "surrogates.txt");
    assert_eq!(text, "It may\u{fffd} rain\u{fffd}");
    assert!(note.as_deref().is_some_and(|n| n.contains("2 damaged characters")), "{note:?}");
    round_trip(&text);
    let (_, [(_, json), _, (_, html)]) = exports(&text);
    json_offsets_hold(&text, &json);
    assert_eq!(article_text(&html), text);
}

#[test]
fn rtl_zero_width_crlf_and_lone_cr_survive_links_and_exports_exactly() {
    let texts = [
        // Hebrew and Arabic sentences, with English cues between.
        "\u{5e9}\u{5dc}\u{5d5}\u{5dd}. Officials said the river might flood. \u{645}\u{631}\u{62d}\u{628}\u{627}\u{61f}",
        // Bidi controls that reorder what follows: kept, never acted on by the exports.
        "\u{202e}Officials said the river might flood.\u{202c} \u{2067}isolate\u{2069} \u{200f}mark\u{200e}",
        // Zero-width space, joiners, BOM and word joiner inside words and between them.
        "Offi\u{200b}cials said\u{200c} the river mi\u{200d}ght flood.\u{feff} Critics\u{2060} reportedly disagreed.",
        // Windows line ends, old Mac line ends, and both mixed with LF.
        "Officials said the river might flood.\r\nCritics reportedly disagreed.\r\n\r\nThe mayor clearly ordered sandbags.\r\n",
        "Officials said the river might flood.\rCritics reportedly disagreed.\r\rThe mayor clearly ordered sandbags.\r",
        "a might\r\nb\rc clearly\n\r\n\rd\n\n",
    ];
    for text in texts {
        round_trip(text);
        let (a, [(_, json), (_, md), (_, html)]) = exports(text);
        assert!(!a.sentences.is_empty(), "{text:?}");
        json_offsets_hold(text, &json);
        // The HTML file holds the article's exact characters (CR included) between its tags.
        assert_eq!(article_text(&html), text, "HTML export of {text:?}");
        // Markdown puts text in table cells on one line: no raw CR (a line end in Markdown)
        // may split a row, and every table row stays whole.
        assert!(!md.contains('\r'), "a CR in the Markdown export of {text:?}");
        for line in md.lines().filter(|l| l.starts_with('|')) {
            assert!(line.ends_with('|'), "a broken table row in the Markdown export: {line:?}");
        }
    }
    // A lone CR is a line end like LF: the same text with LF in its place (same length, so the
    // same offsets) is split into the same paragraphs and sentences.
    for text in [texts[4], texts[5]] {
        let lf = text.replace("\r\n", "\u{1}\u{2}").replace('\r', "\n").replace("\u{1}\u{2}", "\r\n");
        let (a, b) = (analyze(text), analyze(&lf));
        assert_eq!(a.paragraphs, b.paragraphs, "{text:?}");
        assert_eq!(a.sentences.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>(), b.sentences.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>());
    }
    // CRLF is one line end: a blank CRLF line ends a paragraph, as a blank LF line does.
    let crlf = analyze(texts[3]);
    let lf = analyze(&texts[3].replace("\r\n", "\n"));
    assert_eq!(crlf.paragraphs.len(), lf.paragraphs.len());
    assert_eq!(crlf.sentences.len(), lf.sentences.len());
}

#[test]
fn a_file_of_only_a_byte_order_mark_is_an_empty_text() {
    for bom in [&b"\xEF\xBB\xBF"[..], b"\xFF\xFE", b"\xFE\xFF"] {
        let (text, note) = read_file(bom, "empty.txt");
        assert_eq!(text, "", "{bom:?}");
        assert_eq!(note, None, "{bom:?}");
    }
}

#[test]
fn an_html_file_with_hostile_markup_becomes_plain_text() {
    let file = br#"<html><head><title>x</title><script>window.owned = 1</script><style>p{}</style></head>
<body onload="alert(1)"><p>Officials said the river <b>might</b> flood.</p>
<img src=x onerror="alert(2)"><a href="javascript:alert(3)">link</a><iframe src="https://example.org"></iframe></body></html>"#;
    let (text, _) = read_file(file, "article.html");
    assert!(text.contains("Officials said the river might flood."), "{text:?}");
    assert!(text.contains("link"));
    for gone in ["window.owned", "alert(", "<", "javascript:", "p{}"] {
        assert!(!text.contains(gone), "{gone:?} survived in {text:?}");
    }
}

#[test]
fn html_source_pasted_as_text_is_read_as_its_text() {
    let source = "<!DOCTYPE html><html><head><title>Flood</title><style>p { color: red }</style></head>\n<body><p>Officials said the river <em>might</em> flood.</p><script>var x = 1;</script></body></html>";
    let text = paste_markup(source).expect("HTML source is recognised");
    assert!(text.contains("Officials said the river might flood."), "{text:?}");
    assert!(!text.contains('<') && !text.contains("var x") && !text.contains("color"), "{text:?}");
    // Prose that mentions a tag or two, and a comparison, stay as they were pasted.
    assert_eq!(paste_markup("Use the <b> tag for bold, and </b> to end it."), None);
    assert_eq!(paste_markup("Inflation was <3% and growth >2%."), None);
}
