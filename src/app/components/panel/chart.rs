//! Certainty along the article as a small SVG line chart: one point per claim at its sentence's
//! position (for a long article, the least certain claim of each stretch), so a reader sees where
//! the text turns tentative. Points are focusable and select their claim. The geometry lives in
//! `geometry` and is tested natively.
//!
//! A plain function rather than a component: the summary, its only user, redraws when the
//! digest or the selection changes, which is when the chart changes too, and each component type
//! costs the module Yew's generic lifecycle code (docs/performance-log.md, "Download size").

use claimlens::digest::{certainty_band, fixed};
use crate::components::flag;
use yew::prelude::*;

use super::geometry::{points, polyline, thinned, Frame};

/// More dots than this overlap into a band on the chart's width; a long article shows the least
/// certain claim of each stretch instead.
const MAX_DOTS: usize = 60;
use super::score;

pub struct ChartProps {
    /// (sentence index, certainty) per claim, in reading order.
    pub series: Vec<(usize, f32)>,
    /// Sentences in the article: the length of the x axis.
    pub sentences: usize,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

pub fn certainty_chart(props: ChartProps) -> Html {
    let f = Frame::CHART;
    let pts = points(&props.series, props.sentences, &f);
    let mut shown = thinned(&pts, MAX_DOTS, &f);
    // The selected claim is always on the chart, wherever it falls.
    if let Some(sel) = props.selected.and_then(|s| pts.iter().find(|p| p.sentence == s)) {
        if !shown.iter().any(|p| p.sentence == sel.sentence) {
            let at = shown.partition_point(|p| p.x <= sel.x);
            shown.insert(at, *sel);
        }
    }
    let (l, r, t, b) = (f.plot_left(), f.plot_right(), f.plot_top(), f.plot_bottom());

    let description = if pts.is_empty() {
        "No claims to chart.".to_string()
    } else {
        let mean = pts.iter().map(|p| p.certainty).sum::<f32>() / pts.len() as f32;
        let low = pts.iter().min_by(|a, b| a.certainty.total_cmp(&b.certainty)).expect("not empty");
        let mut d = format!(
            "{} claims; mean certainty {}; lowest {} at sentence {}.",
            pts.len(),
            score(mean),
            score(low.certainty),
            low.sentence + 1
        );
        if shown.len() < pts.len() {
            d.push_str(&format!(" The chart shows the least certain claim of each of {MAX_DOTS} stretches."));
        }
        d
    };

    let y_ticks = [(1.0, "1"), (0.5, "0.5"), (0.0, "0")].map(|(v, label)| {
        let y = f.y_of(v);
        html! {
            <g class="panel-chart-tick">
                <line class="panel-chart-grid" x1={num(l)} x2={num(r)} y1={num(y)} y2={num(y)} />
                <text x={num(l - 4.0)} y={num(y + 3.5)} text-anchor="end">{ label }</text>
            </g>
        }
    });

    let dots = shown.iter().map(|p| {
        let sentence = p.sentence;
        let selected = props.selected == Some(sentence);
        let onclick = super::select_on_click(&props.on_select, sentence);
        let onkeydown = super::select_on_key(&props.on_select, sentence);
        let label = format!("Sentence {}: certainty {}, {}", sentence + 1, score(p.certainty), certainty_band(p.certainty));
        html! {
            <circle
                class={["panel-chart-point panel-certainty-", certainty_band(p.certainty), flag(selected, " selected")].concat()}
                cx={num(p.x)}
                cy={num(p.y)}
                r={if selected { "6" } else { "4" }}
                data-index={sentence.to_string()}
                tabindex="0"
                role="button"
                aria-label={label.clone()}
                {onclick}
                {onkeydown}
            >
                <title>{ label }</title>
            </circle>
        }
    });

    html! {
        <figure class="panel-chart">
            <svg
                id="certainty-chart"
                viewBox={format!("0 0 {} {}", num(f.width), num(f.height))}
                role="group"
                aria-labelledby="certainty-chart-title certainty-chart-desc"
            >
                <title id="certainty-chart-title">{ "Certainty of each claim along the article" }</title>
                <desc id="certainty-chart-desc">{ description.clone() }</desc>
                { for y_ticks }
                <line class="panel-chart-axis" x1={num(l)} x2={num(l)} y1={num(t)} y2={num(b)} />
                <line class="panel-chart-axis" x1={num(l)} x2={num(r)} y1={num(b)} y2={num(b)} />
                <text class="panel-chart-label" x={num(l)} y={num(b + 12.0)} text-anchor="start">{ "start" }</text>
                <text class="panel-chart-label" x={num(r)} y={num(b + 12.0)} text-anchor="end">{ "end" }</text>
                <text class="panel-chart-label" x={num((l + r) / 2.0)} y={num(f.height - 4.0)} text-anchor="middle">
                    { "position in the article →" }
                </text>
                <text class="panel-chart-label" x="10" y={num((t + b) / 2.0)} text-anchor="middle"
                    transform={format!("rotate(-90 10 {})", num((t + b) / 2.0))}>
                    { "certainty" }
                </text>
                if shown.len() > 1 {
                    <polyline class="panel-chart-line" points={polyline(&shown)} fill="none" />
                }
                { for dots }
            </svg>
            <figcaption class="panel-chart-caption">{ description }</figcaption>
        </figure>
    }
}

/// An SVG coordinate, to a tenth of a unit (finer than any screen shows).
fn num(x: f32) -> String {
    fixed(x as f64, 1)
}
