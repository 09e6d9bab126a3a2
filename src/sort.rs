//! One stable sort for the whole crate.
//!
//! The standard library's stable sort is generic over the element and the comparison, so every
//! call site with its own closure gets its own copy of the algorithm: sixteen of them made up
//! 66 KB of the page's module before this. Here every sort orders a list of `u32` positions
//! through one comparison behind a `&dyn`, so the algorithm exists once, and the elements are
//! then moved into that order. The order is exactly the standard stable sort's: equal elements
//! keep their order. Sorting is well under 1 % of the engine's work, so the indirect call costs
//! nothing a reader could notice.

use crate::engine::document::At;
use std::cmp::Ordering;

/// The page's module is built for size (wasm without SIMD): there even the check that a list is
/// already in order goes through the one copy, where natively each caller keeps its own inlined
/// check, which saves an indirect call per element on the lists that need no sorting.
const FOR_SIZE: bool = cfg!(all(target_arch = "wasm32", not(target_feature = "simd128")));

/// Sorts `v` stably by `compare`, like `v.sort_by(compare)`.
pub fn sort_by<T>(v: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    // (Most lists arrive in order already: the check costs a pass and saves the sort.)
    if v.len() < 2 || !FOR_SIZE && v.windows(2).all(|w| compare(&w[0], &w[1]) != Ordering::Greater) {
        return;
    }
    // Positions are 32-bit like the engine's other tables; a list longer than that cannot come
    // from a text the engine accepts.
    let len = u32::try_from(v.len()).expect("fewer than 2^32 elements");
    let order = {
        let v = &*v;
        order_by(len, &|a, b| compare(v.at(a as usize), v.at(b as usize)))
    };
    if let Some(mut order) = order {
        // Only this small closure is made again for each element type.
        permute(&mut order, &mut |a, b| v.swap(a, b));
    }
}

/// Sorts `v` stably by `key`, like `v.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` ascending and drops repeated values, like `v.sort_unstable(); v.dedup()`, with the
/// one copy of the algorithm: the standard unstable sort was a second, 1.8 KB of the page's
/// module after compression. (For numbers the stable order is the only order.)
pub fn sort_dedup(v: &mut Vec<usize>) {
    sort_by(v, usize::cmp);
    v.dedup();
}

/// The positions `0..len` in the stable order of `compare`, or `None` when they are in order
/// already. The one copy of the algorithm.
#[inline(never)]
fn order_by(len: u32, compare: &dyn Fn(u32, u32) -> Ordering) -> Option<Vec<u32>> {
    if (1..len).all(|i| compare(i - 1, i) != Ordering::Greater) {
        return None;
    }
    let mut order: Vec<u32> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    Some(order)
}

/// Puts the element at position `order[k]` at position `k` for every `k`, by swaps along the
/// permutation's cycles: no element is copied or moved out, so nothing here depends on its type.
/// `order` is used up (each position visited is marked as its own).
#[inline(never)]
fn permute(order: &mut [u32], swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..order.len() {
        // Each swap fills position `at` and leaves the element `start` first held at `from`,
        // the next position of the cycle, until the cycle comes back to `start`, where that
        // element belongs. (A position visited, or in order from the first, is its own.)
        let mut at = start;
        loop {
            let from = *order.at(at) as usize;
            *order.at_mut(at) = at as u32;
            if from == start {
                break;
            }
            swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_sort_ascending_once_each() {
        let mut v = vec![9, 3, 3, 0, 12, 9, 1, 3];
        sort_dedup(&mut v);
        assert_eq!(v, [0, 1, 3, 9, 12]);
        let mut v: Vec<usize> = vec![];
        sort_dedup(&mut v);
        assert!(v.is_empty());
        let mut v = vec![4, 4];
        sort_dedup(&mut v);
        assert_eq!(v, [4]);
        let mut v = vec![1, 5, 5, 8];
        sort_dedup(&mut v);
        assert_eq!(v, [1, 5, 8]);
    }

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e'), (2, 'f')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c'), (2, 'f')]);
    }

    #[test]
    fn a_reversed_comparison_sorts_descending_and_stays_stable() {
        let mut v = vec![(1, 'a'), (3, 'b'), (1, 'c'), (3, 'd')];
        sort_by(&mut v, |a, b| b.0.cmp(&a.0));
        assert_eq!(v, [(3, 'b'), (3, 'd'), (1, 'a'), (1, 'c')]);
    }

    #[test]
    fn gives_the_standard_stable_order_on_long_lists() {
        // Keys with many repeats, from a fixed linear congruential sequence.
        let mut x: u32 = 12345;
        let mut v: Vec<(u32, usize)> = (0..5000)
            .map(|i| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                ((x >> 16) % 97, i)
            })
            .collect();
        let mut expected = v.clone();
        expected.sort_by_key(|p| p.0);
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, expected);
    }

    #[test]
    fn short_lists_are_left_as_they_are() {
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |&b| b);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort_by_key(&mut one, |&b| b);
        assert_eq!(one, [7]);
    }
}
