//! `claimlens eval DATA_DIR`: scores the engine on the labelled development sets and prints one
//! Markdown table, ready to paste into the README.
//!
//! The metric definitions are fixed (numbers from different versions must compare):
//! - uncertainty: a sentence is predicted uncertain when it has at least one hedge span; gold
//!   uncertain when `label == "uncertain"`; P/R/F1 of the uncertain class. Cues: overlap
//!   matching of predicted hedge spans against gold cue spans of any type.
//! - check-worthiness: a record is positive when its highest sentence check-worthiness is at
//!   least 0.5 (no claim counts as 0); gold `label == 1`; P/R/F1 of the positive class.
//! - attribution: overlap matching per role (source, cue, content).
//! - loaded language: characters covered by `loaded` spans against characters covered by any
//!   gold propaganda span.
//!
//! The arithmetic lives in [`crate::metrics`]. Files are streamed record by record; a missing
//! file turns its rows into "missing" and the others still run.

use std::borrow::Borrow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use claimlens::engine::{Analysis, Category, CueKind, Range};
use serde::Deserialize;
use serde_json::Value;

use crate::metrics::{self, CodePoints, Counts};
use crate::report::{self, Mark};
use crate::{exit, Fail};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Task {
    Uncertainty,
    CheckWorthiness,
    Attribution,
    Loaded,
}

/// One development set and the metrics scored on it, with their targets.
struct Set {
    task: Task,
    path: &'static str,
    metrics: &'static [(&'static str, &'static str)],
    /// Gold span types that count as cues; empty means every type. BioScope also labels negation
    /// and scopes, which are not hedge cues.
    gold_types: &'static [&'static str],
}

/// Diagnostic rows, not targets: the Szeged annotation never labels approximators ("about 300"),
/// which Claimlens marks as hedges for a reader; these rows show what that one choice costs.
const APPROXIMATORS_ASIDE: [(&str, &str); 2] = [("sentence F1, approximators aside", "-"), ("cue F1, approximators aside", "-")];

const SETS: &[Set] = &[
    Set {
        task: Task::Uncertainty,
        path: "uncertainty/factbank_dev.jsonl",
        metrics: &[("sentence F1", "0.85"), ("cue F1", "0.80"), APPROXIMATORS_ASIDE[0], APPROXIMATORS_ASIDE[1]],
        gold_types: &[],
    },
    Set { task: Task::Uncertainty, path: "uncertainty/wiki_dev.jsonl", metrics: &[("sentence F1", "0.75"), ("cue F1", "-")], gold_types: &[] },
    Set { task: Task::CheckWorthiness, path: "claims/checkthat2024_dev.jsonl", metrics: &[("F1", "0.80")], gold_types: &[] },
    Set {
        task: Task::Attribution,
        path: "attribution/polnear_dev_paragraphs.jsonl",
        metrics: &[("cue F1", "0.85"), ("source F1", "0.80"), ("content F1", "0.75")],
        gold_types: &[],
    },
    Set { task: Task::Loaded, path: "propaganda/ptc_train.jsonl", metrics: &[("char F1", "0.40")], gold_types: &[] },
];

/// Other parts of the same corpora, on which no weights were fitted and against which no rule was
/// written (the PolNeAR training paragraphs were only read for error analysis): a score much
/// lower here than on the development sets would mean the engine was tuned to them.
const HELD_OUT: &[Set] = &[
    Set { task: Task::Uncertainty, path: "uncertainty/bio_bmc.jsonl", metrics: &[("sentence F1", "-"), ("cue F1", "-")], gold_types: &[] },
    Set { task: Task::Uncertainty, path: "uncertainty/bio_fly.jsonl", metrics: &[("sentence F1", "-"), ("cue F1", "-")], gold_types: &[] },
    Set { task: Task::Uncertainty, path: "uncertainty/bio_hbc.jsonl", metrics: &[("sentence F1", "-"), ("cue F1", "-")], gold_types: &[] },
    Set { task: Task::Uncertainty, path: "bioscope/abstracts.jsonl", metrics: &[("sentence F1", "-"), ("cue F1", "-")], gold_types: &["spec_cue"] },
    Set { task: Task::Uncertainty, path: "bioscope/full_papers.jsonl", metrics: &[("sentence F1", "-"), ("cue F1", "-")], gold_types: &["spec_cue"] },
    Set { task: Task::CheckWorthiness, path: "claims/claimbuster_train.jsonl", metrics: &[("F1", "-")], gold_types: &[] },
    Set {
        task: Task::Attribution,
        path: "attribution/polnear_train_paragraphs.jsonl",
        metrics: &[("cue F1", "-"), ("source F1", "-"), ("content F1", "-")],
        gold_types: &[],
    },
];

