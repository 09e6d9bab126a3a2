//! Phrase matching by whole words.
//!
//! A normalised phrase is a run of whole words between single spaces, and so is a document's
//! normalised stream: a phrase occurs wherever its words follow one another. So the phrases are
//! kept as a trie of words, and the stream is read a word at a time: one table lookup per word
//! of text, then a step down the trie only where a phrase goes on. Nothing has to be built per
//! text (a byte automaton fast enough to compete costs more to build than a short article costs
//! to search), and matches come out in words, which is what the detectors want.

use std::collections::HashMap;

pub(super) struct Phrases {
    vocabulary: Vocabulary,
    /// For each word number, the node of the phrases that start with it ([`NONE`] if none does).
    first: Vec<u32>,
    /// The trie below the first words: `edge(node, word number)` -> node.
    next: IntMap,
    /// For each node, the patterns that end there, in pattern order.
    ends: Vec<Vec<u32>>,
}

/// No node, or a word in no phrase.
const NONE: u32 = u32::MAX;

impl Phrases {
    /// `patterns`: normalised phrases (" it is possible that "), numbered by their position.
    pub(super) fn new(patterns: &[String]) -> Phrases {
        let mut vocabulary = Vocabulary::default();
        let mut first = Vec::new();
        let mut next = IntMap::default();
        // Node numbers start at 0; the root has none, being reached through `first`.
        let mut ends: Vec<Vec<u32>> = Vec::new();
        for (pattern, text) in patterns.iter().enumerate() {
            let mut node = NONE;
            for word in text.split(' ').filter(|w| !w.is_empty()) {
                let id = vocabulary.insert(word.as_bytes());
                if id as usize == first.len() {
                    first.push(NONE);
                }
                let child = if node == NONE { first[id as usize] } else { next.get(edge(node, id)) };
                node = if child != NONE {
                    child
                } else {
                    let child = ends.len() as u32;
                    ends.push(Vec::new());
                    if node == NONE {
                        first[id as usize] = child;
                    } else {
                        next.insert(edge(node, id), child);
                    }
                    child
                };
            }
            assert!(node != NONE, "a lexicon phrase has at least one word: {text:?}");
            ends[node as usize].push(pattern as u32);
        }
        Phrases { vocabulary, first, next, ends }
    }

    /// Calls `found(first, last, pattern)` for every occurrence of every pattern in the stream
    /// `norm`, as its words `first..=last` (word `k` starts at byte `words[k].0`, ends at the
    /// space before the next word, and the stream ends with a space). In order of first word,
    /// then longest first, then pattern order: a resolver that keeps the first of overlapping
    /// matches keeps the leftmost longest.
    #[inline(never)]
    pub(super) fn each_match(&self, norm: &str, words: &[(u32, u32)], mut found: impl FnMut(u32, u32, u32)) {
        let norm = norm.as_bytes();
        // Each word's number, looked up once: a word may be read by several phrases.
        let ids: Vec<u32> = (0..words.len())
            .map(|k| {
                let end = words.get(k + 1).map_or(norm.len(), |w| w.0 as usize) - 1;
                self.vocabulary.get_at(norm, words[k].0 as usize, end)
            })
            .collect();
        let mut path: Vec<(u32, u32)> = Vec::new();
        for (first, &id) in ids.iter().enumerate() {
            if id == NONE {
                continue;
            }
            let mut node = self.first[id as usize];
            let mut last = first;
            path.clear();
            while node != NONE {
                path.push((node, last as u32));
                last += 1;
                node = match ids.get(last) {
                    Some(&id) if id != NONE => self.next.get(edge(node, id)),
                    _ => NONE,
                };
            }
            for &(node, last) in path.iter().rev() {
                for &pattern in &self.ends[node as usize] {
                    found(first as u32, last, pattern);
                }
            }
        }
    }
}

/// The key of a trie edge: never 0, which marks an empty slot of an [`IntMap`].
fn edge(node: u32, word: u32) -> u64 {
    1 << 63 | (node as u64) << 32 | word as u64
}

/// Non-zero integer keys to numbers, in an open-addressed table at most half full: a lookup is
/// a multiplication and, nearly always, one or two integer comparisons.
#[derive(Default)]
struct IntMap {
    /// Power-of-two sized; `(key, value)`, or `(0, _)` where empty.
    slots: Vec<(u64, u32)>,
    len: usize,
}

