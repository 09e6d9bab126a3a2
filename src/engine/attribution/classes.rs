//! The document as the attribution walks read it: the same tokens, with each token's word
//! classes (which built-in lists hold it, its source-noun flags) found by one table look-up and
//! kept while the walk stays near it.
//!
//! The walks ask about the same few tokens around each cue over and over ("is it an auxiliary?
//! a time word? a preposition? a source noun?"), each question a search of its own list. Here
//! one look-up answers all the listed questions about a token, and a small memo keeps the answer
//! for the next question about it.

use crate::engine::document::At;
use std::cell::Cell;
use std::ops::Deref;
use std::sync::OnceLock;

use super::super::document::Document;
use super::super::lexicon;
use super::super::lanes::{ascii_lower, has_byte, LOW_BYTES};
use super::words::WordKey;
use crate::engine::wordlist::Words;

/// A built-in word list of the walks, with its own bit among a token's classes.
#[derive(Clone, Copy, Debug)]
pub(super) struct List {
    pub(super) bit: u64,
    pub(super) words: Words,
}

/// Bits 0 to 7 of a token's classes: its source-noun flags (`source::QUANT` and so on).
pub(super) const NOUN_FLAGS: u64 = 0xFF;
/// The token is a single-word reporting cue (`cue_words`), in some letter case.
pub(super) const CUE: u64 = 1 << 62;
/// The token is a finite verb of belief or intention (`attitude_verbs`), in some letter case.
pub(super) const ATTITUDE: u64 = 1 << 61;
/// The token makes no [`WordKey`] (a curly apostrophe or another 0xE2 byte, or over 24 bytes):
/// none of the other bits is known, and each question goes the slow way.
pub(super) const NO_KEY: u64 = 1 << 63;

/// A list `Doc::is_any` accepts: a [`List`], answered from the token's classes, or any other
/// list, answered by [`Document::is_any`].
pub(super) trait WordList: Copy {
    /// The list's bit among the classes, or 0 if it has none.
    fn bit(self) -> u64;
    fn words(self) -> Words;
}

impl WordList for List {
    fn bit(self) -> u64 {
        self.bit
    }
    fn words(self) -> Words {
        self.words
    }
}

impl WordList for Words {
    fn bit(self) -> u64 {
        0
    }
    fn words(self) -> Words {
        self
    }
}

/// Every word of every [`List`], of the source nouns and of the single-word cues, lower-cased,
/// with the bits of all the lists that hold it.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table::new(&class_keys()))
}

/// The classes of a word made a key: what a token of it would have, where the token makes no
/// key of its own (a curly apostrophe read as a straight one).
pub(super) fn key_classes(key: &WordKey) -> u64 {
    let [head, r0, r1] = key.words();
    table().get(head, key.len(), [r0, r1])
}

/// The [`table`]'s words, each with the bits of one list (or the noun flags) that holds it.
fn class_keys() -> Vec<(WordKey, u64)> {
    {
        let mut keys: Vec<(WordKey, u64)> = Vec::new();
        let mut used = NOUN_FLAGS | CUE | ATTITUDE | NO_KEY;
        for list in super::lists() {
            // (The lists are compiled in: what the tests find true of them holds in every build,
            // and the page's module need not check it again at each start, nor carry the
            // messages.)
            debug_assert!(list.bit.count_ones() == 1 && used & list.bit == 0, "attribution: list bits must be distinct single bits");
            used |= list.bit;
            for w in list.words.iter() {
                // A list word without a key could never be found here: the lists are short ASCII words.
                let key = WordKey::lowered(w);
                debug_assert!(key.is_some(), "attribution: list word '{w}' makes no key");
                keys.extend(key.map(|key| (key, list.bit)));
            }
        }
        for &(key, flags) in super::source::nouns() {
            keys.push((key, u64::from(flags)));
        }
        // A cue that makes no key (too long, a curly apostrophe) can match no word looked up.
        for w in super::cue_words() {
            if let Some(key) = WordKey::lowered(w) {
                keys.push((key, CUE));
            }
        }
        for w in super::attitude_verbs() {
            if let Some(key) = WordKey::lowered(w) {
                keys.push((key, ATTITUDE));
            }
        }
        keys
    }
}