impl Task {
    fn name(self) -> &'static str {
        match self {
            Task::Uncertainty => "uncertainty",
            Task::CheckWorthiness => "check-worthiness",
            Task::Attribution => "attribution",
            Task::Loaded => "loaded language",
        }
    }
}

/// A labelled record as the data sets store it; other fields are ignored.
#[derive(Deserialize)]
struct Record {
    text: String,
    #[serde(default)]
    label: Value,
    /// `[start, end, type]` in code points.
    #[serde(default)]
    spans: Vec<(usize, usize, String)>,
}

/// A gold span converted to bytes.
struct Gold {
    range: Range,
    kind: String,
}

/// The counts of one metric and, with `--errors`, its first false positives and negatives.
#[derive(Default)]
struct Score {
    counts: Counts,
    false_pos: Vec<String>,
    false_neg: Vec<String>,
}

/// What became of one set.
enum Outcome {
    Missing,
    Failed(String),
    Scored { records: usize, scores: Vec<Score> },
}

#[derive(Default)]
struct Totals {
    texts: usize,
    /// Records on which the engine panicked; they are left out of the scores.
    panics: usize,
    bytes: usize,
    engine: Duration,
}

pub fn run(data_dir: &Path, errors: usize) -> Result<u8, Fail> {
    if !data_dir.is_dir() {
        return Err(Fail::new(
            exit::INPUT,
            format!("DATA_DIR '{}' is not a folder (it should hold uncertainty/, claims/, attribution/, propaganda/)", data_dir.display()),
        ));
    }
    let started = Instant::now();
    let mut totals = Totals::default();
    let outcomes: Vec<Outcome> = SETS.iter().map(|set| score_set(data_dir, set, errors, &mut totals)).collect();
    let held_out: Vec<Outcome> = HELD_OUT.iter().map(|set| score_set(data_dir, set, 0, &mut totals)).collect();
    let elapsed = started.elapsed();

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    write_table(&mut out, SETS, &outcomes).map_err(Fail::output)?;
    writeln!(out, "\nThe same engine on other parts of these corpora, not used for tuning:\n").map_err(Fail::output)?;
    write_table(&mut out, HELD_OUT, &held_out).map_err(Fail::output)?;
    let mb = totals.bytes as f64 / 1e6;
    let engine = totals.engine.as_secs_f64();
    writeln!(
        out,
        "\nClaimlens {}: {} texts ({mb:.1} MB) in {:.2} s; the engine alone took {engine:.2} s ({:.1} MB/s).",
        env!("CARGO_PKG_VERSION"),
        totals.texts,
        elapsed.as_secs_f64(),
        if engine > 0.0 { mb / engine } else { 0.0 },
    )
    .map_err(Fail::output)?;
    if errors > 0 {
        write_errors(&mut out, &outcomes).map_err(Fail::output)?;
    }
    out.flush().map_err(Fail::output)?;
    if totals.panics > 0 {
        return Err(Fail::new(exit::INTERNAL, format!("the engine failed on {} records, left out of the scores (see above)", totals.panics)));
    }
    Ok(exit::OK)
}

fn data_name(set: &Set) -> &'static str {
    set.path.strip_suffix(".jsonl").unwrap_or(set.path)
}

fn write_table(out: &mut impl Write, sets: &[Set], outcomes: &[Outcome]) -> io::Result<()> {
    let mut rows: Vec<[String; 5]> = Vec::new();
    for (set, outcome) in sets.iter().zip(outcomes) {
        for (i, (metric, target)) in set.metrics.iter().enumerate() {
            let (data, value) = match outcome {
                Outcome::Missing => (data_name(set).to_string(), "missing".to_string()),
                Outcome::Failed(why) => (data_name(set).to_string(), format!("error: {why}")),
                Outcome::Scored { records, scores } => {
                    let c = scores[i].counts;
                    (format!("{} (n={records})", data_name(set)), format!("{:.3} (P {:.3}, R {:.3})", c.f1(), c.precision(), c.recall()))
                }
            };
            rows.push([set.task.name().into(), data, (*metric).into(), value, (*target).into()]);
        }
    }
    let header = ["task", "data", "metric", "value", "target"];
    let mut widths = header.map(str::len);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cells: &[&str]| -> io::Result<()> {
        let padded: Vec<String> = cells.iter().zip(widths).map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count()))).collect();
        writeln!(out, "| {} |", padded.join(" | "))
    };
    line(out, &header)?;
    let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
    line(out, &rule.iter().map(String::as_str).collect::<Vec<_>>())?;
    for row in &rows {
        line(out, &row.each_ref().map(String::as_str))?;
    }
    Ok(())
}

