//! The whole text in figures: how much of each category, how dense the hedging and boosting
//! is (per 1,000 words, so long and short articles compare), how much rests on no one's word,
//! and certainty along the article.
//!
//! A plain function rather than a component: it keeps no state, the panel draws it only while
//! its tab is open, and each component type costs the module Yew's generic lifecycle code
//! (docs/performance-log.md, "Download size").

use std::rc::Rc;

use claimlens::digest::{fixed, Digest};
use claimlens::engine::Analysis;
use yew::prelude::*;

use super::chart::{certainty_chart, ChartProps};

pub struct SummaryProps {
    pub analysis: Rc<Analysis>,
    pub digest: Rc<Digest>,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

pub fn summary(props: SummaryProps) -> Html {
    let d = &props.digest;
    let unattributed = d.certainty_series.iter().filter(|&&(i, _)| d.sentence_attribution.get(i).copied().flatten().is_none()).count();

    // (label, value, swatch class): the swatch ties a figure to its marks in the article.
    let rows: [(&str, String, Option<&str>); 10] = [
        ("Words", d.words.to_string(), None),
        ("Sentences", d.sentences.to_string(), None),
        ("Claims", d.claims.to_string(), Some("panel-swatch-claims")),
        ("Hedges", d.hedges.to_string(), Some("panel-swatch-hedge")),
        ("Boosters", d.boosters.to_string(), Some("panel-swatch-booster")),
        ("Loaded wording", d.loaded.to_string(), Some("panel-swatch-loaded")),
        ("Attributions", d.attributions.to_string(), Some("panel-swatch-attribution")),
        ("Hedges per 1,000 words", fixed(d.hedges_per_1000_words as f64, 1), Some("panel-swatch-hedge")),
        ("Boosters per 1,000 words", fixed(d.boosters_per_1000_words as f64, 1), Some("panel-swatch-booster")),
        (
            "Claims with no attribution",
            format!("{}% ({unattributed} of {})", fixed(d.unattributed_claim_share as f64 * 100.0, 0), d.claims),
            None,
        ),
    ];

    html! {
        <div id="summary" class="panel-summary">
            <dl class="panel-stats">
                { for rows.into_iter().map(|(label, value, swatch)| html! {
                    <div class="panel-stat">
                        <dt>
                            { swatch.map(|c| html! { <span class={["panel-swatch ", c].concat()} aria-hidden="true">{ "Aa" }</span> }) }
                            { label }
                        </dt>
                        <dd>{ value }</dd>
                    </div>
                }) }
            </dl>
            { certainty_chart(ChartProps {
                series: d.certainty_series.clone(),
                sentences: props.analysis.sentences.len(),
                selected: props.selected,
                on_select: props.on_select.clone(),
            }) }
        </div>
    }
}
