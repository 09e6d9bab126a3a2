//! The panel beside the article: the claims to check, who is cited, and the figures for the
//! whole text. It owns no state: everything it shows comes from the analysis, the digest and the
//! view state, and every change a person makes goes back out through `on_view` or `on_select`,
//! so the article, share links and local storage never disagree with it.
#![cfg(target_arch = "wasm32")]

mod chart;
mod claims;
mod filters;
mod geometry;
mod sources;
mod summary;

use std::rc::Rc;

use claimlens::digest::Digest;
use claimlens::lower::to_lowercase;
use claimlens::engine::{Analysis, ClaimKind, SourceKind, Span};
use claimlens::view::*;
use web_sys::HtmlElement;
use crate::components::{class, flag};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub digest: Rc<Digest>,
    pub view: ViewState,
    /// The digest is provisional: who is cited for what, and the figures, are still being
    /// counted for a long text (see `State::counting`).
    #[prop_or_default]
    pub counting: bool,
    pub on_select: Callback<usize>,
    pub on_view: Callback<ViewState>,
}

const TABS: [(PanelTab, &str, &str); 3] = [
    (PanelTab::Claims, "tab-claims", "Claims"),
    (PanelTab::Sources, "tab-sources", "Sources"),
    (PanelTab::Summary, "tab-summary", "Summary"),
];

#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let tab_refs = [use_node_ref(), use_node_ref(), use_node_ref()];
    let view = &props.view;
    let current = TABS.iter().position(|t| t.0 == view.tab).unwrap_or(0);

    // Arrow keys move between tabs and take focus with them (the usual tablist pattern); only the
    // selected tab is in the Tab order.
    let onkeydown = {
        let refs = tab_refs.clone();
        let view = view.clone();
        let on_view = props.on_view.clone();
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" => (current + 1) % TABS.len(),
                "ArrowLeft" => (current + TABS.len() - 1) % TABS.len(),
                "Home" => 0,
                "End" => TABS.len() - 1,
                _ => return,
            };
            e.prevent_default();
            if let Some(el) = refs[next].cast::<HtmlElement>() {
                let _ = el.focus();
            }
            let mut v = view.clone();
            v.tab = TABS[next].0;
            on_view.emit(v);
        })
    };

    let tabs = TABS.iter().zip(tab_refs.iter()).enumerate().map(|(i, ((tab, id, label), node))| {
        let tab = *tab;
        let selected = i == current;
        let onclick = change_view(view, &props.on_view, move |v, _: MouseEvent| v.tab = tab);
        let count = match tab {
            PanelTab::Claims => props.digest.claims,
            PanelTab::Sources => props.digest.sources.len() + usize::from(!props.digest.agentless.is_empty()),
            PanelTab::Summary => props.digest.words,
        };
        let count = if tab == PanelTab::Summary || (tab == PanelTab::Sources && props.counting) {
            html! {}
        } else {
            html! { <span class="panel-tab-count">{ count }</span> }
        };
        html! {
            <button
                type="button"
                id={*id}
                ref={node.clone()}
                role="tab"
                class={class(&["panel-tab", flag(selected, "panel-tab-selected")])}
                aria-selected={if selected { "true" } else { "false" }}
                aria-controls="panel-body"
                tabindex={if selected { "0" } else { "-1" }}
                {onclick}
            >
                { *label }{ " " }{ count }
            </button>
        }
    });

    let on_filters = change_view(view, &props.on_view, |v, filters: Filters| v.filters = filters);
    let on_sort = change_view(view, &props.on_view, |v, sort: ClaimSort| v.sort = sort);

    let body = match view.tab {
        PanelTab::Claims => html! {
            <claims::Claims
                text={props.text.clone()}
                analysis={props.analysis.clone()}
                digest={props.digest.clone()}
                view={view.clone()}
                counting={props.counting}
                on_select={props.on_select.clone()}
                {on_sort}
            />
        },
        PanelTab::Sources | PanelTab::Summary if props.counting => html! {
            <p class="panel-empty" role="status">{ "Counting who is cited for what in this long text…" }</p>
        },
        PanelTab::Sources => html! {
            <sources::Sources
                text={props.text.clone()}
                analysis={props.analysis.clone()}
                digest={props.digest.clone()}
                selected={view.selected}
                on_select={props.on_select.clone()}
            />
        },
        PanelTab::Summary => summary::summary(summary::SummaryProps {
            analysis: props.analysis.clone(),
            digest: props.digest.clone(),
            selected: view.selected,
            on_select: props.on_select.clone(),
        }),
    };

    html! {
        <section class="panel" aria-label="Analysis">
            { filters::filter_bar(view.filters, &on_filters) }
            <div class="panel-tabs" role="tablist" aria-label="Panel" {onkeydown}>
                { for tabs }
            </div>
            <div id="panel-body" class="panel-body" role="tabpanel" aria-labelledby={TABS[current].1}>
                { body }
            </div>
        </section>
    }
}

