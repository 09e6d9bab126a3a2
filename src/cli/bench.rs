//! `claimlens bench DATA_DIR`: single-thread throughput of the engine on the Reuters-21578 news
//! corpus (`DATA_DIR/corpus/reuters21578.jsonl`), stage by stage, and how the cost per byte holds
//! up as input grows and on hostile input.
//!
//! Wall-clock figures on a shared machine are noisy, so every figure is the best of a few runs;
//! instruction counts (callgrind) are the stable measure for comparing two builds.

use std::fs;
use std::hint::black_box;
use std::io::{self, Write};
use std::path::Path;
use std::time::Instant;

use claimlens::engine::document::Document;
use claimlens::engine::{attribution, boosters, claims, hedges, lexicon, loaded, quotes, Range, Span};

use super::{exit, Fail};

/// Runs per figure; the fastest is kept because interference only ever slows a run down.
const RUNS: usize = 3;

pub fn run(data_dir: &Path) -> Result<u8, Fail> {
    let path = data_dir.join("corpus").join("reuters21578.jsonl");
    let raw = fs::read_to_string(&path).map_err(|e| Fail::new(exit::INPUT, format!("cannot read {}: {e}", path.display())))?;
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    drop(raw);
    let bytes: usize = texts.iter().map(String::len).sum();
    // Memory first, before the timings churn the allocator: the whole corpus as one text.
    let whole_len = bytes + 2 * texts.len().saturating_sub(1);
    let memory = {
        let whole = texts.join("\n\n");
        peak_growth(|| drop(black_box(claimlens::analyze(&whole))))
    };
    let mut out = io::stdout().lock();
    let mut say = |line: String| writeln!(out, "{line}").map_err(Fail::output);
    say(format!("corpus: {} records, {:.1} MB of text; best of {RUNS} runs, single thread\n", texts.len(), mb(bytes)))?;

    // Whole engine, record by record, as `analyze --jsonl` does it (without the JSON).
    let full = best(|| {
        for t in &texts {
            black_box(claimlens::analyze(t));
        }
    });
    say(format!("{:<28}{:>9.1} MB/s", "analyze (whole engine)", mb(bytes) / full))?;

    // Stages alone, each over documents built beforehand, so that one stage's cost is not mixed
    // with another's (allocator state aside). The detectors' stages read lexicon hits the
    // documents already hold.
    say(format!("{:<28}{:>9.1} MB/s", "  Document::new", mb(bytes) / best(|| texts.iter().for_each(|t| drop(black_box(Document::new(t)))))))?;
    let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
    let quotes: Vec<Vec<Range>> = docs.iter().map(quotes::find).collect();
    let spans: Vec<Vec<Span>> = docs.iter().zip(&quotes).map(|(d, q)| spans_of(d, q)).collect();
    let attributions: Vec<_> = docs.iter().zip(&quotes).map(|(d, q)| attribution::detect(d, q)).collect();
    let stage = |f: &dyn Fn(usize)| mb(bytes) / best(|| (0..docs.len()).for_each(f));
    // The detectors' lexicons are searched together, once per document, on the first search;
    // the documents above have done it already, so it is timed here on its own.
    say(format!("{:<28}{:>9.1} MB/s", "  lexicons (one pass)", stage(&|i| drop(black_box(lexicon::builtin_hits(&docs[i]))))))?;
    say(format!("{:<28}{:>9.1} MB/s", "  quotes::find", stage(&|i| drop(black_box(quotes::find(&docs[i]))))))?;
    say(format!("{:<28}{:>9.1} MB/s", "  hedges::detect", stage(&|i| drop(black_box(hedges::detect(&docs[i], &quotes[i]))))))?;
    say(format!("{:<28}{:>9.1} MB/s", "  boosters::detect", stage(&|i| drop(black_box(boosters::detect(&docs[i], &quotes[i]))))))?;
    say(format!("{:<28}{:>9.1} MB/s", "  loaded::detect", stage(&|i| drop(black_box(loaded::detect(&docs[i], &quotes[i]))))))?;
    say(format!("{:<28}{:>9.1} MB/s", "  attribution::detect", stage(&|i| drop(black_box(attribution::detect(&docs[i], &quotes[i]))))))?;
    say(format!("{:<28}{:>9.1} MB/s", "  claims::classify", stage(&|i| drop(black_box(claims::classify(&docs[i], &spans[i], &attributions[i]))))))?;
    drop((docs, quotes, spans, attributions));

    // Growth: many records in sequence (cost per byte must not drift), then one text made of the
    // whole corpus at 1/16, 1/4 and all of it (cost per byte must not grow with document size).
    let news_ns = full * 1e9 / bytes as f64;
    say(format!("\ncost per byte, relative to the corpus above ({news_ns:.1} ns/byte)"))?;
    for times in [4, 16] {
        let secs = time(|| {
            for _ in 0..times {
                for t in &texts {
                    black_box(claimlens::analyze(t));
                }
            }
        });
        say(format!("{:<28}{:>9.2}x", format!("corpus {times}x in sequence"), secs * 1e9 / (bytes * times) as f64 / news_ns))?;
    }
    let whole = texts.join("\n\n");
    for part in [16, 4, 1] {
        let mut end = whole.len() / part;
        while !whole.is_char_boundary(end) {
            end += 1;
        }
        let text = &whole[..end];
        let secs = best(|| drop(black_box(claimlens::analyze(text))));
        say(format!("{:<28}{:>9.2}x", format!("one text of {:.1} MB", mb(text.len())), secs * 1e9 / text.len() as f64 / news_ns))?;
    }
    drop(whole);

    // Hostile input from the performance issue: each must stay within a small factor of news.
    for (name, text) in pathological() {
        let secs = best(|| drop(black_box(claimlens::analyze(&text))));
        say(format!("{:<28}{:>9.2}x", name, secs * 1e9 / text.len() as f64 / news_ns))?;
    }
    match memory {
        Some(bytes) => say(format!(
            "\npeak memory analysing the one text of {:.1} MB: {:.1} MB above the text, {:.1}x its size",
            mb(whole_len),
            mb(bytes),
            bytes as f64 / whole_len as f64
        ))?,
        None => say("\npeak memory: not measured (needs Linux /proc)".to_string())?,
    }
    Ok(exit::OK)
}

