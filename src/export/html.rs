//! The standalone annotated page: the article with its cues marked, the claims, the sources and
//! a legend, in one file that opens offline with no script at all.
//!
//! The file's Content-Security-Policy allows inline styles and nothing else, so even if some
//! text escaped escaping, it could not run or fetch anything. Marks on the article may cross each
//! other (attributed content spans sentences; a hedge may straddle a source): [`render_marked`]
//! splits them into properly nested elements.

use crate::engine::document::At;
use std::fmt::Write;

use super::{certainty_band, checkworthiness_band, claim_numbers, claim_rows, collapse, name, source_kind_label, source_words};
use crate::digest::{fixed, score_text, Digest};
use crate::engine::{json, Analysis, Category};

const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE: &str = r#"
:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fdfdfb; --muted: #5f6368; --line: #d6d6d0;
  --hedge: #dbe8ff; --hedge-line: #2f6fd6; --booster: #ffe2c2; --booster-line: #c25e00;
  --loaded: #ffd6dc; --loaded-line: #b3213b; --source: #0b7a45; --content: #e8f5ec; --claim: #8a6d00; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8e6; --bg: #17181a; --muted: #a0a4a8; --line: #3a3b3e;
    --hedge: #1f3357; --hedge-line: #7fb0ff; --booster: #4a2f12; --booster-line: #ffb366;
    --loaded: #4d1d27; --loaded-line: #ff8fa3; --source: #6fd9a0; --content: #1d3327; --claim: #e0c050; }
}
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 1rem/1.6 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
.meta, .note { color: var(--muted); }
article { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; font-size: 1.05rem; line-height: 1.75; }
.hl.hedge { background: var(--hedge); border-bottom: 2px dotted var(--hedge-line); }
.hl.booster { background: var(--booster); border-bottom: 2px solid var(--booster-line); }
.hl.loaded { background: var(--loaded); border-bottom: 2px wavy var(--loaded-line); }
.hl.source { color: var(--source); font-weight: 600; }
.hl.cue { color: var(--source); text-decoration: underline; }
.hl.content { background: var(--content); }
.claim { border-bottom: 1px solid transparent; }
.claim.cw-high { border-bottom-color: var(--claim); }
.claim:target { outline: 2px solid var(--claim); }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
dl.figures { display: grid; grid-template-columns: max-content auto; gap: .1rem 1rem; }
dl.figures dt { color: var(--muted); } dl.figures dd { margin: 0; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
a { color: inherit; }
"#;

pub fn html(text: &str, analysis: &Analysis, digest: &Digest, title: &str) -> String {
    let title = collapse(title);
    let title = if title.is_empty() { "Claimlens analysis".to_string() } else { title };
    let numbers = claim_numbers(analysis);
    let d = digest;
    let mut out = String::with_capacity(text.len() * 3 + 8192);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Claimlens\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&title)
    );
    let _ = writeln!(out, "<header>\n<h1>{}</h1>\n<p class=\"meta\">Claimlens analysis, made in the browser: what the text claims and how firmly.</p>\n</header>", esc(&title));
    if let Some(language) = d.other_language {
        let _ = writeln!(out, "<p class=\"note\" role=\"note\">{}</p>", esc(&language.warning()));
    }

    out.push_str("<section id=\"legend\">\n<h2>Legend</h2>\n<ul class=\"legend\">\n");
    for (class, label, about) in [
        ("hl hedge", "hedge", "softens the writer's commitment"),
        ("hl booster", "booster", "hardens it"),
        ("hl loaded", "loaded", "emotive or loaded wording"),
        ("hl source", "source", "who says it"),
        ("hl cue", "cue", "the reporting word"),
        ("hl content", "content", "what is attributed"),
        ("claim cw-high", "claim", "underlined when check-worthy"),
    ] {
        let _ = writeln!(out, "<li><span class=\"{class}\">{label}</span>: {about}</li>");
    }
    out.push_str("</ul>\n<p class=\"note\">Hover over a mark to read why it was marked.</p>\n</section>\n");

    out.push_str("<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"figures\">\n");
    for (label, value) in [
        ("Words", d.words.to_string()),
        ("Sentences", d.sentences.to_string()),
        ("Claims", d.claims.to_string()),
        ("Hedges", format!("{} ({} per 1,000 words)", d.hedges, fixed(d.hedges_per_1000_words as f64, 1))),
        ("Boosters", format!("{} ({} per 1,000 words)", d.boosters, fixed(d.boosters_per_1000_words as f64, 1))),
        ("Loaded wording", d.loaded.to_string()),
        ("Attributions", d.attributions.to_string()),
        ("Claims with no attribution", format!("{}%", fixed(d.unattributed_claim_share as f64 * 100.0, 0))),
    ] {
        let _ = writeln!(out, "<dt>{label}</dt><dd>{value}</dd>");
    }
    out.push_str("</dl>\n</section>\n");

    out.push_str("<h2>Text</h2>\n<article>");
    out.push_str(&render_marked(text, &marks(text, analysis, &numbers)));
    out.push_str("</article>\n");

    out.push_str("<section id=\"claims\">\n<h2>Claims</h2>\n");
    if numbers.iter().all(Option::is_none) {
        out.push_str("<p>No claims found.</p>\n");
    } else {
        out.push_str("<table>\n<thead><tr><th>#</th><th>Kind</th><th>Check-worthiness</th><th>Certainty</th><th>Source</th><th>Sentence</th></tr></thead>\n<tbody>\n");
        for row in claim_rows(text, analysis, d, &numbers) {
            let _ = writeln!(
                out,
                "<tr><td class=\"num\"><a href=\"#s-{}\">{}</a></td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>",
                row.sentence,
                row.number,
                row.kind,
                row.checkworthiness,
                row.certainty,
                row.source.cell(esc),
                esc(&collapse(row.text)),
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");

    out.push_str("<section id=\"sources\">\n<h2>Sources</h2>\n");
    if analysis.attributions.is_empty() && d.sources.is_empty() && d.agentless.is_empty() {
        out.push_str("<p>No attributions found.</p>\n");
    }
    if !d.sources.is_empty() {
        out.push_str("<table>\n<thead><tr><th>Source</th><th>Kind</th><th>Mentions</th><th>Claims</th></tr></thead>\n<tbody>\n");
        for s in &d.sources {
            let claims: Vec<String> = s
                .claims
                .iter()
                .filter_map(|&i| numbers.get(i).copied().flatten().map(|n| format!("<a href=\"#s-{i}\">{n}</a>")))
                .collect();
            let claims = if claims.is_empty() { "\u{2014}".to_string() } else { claims.join(", ") };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{claims}</td></tr>",
                esc(&s.label),
                source_kind_label(s.kind),
                s.attributions.len()
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if !d.agentless.is_empty() {
        let n = d.agentless.len();
        let _ = writeln!(out, "<p>{n} {} with no source named (\u{201c}it is reported that\u{201d}).</p>", if n == 1 { "attribution" } else { "attributions" });
    }
    out.push_str("</section>\n</body>\n</html>\n");
    out
}

/// The marks of the article: claim sentences, attribution parts and cue spans.
fn marks(text: &str, analysis: &Analysis, numbers: &[Option<usize>]) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (i, s) in analysis.sentences.iter().enumerate() {
        let (Some(claim), Some(n)) = (&s.claim, numbers.get(i).copied().flatten()) else { continue };
        let title = format!(
            "Claim {n}: {}, check-worthiness {}, certainty {}. {}",
            name(json::claim_kind(claim.kind)),
            score_text(claim.checkworthiness),
            score_text(s.certainty),
            s.why
        );
        marks.push(Mark {
            start: s.start,
            end: s.end,
            rank: 0,
            id: Some(format!("s-{i}")),
            attrs: format!(
                " class=\"claim cw-{}\" data-cw=\"{}\" data-certainty=\"{}\" title=\"{}\"",
                checkworthiness_band(claim.checkworthiness),
                checkworthiness_band(claim.checkworthiness),
                certainty_band(s.certainty),
                esc(&title)
            ),
        });
    }
    for a in &analysis.attributions {
        let who = source_words(text, a);
        for r in &a.content {
            let title = format!("Content attributed to {who}. {}", a.why);
            marks.push(Mark::new(r.start, r.end, 1, "content", &title));
        }
        if let Some(r) = a.source {
            let title = format!("Source ({}): {}", source_kind_label(a.source_kind), a.why);
            marks.push(Mark::new(r.start, r.end, 2, "source", &title));
        }
        let title = format!("Reporting cue ({}): {}", name(json::stance(a.stance)), a.why);
        marks.push(Mark::new(a.cue.start, a.cue.end, 2, "cue", &title));
    }
    for s in &analysis.spans {
        let category = name(json::category(s.category));
        let quoted = if s.quoted { " (inside a quotation)" } else { "" };
        let title = format!("{} ({}){quoted}: {}", capitalise(&category), name(json::cue_kind(s.kind)), s.why);
        let mut m = Mark::new(s.start, s.end, 3, &category, &title);
        if s.category == Category::Hedge {
            let _ = write!(m.attrs, " data-kind=\"{}\"", name(json::cue_kind(s.kind)));
        }
        marks.push(m);
    }
    marks
}

/// Capitalises a category name. ASCII only: the names are ASCII, and `char::to_uppercase` would
/// bring Unicode's whole case table into the page's module.
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect()).unwrap_or_default()
}

/// One element to wrap around `[start, end)` of the text. Marks with a lower `rank` sit outside
/// marks of a higher one over the same range.
#[derive(Clone, Debug)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub rank: u8,
    /// Attributes, already escaped, each with a leading space.
    pub attrs: String,
    /// Given only where the element first opens: a mark split by a crossing mark must not
    /// repeat an id.
    pub id: Option<String>,
}

