//! The claims list: every claim with what a fact-checker triages by — its kind, how
//! check-worthy it is, how firmly it is put and by which words, and who it is attributed to.

use claimlens::engine::document::At;
use std::rc::Rc;

use claimlens::digest::{certainty_band, checkworthiness_band, Digest};
use claimlens::engine::{Analysis, Category, SourceKind, Stance};
use claimlens::view::{ClaimSort, ViewState};
use wasm_bindgen::JsValue;
use web_sys::Element;
use crate::components::{class, flag};
use yew::prelude::*;

use super::{dismissed, kind_label, score, sentence_text, source_kind_label};

/// How many claims the list shows at first, and how many more each "show more" adds. A long
/// article has thousands of claims; rendering them all would freeze the page for seconds, and
/// the most check-worthy come first anyway.
pub const CLAIMS_PAGE: usize = 200;

#[derive(Properties, PartialEq)]
pub struct ClaimsProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub digest: Rc<Digest>,
    pub view: ViewState,
    /// Who is cited for what is still being counted: no source line yet.
    #[prop_or_default]
    pub counting: bool,
    pub on_select: Callback<usize>,
    pub on_sort: Callback<ClaimSort>,
}

#[function_component(Claims)]
pub fn claims(props: &ClaimsProps) -> Html {
    let list = use_node_ref();
    let analysis = &props.analysis;
    let view = &props.view;

    // How many claims show, for which analysis: a new analysis (its pointer is the cheap
    // identity) starts again from the first page.
    let shown = use_state(super::no_paging);
    let identity = Rc::as_ptr(analysis) as usize;
    let limit = if shown.0 == identity { shown.1 } else { CLAIMS_PAGE };

    // A sentence chosen in the article brings its claim into sight here.
    {
        let list = list.clone();
        use_effect_with(view.selected, move |selected| {
            if let (Some(i), Some(list)) = (selected, list.cast::<Element>()) {
                if let Ok(Some(item)) = list.query_selector(&format!("li[data-index=\"{i}\"]")) {
                    reveal(&item);
                }
            }
        });
    }

    let mut order: Vec<usize> = props.digest.certainty_series.iter().map(|&(i, _)| i).collect();
    if view.sort == ClaimSort::Checkworthiness {
        let worth = |i: usize| analysis.sentences.at(i).claim.as_ref().map_or(0.0, |c| c.checkworthiness);
        // Stable: equally worthy claims keep reading order.
        claimlens::sort::sort_by(&mut order, |&a, &b| worth(b).total_cmp(&worth(a)));
    }

    let onchange = {
        let on_sort = props.on_sort.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| js_sys::Reflect::get(&t, &JsValue::from_str("value")).ok())
                .and_then(|v| v.as_string());
            match value.as_deref() {
                Some("position") => on_sort.emit(ClaimSort::Position),
                Some("checkworthiness") => on_sort.emit(ClaimSort::Checkworthiness),
                _ => {}
            }
        })
    };

    let hidden = order.len().saturating_sub(limit);
    let items = order.iter().take(limit).map(|&i| claim_item(props, i));
    let more = if hidden > 0 {
        let onclick = super::show_more(&shown, identity, limit + CLAIMS_PAGE);
        html! {
            <p class="panel-more">
                <span class="panel-more-count">{ format!("{hidden} more claim{} not shown. ", if hidden == 1 { "" } else { "s" }) }</span>
                <button type="button" id="claims-more" {onclick}>{ format!("Show {} more", hidden.min(CLAIMS_PAGE)) }</button>
            </p>
        }
    } else {
        html! {}
    };
    let empty = if order.is_empty() {
        let message = if props.text.trim().is_empty() {
            "Paste or open an article to see its claims here."
        } else {
            "No sentence in this text reads as a claim: questions, headings, metadata and fragments are not claims."
        };
        html! { <p class="panel-empty">{ message }</p> }
    } else {
        html! {}
    };

    html! {
        <div class="panel-claims">
            <div class="panel-toolbar">
                <label for="claim-sort">{ "Order" }</label>
                <select id="claim-sort" {onchange}>
                    <option value="checkworthiness" selected={view.sort == ClaimSort::Checkworthiness}>
                        { "Most check-worthy first" }
                    </option>
                    <option value="position" selected={view.sort == ClaimSort::Position}>{ "Reading order" }</option>
                </select>
            </div>
            { empty }
            <ol id="claims" class="panel-claim-list" ref={list}>
                { for items }
            </ol>
            { more }
        </div>
    }
}

/// Scrolls the panel's own scroll box (if it has one) so the item shows, moving it as little as
/// possible. Never the page: on a phone the panel sits below the article, and a click in the
/// article must not carry the reader away from it.
fn reveal(item: &Element) {
    let Ok(Some(scroller)) = item.closest(".panel-body") else { return };
    if scroller.scroll_height() <= scroller.client_height() {
        return;
    }
    let (outer, inner) = (scroller.get_bounding_client_rect(), item.get_bounding_client_rect());
    const MARGIN: f64 = 8.0;
    let shift = if inner.top() < outer.top() {
        inner.top() - outer.top() - MARGIN
    } else if inner.bottom() > outer.bottom() {
        // A tall item shows its top rather than its bottom.
        (inner.bottom() - outer.bottom() + MARGIN).min(inner.top() - outer.top() - MARGIN)
    } else {
        return;
    };
    scroller.set_scroll_top(scroller.scroll_top() + shift.round() as i32);
}

