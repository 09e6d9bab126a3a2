//! One substring search for the whole crate.
//!
//! `str::find` and `str::contains` with a string, or with a character beyond ASCII, go through
//! the standard library's Two-Way searcher, 2.2 KB of the page's module (1.1 KB gzip) for the few
//! short searches here (a curly apostrophe in a token, a person's cue phrase, a note in a
//! message). A first-byte scan with a compare gives the same answer: a needle that is valid UTF-8
//! can only match at a character boundary of the haystack.

use crate::engine::document::At;

/// The byte offset of the first `needle` in `haystack`, as `haystack.find(needle)` gives it.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return Some(0);
    };
    let mut from = 0;
    while let Some(i) = h.at(from..).iter().position(|&b| b == first) {
        let at = from + i;
        match h.get(at + 1..at + n.len()) {
            Some(after) if after == rest => return Some(at),
            Some(_) => from = at + 1,
            None => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn finds_as_the_standard_library_does() {
        let texts = ["", "a", "ab", "aab", "abab", "it\u{2019}s", "caf\u{e9} caf\u{e9}", "\u{2019}\u{2019}x", "the cat sat on the mat"];
        let needles = ["", "a", "b", "ab", "ba", "\u{2019}", "\u{e9}", "caf\u{e9}", "the", "mat", "at ", "cat sat", "zz", "the cat sat on the mat!"];
        for t in texts {
            for n in needles {
                assert_eq!(find(t, n), t.find(n), "{t:?} {n:?}");
            }
        }
    }
}
