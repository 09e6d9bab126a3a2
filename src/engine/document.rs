//! The parsed text every detector reads: tokens, their normalised words for lexicon matching,
//! paragraphs and sentences. Detectors never re-tokenise.

use std::cell::Cell;
use std::sync::OnceLock;

use unicode_segmentation::UnicodeSegmentation;

use super::lexicon::{self, BuiltinHits};
use super::quotes;
use super::spare;
use super::wordlist::Words;

use super::result::Range;
use super::segment::{self, Block};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and apostrophes inside them): "don't", "U.S", "über", "北京".
    Word,
    /// Digits, possibly with separators: "3.5", "1,200".
    Number,
    /// Any other visible character: punctuation, symbols, emoji.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Line breaks in the whitespace just before this token.
    pub newlines_before: u32,
    /// The first byte: with the length it rules out almost every word a token is tested against
    /// without reading the text. It, `curly` and `plain` sit in what would otherwise be
    /// padding, so tokens grow no larger.
    first: u8,
    /// Does the token hold a curly apostrophe? A word test must then read it in full (it may
    /// stand for a straight one).
    curly: bool,
    /// Is the token ASCII without an apostrophe, backtick or space? Then its normalised form is
    /// just its bytes in lower case. Noted by the tokenizer, which reads every byte anyway.
    plain: bool,
}

impl Token {
    pub fn range(&self) -> Range {
        Range::new(self.start, self.end)
    }

    /// The token's first byte, kept in the token: reading it from the text costs a bounds check
    /// and, for a pass over every token, a second stream of memory.
    #[inline]
    pub fn first_byte(&self) -> u8 {
        self.first
    }

    /// Is the token ASCII without an apostrophe, backtick or whitespace? A word test then needs
    /// no folding beyond ASCII case, and no apostrophe can be in it.
    #[inline]
    pub fn is_plain(&self) -> bool {
        self.plain
    }

    /// Does the token (of `text`) equal any of `words`? See [`Document::is_any`].
    ///
    /// Asked some 170,000 times per 2 MB of news and nearly always answered no from the token's
    /// length and first letter alone: that answer is given here without a call, and everything
    /// that reads the text is out of line and reached only by a jump. So this function needs
    /// no registers saved and restored, which had cost more than the test itself.
    #[inline(never)]
    pub(crate) fn is_any(&self, text: &str, words: Words) -> bool {
        if self.curly {
            return self.is_any_read(text, words, Words::FIRST);
        }
        // Without a curly apostrophe, `eq_fold` is ASCII case folding of equal lengths.
        // Folded here rather than in `tokenize`: most tokens are never asked about.
        let len = self.end - self.start;
        if !words.may_hold_len(len) {
            return false;
        }
        if !words.is_long() {
            return self.is_any_short(text, words, len);
        }
        self.is_any_long(text, words, len)
    }

    /// [`Token::is_any`] for a long list that may hold a word of the token's length `len`.
    #[cfg_attr(not(target_arch = "wasm32"), inline(never))]
    fn is_any_long(&self, text: &str, words: Words, len: usize) -> bool {
        word_sets::contains(words, len, self.first.to_ascii_lowercase(), || text.at(self.start..self.end))
    }

    /// [`Token::is_any`] for a short list that may hold a word of the token's length `len`.
    ///
    /// This and [`Token::is_any_long`] are out of line natively: inlined, their walks need more
    /// registers than the test that turns most tokens away, and x86 made every call save and
    /// restore three of them (0.6 % of the engine's instructions). wasm has no registers to save,
    /// and the compiler is left to choose.
    #[cfg_attr(not(target_arch = "wasm32"), inline(never))]
    fn is_any_short(&self, text: &str, words: Words, len: usize) -> bool {
        // Bytes equal but for ASCII case differ at most in the case bit (0x20): a test that
        // needs no case folding of either, exact once the whole word is compared.
        match words.find_len(len, |f| (f ^ self.first) & !0x20 == 0) {
            Some(at) => self.is_any_read(text, words, at),
            None => false,
        }
    }

    /// [`Token::is_any`] for a token with a curly apostrophe, or whose length and first letter
    /// match those of the word at `at` in `words` (then the words after it are asked too).
    #[inline(never)]
    fn is_any_read(&self, text: &str, words: Words, at: usize) -> bool {
        let token = text.at(self.start..self.end);
        if self.curly {
            return words.iter_from(at).any(|w| eq_fold(token, w));
        }
        words.iter_from(at).any(|w| w.len() == token.len() && (*w.as_bytes().at(0) ^ self.first) & !0x20 == 0 && eq_ascii_fold(token.as_bytes(), w.as_bytes()))
    }

    /// Could the token equal `word` under [`eq_fold`]? Answered from the token alone, before
    /// its text is read: without a curly apostrophe it must match the word's length and first
    /// letter.
    #[cfg_attr(any(not(target_arch = "wasm32"), target_feature = "simd128"), inline(always))]
    #[cfg_attr(all(target_arch = "wasm32", not(target_feature = "simd128")), inline)]
    pub(crate) fn may_be(&self, word: &str) -> bool {
        // A letter's two cases differ only in 0x20, so for a letter (which the compiler knows of
        // a constant word) one masked comparison stands for folding the token's byte.
        let first = |&w: &u8| if w.is_ascii_alphabetic() { (w ^ self.first) & !0x20 == 0 } else { w == self.first };
        self.curly || self.end - self.start == word.len() && word.as_bytes().first().is_some_and(first)
    }
}

/// A sentence-like unit: a prose sentence, or a heading, list item or metadata line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceUnit {
    pub range: Range,
    /// Tokens `tokens[first..last]` fall inside `range`.
    pub first: usize,
    pub last: usize,
    pub paragraph: usize,
    pub block: Block,
}

/// A document's tokens or sentences: a vector read like a slice, whose indexing is one function
/// of its own. Each `v[i]` of a plain slice carries its own panic location (file, line and column)
/// into the page's module, and the detectors look tokens up in some three hundred places: through
/// this one (inlined all the same, the same bounds check) they share a single location, 3.9 KB
/// less download after gzip. A failed look-up still panics, naming this file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Items<T>(pub Vec<T>);

impl<T> std::ops::Deref for Items<T> {
    type Target = [T];

    #[inline(always)]
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T, I: std::slice::SliceIndex<[T]>> std::ops::Index<I> for Items<T> {
    type Output = I::Output;

    // `Index::index` passes its caller's location on (the trait method is `#[track_caller]`), so
    // the look-up itself is a function that does not.
    #[inline(always)]
    fn index(&self, i: I) -> &I::Output {
        look_up(&self.0, i)
    }
}

// Changing and comparing are for the tests, which edit a copy of the sentences and compare the
// tokens with a vector.
impl<T> std::ops::DerefMut for Items<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.0
    }
}

impl<T, I: std::slice::SliceIndex<[T]>> std::ops::IndexMut<I> for Items<T> {
    #[inline(always)]
    fn index_mut(&mut self, i: I) -> &mut I::Output {
        look_up_mut(&mut self.0, i)
    }
}

impl<T: PartialEq> PartialEq<Vec<T>> for Items<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        self.0 == *other
    }
}

#[inline(always)]
fn look_up<T, I: std::slice::SliceIndex<[T]>>(items: &[T], i: I) -> &I::Output {
    &items[i]
}

#[inline(always)]
fn look_up_mut<T, I: std::slice::SliceIndex<[T]>>(items: &mut [T], i: I) -> &mut I::Output {
    &mut items[i]
}

/// `v.at(i)` is `&v[i]` (and `v.at_mut(i)` is `&mut v[i]`) for any slice, vector or string, through
/// the look-up `Items` uses: the same inlined bounds check, but one panic location for all of
/// them, where each `v[i]` would put its own file, line and column into the page's module. For
/// vectors that are not `Items`: the analysis's attributions, the digest's tables, the segmenter's
/// bytes. A failed look-up still panics, naming this file.
pub trait At<I> {
    type Output: ?Sized;
    fn at(&self, i: I) -> &Self::Output;
    fn at_mut(&mut self, i: I) -> &mut Self::Output;
}

impl<T, I: std::slice::SliceIndex<[T]>> At<I> for [T] {
    type Output = I::Output;

    #[inline(always)]
    fn at(&self, i: I) -> &I::Output {
        look_up(self, i)
    }

    #[inline(always)]
    fn at_mut(&mut self, i: I) -> &mut I::Output {
        look_up_mut(self, i)
    }
}

impl<I: std::slice::SliceIndex<str>> At<I> for str {
    type Output = I::Output;

    #[inline(always)]
    fn at(&self, i: I) -> &I::Output {
        &self[i]
    }

    #[inline(always)]
    fn at_mut(&mut self, i: I) -> &mut I::Output {
        &mut self[i]
    }
}

