//! The page's one doorway to the bridges (exports, file import, a person's own corrections, the
//! share link's length): the rest of the page calls these, so a change of signature there is one
//! edit here. Share links themselves wait on the browser's compression: `services::links`.

use claimlens::digest::Digest;
use claimlens::engine::Analysis;
use claimlens::view::Customizations;
use claimlens::{custom, export, import, share};

/// A caution for a link of this many characters, if it risks being cut where people paste it.
pub fn link_warning(len: usize) -> Option<&'static str> {
    share::link_size_warning(len)
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

pub fn export(kind: ExportKind, text: &str, analysis: &Analysis, digest: &Digest) -> ExportFile {
    let title = export::title_of(text);
    let (ext, mime, body) = match kind {
        ExportKind::Json => ("json", "application/json", export::json(text, analysis)),
        ExportKind::Markdown => ("md", "text/markdown", export::markdown(text, analysis, digest)),
        ExportKind::Html => ("html", "text/html", export::html(text, analysis, digest, &title)),
    };
    ExportFile { name: export::file_name(&title, ext), mime, body }
}

/// The text of an opened file, and a note when decoding had to guess or replace something.
/// HTML files (by name or by content) are reduced to their text.
pub fn read_file(bytes: &[u8], name: &str) -> (String, Option<String>) {
    let decoded = import::decode_file(bytes);
    let lower = name.to_ascii_lowercase();
    let html = lower.ends_with(".html") || lower.ends_with(".htm") || import::looks_like_html(&decoded.text);
    let text = if html { import::html_to_text(&decoded.text) } else { decoded.text };
    (text, decoded.note)
}

/// The text of a paste that is HTML source (copied from a page's source or an editor's HTML
/// view), or `None` for a paste of text: what a reader wants analysed is the article, not its
/// tags.
pub fn paste_markup(pasted: &str) -> Option<String> {
    import::looks_like_html(pasted).then(|| import::html_to_text(pasted))
}

/// The analysis with the person's corrections applied.
pub fn apply_custom(text: &str, analysis: &Analysis, custom: &Customizations) -> Analysis {
    custom::apply(text, analysis, custom)
}
