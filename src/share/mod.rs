//! Share links: the text itself and the reader's view travel in the URL fragment, so a static
//! file host is enough to share an analysis and the text never reaches a server (browsers do not
//! send the fragment).
//!
//! The payload is `v2.` followed by URL-safe base64 (no padding) of zlib-wrapped DEFLATE (best
//! level) of a small binary frame:
//!
//! ```text
//! varint(len(text)) · text as UTF-8 · view as JSON (absent when the view is the default)
//! ```
//!
//! Why a frame and not JSON for everything: JSON would escape every newline, quote, control
//! character and (with some serializers) non-ASCII character in the text, which costs link length
//! and adds a layer where exactness could be lost. The frame stores the text's bytes verbatim, so
//! CRLF, lone CR, NUL, trailing spaces, emoji, RTL and zero-width characters come back byte for
//! byte. The view is small, changes shape over time and has serde defaults for every field, so
//! JSON suits it, with every field still at its default left out (its keys in alphabetical order):
//! a default view costs nothing at all, a selected sentence about fifteen bytes.
//!
//! Decoding is bounded: [`decode`] inflates at most [`MAX_INFLATED`] bytes (and allocates no more
//! than that for them), so a crafted link that would expand to gigabytes is refused after
//! inflating at most that much; the page's inflate stops within about 1 MiB past it.
//! A damaged view never costs the text: it comes back with the default view and a warning.
//!
//! Why zlib's wrapper (six bytes, eight characters of link): its Adler-32 checksum of the frame
//! is what tells a link with one character changed in transit from a good one. Raw DEFLATE, as
//! `v1.` links used, has none, so such a link could open as slightly different text with no word
//! of warning. `v1.` links are still read.
//!
//! Who compresses: the page leaves DEFLATE to the browser (its `CompressionStream`, zlib's own
//! code), which keeps a compressor and an inflater out of the download (docs/performance-log.md, "Download size");
//! the command line and the tests use `miniz_oxide` ([`encode`], [`decode`]). Either way the
//! framing, the zlib header and the checksum are checked here, by the same functions: the
//! browser is only asked to inflate raw DEFLATE, so a changed character is still told apart from
//! a cut link.

use crate::engine::document::At;
use std::fmt;

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;

use crate::view::ViewState;

/// The version tag every payload starts with. A later format gets a new tag, and this decoder
/// says "made by a newer Claimlens" rather than misreading it.
pub const VERSION: &str = "v2";

/// The first format: the same frame in raw DEFLATE, without a checksum. Still read, never written.
pub const LEGACY_VERSION: &str = "v1";

/// The most a link may inflate to (the whole frame: text plus view). 16 MiB holds several books;
/// no real link is anywhere near it (browsers and chat apps cut far shorter URLs), so anything
/// larger is damaged or hostile.
pub const MAX_INFLATED: usize = 16 * 1024 * 1024;

/// What a link carried.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub text: String,
    pub view: ViewState,
    /// Set when the text was fine but the view could not be read (it is then the default view):
    /// the reader should be told, but nothing of the text is lost.
    pub warning: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing after the `#` (or after the version tag).
    Empty,
    /// A version tag this build does not know.
    UnknownVersion(String),
    /// Characters that base64url does not use: the link was cut or altered.
    BadBase64,
    /// The compressed data ends early or is not valid DEFLATE.
    Corrupt,
    /// It unpacks, but not to what was packed: the checksum does not match.
    Altered,
    /// It would inflate past [`MAX_INFLATED`].
    TooLarge,
    /// The text inside is not valid UTF-8 (this encoder never makes such links).
    InvalidUtf8,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => f.write_str("This link carries no text."),
            ShareError::UnknownVersion(v) => write!(
                f,
                "This link uses a format this page does not know (\u{201c}{v}\u{201d}). Was it made by a newer Claimlens? Try opening it with the latest version."
            ),
            ShareError::BadBase64 => f.write_str(
                "This link is damaged: it contains characters a Claimlens link never has. It may have been cut or changed when it was copied; ask for it again.",
            ),
            ShareError::Corrupt => f.write_str(
                "This link is incomplete or damaged, so its text cannot be recovered. It may have been cut short when it was copied; ask for it again.",
            ),
            ShareError::Altered => f.write_str(
                "This link is damaged: part of it was changed after it was made, so it was not opened rather than show you a different text. Ask for it again.",
            ),
            ShareError::TooLarge => write!(
                f,
                "This link would unpack to more than {} MiB of text, so it was not opened.",
                MAX_INFLATED / (1024 * 1024)
            ),
            ShareError::InvalidUtf8 => f.write_str("This link is damaged: the text inside it is not valid Unicode."),
        }
    }
}

