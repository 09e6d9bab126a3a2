//! The kind of a claim, decided from its cues by a fixed precedence.
//!
//! A sentence often carries several signals ("The disastrous law will cost 3 million jobs").
//! The kinds are ordered by what most limits how a fact-checker could verify the sentence:
//!
//! 1. **Opinion by recommendation or own stance** ("we should", "in my view"): what ought to be
//!    done, or a view the speaker marks as theirs, is not true or false, whatever numbers it holds.
//! 2. **Prediction**: a claim about the future cannot be checked yet; its numbers are forecasts.
//! 3. **Causal**: a cause needs evidence beyond the figures it cites, so it outranks Quantity.
//! 4. **Quantity**: numbers, percentages, money, comparisons: checkable against data.
//! 5. **Opinion by evaluation** (evaluative or loaded words, motive attribution, exclamation):
//!    colouring on an otherwise checkable statement does not hide the check, so it ranks below the
//!    checkable kinds and only decides when nothing more checkable is present.
//! 6. **Factual**: an event or state with none of the above.

use super::cues::{Cues, Tag};
use super::Pieces;
use crate::engine::result::ClaimKind;

/// The kind, and a short reason naming the cue that decided it added to `why` (the caller's,
/// kept in place: the pieces are a dozen words, copied out and in again at every claim).
pub fn decide<'c>(c: &'c Cues, why: &mut Pieces<'c>) -> ClaimKind {
    let opinion = |why: &mut Pieces<'c>, tag| why.extend(["Opinion: ", c.why(tag)]);
    if c.has(Tag::Recommend) {
        opinion(why, Tag::Recommend);
        ClaimKind::Opinion
    } else if c.has(Tag::Stance) {
        opinion(why, Tag::Stance);
        ClaimKind::Opinion
    } else if c.has(Tag::Prediction) {
        why.extend(["Prediction: ", c.why(Tag::Prediction)]);
        ClaimKind::Prediction
    } else if c.has(Tag::Causal) {
        why.extend(["Causal claim: ", c.why(Tag::Causal)]);
        ClaimKind::Causal
    } else if quantity_reason(c, why) {
        ClaimKind::Quantity
    } else if c.has(Tag::Evaluative) {
        opinion(why, Tag::Evaluative);
        ClaimKind::Opinion
    } else if let Some(word) = &c.first_loaded {
        why.extend(["Opinion: loaded '", word, "'"]);
        ClaimKind::Opinion
    } else if c.has(Tag::Motive) {
        opinion(why, Tag::Motive);
        ClaimKind::Opinion
    } else if c.exclamation {
        why.push("Opinion: exclamation");
        ClaimKind::Opinion
    } else {
        why.push("Factual claim");
        ClaimKind::Factual
    }
}

/// Writes why the unit is a quantity claim, if it is one.
fn quantity_reason<'c>(c: &'c Cues, why: &mut Pieces<'c>) -> bool {
    if c.percent_or_money > 0 {
        why.push("Quantity claim with a percentage or an amount of money");
    } else if c.numbers > 0 {
        why.push("Quantity claim with a number");
    } else if c.has(Tag::Quantity) {
        why.extend(["Quantity claim with an amount (", c.why(Tag::Quantity), ")"]);
    } else if c.has(Tag::Comparison) {
        why.extend(["Quantity claim with a ", c.why(Tag::Comparison)]);
    } else {
        return false;
    }
    true
}
