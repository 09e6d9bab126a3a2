//! Who the article cites, most often first, with the claims each voice carries. Vague voices
//! ("critics say") and reports with no one behind them are flagged as weaker sourcing in words,
//! since colour alone would not reach every reader.

use std::rc::Rc;

use claimlens::digest::Digest;
use claimlens::engine::{Analysis, SourceKind};
use crate::components::{class, flag};
use yew::prelude::*;

use super::{sentence_text, source_kind_class, source_kind_label};

/// How many sources the list shows at first, and how many more each "show more" adds.
pub const SOURCES_PAGE: usize = 100;
/// How many claims each source lists; a voice behind thousands of claims would otherwise
/// render them all. The rest are in the claims tab.
pub const CLAIMS_PER_SOURCE: usize = 50;

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub digest: Rc<Digest>,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

#[function_component(Sources)]
pub fn sources(props: &SourcesProps) -> Html {
    let digest = &props.digest;
    let analysis = &props.analysis;
    // How many sources show, for which analysis: a new one starts again from the first page.
    let shown = use_state(super::no_paging);
    let identity = Rc::as_ptr(analysis) as usize;
    let limit = if shown.0 == identity { shown.1 } else { SOURCES_PAGE };

    // Citations by kind of source: what a reader weighs when asking "who says so?".
    let mut by_kind = [0usize; 5];
    for a in &analysis.attributions {
        by_kind[kind_slot(a.source_kind)] += 1;
    }
    let unattributed_claims = digest.certainty_series.iter().filter(|&&(i, _)| digest.sentence_attribution.get(i).copied().flatten().is_none()).count();
    let (people, institutions, vague, author) = (by_kind[0], by_kind[1], by_kind[2], by_kind[3]);
    let mut summary = format!(
        "Citations: {} named ({people} {}, {institutions} {}), {vague} vague, {} with no source",
        people + institutions,
        if people == 1 { "person" } else { "people" },
        if institutions == 1 { "institution" } else { "institutions" },
        digest.agentless.len(),
    );
    if author > 0 {
        summary += &format!(", {author} by the author");
    }
    summary += &format!(". Claims citing no one: {unattributed_claims} of {}.", digest.claims);

    let claim_links = |claims: &[usize]| -> Html {
        if claims.is_empty() {
            return html! { <p class="panel-source-noclaims">{ "No claim rests on it." }</p> };
        }
        let rest = claims.len().saturating_sub(CLAIMS_PER_SOURCE);
        html! {
            <ol class="panel-source-claims">
                { for claims.iter().take(CLAIMS_PER_SOURCE).map(|&i| {
                    let onclick = super::select_on_click(&props.on_select, i);
                    let selected = props.selected == Some(i);
                    html! {
                        <li>
                            <button
                                type="button"
                                class={class(&["panel-source-claim", flag(selected, "selected")])}
                                data-index={i.to_string()}
                                aria-current={selected.then_some("true")}
                                {onclick}
                            >
                                { sentence_text(&props.text, analysis, i) }
                            </button>
                        </li>
                    }
                }) }
                if rest > 0 {
                    <li class="panel-source-rest">{ format!("and {rest} more claim{} (all are in the Claims tab)", if rest == 1 { "" } else { "s" }) }</li>
                }
            </ol>
        }
    };

    let entry = |label: String, kind: SourceKind, cited: usize, claims: &[usize]| {
        let (kind_text, symbol, weak) = source_kind_label(kind);
        html! {
            <li class={class(&["panel-source", source_kind_class(kind), flag(weak, "panel-weak")])}>
                <div class="panel-source-head">
                    <span class="panel-source-kind"><span aria-hidden="true">{ symbol }{ " " }</span>{ kind_text }</span>
                    <span class="panel-source-name">{ label }</span>
                    <span class="panel-source-count">{ if cited == 1 { "cited once".to_string() } else { format!("cited {cited} times") } }</span>
                    { if weak { html! { <span class="panel-flag">{ "weak sourcing" }</span> } } else { html! {} } }
                </div>
                { claim_links(claims) }
            </li>
        }
    };

    let agentless_claims: Vec<usize> = digest
        .certainty_series
        .iter()
        .map(|&(i, _)| i)
        .filter(|&i| digest.sentence_sources.get(i).is_some_and(|voices| voices.iter().any(|a| digest.agentless.contains(a))))
        .collect();

    let empty = digest.sources.is_empty() && digest.agentless.is_empty();
    let hidden = digest.sources.len().saturating_sub(limit);
    let more = if hidden > 0 {
        let onclick = super::show_more(&shown, identity, limit + SOURCES_PAGE);
        html! {
            <p class="panel-more">
                <span class="panel-more-count">{ format!("{hidden} more source{} not shown. ", if hidden == 1 { "" } else { "s" }) }</span>
                <button type="button" id="sources-more" {onclick}>{ format!("Show {} more", hidden.min(SOURCES_PAGE)) }</button>
            </p>
        }
    } else {
        html! {}
    };
    html! {
        <div class="panel-sources">
            <p class="panel-sources-summary">{ summary }</p>
            if empty {
                <p class="panel-empty">{ "No one is cited in this text: every claim stands on the author's word." }</p>
            }
            <ul id="sources" class="panel-source-list">
                { for digest.sources.iter().take(limit).map(|s| entry(s.label.clone(), s.kind, s.attributions.len(), &s.claims)) }
                if !digest.agentless.is_empty() {
                    { entry("reported with no one named".to_string(), SourceKind::None, digest.agentless.len(), &agentless_claims) }
                }
            </ul>
            { more }
        </div>
    }
}

fn kind_slot(kind: SourceKind) -> usize {
    match kind {
        SourceKind::Named => 0,
        SourceKind::Institution => 1,
        SourceKind::Vague => 2,
        SourceKind::SelfSource => 3,
        SourceKind::None => 4,
    }
}