/// The first paging state of the claims and sources lists: (the analysis it is for, as its
/// pointer, and how many items show). No analysis is at 0, so a list starts at its own first
/// page. One function for both lists, so that their state hooks are one copy of Yew's code.
pub(crate) fn no_paging() -> (usize, usize) {
    (0, 0)
}

/// A click that selects sentence `index`, and the key (Enter or Space) that does the same: one
/// closure type each for the claims list, the sources list and the chart, which each made their
/// own (each closure type is a copy of Yew's callback code).
pub(crate) fn select_on_click(on_select: &Callback<usize>, index: usize) -> Callback<MouseEvent> {
    let on_select = on_select.clone();
    Callback::from(move |_: MouseEvent| on_select.emit(index))
}

pub(crate) fn select_on_key(on_select: &Callback<usize>, index: usize) -> Callback<KeyboardEvent> {
    let on_select = on_select.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            on_select.emit(index);
        }
    })
}

/// The "show more" button of a paged list: `limit` items shown for the analysis `identity`.
pub(crate) fn show_more(shown: &UseStateHandle<(usize, usize)>, identity: usize, limit: usize) -> Callback<MouseEvent> {
    let shown = shown.clone();
    Callback::from(move |_: MouseEvent| shown.set((identity, limit)))
}

/// A callback that applies `change` to a copy of the view and sends it on, unless nothing changed
/// (a click on the open tab is no new state to save).
fn change_view<E: 'static>(view: &ViewState, on_view: &Callback<ViewState>, change: impl Fn(&mut ViewState, E) + 'static) -> Callback<E> {
    let view = view.clone();
    let on_view = on_view.clone();
    Callback::from(move |e: E| {
        let mut next = view.clone();
        change(&mut next, e);
        if next != view {
            on_view.emit(next);
        }
    })
}

/// The sentence's text as written, with runs of whitespace (line breaks in pasted text) shown as
/// one space; empty when the ranges do not fit the text.
pub(crate) fn sentence_text(text: &str, analysis: &Analysis, index: usize) -> String {
    analysis
        .sentences
        .get(index)
        .and_then(|s| text.get(s.start..s.end))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Whether the person hid this highlight, one by one or by ignoring its word.
pub(crate) fn dismissed(span: &Span, custom: &Customizations) -> bool {
    custom.dismissed.iter().any(|d| d.start == span.start && d.end == span.end && d.category == span.category)
        || custom.ignored_words.iter().any(|w| to_lowercase(w.trim()) == to_lowercase(span.text.trim()))
}

pub(crate) fn kind_label(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Factual => "factual",
        ClaimKind::Quantity => "quantity",
        ClaimKind::Causal => "causal",
        ClaimKind::Prediction => "prediction",
        ClaimKind::Opinion => "opinion",
    }
}

/// A label and a symbol for a kind of source; vague and missing sources are weaker sourcing and
/// say so in words, not only in colour.
pub(crate) fn source_kind_label(kind: SourceKind) -> (&'static str, &'static str, bool) {
    match kind {
        SourceKind::Named => ("named", "●", false),
        SourceKind::Institution => ("institution", "■", false),
        SourceKind::Vague => ("vague", "?", true),
        SourceKind::SelfSource => ("the author", "✎", false),
        SourceKind::None => ("no source", "∅", true),
    }
}

pub(crate) fn source_kind_class(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Named => "panel-source-named",
        SourceKind::Institution => "panel-source-institution",
        SourceKind::Vague => "panel-source-vague",
        SourceKind::SelfSource => "panel-source-self",
        SourceKind::None => "panel-source-none",
    }
}

/// Two decimals, shown the same way everywhere (see `digest::score_text`).
pub(crate) fn score(x: f32) -> String {
    claimlens::digest::score_text(x)
}
