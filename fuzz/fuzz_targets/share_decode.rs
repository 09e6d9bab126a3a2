//! Any fragment string through the share-link decoder: never a panic; a link that decodes
//! re-encodes to one that decodes to the same text and view. The inflate bound is checked by the
//! fuzzer's own memory limit (run with `-rss_limit_mb`; see the README) and by the decoded size.
#![no_main]

use claimlens::share::{decode, encode, MAX_INFLATED};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|fragment: &str| {
    if let Ok(shared) = decode(fragment) {
        assert!(shared.text.len() <= MAX_INFLATED);
        let again = decode(&encode(&shared.text, &shared.view)).expect("a re-encoded link decodes");
        assert_eq!(again.text, shared.text);
        assert_eq!(again.view, shared.view);
    }
});
