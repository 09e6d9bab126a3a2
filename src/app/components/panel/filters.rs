//! The category switches. Each shows the mark it controls — the colour and the underline style
//! the article uses — so a reader who cannot tell the colours apart still matches them.

use claimlens::view::Filters;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub filters: Filters,
    pub on_change: Callback<Filters>,
}

/// (value, label, swatch class, how to flip it in `Filters`)
type Switch = (&'static str, &'static str, &'static str, fn(&mut Filters) -> &mut bool);

const SWITCHES: [Switch; 5] = [
    ("hedge", "Hedges", "panel-swatch-hedge", |f| &mut f.hedge),
    ("booster", "Boosters", "panel-swatch-booster", |f| &mut f.booster),
    ("attribution", "Attribution", "panel-swatch-attribution", |f| &mut f.attribution),
    ("loaded", "Loaded wording", "panel-swatch-loaded", |f| &mut f.loaded),
    ("claims", "Claim marks", "panel-swatch-claims", |f| &mut f.claims),
];

#[function_component(FilterBar)]
pub fn filter_bar(props: &FilterBarProps) -> Html {
    let boxes = SWITCHES.iter().map(|&(value, label, swatch, field)| {
        let mut current = props.filters;
        let checked = *field(&mut current);
        let onchange = {
            let filters = props.filters;
            let on_change = props.on_change.clone();
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
                <span class={classes!("panel-swatch", swatch)} aria-hidden="true">{ "Aa" }</span>
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