fn write_errors(out: &mut impl Write, outcomes: &[Outcome]) -> io::Result<()> {
    for (set, outcome) in SETS.iter().zip(outcomes) {
        let Outcome::Scored { scores, .. } = outcome else { continue };
        for ((metric, _), score) in set.metrics.iter().zip(scores) {
            for (what, examples) in [("false positives", &score.false_pos), ("false negatives", &score.false_neg)] {
                writeln!(out, "\n## {} / {} / {metric}: {what}\n", set.task.name(), data_name(set))?;
                if examples.is_empty() {
                    writeln!(out, "(none)")?;
                }
                for e in examples {
                    writeln!(out, "- {e}")?;
                }
            }
        }
    }
    Ok(())
}

fn score_set(dir: &Path, set: &Set, errors: usize, totals: &mut Totals) -> Outcome {
    let path = dir.join(set.path);
    let file = match File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Outcome::Missing,
        Err(e) => {
            eprintln!("claimlens: cannot read '{}': {e}", path.display());
            return Outcome::Failed(e.kind().to_string());
        }
    };
    let mut scores: Vec<Score> = set.metrics.iter().map(|_| Score::default()).collect();
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut buf = Vec::new();
    let (mut line_no, mut records, mut skipped) = (0usize, 0usize, 0usize);
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => line_no += 1,
            Err(e) => {
                eprintln!("claimlens: {}: cannot read line {}: {e}", path.display(), line_no + 1);
                return Outcome::Failed(e.kind().to_string());
            }
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let record: Record = match serde_json::from_slice(&buf) {
            Ok(r) => r,
            Err(e) => {
                skipped += 1;
                if skipped <= 3 {
                    eprintln!("claimlens: {}: line {line_no} skipped: {e}", path.display());
                }
                continue;
            }
        };
        let cps = CodePoints::new(&record.text);
        let mut gold = Vec::with_capacity(record.spans.len());
        for (start, end, kind) in &record.spans {
            match cps.range_to_bytes(*start, *end) {
                Some(_) if !set.gold_types.is_empty() && !set.gold_types.contains(&kind.as_str()) => {}
                Some(range) => gold.push(Gold { range, kind: kind.clone() }),
                None => eprintln!("claimlens: {}: line {line_no}: span [{start}, {end}] lies outside the text; ignored", path.display()),
            }
        }
        let t = Instant::now();
        let analysis = match crate::catch_panic(|| claimlens::analyze(&record.text)) {
            Ok(a) => a,
            Err(what) => {
                // Scoring the rest is still useful while the bug is fixed; the exit code tells.
                eprintln!("claimlens: {}: line {line_no} left out: {}", path.display(), crate::internal_error(&what));
                totals.panics += 1;
                continue;
            }
        };
        totals.engine += t.elapsed();
        totals.texts += 1;
        totals.bytes += record.text.len();
        records += 1;
        let ex = Examples { limit: errors, text: &record.text };
        match set.task {
            Task::Uncertainty => score_uncertainty(&analysis, &record.label, &gold, &ex, &mut scores),
            Task::CheckWorthiness => score_checkworthiness(&analysis, &record.label, &ex, &mut scores[0]),
            Task::Attribution => score_attribution(&analysis, &gold, &ex, &mut scores),
            Task::Loaded => score_loaded(&analysis, &gold, &cps, &ex, &mut scores[0]),
        }
    }
    if skipped > 0 {
        eprintln!("claimlens: {}: {skipped} unreadable records skipped", path.display());
    }
    Outcome::Scored { records, scores }
}

/// Collects error examples up to a limit, building strings only while there is room.
struct Examples<'t> {
    limit: usize,
    text: &'t str,
}

