//! Phrase matching by whole words.
//!
//! A normalised phrase is a run of whole words between single spaces, and a document is a run
//! of normalised words ([`crate::engine::document::normal_words`]): a phrase occurs wherever its
//! words follow one another. So the phrases are kept as a trie of words, and the text is read a
//! word at a time: one table lookup per word of text, then a step down the trie only where a
//! phrase goes on. Nothing has to be built per text (a byte automaton fast enough to compete
//! costs more to build than a short article costs to search), and matches come out in words,
//! which is what the detectors want.

use crate::engine::document::{fold_token, At, Document};
use crate::engine::lanes::ONES;
use crate::engine::spare;
use std::cell::Cell;

pub(super) struct Phrases {
    vocabulary: Vocabulary,
    /// For each word number, the node of the phrases that start with it ([`NONE`] if none does).
    first: Vec<u32>,
    /// The trie below the first words: `edge(node, word number)` -> node.
    next: IntMap,
    /// For each node, where the patterns that end there lie in `ending` (empty if none do).
    ends: Vec<(u32, u32)>,
    /// For each node, the words that go on from it, as a set of their numbers modulo 64 (bit
    /// `word % 64`): most words of a text that start a phrase start only longer ones, and the
    /// next word rarely goes on with any; this rules most of those out without a hash look-up.
    follow: Vec<u64>,
    /// The patterns that end at each node, node after node, each node's in pattern order: all
    /// in one array, so that the matching loop follows no pointer per node.
    ending: Vec<u32>,
}

/// No node, or a word in no phrase. Word and node numbers stay below it, in 24 bits: a
/// word's marks ride above its number in the vocabulary (see [`Slot`]).
pub(super) const NONE: u32 = (1 << 24) - 1;

impl Phrases {
    /// `patterns`: normalised phrases (" it is possible that "), numbered by their position.
    pub(super) fn new(patterns: &[String]) -> Phrases {
        let mut vocabulary = Vocabulary::default();
        let mut first = Vec::new();
        let mut next = IntMap::default();
        // Node numbers start at 0; the root has none, being reached through `first`.
        let mut nodes = 0u32;
        let mut follow: Vec<u64> = Vec::new();
        // (node, pattern) for each pattern, in pattern order: grouped by node below, where a
        // list per node cost an allocation for each of some two thousand nodes.
        let mut ends_at: Vec<(u32, u32)> = Vec::with_capacity(patterns.len());
        for (pattern, text) in patterns.iter().enumerate() {
            let mut node = NONE;
            for word in text.split(' ').filter(|w| !w.is_empty()) {
                let id = vocabulary.insert(word.as_bytes());
                if id as usize == first.len() {
                    first.push(NONE);
                }
                let child = if node == NONE { *first.at(id as usize) } else { next.get(edge(node, id)) };
                node = if child != NONE {
                    child
                } else {
                    let child = nodes;
                    nodes += 1;
                    follow.push(0);
                    if node == NONE {
                        *first.at_mut(id as usize) = child;
                    } else {
                        next.insert(edge(node, id), child);
                        *follow.at_mut(node as usize) |= 1 << (id % 64);
                    }
                    child
                };
            }
            // Node numbers, like word numbers, stay below [`NONE`]. (Asked by the tests: the
            // lexicons are compiled in, and the page's module leaves out the message.)
            debug_assert!(node != NONE && nodes < NONE, "a lexicon phrase has at least one word: '{text}'");
            ends_at.push((node, pattern as u32));
        }
        // Each node's patterns in one run of `ending`, node after node, in pattern order: a
        // stable sort by node keeps the order within a node. The crate's one shared sort: this
        // runs once per lexicon, and a copy of the standard one of its own would cost the page
        // some 4 KB of code.
        crate::sort::sort_by_key(&mut ends_at, |&(node, _)| node);
        let ending: Vec<u32> = ends_at.iter().map(|&(_, pattern)| pattern).collect();
        let mut ends = vec![(0, 0); nodes as usize];
        let mut at = 0;
        for (node, end) in ends.iter_mut().enumerate() {
            let from = at;
            while at < ends_at.len() && ends_at.at(at).0 as usize == node {
                at += 1;
            }
            *end = (from as u32, at as u32);
        }
        Phrases { vocabulary, first, next, ends, follow, ending }
    }

