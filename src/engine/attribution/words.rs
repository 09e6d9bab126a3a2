//! Tables of built-in words, looked up with a cheap hash.
//!
//! The source walks ask these tables about most words near every cue. The keys come from the
//! lexicons, never from the text, and the text only looks words up, so no input can crowd a
//! table: the default hasher's resistance to that bought nothing and cost more than the rest of
//! a look-up together.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hash, one step per byte: the keys are short words.
#[derive(Default)]
pub(super) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.step(b as u64);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.step(n as u64);
    }
}

impl WordHasher {
    fn step(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

pub(super) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
pub(super) type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

/// `word` with its ASCII letters lower-cased, in `buf`: a key to look up without allocating.
/// None for a word longer than the buffer or with a curly apostrophe (U+2019, whose bytes begin
/// with 0xE2), which the look-ups treat apart.
pub(super) fn lowered<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let word = word.as_bytes();
    let buf = buf.get_mut(..word.len())?;
    // One pass copies, lower-cases and looks for the apostrophe: most words are a few letters.
    for (to, &b) in buf.iter_mut().zip(word) {
        if b == 0xE2 {
            return None;
        }
        *to = b.to_ascii_lowercase();
    }
    Some(buf)
}