impl Examples<'_> {
    fn add(&self, to: &mut Vec<String>, make: impl FnOnce(&str) -> String) {
        if to.len() < self.limit {
            to.push(make(self.text));
        }
    }

    /// The whole text (cut to a few lines) with `marks`.
    fn whole(&self, to: &mut Vec<String>, marks: &[(Range, Mark)]) {
        self.add(to, |text| report::one_line(&report::marked(text, Range::new(0, text.len()), marks), 400));
    }

    /// A span in context, marked, with a note.
    fn around(&self, to: &mut Vec<String>, r: Range, mark: Mark, note: &str) {
        self.add(to, |text| {
            let window = context(text, r, 80);
            let pre = if window.start > 0 { "…" } else { "" };
            let post = if window.end < text.len() { "…" } else { "" };
            format!("{note}: {pre}{}{post}", report::one_line(&report::marked(text, window, &[(r, mark)]), 400))
        });
    }
}

/// `r` widened by up to `chars` characters on each side.
fn context(text: &str, r: Range, chars: usize) -> Range {
    let start = text[..r.start].char_indices().rev().take(chars).last().map_or(r.start, |(i, _)| i);
    let end = text[r.end..].char_indices().nth(chars).map_or(text.len(), |(i, _)| r.end + i);
    Range::new(start, end)
}

fn hedges(a: &Analysis) -> Vec<Range> {
    a.spans.iter().filter(|s| s.category == Category::Hedge).map(|s| s.range()).collect()
}

/// The highest check-worthiness of any claim in the analysis; 0 when there is no claim.
pub fn top_checkworthiness(a: &Analysis) -> f32 {
    a.sentences.iter().filter_map(|s| s.claim.as_ref()).map(|c| c.checkworthiness).fold(0.0, f32::max)
}

/// Scores (sentence, cue) for one uncertainty record.
fn score_uncertainty(a: &Analysis, label: &Value, gold: &[Gold], ex: &Examples, scores: &mut [Score]) {
    let predicted = hedges(a);
    let gold_ranges: Vec<Range> = gold.iter().map(|g| g.range).collect();
    let (pred_uncertain, gold_uncertain) = (!predicted.is_empty(), label == "uncertain");
    let sentence = &mut scores[0];
    sentence.counts += metrics::binary(pred_uncertain, gold_uncertain);
    if pred_uncertain && !gold_uncertain {
        let marks: Vec<(Range, Mark)> = predicted.iter().map(|&r| (r, Mark::Hedge)).collect();
        ex.whole(&mut sentence.false_pos, &marks);
    } else if gold_uncertain && !pred_uncertain {
        let marks: Vec<(Range, Mark)> = gold_ranges.iter().map(|&r| (r, Mark::Hedge)).collect();
        ex.whole(&mut sentence.false_neg, &marks);
    }
    let cue = &mut scores[1];
    cue.counts += metrics::overlap(&predicted, &gold_ranges);
    span_examples(&predicted, gold, Mark::Hedge, ex, cue);
    if scores.len() == 4 {
        let other: Vec<Range> =
            a.spans.iter().filter(|s| s.category == Category::Hedge && s.kind != CueKind::Approximator).map(|s| s.range()).collect();
        scores[2].counts += metrics::binary(!other.is_empty(), gold_uncertain);
        scores[3].counts += metrics::overlap(&other, &gold_ranges);
    }
}

/// Notes the predictions that overlap no gold span and the gold spans that no prediction overlaps.
fn span_examples<G: Borrow<Gold>>(predicted: &[Range], gold: &[G], mark: Mark, ex: &Examples, score: &mut Score) {
    if ex.limit == 0 {
        return;
    }
    for &p in predicted {
        if !gold.iter().map(Borrow::borrow).any(|g: &Gold| g.range.start.max(p.start) < g.range.end.min(p.end)) {
            ex.around(&mut score.false_pos, p, mark, "predicted");
        }
    }
    for g in gold.iter().map(Borrow::borrow) {
        if !predicted.iter().any(|p| g.range.start.max(p.start) < g.range.end.min(p.end)) {
            ex.around(&mut score.false_neg, g.range, mark, &format!("gold {}", g.kind));
        }
    }
}

fn score_checkworthiness(a: &Analysis, label: &Value, ex: &Examples, score: &mut Score) {
    let top = top_checkworthiness(a);
    let (predicted, gold) = (top >= 0.5, label == 1);
    score.counts += metrics::binary(predicted, gold);
    if predicted != gold {
        let to = if predicted { &mut score.false_pos } else { &mut score.false_neg };
        ex.add(to, |text| format!("{top:.2}  {}", report::one_line(text, 400)));
    }
}

