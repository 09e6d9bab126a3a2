//! Any fragment string through the share-link decoder: never a panic; a link that decodes
//! re-encodes to one that decodes to the same text and view. The same bytes are also packed as
//! a frame (DEFLATE and base64, as links are), so the frame reader and the view's JSON see
//! arbitrary input too, not only what survives base64 and inflate. The inflate bound is checked
//! by the fuzzer's allocation limit (`-malloc_limit_mb`; see the README).
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use claimlens::share::{decode, encode, Shared, MAX_INFLATED};
use libfuzzer_sys::fuzz_target;

fn check(shared: &Shared) {
    assert!(shared.text.len() <= MAX_INFLATED);
    let again = decode(&encode(&shared.text, &shared.view)).expect("a re-encoded link decodes");
    assert_eq!(again.text, shared.text);
    assert_eq!(again.view, shared.view);
}

fuzz_target!(|fragment: &str| {
    if let Ok(shared) = decode(fragment) {
        check(&shared);
    }
    // The same bytes as a frame, in the first format (raw DEFLATE) and the current one (zlib).
    let raw = format!("v1.{}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(fragment.as_bytes(), 1)));
    let zlib = format!("v2.{}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(fragment.as_bytes(), 1)));
    for link in [raw, zlib] {
        match decode(&link) {
            Ok(shared) => {
                // The text is the bytes right after the length (a varint of 1 to 10 bytes).
                let bytes = fragment.as_bytes();
                assert!((1..=10).any(|k| bytes.get(k..).is_some_and(|rest| rest.starts_with(shared.text.as_bytes()))));
                check(&shared);
            }
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
});