impl<'a, T> IntoIterator for &'a Items<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    #[inline(always)]
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

pub struct Document<'t> {
    pub text: &'t str,
    pub tokens: Items<Token>,
    pub paragraphs: Vec<Range>,
    pub sentences: Items<SentenceUnit>,
    /// The tokens the tokenizer noted for the sentence splitter (`Landmarks::marks`), kept for
    /// the quotation search: every quotation mark is among them.
    landmarks: Vec<u32>,
    /// Each paragraph's tokens, found on first request ([`quotes::paragraph_tokens`]): the
    /// quotation search and attribution both walk paragraph by paragraph.
    paragraph_tokens: OnceLock<Vec<(usize, usize)>>,
    /// The built-in lexicons' hits, found on first request, all in one pass.
    builtin_hits: OnceLock<BuiltinHits>,
}

impl<'t> Document<'t> {
    /// Parses `text`. Texts are limited to 2 G tokens: the lexicon search numbers their words
    /// (up to two a token) in 32 bits to save memory, far more than a page's WebAssembly
    /// memory can hold in any case.
    pub fn new(text: &'t str) -> Self {
        let mut landmarks = Landmarks::for_text(text);
        let tokens = tokenize(text, &mut landmarks);
        assert!(tokens.len() <= u32::MAX as usize / 2, "texts up to 2 G tokens");
        let (paragraphs, sentences) = segment::split(text, &tokens, &landmarks);
        spare::keep(&LINE_STARTS, landmarks.line_starts);
        Document { text, tokens: Items(tokens), paragraphs, sentences: Items(sentences), landmarks: landmarks.marks, paragraph_tokens: OnceLock::new(), builtin_hits: OnceLock::new() }
    }

    /// Each paragraph's token range (see [`quotes::paragraph_tokens`]), found once.
    pub(crate) fn paragraph_tokens(&self) -> &[(usize, usize)] {
        self.paragraph_tokens.get_or_init(|| quotes::find_paragraph_tokens(self, spare::take(&PARAGRAPH_TOKENS)))
    }

    /// The tokens that may end a sentence, anchor an address or be a quotation mark
    /// ([`is_landmark`]), and perhaps a few others, in order: a search for any of these need
    /// read no other token.
    pub(crate) fn landmarks(&self) -> &[u32] {
        &self.landmarks
    }

    pub(crate) fn builtin_hits(&self) -> &BuiltinHits {
        self.builtin_hits.get_or_init(|| lexicon::builtin_hits(self))
    }

    #[inline]
    pub fn token_text(&self, i: usize) -> &'t str {
        let t = &self.tokens[i];
        self.text.at(t.start..t.end)
    }

    /// The token's bytes: for a test of how it starts or ends, which needs no check that the
    /// slice falls on character boundaries, as taking its text does.
    #[inline]
    pub fn token_bytes(&self, i: usize) -> &'t [u8] {
        let t = &self.tokens[i];
        self.text.as_bytes().at(t.start..t.end)
    }

    /// The token's text lower-cased (ASCII only: cheap, and every cue in the lexicons is ASCII).
    pub fn lower(&self, i: usize) -> String {
        self.token_text(i).to_ascii_lowercase()
    }

    /// Does token `i` equal `word`, ignoring ASCII case and folding curly apostrophes?
    ///
    /// Inlined at every call natively and in the SIMD module for Node: the word is a constant
    /// at nearly every call, so the test of the token's length and first letter, which turns
    /// most tokens away, compiles to two comparisons in place; only a token that passes it has
    /// its text compared, out of line (0.7 % of the engine's instructions). The page's module,
    /// built for size, leaves the choice to the compiler: at some 300 calls the inlined test
    /// would add 3 KB to its download.
    #[cfg_attr(any(not(target_arch = "wasm32"), target_feature = "simd128"), inline(always))]
    #[cfg_attr(all(target_arch = "wasm32", not(target_feature = "simd128")), inline)]
    pub fn is(&self, i: usize, word: &str) -> bool {
        i < self.tokens.len() && self.tokens[i].may_be(word) && self.text_is(i, word)
    }

    /// The rest of [`Document::is`], for a token that may be `word`.
    #[inline(never)]
    fn text_is(&self, i: usize, word: &str) -> bool {
        // As bytes while the lengths agree: taking the token's text checks that both its ends
        // fall between characters, which a comparison with an ASCII word need not know.
        let t = &self.tokens[i];
        let token = self.text.as_bytes().at(t.start..t.end);
        if token.len() == word.len() {
            return eq_ascii_fold(token, word.as_bytes());
        }
        eq_fold(self.token_text(i), word)
    }

    /// Does token `i` equal any of `words`?
    ///
    /// The lists are the detectors' constant word lists, some a hundred words long, asked about
    /// most tokens: a long list is indexed once (per thread) by length and first letter, so that
    /// a token is compared only with the few words that could equal it. Either way the token's
    /// text is read only once its length and first letter match a word's.
    #[inline]
    pub fn is_any(&self, i: usize, words: Words) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_any(self.text, words))
    }

    /// Byte range covering tokens `first..last` (last exclusive, `last > first`).
    pub fn token_span(&self, first: usize, last: usize) -> Range {
        Range::new(self.tokens[first].start, self.tokens[last - 1].end)
    }

    /// Index of the sentence unit containing token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.last <= i).min(self.sentences.len().saturating_sub(1))
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.start < offset)
    }

    /// [`Document::token_at_or_after`], searched outwards from token `near` (which must exist)
    /// in steps that double: an offset a few tokens from it, as a source's is from its cue, is
    /// found in a step or two rather than by halving all the tokens.
    pub fn token_at_or_after_near(&self, offset: usize, near: usize) -> usize {
        let tokens = &self.tokens;
        // The answer lies in lo..=hi: every token before lo starts before the offset, and every
        // token from hi on at or after it.
        let (mut lo, mut hi) = (0, tokens.len());
        let mut step = 1;
        if tokens[near].start < offset {
            lo = near + 1;
            while near + step < tokens.len() {
                if tokens[near + step].start >= offset {
                    hi = near + step;
                    break;
                }
                lo = near + step + 1;
                step *= 2;
            }
        } else {
            hi = near;
            while step <= near {
                if tokens[near - step].start < offset {
                    lo = near - step + 1;
                    break;
                }
                hi = near - step;
                step *= 2;
            }
        }
        lo + tokens[lo..hi].partition_point(|t| t.start < offset)
    }

    /// Finds the built-in lexicons' hits now, the one pass over the text's words that every
    /// lexicon detector reads from.
    pub fn settle_lexicons(&mut self) {
        self.builtin_hits();
    }

    /// Lets go of each token's word number ([`BuiltinHits::words`]) once no detector will read
    /// it again, if the text is long: four bytes a token, a tenth of what a long text's
    /// analysis holds at its peak. (A short text's are kept to the end, and their memory for
    /// the next text.) A detector run later looks its words up again.
    pub(crate) fn forget_word_numbers(&mut self) {
        if let Some(hits) = self.builtin_hits.get_mut() {
            lexicon::forget_word_numbers(hits);
        }
    }
}

/// One normalised word (see [`normal_words`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NormalWord<'a> {
    /// The bytes `text[start..end]` of a plain token, lower-cased (they may hold capitals).
    Plain(usize, usize),
    /// Any other word, already normalised.
    Folded(&'a str),
}

/// Word lists indexed by (length, first byte folded to lower case): for a token without a curly
/// apostrophe, [`eq_fold`] can only hold for a word with the same length and first letter, and is
/// then plain ASCII case folding.
mod word_sets {
    use std::cell::Cell;
    use std::sync::Mutex;

    use super::{At, Words};

    pub(super) struct WordSet {
        /// Where each bucket's words start in `keyed`: bucket `b` holds
        /// `keyed[starts[b]..starts[b + 1]]`. Most tokens are in no list, and find their bucket
        /// empty; the rest compare keys with the one or two words in it.
        starts: [u16; BUCKETS + 1],
        /// (key, word), sorted by bucket.
        keyed: Vec<(u32, &'static str)>,
    }

    const BUCKETS: usize = 256;

    /// A word's length and first byte in ASCII lower case (a token's [`super::Token::first`]).
    fn key(len: usize, first: u8) -> u32 {
        (len.min(0xFF_FFFF) as u32) << 8 | first as u32
    }

    fn bucket(key: u32) -> usize {
        (key.wrapping_mul(0x9E37_79B1) >> 24) as usize
    }