/// The classes of each word of the built-in lexicons' vocabulary, by its number
/// ([`lexicon::word_number`]): a token that is its own word has its classes read from here by
/// the number the lexicon pass gave it, where [`look_up`] would hash its text again.
fn by_number() -> &'static [u64] {
    static BY_NUMBER: OnceLock<Vec<u64>> = OnceLock::new();
    BY_NUMBER.get_or_init(|| {
        let mut by_number = Vec::new();
        for (key, bits) in class_keys() {
            let number = lexicon::word_number(key.as_bytes());
            if number == lexicon::NO_WORD {
                // Only a word no token can be its own word of may be missing: one of several
                // tokens ("co-operate"), or with an apostrophe.
                debug_assert!(
                    std::str::from_utf8(key.as_bytes()).is_ok_and(|text| {
                        let doc = Document::new(text);
                        doc.tokens.len() != 1 || !doc.tokens[0].is_own_word(text)
                    }),
                    "attribution: {:?} is not in the lexicons' vocabulary",
                    String::from_utf8_lossy(key.as_bytes())
                );
                continue;
            }
            let number = number as usize;
            if number >= by_number.len() {
                by_number.resize(number + 1, 0);
            }
            *by_number.at_mut(number) |= bits;
        }
        by_number
    })
}

/// Words to classes in an open-addressed table at most a quarter full, so that a look-up, found
/// or not, nearly always ends at its first slot. A word is held as the three integers of its
/// [`WordKey`] and its length: a word of up to eight bytes, most of those asked about, is read
/// from the text with one load and compared as one integer.
struct Table {
    /// Power-of-two sized; a length of 0 marks an empty slot (no listed word is empty).
    slots: Vec<Slot>,
    mask: usize,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    /// The word's first eight bytes, lower-cased; then bytes 8 to 23 (zeros past its end).
    head: u64,
    rest: [u64; 2],
    len: usize,
    classes: u64,
}

impl Table {
    /// The table of `keys`, a word's classes the union of the bits it is given.
    fn new(keys: &[(WordKey, u64)]) -> Table {
        let size = (keys.len() * 4).next_power_of_two().max(16);
        let mut table = Table { slots: vec![Slot::default(); size], mask: size - 1 };
        for (key, bits) in keys {
            let [head, r0, r1] = key.words();
            let (len, rest) = (key.len(), [r0, r1]);
            let mut slot = home(head, len, table.mask);
            loop {
                let s = table.slots.at_mut(slot);
                if s.len == 0 {
                    *s = Slot { head, rest, len, classes: *bits };
                    break;
                }
                if s.head == head && s.len == len && s.rest == rest {
                    s.classes |= bits;
                    break;
                }
                slot = (slot + 1) & table.mask;
            }
        }
        table
    }

    /// The classes of the word of this key (lower-cased; `rest` zero for a word of up to eight
    /// bytes), 0 for a word in no list. (The empty word, left of "'s", is found in an empty slot,
    /// whose classes are 0.)
    #[inline]
    fn get(&self, head: u64, len: usize, rest: [u64; 2]) -> u64 {
        let mut slot = home(head, len, self.mask);
        loop {
            let s = self.slots.at(slot);
            if s.head == head && s.len == len && (len <= 8 || s.rest == rest) {
                return s.classes;
            }
            if s.len == 0 {
                return 0;
            }
            slot = (slot + 1) & self.mask;
        }
    }
}

