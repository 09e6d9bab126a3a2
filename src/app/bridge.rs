//! The page's one doorway to the bridges (share links, exports, file import, a person's own
//! corrections), so that the rest of the page does not depend on their exact signatures.
//!
//! STUB until the bridges branch is merged: the bodies below stand in for
//! `claimlens::{share, export, import, custom}` and are replaced by calls to them.

use claimlens::digest::Digest;
use claimlens::engine::Analysis;
use claimlens::view::{Customizations, ViewState};

/// A link's payload, decoded.
pub struct Loaded {
    pub text: String,
    pub view: ViewState,
    pub warning: Option<String>,
}

/// The fragment (without `#`) that carries `text` and `view`.
pub fn share_fragment(text: &str, view: &ViewState) -> String {
    use base64::Engine;
    let json = serde_json::json!({ "text": text, "view": view }).to_string();
    format!(
        "v1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
    )
}

/// Reads a fragment (without `#`); the error is a sentence for the person.
pub fn share_load(fragment: &str) -> Result<Loaded, String> {
    use base64::Engine;
    let bad = || "This link is damaged or incomplete: its article could not be read.".to_string();
    let payload = fragment.strip_prefix("v1.").ok_or_else(bad)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| bad())?;
    let v: serde_json::Value = serde_json::from_slice(&bytes).map_err(|_| bad())?;
    let text = v
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or_else(bad)?
        .to_string();
    let view = v
        .get("view")
        .cloned()
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default();
    Ok(Loaded {
        text,
        view,
        warning: None,
    })
}

/// A caution for links of this many bytes, if they risk being cut by the places people paste them.
pub fn link_warning(len: usize) -> Option<&'static str> {
    (len > 8000).then_some("This link is long: some chat and mail programs cut long links.")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Json,
    Markdown,
    Html,
}

/// A file to download: its name, media type and contents.
pub struct ExportFile {
    pub name: String,
    pub mime: &'static str,
    pub body: String,
}

pub fn export(kind: ExportKind, text: &str, analysis: &Analysis, _digest: &Digest) -> ExportFile {
    let _ = text;
    match kind {
        ExportKind::Json => ExportFile {
            name: "claimlens.json".into(),
            mime: "application/json",
            body: serde_json::to_string_pretty(analysis).unwrap_or_default(),
        },
        ExportKind::Markdown => ExportFile {
            name: "claimlens.md".into(),
            mime: "text/markdown",
            body: text.to_string(),
        },
        ExportKind::Html => ExportFile {
            name: "claimlens.html".into(),
            mime: "text/html",
            body: String::new(),
        },
    }
}

/// The text of an opened file, and a note when decoding had to guess or replace something.
pub fn read_file(bytes: &[u8], name: &str) -> (String, Option<String>) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let lower = name.to_ascii_lowercase();
    let _ = lower.ends_with(".html") || lower.ends_with(".htm");
    (text, None)
}

/// The analysis with the person's corrections applied.
pub fn apply_custom(_text: &str, analysis: &Analysis, custom: &Customizations) -> Analysis {
    let mut a = analysis.clone();
    a.spans.retain(|s| {
        !custom
            .dismissed
            .iter()
            .any(|d| d.start == s.start && d.end == s.end && d.category == s.category)
            && !custom
                .ignored_words
                .iter()
                .any(|w| w.eq_ignore_ascii_case(&s.text))
    });
    a
}
