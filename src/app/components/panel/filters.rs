//! The category switches. Each shows the mark it controls — the colour and the underline style
//! the article uses — so a reader who cannot tell the colours apart still matches them.
//!
//! A plain function rather than a component: the panel makes its `on_change` anew on every render,
//! so a component would redraw each time anyway, and each component type costs the module Yew's
//! generic lifecycle code (docs/performance-log.md, "Download size").

use claimlens::view::Filters;
use yew::prelude::*;

/// (value, label, swatch class, how to flip it in `Filters`)
type Switch = (&'static str, &'static str, &'static str, fn(&mut Filters) -> &mut bool);

const SWITCHES: [Switch; 5] = [
    ("hedge", "Hedges", "panel-swatch-hedge", |f| &mut f.hedge),
    ("booster", "Boosters", "panel-swatch-booster", |f| &mut f.booster),
    ("attribution", "Attribution", "panel-swatch-attribution", |f| &mut f.attribution),
    ("loaded", "Loaded wording", "panel-swatch-loaded", |f| &mut f.loaded),
    ("claims", "Claim marks", "panel-swatch-claims", |f| &mut f.claims),
];

pub fn filter_bar(filters: Filters, on_change: &Callback<Filters>) -> Html {
    let boxes = SWITCHES.iter().map(|&(value, label, swatch, field)| {
        let mut current = filters;
        let checked = *field(&mut current);
        let onchange = {
            let on_change = on_change.clone();
            // Flips the state this render showed: the checkbox can only have shown that.
            Callback::from(move |_: Event| {
                let mut next = filters;
                let flag = field(&mut next);
                *flag = !*flag;
                on_change.emit(next);
            })
        };
        html! {
            <label class="panel-filter">
                <input type="checkbox" name="filter" value={value} {checked} {onchange} />
                <span class={["panel-swatch ", swatch].concat()} aria-hidden="true">{ "Aa" }</span>
                { label }
            </label>
        }
    });
    html! {
        <fieldset class="panel-filters">
            <legend>{ "Show" }</legend>
            { for boxes }
        </fieldset>
    }
}