    /// Gives each of `words` (normalised, one word each) its marks, which [`Phrases::numbers`]
    /// then reports for every plain token of that word: a word another pass would look up in a
    /// table of its own is found by the look-up this one makes anyway. A word in no phrase is
    /// added to the vocabulary, starting none.
    pub(super) fn mark_words<'a>(&mut self, words: impl IntoIterator<Item = &'a (&'a str, u8)>) {
        for &(word, marks) in words {
            if self.vocabulary.mark(word.as_bytes(), marks) as usize == self.first.len() {
                self.first.push(NONE);
            }
        }
    }

    /// Adds each of `words` (normalised, one word each) to the vocabulary, starting no phrase
    /// if it is in none, so that [`Phrases::numbers`] numbers every plain token of it: another
    /// pass can then read what it knows of a word from a table by number
    /// ([`Phrases::number_of`]) rather than look the word up again.
    pub(super) fn add_words<'a>(&mut self, words: impl IntoIterator<Item = &'a [u8]>) {
        for word in words {
            if self.vocabulary.insert(word) as usize == self.first.len() {
                self.first.push(NONE);
            }
        }
    }

    /// The number of `word` (normalised), or [`NONE`].
    pub(super) fn number_of(&self, word: &[u8]) -> u32 {
        self.vocabulary.get(word)
    }

    /// The marks [`Phrases::mark_words`] gave `word` (normalised), 0 if none.
    pub(super) fn marks_of(&self, word: &[u8]) -> u8 {
        marks_of(self.vocabulary.slot(word))
    }

    /// The vocabulary number of every normalised word of `doc` ([`NONE`] for a word in no
    /// phrase): the words of [`crate::engine::document::normal_words`], read here in a loop of
    /// its own so that the common case, a token that is its own word, is looked up straight
    /// from the text, in line.
    ///
    /// The loop over the tokens makes one number per token, with its marks on top (a
    /// [`Slot::word`]), and nothing else: written straight into a vector (the last document's,
    /// see [`spare`]) grown once to the tokens' length, it needs no test of room and keeps all
    /// it uses in registers. The marks and the numbers are then taken apart in one simple pass,
    /// and the second words of the few contractions put in place.
    pub(super) fn numbers(&self, doc: &Document) -> Words {
        let text = doc.text.as_bytes();
        // The table as plain values, kept in registers: the compiler cannot tell that writing a
        // number leaves the table alone, and would read its address and size again every word.
        let slots = &self.vocabulary.slots[..];
        // Asserted, so that the compiler knows `slot & mask` is in the table: no bounds check.
        assert!(slots.len().is_power_of_two());
        let mask = slots.len() - 1;
        let mut folded = String::new();
        // The contractions' second words, after the tokens they come from.
        let mut tails: Vec<(usize, u32)> = Vec::new();
        let mut ids = spare::take(&IDS);
        ids.extend((doc.tokens.iter().enumerate()).map(|(k, t)| {
            if t.is_own_word(doc.text) {
                self.vocabulary.number_plain(slots, mask, text, t.start, t.end)
            } else {
                self.number_folded(k, doc.text.at(t.start..t.end), &mut folded, &mut tails)
            }
        }));
        let mut marks = spare::take(&MARKS);
        marks.extend((ids.iter_mut()).map(|word| {
            let marks = marks_of(*word);
            *word &= NONE;
            marks
        }));
        if tails.is_empty() {
            return Words { ids, tails: Vec::new(), by_token: Vec::new(), marks };
        }
        let mut words = Vec::with_capacity(ids.len() + tails.len());
        let mut at = Vec::with_capacity(tails.len());
        let mut from = 0;
        for (token, tail) in tails {
            words.extend_from_slice(ids.at(from..=token));
            // Word numbers fit in 32 bits: `Document::new` checks.
            at.push(words.len() as u32);
            words.push(tail);
            from = token + 1;
        }
        words.extend_from_slice(ids.at(from..));
        Words { ids: words, tails: at, by_token: ids, marks }
    }

    /// The number of token `k`'s first word, `token` not being its own ([`Phrases::numbers`]),
    /// with no marks (marks are for plain tokens only, and "cannot", the one plain token that
    /// is not its own word, is no marked word); the number of its second, if any, is added to
    /// `tails`. Out of line: rare, and the loop over the tokens is tighter without it.
    #[inline(never)]
    fn number_folded(&self, k: usize, token: &str, folded: &mut String, tails: &mut Vec<(usize, u32)>) -> u32 {
        let (head, tail) = fold_token(token, folded);
        if let Some(tail) = tail {
            tails.push((k, self.vocabulary.get(tail.as_bytes())));
        }
        self.vocabulary.get(head.as_bytes())
    }

    /// Calls `found(first, last, pattern)` for every occurrence of every pattern in a text
    /// whose words have the numbers `ids` (see [`Phrases::numbers`]), as its words
    /// `first..=last`. In order of first word, then longest first, then pattern order: a
    /// resolver that keeps the first of overlapping matches keeps the leftmost longest.
    #[inline(never)]
    pub(super) fn each_match(&self, ids: &[u32], mut found: impl FnMut(u32, u32, u32)) {
        for (first, &id) in ids.iter().enumerate() {
            // A word in no phrase is numbered past the end of `first`.
            let Some(&node) = self.first.get(id as usize) else {
                continue;
            };
            if node == NONE || self.ends_nothing(node) && !self.may_go_on(node, ids.get(first + 1)) {
                continue;
            }
            self.walk(ids, first as u32, first, node, &mut found);
        }
    }

    /// Does no phrase end at `node`?
    #[inline]
    fn ends_nothing(&self, node: u32) -> bool {
        let (from, to) = *self.ends.at(node as usize);
        from == to
    }

    /// Could word `next` (if any) take a phrase on from `node`? No when it is in no phrase or,
    /// nearly always for a word that takes none on, when `follow` says so; else perhaps.
    #[inline]
    fn may_go_on(&self, node: u32, next: Option<&u32>) -> bool {
        next.is_some_and(|&id| id != NONE && *self.follow.at(node as usize) >> (id % 64) & 1 != 0)
    }

    /// Reports the phrases that end at `node` (reached by words `first..=last`) and below it,
    /// the deepest first: each call goes down before it reports, so no list of the nodes passed
    /// is kept (the walk is as deep as the longest phrase).
    fn walk(&self, ids: &[u32], first: u32, last: usize, node: u32, found: &mut impl FnMut(u32, u32, u32)) {
        let next = ids.get(last + 1);
        if let (true, Some(&id)) = (self.may_go_on(node, next), next) {
            let child = self.next.get(edge(node, id));
            if child != NONE {
                self.walk(ids, first, last + 1, child, found);
            }
        }
        let (from, to) = *self.ends.at(node as usize);
        for &pattern in self.ending.at(from as usize..to as usize) {
            found(first, last as u32, pattern);
        }
    }
}

