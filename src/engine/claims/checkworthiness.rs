//! Check-worthiness: would a fact-checker want to verify this sentence? 0..1.
//!
//! An interpretable logistic model: each feature below is a plain count or flag read from the
//! sentence's [`Cues`], multiplied by a weight, summed and passed through the logistic function.
//! A positive weight makes a sentence more worth checking. The weights were fitted (L2-regularised
//! logistic regression, deterministic Newton iterations, class weight chosen for F1 at 0.5 on the
//! training data itself) on the CLEF CheckThat! 2024 task 1 English training set (debate and
//! speech sentences labelled check-worthy or not), with each sentence's features computed as the
//! pipeline computes them (loaded-language spans included). Two features could not be fitted because their
//! detectors were placeholders at the time (hedges, attribution); their weights are set by hand
//! and marked so.

use super::cues::{Cues, Tag};

/// Feature names for the reader, in the order of [`features`] and [`WEIGHTS`]. Counts enter as
/// ln(1 + n) (names, topics, hedges, words) so that one long list does not swamp the rest.
pub const NAMES: [&str; N] = [
    "bias",
    "number",
    "percent or money",
    "date or year",
    "amount word",
    "comparison",
    "capitalised names",
    "policy topic",
    "first person singular",
    "first person plural",
    "second person",
    "third person",
    "evaluative or loaded",
    "recommendation",
    "own stance",
    "motive",
    "prediction",
    "causal",
    "procedural talk",
    "personal experience",
    "negation",
    "past event",
    "question",
    "exclamation",
    "length",
    "very short",
    "hedges",
    "attributed to a named source",
];

pub const N: usize = 28;

fn flag(b: bool) -> f32 {
    if b {
        1.0
    } else {
        0.0
    }
}

fn ln1p(n: u32) -> f32 {
    (n as f32).ln_1p()
}

pub fn features(c: &Cues) -> [f32; N] {
    use crate::engine::result::SourceKind;
    let named_source = matches!(c.attribution, Some((SourceKind::Named | SourceKind::Institution, _)));
    [
        1.0,
        flag(c.numbers > 0),
        flag(c.percent_or_money > 0),
        flag(c.dates > 0),
        flag(c.has(Tag::Quantity)),
        flag(c.has(Tag::Comparison)),
        ln1p(c.names),
        ln1p(c.count(Tag::Topic)),
        flag(c.first_singular > 0),
        flag(c.first_plural > 0),
        flag(c.second_person > 0),
        flag(c.third_person > 0),
        flag(c.has(Tag::Evaluative) || c.loaded > 0),
        flag(c.has(Tag::Recommend)),
        flag(c.has(Tag::Stance)),
        flag(c.has(Tag::Motive)),
        flag(c.has(Tag::Prediction)),
        flag(c.has(Tag::Causal)),
        flag(c.has(Tag::Procedural)),
        flag(c.has(Tag::Personal)),
        flag(c.negations > 0),
        flag(c.past > 0),
        flag(c.question),
        flag(c.exclamation),
        ln1p(c.words),
        flag(c.words <= 6),
        ln1p(c.hedges.len() as u32),
        flag(named_source),
    ]
}

/// Weights, one per feature in [`NAMES`]. Provenance: fitted on the CLEF CheckThat! 2024 task 1
/// English training set (22,501 sentences), L2 penalty 1.0, positive-class weight 2.5 (the best
/// F1 at 0.5 on that training set among 1.0..3.5).
#[rustfmt::skip]
pub const WEIGHTS: [f32; N] = [
    -1.841, // bias
    1.460, // number
    0.986, // percent or money
    1.009, // date or year
    1.103, // amount word
    0.608, // comparison
    0.577, // capitalised names
    0.818, // policy topic
    -0.744, // first person singular
    0.014, // first person plural
    -0.162, // second person
    0.433, // third person
    -0.406, // evaluative or loaded
    -1.293, // recommendation
    -0.968, // own stance
    -0.254, // motive
    -1.047, // prediction
    0.234, // causal
    -0.668, // procedural talk
    -0.448, // personal experience
    -0.028, // negation
    0.714, // past event
    -2.093, // question
    -0.877, // exclamation
    0.373, // length
    -0.020, // very short
    -0.4, // hedges (set by hand: not fitted)
    0.5, // attributed to a named source (set by hand: not fitted)
];

pub fn score(c: &Cues) -> f32 {
    let x = features(c);
    let z: f32 = x.iter().zip(WEIGHTS.iter()).map(|(a, b)| a * b).sum();
    1.0 / (1.0 + (-z).exp())
}

/// The features that pushed the score most, for the reader: up to two names with their sign.
pub fn top_reasons(c: &Cues) -> (Vec<&'static str>, Vec<&'static str>) {
    let x = features(c);
    // Length is a real signal but no reason a reader can act on, so it is never named.
    let mut contrib: Vec<(f32, usize)> = (1..N).filter(|&i| NAMES[i] != "length").map(|i| (x[i] * WEIGHTS[i], i)).filter(|(v, _)| v.abs() > 0.25).collect();
    contrib.sort_by(|a, b| b.0.abs().total_cmp(&a.0.abs()).then(a.1.cmp(&b.1)));
    let up = contrib.iter().filter(|(v, _)| *v > 0.0).take(2).map(|&(_, i)| NAMES[i]).collect();
    let down = contrib.iter().filter(|(v, _)| *v < 0.0).take(2).map(|&(_, i)| NAMES[i]).collect();
    (up, down)
}