impl std::error::Error for ShareError {}

/// Encodes without padding; decoding accepts padding too, since a tool may have added it.
const B64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_encode_padding(false).with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The bytes a link compresses: `text` seen with `view`, framed (see above).
pub fn frame(text: &str, view: &ViewState) -> Vec<u8> {
    let mut frame = Vec::with_capacity(text.len() + 16);
    put_varint(&mut frame, text.len() as u64);
    frame.extend_from_slice(text.as_bytes());
    if *view != ViewState::default() {
        // The view leaves out every field at its default (see `view`).
        frame.extend_from_slice(view.to_json().as_bytes());
    }
    frame
}

/// The fragment payload (without `#`) for a frame already compressed in zlib's format.
pub fn payload(zlib: &[u8]) -> String {
    // Into a buffer of the exact length, not by `encode_string`: that one checks the base64 it
    // writes with `from_utf8(..).unwrap()`, whose error's `Debug` code the page would keep.
    let mut out = Vec::from(VERSION);
    out.push(b'.');
    let tag = out.len();
    let Some(len) = base64::encoded_len(zlib.len(), false) else {
        unreachable!("a link's length fits in memory")
    };
    out.resize(tag + len, 0);
    if B64.encode_slice(zlib, out.at_mut(tag..)).is_err() {
        unreachable!("the buffer has the encoded length");
    }
    match String::from_utf8(out) {
        Ok(out) => out,
        Err(_) => unreachable!("base64 is ASCII"),
    }
}

/// The fragment payload (without `#`) for `text` seen with `view`.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(text: &str, view: &ViewState) -> String {
    payload(&miniz_oxide::deflate::compress_to_vec_zlib(&frame(text, view), 10))
}

/// A payload taken apart, before inflating: its raw DEFLATE, and the checksum its frame must
/// have (none in a `v1.` link).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Packed {
    pub deflate: Vec<u8>,
    pub adler32: Option<u32>,
}

/// Reads the version tag, the base64 and (in a `v2.` link) zlib's header and checksum of a
/// payload, with or without its leading `#`.
pub fn unpack(fragment: &str) -> Result<Packed, ShareError> {
    let fragment = fragment.trim();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.is_empty() {
        return Err(ShareError::Empty);
    }
    let (version, data) = match fragment.split_once('.') {
        Some(parts) => parts,
        // No tag at all: not something any version of Claimlens made.
        None => return Err(ShareError::UnknownVersion(shorten(fragment))),
    };
    let checked = match version {
        VERSION => true,
        LEGACY_VERSION => false,
        _ => return Err(ShareError::UnknownVersion(shorten(version))),
    };
    if data.is_empty() {
        return Err(ShareError::Empty);
    }
    let mut bytes = B64.decode(data).map_err(|_| ShareError::BadBase64)?;
    if !checked {
        return Ok(Packed { deflate: bytes, adler32: None });
    }
    // RFC 1950: method 8 (DEFLATE) with a window of at most 32 KiB, header check bits, no preset
    // dictionary; then the DEFLATE data and the frame's Adler-32, big-endian.
    let (cmf, flg) = match bytes[..] {
        [cmf, flg, ..] if bytes.len() >= 6 => (cmf, flg),
        _ => return Err(ShareError::Corrupt),
    };
    if cmf & 0x0f != 8 || cmf >> 4 > 7 || (u16::from(cmf) << 8 | u16::from(flg)) % 31 != 0 || flg & 0x20 != 0 {
        return Err(ShareError::Corrupt);
    }
    let tail = bytes.len() - 4;
    let adler32 = u32::from_be_bytes([*bytes.at(tail), *bytes.at(tail + 1), *bytes.at(tail + 2), *bytes.at(tail + 3)]);
    bytes.truncate(tail);
    bytes.drain(..2);
    Ok(Packed { deflate: bytes, adler32: Some(adler32) })
}

