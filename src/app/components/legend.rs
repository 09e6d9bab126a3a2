//! What the marks in the article mean. Each sample uses the article's own classes, so the
//! legend can never drift from the marks it explains.

use yew::prelude::*;

#[function_component]
pub fn Legend() -> Html {
    let item = |category: &'static str,
                kind: Option<&'static str>,
                sample: &'static str,
                meaning: &'static str| {
        html! {
            <li>
                <span class={classes!("hl", "legend-sample")} data-category={category} data-kind={kind}>{sample}</span>
                <span class="legend-meaning">{meaning}</span>
            </li>
        }
    };
    html! {
        <details class="legend" open=true>
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
                    <span class="legend-meaning">{"claim sentence: bar in the margin, thicker when more worth checking; badge shows its certainty"}</span>
                </li>
            </ul>
        </details>
    }
}