impl IntMap {
    /// The value of `key` (not 0), or [`NONE`].
    #[inline]
    fn get(&self, key: u64) -> u32 {
        if self.slots.is_empty() {
            return NONE;
        }
        let mask = self.slots.len() - 1;
        let mut slot = home(key, mask);
        loop {
            let (k, value) = self.slots[slot];
            if k == key {
                return value;
            }
            if k == 0 {
                return NONE;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Adds `key` (not 0, and not in the map yet).
    fn insert(&mut self, key: u64, value: u32) {
        debug_assert!(key != 0 && self.get(key) == NONE);
        if (self.len + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(16);
            let old = std::mem::replace(&mut self.slots, vec![(0, 0); size]);
            for (key, value) in old.into_iter().filter(|&(key, _)| key != 0) {
                self.place(key, value);
            }
        }
        self.place(key, value);
        self.len += 1;
    }

    fn place(&mut self, key: u64, value: u32) {
        let mask = self.slots.len() - 1;
        let mut slot = home(key, mask);
        while self.slots[slot].0 != 0 {
            slot = (slot + 1) & mask;
        }
        self.slots[slot] = (key, value);
    }
}

/// The words of the phrases, numbered from 0 in the order first seen.
///
/// Most words of a text are short and most are looked up in vain, so a word of up to
/// [`SHORT`] bytes is packed into one integer, its length in the top byte, and found in a small
/// open-addressed table by a multiplication and an integer comparison; longer words go to an
/// ordinary hash map.
#[derive(Default)]
struct Vocabulary {
    /// Packed words (never 0: a packed word has its length in the top byte) to numbers.
    short: IntMap,
    long: HashMap<Box<[u8]>, u32, crate::engine::hash::BuildCheap>,
}

const SHORT: usize = 7;

impl Vocabulary {
    fn len(&self) -> usize {
        self.short.len + self.long.len()
    }

    /// The word's number, given a new one if it has none.
    fn insert(&mut self, word: &[u8]) -> u32 {
        let id = self.get(word);
        if id != NONE {
            return id;
        }
        let id = self.len() as u32;
        if word.len().wrapping_sub(1) >= SHORT {
            self.long.insert(word.into(), id);
            return id;
        }
        self.short.insert(pack(word), id);
        id
    }

    /// The word's number, or [`NONE`].
    fn get(&self, word: &[u8]) -> u32 {
        // The empty word (which no phrase has) too: it would pack to the empty slot's 0.
        if word.len().wrapping_sub(1) >= SHORT {
            return self.get_long(word);
        }
        self.short.get(pack(word))
    }

    /// The number of the word `text[start..end]`: [`Vocabulary::get`] for the hot loop, which
    /// packs a short word with one eight-byte read wherever the text goes on far enough.
    #[inline]
    fn get_at(&self, text: &[u8], start: usize, end: usize) -> u32 {
        let len = end - start;
        if len.wrapping_sub(1) >= SHORT {
            return self.get_long(&text[start..end]);
        }
        let key = match text.get(start..start + 8) {
            Some(eight) => {
                let bytes = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
                bytes & ((1 << (8 * len)) - 1) | (len as u64) << 56
            }
            None => pack(&text[start..end]),
        };
        self.short.get(key)
    }

    #[inline(never)]
    fn get_long(&self, word: &[u8]) -> u32 {
        self.long.get(word).copied().unwrap_or(NONE)
    }
}

/// A word of 1 to [`SHORT`] bytes as one integer: its bytes, and its length on top.
#[inline]
fn pack(word: &[u8]) -> u64 {
    let mut key = (word.len() as u64) << 56;
    for (k, &b) in word.iter().enumerate() {
        key |= (b as u64) << (8 * k);
    }
    key
}

#[inline]
fn home(key: u64, mask: usize) -> usize {
    // The high bits of the product depend on every byte of the word.
    (key.wrapping_mul(SEED) >> 40) as usize & mask
}

/// The multiplier of `home`: its high product bits depend on every byte of a packed word.
const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_short_and_long_keep_their_numbers() {
        let mut v = Vocabulary::default();
        // Enough short words to make the table grow several times, and words of the edge
        // lengths: 7 bytes (packed) and 8 (hashed).
        let words: Vec<String> = (0..100).map(|n| format!("w{n}")).chain(["abcdefg".into(), "abcdefgh".into(), "\0".into()]).collect();
        for (n, w) in words.iter().enumerate() {
            assert_eq!(v.insert(w.as_bytes()), n as u32);
        }
        for (n, w) in words.iter().enumerate() {
            assert_eq!(v.get(w.as_bytes()), n as u32, "{w:?}");
            assert_eq!(v.insert(w.as_bytes()), n as u32, "{w:?}");
        }
        for miss in ["w100", "abcdef", "abcdefgi", "bcdefgh", "\0\0", "w"] {
            assert_eq!(v.get(miss.as_bytes()), NONE, "{miss:?}");
        }
        assert_eq!(Vocabulary::default().get(b"x"), NONE);
        // Read in place, near the end of a text and far from it, every word as `get` finds it.
        let text = b" w1 abcdefg w99 abcdefgh zz \0 w5 ";
        let mut start = 1;
        while start < text.len() {
            let end = start + text[start..].iter().position(|&b| b == b' ').unwrap();
            let word = &text[start..end];
            assert_eq!(v.get_at(text, start, end), v.get(word), "{:?}", String::from_utf8_lossy(word));
            start = end + 1;
        }
    }

    #[test]
    fn matches_come_leftmost_then_longest_then_in_pattern_order() {
        let patterns: Vec<String> = [" a b ", " b ", " a ", " a b c ", " b ", " c d "].iter().map(|p| p.to_string()).collect();
        let phrases = Phrases::new(&patterns);
        // " a b c d " with its words at bytes 1, 3, 5, 7 (tokens 0..4).
        let norm = " a b c d ";
        let words = [(1, 0), (3, 1), (5, 2), (7, 3)];
        let mut found = Vec::new();
        phrases.each_match(norm, &words, |f, l, p| found.push((f, l, p)));
        assert_eq!(found, [(0, 2, 3), (0, 1, 0), (0, 0, 2), (1, 1, 1), (1, 1, 4), (2, 3, 5)]);
    }
}