/// Scores (cue, source, content), in the order of the set's metrics.
fn score_attribution(a: &Analysis, gold: &[Gold], ex: &Examples, scores: &mut [Score]) {
    let roles: [(&str, Mark, Vec<Range>); 3] = [
        ("cue", Mark::Cue, a.attributions.iter().map(|at| at.cue).collect()),
        ("source", Mark::Source, a.attributions.iter().filter_map(|at| at.source).collect()),
        ("content", Mark::Content, a.attributions.iter().flat_map(|at| at.content.iter().copied()).collect()),
    ];
    for ((role, mark, predicted), score) in roles.into_iter().zip(scores) {
        let gold_role: Vec<&Gold> = gold.iter().filter(|g| g.kind == role).collect();
        let gold_ranges: Vec<Range> = gold_role.iter().map(|g| g.range).collect();
        score.counts += metrics::overlap(&predicted, &gold_ranges);
        span_examples(&predicted, &gold_role, mark, ex, score);
    }
}

fn score_loaded(a: &Analysis, gold: &[Gold], cps: &CodePoints, ex: &Examples, score: &mut Score) {
    let predicted: Vec<Range> = a.spans.iter().filter(|s| s.category == Category::Loaded).map(|s| s.range()).collect();
    // Characters are counted as code points, like the gold offsets; spans come from the engine on
    // character boundaries, so the conversion cannot fail on a correct engine.
    let predicted_cps: Vec<Range> = predicted.iter().filter_map(|&r| cps.range_to_cps(r)).collect();
    let gold_cps: Vec<Range> = gold.iter().filter_map(|g| cps.range_to_cps(g.range)).collect();
    score.counts += metrics::coverage(&predicted_cps, &gold_cps);
    span_examples(&predicted, gold, Mark::Loaded, ex, score);
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens::engine::{Claim, ClaimKind, Sentence};

    fn sentence(check: Option<f32>) -> Sentence {
        Sentence {
            start: 0,
            end: 0,
            paragraph: 0,
            certainty: 1.0,
            claim: check.map(|c| Claim { kind: ClaimKind::Factual, checkworthiness: c }),
            non_claim: None,
            why: String::new(),
        }
    }

    #[test]
    fn a_record_is_as_checkworthy_as_its_most_checkworthy_claim() {
        // (check-worthiness per sentence, None for a non-claim; expected record score)
        const CASES: &[(&[Option<f32>], f32)] = &[
            (&[], 0.0),
            (&[None, None], 0.0),
            (&[Some(0.2), None, Some(0.7), Some(0.4)], 0.7),
            (&[Some(0.5)], 0.5),
        ];
        for (checks, want) in CASES {
            let a = Analysis { sentences: checks.iter().map(|&c| sentence(c)).collect(), ..Analysis::default() };
            assert_eq!(top_checkworthiness(&a), *want, "{checks:?}");
        }
    }

    #[test]
    fn context_widens_by_characters_within_the_text() {
        //          0123456789
        let text = "ab cd ef gh";
        // (range, characters of context, expected window)
        type Case = ((usize, usize), usize, (usize, usize));
        const CASES: &[Case] = &[((3, 5), 2, (1, 7)), ((0, 2), 3, (0, 5)), ((9, 11), 5, (4, 11)), ((3, 5), 0, (3, 5))];
        for &((s, e), n, (ws, we)) in CASES {
            assert_eq!(context(text, Range::new(s, e), n), Range::new(ws, we), "{s}..{e} ±{n}");
        }
        // Multi-byte characters count as one each.
        let text = "北京 may";
        assert_eq!(context(text, Range::new(7, 10), 2), Range::new(3, 10));
    }

    #[test]
    fn every_set_has_a_distinct_data_name() {
        let names: Vec<&str> = SETS.iter().map(data_name).collect();
        assert_eq!(names, ["uncertainty/factbank_dev", "uncertainty/wiki_dev", "claims/checkthat2024_dev", "attribution/polnear_dev_paragraphs", "propaganda/ptc_train"]);
        let mut all: Vec<&str> = SETS.iter().chain(HELD_OUT).map(data_name).collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), SETS.len() + HELD_OUT.len(), "a held-out set repeats a development set");
    }
}
