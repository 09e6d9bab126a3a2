//! What the marks in the article mean. Each sample is styled by the same rules as the article's
//! marks, so the legend cannot drift from them; it is not itself a mark (no `hl` class), so it
//! is neither focusable nor counted as a highlight.
//!
//! A plain function rather than a component: it has no props and no state, and each component
//! type costs the module Yew's generic lifecycle code (docs/performance-log.md, "Download size").

use yew::prelude::*;

/// The legend's markup, whole: written as HTML rather than built element by element by `html!`,
/// whose code for each element and attribute costs the module more than the text (README,
/// "Download size"). It has no listeners and nothing in it changes, so Yew leaves it alone once
/// drawn.
const LEGEND: &str = "<details class=\"legend\"><summary>What the marks mean</summary><ul>\
    <li><span data-category=\"hedge\" data-kind=\"epistemic\" class=\"legend-sample\">might</span><span class=\"legend-meaning\">hedge: softens the claim (dotted underline, ~)</span></li>\
    <li><span data-category=\"booster\" data-kind=\"certainty\" class=\"legend-sample\">clearly</span><span class=\"legend-meaning\">booster: hardens it (thick underline)</span></li>\
    <li><span data-category=\"loaded\" data-kind=\"emotive\" class=\"legend-sample\">reckless</span><span class=\"legend-meaning\">loaded wording (wavy underline)</span></li>\
    <li><span data-category=\"source\" class=\"legend-sample\">officials</span><span class=\"legend-meaning\">who says it (bold, boxed below)</span></li>\
    <li><span data-category=\"cue\" class=\"legend-sample\">said</span><span class=\"legend-meaning\">reporting word (italic, outlined)</span></li>\
    <li><span data-category=\"content\" class=\"legend-sample\">what is said</span><span class=\"legend-meaning\">what is attributed (left bar, tint)</span></li>\
    <li><span data-cw=\"high\" class=\"legend-sample legend-claim\">Claim</span><span class=\"legend-meaning\">a claim very worth checking (▲); ● worth checking, ○ little to check</span></li>\
    <li><span data-certainty=\"hedged\" class=\"legend-sample legend-claim\">Claim</span><span class=\"legend-meaning\">softened (±) by hedges, a vague source or a distancing verb; ? when weakly stated; no mark when firm</span></li></ul></details>";

pub fn legend() -> Html {
    // Folded at first: it sits below the panel, and a reader who knows the marks needs it no
    // more; Yew never sets `open`, so the person's own opening or closing stays.
    Html::from_html_unchecked(LEGEND.into())
}
