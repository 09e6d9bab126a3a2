// STUB: stands in for the panel engineer's component so the page compiles; replaced at merge.
//! The claims panel (stub).

use std::rc::Rc;

use claimlens::digest::Digest;
use claimlens::engine::Analysis;
use claimlens::view::ViewState;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub digest: Rc<Digest>,
    pub view: ViewState,
    pub on_select: Callback<usize>,
    pub on_view: Callback<ViewState>,
}

#[function_component]
pub fn Panel(props: &PanelProps) -> Html {
    let filter = |name: &'static str, on: bool| {
        let view = props.view.clone();
        let on_view = props.on_view.clone();
        let onchange = Callback::from(move |_: Event| {
            let mut v = view.clone();
            let f = &mut v.filters;
            match name {
                "hedge" => f.hedge = !f.hedge,
                "booster" => f.booster = !f.booster,
                "attribution" => f.attribution = !f.attribution,
                "loaded" => f.loaded = !f.loaded,
                _ => f.claims = !f.claims,
            }
            on_view.emit(v);
        });
        html! { <label><input type="checkbox" name="filter" value={name} checked={on} {onchange}/>{name}</label> }
    };
    let f = props.view.filters;
    html! {
        <section class="panel">
            <div role="tablist">
                <button id="tab-claims" role="tab" aria-selected="true">{"Claims"}</button>
                <button id="tab-sources" role="tab" aria-selected="false">{"Sources"}</button>
                <button id="tab-summary" role="tab" aria-selected="false">{"Summary"}</button>
            </div>
            <fieldset class="filters">
                { filter("hedge", f.hedge) }{ filter("booster", f.booster) }{ filter("attribution", f.attribution) }
                { filter("loaded", f.loaded) }{ filter("claims", f.claims) }
            </fieldset>
            <ol id="claims">
                { for props.analysis.sentences.iter().enumerate().filter(|(_, s)| s.claim.is_some()).map(|(i, s)| {
                    let on_select = props.on_select.clone();
                    html! {
                        <li class="claim" data-index={i.to_string()} onclick={move |_| on_select.emit(i)}>
                            { props.text.get(s.start..s.end).unwrap_or("") }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
