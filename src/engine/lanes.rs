//! Eight bytes of a word read as one integer (the first byte in the low byte): the word tests
//! of the tokenizer's callers run on nearly every word of a text, and a step per byte was most
//! of their cost.
//!
//! The eight bytes are taken with `first_chunk`, not `try_into`: the impossible error of the
//! latter, printed by `expect`, kept `Debug` code for slices and lists in the page's module.

/// Eight bytes, each 1.
pub(crate) const ONES: u64 = u64::MAX / 0xFF;
/// The top bit of each byte.
const HIGH_BITS: u64 = ONES << 7;
/// The low `n` bytes of an integer, by `n` (up to 8): masks off what an eight-byte load read
/// past the end of a shorter word.
pub(crate) const LOW_BYTES: [u64; 9] = {
    let mut masks = [u64::MAX; 9];
    let mut n = 0;
    while n < 8 {
        masks[n] = (1 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

/// The eight bytes of `x`, each lower-cased as by `u8::to_ascii_lowercase`: bytes of 0x80 and
/// above are not ASCII and stay as they are.
#[inline]
pub(crate) fn ascii_lower(x: u64) -> u64 {
    // Each byte's low seven bits plus an offset sets its high bit from 'A' (0x41) on, and from
    // past 'Z' (0x5B) on; no sum carries into the next byte.
    let low = x & !HIGH_BITS;
    let from_a = low + ONES * (0x80 - b'A' as u64);
    let past_z = low + ONES * (0x80 - b'Z' as u64 - 1);
    let upper = from_a & !past_z & !x & HIGH_BITS;
    // 0x80 >> 2 is 0x20, the bit that makes an ASCII capital small.
    x | upper >> 2
}

/// Does any of the eight bytes of `x` equal `b`?
#[inline]
pub(crate) fn has_byte(x: u64, b: u8) -> bool {
    // A byte of `y` is zero exactly where `x` holds `b`; the subtraction borrows into the top
    // bit of the lowest such byte, and of no byte if there is none.
    let y = x ^ (ONES * b as u64);
    y.wrapping_sub(ONES) & !y & HIGH_BITS != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bytes_lower_case_and_search_as_one_at_a_time() {
        // Every byte value in every position, among neighbours that border the letters.
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"aZ'@[`{\x80";
                bytes[at] = b;
                let x = u64::from_le_bytes(bytes);
                assert_eq!(ascii_lower(x), u64::from_le_bytes(bytes.map(|b| b.to_ascii_lowercase())), "{b:#x} at {at}");
                for probe in [b, b'\'', 0xE2, 0] {
                    assert_eq!(has_byte(x, probe), bytes.contains(&probe), "{probe:#x} in {bytes:?}");
                }
            }
        }
    }
}
