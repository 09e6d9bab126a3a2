use super::*;
use crate::engine::{Category, CueKind};
use crate::view::{ClaimSort, Customizations, Dismissed, ExtraCue, Filters, PanelTab};

/// Packs a hand-made frame the way `encode` does, so damaged frames can be tested.
fn pack(frame: &[u8]) -> String {
    format!("v2.{}", B64.encode(miniz_oxide::deflate::compress_to_vec_zlib(frame, 10)))
}

/// Packs a frame the way the first format did: raw DEFLATE, no checksum.
fn pack_v1(frame: &[u8]) -> String {
    format!("v1.{}", B64.encode(miniz_oxide::deflate::compress_to_vec(frame, 10)))
}

#[test]
fn tricky_texts_round_trip_byte_for_byte() {
    let megabyte: String = "The minister said the plan might work.\r\n".repeat(1 << 20 >> 5);
    let cases: &[&str] = &[
        "",
        "\r\n",
        "\r",
        "a\rb\r\nc\n",
        "a \n",
        "trailing spaces   ",
        "\0",
        "nul\0inside",
        "\u{1F469}\u{200D}\u{1F52C}",
        "שלום עולם",
        "\u{200B}\u{200C}\u{200D}\u{FEFF}",
        "中文句子。日本語の文。",
        "\t\u{0B}\u{0C}\u{85}\u{2028}\u{2029}",
        "{\"json\": \"looking\"}",
        "v1.notapayload",
        &megabyte,
    ];
    for text in cases {
        let payload = encode(text, &ViewState::default());
        let back = decode(&payload).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(back.text.as_bytes(), text.as_bytes());
        assert_eq!(back.view, ViewState::default());
        assert_eq!(back.warning, None);
    }
}

