//! Large texts and the text box. Chromium inserts and lays out a pasted text in a `<textarea>` in
//! one task that grows with the text (some 60 ms for 128 KB, 350 to 600 ms for 1 MB on a 2-core
//! machine), so the page takes a large paste itself, puts the text through its own state and
//! shows it folded: a hidden text box costs no layout, and the reading view shows every
//! character. Plain functions, tested natively.

use claimlens::engine::document::At;

/// From this size a text arriving whole (a paste, a file, a link, a restored draft) is shown with
/// the text box folded: below it, laying the text box out stays under about 60 ms.
pub const FOLD_FROM_BYTES: usize = 128 * 1024;

/// Whether a text of this size arrives with the text box folded.
pub fn folds(text: &str) -> bool {
    text.len() >= FOLD_FROM_BYTES
}

/// The text box's value after pasting `pasted` over its selection `start..end` (UTF-16 units,
/// as the DOM counts them; swapped if reversed, clamped to the text). Line breaks are made `\n`,
/// as the text box itself makes them, so the state and a later unfolded text box agree.
pub fn splice(text: &str, start: u32, end: u32, pasted: &str) -> String {
    let (start, end) = (start.min(end) as usize, start.max(end) as usize);
    let (a, b) = (byte_at(text, start), byte_at(text, end));
    let pasted = normalise_breaks(pasted);
    let mut out = String::with_capacity(a + pasted.len() + text.len() - b);
    out.push_str(text.at(..a));
    out.push_str(&pasted);
    out.push_str(text.at(b..));
    out
}

/// The byte offset of the UTF-16 offset `units`, at a character boundary (a unit inside a
/// surrogate pair counts as after the character); the text's end if past it.
fn byte_at(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (i, c) in text.char_indices() {
        if seen >= units {
            return i;
        }
        seen += c.len_utf16();
    }
    text.len()
}

/// `\r\n` and a lone `\r` become `\n`. A walk from one `\r` to the next rather than
/// `str::replace("\r\n", ..)`, whose substring searcher the page would otherwise download for
/// this (and `crash`'s draft check) alone.
pub(crate) fn normalise_breaks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('\r') {
        out.push_str(rest.at(..at));
        out.push('\n');
        rest = rest.at(at + 1..);
        rest = rest.strip_prefix('\n').unwrap_or(rest);
    }
    out.push_str(rest);
    out
}

/// A size as a reader reads it: "1.0 MB", "640 KB" (units of 1,024).
pub fn size_label(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    // From 1,000 KB on, "1.0 MB" reads better than "1021 KB".
    if bytes >= 1000 * 1024 {
        format!("{} MB", claimlens::digest::fixed(bytes as f64 / MB as f64, 1))
    } else {
        format!("{} KB", (bytes + 512) / 1024)
    }
}

/// What the message bar says when a text arrives with the text box folded.
pub fn folded_note(bytes: usize) -> String {
    format!(
        "This {} text is shown in full below; the text box is folded to keep the page responsive. “Edit text” opens it.",
        size_label(bytes)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_threshold_is_inclusive() {
        assert!(!folds(&"a".repeat(FOLD_FROM_BYTES - 1)));
        assert!(folds(&"a".repeat(FOLD_FROM_BYTES)));
        assert!(!folds(""));
    }

    #[test]
    fn a_paste_replaces_the_selection() {
        assert_eq!(splice("Hello world", 6, 11, "there"), "Hello there");
        assert_eq!(splice("Hello world", 0, 11, "new"), "new");
        // A caret (empty selection) inserts.
        assert_eq!(splice("ab", 1, 1, "XY"), "aXYb");
        assert_eq!(splice("", 0, 0, "text"), "text");
        // Reversed ends are the same selection; ends past the text are its end.
        assert_eq!(splice("Hello world", 11, 6, "there"), "Hello there");
        assert_eq!(splice("ab", 5, 9, "c"), "abc");
    }

    #[test]
    fn selection_offsets_count_utf16_units() {
        // "é" is one unit (two bytes), "😀" two units (four bytes).
        assert_eq!(splice("é😀x", 1, 3, "-"), "é-x");
        assert_eq!(splice("é😀x", 3, 3, "-"), "é😀-x");
        // A unit inside the pair does not split the character.
        assert_eq!(splice("😀x", 1, 1, "-"), "😀-x");
    }

    #[test]
    fn line_breaks_are_the_text_boxs() {
        assert_eq!(splice("", 0, 0, "a\r\nb\rc\nd"), "a\nb\nc\nd");
    }

    #[test]
    fn sizes_read_as_kilobytes_or_megabytes() {
        assert_eq!(size_label(1024 * 1024), "1.0 MB");
        assert_eq!(size_label(10 * 1024 * 1024 + 512 * 1024), "10.5 MB");
        assert_eq!(size_label(640 * 1024), "640 KB");
        assert_eq!(size_label(1_048_475), "1.0 MB");
        assert_eq!(size_label(999 * 1024), "999 KB");
        assert_eq!(size_label(128 * 1024), "128 KB");
    }

    #[test]
    fn the_note_names_the_size_and_the_way_back() {
        let note = folded_note(2 * 1024 * 1024);
        assert!(note.starts_with("This 2.0 MB text"));
        assert!(note.contains("“Edit text”"));
    }
}
