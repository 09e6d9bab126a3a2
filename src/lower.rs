//! Lower case exactly as the standard library writes it, from smaller tables.
//!
//! `str::to_lowercase` and `char::to_lowercase` bring Unicode's case table into the page's module
//! as 1,400-odd pairs of 32-bit characters, and the string version two more property tables for
//! its final-sigma rule: some 10 KB of the download after gzip, of which these tables and
//! functions take back under 3 (docs/performance-log.md, "Download size"). The build script reads the same
//! mappings off the standard library itself and writes them as runs (`build.rs`,
//! `lower_case_tables`), so these functions give the standard library's answers, which the tests
//! check for every character.

use crate::engine::document::At;

include!(concat!(env!("OUT_DIR"), "/lower_case.rs"));

/// A character's class for the final-sigma rule (`CONTEXT`).
const IGNORABLE: u32 = 1;
const CASED: u32 = 2;

/// What `c.to_lowercase()` gives when that is one character; `None` for the few characters whose
/// lower case is longer ("İ").
pub fn single(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    if MULTI.iter().any(|&(m, _)| m == c) {
        return None;
    }
    let n = c as u32;
    let i = RUNS.partition_point(|r| r.0 <= n);
    let Some(&(first, count, step, delta)) = i.checked_sub(1).map(|i| &RUNS[i]) else {
        return Some(c);
    };
    let at = n - first;
    if at % u32::from(step) != 0 || at / u32::from(step) >= u32::from(count) {
        return Some(c);
    }
    // The build wrote only offsets from characters to characters.
    Some(char::from_u32(n.wrapping_add_signed(delta)).unwrap_or(c))
}

/// Appends what `c.to_lowercase()` gives.
pub fn push(out: &mut String, c: char) {
    match single(c) {
        Some(l) => out.push(l),
        None => out.push_str(MULTI.iter().find(|&&(m, _)| m == c).map_or("", |m| m.1)),
    }
}

/// What `s.to_lowercase()` gives.
pub fn to_lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == '\u{3a3}' {
            out.push(if final_sigma(s, i) { '\u{3c2}' } else { '\u{3c3}' });
        } else {
            push(&mut out, c);
        }
    }
    out
}

/// Unicode's Final_Sigma condition for the capital sigma at byte `i`: a cased letter before it and
/// none after it, case-ignorable characters (apostrophes, combining marks, ...) skipped both ways.
fn final_sigma(s: &str, i: usize) -> bool {
    cased_first(&mut s.at(..i).chars().rev()) && !cased_first(&mut s.at(i + '\u{3a3}'.len_utf8()..).chars())
}

/// Whether the first character that is not case-ignorable is cased.
fn cased_first(chars: &mut dyn Iterator<Item = char>) -> bool {
    chars.map(class).find(|&k| k != IGNORABLE) == Some(CASED)
}

fn class(c: char) -> u32 {
    let (n, mut end, mut bytes) = (c as u32, 0u32, CONTEXT.iter());
    loop {
        let (mut run, mut shift) = (0u32, 0);
        loop {
            let Some(&b) = bytes.next() else { return 0 };
            run |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        end += run >> 2;
        if n < end {
            return run & 3;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars() -> impl Iterator<Item = char> {
        (0..=char::MAX as u32).filter_map(char::from_u32)
    }

    #[test]
    fn every_character_as_the_standard_library() {
        for c in chars() {
            let mut ours = String::new();
            push(&mut ours, c);
            assert_eq!(ours, c.to_lowercase().collect::<String>(), "U+{:04X}", c as u32);
            let mut std = c.to_lowercase();
            assert_eq!(single(c), std.next().filter(|_| std.next().is_none()), "U+{:04X}", c as u32);
            assert_eq!(to_lowercase(&c.to_string()), c.to_string().to_lowercase(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn every_character_has_the_class_the_standard_librarys_sigma_rule_gives_it() {
        // Read off the standard library as the build does, but with a sigma: after "a", "Σ" stays
        // σ before "x" when x is cased and not case-ignorable, and before "xa" when x is either.
        let keeps_sigma = |s: String| s.to_lowercase()[1..].starts_with('\u{3c3}');
        for c in chars() {
            let expected = if keeps_sigma(format!("a\u{3a3}{c}")) {
                CASED
            } else if keeps_sigma(format!("a\u{3a3}{c}a")) {
                IGNORABLE
            } else {
                0
            };
            assert_eq!(class(c), expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn beside_a_capital_sigma_as_the_standard_library() {
        // A character of each class on either side, alone or after one to skip. (Comparing every
        // character this way takes most of a minute in a debug build; the test above covers
        // every character's class.)
        let (cased, ignorable, other) = (['a', 'Ω', 'ǅ'], ['\'', '\u{301}', '.'], [' ', '1', '-']);
        for x in cased.iter().chain(&ignorable).chain(&other) {
            for y in cased.iter().chain(&ignorable).chain(&other) {
                for s in [
                    format!("{x}\u{3a3}"),
                    format!("\u{3a3}{x}"),
                    format!("{x}\u{3a3}{y}"),
                    format!("a{x}\u{3a3}{y}"),
                    format!("{x}\u{3a3}{y}a"),
                    format!("{x}{y}\u{3a3}\u{3a3}{y}{x}"),
                ] {
                    assert_eq!(to_lowercase(&s), s.to_lowercase(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn words() {
        assert_eq!(to_lowercase("The  Ministry"), "the  ministry");
        assert_eq!(to_lowercase("ΟΔΥΣΣΕΑΣ"), "οδυσσεας");
        assert_eq!(to_lowercase("ΟΔΥΣΣΕΑΣ'"), "οδυσσεας'");
        assert_eq!(to_lowercase("ΑΣ Β"), "ας β");
        assert_eq!(to_lowercase("Σ"), "σ");
        assert_eq!(to_lowercase("'Σ"), "'σ");
        assert_eq!(to_lowercase("ΑΣ'Β"), "ασ'β");
        assert_eq!(to_lowercase("İSTANBUL"), "i\u{307}stanbul");
        assert_eq!(to_lowercase("ÀÉÎ ŁÓDŹ ДОМ"), "àéî łódź дом");
        assert_eq!(single('\u{130}'), None);
        assert_eq!(single('Ǆ'), Some('ǆ'));
        assert_eq!(single('ǅ'), Some('ǆ'));
        assert_eq!(single('ß'), Some('ß'));
    }
}