/// The normalised words of a text, by their vocabulary numbers.
pub(super) struct Words {
    /// Each word's number, [`NONE`] for a word in no phrase.
    pub(super) ids: Vec<u32>,
    /// Where the second words of contractions are, in order. A word per token but for these:
    /// they tell a word's token without a table as long as the text.
    tails: Vec<u32>,
    /// The number of each token's first word, if there are tails (else `ids` are these).
    by_token: Vec<u32>,
    /// For each token, the marks of its word if the token is plain (see [`Phrases::mark_words`];
    /// [`crate::engine::document::Token::is_plain`]), and 0 for any other token.
    pub(super) marks: Vec<u8>,
}

thread_local! {
    /// The word numbers and marks of the last document on this thread, kept for the next one
    /// (see [`spare`]).
    static IDS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static MARKS: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
}

/// Keeps the memory of a document's marks ([`Words::marks`]) and word numbers
/// ([`Words::by_token`]) for the next document's.
pub(in crate::engine) fn keep(marks: Vec<u8>, by_token: Vec<u32>) {
    if marks.capacity() > 0 {
        spare::keep(&MARKS, marks);
    }
    if by_token.capacity() > 0 {
        spare::keep(&IDS, by_token);
    }
}

impl Words {
    /// The number of each token's first word ([`NONE`] for a word in no phrase and not added
    /// by [`Phrases::add_words`]), the rest given up.
    pub(super) fn by_token(self) -> Vec<u32> {
        if self.tails.is_empty() {
            return self.ids;
        }
        self.by_token
    }