#[inline]
fn home(head: u64, len: usize, mask: usize) -> usize {
    // The high bits of the product depend on every byte of the head.
    ((head ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & mask
}

/// "'s" as the last two bytes of a lower-cased head.
const POSSESSIVE: u64 = b'\'' as u64 | (b's' as u64) << 8;

/// The classes of token `i`, looked up in `table` (the [`table`]).
// (Out of line natively, its caller saves one register instead of three and needs no stack
// frame: 0.3 % of the engine's instructions. The wasm is left to its compiler.)
#[cfg_attr(not(target_arch = "wasm32"), inline(never))]
fn look_up(doc: &Document, table: &Table, i: usize) -> u64 {
    let t = &doc.tokens[i];
    let len = t.end - t.start;
    let text = doc.text.as_bytes();
    // A word of up to eight bytes away from the text's end, most of those asked about, is read
    // with one load: the bytes past it masked off, none of them 0xE2 (see [`NO_KEY`]).
    let (head, rest) = match text.get(t.start..t.start + 8) {
        Some(eight) if len <= 8 => {
            let raw = u64::from_le_bytes(*eight.first_chunk().expect("eight bytes")) & LOW_BYTES[len];
            if has_byte(raw, 0xE2) {
                return NO_KEY;
            }
            (ascii_lower(raw), [0, 0])
        }
        _ => {
            let Some(key) = WordKey::lowered(doc.token_text(i)) else {
                return NO_KEY;
            };
            let [head, r0, r1] = key.words();
            (head, [r0, r1])
        }
    };
    let classes = table.get(head, len, rest);
    // The source-noun flags belong to the word without a possessive: "minister's" is a minister.
    if len < 2 || last_two(head, rest, len) != POSSESSIVE {
        return classes;
    }
    let (head, rest) = without_last_two(head, rest, len);
    let nouns = table.get(head, len - 2, rest);
    classes & !NOUN_FLAGS | nouns & NOUN_FLAGS
}

/// The byte at `at` of a key given as its head and rest.
#[inline]
fn byte_at(head: u64, rest: [u64; 2], at: usize) -> u64 {
    let word = *[head, *rest.at(0), *rest.at(1)].at(at / 8);
    word >> (8 * (at % 8)) & 0xFF
}

/// The last two bytes of a key of `len` bytes (at least 2), the first of them lowest.
#[inline]
fn last_two(head: u64, rest: [u64; 2], len: usize) -> u64 {
    if len <= 8 {
        return head >> (8 * (len - 2)) & 0xFFFF;
    }
    byte_at(head, rest, len - 2) | byte_at(head, rest, len - 1) << 8
}

/// The key of a word of `len` bytes (at least 2) without its last two, zeros in their place.
#[inline]
fn without_last_two(head: u64, rest: [u64; 2], len: usize) -> (u64, [u64; 2]) {
    let mut words = [head, rest[0], rest[1]];
    for at in len - 2..len {
        *words.at_mut(at / 8) &= !(0xFF << (8 * (at % 8)));
    }
    (words[0], [words[1], words[2]])
}

/// How many tokens' classes are kept: the walks stay within a sentence or two of their cue.
const SLOTS: usize = 64;

pub(super) struct Doc<'d, 't> {
    doc: &'d Document<'t>,
    /// The [`table`], found once per document rather than once per look-up.
    table: &'static Table,
    /// [`by_number`], and each token's word number.
    by_number: &'static [u64],
    numbers: &'d [u32],
    /// Slot `i % SLOTS` holds token `i` and its classes, if it was asked about last of its slot.
    memo: [Cell<(usize, u64)>; SLOTS],
}

impl<'d, 't> Doc<'d, 't> {
    pub(super) fn new(doc: &'d Document<'t>) -> Self {
        let numbers = &doc.builtin_hits().words;
        Doc { doc, table: table(), by_number: by_number(), numbers, memo: [const { Cell::new((usize::MAX, 0)) }; SLOTS] }
    }

    /// The classes of token `i` (which must exist).
    #[inline]
    pub(super) fn classes(&self, i: usize) -> u64 {
        let slot = &self.memo[i % SLOTS];
        let (at, classes) = slot.get();
        if at == i {
            return classes;
        }
        let classes = self.classes_of(i);
        slot.set((i, classes));
        classes
    }

    /// The classes of token `i`, not kept. Most tokens are their own word, which the lexicon
    /// pass has numbered; a number past the table's end is a word in no list.
    fn classes_of(&self, i: usize) -> u64 {
        if let (true, Some(&number)) = (self.doc.tokens[i].is_own_word(self.doc.text), self.numbers.get(i)) {
            return self.by_number.get(number as usize).copied().unwrap_or(0);
        }
        look_up(self.doc, self.table, i)
    }

    /// [`Document::is_any`], answered from the token's classes for a [`List`].
    #[inline]
    pub(super) fn is_any(&self, i: usize, list: impl WordList) -> bool {
        let bit = list.bit();
        if bit != 0 && i < self.doc.tokens.len() {
            let classes = self.classes(i);
            if classes & NO_KEY == 0 {
                return classes & bit != 0;
            }
        }
        self.doc.is_any(i, list.words())
    }
}

impl<'t> Deref for Doc<'_, 't> {
    type Target = Document<'t>;

    fn deref(&self) -> &Document<'t> {
        self.doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_is_answered_as_the_document_answers_it() {
        let text = "On MONDAY, the Minister\u{2019}s week: they don\u{2019}t know; Monday-week don't “Week”.";
        let document = Document::new(text);
        let doc = Doc::new(&document);
        let other = words!["monday", "week", "don't"];
        // Out of order and past the end: the memo must not mix tokens up.
        let order: Vec<usize> = (0..document.tokens.len() + 2).rev().chain(0..document.tokens.len() + 2).collect();
        for i in order {
            // A list of no bit is answered by the document; the walks' lists from the table.
            assert_eq!(doc.is_any(i, other), document.is_any(i, other), "token {i}");
            for &list in super::super::lists() {
                assert_eq!(doc.is_any(i, list), document.is_any(i, list.words), "token {i}, list {:?}", list.words.first());
            }
        }
    }

    #[test]
    fn the_lexicon_pass_numbers_every_word_of_the_lists() {
        // Words of no lexicon phrase: the walks read them by the number the pass gives them.
        for word in ["monday", "yesterday", "spokesman", "officials", "herself", "whereas"] {
            assert!(super::super::lists().iter().any(|l| l.words.contains(&word)) || super::super::source::nouns().iter().any(|(k, _)| k.as_bytes() == word.as_bytes()), "{word}");
            assert_ne!(lexicon::word_number(word.as_bytes()), lexicon::NO_WORD, "{word}");
            let document = Document::new(word);
            assert_eq!(document.builtin_hits().words, [lexicon::word_number(word.as_bytes())]);
        }
    }

    #[test]
    fn a_long_texts_word_numbers_are_forgotten_and_its_words_looked_up_again() {
        // More tokens than a document keeps numbers of for the next one.
        let text = "Officials said it was Monday. ".repeat(1 + spare_tokens() / 6);
        let mut document = Document::new(&text);
        document.settle_lexicons();
        let numbered: Vec<u64> = (0..12).map(|i| Doc::new(&document).classes_of(i)).collect();
        document.forget_word_numbers();
        assert!(document.builtin_hits().words.is_empty());
        let doc = Doc::new(&document);
        assert_eq!((0..12).map(|i| doc.classes_of(i)).collect::<Vec<_>>(), numbered);
        assert_eq!(numbered, (0..12).map(|i| look_up(&document, table(), i)).collect::<Vec<_>>());
        // A short text's are kept.
        let mut short = Document::new("Officials said it was Monday.");
        short.settle_lexicons();
        short.forget_word_numbers();
        assert_eq!(short.builtin_hits().words.len(), short.tokens.len());
    }

    /// The most tokens whose word numbers a document keeps for the next.
    fn spare_tokens() -> usize {
        crate::engine::spare::KEPT_BYTES / std::mem::size_of::<u32>()
    }

    /// A token's classes as the lists define them, found by reading every list.
    fn classes_by_reading_the_lists(word: &str) -> u64 {
        if word.len() > 24 || word.as_bytes().contains(&0xE2) {
            return NO_KEY;
        }
        let of = |w: &str| {
            let mut classes = 0;
            for list in super::super::lists() {
                if list.words.iter().any(|l| l.eq_ignore_ascii_case(w)) {
                    classes |= list.bit;
                }
            }
            for (_, flags) in super::super::source::nouns().iter().filter(|(k, _)| k.as_bytes().eq_ignore_ascii_case(w.as_bytes())) {
                classes |= u64::from(*flags);
            }
            if super::super::cue_words().iter().any(|c| c.eq_ignore_ascii_case(w)) {
                classes |= CUE;
            }
            if super::super::attitude_verbs().iter().any(|c| c.eq_ignore_ascii_case(w)) {
                classes |= ATTITUDE;
            }
            classes
        };
        let lower = word.to_ascii_lowercase();
        match lower.strip_suffix("'s") {
            Some(stem) => of(&lower) & !NOUN_FLAGS | of(stem) & NOUN_FLAGS,
            None => of(&lower),
        }
    }

    #[test]
    fn every_listed_word_has_the_classes_of_the_lists_that_hold_it() {
        // Every word of every list, as listed, in capitals and possessive; words of the edge
        // lengths (8, 9, 24 and 25 bytes), a curly apostrophe, a byte beyond ASCII; and listed
        // words at the very end of the text, where a word is read another way.
        let mut words: Vec<String> = super::super::lists().iter().flat_map(|l| l.words.iter().map(|w| w.to_string())).collect();
        words.extend(super::super::source::nouns().iter().map(|(k, _)| String::from_utf8(k.as_bytes().to_vec()).unwrap()));
        words.extend(super::super::cue_words().iter().cloned());
        let mut text = String::new();
        for w in &words {
            text += &format!("{w} {} {w}'s {}'S ", w.to_ascii_uppercase(), w.to_ascii_uppercase());
        }
        text += "abcdefgh abcdefghi officialsofficialsofficia officialsofficialsofficial don\u{2019}t Minister\u{2019}s \u{00DC}ber 's said Officials's officials";
        let document = Document::new(&text);
        let doc = Doc::new(&document);
        for i in 0..document.tokens.len() {
            let word = document.token_text(i);
            assert_eq!(look_up(&document, table(), i), classes_by_reading_the_lists(word), "token {i}: {word:?}");
            // Read by word number for a token that is its own word, looked up for the others.
            assert_eq!(doc.classes_of(i) & !NO_KEY, classes_by_reading_the_lists(word) & !NO_KEY, "token {i}: {word:?}");
        }
        // The words read near the end are among those listed.
        let n = document.tokens.len();
        assert_ne!(look_up(&document, table(), n - 1) & NOUN_FLAGS, 0);
        assert_ne!(look_up(&document, table(), n - 2) & NOUN_FLAGS, 0);
        assert_ne!(look_up(&document, table(), n - 3) & CUE, 0);
    }

    #[test]
    fn the_memo_keeps_the_classes_of_the_token_asked_about() {
        let text = "a ".repeat(SLOTS) + "said";
        let document = Document::new(&text);
        let doc = Doc::new(&document);
        let said = document.tokens.len() - 1;
        assert_eq!(said, SLOTS);
        assert_eq!(doc.classes(0), look_up(&document, table(), 0));
        // Token SLOTS shares slot 0 with token 0: each asks again and gets its own classes.
        assert_ne!(doc.classes(said) & CUE, 0);
        assert_eq!(doc.classes(0) & CUE, 0);
        assert_ne!(doc.classes(said) & CUE, 0);
    }
}