    impl WordSet {
        fn new(words: Words) -> WordSet {
            let mut keyed: Vec<(u32, &'static str)> = words.iter().map(|w| (key(w.len(), w.bytes().next().map_or(0, |b| b.to_ascii_lowercase())), w)).collect();
            debug_assert!(keyed.len() < u16::MAX as usize, "word lists up to 65,534 words");
            // Built once per list: the crate's one shared sort rather than a copy of the
            // standard one of its own (some 4 KB of the page's code).
            crate::sort::sort_by_key(&mut keyed, |&(k, _)| bucket(k));
            let mut starts = [0u16; BUCKETS + 1];
            for &(k, _) in &keyed {
                starts[bucket(k) + 1] += 1;
            }
            for b in 0..BUCKETS {
                starts[b + 1] += starts[b];
            }
            WordSet { starts, keyed }
        }

        /// Is the token of length `len` and folded first byte `first` one of the words, ignoring
        /// ASCII case? Only the words with its key can be; its text is read only for them.
        #[inline]
        fn contains<'t>(&self, len: usize, first: u8, token: impl FnOnce() -> &'t str) -> bool {
            let k = key(len, first);
            let b = bucket(k);
            let (from, to) = (self.starts[b] as usize, self.starts[b + 1] as usize);
            if from == to {
                return false;
            }
            bucket_has(self.keyed.at(from..to), k, token())
        }
    }

    /// Is `token`, of key `k`, one of the words of a bucket? Out of line: most tokens find their
    /// bucket empty, and the test that finds it so then calls nothing.
    #[inline(never)]
    fn bucket_has(bucket: &[(u32, &'static str)], k: u32, token: &str) -> bool {
        bucket.iter().any(|&(kk, w)| kk == k && super::eq_ascii_fold(token.as_bytes(), w.as_bytes()))
    }

    /// Every list indexed so far, for all threads, by address and length: a `'static` list
    /// never moves or changes, so its address names it for the life of the program. Each set is
    /// made once and kept for good. A plain list: there are as many as the code has lists (some
    /// 140), each thread searches it about once per list, and a map's code would weigh more in
    /// the page's module than the search costs.
    type Sets = Vec<((usize, usize), &'static WordSet)>;

    fn shared() -> &'static Mutex<Sets> {
        static SETS: Mutex<Sets> = Mutex::new(Vec::new());
        &SETS
    }

    type Slot = Cell<(usize, usize, Option<&'static WordSet>)>;
    const SLOTS: usize = 512;
    /// How many slots a list may be placed in and looked for in: every one natively and in the
    /// Node module; one in the page's module, built for size, whose cache stays direct-mapped.
    const PROBES: usize = if cfg!(all(target_arch = "wasm32", not(target_feature = "simd128"))) { 1 } else { SLOTS };

    thread_local! {
        /// A cache in front of [`shared`]: no lock and no hashing on the way to a list asked
        /// about before. Open-addressed ([`PROBES`]), so no list evicts another: the
        /// code has some 140 long lists, and direct-mapped in 256 slots, the pairs that shared
        /// one evicted each other about twice a document (5,000 trips to the shared map per
        /// 2 MB of news, where 200 are needed).
        static RECENT: [Slot; SLOTS] = const { [const { Cell::new((0, 0, None)) }; SLOTS] };
    }

    /// The set of `words` if this thread has asked about the list before (and the cache holds
    /// it): no lock and no hashing.
    #[inline]
    fn recent(words: Words) -> Option<&'static WordSet> {
        let id = words.id();
        RECENT.with(|recent| {
            // A slot once filled is never emptied: an empty one ends the search.
            let mut slot = slot_of(id);
            for _ in 0..PROBES {
                match recent[slot].get() {
                    (address, len, Some(set)) if (address, len) == id => return Some(set),
                    (_, _, None) => return None,
                    _ => slot = (slot + 1) % SLOTS,
                }
            }
            None
        })
    }

    fn slot_of(id: (usize, usize)) -> usize {
        (id.0 >> 3 ^ id.1) % SLOTS
    }

    /// The miss path of [`recent`], kept out of line: taken about once per list and thread, it
    /// would otherwise make every word test save registers and stack for the lock and the map.
    #[cold]
    #[inline(never)]
    fn set_of_shared(words: Words) -> &'static WordSet {
        let mut sets = shared().lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let id = words.id();
        if let Some(&(_, set)) = sets.iter().find(|(known, _)| *known == id) {
            return set;
        }
        let set: &'static WordSet = Box::leak(Box::new(WordSet::new(words)));
        sets.push((id, set));
        set
    }

    /// `eq_fold(token, w)` for some `w` in `words`, for a token without a curly apostrophe, of
    /// length `len` and folded first byte `first`, whose text `token` gives.
    #[inline]
    pub(super) fn contains<'t>(words: Words, len: usize, first: u8, token: impl FnOnce() -> &'t str) -> bool {
        match recent(words) {
            Some(set) => set.contains(len, first, token),
            None => contains_first_time(words, len, first, token()),
        }
    }

    /// [`contains`] for a list not in this thread's cache: found (or indexed) and cached first.
    /// A call of its own, so that the common path calls nothing.
    #[cold]
    #[inline(never)]
    fn contains_first_time(words: Words, len: usize, first: u8, token: &str) -> bool {
        let set = set_of_shared(words);
        let id = words.id();
        RECENT.with(|recent| {
            // The first empty slot on the list's path; if there is none, its first slot.
            let home = slot_of(id);
            let slot = (0..PROBES).map(|k| (home + k) % SLOTS).find(|&slot| recent[slot].get().2.is_none()).unwrap_or(home);
            recent[slot].set((id.0, id.1, Some(set)));
        });
        set.contains(len, first, || token)
    }
}


/// Does `token` equal `word`, ignoring ASCII case and reading a curly apostrophe in the token as
/// a straight one? (`word` is ASCII: every word list asked about is.)
#[inline]
pub(super) fn eq_fold(token: &str, word: &str) -> bool {
    if token.len() == word.len() {
        return eq_ascii_fold(token.as_bytes(), word.as_bytes());
    }
    // Each curly apostrophe makes the token two bytes longer than the word it spells; most
    // candidates also differ in their first letter. Only the rest are worth the slow path.
    if token.len() <= word.len() || (token.len() - word.len()) % 2 != 0 || word.is_empty() {
        return false;
    }
    let first = token.as_bytes()[0];
    (first == 0xE2 || first.eq_ignore_ascii_case(&word.as_bytes()[0])) && eq_fold_curly(token, word)
}

/// `a.eq_ignore_ascii_case(b)`, with one test for a pair of equal bytes, which most are: the
/// library's lower-cases both bytes of every pair first (sixteen instructions a byte here, in
/// the word tests asked some 60,000 times per 2 MB of news once length and first letter match).
/// Two bytes differ only in case when they differ in the case bit alone and one is a small
/// letter. The page's module, built for size, keeps the library's.
#[inline]
pub(crate) fn eq_ascii_fold(a: &[u8], b: &[u8]) -> bool {
    if cfg!(all(target_arch = "wasm32", not(target_feature = "simd128"))) {
        return a.eq_ignore_ascii_case(b);
    }
    a.len() == b.len() && a.iter().zip(b).all(|(&x, &y)| x == y || x ^ y == 0x20 && (x | 0x20).wrapping_sub(b'a') < 26)
}

/// The rare case of [`eq_fold`], kept out of line so that the common one inlines small.
#[cold]
#[inline(never)]
fn eq_fold_curly(token: &str, word: &str) -> bool {
    // Curly apostrophe (3 bytes) against a straight one (1 byte), compared in place: no
    // allocation, and no split unless the token has one.
    if !token.as_bytes().contains(&0xE2) {
        return false;
    }
    let word = word.as_bytes();
    let mut at = 0;
    for (k, piece) in token.split('\u{2019}').enumerate() {
        if k > 0 {
            if word.get(at) != Some(&b'\'') {
                return false;
            }
            at += 1;
        }
        let end = at + piece.len();
        if end > word.len() || !word.at(at..end).eq_ignore_ascii_case(piece.as_bytes()) {
            return false;
        }
        at = end;
    }
    at == word.len()
}

/// What the tokenizer notes for the sentence splitter on its way: the indices of the few tokens
/// the splitter looks for, so that it need not read every token to find them.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Landmarks {
    /// The tokens that may end a sentence or anchor an address, and perhaps others
    /// ([`is_landmark`]), in order.
    pub(crate) marks: Vec<u32>,
    /// The tokens after a line break (`newlines_before > 0`), in order.
    pub(crate) line_starts: Vec<u32>,
}

impl Landmarks {
    /// Room for news, which has a mark every hundred bytes or so and a line every seventy
    /// (fewer in tables): reserved at once rather than regrown from nothing (the lists live
    /// only until the text is split).
    fn for_text(text: &str) -> Landmarks {
        let (mut marks, mut line_starts) = (spare::take(&MARKS), spare::take(&LINE_STARTS));
        marks.reserve(text.len() / 64);
        line_starts.reserve(text.len() / 32);
        Landmarks { marks, line_starts }
    }
}