impl Mark {
    fn new(start: usize, end: usize, rank: u8, category: &str, title: &str) -> Mark {
        Mark {
            start,
            end,
            rank,
            id: None,
            attrs: format!(" class=\"hl {category}\" data-category=\"{category}\" title=\"{}\"", esc(title)),
        }
    }
}

/// The text, escaped, with every mark as a `<span>`. Marks may nest or cross: the text is cut at
/// every mark boundary, and between two cuts exactly the marks covering that piece are open,
/// outermost (earliest start, then latest end, then lowest rank) first. When the set changes,
/// elements are closed back to the longest prefix the old and new sets share and the rest
/// reopened, so the output is always well formed and each character sits inside exactly the
/// marks that cover it. Empty marks and marks outside the text or off character boundaries are
/// left out.
pub fn render_marked(text: &str, marks: &[Mark]) -> String {
    let ok = |m: &&Mark| m.start < m.end && m.end <= text.len() && text.is_char_boundary(m.start) && text.is_char_boundary(m.end);
    let mut order: Vec<&Mark> = marks.iter().filter(ok).collect();
    crate::sort::sort_by(&mut order, |a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.rank.cmp(&b.rank)));
    let key = |i: usize| (order.at(i).start, std::cmp::Reverse(order.at(i).end), order.at(i).rank, i);

    let mut cuts: Vec<usize> = order.iter().flat_map(|m| [m.start, m.end]).chain([0, text.len()]).collect();
    crate::sort::sort_dedup(&mut cuts);

    let mut out = String::with_capacity(text.len() * 2);
    let mut open: Vec<usize> = Vec::new();
    let mut opened = vec![false; order.len()];
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        active.retain(|&i| order.at(i).end > a);
        while next < order.len() && order.at(next).start <= a {
            active.push(next);
            next += 1;
        }
        crate::sort::sort_by_key(&mut active, |&i| key(i));
        let keep = open.iter().zip(&active).take_while(|(x, y)| x == y).count();
        for _ in keep..open.len() {
            out.push_str("</span>");
        }
        open.truncate(keep);
        for &i in active.at(keep..) {
            let m = *order.at(i);
            out.push_str("<span");
            if let Some(id) = m.id.as_ref().filter(|_| !*opened.at(i)) {
                let _ = write!(out, " id=\"{}\"", esc(id));
            }
            out.push_str(&m.attrs);
            out.push('>');
            *opened.at_mut(i) = true;
            open.push(i);
        }
        out.push_str(&esc(text.at(a..b)));
    }
    for _ in 0..open.len() {
        out.push_str("</span>");
    }
    out
}

/// Text safe in HTML content and in quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
