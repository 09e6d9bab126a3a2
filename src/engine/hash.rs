//! One cheap hash for the engine's own tables (word lists, lexicon words, the index of word
//! lists by address).
//!
//! Their keys come from the lexicons and the code, never from the text, which only looks them
//! up: no input can fill a table with collisions, so the default SipHash's resistance to that
//! buys nothing and costs more than the rest of a look-up.

use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// Multiply-rotate over eight bytes at a time.
#[derive(Default)]
pub(crate) struct CheapHasher(u64);

/// For `HashMap::with_hasher` and the map and set type aliases.
pub(crate) type BuildCheap = BuildHasherDefault<CheapHasher>;

impl CheapHasher {
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(23) ^ x).wrapping_mul(SEED);
    }
}

impl Hasher for CheapHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            // The length keeps "ab" and "ab\0" apart.
            self.add(u64::from_le_bytes(last) ^ (rest.len() as u64) << 59);
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(n as u64);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // The table takes its bucket from the low bits, which a multiplication mixes least.
        let h = self.0;
        (h ^ h >> 29).wrapping_mul(SEED) ^ h >> 32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash(x: impl Hash) -> u64 {
        BuildCheap::default().hash_one(x)
    }

    #[test]
    fn equal_keys_hash_equal_and_near_keys_apart() {
        assert_eq!(hash("official"), hash("official"));
        let words = ["a", "ab", "ab\0", "officials", "official", "spokesman", "spokesmen", "said", "says"];
        for (i, x) in words.iter().enumerate() {
            for y in &words[i + 1..] {
                assert_ne!(hash(x.as_bytes()), hash(y.as_bytes()), "{x:?} vs {y:?}");
            }
        }
    }
}