fn claim_item(props: &ClaimsProps, index: usize) -> Html {
    let analysis = &props.analysis;
    let view = &props.view;
    let filters = view.filters;
    let sentence = analysis.sentences.at(index);
    let Some(claim) = sentence.claim.as_ref() else { return html! {} };
    let selected = view.selected == Some(index);

    let onclick = super::select_on_click(&props.on_select, index);
    let onkeydown = super::select_on_key(&props.on_select, index);

    let cw_band = checkworthiness_band(claim.checkworthiness);
    let c_band = certainty_band(sentence.certainty);
    let marks = if filters.claims {
        // An SVG rect's width is an attribute, not a style: the page's Content-Security-Policy
        // refuses style attributes.
        let width = claimlens::digest::fixed(claim.checkworthiness.clamp(0.0, 1.0) as f64 * 100.0, 0);
        html! {
            <>
                <span class={["panel-cw panel-cw-", cw_band].concat()}>
                    <span class="panel-label">{ "check-worthiness " }</span>
                    <svg class="panel-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="panel-bar-track" width="100" height="10"/>
                        <rect class="panel-bar-fill" {width} height="10"/>
                    </svg>
                    { score(claim.checkworthiness) }
                </span>
                <span class={["panel-certainty panel-certainty-", c_band].concat()}>
                    <span class="panel-label">{ "certainty " }</span>
                    { score(sentence.certainty) }{ " · " }{ c_band }
                </span>
            </>
        }
    } else {
        html! {}
    };

    // The cues that set this sentence's certainty, as the filters and the person's corrections
    // leave them in the article.
    // Spans are ordered by start, so the sentence's own are one slice of them.
    let first = analysis.spans.partition_point(|s| s.start < sentence.start);
    let last = analysis.spans.partition_point(|s| s.start < sentence.end);
    let cues = |category: Category| -> Vec<String> {
        analysis.spans.at(first..last.max(first))
            .iter()
            .filter(|s| s.category == category)
            .filter(|s| !dismissed(s, &view.custom))
            .map(|s| s.text.clone())
            .collect()
    };
    // The engine also softens a claim that a vague or missing source carries, or that a
    // distancing verb reports ("claimed"): said beside the hedges, or a claim "hedged" by no
    // word of its own would leave the reader guessing why. Only the voice its certainty reads,
    // as the engine picks it: the first of the highest rank.
    let voices = props.digest.sentence_sources.get(index).map_or(&[][..], Vec::as_slice);
    let mut voice_softeners: Vec<String> = Vec::new();
    if filters.attribution && !props.counting {
        let rank = |a: &&claimlens::engine::Attribution| claimlens::engine::claims::cues::rank((a.source_kind, a.stance));
        let read = voices.iter().filter_map(|&a| analysis.attributions.get(a)).fold(None, |best, a| match best {
            Some(b) if rank(&b) >= rank(&a) => Some(b),
            _ => Some(a),
        });
        if let Some(a) = read {
            if a.stance == Stance::Distancing {
                voice_softeners.push(["\u{201c}", props.text.get(a.cue.start..a.cue.end).unwrap_or_default(), "\u{201d}"].concat());
            }
            match a.source_kind {
                SourceKind::Vague => voice_softeners.push("a vague source".to_string()),
                SourceKind::None => voice_softeners.push("no source named".to_string()),
                _ => {}
            }
        }
    }
    let cue_row = |shown: bool, category: Category, label: &str, class: &str, extra: Vec<String>| {
        let found = if shown { cues(category) } else { Vec::new() };
        if found.is_empty() && extra.is_empty() {
            return html! {};
        }
        html! {
            <div class="panel-cue-row">
                <span class="panel-label">{ label }</span>
                { for found.into_iter().map(|t| html! { <span class={["panel-cue ", class].concat()}>{ t }</span> }) }
                { for extra.into_iter().map(|t| html! { <span class="panel-cue panel-cue-voice">{ t }</span> }) }
            </div>
        }
    };

    // One line per voice: a sentence reporting two people names both, in reading order.
    let source = if filters.attribution && !props.counting {
        let lines: Vec<Html> = voices
            .iter()
            .filter_map(|&a| analysis.attributions.get(a))
            .map(|a| {
                let (kind, symbol, weak) = source_kind_label(a.source_kind);
                let who = claimlens::export::source_named(&props.text, a);
                html! {
                    <div class={class(&["panel-claim-source", flag(weak, "panel-weak")])}>
                        <span class="panel-label">{ "source " }</span>
                        <span class="panel-source-name">{ who.unwrap_or_else(|| "no one named".to_string()) }</span>
                        <span class="panel-source-kind"><span aria-hidden="true">{ symbol }{ " " }</span>{ kind }</span>
                    </div>
                }
            })
            .collect();
        if lines.is_empty() {
            html! {
                <div class="panel-claim-source panel-weak panel-unattributed">
                    <span aria-hidden="true">{ "⚠ " }</span>{ "unattributed" }
                </div>
            }
        } else {
            html! { <>{ for lines }</> }
        }
    } else {
        html! {}
    };

    html! {
        <li
            class={class(&["claim panel-claim", flag(selected, "selected")])}
            data-index={index.to_string()}
            data-cw={cw_band}
            data-certainty={c_band}
            tabindex="0"
            aria-current={selected.then_some("true")}
            {onclick}
            {onkeydown}
        >
            <div class="panel-claim-head">
                <span class={["panel-badge panel-kind-", kind_label(claim.kind)].concat()}>{ kind_label(claim.kind) }</span>
                { marks }
            </div>
            <p class="panel-claim-text">{ sentence_text(&props.text, analysis, index) }</p>
            { cue_row(filters.hedge, Category::Hedge, "softened by ", "panel-cue-hedge", voice_softeners) }
            { cue_row(filters.booster, Category::Booster, "hardened by ", "panel-cue-booster", Vec::new()) }
            { cue_row(filters.loaded, Category::Loaded, "loaded ", "panel-cue-loaded", Vec::new()) }
            { source }
        </li>
    }
}
