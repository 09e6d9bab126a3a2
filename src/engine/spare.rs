//! Vectors an analysis uses and lets go, kept on the thread for the next text.
//!
//! A batch of short texts (a JSONL file, a page re-analysed on every edit) would otherwise
//! allocate and free each of a dozen working vectors once per text: the tokens, the landmarks,
//! the lines, the word numbers, the lexicon hits. The C allocator serves many of them from its
//! slow path, tidying the memory the previous text freed: some 200 instructions a vector, which
//! over the Reuters briefs came to 1 % of the engine's.
//!
//! Each use has a slot of its own (a thread-local `Cell` holding one vector), so that two
//! vectors of one type in use at once never share one.

use std::cell::Cell;
use std::thread::LocalKey;

/// A slot: the kept vector, empty, or an empty vector with no memory.
pub(crate) type Slot<T> = LocalKey<Cell<Vec<T>>>;

/// The largest vector kept, in bytes (a text of some 64,000 tokens): a long text's memory is
/// given back.
pub(crate) const KEPT_BYTES: usize = 1536 << 10;

/// The vector kept in `slot`, empty, or a new one.
#[inline]
pub(crate) fn take<T: 'static>(slot: &'static Slot<T>) -> Vec<T> {
    slot.with(Cell::take)
}

/// Keeps `v`'s memory in `slot` for the next [`take`], if it is small enough.
#[inline]
pub(crate) fn keep<T: 'static>(slot: &'static Slot<T>, v: Vec<T>) {
    slot.with(|cell| keep_in(cell, v));
}

/// [`keep`] into a cell of a thread-local array of slots.
#[inline]
pub(crate) fn keep_in<T>(cell: &Cell<Vec<T>>, mut v: Vec<T>) {
    if v.capacity() * std::mem::size_of::<T>() <= KEPT_BYTES {
        v.clear();
        cell.set(v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static SMALL: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
        static LARGE: Cell<Vec<u64>> = const { Cell::new(Vec::new()) };
    }

    #[test]
    fn a_kept_vector_comes_back_empty_with_its_memory() {
        let mut v = take(&SMALL);
        v.extend([1, 2, 3]);
        v.reserve(100);
        let (address, capacity) = (v.as_ptr(), v.capacity());
        keep(&SMALL, v);
        let again = take(&SMALL);
        assert!(again.is_empty());
        assert_eq!((again.as_ptr(), again.capacity()), (address, capacity));
        // Taken, the slot is empty until something is kept again.
        assert_eq!(take(&SMALL).capacity(), 0);
    }

    #[test]
    fn a_vector_too_large_is_given_back() {
        let v: Vec<u64> = Vec::with_capacity(KEPT_BYTES / 8 + 1);
        keep(&LARGE, v);
        assert_eq!(take(&LARGE).capacity(), 0);
        let v: Vec<u64> = Vec::with_capacity(KEPT_BYTES / 8);
        keep(&LARGE, v);
        assert_eq!(take(&LARGE).capacity(), KEPT_BYTES / 8);
    }
}