    /// The token word `word` comes from: its own place, less the contraction tails before it
    /// (a tail comes from the token before it).
    pub(super) fn token(&self, word: u32) -> usize {
        (word as usize) - self.tails.partition_point(|&tail| tail <= word)
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
            let (k, value) = *self.slots.at(slot);
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
        while self.slots.at(slot).0 != 0 {
            slot = (slot + 1) & mask;
        }
        *self.slots.at_mut(slot) = (key, value);
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
    /// Power-of-two sized.
    slots: Vec<Slot>,
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

/// One word of the [`Vocabulary`]: the look-up of every token reads the word's marks from
/// the slot it already has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Slot {
    key: u64,
    /// The word's number, below [`NONE`], and in the top byte the marks
    /// [`Phrases::mark_words`] gave it (0 if none).
    word: u32,
}

/// A slot with no word: a look-up that ends at one answers with it, a word in no phrase and
/// unmarked.
const EMPTY_SLOT: Slot = Slot { key: EMPTY, word: NONE };

/// The marks in a [`Slot::word`].
#[inline]
fn marks_of(word: u32) -> u8 {
    (word >> 24) as u8
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary { slots: vec![EMPTY_SLOT; 64], mask: 63, tails: Vec::new() }
    }
}

impl Vocabulary {
    /// The word's number, given a new one if it has none.
    fn insert(&mut self, word: &[u8]) -> u32 {
        let id = self.get(word);
        if id != NONE {
            return id;
        }
        let id = self.tails.len() as u32;
        // Not empty (its key would be 0, nor 256 bytes starting with NULs), a number below
        // [`NONE`], and no ASCII byte from '@' up but small letters: what lets
        // [`Vocabulary::number_plain`] fold a token's case in three steps. (Asked by the tests:
        // the lexicons are compiled in, and every build holds what they found.)
        debug_assert!(
            key(word) != 0 && id < NONE && !word.iter().any(|&b| matches!(b, b'@'..=b'`' | b'{'..=0x7F)),
            "a lexicon word is not empty and has no ASCII byte from '@' up but small letters"
        );
        self.tails.push(word.at(word.len().min(HEAD)..).into());
        if self.tails.len() * 4 > self.slots.len() {
            let size = self.slots.len() * 2;
            let old = std::mem::replace(&mut self.slots, vec![EMPTY_SLOT; size]);
            self.mask = size - 1;
            for slot in old.into_iter().filter(|slot| slot.key != EMPTY) {
                self.place(slot);
            }
        }
        self.place(Slot { key: key(word), word: id });
        id
    }

    fn place(&mut self, new: Slot) {
        let mut slot = home(new.key, self.mask);
        while self.slots.at(slot).key != EMPTY {
            slot = (slot + 1) & self.mask;
        }
        *self.slots.at_mut(slot) = new;
    }

