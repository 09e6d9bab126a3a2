//! What the marks in the article mean. Each sample is styled by the same rules as the article's
//! marks, so the legend cannot drift from them; it is not itself a mark (no `hl` class), so it
//! is neither focusable nor counted as a highlight.
//!
//! A plain function rather than a component: it has no props and no state, and each component
//! type costs the module Yew's generic lifecycle code (README, "Download size").

use yew::prelude::*;

pub fn legend() -> Html {
    let item = |category: &'static str,
                kind: Option<&'static str>,
                sample: &'static str,
                meaning: &'static str| {
        html! {
            <li>
                <span class="legend-sample" data-category={category} data-kind={kind}>{sample}</span>
                <span class="legend-meaning">{meaning}</span>
            </li>
        }
    };
    html! {
        // Folded at first: it sits below the panel, and a reader who knows the marks needs it no
        // more; Yew never sets `open`, so the person's own opening or closing stays.
        <details class="legend">
            <summary>{"What the marks mean"}</summary>
            <ul>
                { item("hedge", Some("epistemic"), "might", "hedge: softens the claim (dotted underline, ~)") }
                { item("booster", Some("certainty"), "clearly", "booster: hardens it (thick underline)") }
                { item("loaded", Some("emotive"), "reckless", "loaded wording (wavy underline)") }
                { item("source", None, "officials", "who says it (bold, boxed below)") }
                { item("cue", None, "said", "reporting word (italic, outlined)") }
                { item("content", None, "what is said", "what is attributed (left bar, tint)") }
                <li>
                    <span class="legend-sample legend-claim" data-cw="high">{"Claim"}</span>
                    <span class="legend-meaning">{"a claim very worth checking (▲); ● worth checking, ○ little to check"}</span>
                </li>
                <li>
                    <span class="legend-sample legend-claim" data-certainty="hedged">{"Claim"}</span>
                    <span class="legend-meaning">{"stated with hedges (±); ? when weakly stated; no mark when firm"}</span>
                </li>
            </ul>
        </details>
    }
}