/// The tokens of `text`, noting in `landmarks` the ones the sentence splitter looks for.
pub(super) fn tokenize(text: &str, landmarks: &mut Landmarks) -> Vec<Token> {
    let mut tokens = spare::take(&TOKENS);
    tokens.reserve(text.len() / 5);
    let mut newlines = 0u32;
    // A line feed is a word boundary on both sides whatever surrounds it (UAX #29, WB3a/WB3b), so
    // each line can be split on its own: plain ASCII lines by the byte scanner below, which gives
    // the same tokens as the Unicode segmenter at a fraction of its cost; other lines by the
    // segmenter itself. The scanner takes all the lines before the next one with a byte beyond
    // ASCII at once.
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < text.len() {
        let Some(foreign) = first_non_ascii(bytes.at(at..)).map(|k| at + k) else {
            tokenize_ascii(bytes.at(at..), at, &mut tokens, &mut newlines, landmarks);
            break;
        };
        let line = bytes.at(at..foreign).iter().rposition(|&b| b == b'\n').map_or(at, |n| at + n + 1);
        tokenize_ascii(bytes.at(at..line), at, &mut tokens, &mut newlines, landmarks);
        let end = bytes.at(foreign..).iter().position(|&b| b == b'\n').map_or(text.len(), |n| foreign + n + 1);
        tokenize_unicode(text.at(line..end), line, &mut tokens, &mut newlines, landmarks);
        at = end;
    }
    // A line break at the very end opens no line.
    if landmarks.line_starts.last().is_some_and(|&k| k as usize == tokens.len()) {
        landmarks.line_starts.pop();
    }
    // The guess above is far too generous for long words (a whole text of one word): give back
    // what the document would otherwise hold unused for its whole life. A vector small enough
    // to be kept for the next document is left as it is: it will be used again.
    if tokens.capacity() * std::mem::size_of::<Token>() > spare::KEPT_BYTES && tokens.capacity() > tokens.len() + tokens.len() / 4 + 16 {
        tokens.shrink_to_fit();
    }
    tokens
}

thread_local! {
    /// The working vectors of the last document dropped on this thread, kept for the next one
    /// (see [`spare`]).
    static TOKENS: Cell<Vec<Token>> = const { Cell::new(Vec::new()) };
    static MARKS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static LINE_STARTS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static PARAGRAPH_TOKENS: Cell<Vec<(usize, usize)>> = const { Cell::new(Vec::new()) };
}

impl Drop for Document<'_> {
    fn drop(&mut self) {
        spare::keep(&TOKENS, std::mem::take(&mut self.tokens.0));
        spare::keep(&MARKS, std::mem::take(&mut self.landmarks));
        spare::keep(&segment::SENTENCES, std::mem::take(&mut self.sentences.0));
        if let Some(paragraphs) = self.paragraph_tokens.take() {
            spare::keep(&PARAGRAPH_TOKENS, paragraphs);
        }
        if let Some(hits) = self.builtin_hits.take() {
            lexicon::keep_hits(hits);
        }
    }
}

/// Where the first byte beyond ASCII is, if any: looked for a block at a time, each tested many
/// bytes at once.
fn first_non_ascii(b: &[u8]) -> Option<usize> {
    const BLOCK: usize = 64;
    let block = b.chunks(BLOCK).position(|block| !block.is_ascii())?;
    b.at(block * BLOCK..).iter().position(|b| !b.is_ascii()).map(|k| block * BLOCK + k)
}

/// Is a token a landmark: punctuation that may end a sentence, anchor a web or e-mail address
/// or mark a quotation (".", "!", "?", ":", "@", '"', and all punctuation beyond ASCII, whose
/// first bytes these are), or a word that opens with "www."? The sentence splitter and the
/// quotation search read only these tokens when they look for those, and test each again for
/// what they need: a landmark may be more than they look for, never less.
fn is_landmark(kind: TokenKind, token: &[u8]) -> bool {
    match kind {
        TokenKind::Punct => token.first().is_some_and(|&b| matches!(b, b'.' | b'!' | b'?' | b':' | b'@' | b'"') || b >= 0x80),
        TokenKind::Word => token.len() > 4 && token[..4].eq_ignore_ascii_case(b"www."),
        TokenKind::Number => false,
    }
}