#[test]
fn payload_is_versioned_url_safe_and_unpadded() {
    let payload = encode("Officials said the river might flood.", &ViewState::default());
    let data = payload.strip_prefix("v2.").expect("v2. prefix");
    assert!(data.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{payload}");
    assert!(!payload.contains('='));
}

#[test]
fn default_view_costs_nothing() {
    // Frame for "abc" with the default view: one length byte and the text, nothing else.
    let expected = pack(&[3, b'a', b'b', b'c']);
    assert_eq!(encode("abc", &ViewState::default()), expected);
}

#[test]
fn a_mb_of_prose_compresses() {
    let text = "The minister said the plan might work. ".repeat(200);
    let payload = encode(&text, &ViewState::default());
    assert!(payload.len() < text.len() / 10, "{} bytes for {}", payload.len(), text.len());
}

/// A view with every field away from its default.
fn every_view_field() -> ViewState {
    ViewState {
        filters: Filters { hedge: false, booster: true, attribution: false, loaded: true, claims: false },
        selected: Some(7),
        tab: PanelTab::Summary,
        sort: ClaimSort::Position,
        custom: Customizations {
            dismissed: vec![Dismissed { start: 3, end: 8, category: Category::Hedge }],
            ignored_words: vec!["about".into(), "Ünïcode".into()],
            extra_cues: vec![ExtraCue { phrase: "sources close to".into(), category: Category::Hedge, kind: CueKind::Evidential }],
        },
    }
}

/// The frame of the text "ab" with the view's JSON after it, as `encode` packs it.
fn frame_ab(view_json: &str) -> Vec<u8> {
    let mut frame = vec![2, b'a', b'b'];
    frame.extend_from_slice(view_json.as_bytes());
    frame
}

#[test]
fn view_state_round_trips() {
    let view = every_view_field();
    let back = decode(&encode("text\r\n", &view)).unwrap();
    assert_eq!(back.view, view);
    assert_eq!(back.text, "text\r\n");
    assert_eq!(back.warning, None);
}

#[test]
fn accepts_a_leading_hash_and_surrounding_whitespace() {
    let payload = encode("hi", &ViewState::default());
    for form in [payload.clone(), format!("#{payload}"), format!(" #{payload}\n")] {
        assert_eq!(decode(&form).unwrap().text, "hi", "{form:?}");
    }
}

#[test]
fn accepts_padding_added_by_other_tools() {
    // "hi" packs to a number of bytes that is not a multiple of 3 only sometimes; pad by hand
    // whatever the length and check the decoder does not mind.
    let payload = encode("hi there", &ViewState::default());
    let pad = (4 - (payload.len() - 3) % 4) % 4;
    let padded = format!("{payload}{}", "=".repeat(pad));
    assert_eq!(decode(&padded).unwrap().text, "hi there");
}

#[test]
fn each_kind_of_damage_gives_its_error() {
    let good = encode("Officials said the river might flood.", &ViewState::default());
    let packed = B64.decode(&good[3..]).unwrap();
    let cut_compressed = format!("v2.{}", B64.encode(&packed[..packed.len() / 2]));
    let legacy = B64.decode(&pack_v1(b"\x05hello")[3..]).unwrap();
    let cut_legacy = format!("v1.{}", B64.encode(&legacy[..legacy.len() / 2]));
    // The last four bytes are the Adler-32 of the frame: one bit off and the text is not trusted.
    let mut altered = packed.clone();
    *altered.last_mut().unwrap() ^= 1;
    let altered = format!("v2.{}", B64.encode(&altered));
    let cases: Vec<(String, ShareError)> = vec![
        ("".into(), ShareError::Empty),
        ("#".into(), ShareError::Empty),
        ("v1.".into(), ShareError::Empty),
        ("#v1.".into(), ShareError::Empty),
        ("v2.".into(), ShareError::Empty),
        ("v3.AAAA".into(), ShareError::UnknownVersion("v3".into())),
        ("abcdef".into(), ShareError::UnknownVersion("abcdef".into())),
        ("v1.ab$cd".into(), ShareError::BadBase64),
        ("v1.abc+/de".into(), ShareError::BadBase64),
        // A single leftover base64 character cannot be the end of any byte string.
        ("v1.abcde".into(), ShareError::BadBase64),
        (cut_compressed, ShareError::Corrupt),
        (cut_legacy, ShareError::Corrupt),
        (altered, ShareError::Altered),
        // Valid base64, not DEFLATE (block type 3 is reserved).
        (format!("v1.{}", B64.encode([0xff, 0xff, 0xff])), ShareError::Corrupt),
        // Valid base64, no zlib header (its check bits fail).
        (format!("v2.{}", B64.encode([0xff, 0xff, 0xff])), ShareError::Corrupt),
        // The frame claims 10 bytes of text but holds 3.
        (pack(&[10, b'a', b'b', b'c']), ShareError::Corrupt),
        // An empty frame has no length.
        (pack(&[]), ShareError::Corrupt),
        // A length whose varint never ends.
        (pack(&[0x80, 0x80]), ShareError::Corrupt),
        (pack(&[2, 0xff, 0xfe]), ShareError::InvalidUtf8),
    ];
    for (input, expected) in cases {
        assert_eq!(decode(&input), Err(expected), "{input:?}");
    }
}

#[test]
fn unknown_versions_are_shown_short() {
    let long = format!("{}.AAAA", "x".repeat(500));
    let Err(ShareError::UnknownVersion(shown)) = decode(&long) else { panic!("expected UnknownVersion") };
    assert_eq!(shown, format!("{}…", "x".repeat(12)));
}

#[test]
fn messages_are_human() {
    assert!(ShareError::UnknownVersion("v9".into()).to_string().contains("newer Claimlens"));
    assert!(ShareError::TooLarge.to_string().contains("16 MiB"));
    for e in [ShareError::Empty, ShareError::BadBase64, ShareError::Corrupt, ShareError::InvalidUtf8] {
        let m = e.to_string();
        assert!(m.ends_with('.') && m.len() > 20, "{m}");
    }
}

#[test]
fn a_bad_view_keeps_the_text() {
    for view in [&b"{not json"[..], b"[1,2,3]", b"{\"tab\":\"nowhere\"}"] {
        let mut frame = vec![5];
        frame.extend_from_slice(b"hello");
        frame.extend_from_slice(view);
        let back = decode(&pack(&frame)).unwrap();
        assert_eq!(back.text, "hello");
        assert_eq!(back.view, ViewState::default());
        assert!(back.warning.as_deref().unwrap().contains("view settings"));
    }
}

#[test]
fn a_partial_view_fills_in_defaults() {
    let mut frame = vec![2, b'h', b'i'];
    frame.extend_from_slice(br#"{"selected":3}"#);
    let back = decode(&pack(&frame)).unwrap();
    assert_eq!(back.view, ViewState { selected: Some(3), ..ViewState::default() });
    assert_eq!(back.warning, None);
}

#[test]
fn a_decompression_bomb_is_refused() {
    // 17 MiB of zeros deflates to a few kilobytes; the link must be refused, not inflated.
    let bomb = vec![0u8; MAX_INFLATED + (1 << 20)];
    let packed = miniz_oxide::deflate::compress_to_vec(&bomb, 10);
    assert!(packed.len() < 24 * 1024, "the bomb should be small: {}", packed.len());
    let link = format!("v1.{}", B64.encode(&packed));
    assert_eq!(decode(&link), Err(ShareError::TooLarge));
}

#[test]
fn a_frame_at_the_limit_still_opens() {
    let text = "a".repeat(MAX_INFLATED - 4);
    let back = decode(&encode(&text, &ViewState::default())).unwrap();
    assert_eq!(back.text.len(), text.len());
}

#[test]
fn link_size_warnings_by_threshold() {
    let cases: &[(usize, Option<&str>)] = &[
        (0, None),
        (2_000, None),
        (2_001, Some("2,000")),
        (8_000, Some("2,000")),
        (8_001, Some("8,000")),
        (32_000, Some("8,000")),
        (32_001, Some("exported file")),
    ];
    for &(len, expected) in cases {
        let got = link_size_warning(len);
        match expected {
            None => assert_eq!(got, None, "{len}"),
            Some(word) => assert!(got.is_some_and(|w| w.contains(word)), "{len}: {got:?}"),
        }
    }
}

#[test]
fn varints_round_trip() {
    for n in [0u64, 1, 127, 128, 300, 16_383, 16_384, u32::MAX as u64, u64::MAX] {
        let mut v = Vec::new();
        put_varint(&mut v, n);
        assert_eq!(get_varint(&v), Some((n, v.len())), "{n}");
    }
    // Hand-checked encodings.
    let mut v = Vec::new();
    put_varint(&mut v, 300);
    assert_eq!(v, [0xac, 0x02]);
}

#[test]
fn only_changed_view_fields_travel() {
    // The frame for "ab" with only the selection changed, written by hand.
    let view = ViewState { selected: Some(4), ..ViewState::default() };
    assert_eq!(encode("ab", &view), pack(&frame_ab(r#"{"selected":4}"#)));
    // One filter off: only that filter.
    let view = ViewState { filters: Filters { loaded: false, ..Filters::default() }, ..ViewState::default() };
    assert_eq!(encode("ab", &view), pack(&frame_ab(r#"{"filters":{"loaded":false}}"#)));
    assert_eq!(decode(&encode("ab", &view)).unwrap().view, view);
    // One list of corrections: only that list, inside "custom".
    let custom = Customizations { ignored_words: vec!["x".into()], ..Customizations::default() };
    let view = ViewState { custom, ..ViewState::default() };
    assert_eq!(encode("ab", &view), pack(&frame_ab(r#"{"custom":{"ignored_words":["x"]}}"#)));
}

#[test]
fn every_view_field_travels_in_the_links_order() {
    // Written by hand: keys in alphabetical order at every level, as links have always had
    // them, so a view makes the same link as in earlier versions; filters still on are left out.
    let frame = frame_ab(concat!(
        r#"{"custom":{"dismissed":[{"category":"hedge","end":8,"start":3}],"#,
        r#""extra_cues":[{"category":"hedge","kind":"evidential","phrase":"sources close to"}],"#,
        r#""ignored_words":["about","Ünïcode"]},"#,
        r#""filters":{"attribution":false,"claims":false,"hedge":false},"#,
        r#""selected":7,"sort":"position","tab":"summary"}"#
    ));
    assert_eq!(encode("ab", &every_view_field()), pack(&frame));
}

#[test]
fn first_format_links_still_open() {
    // A link from before the checksum: raw DEFLATE of the same frame, "v1." in front.
    let mut frame = vec![5];
    frame.extend_from_slice(b"hello");
    frame.extend_from_slice(br#"{"selected":0}"#);
    let back = decode(&pack_v1(&frame)).unwrap();
    assert_eq!(back.text, "hello");
    assert_eq!(back.view, ViewState { selected: Some(0), ..ViewState::default() });
}

/// "hi" framed (`02 68 69`) in a DEFLATE stored block (`01 03 00 FC FF`), written by hand from
/// RFC 1951, raw for `v1.` and in zlib's wrapper (`78 01`, Adler-32 `01 42 00 D4`) for `v2.`:
/// links any correct DEFLATE, the browser's included, would make.
const HI_V1: &str = "v1.AQMA_P8CaGk";
const HI_V2: &str = "v2.eAEBAwD8_wJoaQFCANQ";

#[test]
fn hand_made_stored_blocks_open() {
    assert_eq!(decode(HI_V1).map(|s| s.text), Ok("hi".to_string()));
    assert_eq!(decode(HI_V2).map(|s| s.text), Ok("hi".to_string()));
}

#[test]
fn a_v2_link_is_taken_apart_into_deflate_and_checksum() {
    let packed = unpack(HI_V2).unwrap();
    assert_eq!(packed.deflate, [0x01, 0x03, 0x00, 0xfc, 0xff, 0x02, 0x68, 0x69]);
    assert_eq!(packed.adler32, Some(0x0142_00d4));
    assert_eq!(unpack(HI_V1).unwrap().adler32, None);
    assert_eq!(open(&[0x02, 0x68, 0x69], Some(0x0142_00d4), ViewState::from_json).map(|s| s.text), Ok("hi".to_string()));
    assert_eq!(open(&[0x02, 0x68, 0x69], Some(0x0142_00d5), ViewState::from_json), Err(ShareError::Altered));
}

#[test]
fn anything_after_the_deflate_data_is_damage() {
    // One zero byte after the stored block, before the checksum / at the end.
    assert_eq!(decode("v2.eAEBAwD8_wJoaQABQgDU"), Err(ShareError::Corrupt));
    assert_eq!(decode("v1.AQMA_P8CaGkA"), Err(ShareError::Corrupt));
}

#[test]
fn zlib_headers_this_format_never_has_are_damage() {
    // 78 20: check bits right, but a preset dictionary is asked for.
    assert_eq!(decode("v2.eCABAwD8_wJoaQFCANQ"), Err(ShareError::Corrupt));
    // 78 02: check bits wrong.
    assert_eq!(decode("v2.eAIBAwD8_wJoaQFCANQ"), Err(ShareError::Corrupt));
    // 79 18: check bits right, but method 9 is not DEFLATE.
    assert_eq!(decode("v2.eRgBAwD8_wJoaQFCANQ"), Err(ShareError::Corrupt));
    // Shorter than a header and a checksum.
    assert_eq!(decode("v2.eAEBAwA"), Err(ShareError::Corrupt));
}