/// What an inflated frame carries, once its checksum (if the link has one) is found right.
/// `read_view` reads the view's JSON: [`ViewState::from_json`] here, the browser's parser in the
/// page (whose download would otherwise carry serde_json's reader for these few bytes).
pub fn open(frame: &[u8], adler32: Option<u32>, read_view: fn(&[u8]) -> Option<ViewState>) -> Result<Shared, ShareError> {
    if adler32.is_some_and(|sum| sum != adler2::adler32_slice(frame)) {
        return Err(ShareError::Altered);
    }
    let (len, used) = get_varint(frame).ok_or(ShareError::Corrupt)?;
    let rest = frame.at(used..);
    let len = usize::try_from(len).map_err(|_| ShareError::Corrupt)?;
    if len > rest.len() {
        return Err(ShareError::Corrupt);
    }
    let (text, view_bytes) = rest.split_at(len);
    let text = String::from_utf8(text.to_vec()).map_err(|_| ShareError::InvalidUtf8)?;
    let (view, warning) = if view_bytes.is_empty() {
        (ViewState::default(), None)
    } else {
        match read_view(view_bytes) {
            Some(view) => (view, None),
            None => (
                ViewState::default(),
                Some("The text arrived intact, but the view settings in this link could not be read; showing the default view.".to_string()),
            ),
        }
    };
    Ok(Shared { text, view, warning })
}

/// Reads a payload made by [`encode`] (or by the page), with or without its leading `#`.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(fragment: &str) -> Result<Shared, ShareError> {
    let packed = unpack(fragment)?;
    let frame = inflate_bounded(&packed.deflate, MAX_INFLATED)?;
    open(&frame, packed.adler32, ViewState::from_json)
}

/// Raw DEFLATE inflated into at most `max` bytes, allocating no more than that: the output grows
/// by doubling with exact reservations, where `Vec`'s own amortised growth (which miniz_oxide's
/// `decompress_to_vec_with_limit` relies on) could reserve twice the limit on the last step.
/// Anything after the end of the DEFLATE data is damage, as it is to the browser's inflater.
#[cfg(not(target_arch = "wasm32"))]
fn inflate_bounded(packed: &[u8], max: usize) -> Result<Vec<u8>, ShareError> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out: Vec<u8> = Vec::new();
    let start = packed.len().saturating_mul(2).max(64).min(max);
    out.reserve_exact(start);
    out.resize(start, 0);
    let mut state = Box::<DecompressorOxide>::default();
    let (mut input, mut written) = (packed, 0);
    loop {
        let (status, read, wrote) = decompress(&mut state, input, &mut out, written, flags);
        written += wrote;
        input = input.get(read..).ok_or(ShareError::Corrupt)?;
        match status {
            TINFLStatus::Done if input.is_empty() => {
                out.truncate(written);
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput if out.len() >= max => return Err(ShareError::TooLarge),
            TINFLStatus::HasMoreOutput => {
                let grown = out.len().saturating_mul(2).min(max);
                out.reserve_exact(grown - out.len());
                out.resize(grown, 0);
            }
            _ => return Err(ShareError::Corrupt),
        }
    }
}

/// A short warning for a link of `url_len` characters, or `None` when it is short enough to
/// travel anywhere.
///
/// - Above [`LINK_SOFT_LIMIT`] (2,000): the long-standing safe length for URLs; some chat apps,
///   SMS, older browsers and link shorteners cut or refuse longer ones.
/// - Above [`LINK_HARD_LIMIT`] (8,000): many messengers and email clients wrap or truncate links
///   this long, and some web services reject URLs past 8 KB.
/// - Above [`LINK_MAX`] (32,000): longer than a message many chat apps accept at all, and near
///   the lengths some browsers stop handling; export a file instead.
pub fn link_size_warning(url_len: usize) -> Option<&'static str> {
    if url_len > LINK_MAX {
        Some("This link is very long: most chat apps and some browsers cannot carry it. Send an exported file instead.")
    } else if url_len > LINK_HARD_LIMIT {
        Some("This link is long: many chat and email apps cut links longer than about 8,000 characters. Check it opens, or send an exported file.")
    } else if url_len > LINK_SOFT_LIMIT {
        Some("Some chat apps and browsers may cut links longer than about 2,000 characters.")
    } else {
        None
    }
}

pub const LINK_SOFT_LIMIT: usize = 2_000;
pub const LINK_HARD_LIMIT: usize = 8_000;
pub const LINK_MAX: usize = 32_000;

/// Unknown tags are shown to the reader; a pasted essay should not be.
fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(12).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// LEB128: a text under 128 bytes costs one byte of length.
fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// The value and the number of bytes it took, or `None` when it runs off the end or past 64 bits.
fn get_varint(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut n: u64 = 0;
    for (i, &b) in bytes.iter().enumerate().take(10) {
        let part = u64::from(b & 0x7f);
        let shift = 7 * i as u32;
        if shift == 63 && part > 1 {
            return None;
        }
        n |= part << shift;
        if b & 0x80 == 0 {
            return Some((n, i + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests;