fn tokenize_unicode(text: &str, offset: usize, tokens: &mut Vec<Token>, newlines: &mut u32, landmarks: &mut Landmarks) {
    for (start, piece) in text.split_word_bound_indices() {
        let first = piece.chars().next().unwrap_or(' ');
        if first.is_whitespace() {
            // Counted on bytes: this runs for the space between every two words.
            let bytes = piece.as_bytes();
            let lf = bytes.iter().filter(|&&b| b == b'\n').count();
            // U+2029 (paragraph separator) is the only line break here that is not ASCII.
            let ps = if bytes.contains(&0xE2) { piece.matches('\u{2029}').count() } else { 0 };
            // "\r" alone ends a line too (old Mac files); "\r\n" counts once via its "\n".
            let cr = if lf == 0 { bytes.iter().filter(|&&b| b == b'\r').count() } else { 0 };
            let breaks = (lf + ps + cr) as u32;
            if *newlines == 0 && breaks > 0 {
                landmarks.line_starts.push(tokens.len() as u32);
            }
            *newlines += breaks;
            continue;
        }
        // A narrow no-break space joins the word before it (UAX #29 counts it a connector, as
        // in "12\u{202f}500"), but one that ends the piece is space, not part of the word.
        let piece = piece.trim_end_matches(char::is_whitespace);
        let kind = if first.is_numeric() {
            TokenKind::Number
        } else if first.is_alphanumeric() {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        // Cut where the ASCII scanner cuts too: a word, its glued stop, and the rest.
        let mut from = 0;
        if kind == TokenKind::Word && piece.as_bytes().contains(&b'.') {
            let line = text.as_bytes();
            for dot in (1..piece.len()).filter(|&k| piece.as_bytes()[k] == b'.') {
                if dot > from && glued_stop(line, start + from, start + dot) {
                    push_unicode(piece.at(from..dot), offset + start + from, TokenKind::Word, tokens, newlines, landmarks);
                    push_unicode(".", offset + start + dot, TokenKind::Punct, tokens, newlines, landmarks);
                    from = dot + 1;
                }
            }
        }
        let kind = if from == 0 { kind } else { TokenKind::Word };
        push_unicode(piece.at(from..), offset + start + from, kind, tokens, newlines, landmarks);
    }
}

/// Adds the token `piece`, which starts at byte `start` of the text, after the line breaks
/// counted in `newlines`.
fn push_unicode(piece: &str, start: usize, kind: TokenKind, tokens: &mut Vec<Token>, newlines: &mut u32, landmarks: &mut Landmarks) {
    let bytes = piece.as_bytes();
    // Marked here, in the rare lines beyond ASCII, rather than searched for in every text.
    let curly = bytes.contains(&0xE2) && crate::find::find(piece, "\u{2019}").is_some();
    let plain = bytes.iter().all(|&b| NORM_BYTE[b as usize] & NOT_PLAIN == 0);
    if is_landmark(kind, bytes) {
        landmarks.marks.push(tokens.len() as u32);
    }
    tokens.push(Token { start, end: start + piece.len(), kind, newlines_before: *newlines, first: *bytes.at(0), curly, plain });
    *newlines = 0;
}

/// Is the "." at `b[i]`, inside the word that starts at `b[start]`, a full stop with no space
/// after it, the next sentence's first word glued on ("Trump said.Trump claimed")? Text pasted
/// from web pages loses the space where paragraphs or elements were joined, and the word rules
/// (UAX #29) hold "said.Trump" together as one word, so no sentence could end there.
///
/// The shape only: two or more small letters since the word's start or its last dot, then a
/// capital and small letters ending where a word ends before a space or a sentence's
/// punctuation. Initials and abbreviations in capitals ("e.g.Paris", "U.S.Army", "Mr.Smith"),
/// tickers ("<eric.St>") and addresses ("www.Example.org", "en.Wikipedia.org") fail it; the
/// sentence splitter then judges the stop like any other, and never ends a sentence at a glued
/// one after an abbreviation ("etc.The"). Asked only at a dot between two letters: the scanner
/// spends nothing on the other bytes.
#[cold]
#[inline(never)]
fn glued_stop(b: &[u8], start: usize, i: usize) -> bool {
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    if !(b.get(i + 1).is_some_and(u8::is_ascii_uppercase) && b.get(i + 2).is_some_and(u8::is_ascii_lowercase)) {
        return false;
    }
    let mut k = i + 3;
    while b.get(k).is_some_and(u8::is_ascii_lowercase) {
        k += 1;
    }
    // Beyond ASCII: a curly quote or a dash, or a letter the word goes on with.
    let ends = match b.get(k) {
        None => true,
        Some(&c) => space(c) || c >= 0x80 || matches!(c, b',' | b';' | b':' | b'!' | b'?' | b')' | b'"' | b'\''),
    };
    let stop_ends = b.get(k) == Some(&b'.') && b.get(k + 1).is_none_or(|&c| space(c) || c >= 0x80 || matches!(c, b')' | b'"' | b'\''));
    if !(ends || stop_ends) {
        return false;
    }
    let mut j = i;
    while j > start && b.at(j - 1).is_ascii_lowercase() {
        j -= 1;
    }
    i - j >= 2 && (j == start || *b.at(j - 1) == b'.') && !(j == start && i - j == 3 && is_www(b.at(j..i)))
}

/// UAX #29 word boundaries restricted to ASCII, where only these rules can apply: letters, digits
/// and "_" hold together (WB5, WB8-WB10, WB13a-b); "." "'" ":" join two letters (WB6-7); "." "'"
/// "," ";" join two digits (WB11-12); every other visible character stands alone; whitespace
/// separates (and "\r\n" is one line break, WB3).
///
/// Every byte of `b` is ASCII (the caller hands lines beyond it to the Unicode segmenter).
/// Landmarks are noted on the way, where they cost nothing on most tokens: among the rare
/// punctuation tokens, at the rare dot that joins "www" to a word, and at line breaks.
fn tokenize_ascii(b: &[u8], offset: usize, tokens: &mut Vec<Token>, newlines: &mut u32, landmarks: &mut Landmarks) {
    debug_assert!(b.is_ascii());
    let class = |c: u8| ASCII_CLASS[c as usize];
    // Counted here and stored at the end: a local stays in a register.
    let mut breaks = *newlines;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        // Most gaps between tokens are one plain space: skipped before the table says so.
        if c == b' ' {
            i += 1;
            continue;
        }
        if class(c) & SPACE != 0 {
            if c == b'\n' || c == b'\r' && b.get(i + 1) != Some(&b'\n') {
                // The first break of a gap: the next token, if any, opens a line.
                if breaks == 0 {
                    landmarks.line_starts.push(tokens.len() as u32);
                }
                breaks += 1;
            }
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        // Only a straight apostrophe or a backtick makes an ASCII token other than plain.
        let mut plain = NORM_BYTE[c as usize] & NOT_PLAIN == 0;
        if class(c) & WORD != 0 {
            loop {
                i = word_end(b, i);
                if i >= b.len() {
                    break;
                }
                // Most words end at a space: only a joining mark needs the look around it.
                let mid = b[i];
                if class(mid) & JOINS == 0 {
                    break;
                }
                let prev = *b.at(i - 1);
                let next = b.get(i + 1).copied().unwrap_or(b' ');
                let letters = prev.is_ascii_alphabetic() && next.is_ascii_alphabetic() && matches!(mid, b'.' | b'\'' | b':');
                let digits = prev.is_ascii_digit() && next.is_ascii_digit() && matches!(mid, b'.' | b'\'' | b',' | b';');
                if !(letters || digits) {
                    break;
                }
                if letters && mid == b'.' && next.is_ascii_uppercase() && glued_stop(b, start, i) {
                    break;
                }
                plain &= mid != b'\'';
                if mid == b'.' && i == start + 3 && is_www(&b[start..i]) {
                    landmarks.marks.push(tokens.len() as u32);
                }
                i += 2;
            }
        } else if class(c) & LANDMARK != 0 {
            landmarks.marks.push(tokens.len() as u32);
        }
        let kind = ASCII_KIND[c as usize];
        tokens.push(Token { start: offset + start, end: offset + i, kind, newlines_before: breaks, first: c, curly: false, plain });
        breaks = 0;
    }
    *newlines = breaks;
}

/// Where the run of word bytes ([`WORD`]) from `b[i]` on ends, in ASCII `b`.
///
/// In wasm, eight bytes are tested at a time ([`word_end_by_eight`]): V8 runs the whole engine
/// 5 % faster so, where its code for a loop over the bytes, turning once a byte and leaving at a
/// branch that depends on the word's length, is the slower. Natively the bytes tested one by one
/// take fewer instructions (the eight-byte test cost 5.9 M more per 2 MB of news), four to a
/// turn of the loop ([`word_end_by_four`]).
#[inline(always)]
fn word_end(b: &[u8], i: usize) -> usize {
    if cfg!(target_arch = "wasm32") {
        word_end_by_eight(b, i)
    } else {
        word_end_by_four(b, i)
    }
}

/// [`word_end_by_byte`], four bytes tested one by one after a single test of room for them: the
/// test of the text's end at every byte was a third of the loop's instructions.
#[inline(always)]
fn word_end_by_four(b: &[u8], mut i: usize) -> usize {
    while let Some(&[c0, c1, c2, c3]) = b.get(i..i + 4) {
        if ASCII_CLASS[c0 as usize] & WORD == 0 {
            return i;
        }
        if ASCII_CLASS[c1 as usize] & WORD == 0 {
            return i + 1;
        }
        if ASCII_CLASS[c2 as usize] & WORD == 0 {
            return i + 2;
        }
        if ASCII_CLASS[c3 as usize] & WORD == 0 {
            return i + 3;
        }
        i += 4;
    }
    word_end_by_byte(b, i)
}

#[inline(always)]
fn word_end_by_byte(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && ASCII_CLASS[b[i] as usize] & WORD != 0 {
        i += 1;
    }
    i
}

/// [`word_end_by_byte`], eight bytes at a time where eight remain.
#[inline(always)]
fn word_end_by_eight(b: &[u8], mut i: usize) -> usize {
    while let Some(eight) = b.get(i..i + 8) {
        let stop = !word_bytes(u64::from_le_bytes(*eight.first_chunk().expect("eight bytes"))) & EIGHT_HIGH;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    word_end_by_byte(b, i)
}

const EIGHT_ONES: u64 = 0x0101_0101_0101_0101;
const EIGHT_HIGH: u64 = EIGHT_ONES * 0x80;

/// The eight ASCII bytes `x` with the high bit of each set where the byte is a word byte (an
/// ASCII letter or digit, or "_"), the other bits anything. Each byte is below 0x80, so adding
/// up to 0x80 to each cannot carry into the next: the high bit of `x + (0x80 - k)` says whether
/// a byte is at least `k`.
#[inline(always)]
fn word_bytes(x: u64) -> u64 {
    let at_least = |x: u64, k: u8| x + EIGHT_ONES * (0x80 - u64::from(k));
    let digit = at_least(x, b'0') & !at_least(x, b'9' + 1);
    // With the case bit set, a capital reads as its small letter, and no other byte as a letter.
    let folded = x | EIGHT_ONES * 0x20;
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    // A byte equal to "_" is 0 after the xor, the only one whose high bit stays clear on adding 0x7F.
    let underscore = !((x ^ EIGHT_ONES * u64::from(b'_')) + EIGHT_ONES * 0x7F);
    digit | letter | underscore
}

/// Is `word` "www" in any case? Out of line, and asked only at a dot that joins a word's third
/// and fourth letters: inlined, the compiler would fold the case of every word's first letter
/// ahead of time.
#[cold]
#[inline(never)]
fn is_www(word: &[u8]) -> bool {
    word.eq_ignore_ascii_case(b"www")
}

/// The kind of an ASCII token by its first byte.
static ASCII_KIND: [TokenKind; 256] = {
    let mut table = [TokenKind::Punct; 256];
    let mut c = 0;
    while c < 256 {
        if (c as u8).is_ascii_digit() {
            table[c] = TokenKind::Number;
        } else if (c as u8).is_ascii_alphabetic() {
            table[c] = TokenKind::Word;
        }
        c += 1;
    }
    table
};

/// [`ASCII_CLASS`] bits: letters, digits and "_" hold together; whitespace separates; the
/// joining marks may join two letters or two digits.
const WORD: u8 = 1;
const SPACE: u8 = 2;
const JOINS: u8 = 4;
/// A punctuation mark that is a landmark ([`is_landmark`]).
const LANDMARK: u8 = 8;

/// Whether `c` holds an ASCII word together: a letter, a digit or "_".
#[inline(always)]
pub(crate) fn is_word_byte(c: u8) -> bool {
    ASCII_CLASS[c as usize] & WORD != 0
}

/// One table lookup per byte instead of a chain of range tests.
static ASCII_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() || b == b'_' {
            table[c] |= WORD;
        }
        if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            table[c] |= SPACE;
        }
        if matches!(b, b'.' | b'\'' | b':' | b',' | b';') {
            table[c] |= JOINS;
        }
        if matches!(b, b'.' | b'!' | b'?' | b':' | b'@' | b'"') {
            table[c] |= LANDMARK;
        }
        c += 1;
    }
    table
};

