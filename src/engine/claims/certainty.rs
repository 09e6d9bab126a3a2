//! How firmly a sentence commits to what it says, 0..1.
//!
//! The formula, in order:
//!
//! 1. Start at [`BASE`] (a flat assertion; room is left above it for boosters).
//! 2. Each hedge multiplies by `1 - w·q`, where `w` is the hedge kind's weight (epistemic and
//!    doxastic cues weaken commitment most, approximators least: "about 40" still commits to
//!    roughly 40) and `q` is 1, or [`QUOTED`] when the hedge is inside a quotation (it then
//!    weakens the quoted speaker's commitment more than the author's).
//! 3. Boosters close part of the remaining gap to 1: `c ← 1 − (1 − c)·Π(1 − b·q)`.
//! 4. Attribution: a distancing verb ("claimed", "alleged") and a vague or missing source
//!    multiply by their factors; a question multiplies by [`QUESTION`].
//!
//! Every step maps a higher certainty to a higher one and every factor is ≤ 1 (boosters aside),
//! so adding a hedge never raises certainty and adding a booster never lowers it.

use crate::engine::result::{CueKind, SourceKind, Stance};

pub const BASE: f32 = 0.85;
/// A cue inside a quotation counts this much for the author's certainty.
pub const QUOTED: f32 = 0.5;
/// How much one booster closes of the gap to 1.
pub const BOOSTER: f32 = 0.5;
pub const DISTANCING: f32 = 0.7;
pub const VAGUE_SOURCE: f32 = 0.85;
pub const QUESTION: f32 = 0.4;

/// The weight of one hedge of `kind`.
pub fn hedge_weight(kind: CueKind) -> f32 {
    match kind {
        CueKind::Epistemic => 0.35,
        CueKind::Doxastic => 0.3,
        CueKind::Evidential => 0.25,
        CueKind::Investigation => 0.25,
        CueKind::Condition => 0.2,
        CueKind::Approximator => 0.1,
        // Not hedge kinds; a detector that labels a hedge so still softens a little.
        _ => 0.15,
    }
}

/// Everything the formula reads.
#[derive(Clone, Debug, Default)]
pub struct Inputs<'a> {
    /// Hedge kind and whether it is quoted.
    pub hedges: &'a [(CueKind, bool)],
    /// One entry per booster: whether it is quoted.
    pub boosters: &'a [bool],
    pub attribution: Option<(SourceKind, Stance)>,
    pub question: bool,
}

pub fn score(x: &Inputs) -> f32 {
    let quoted = |q: bool| if q { QUOTED } else { 1.0 };
    let mut c = BASE;
    for &(kind, q) in x.hedges {
        c *= 1.0 - hedge_weight(kind) * quoted(q);
    }
    let gap: f32 = x.boosters.iter().map(|&q| 1.0 - BOOSTER * quoted(q)).product();
    c = 1.0 - (1.0 - c) * gap;
    if let Some((source, stance)) = x.attribution {
        if stance == Stance::Distancing {
            c *= DISTANCING;
        }
        if matches!(source, SourceKind::Vague | SourceKind::None) {
            c *= VAGUE_SOURCE;
        }
    }
    if x.question {
        c *= QUESTION;
    }
    c.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use CueKind::*;

    fn with(hedges: &[(CueKind, bool)], boosters: &[bool]) -> f32 {
        score(&Inputs { hedges, boosters, ..Default::default() })
    }

    #[test]
    fn plain_assertion_sits_at_the_base() {
        assert_eq!(with(&[], &[]), BASE);
    }

    /// (fewer cues, more cues): the second must never be more certain than the first.
    const MORE_HEDGES: &[(&[(CueKind, bool)], &[(CueKind, bool)])] = &[
        (&[], &[(Epistemic, false)]),
        (&[], &[(Approximator, false)]),
        (&[(Epistemic, false)], &[(Epistemic, false), (Doxastic, false)]),
        (&[(Condition, true)], &[(Condition, true), (Approximator, true)]),
    ];

    #[test]
    fn more_hedges_never_raise_certainty() {
        for (fewer, more) in MORE_HEDGES {
            assert!(with(more, &[]) < with(fewer, &[]), "{fewer:?} vs {more:?}");
            assert!(with(more, &[false]) < with(fewer, &[false]), "{fewer:?} vs {more:?} with a booster");
        }
    }

    #[test]
    fn epistemic_weakens_more_than_an_approximator() {
        assert!(with(&[(Epistemic, false)], &[]) < with(&[(Approximator, false)], &[]));
    }

    #[test]
    fn quoted_hedge_weakens_the_author_less() {
        assert!(with(&[(Epistemic, false)], &[]) < with(&[(Epistemic, true)], &[]));
        assert!(with(&[(Epistemic, true)], &[]) < with(&[], &[]));
    }

    #[test]
    fn boosters_raise_certainty_and_stay_below_one() {
        assert!(with(&[], &[false]) > with(&[], &[]));
        assert!(with(&[], &[false, false]) > with(&[], &[false]));
        assert!(with(&[], &[false, false, false, false]) <= 1.0);
        assert!(with(&[(Epistemic, false)], &[false]) > with(&[(Epistemic, false)], &[]));
    }

    #[test]
    fn distancing_and_vague_sources_lower_certainty() {
        let plain = score(&Inputs { attribution: Some((SourceKind::Named, Stance::Neutral)), ..Default::default() });
        let distancing = score(&Inputs { attribution: Some((SourceKind::Named, Stance::Distancing)), ..Default::default() });
        let vague = score(&Inputs { attribution: Some((SourceKind::Vague, Stance::Neutral)), ..Default::default() });
        assert!(distancing < plain && vague < plain);
    }

    #[test]
    fn questions_are_uncertain() {
        assert!(score(&Inputs { question: true, ..Default::default() }) < 0.5);
    }
}
