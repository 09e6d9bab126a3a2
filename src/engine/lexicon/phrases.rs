//! Phrase matching by whole words.
//!
//! A normalised phrase is a run of whole words between single spaces, and so is a document's
//! normalised stream: a phrase occurs wherever its words follow one another. So the phrases are
//! kept as a trie of words, and the stream is read a word at a time: one table lookup per word
//! of text, then a step down the trie only where a phrase goes on. Nothing has to be built per
//! text (a byte automaton fast enough to compete costs more to build than a short article costs
//! to search), and matches come out in words, which is what the detectors want.

pub(super) struct Phrases {
    vocabulary: Vocabulary,
    /// For each word number, the node of the phrases that start with it ([`NONE`] if none does).
    first: Vec<u32>,
    /// The trie below the first words: `edge(node, word number)` -> node.
    next: IntMap,
    /// For each node, where the patterns that end there lie in `ending` (empty if none do).
    ends: Vec<(u32, u32)>,
    /// The patterns that end at each node, node after node, each node's in pattern order: all
    /// in one array, so that the matching loop follows no pointer per node.
    ending: Vec<u32>,
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
        let mut ending = Vec::new();
        let ends = ends
            .iter()
            .map(|patterns| {
                let from = ending.len() as u32;
                ending.extend_from_slice(patterns);
                (from, ending.len() as u32)
            })
            .collect();
        Phrases { vocabulary, first, next, ends, ending }
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
        let ids = self.vocabulary.numbers(norm, words);
        // The phrases that end along one walk down the trie: (their place in `ending`, last word).
        let mut path: Vec<((u32, u32), u32)> = Vec::new();
        for (first, &id) in ids.iter().enumerate() {
            if id == NONE {
                continue;
            }
            let mut node = self.first[id as usize];
            let mut last = first;
            path.clear();
            while node != NONE {
                let ends = self.ends[node as usize];
                if ends.0 < ends.1 {
                    path.push((ends, last as u32));
                }
                last += 1;
                node = match ids.get(last) {
                    Some(&id) if id != NONE => self.next.get(edge(node, id)),
                    _ => NONE,
                };
            }
            for &((from, to), last) in path.iter().rev() {
                for &pattern in &self.ending[from as usize..to as usize] {
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
/// Every word of a text is looked up, and about half are in no phrase, so a look-up must cost
/// little whether it finds the word or not. A word is keyed by its first [`HEAD`] bytes and its
/// length, packed into one integer read from the text with a single eight-byte load; the table
/// is kept at most a quarter full, so that a look-up, found or not, nearly always ends at the
/// first slot. A longer word is then told from others of the same key by its tail.
struct Vocabulary {
    /// Power-of-two sized; `(key, word number)`, or `(EMPTY, _)`.
    slots: Vec<(u64, u32)>,
    /// `slots.len() - 1`.
    mask: usize,
    /// Each word's bytes past its head, by number (empty for a word of [`HEAD`] bytes or fewer).
    tails: Vec<Box<[u8]>>,
}

/// The bytes of a word that its key holds; the top byte holds its length (modulo 256: longer
/// words have tails to tell them apart).
const HEAD: usize = 7;

/// The key of an empty slot: no word's, as its head would be seven 0xFF bytes, never in UTF-8.
/// (The empty word, which no phrase has, is keyed 0: in no slot either, so it is never found.)
const EMPTY: u64 = u64::MAX;

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary { slots: vec![(EMPTY, 0); 64], mask: 63, tails: Vec::new() }
    }
}

impl Vocabulary {
    /// The word's number, given a new one if it has none.
    fn insert(&mut self, word: &[u8]) -> u32 {
        assert!(key(word) != 0, "a lexicon word is never empty (nor 256 bytes starting with NULs)");
        let id = self.get(word);
        if id != NONE {
            return id;
        }
        let id = self.tails.len() as u32;
        self.tails.push(word[word.len().min(HEAD)..].into());
        if self.tails.len() * 4 > self.slots.len() {
            let size = self.slots.len() * 2;
            let old = std::mem::replace(&mut self.slots, vec![(EMPTY, 0); size]);
            self.mask = size - 1;
            for (key, id) in old.into_iter().filter(|&(key, _)| key != EMPTY) {
                self.place(key, id);
            }
        }
        self.place(key(word), id);
        id
    }

    fn place(&mut self, key: u64, id: u32) {
        let mut slot = home(key, self.mask);
        while self.slots[slot].0 != EMPTY {
            slot = (slot + 1) & self.mask;
        }
        self.slots[slot] = (key, id);
    }

    /// The word's number, or [`NONE`]. Out of line: the hot loop calls it only for the last
    /// few bytes of a text, and inlined it would make that loop save registers on every word.
    #[inline(never)]
    fn get(&self, word: &[u8]) -> u32 {
        self.find(&self.slots, self.mask, key(word), word.len(), || &word[HEAD..])
    }

    /// The number of every word of a normalised stream (as [`Phrases::each_match`] takes it):
    /// [`Vocabulary::get`] for the hot loop, which reads a word's head with one eight-byte load
    /// wherever the text goes on far enough.
    fn numbers(&self, norm: &[u8], words: &[(u32, u32)]) -> Vec<u32> {
        // The table as plain values, kept in registers: the compiler cannot tell that writing a
        // number leaves the table alone, and would read its address and size again every word.
        let slots = &self.slots[..];
        // Asserted, so that the compiler knows `slot & mask` is in the table: no bounds check.
        assert!(slots.len().is_power_of_two());
        let mask = slots.len() - 1;
        let mut ids: Vec<u32> = vec![NONE; words.len()];
        // A word ends at the space before the next word starts, the last at the final space.
        for (id, pair) in ids.iter_mut().zip(words.windows(2)) {
            *id = self.number_at(slots, mask, norm, pair[0].0 as usize, pair[1].0 as usize - 1);
        }
        if let (Some(id), Some(last)) = (ids.last_mut(), words.last()) {
            *id = self.number_at(slots, mask, norm, last.0 as usize, norm.len() - 1);
        }
        ids
    }

    /// The number of the word `text[start..end]`, looked up in `slots` (the table's).
    #[inline(always)]
    fn number_at(&self, slots: &[(u64, u32)], mask: usize, text: &[u8], start: usize, end: usize) -> u32 {
        let len = end - start;
        let Some(eight) = text.get(start..start + 8) else {
            return self.get(&text[start..end]);
        };
        let head = u64::from_le_bytes(eight.try_into().expect("eight bytes")) & HEAD_MASK[len.min(HEAD)];
        self.find(slots, mask, head | (len as u64) << 56, len, || &text[start + HEAD..end])
    }

    /// The number of the word of this key and length, whose tail (read only if it is longer
    /// than its head) `tail` gives.
    #[inline(always)]
    fn find<'a>(&self, slots: &[(u64, u32)], mask: usize, key: u64, len: usize, tail: impl Fn() -> &'a [u8]) -> u32 {
        let mut slot = home(key, mask);
        loop {
            let (k, id) = slots[slot];
            if k == key {
                // Words of one key differ in their tails; short ones have none.
                if len <= HEAD || self.tail_is(id, tail()) {
                    return id;
                }
            } else if k == EMPTY {
                return NONE;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Is `tail` the tail of word `id`? Out of line, for the same reason as [`Vocabulary::get`]:
    /// few words have one to compare.
    #[inline(never)]
    fn tail_is(&self, id: u32, tail: &[u8]) -> bool {
        *self.tails[id as usize] == *tail
    }
}

/// The bytes of a word's head, by its length (up to [`HEAD`]).
const HEAD_MASK: [u64; HEAD + 1] = {
    let mut masks = [0; HEAD + 1];
    let mut len = 1;
    while len <= HEAD {
        masks[len] = (1 << (8 * len)) - 1;
        len += 1;
    }
    masks
};

/// A word's key: its first [`HEAD`] bytes, and its length (modulo 256) on top.
fn key(word: &[u8]) -> u64 {
    let mut key = (word.len() as u64) << 56;
    for (k, &b) in word.iter().take(HEAD).enumerate() {
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
        // Enough words to make the table grow several times; words of the edge lengths, 7 bytes
        // (all head) and 8 (a tail); long words that share their head and length.
        let words: Vec<String> =
            (0..100).map(|n| format!("w{n}")).chain(["abcdefg", "abcdefgh", "\0", "abcdefgxy", "abcdefgyx", "abcdefgzzz"].map(String::from)).collect();
        for (n, w) in words.iter().enumerate() {
            assert_eq!(v.insert(w.as_bytes()), n as u32);
        }
        for (n, w) in words.iter().enumerate() {
            assert_eq!(v.get(w.as_bytes()), n as u32, "{w:?}");
            assert_eq!(v.insert(w.as_bytes()), n as u32, "{w:?}");
        }
        for miss in ["w100", "abcdef", "abcdefgi", "bcdefgh", "\0\0", "w", "abcdefgxx", "abcdefgzz", ""] {
            assert_eq!(v.get(miss.as_bytes()), NONE, "{miss:?}");
        }
        assert_eq!(Vocabulary::default().get(b"x"), NONE);
        // Read in place, near the end of a text and far from it, every word as `get` finds it
        // (and the empty word between two spaces, which is none).
        let text = b" w1  abcdefg w99 abcdefgh zz abcdefgyx abcdefgxx \0 w5 ";
        let (mut words, mut expected) = (Vec::new(), Vec::new());
        let mut start = 1;
        while start < text.len() {
            let end = start + text[start..].iter().position(|&b| b == b' ').unwrap();
            words.push((start as u32, 0));
            expected.push(v.get(&text[start..end]));
            start = end + 1;
        }
        assert_eq!(v.numbers(text, &words), expected);
        assert_eq!(expected[..4], [1, NONE, 100, 99]);
        assert_eq!(expected[expected.len() - 2..], [102, 5]);
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
