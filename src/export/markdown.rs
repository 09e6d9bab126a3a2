//! The Markdown report: figures, claims, sources and cues as tables that read well both rendered
//! and as plain text.
//!
//! Every piece of user text goes through [`inline`], which backslash-escapes the punctuation
//! Markdown (CommonMark and GitHub's extensions) gives meaning to, so an article can never become
//! emphasis, links, images, raw HTML, autolinks or table cells in the report.

use crate::engine::document::At;
use std::fmt::Write;

use super::{claim_numbers, claim_rows, collapse, name, source_kind_label, title_of};
use crate::digest::{fixed, Digest};
use crate::engine::{json, Analysis};

pub fn markdown(text: &str, analysis: &Analysis, digest: &Digest) -> String {
    let mut out = String::new();
    let title = title_of(text);
    if title.is_empty() {
        out.push_str("# Claimlens report\n\n");
    } else {
        let _ = writeln!(out, "# Claimlens report: {}\n", inline(&title));
    }
    let numbers = claim_numbers(analysis);
    let claim_list = |sentences: &[usize]| -> String {
        let list: Vec<String> = sentences.iter().filter_map(|&i| numbers.get(i).copied().flatten()).map(|n| n.to_string()).collect();
        if list.is_empty() {
            "—".to_string()
        } else {
            list.join(", ")
        }
    };

    let d = digest;
    if let Some(language) = d.other_language {
        let _ = writeln!(out, "> **Note:** {}\n", inline(&language.warning()));
    }
    out.push_str("## Summary\n\n| Figure | Value |\n|---|---:|\n");
    let rows: [(&str, String); 8] = [
        ("Words", d.words.to_string()),
        ("Sentences", d.sentences.to_string()),
        ("Claims", d.claims.to_string()),
        ("Hedges", format!("{} ({} per 1,000 words)", d.hedges, fixed(d.hedges_per_1000_words as f64, 1))),
        ("Boosters", format!("{} ({} per 1,000 words)", d.boosters, fixed(d.boosters_per_1000_words as f64, 1))),
        ("Loaded wording", d.loaded.to_string()),
        ("Attributions", d.attributions.to_string()),
        ("Claims with no attribution", format!("{}%", fixed(d.unattributed_claim_share as f64 * 100.0, 0))),
    ];
    for (label, value) in rows {
        let _ = writeln!(out, "| {label} | {value} |");
    }

    out.push_str("\n## Claims\n\n");
    if d.claims == 0 && !analysis.sentences.iter().any(|s| s.claim.is_some()) {
        out.push_str("No claims found.\n");
    } else {
        out.push_str("| # | Kind | Check-worthiness | Certainty | Source | Sentence |\n|---:|---|---:|---:|---|---|\n");
        for row in claim_rows(text, analysis, d, &numbers) {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                row.number,
                row.kind,
                row.checkworthiness,
                row.certainty,
                row.source.cell(inline),
                inline(row.text),
            );
        }
    }

    out.push_str("\n## Sources\n\n");
    if analysis.attributions.is_empty() && d.sources.is_empty() && d.agentless.is_empty() {
        out.push_str("No attributions found.\n");
    } else {
        if !d.sources.is_empty() {
            out.push_str("| Source | Kind | Mentions | Claims |\n|---|---|---:|---|\n");
            for s in &d.sources {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    inline(&s.label),
                    source_kind_label(s.kind),
                    s.attributions.len(),
                    claim_list(&s.claims),
                );
            }
        }
        if !d.agentless.is_empty() {
            let _ = writeln!(
                out,
                "\n{} {} with no source named (\u{201c}it is reported that\u{201d}).",
                d.agentless.len(),
                if d.agentless.len() == 1 { "attribution" } else { "attributions" },
            );
        }
    }

    out.push_str("\n## Cues\n\n");
    if analysis.spans.is_empty() {
        out.push_str("No hedges, boosters or loaded wording found.\n");
    } else {
        out.push_str("| Category | Kind | Text | Why |\n|---|---|---|---|\n");
        for s in &analysis.spans {
            let quoted = if s.quoted { " (in a quotation)" } else { "" };
            let _ = writeln!(out, "| {} | {} | {}{quoted} | {} |", name(json::category(s.category)), name(json::cue_kind(s.kind)), inline(&s.text), inline(&s.why));
        }
    }
    out
}

/// User text as literal inline Markdown on one line: whitespace collapsed (a line break would end
/// a table row), and every character that could start markup backslash-escaped. CommonMark lets
/// any ASCII punctuation be escaped, so the rendered text is unchanged.
pub fn inline(s: &str) -> String {
    let s = collapse(s);
    let mut out = String::with_capacity(s.len() + 8);
    let lower = s.to_ascii_lowercase();
    for (i, c) in s.char_indices() {
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '#' | '{' | '}' | '$' => true,
            // Autolinks: "https://…", "mailto:…", "javascript:…" all need a colon.
            ':' => true,
            // GitHub also links bare "www." addresses.
            '.' => i >= 3 && lower.at(..i).ends_with("www"),
            // A cell may start with these and be read as a list item or heading when the report
            // is reflowed; escaping them at the start costs nothing.
            '-' | '+' | '=' => i == 0,
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
