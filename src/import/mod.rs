//! Turning a dropped or chosen file into text for the editor, losing as little as possible and
//! saying plainly when something had to be guessed or replaced.
//!
//! Decisions:
//! - A UTF-8 byte-order mark is dropped without a note: it is invisible, carries no meaning in
//!   UTF-8, and left in the editor it would be an invisible character at offset 0.
//! - UTF-16 is read when a BOM says so, and also without a BOM when the bytes are plainly UTF-16
//!   of mostly Latin text (every other byte zero), which is what Windows tools often write.
//! - Bytes that are not UTF-8: when the file also holds valid multi-byte UTF-8, it is UTF-8 with
//!   damage, so the bad bytes become U+FFFD and the note counts them. When it holds none, it is
//!   almost certainly a legacy single-byte file, read as Windows-1252 (the superset of
//!   Latin-1 that browsers use for it), so "café" stays "café" instead of "caf�".
//! - A file full of NULs or control characters gets a note that it looks binary; its decoded
//!   text is still returned, since the reader may know better.

pub mod html;

pub use html::{html_to_text, looks_like_html};

use crate::engine::document::At;

/// A file's text and, when reading it needed a guess or a repair, a note for the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

pub fn decode_file(bytes: &[u8]) -> Decoded {
    let (text, note) = decode_text(bytes);
    let note = match (binary_note(&text), note) {
        (Some(b), Some(n)) => Some(format!("{b} {n}")),
        (b, n) => b.map(str::to_string).or(n),
    };
    Decoded { text, note }
}

fn decode_text(bytes: &[u8]) -> (String, Option<String>) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes, None);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes, None);
    }
    if let Some(little) = bomless_utf16(bytes) {
        let how = "It was read as UTF-16 (it had no byte-order mark; if it looks wrong, save it as UTF-8).";
        return if little { utf16(bytes, u16::from_le_bytes, Some(how)) } else { utf16(bytes, u16::from_be_bytes, Some(how)) };
    }
    utf8(bytes)
}

fn utf8(bytes: &[u8]) -> (String, Option<String>) {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), None);
    }
    let mut bad = 0;
    let mut multibyte = false;
    for chunk in bytes.utf8_chunks() {
        bad += chunk.invalid().len();
        multibyte |= !chunk.valid().is_ascii();
    }
    if !multibyte {
        let text = bytes.iter().map(|&b| windows_1252(b)).collect();
        return (text, Some("This file is not UTF-8; it was read as Windows-1252 (Western European). If letters look wrong, save it as UTF-8 and open it again.".to_string()));
    }
    let text = String::from_utf8_lossy(bytes).into_owned();
    let note = format!(
        "{bad} {} in this file {} not valid UTF-8 and {} replaced with \u{FFFD}.",
        if bad == 1 { "byte" } else { "bytes" },
        if bad == 1 { "was" } else { "were" },
        if bad == 1 { "was" } else { "were" },
    );
    (text, Some(note))
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, how: Option<&str>) -> (String, Option<String>) {
    let units = bytes.chunks_exact(2).map(|p| unit([*p.at(0), *p.at(1)]));
    let mut bad = 0;
    let mut text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                bad += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    if bytes.len() % 2 == 1 {
        bad += 1;
        text.push(char::REPLACEMENT_CHARACTER);
    }
    let damage = (bad > 0).then(|| {
        format!("{bad} damaged {} replaced with \u{FFFD}.", if bad == 1 { "character was" } else { "characters were" })
    });
    let note = match (how, damage) {
        (Some(h), Some(d)) => Some(format!("{h} {d}")),
        (h, d) => h.map(str::to_string).or(d),
    };
    (text, note)
}

/// `Some(true)` for little-endian, `Some(false)` for big-endian UTF-16 without a BOM: at least 16
/// bytes, even length, and most units having one zero byte always on the same side.
fn bomless_utf16(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 16 || bytes.len() % 2 == 1 {
        return None;
    }
    let pairs = bytes.len() / 2;
    let (mut even_zero, mut odd_zero) = (0, 0);
    for p in bytes.chunks_exact(2) {
        even_zero += usize::from(p[0] == 0 && p[1] != 0);
        odd_zero += usize::from(p[1] == 0 && p[0] != 0);
    }
    if odd_zero * 10 >= pairs * 7 && even_zero == 0 {
        Some(true)
    } else if even_zero * 10 >= pairs * 7 && odd_zero == 0 {
        Some(false)
    } else {
        None
    }
}

/// A note when more than one character in a hundred is a NUL or another control character that
/// text files do not use (tab, line feed, form feed, carriage return and NEL are fine).
fn binary_note(text: &str) -> Option<&'static str> {
    let mut total = 0usize;
    let mut odd = 0usize;
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}' | '\u{85}') {
            odd += 1;
        }
    }
    (total > 0 && odd * 100 > total).then_some("This looks like a binary file, not text: what is shown may not be readable.")
}