/// How far resident memory rises above where it stood while `f` runs (Linux: the kernel's
/// high-water mark, reset first through `/proc/self/clear_refs`). Resident memory counts what
/// the process really holds, allocator overhead included.
fn peak_growth(f: impl FnOnce()) -> Option<usize> {
    fn status_kb(field: &str) -> Option<usize> {
        let status = fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with(field))?;
        line[field.len()..].trim().trim_end_matches("kB").trim().parse().ok()
    }
    fs::write("/proc/self/clear_refs", "5").ok()?;
    let before = status_kb("VmRSS:")?;
    f();
    let peak = status_kb("VmHWM:")?;
    Some(peak.saturating_sub(before) * 1024)
}

fn spans_of(doc: &Document, quotes: &[Range]) -> Vec<Span> {
    let mut spans = hedges::detect(doc, quotes);
    spans.extend(boosters::detect(doc, quotes));
    spans.extend(loaded::detect(doc, quotes));
    spans.sort_by(|a, b| (a.start, a.end, a.category).cmp(&(b.start, b.end, b.category)));
    spans
}

fn pathological() -> Vec<(&'static str, String)> {
    const MB: usize = 1 << 20;
    // Varied words, including cues, so the detectors have something to do in the endless sentence.
    let words = ["officials", "said", "the", "plan", "may", "clearly", "fail", "according", "to", "reports", "and"];
    let mut sentence = String::with_capacity(MB + 16);
    let mut i = 0;
    while sentence.len() < MB {
        sentence.push_str(words[i % words.len()]);
        sentence.push(' ');
        i += 1;
    }
    vec![
        ("1 MB sentence, no stops", sentence),
        ("1 MB word", "a".repeat(MB)),
        ("100,000 quotation marks", "\" ".repeat(100_000)),
        ("50,000 nested brackets", format!("{}word{}", "(".repeat(50_000), ")".repeat(50_000))),
    ]
}

fn best(mut f: impl FnMut()) -> f64 {
    (0..RUNS).map(|_| time(&mut f)).fold(f64::INFINITY, f64::min)
}

fn time(mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    f();
    start.elapsed().as_secs_f64()
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}
