//! Exports of an analysis as files a reader can keep or send: the JSON contract, a Markdown
//! report and a standalone annotated HTML page.
//!
//! All user text (the article, and the engine's `why`, which quotes it) is escaped for the
//! target format: an article containing markup or links must come out as the same characters,
//! never as live markup. Figures come from the [`Digest`](crate::digest::Digest), so an export
//! never disagrees with the panel.

pub mod html;
pub mod markdown;

use crate::engine::document::At;
use crate::digest::{score_text, Digest};
use crate::engine::{json, Analysis, Attribution, Range, SourceKind};

pub use html::html;
pub use markdown::markdown;

/// The analysis exactly as `claimlens analyze --json` prints it: pretty JSON and a final newline.
/// The text is not included, as in the command line's output.
pub fn json(_text: &str, analysis: &Analysis) -> String {
    let mut out = json::to_string_pretty(analysis);
    out.push('\n');
    out
}

/// A title for exports: the first line of the text that has words, whitespace collapsed, cut at
/// a word boundary to at most 80 characters (with "…" when cut). Empty for a text with no words.
pub fn title_of(text: &str) -> String {
    let line = text.lines().find(|l| l.chars().any(char::is_alphanumeric)).unwrap_or("");
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut out = String::new();
    for w in &words {
        let extra = usize::from(!out.is_empty()) + w.chars().count();
        if out.chars().count() + extra > 80 {
            if out.is_empty() {
                out = w.chars().take(79).collect();
            }
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A file name safe on every common system: letters and digits of `title` (any script), other
/// characters turned into single hyphens, lower case, no leading dot, no reserved Windows device
/// name, at most 60 characters including the extension; "claimlens-analysis" when nothing usable
/// is left. `ext` is given without or with its dot ("md" or ".md").
pub fn file_name(title: &str, ext: &str) -> String {
    let ext: String = ext.trim_start_matches('.').chars().filter(char::is_ascii_alphanumeric).take(8).collect::<String>().to_ascii_lowercase();
    let room = 60 - if ext.is_empty() { 0 } else { ext.len() + 1 };
    let line = title.lines().find(|l| l.chars().any(char::is_alphanumeric)).unwrap_or("");
    let mut stem = String::new();
    let mut count = 0;
    let mut cut = false;
    for c in line.chars() {
        let mut piece = String::new();
        if c.is_alphanumeric() {
            crate::lower::push(&mut piece, c);
        } else {
            piece.push('-');
        }
        if piece == "-" && (stem.is_empty() || stem.ends_with('-')) {
            continue;
        }
        let n = piece.chars().count();
        if count + n > room {
            cut = true;
            break;
        }
        count += n;
        stem.push_str(&piece);
    }
    // A name cut mid-word reads badly; cut back to the last whole word when that keeps most of it.
    if cut {
        if let Some(h) = stem.rfind('-').filter(|&h| stem.at(..h).chars().count() >= room / 2) {
            stem.truncate(h);
        }
    }
    let stem = stem.trim_matches('-');
    let stem = if stem.is_empty() {
        "claimlens-analysis".to_string()
    } else if is_reserved_on_windows(stem) {
        format!("claimlens-{stem}")
    } else {
        stem.to_string()
    };
    if ext.is_empty() {
        stem
    } else {
        format!("{stem}.{ext}")
    }
}

fn is_reserved_on_windows(stem: &str) -> bool {
    let s = stem.to_ascii_lowercase();
    matches!(s.as_str(), "con" | "prn" | "aux" | "nul")
        || (s.len() == 4 && (s.starts_with("com") || s.starts_with("lpt")) && s.as_bytes()[3].is_ascii_digit())
}

// One definition of the bands, shared with the page, so a claim marked "high" in the article is
// "high" in every export too.
pub use crate::digest::{certainty_band, checkworthiness_band};

/// The JSON name of an enum value ("epistemic", "self"), so exports use the contract's words:
/// the JSON writer's own (`engine::json`, held to serde's by its tests), less the quotation marks.
pub(crate) fn name(quoted: &'static str) -> &'static str {
    quoted.at(1..quoted.len() - 1)
}

/// How a source kind reads in a report.
pub(crate) fn source_kind_label(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Named => "named person",
        SourceKind::Institution => "organisation or role",
        SourceKind::Vague => "vague source",
        SourceKind::SelfSource => "the author",
        SourceKind::None => "no source named",
    }
}

/// Who a claim is attributed to, for the claims tables of every export.
pub(crate) enum ClaimSource {
    /// Each voice reporting in the sentence, in reading order: the source's words and a label
    /// for its kind. Never empty.
    Sources(Vec<(String, &'static str)>),
    Unattributed,
    /// The digest does not cover this sentence (a digest built for another analysis).
    Unknown,
}

pub(crate) fn claim_source(text: &str, analysis: &Analysis, d: &Digest, sentence: usize) -> ClaimSource {
    match d.sentence_sources.get(sentence) {
        Some(voices) if voices.is_empty() => ClaimSource::Unattributed,
        Some(voices) => {
            let named: Option<Vec<_>> =
                voices.iter().map(|&a| analysis.attributions.get(a).map(|a| (source_words(text, a), source_kind_label(a.source_kind)))).collect();
            named.map_or(ClaimSource::Unknown, ClaimSource::Sources)
        }
        None => ClaimSource::Unknown,
    }
}

impl ClaimSource {
    /// The table cell, with the sources' words escaped for the report's format. Several voices
    /// are joined by "; ", not ",": a source's own words may hold a comma ("Smith, a spokesman").
    pub(crate) fn cell(&self, escape: impl Fn(&str) -> String) -> String {
        match self {
            ClaimSource::Sources(voices) => voices.iter().map(|(words, kind)| format!("{} ({kind})", escape(words))).collect::<Vec<_>>().join("; "),
            ClaimSource::Unattributed => "unattributed".to_string(),
            ClaimSource::Unknown => "\u{2014}".to_string(),
        }
    }
}

/// One row of the claims table every report prints, before the report escapes it for its format.
pub(crate) struct ClaimRow<'t> {
    /// Index into `Analysis::sentences`.
    pub sentence: usize,
    /// The claim's number in reading order, from 1.
    pub number: usize,
    pub kind: String,
    pub checkworthiness: String,
    pub certainty: String,
    pub source: ClaimSource,
    /// The sentence as written (not escaped, not collapsed).
    pub text: &'t str,
}

/// The claims of `analysis` in reading order, as the reports' tables show them.
pub(crate) fn claim_rows<'t>(
    text: &'t str,
    analysis: &'t Analysis,
    d: &'t Digest,
    numbers: &'t [Option<usize>],
) -> impl Iterator<Item = ClaimRow<'t>> + 't {
    analysis.sentences.iter().enumerate().filter_map(move |(i, s)| {
        let (Some(claim), Some(number)) = (&s.claim, numbers.get(i).copied().flatten()) else { return None };
        Some(ClaimRow {
            sentence: i,
            number,
            kind: name(json::claim_kind(claim.kind)).to_string(),
            checkworthiness: score_text(claim.checkworthiness),
            certainty: score_text(s.certainty),
            source: claim_source(text, analysis, d, i),
            text: slice(text, s.start, s.end),
        })
    })
}

/// The words of an attribution's source, or a description when no agent is named.
pub(crate) fn source_words(text: &str, a: &Attribution) -> String {
    source_named(text, a).unwrap_or_else(|| "(no source named)".to_string())
}

/// The words of an attribution's source, with the earlier words a pronoun stands for: "She
/// (Jane Smith)", since a "she" alone cannot be checked. `None` when no agent is named.
pub fn source_named(text: &str, a: &Attribution) -> Option<String> {
    let words = |r: Range| text.get(r.start..r.end).map(collapse);
    let who = words(a.source?)?;
    Some(match a.refers_to.and_then(words) {
        Some(refers) => format!("{who} ({refers})"),
        None => who,
    })
}

/// `text[start..end]`, or "" when the range does not fit the text (an analysis built for
/// another text must not crash an export).
pub(crate) fn slice(text: &str, start: usize, end: usize) -> &str {
    text.get(start..end).unwrap_or("")
}

/// Whitespace runs (line breaks included) as single spaces, trimmed.
pub(crate) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Claim numbers (1-based, reading order) by sentence index: reports number claims, the engine
/// numbers sentences.
pub(crate) fn claim_numbers(analysis: &Analysis) -> Vec<Option<usize>> {
    let mut n = 0;
    analysis
        .sentences
        .iter()
        .map(|s| {
            s.claim.as_ref().map(|_| {
                n += 1;
                n
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