    /// Gives `word` its `marks`, adding it if it is new, and returns its number.
    fn mark(&mut self, word: &[u8], marks: u8) -> u32 {
        let id = self.insert(word);
        // Its slot is the one on its probe path with its number (an empty one has none).
        let mut slot = home(key(word), self.mask);
        while self.slots.at(slot).word & NONE != id {
            slot = (slot + 1) & self.mask;
        }
        self.slots.at_mut(slot).word = id | (marks as u32) << 24;
        id
    }

    /// The word's number, or [`NONE`].
    fn get(&self, word: &[u8]) -> u32 {
        self.slot(word) & NONE
    }

    /// The word's number and marks ([`Slot::word`]), or [`NONE`]. Out of line: the hot loop
    /// calls it only for the words of tokens that are not plain and for the last few bytes of
    /// a text, and inlined it would make that loop save registers on every word.
    #[inline(never)]
    fn slot(&self, word: &[u8]) -> u32 {
        self.find(&self.slots, self.mask, key(word), word.len(), || word.at(HEAD..))
    }

    /// The number of the plain token `text[start..end]`, looked up in `slots` (the table's,
    /// and `mask` its size less one). The token is ASCII
    /// ([`crate::engine::document::Token::is_plain`]) and its normalised form is its bytes in
    /// lower case: its head is read with one eight-byte load and folded in place wherever the
    /// text goes on far enough (see [`fold_high`]), and its tail, if any, compared ignoring case
    /// (every word of the vocabulary is normalised, so holds no ASCII capital).
    #[inline]
    fn number_plain(&self, slots: &[Slot], mask: usize, text: &[u8], start: usize, end: usize) -> u32 {
        let len = end - start;
        let Some(eight) = text.get(start..start + 8) else {
            return self.number_near_end(text, start, end);
        };
        let head = fold_high(u64::from_le_bytes(*eight.first_chunk().expect("eight bytes")) & HEAD_MASK[len.min(HEAD)]);
        let key = head | (len as u64) << 56;
        let mut slot = home(key, mask);
        loop {
            let found = slots.at(slot);
            if found.key == key {
                // Words of one key differ in their tails; short ones have none.
                if len <= HEAD || self.tail_is_folded(found.word & NONE, text.at(start + HEAD..end)) {
                    return found.word;
                }
            } else if found.key == EMPTY {
                return found.word;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// [`Vocabulary::number_plain`] for a word too near the text's end for the eight-byte load,
    /// and so shorter than eight bytes: lower-cased in a copy on the stack, where a new string
    /// cost an allocation for the last word or two of every text. Out of line, being rare.
    #[cold]
    #[inline(never)]
    fn number_near_end(&self, text: &[u8], start: usize, end: usize) -> u32 {
        let mut word = [0u8; 8];
        let word = word.at_mut(..end - start);
        word.copy_from_slice(text.at(start..end));
        word.make_ascii_lowercase();
        self.slot(word)
    }

    /// Is `tail`, lower-cased, the tail of word `id`? Out of line: few words have one.
    #[inline(never)]
    fn tail_is_folded(&self, id: u32, tail: &[u8]) -> bool {
        crate::engine::document::eq_ascii_fold(self.tails.at(id as usize), tail)
    }

    /// The number and marks ([`Slot::word`]) of the word of this key and length, whose tail
    /// (read only if it is longer than its head) `tail` gives, or [`NONE`].
    #[inline(always)]
    fn find<'a>(&self, slots: &[Slot], mask: usize, key: u64, len: usize, tail: impl Fn() -> &'a [u8]) -> u32 {
        let mut slot = home(key, mask);
        loop {
            let found = slots.at(slot);
            if found.key == key {
                // Words of one key differ in their tails; short ones have none.
                if len <= HEAD || self.tail_is(found.word & NONE, tail()) {
                    return found.word;
                }
            } else if found.key == EMPTY {
                return found.word;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Is `tail` the tail of word `id`? Out of line, for the same reason as [`Vocabulary::get`]:
    /// few words have one to compare.
    #[inline(never)]
    fn tail_is(&self, id: u32, tail: &[u8]) -> bool {
        **self.tails.at(id as usize) == *tail
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

/// The eight ASCII bytes of `x` with the case bit (0x20) set in each from '@' (0x40) up: a
/// capital becomes its small letter, and "@[\\]^_" become "`{|}~" and DEL, which lower-casing
/// leaves alone. So a plain token's head folded so equals a vocabulary word's exactly when the
/// token lower-cased does, as no vocabulary word holds any of those ten bytes nor a capital
/// ([`Vocabulary::insert`] checks): below '@' the fold changes nothing, and from '@' up the
/// word's byte is a small letter, which only it and its capital fold to. Three steps where
/// lower-casing exactly takes a dozen, on every word of a text.
#[inline]
fn fold_high(x: u64) -> u64 {
    x | (x & ONES * 0x40) >> 1
}

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
        // Plain words read in place from a text in any case, near its end and far from it,
        // as `get` finds them lower-cased.
        let text = b"W1 ABCDEFG w99 AbcdefgH zz abcdefgYX abcdefgxx ABCDEFGZZZ w5";
        let mut found = Vec::new();
        let mut start = 0;
        while start < text.len() {
            let end = text[start..].iter().position(|&b| b == b' ').map_or(text.len(), |k| start + k);
            let number = v.number_plain(&v.slots, v.mask, text, start, end);
            assert_eq!(number, v.get(&text[start..end].to_ascii_lowercase()), "{:?}", &text[start..end]);
            found.push(number);
            start = end + 1;
        }
        assert_eq!(found, [1, 100, 99, 101, NONE, 104, NONE, 105, 5]);
    }

    #[test]
    fn tokens_of_every_ascii_byte_are_found_as_when_lower_cased() {
        // Every byte a vocabulary word may hold, alone and in pairs with its neighbours at the
        // fold's edges; then every one- and two-byte ASCII token, read in place, must find what
        // its lower-cased self finds.
        let allowed: Vec<u8> = (0..0x80u8).filter(|&b| !(0x40..0x80).contains(&b) || b.is_ascii_lowercase()).collect();
        let mut v = Vocabulary::default();
        for &b in &allowed {
            v.insert(&[b]);
            for c in [b'\0', b'?', b'a', b'z', b'0', b'.'] {
                v.insert(&[b, c]);
            }
        }
        let mut found = 0;
        for first in 0..0x80u8 {
            for second in [None].into_iter().chain((0..0x80u8).map(Some)) {
                let mut text = [b' '; 10];
                text[0] = first;
                let len = second.map_or(1, |c| {
                    text[1] = c;
                    2
                });
                let number = v.number_plain(&v.slots, v.mask, &text, 0, len);
                assert_eq!(number, v.get(&text[..len].to_ascii_lowercase()), "{:?}", &text[..len]);
                found += (number != NONE) as usize;
            }
        }
        // The capitals found their small letters.
        assert!(found > allowed.len() * 6, "{found}");
    }

    // (A debug assertion since the check left the release build: asked where the tests are
    // built with them, as `scripts/test` builds them.)
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "has no ASCII byte from '@' up but small letters")]
    fn a_word_with_a_byte_the_fold_confuses_is_refused() {
        Vocabulary::default().insert(b"e_mail");
    }

    #[test]
    fn a_documents_words_are_numbered_as_normalised() {
        let patterns: Vec<String> = [" we do not know ", " u.s ", " can not ", " will "].iter().map(|p| p.to_string()).collect();
        let phrases = Phrases::new(&patterns);
        let number = |w: &str| phrases.vocabulary.get(w.as_bytes());
        let doc = Document::new("We DON\u{2019}T know; U.S. Cannot WON'T");
        let words = phrases.numbers(&doc);
        // Tokens: We, DON'T, know, ;, U.S, ., Cannot, WON'T; the contractions give two words.
        let expected = ["we", "do", "not", "know", ";", "u.s", ".", "can", "not", "will", "not"];
        assert_eq!(words.ids, expected.map(number));
        assert_eq!(words.ids[4], NONE);
        let tokens: Vec<usize> = (0..words.ids.len() as u32).map(|w| words.token(w)).collect();
        assert_eq!(tokens, [0, 1, 1, 2, 3, 4, 5, 6, 6, 7, 7]);
    }

    #[test]
    fn marked_words_are_reported_on_their_plain_tokens_only() {
        let patterns: Vec<String> = [" we do not know ", " will "].iter().map(|p| p.to_string()).collect();
        let unmarked = Phrases::new(&patterns);
        let mut phrases = Phrases::new(&patterns);
        // "we" is in a phrase; "ourselves" and "s" are in none, and marking adds them.
        phrases.mark_words(&[("we", 1), ("ourselves", 2), ("s", 4)]);
        // The last words lie within eight bytes of the end, where a word is read another way.
        let doc = Document::new("We don\u{2019}t know WE we're ourselves OURSELVESX Cannot s");
        // Tokens: We, don't, know, WE, we're, ourselves, OURSELVESX, Cannot, s. A token that is
        // not plain has no marks, even when its first word is marked.
        assert_eq!(phrases.numbers(&doc).marks, [1, 0, 0, 1, 0, 2, 0, 0, 4]);
        assert_eq!(unmarked.numbers(&doc).marks, [0; 9]);
        // Marking finds no other phrases.
        let found = |p: &Phrases| {
            let mut found = Vec::new();
            p.each_match(&p.numbers(&doc).ids, |f, l, n| found.push((f, l, n)));
            found
        };
        assert_eq!(found(&phrases), [(0, 3, 0)]);
        assert_eq!(found(&unmarked), [(0, 3, 0)]);
    }

    #[test]
    fn a_word_that_shares_a_next_words_bit_does_not_go_on() {
        // "a" and "b" are words 0 and 1; "x63" is word 65, which shares the bit of "b" (65 % 64
        // is 1) in what may follow "a".
        let patterns: Vec<String> =
            [" a b ".to_string()].into_iter().chain((0..64).map(|n| format!(" x{n} "))).collect();
        let phrases = Phrases::new(&patterns);
        assert_eq!(phrases.vocabulary.get(b"x63"), 65);
        let found = |words: &[&str]| {
            let ids: Vec<u32> = words.iter().map(|w| phrases.vocabulary.get(w.as_bytes())).collect();
            let mut found = Vec::new();
            phrases.each_match(&ids, |f, l, p| found.push((f, l, p)));
            found
        };
        assert_eq!(found(&["a", "x63"]), [(1, 1, 64)]);
        assert_eq!(found(&["a", "b"]), [(0, 1, 0)]);
        assert_eq!(found(&["a", "x0", "a"]), [(1, 1, 1)]);
        assert!(found(&["a"]).is_empty());
    }

    #[test]
    fn matches_come_leftmost_then_longest_then_in_pattern_order() {
        let patterns: Vec<String> = [" a b ", " b ", " a ", " a b c ", " b ", " c d "].iter().map(|p| p.to_string()).collect();
        let phrases = Phrases::new(&patterns);
        // The text "a b c d".
        let ids = ["a", "b", "c", "d"].map(|w| phrases.vocabulary.get(w.as_bytes()));
        let mut found = Vec::new();
        phrases.each_match(&ids, |f, l, p| found.push((f, l, p)));
        assert_eq!(found, [(0, 2, 3), (0, 1, 0), (0, 0, 2), (1, 1, 1), (1, 1, 4), (2, 3, 5)]);
    }
}
