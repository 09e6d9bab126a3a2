//! The document as the attribution walks read it: the same tokens, with each token's word
//! classes (which built-in lists hold it, its source-noun flags) found by one table look-up and
//! kept while the walk stays near it.
//!
//! The walks ask about the same few tokens around each cue over and over ("is it an auxiliary?
//! a time word? a preposition? a source noun?"), each question a search of its own list. Here
//! one look-up answers all the listed questions about a token, and a small memo keeps the answer
//! for the next question about it.

use std::cell::Cell;
use std::ops::Deref;
use std::sync::OnceLock;

use super::super::document::Document;
use super::words::{WordKey, WordMap};

/// A built-in word list of the walks, with its own bit among a token's classes.
#[derive(Clone, Copy, Debug)]
pub(super) struct List {
    pub(super) bit: u64,
    pub(super) words: &'static [&'static str],
}

/// Bits 0 to 7 of a token's classes: its source-noun flags (`source::QUANT` and so on).
pub(super) const NOUN_FLAGS: u64 = 0xFF;
/// The token is a single-word reporting cue (`cue_words`), in some letter case.
pub(super) const CUE: u64 = 1 << 62;
/// The token makes no [`WordKey`] (a curly apostrophe or another 0xE2 byte, or over 24 bytes):
/// none of the other bits is known, and each question goes the slow way.
pub(super) const NO_KEY: u64 = 1 << 63;

/// A list `Doc::is_any` accepts: a [`List`], answered from the token's classes, or any other
/// list, answered by [`Document::is_any`].
pub(super) trait WordList: Copy {
    /// The list's bit among the classes, or 0 if it has none.
    fn bit(self) -> u64;
    fn words(self) -> &'static [&'static str];
}

impl WordList for List {
    fn bit(self) -> u64 {
        self.bit
    }
    fn words(self) -> &'static [&'static str] {
        self.words
    }
}

impl WordList for &'static [&'static str] {
    fn bit(self) -> u64 {
        0
    }
    fn words(self) -> &'static [&'static str] {
        self
    }
}

impl<const N: usize> WordList for &'static [&'static str; N] {
    fn bit(self) -> u64 {
        0
    }
    fn words(self) -> &'static [&'static str] {
        self
    }
}

/// Every word of every [`List`], of the source nouns and of the single-word cues, lower-cased,
/// with the bits of all the lists that hold it.
fn table() -> &'static WordMap<WordKey, u64> {
    static TABLE: OnceLock<WordMap<WordKey, u64>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: WordMap<WordKey, u64> = WordMap::default();
        let mut used = NOUN_FLAGS | CUE | NO_KEY;
        for list in super::lists() {
            assert!(list.bit.count_ones() == 1 && used & list.bit == 0, "attribution: list bits must be distinct single bits");
            used |= list.bit;
            for w in list.words {
                // A list word without a key could never be found here: the lists are short ASCII words.
                let key = WordKey::lowered(w).unwrap_or_else(|| panic!("attribution: list word {w:?} makes no key"));
                *map.entry(key).or_insert(0) |= list.bit;
            }
        }
        for (key, &flags) in super::source::nouns() {
            *map.entry(*key).or_insert(0) |= u64::from(flags);
        }
        // A cue that makes no key (too long, a curly apostrophe) can match no word looked up.
        for w in super::cue_words() {
            if let Some(key) = WordKey::lowered(w) {
                *map.entry(key).or_insert(0) |= CUE;
            }
        }
        map
    })
}

/// The classes of token `i`, looked up.
fn look_up(doc: &Document, i: usize) -> u64 {
    let Some(key) = WordKey::lowered(doc.token_text(i)) else {
        return NO_KEY;
    };
    let table = table();
    let classes = table.get(&key).copied().unwrap_or(0);
    // The source-noun flags belong to the word without a possessive: "minister's" is a minister.
    if !key.as_bytes().ends_with(b"'s") {
        return classes;
    }
    let nouns = table.get(&key.strip_suffix(b"'s")).copied().unwrap_or(0);
    classes & !NOUN_FLAGS | nouns & NOUN_FLAGS
}

/// How many tokens' classes are kept: the walks stay within a sentence or two of their cue.
const SLOTS: usize = 64;

pub(super) struct Doc<'d, 't> {
    doc: &'d Document<'t>,
    /// Slot `i % SLOTS` holds token `i` and its classes, if it was asked about last of its slot.
    memo: [Cell<(usize, u64)>; SLOTS],
}

impl<'d, 't> Doc<'d, 't> {
    pub(super) fn new(doc: &'d Document<'t>) -> Self {
        Doc { doc, memo: std::array::from_fn(|_| Cell::new((usize::MAX, 0))) }
    }

    /// The classes of token `i` (which must exist).
    #[inline]
    pub(super) fn classes(&self, i: usize) -> u64 {
        let slot = &self.memo[i % SLOTS];
        let (at, classes) = slot.get();
        if at == i {
            return classes;
        }
        let classes = look_up(self.doc, i);
        slot.set((i, classes));
        classes
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
        let other: &'static [&'static str] = &["monday", "week", "don't"];
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
    fn the_memo_keeps_the_classes_of_the_token_asked_about() {
        let text = "a ".repeat(SLOTS) + "said";
        let document = Document::new(&text);
        let doc = Doc::new(&document);
        let said = document.tokens.len() - 1;
        assert_eq!(said, SLOTS);
        assert_eq!(doc.classes(0), look_up(&document, 0));
        // Token SLOTS shares slot 0 with token 0: each asks again and gets its own classes.
        assert_ne!(doc.classes(said) & CUE, 0);
        assert_eq!(doc.classes(0) & CUE, 0);
        assert_ne!(doc.classes(said) & CUE, 0);
    }
}
