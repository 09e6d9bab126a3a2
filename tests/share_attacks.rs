//! Hostile and damaged share links, as a stranger could send them: a link that would inflate to a
//! gigabyte, a frame that claims an absurd length, every truncation and every one-character
//! change of a real link, wrong versions, bad base64. Each must give an error with a sentence for
//! the reader (never a panic), and the bomb must be refused without allocating past the
//! documented bound: this test binary counts every allocation to check that.
#![cfg(not(target_arch = "wasm32"))]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use base64::Engine;
use claimlens::share::{decode, encode, ShareError, MAX_INFLATED};
use claimlens::view::ViewState;

/// The system allocator, counting live bytes, their peak and the largest single request.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static LARGEST: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
            LARGEST.fetch_max(layout.size(), Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let live = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(live, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
            LARGEST.fetch_max(new_size, Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The counters are global, so a measurement needs every other test of this binary to stay
/// quiet: each test holds this lock while it runs (a test that did not once let another test's
/// allocations land in a measurement).
static MEASURING: Mutex<()> = Mutex::new(());

fn quiet() -> std::sync::MutexGuard<'static, ()> {
    MEASURING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `f` and returns its result with the growth of the live heap at its peak and the largest
/// single allocation made meanwhile.
fn measured<T>(f: impl FnOnce() -> T) -> (T, usize, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    LARGEST.store(0, Ordering::Relaxed);
    let out = f();
    (out, PEAK.load(Ordering::Relaxed) - base, LARGEST.load(Ordering::Relaxed))
}

/// Bits into bytes the way DEFLATE packs them (RFC 1951, 3.1.1): values least significant bit
/// first; Huffman codes most significant bit first.
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    n: u32,
}

impl Bits {
    fn value(&mut self, v: u32, len: u32) {
        for i in 0..len {
            if self.n % 8 == 0 {
                self.out.push(0);
            }
            *self.out.last_mut().unwrap() |= (((v >> i) & 1) as u8) << (self.n % 8);
            self.n += 1;
        }
    }
    fn code(&mut self, code: u32, len: u32) {
        for i in (0..len).rev() {
            self.value((code >> i) & 1, 1);
        }
    }
}

/// Raw DEFLATE of the letter "a" followed by `matches` copies of "the last 258 bytes again",
/// i.e. `1 + 258 * matches` bytes of "a", written by hand at DEFLATE's best ratio: one dynamic
/// Huffman block where a 258-byte match costs two bits (length symbol 285 has a 1-bit code,
/// distance code 0 a 1-bit code). A gigabyte takes about a megabyte.
fn bomb(matches: usize) -> Vec<u8> {
    let mut b = Bits::default();
    b.value(1, 1); // BFINAL: the only block
    b.value(2, 2); // BTYPE: dynamic Huffman
    b.value(286 - 257, 5); // HLIT: literal/length codes 0..=285
    b.value(0, 5); // HDIST: one distance code
    b.value(18 - 4, 4); // HCLEN: code-length code lengths up to symbol 1 in the fixed order
    // Code-length alphabet in its transmission order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1:
    // symbol 18 (a run of zeros) gets 1 bit, symbols 1 and 2 get 2 bits each.
    for len in [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] {
        b.value(len, 3);
    }
    // Canonical codes of that alphabet: 18 -> 0, 1 -> 10, 2 -> 11.
    let zeros = |b: &mut Bits, n: u32| {
        b.code(0, 1);
        b.value(n - 11, 7);
    };
    // Literal/length code lengths: 'a' (97) 2 bits, end of block (256) 2 bits, 285 1 bit.
    zeros(&mut b, 97);
    b.code(0b11, 2); // symbol 97: length 2
    zeros(&mut b, 138);
    zeros(&mut b, 20); // symbols 98..=255
    b.code(0b11, 2); // symbol 256: length 2
    zeros(&mut b, 28); // symbols 257..=284
    b.code(0b10, 2); // symbol 285: length 1
    b.code(0b10, 2); // distance code 0: length 1
    // Canonical literal/length codes: 285 -> 0, 97 -> 10, 256 -> 11; distance 0 -> 0.
    b.code(0b10, 2); // "a"
    for _ in 0..matches {
        b.code(0, 1); // length 258
        b.code(0, 1); // distance 1
    }
    b.code(0b11, 2); // end of block
    b.out
}

/// A first-format link (raw DEFLATE, no checksum), still read by the decoder.
fn link(packed: &[u8]) -> String {
    format!("v1.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed))
}

/// A current link: the same DEFLATE behind a zlib header. A bomb never reaches the checksum at
/// the end, so none is needed to test the bound.
fn link_v2(packed: &[u8]) -> String {
    let mut zlib = vec![0x78, 0x01];
    zlib.extend_from_slice(packed);
    format!("v2.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(zlib))
}

#[test]
fn the_hand_made_bomb_is_valid_deflate() {
    let _quiet = quiet();
    // Small, so it inflates fully: the construction above is right, and a big one is a real bomb.
    let out = miniz_oxide::inflate::decompress_to_vec(&bomb(10)).expect("valid DEFLATE");
    assert_eq!(out, vec![b'a'; 1 + 258 * 10]);
}

#[test]
fn a_link_that_would_inflate_to_a_gigabyte_is_refused_within_the_bound() {
    let _quiet = quiet();
    let matches = (1usize << 30) / 258 + 1; // just over 1 GiB of text
    let packed = bomb(matches);
    for fragment in [link(&packed), link_v2(&packed)] {
        assert!(fragment.len() < 1_500_000, "about a megabyte of link: {}", fragment.len());
        let (result, peak, largest) = measured(|| decode(&fragment));
        assert_eq!(result, Err(ShareError::TooLarge), "{}", &fragment[..3]);
        // The decoded base64 (about 1 MB) plus at most the 16 MiB inflate buffer: never a gigabyte.
        let bound = MAX_INFLATED + fragment.len();
        assert!(largest <= MAX_INFLATED, "one allocation of {largest} bytes");
        assert!(peak <= bound, "the heap grew by {peak} bytes, over {bound}");
    }
    assert!(ShareError::TooLarge.to_string().contains("was not opened"));
}

#[test]
fn a_frame_claiming_an_absurd_length_allocates_nothing_for_it() {
    let _quiet = quiet();
    // varint(2^62) then three bytes: the claim is checked against what is there.
    let mut frame = vec![0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40];
    frame.extend_from_slice(b"abc");
    let fragment = link(&miniz_oxide::deflate::compress_to_vec(&frame, 10));
    let (result, peak, _) = measured(|| decode(&fragment));
    assert_eq!(result, Err(ShareError::Corrupt));
    assert!(peak < 64 * 1024, "{peak} bytes for a 12-byte frame");
}

/// A real link with text, emoji, CRLF and a changed view.
fn real_link() -> (String, String) {
    let text = "Officials said the river might flood.\r\nCritics \u{1F600} reportedly disagreed.".to_string();
    let view = ViewState { selected: Some(1), ..ViewState::default() };
    (encode(&text, &view), text)
}

#[test]
fn every_truncation_of_a_link_is_an_error_with_a_message() {
    let _quiet = quiet();
    let (full, _) = real_link();
    for cut in 0..full.len() {
        let err = decode(&full[..cut]).expect_err(&full[..cut]);
        let message = err.to_string();
        assert!(message.ends_with('.') && message.len() > 20, "{cut}: {message}");
        if cut > 4 {
            assert!(matches!(err, ShareError::BadBase64 | ShareError::Corrupt), "{cut}: {err:?}");
        }
    }
}

#[test]
fn every_one_character_change_of_a_link_is_refused_or_harmless() {
    let _quiet = quiet();
    // The checksum in the link means a changed character never opens as some other text: either
    // the link is refused with a reason, or the change only touched bits that carry nothing (the
    // unused low bits of the last base64 character) and the text and view are exactly the same.
    let (full, text) = real_link();
    let view = decode(&full).unwrap().view;
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let (mut refused, mut same) = (0, 0);
    for i in 3..full.len() {
        for c in ["A", "z", "-", "_", "0", "%", " ", "\u{e9}"] {
            let mut changed = full.clone();
            changed.replace_range(i..i + 1, c);
            if changed == full {
                continue;
            }
            match decode(&changed) {
                Ok(shared) => {
                    same += 1;
                    assert_eq!((&shared.text, &shared.view), (&text, &view), "{changed}");
                }
                Err(e) => {
                    refused += 1;
                    assert!(e.to_string().ends_with('.'), "{e}");
                    if !alphabet.contains(c) && i + 1 < full.len() {
                        assert_eq!(e, ShareError::BadBase64, "{changed}");
                    }
                }
            }
        }
    }
    assert!(refused > 0 && same <= 8, "{refused} refused, {same} harmless");
    assert_eq!(decode(&full).unwrap().text, text);
}

#[test]
fn wrong_versions_and_foreign_fragments_name_the_problem() {
    let _quiet = quiet();
    let (full, _) = real_link();
    let data = &full[3..];
    for (fragment, shown) in [
        (format!("v3.{data}"), "v3"),
        (format!("V1.{data}"), "V1"),
        (format!("v10.{data}"), "v10"),
        (format!("v0.{data}"), "v0"),
        (format!("v\u{661}.{data}"), "v\u{661}"),
        ("section-2".to_string(), "section-2"),
        ("access_token=abc&state=xyz".to_string(), "access_token…"),
    ] {
        let err = decode(&fragment).unwrap_err();
        assert_eq!(err, ShareError::UnknownVersion(shown.to_string()), "{fragment}");
        assert!(err.to_string().contains(shown), "{err}");
    }
}

#[test]
fn bad_base64_is_named_as_damage() {
    let _quiet = quiet();
    let (full, text) = real_link();
    let wrapped = format!("{}\n{}", &full[..40], &full[40..]); // an e-mail client wrapped it
    let percent = full.replacen('-', "%2D", 1);
    for fragment in [wrapped, format!("{} ", &full[..40]) + &full[40..], "v1.!!!!".into(), "v1.====".into(), "v1.\u{1F600}".into()] {
        assert_eq!(decode(&fragment), Err(ShareError::BadBase64), "{fragment:?}");
    }
    if percent != full {
        assert_eq!(decode(&percent), Err(ShareError::BadBase64));
    }
    assert!(ShareError::BadBase64.to_string().contains("damaged"));
    assert_eq!(decode(&full).unwrap().text, text);
}

#[test]
fn ten_megabytes_of_base64_junk_is_refused_quickly_and_plainly() {
    let _quiet = quiet();
    let fragment = format!("v1.{}", "A".repeat(10 << 20));
    let (result, peak, _) = measured(|| decode(&fragment));
    // "AAAA" is zero bytes: a stored block whose length check fails at once.
    assert_eq!(result, Err(ShareError::Corrupt));
    assert!(peak <= (10 << 20) + MAX_INFLATED, "{peak}");
}
