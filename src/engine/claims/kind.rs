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
use crate::engine::result::ClaimKind;

/// The kind and a short reason naming the cue that decided it.
pub fn decide(c: &Cues) -> (ClaimKind, String) {
    if c.has(Tag::Recommend) {
        return (ClaimKind::Opinion, format!("Opinion: {}", c.why(Tag::Recommend)));
    }
    if c.has(Tag::Stance) {
        return (ClaimKind::Opinion, format!("Opinion: {}", c.why(Tag::Stance)));
    }
    if c.has(Tag::Prediction) {
        return (ClaimKind::Prediction, format!("Prediction: {}", c.why(Tag::Prediction)));
    }
    if c.has(Tag::Causal) {
        return (ClaimKind::Causal, format!("Causal claim: {}", c.why(Tag::Causal)));
    }
    if let Some(what) = quantity_reason(c) {
        return (ClaimKind::Quantity, format!("Quantity claim with {what}"));
    }
    if c.has(Tag::Evaluative) {
        return (ClaimKind::Opinion, format!("Opinion: {}", c.why(Tag::Evaluative)));
    }
    if let Some(word) = &c.first_loaded {
        return (ClaimKind::Opinion, format!("Opinion: loaded '{word}'"));
    }
    if c.has(Tag::Motive) {
        return (ClaimKind::Opinion, format!("Opinion: {}", c.why(Tag::Motive)));
    }
    if c.exclamation {
        return (ClaimKind::Opinion, "Opinion: exclamation".to_string());
    }
    (ClaimKind::Factual, "Factual claim".to_string())
}

fn quantity_reason(c: &Cues) -> Option<String> {
    if c.percent_or_money > 0 {
        Some("a percentage or an amount of money".to_string())
    } else if c.numbers > 0 {
        Some("a number".to_string())
    } else if c.has(Tag::Quantity) {
        Some(format!("an amount ({})", c.why(Tag::Quantity)))
    } else if c.has(Tag::Comparison) {
        Some(format!("a {}", c.why(Tag::Comparison)))
    } else {
        None
    }
}
