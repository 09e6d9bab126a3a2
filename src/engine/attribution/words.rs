//! A word as a fixed-size key, the form the class table ([`super::classes`]) reads its words in.

use crate::engine::document::At;
use crate::engine::lanes::{ascii_lower, has_byte};

/// A word of up to 24 bytes with its ASCII letters lower-cased, kept in place of a string: it is
/// made on the stack, hashed as three machine words and compared as one array, where a byte
/// string took a step per byte and a call to compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct WordKey {
    /// The word, then zeros.
    bytes: [u8; 24],
    len: u8,
}

impl WordKey {
    /// The key of `word`. None for a word longer than 24 bytes or with a curly apostrophe
    /// (U+2019, whose bytes begin with 0xE2), which the look-ups treat apart.
    pub(super) fn lowered(word: &str) -> Option<WordKey> {
        let word = word.as_bytes();
        let mut bytes = [0u8; 24];
        bytes.get_mut(..word.len())?.copy_from_slice(word);
        // Eight bytes at a time: the look-ups run on most words near every cue, and a step per
        // byte was most of their cost. The zeros after the word are neither 0xE2 nor letters.
        let mut curly = false;
        for lane in bytes.chunks_exact_mut(8) {
            let x = u64::from_le_bytes(*lane.first_chunk().expect("eight bytes"));
            curly |= has_byte(x, 0xE2);
            lane.copy_from_slice(&ascii_lower(x).to_le_bytes());
        }
        (!curly).then_some(WordKey { bytes, len: word.len() as u8 })
    }

    pub(super) fn as_bytes(&self) -> &[u8] {
        self.bytes.at(..self.len as usize)
    }

    /// The word's length in bytes.
    pub(super) fn len(&self) -> usize {
        self.len as usize
    }

    /// The key's 24 bytes as three integers, the first byte lowest in the first.
    pub(super) fn words(&self) -> [u64; 3] {
        std::array::from_fn(|k| u64::from_le_bytes(*self.bytes.at(8 * k..).first_chunk().expect("eight bytes")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_ascii_case_and_keep_other_bytes() {
        assert_eq!(WordKey::lowered("Said"), WordKey::lowered("said"));
        assert_eq!(WordKey::lowered("SAID"), WordKey::lowered("said"));
        assert_eq!(WordKey::lowered("Über").map(|k| k.as_bytes().to_vec()), Some("Über".as_bytes().to_vec()));
        // The length is part of the key: a shorter word is not a longer one padded with zeros.
        assert_ne!(WordKey::lowered("ab"), WordKey::lowered("ab\0"));
    }

    #[test]
    fn a_curly_apostrophe_anywhere_in_the_key_makes_none() {
        for at in 0..22 {
            let word = format!("{}\u{2019}{}", "a".repeat(at), "b".repeat(21 - at));
            assert_eq!(word.len(), 24);
            assert!(WordKey::lowered(&word).is_none(), "apostrophe at {at}");
        }
        // Only ASCII letters are lowered: "É" (0xC3 0x89) is kept as written.
        assert_eq!(WordKey::lowered("CAFÉ").map(|k| k.as_bytes().to_vec()), Some("cafÉ".as_bytes().to_vec()));
    }

    #[test]
    fn long_words_and_curly_apostrophes_make_no_key() {
        assert!(WordKey::lowered(&"a".repeat(24)).is_some());
        assert!(WordKey::lowered(&"a".repeat(25)).is_none());
        assert!(WordKey::lowered("don\u{2019}t").is_none());
        assert!(WordKey::lowered("don't").is_some());
    }
}