/// Calls `visit(token, word)` for each normalised word of `tokens` (of `text`), in order, which
/// is what a lexicon is matched against: each token with ASCII lower-cased and typographic
/// quotes and dashes folded, and a contraction split in two ("don't" -> "do", "not", both of
/// its token), so that the lexicons can be written plainly ("do not know" matches "don't
/// know"). Most tokens are their own word but for case ([`Token::is_own_word`]): those are given
/// as where they stand in the text, to be read in place, so that no normalised copy of a text is
/// ever made. (The lexicon search reads the words in a loop of its own, with the same parts.)
pub(crate) fn normal_words(text: &str, tokens: &[Token], mut visit: impl FnMut(usize, NormalWord<'_>)) {
    let mut folded = String::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.is_own_word(text) {
            visit(i, NormalWord::Plain(t.start, t.end));
            continue;
        }
        let (head, tail) = fold_token(text.at(t.start..t.end), &mut folded);
        visit(i, NormalWord::Folded(head));
        if let Some(tail) = tail {
            visit(i, NormalWord::Folded(tail));
        }
    }
}

impl Token {
    /// Is the token its own normalised word but for ASCII case (see [`normal_words`])? A plain
    /// token is, but for "cannot", the one contraction without an apostrophe. `text`: the text
    /// the token is in.
    #[inline]
    pub(crate) fn is_own_word(&self, text: &str) -> bool {
        self.plain && !(self.end - self.start == 6 && eq_ascii_fold(text.as_bytes().at(self.start..self.end), b"cannot"))
    }
}

/// The normalised words of a token that is not its own word ([`Token::is_own_word`]): its head,
/// folded into `folded` (or a word that replaces it), and the tail of a contraction. Out of
/// line: rare in most texts, and the loops over words are tighter without it.
#[inline(never)]
pub(crate) fn fold_token<'f>(token: &str, folded: &'f mut String) -> (&'f str, Option<&'static str>) {
    folded.clear();
    // Most such tokens are ASCII words with a straight apostrophe ("company's", "don't"), which
    // fold to their bytes in lower case: copied whole, rather than a character at a time.
    if token.bytes().all(|b| b.is_ascii() && NORM_BYTE[b as usize] & ODD == 0) {
        folded.push_str(token);
        folded.make_ascii_lowercase();
    } else {
        folded.extend(token.chars().map(fold_char));
    }
    let (head, tail) = split_contraction(folded);
    let head = match head {
        Head::Replace(head) => head,
        Head::Keep(len) => folded.at(..len),
    };
    (head, tail)
}

/// [`NORM_BYTE`] bits, for the bytes of a token (above the byte itself).
const NOT_ASCII: u16 = 1 << 8;
/// A backtick or whitespace: folded by [`fold_char`].
const ODD: u16 = 2 << 8;
const APOSTROPHE: u16 = 4 << 8;
/// A token with none of these bytes is plain (see `Token`): its normalised form is its bytes.
const NOT_PLAIN: u16 = NOT_ASCII | ODD | APOSTROPHE;

/// Each byte lower-cased (ASCII only), with what it says about its token above it: one lookup
/// per byte both copies the token and notes whether it needs more than that.
static NORM_BYTE: [u16; 256] = {
    let mut table = [0u16; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        let class = if !b.is_ascii() {
            NOT_ASCII
        } else if b == b'`' || b.is_ascii_whitespace() || b == 0x0B {
            ODD
        } else if b == b'\'' {
            APOSTROPHE
        } else {
            0
        };
        table[c] = class | b.to_ascii_lowercase() as u16;
        c += 1;
    }
    table
};

fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2013}' | '\u{2014}' | '\u{2015}' => '-',
        // Spaces inside a token would break phrase matching; none are expected.
        c if c.is_whitespace() => '_',
        c => c.to_ascii_lowercase(),
    }
}

