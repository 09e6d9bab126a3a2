//! Reading one whole text from a file or stdin, with messages a person can act on.
//!
//! The text is kept byte for byte (no BOM stripping, no newline conversion) so that the offsets
//! in the JSON index the file exactly.

use std::ffi::OsStr;
use std::io::Read;

use crate::{exit, Fail};

/// Reads `path` (`-` is stdin) as UTF-8. Returns the text and a display name for messages.
pub fn read_text(path: &OsStr) -> Result<(String, String), Fail> {
    let name = display_name(path);
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().lock().read_to_end(&mut buf).map_err(|e| Fail::new(exit::INPUT, format!("cannot read stdin: {e}")))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| Fail::new(exit::INPUT, format!("cannot read '{name}': {e}")))?
    };
    let text = String::from_utf8(bytes).map_err(|e| Fail::new(exit::INPUT, format!("{name}: {}", utf8_problem(e.as_bytes(), e.utf8_error()))))?;
    Ok((text, name))
}

pub fn display_name(path: &OsStr) -> String {
    if path == "-" {
        "stdin".into()
    } else {
        path.to_string_lossy().into_owned()
    }
}

/// Describes where UTF-8 decoding failed: the byte offset (what a hex editor shows) and the line
/// and column (what a text editor shows).
pub fn utf8_problem(bytes: &[u8], e: std::str::Utf8Error) -> String {
    let offset = e.valid_up_to();
    let valid = &bytes[..offset];
    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    // The prefix is valid UTF-8 by definition of `valid_up_to`.
    let column = std::str::from_utf8(&valid[line_start..]).map_or(0, |s| s.chars().count()) + 1;
    format!(
        "not valid UTF-8: first invalid byte 0x{:02X} at byte offset {offset} (line {line}, column {column}); save the file as UTF-8",
        bytes[offset]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_problems_name_offset_line_and_column() {
        // (bytes, expected message fragment)
        const CASES: &[(&[u8], &str)] = &[
            (b"\xff", "byte 0xFF at byte offset 0 (line 1, column 1)"),
            (b"abc\xe9def", "byte 0xE9 at byte offset 3 (line 1, column 4)"),
            (b"one\ntwo\n\xc3(", "byte 0xC3 at byte offset 8 (line 3, column 1)"),
            // "é" is two bytes but one column.
            (b"\xc3\xa9t\xc3\xa9\n\xc3\xa9\x80", "byte 0x80 at byte offset 8 (line 2, column 2)"),
        ];
        for (bytes, want) in CASES {
            let e = std::str::from_utf8(bytes).unwrap_err();
            let got = utf8_problem(bytes, e);
            assert!(got.contains(want), "{bytes:?}: {got}");
        }
    }
}