/// Windows-1252 as browsers decode it: the five unassigned bytes map to the C1 controls.
pub(crate) fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{02C6}', '\u{2030}',
        '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}', '\u{017D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}',
        '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{9D}',
        '\u{017E}', '\u{0178}',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut v = if bom { vec![0xFF, 0xFE] } else { vec![] };
        v.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        v
    }

    fn utf16be(s: &str, bom: bool) -> Vec<u8> {
        let mut v = if bom { vec![0xFE, 0xFF] } else { vec![] };
        v.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        v
    }

    #[test]
    fn clean_inputs_come_back_exactly_without_a_note() {
        let cases: &[(&[u8], &str)] = &[
            (b"", ""),
            (b"plain\r\ntext\rwith lone CR  \n", "plain\r\ntext\rwith lone CR  \n"),
            ("caf\u{e9} \u{1F469}\u{200D}\u{1F52C} שלום 中文".as_bytes(), "caf\u{e9} \u{1F469}\u{200D}\u{1F52C} שלום 中文"),
            (b"\xEF\xBB\xBFwith BOM", "with BOM"),
            // A second BOM is text, not a mark: kept.
            (b"\xEF\xBB\xBF\xEF\xBB\xBFx", "\u{FEFF}x"),
        ];
        for &(bytes, text) in cases {
            assert_eq!(decode_file(bytes), Decoded { text: text.into(), note: None }, "{bytes:?}");
        }
    }

    #[test]
    fn utf16_with_a_bom_either_way() {
        let s = "Officials said \u{1F469}\u{200D}\u{1F52C} might\r\n";
        assert_eq!(decode_file(&utf16le(s, true)), Decoded { text: s.into(), note: None });
        assert_eq!(decode_file(&utf16be(s, true)), Decoded { text: s.into(), note: None });
        // Short texts too.
        assert_eq!(decode_file(&utf16le("a", true)).text, "a");
        assert_eq!(decode_file(&[0xFF, 0xFE]).text, "");
    }

    #[test]
    fn utf16_damage_is_replaced_and_counted() {
        // A lone high surrogate (D800) then "a"; then an odd trailing byte.
        let mut bytes = vec![0xFF, 0xFE, 0x00, 0xD8, b'a', 0x00, b'b'];
        let d = decode_file(&bytes);
        assert_eq!(d.text, "\u{FFFD}a\u{FFFD}");
        assert_eq!(d.note.as_deref(), Some("2 damaged characters were replaced with \u{FFFD}."));
        bytes.pop();
        assert_eq!(decode_file(&bytes).note.as_deref(), Some("1 damaged character was replaced with \u{FFFD}."));
    }

    #[test]
    fn utf16_without_a_bom_is_recognised() {
        let s = "The minister said the plan might work.";
        for (bytes, name) in [(utf16le(s, false), "le"), (utf16be(s, false), "be")] {
            let d = decode_file(&bytes);
            assert_eq!(d.text, s, "{name}");
            assert!(d.note.unwrap().contains("UTF-16"), "{name}");
        }
    }

    #[test]
    fn damaged_utf8_is_repaired_and_counted() {
        // Valid "é" elsewhere shows the file is UTF-8; 0xFF and a cut 3-byte sequence are damage.
        let d = decode_file(b"caf\xC3\xA9 \xFF ok \xE2\x80");
        assert_eq!(d.text, "caf\u{e9} \u{FFFD} ok \u{FFFD}");
        assert_eq!(d.note.as_deref(), Some("3 bytes in this file were not valid UTF-8 and were replaced with \u{FFFD}."));
        let one = decode_file(b"\xC3\xA9 \xFF");
        assert_eq!(one.note.as_deref(), Some("1 byte in this file was not valid UTF-8 and was replaced with \u{FFFD}."));
    }

    #[test]
    fn legacy_single_byte_files_read_as_windows_1252() {
        // "café – “quoted” 50€" in Windows-1252.
        let d = decode_file(b"caf\xE9 \x96 \x93quoted\x94 50\x80");
        assert_eq!(d.text, "caf\u{e9} \u{2013} \u{201C}quoted\u{201D} 50\u{20AC}");
        assert!(d.note.unwrap().contains("Windows-1252"));
    }

    #[test]
    fn binary_files_get_a_note() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0".to_vec();
        png.extend((0u8..=255).cycle().take(2000));
        let d = decode_file(&png);
        assert!(d.note.unwrap().starts_with("This looks like a binary file"));
        // A few stray control characters in real text are not "binary".
        let mut text = "A long enough paragraph of ordinary prose. ".repeat(10).into_bytes();
        text.push(0x07);
        assert_eq!(decode_file(&text).note, None);
        // Nothing but NULs.
        assert!(decode_file(&[0u8; 64]).note.unwrap().contains("binary"));
    }

    #[test]
    fn windows_1252_table_spot_checks() {
        let cases = [(0x41, 'A'), (0x80, '€'), (0x81, '\u{81}'), (0x92, '\u{2019}'), (0x9F, 'Ÿ'), (0xA0, '\u{A0}'), (0xFF, 'ÿ')];
        for (b, c) in cases {
            assert_eq!(windows_1252(b), c, "{b:#x}");
        }
    }
}