/// What stays of a word before its contraction tail: its first bytes, or a different word.
enum Head {
    Keep(usize),
    Replace(&'static str),
}

fn split_contraction(word: &str) -> (Head, Option<&'static str>) {
    match word {
        "can't" | "cannot" => (Head::Keep(3), Some("not")),
        "won't" => (Head::Replace("will"), Some("not")),
        "shan't" => (Head::Replace("shall"), Some("not")),
        _ => {
            if let Some(head) = word.strip_suffix("n't") {
                if !head.is_empty() {
                    return (Head::Keep(head.len()), Some("not"));
                }
            }
            for (suffix, full) in [("'ll", "will"), ("'re", "are"), ("'ve", "have"), ("'d", "would"), ("'m", "am")] {
                if let Some(head) = word.strip_suffix(suffix) {
                    if !head.is_empty() {
                        return (Head::Keep(head.len()), Some(full));
                    }
                }
            }
            (Head::Keep(word.len()), None)
        }
    }
}

/// Normalises a lexicon phrase exactly as the text is normalised: its words, separated and
/// surrounded by single spaces (" it is possible that ").
pub fn normalise_phrase(phrase: &str) -> String {
    // Most lexicon entries are already normal: lower-case letters in words between single
    // spaces. Each such word is one plain token, its own word but for "cannot". Every entry is
    // normalised when the lexicons are first built, and tokenizing them cost most of that.
    let is_normal = |word: &str| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase()) && word != "cannot";
    if phrase.split(' ').all(is_normal) {
        let mut norm = String::with_capacity(phrase.len() + 2);
        norm.push(' ');
        norm.push_str(phrase);
        norm.push(' ');
        return norm;
    }
    // Sized for the common case, words and single spaces: every lexicon entry is normalised
    // when the lexicons are first built, and growing the string by steps cost more than the rest.
    let mut norm = String::with_capacity(phrase.len() + 2);
    norm.push(' ');
    normal_words(phrase, &tokenize(phrase, &mut Landmarks::default()), |_, word| {
        match word {
            // A plain word is ASCII: lower-cased byte by byte, without a copy of its own.
            NormalWord::Plain(start, end) => norm.extend(phrase.at(start..end).bytes().map(|b| char::from(b.to_ascii_lowercase()))),
            NormalWord::Folded(word) => norm.push_str(word),
        }
        norm.push(' ');
    });
    norm
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect()
    }

    #[test]
    fn bytes_are_equal_but_for_case_as_the_library_says() {
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                assert_eq!(eq_ascii_fold(&[b'a', x], &[b'A', y]), x.eq_ignore_ascii_case(&y), "{x:#x} {y:#x}");
            }
        }
        assert!(!eq_ascii_fold(b"said", b"sai"));
    }

    #[test]
    fn a_token_found_from_a_nearby_one_is_the_one_a_search_of_all_finds() {
        // Offsets inside tokens, between them and past the end; each token as the start.
        let doc = Document::new("One two, \u{201C}three\u{201D} four.\n\nFive  six-seven 8.5 nine! Ten");
        let n = doc.tokens.len();
        assert!(n > 12);
        for offset in 0..=doc.text.len() + 1 {
            for near in 0..n {
                assert_eq!(doc.token_at_or_after_near(offset, near), doc.token_at_or_after(offset), "offset {offset} from token {near}");
            }
        }
    }

    #[test]
    fn eight_bytes_at_once_find_the_word_bytes_one_byte_at_a_time_finds() {
        // Every ASCII byte at every place among neighbours at the edges of the ranges tested
        // ("/0" "9:" "@A" "Z[" "^_`" "`a" "z{" and the ends), where a carry would show.
        let neighbours = [0x00, 0x7F, b'/', b'0', b'9', b':', b'@', b'A', b'Z', b'[', b'^', b'_', b'`', b'a', b'z', b'{', b' '];
        for c in 0..0x80u8 {
            for n in neighbours {
                for at in 0..8 {
                    let mut bytes = [n; 8];
                    bytes[at] = c;
                    let high = word_bytes(u64::from_le_bytes(bytes)).to_le_bytes().map(|b| b & 0x80 != 0);
                    let expected = bytes.map(|b| b.is_ascii_alphanumeric() || b == b'_');
                    assert_eq!(high, expected, "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn words_end_where_they_end_whatever_their_length() {
        // Words shorter than, as long as and longer than the eight bytes read at once, ending
        // at the text's end, with a joining mark at and past the eighth byte.
        let text = "a ab_1 abcdefg abcdefgh abcdefghi Abcdefghijklmnop_9 x1234567.y U.S. 12345678,901 the_end";
        assert_eq!(
            words(text),
            ["a", "ab_1", "abcdefg", "abcdefgh", "abcdefghi", "Abcdefghijklmnop_9", "x1234567", ".", "y", "U.S", ".", "12345678,901", "the_end"]
        );
        assert_eq!(words("abcdefgh"), ["abcdefgh"]);
        assert_eq!(words("abcdefg."), ["abcdefg", "."]);
        assert_eq!(words("abcdefghijklmnopq"), ["abcdefghijklmnopq"]);
    }

    #[test]
    fn words_end_alike_read_eight_bytes_or_one_at_a_time() {
        // From every byte of runs of every length from 0 to 20 between each kind of
        // neighbour, and with the text ending inside the run.
        for n in 0..=20 {
            for edge in ["", " ", ".", "@", "[", "`", "{", "/", ":", "\n", "\x7f", "_x"] {
                let run: String = "Ab_9zZ0".chars().cycle().take(n).collect();
                let text = format!("{edge}{run}{edge}{run}");
                let b = text.as_bytes();
                for i in 0..=b.len() {
                    assert_eq!(word_end_by_eight(b, i), word_end_by_byte(b, i), "{text:?} from {i}");
                }
            }
        }
    }

    #[test]
    fn tokens_keep_numbers_and_contractions_whole() {
        assert_eq!(words("It rose 3.5% to $1,200, didn't it?"), ["It", "rose", "3.5", "%", "to", "$", "1,200", ",", "didn't", "it", "?"]);
    }

    #[test]
    fn phrases_already_normal_are_taken_as_they_are() {
        // The shortcut's answer is the tokenizer's, for every built-in entry and at its edges.
        let general = |phrase: &str| {
            let mut norm = String::from(" ");
            normal_words(phrase, &tokenize(phrase, &mut Landmarks::default()), |_, word| {
                match word {
                    NormalWord::Plain(start, end) => norm.push_str(&phrase[start..end].to_ascii_lowercase()),
                    NormalWord::Folded(word) => norm.push_str(word),
                }
                norm.push(' ');
            });
            norm
        };
        let entries = crate::engine::lexicon::builtin_phrases();
        assert!(entries.len() > 1000);
        let edges = ["we cannot", "cannot", "cannotx", "do  not", " do", "do ", "Do not", "don't", "x-ray", "", " ", "a", "per cent"];
        for phrase in entries.iter().map(String::as_str).chain(edges) {
            assert_eq!(normalise_phrase(phrase), general(phrase), "{phrase:?}");
        }
        assert_eq!(normalise_phrase("it is possible that"), " it is possible that ");
        assert_eq!(normalise_phrase("we cannot"), " we can not ");
        assert_eq!(normalise_phrase("do  not"), " do not ");
    }

    #[test]
    fn tokens_not_their_own_word_fold_alike_whether_ascii_or_not() {
        let mut folded = String::new();
        let mut fold = |token: &str| {
            let (head, tail) = fold_token(token, &mut folded);
            (head.to_string(), tail)
        };
        // Straight apostrophes (copied whole), then a backtick and curly ones (a character at
        // a time), then a word beyond ASCII.
        assert_eq!(fold("Company's"), ("company's".to_string(), None));
        assert_eq!(fold("DON'T"), ("do".to_string(), Some("not")));
        assert_eq!(fold("Won't"), ("will".to_string(), Some("not")));
        assert_eq!(fold("CANNOT"), ("can".to_string(), Some("not")));
        assert_eq!(fold("rock`N`roll"), ("rock'n'roll".to_string(), None));
        assert_eq!(fold("We\u{2019}LL"), ("we".to_string(), Some("will")));
        assert_eq!(fold("\u{C9}T\u{C9}"), ("\u{C9}t\u{C9}".to_string(), None));
    }

    #[test]
    fn normalised_stream_folds_case_quotes_and_contractions() {
        assert_eq!(normalise_phrase("We DON\u{2019}T know \u{201C}why\u{201D}."), " we do not know \" why \" . ");
    }

    #[test]
    fn phrase_normalisation_matches_text_normalisation() {
        assert_eq!(normalise_phrase("it is possible that"), " it is possible that ");
        assert_eq!(normalise_phrase("high-probability"), " high - probability ");
        assert_eq!(normalise_phrase("we don't know"), " we do not know ");
    }

    // (token as written, word asked for, expected)
    const FOLD_CASES: &[(&str, &str, bool)] = &[
        ("Said", "said", true),
        ("said", "says", false),
        ("don\u{2019}t", "don't", true),
        ("DON\u{2019}T", "don't", true),
        ("don\u{2019}t", "dont", false),
        ("rock\u{2019}n\u{2019}roll", "rock'n'roll", true),
        ("rock\u{2019}n\u{2019}roll", "rock'n'rol", false),
        ("\u{2019}", "'", true),
        ("\u{2019}", "x", false),
        ("can\u{2019}", "can", false),
    ];

    #[test]
    fn word_tests_ignore_case_and_fold_curly_apostrophes() {
        for &(token, word, expected) in FOLD_CASES {
            assert_eq!(eq_fold(token, word), expected, "{token:?} vs {word:?}");
        }
    }

    #[test]
    fn tokens_rule_words_out_by_length_and_first_letter_alone() {
        let doc = Document::new("Go won\u{2019}t “stop”");
        let firsts: Vec<u8> = doc.tokens.iter().map(Token::first_byte).collect();
        assert_eq!(firsts, [b'G', b'w', 0xE2, b's', 0xE2]);
        let go = &doc.tokens[0];
        assert!(go.may_be("go") && go.may_be("GO"));
        assert!(!go.may_be("to") && !go.may_be("gone") && !go.may_be(""));
        // A curly apostrophe may stand for a straight one: that token is never ruled out here.
        assert!(doc.tokens[1].may_be("won't") && doc.tokens[1].may_be("x"));
        assert!(doc.is(1, "WON'T") && !doc.is(1, "wont") && doc.is(0, "go") && !doc.is(0, "g"));
        assert!(doc.is_any(3, words!["a", "stop"]) && !doc.is_any(3, words!["stops", "top"]));
    }

    const LONG_LIST: Words = words!["said", "says", "told", "Sen", "U.S", "don't", "a", "an", "the", "who", "which", "reporters"];

    #[test]
    fn long_word_lists_match_like_short_ones() {
        // (text, token index, expected): case, curly apostrophes and near misses in length and
        // first letter, against a list long enough to be indexed.
        let cases: &[(&str, usize, bool)] = &[
            ("SAID", 0, true),
            ("Says", 0, true),
            ("sayz", 0, false),
            ("sen", 0, true),
            ("u.s", 0, true),
            ("US", 0, false),
            ("Don\u{2019}t", 0, true),
            ("DON'T", 0, true),
            ("dont", 0, false),
            ("A", 0, true),
            ("I", 0, false),
            ("reporter", 0, false),
            ("Reporters", 0, true),
            ("whom", 0, false),
            ("Which", 0, true),
            ("x", 1, false),
        ];
        for &(text, i, expected) in cases {
            let doc = Document::new(text);
            assert_eq!(doc.is_any(i, LONG_LIST), expected, "{text:?}");
            // The same answer the second time, from the index built the first time.
            assert_eq!(doc.is_any(i, LONG_LIST), expected, "{text:?}");
            assert_eq!(i < doc.tokens.len() && LONG_LIST.iter().any(|w| eq_fold(doc.token_text(i), w)), expected, "{text:?}");
        }
        // Tokens after, between and beyond curly ones, in one text.
        let doc = Document::new("Said don\u{2019}t x \u{2019} Reporters rock\u{2019}n\u{2019}roll which");
        let found: Vec<bool> = (0..doc.tokens.len()).map(|i| doc.is_any(i, LONG_LIST)).collect();
        assert_eq!(found, [true, true, false, false, true, false, true]);
        // A list that shares its first words with another is a list of its own.
        assert!(!Document::new("who").is_any(0, words!["said", "says", "told", "Sen", "U.S", "don't", "a", "an", "the"]));
    }

    #[test]
    fn plain_words_are_given_in_place_and_others_folded() {
        // Double spaces, line breaks, tabs, punctuation glued on, "cannot", contractions and
        // words beyond ASCII; the last word at the very end of the text.
        let text = "One TWO  three\nFour,five\tSix Cannot seven don't Eight \u{00C9}T\u{00C9} x.Yz";
        let doc = Document::new(text);
        let mut words = Vec::new();
        normal_words(text, &doc.tokens, |token, word| {
            words.push(match word {
                NormalWord::Plain(start, end) => (token, format!("plain {}", &text[start..end])),
                NormalWord::Folded(word) => (token, word.to_string()),
            })
        });
        let expected = [
            (0, "plain One"),
            (1, "plain TWO"),
            (2, "plain three"),
            (3, "plain Four"),
            (4, "plain ,"),
            (5, "plain five"),
            (6, "plain Six"),
            (7, "can"),
            (7, "not"),
            (8, "plain seven"),
            (9, "do"),
            (9, "not"),
            (10, "plain Eight"),
            (11, "\u{00C9}t\u{00C9}"),
            (12, "plain x.Yz"),
        ];
        assert_eq!(words, expected.map(|(t, w)| (t, w.to_string())));
        assert_eq!(normalise_phrase(text), " one two three four , five six can not seven do not eight \u{00C9}t\u{00C9} x.yz ");
        assert_eq!(normalise_phrase("Q"), " q ");
        assert_eq!(normalise_phrase(""), " ");
    }

    /// Tokens, the line breaks after the last, and landmarks, from the ASCII scanner.
    fn scan_ascii(text: &[u8]) -> (Vec<Token>, u32, Landmarks) {
        let (mut tokens, mut newlines, mut landmarks) = (Vec::new(), 0, Landmarks::default());
        tokenize_ascii(text, 0, &mut tokens, &mut newlines, &mut landmarks);
        (tokens, newlines, landmarks)
    }

    #[test]
    fn a_document_after_another_has_only_its_own_tokens() {
        // The second document reuses the first's token vector; the third needs a larger one.
        let texts = ["Officials said the river, which rose 3.5 feet, might flood.", "Yes.", &"word ".repeat(5000)];
        for pair in texts.windows(2) {
            drop(Document::new(pair[0]));
            let doc = Document::new(pair[1]);
            assert_eq!(doc.tokens, scan_ascii(pair[1].as_bytes()).0);
        }
        assert_eq!(Document::new("Yes.").tokens.iter().map(|t| (t.start, t.end)).collect::<Vec<_>>(), [(0, 3), (3, 4)]);
    }

    /// The same from the Unicode segmenter.
    fn scan_unicode(text: &str) -> (Vec<Token>, u32, Landmarks) {
        let (mut tokens, mut newlines, mut landmarks) = (Vec::new(), 0, Landmarks::default());
        tokenize_unicode(text, 0, &mut tokens, &mut newlines, &mut landmarks);
        (tokens, newlines, landmarks)
    }

    /// The ASCII scanner must split exactly like the Unicode segmenter: every string of up to
    /// five characters drawn from the characters the rules treat differently.
    #[test]
    fn ascii_scanner_agrees_with_the_unicode_segmenter() {
        let alphabet = b"aZ1_.',:;\"` -\t\r\n\x0b";
        let mut text = Vec::new();
        for len in 1..=5u32 {
            for mut n in 0..alphabet.len().pow(len) {
                text.clear();
                for _ in 0..len {
                    text.push(alphabet[n % alphabet.len()]);
                    n /= alphabet.len();
                }
                assert_eq!(scan_ascii(&text), scan_unicode(std::str::from_utf8(&text).unwrap()), "{:?}", String::from_utf8_lossy(&text));
            }
        }
    }

    #[test]
    fn long_ascii_texts_tokenize_like_the_unicode_segmenter() {
        // Longer texts than the exhaustive test above can cover, from a fixed pseudo-random
        // sequence: long words and numbers, joins and breaks in every position.
        let alphabet = b"abcdefghijklmnopqrstuvwxyzABCXYZ0123456789_____.',:; -\n\"`@[{!?";
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for len in 1..=40 {
            for _ in 0..200 {
                let text: Vec<u8> = (0..len)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        alphabet[(seed % alphabet.len() as u64) as usize]
                    })
                    .collect();
                assert_eq!(scan_ascii(&text), scan_unicode(std::str::from_utf8(&text).unwrap()), "{:?}", String::from_utf8_lossy(&text));
            }
        }
    }

    #[test]
    fn lines_of_either_kind_tokenize_as_one_text() {
        // Lines beyond ASCII first, last, after blank lines and "\r\n", with the foreign
        // character at a line's start, inside a word, after a joiner, and at the very end.
        let texts = [
            "Caf\u{e9} U.S. 3.5\r\nit's 1,200\n\u{201C}Yes,\u{201D} she said.\n\nEnd",
            "One two.\r\n\r\n  Three U.S. na\u{ef}ve 4.5\nFive\n\n\n\u{2014}six\rseven a.\u{e9}",
            "plain\nlines\nonly\n",
            "\n\u{e9}\u{2029}x\r\n",
            "\u{e9}",
        ];
        for text in texts {
            let (whole, _, whole_landmarks) = scan_unicode(text);
            let mut landmarks = Landmarks::default();
            let tokens = tokenize(text, &mut landmarks);
            assert_eq!(tokens, whole, "{text:?}");
            assert_eq!(landmarks.marks, whole_landmarks.marks, "{text:?}");
            // Every token after a line break, and no line start beyond the last token.
            let after_breaks: Vec<u32> = (0..tokens.len() as u32).filter(|&k| tokens[k as usize].newlines_before > 0).collect();
            assert_eq!(landmarks.line_starts, after_breaks, "{text:?}");
        }
    }

    #[test]
    fn landmarks_are_the_stops_anchors_web_addresses_and_quotation_marks() {
        // An ASCII line, then one beyond it: "www" needs its dot and a letter after it, and
        // every punctuation mark beyond ASCII is a landmark; a straight double quote is one on
        // either line, other ASCII punctuation on neither.
        let text = "See www.example.org: a@b.c! Why? WWW.X www.1 \"www\"\n\u{201C}Yes.\u{201D} www.a\u{e9} \"-";
        let mut landmarks = Landmarks::default();
        let tokens = tokenize(text, &mut landmarks);
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            words,
            [
                "See", "www.example.org", ":", "a", "@", "b.c", "!", "Why", "?", "WWW.X", "www", ".", "1", "\"", "www", "\"", "\u{201C}",
                "Yes", ".", "\u{201D}", "www.a\u{e9}", "\"", "-"
            ]
        );
        assert_eq!(landmarks.marks, [1, 2, 4, 6, 8, 9, 11, 13, 15, 16, 18, 19, 20, 21]);
        assert_eq!(landmarks.line_starts, [16]);
        // The Unicode segmenter alone marks the same tokens.
        assert_eq!(scan_unicode(text).2, landmarks);
    }

    #[test]
    fn a_stop_glued_to_the_next_sentence_is_a_token_of_its_own() {
        // Both scanners cut "said.Trump" and keep the dots of addresses, initials and tickers;
        // the second line is beyond ASCII, so the Unicode segmenter's pieces are cut the same.
        let text = "Ann said.Trump rose. www.Example.org e.g.Paris <eric.St> etc.The\nd\u{e9}j\u{e0} said.Trump\u{2019}s way.Then";
        let mut landmarks = Landmarks::default();
        let tokens = tokenize(text, &mut landmarks);
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            words,
            [
                "Ann", "said", ".", "Trump", "rose", ".", "www.Example.org", "e.g.Paris", "<", "eric.St", ">", "etc", ".", "The",
                "d\u{e9}j\u{e0}", "said", ".", "Trump\u{2019}s", "way", ".", "Then"
            ]
        );
        // Each cut stop is a landmark the sentence splitter reads.
        assert!([2, 12, 16, 19].iter().all(|k| landmarks.marks.contains(k)), "{:?}", landmarks.marks);
        let (whole, _, whole_landmarks) = scan_unicode(text);
        assert_eq!(tokens, whole);
        assert_eq!(landmarks.marks, whole_landmarks.marks);
        assert_eq!(tokens[1].kind, TokenKind::Word);
        assert_eq!((tokens[2].kind, tokens[3].kind), (TokenKind::Punct, TokenKind::Word));
    }

    #[test]
    fn newlines_are_counted_before_tokens() {
        let doc = Document::new("Title\n\nBody one.\r\nBody two.\rEnd");
        let nl: Vec<u32> = doc.tokens.iter().map(|t| t.newlines_before).collect();
        assert_eq!(nl, [0, 2, 0, 0, 1, 0, 0, 1]);
        // The same breaks open lines, but the one before the first token of all and the one
        // after the last.
        let mut landmarks = Landmarks::default();
        tokenize("\nTitle\n\nBody one.\r\nBody two.\rEnd\n", &mut landmarks);
        assert_eq!(landmarks.line_starts, [0, 1, 4, 7]);
    }

    #[test]
    fn a_narrow_no_break_space_after_a_word_is_space() {
        let text = "dit\u{202f}: 12\u{202f}500 t\u{202f}\u{202f}";
        let (tokens, _, _) = scan_unicode(text);
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["dit", ":", "12\u{202f}500", "t"]);
    }

    #[test]
    fn emoji_and_cjk_tokens_stay_on_char_boundaries() {
        let text = "Experts 👩‍🔬 say 北京 may grow.";
        let doc = Document::new(text);
        for t in &doc.tokens {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert!(words(text).contains(&"👩‍🔬"));
    }
}
