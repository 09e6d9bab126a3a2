//! The engine's built-in word lists, each packed into one string when the crate is compiled.
//!
//! A `&[&str]` costs a pointer and a length per word in the page's module (eight bytes that
//! deflate compresses poorly); packed, a word costs one length byte beside its letters, and a
//! list is still one pointer and length wherever it is passed.

/// A word list packed by [`words!`]: one byte that says whether the list is long ([`LONG`]) and
/// which lengths its words have ([`length_bit`]), then each word as a byte with its length
/// followed by its letters. Every word is shorter than 128 bytes and the first byte's top bit is
/// clear, so each of those bytes is an ASCII character and the whole is a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words(&'static str);

/// The first byte's bit for a list of more than [`SHORT_LIST`] words.
const LONG: u8 = 0x40;

/// Lists up to this long are scanned when a token is tested against them: indexing them would
/// cost more than it saves.
pub(crate) const SHORT_LIST: usize = 6;

impl Words {
    /// Used by [`words!`]: checks the packed bytes are a string at compile time.
    pub const fn new(packed: &'static [u8]) -> Words {
        match std::str::from_utf8(packed) {
            Ok(s) => Words(s),
            Err(_) => panic!("a packed word list must be text"),
        }
    }

    /// Does the list hold more than [`SHORT_LIST`] words?
    #[inline]
    pub fn is_long(self) -> bool {
        self.0.as_bytes().first().is_some_and(|&h| h & LONG != 0)
    }

    /// May the list hold a word of `len` bytes? False for most tokens asked about, which then
    /// need no walk of the list (the lengths are told apart only up to 5 bytes).
    #[inline]
    pub fn may_hold_len(self, len: usize) -> bool {
        // Read from a table rather than shifted: a shift by a variable ties up the one register
        // x86 shifts by, which the caller then copies in and out around it.
        const BITS: [u8; 7] = [length_bit(0), length_bit(1), length_bit(2), length_bit(3), length_bit(4), length_bit(5), length_bit(6)];
        self.0.as_bytes().first().is_some_and(|&h| h & BITS[len.min(6)] != 0)
    }

    /// Where the list's packed text lies: the same list always answers the same.
    #[inline]
    pub fn id(self) -> (usize, usize) {
        (self.0.as_ptr() as usize, self.0.len())
    }

    /// Does `f` hold for any word, in the list's order? Each word as its bytes.
    #[inline]
    pub fn any_bytes(self, mut f: impl FnMut(&'static [u8]) -> bool) -> bool {
        let b: &'static [u8] = self.0.as_bytes();
        let mut at = HEADER;
        while let Some(&n) = b.get(at) {
            let end = at + 1 + n as usize;
            if f(b.get(at + 1..end).unwrap_or_default()) {
                return true;
            }
            at = end;
        }
        false
    }

    /// Where the first word starts, for [`Words::iter_from`].
    pub const FIRST: usize = HEADER;

    /// Where the first word of `len` bytes whose first byte `first` accepts starts, for
    /// [`Words::iter_from`]. Most words are turned away by their length byte alone.
    #[inline]
    pub fn find_len(self, len: usize, mut first: impl FnMut(u8) -> bool) -> Option<usize> {
        let b: &'static [u8] = self.0.as_bytes();
        let mut at = HEADER;
        while at < b.len() {
            let n = b[at] as usize;
            if n == len && b.get(at + 1).is_some_and(|&f| first(f)) {
                return Some(at);
            }
            at += 1 + n;
        }
        None
    }

    /// The words, in the list's order.
    pub fn iter(self) -> impl Iterator<Item = &'static str> + Clone {
        self.iter_from(HEADER)
    }

    /// The words from the one that starts at `at` on (a place [`Words::find_len`] gave).
    pub fn iter_from(self, at: usize) -> impl Iterator<Item = &'static str> + Clone {
        let s = self.0;
        let mut at = at;
        std::iter::from_fn(move || {
            let n = *s.as_bytes().get(at)? as usize;
            let w = s.get(at + 1..at + 1 + n)?;
            at += 1 + n;
            Some(w)
        })
    }

    /// Is `word` one of the words, exactly?
    pub fn contains(self, word: &str) -> bool {
        self.any_bytes(|w| w == word.as_bytes())
    }

    pub fn len(self) -> usize {
        self.iter().count()
    }

    pub fn is_empty(self) -> bool {
        self.0.len() <= HEADER
    }

    pub fn first(self) -> Option<&'static str> {
        self.iter().next()
    }
}

/// The bytes before the first word.
const HEADER: usize = 1;

/// A length's bit in a list's first byte: one bit each for 1 to 5 bytes, bit 0 for any other.
#[inline]
pub const fn length_bit(len: usize) -> u8 {
    // The empty length is bit 0 as it is.
    if len < 6 {
        1 << len
    } else {
        1
    }
}

/// How many bytes [`pack`] writes for `words`.
pub const fn packed_len(words: &[&str]) -> usize {
    let mut total = HEADER;
    let mut i = 0;
    while i < words.len() {
        total += 1 + words[i].len();
        i += 1;
    }
    total
}

/// The packed form of `words` ([`Words`]), computed by the compiler.
pub const fn pack<const N: usize>(words: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    if words.len() > SHORT_LIST {
        out[0] = LONG;
    }
    let mut at = HEADER;
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_bytes();
        out[0] |= length_bit(w.len());
        assert!(w.len() < 128, "a listed word must be shorter than 128 bytes");
        out[at] = w.len() as u8;
        at += 1;
        let mut j = 0;
        while j < w.len() {
            out[at] = w[j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// A [`Words`] list of the given words, packed at compile time: `words!["said", "told"]`.
macro_rules! words {
    ($($w:expr),* $(,)?) => {{
        const LIST: &[&str] = &[$($w),*];
        const PACKED: [u8; $crate::engine::wordlist::packed_len(LIST)] = $crate::engine::wordlist::pack(LIST);
        const WORDS: $crate::engine::wordlist::Words = $crate::engine::wordlist::Words::new(&PACKED);
        WORDS
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_list_gives_back_its_words() {
        let w = words!["said", "", "told", "don't"];
        assert_eq!(w.iter().collect::<Vec<_>>(), ["said", "", "told", "don't"]);
        assert!(!w.is_long());
        assert!(w.contains("told") && !w.contains("Told") && !w.contains("tol"));
        let none = words![];
        assert!(none.is_empty() && none.iter().next().is_none() && !none.any_bytes(|_| true));
        assert!((0..40).all(|n| !none.may_hold_len(n)));
        assert!([0, 4, 5, 6, 7].iter().all(|&n| w.may_hold_len(n)) && [1, 2, 3].iter().all(|&n| !w.may_hold_len(n)));
        // Six bytes and longer share bit 0 with the empty word.
        assert!(w.may_hold_len(6) && w.may_hold_len(30) && !words!["said"].may_hold_len(9) && !words!["said"].may_hold_len(5));
        assert!(words!["reporters"].may_hold_len(0) && words!["reporters"].may_hold_len(12));
    }

    #[test]
    fn a_long_list_counts_as_long() {
        const MANY: Words = words![
            "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
        ];
        assert!(MANY.is_long() && !words!["a", "b", "c", "d", "e", "f"].is_long() && words!["a", "b", "c", "d", "e", "f", "g"].is_long());
        assert_eq!(MANY.len(), 26);
        assert_eq!(MANY.iter().last(), Some("z"));
    }
}
