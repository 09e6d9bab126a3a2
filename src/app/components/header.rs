//! The page's title and what it does, in one line.
//!
//! A plain function rather than a component: it has no props and no state, and each component
//! type costs the module Yew's generic lifecycle code (docs/performance-log.md, "Download size").

use yew::prelude::*;

/// Written as HTML rather than built by `html!`, as the legend is (`legend.rs`).
const HEADER: &str = "<header class=\"site-header\"><h1>Claimlens</h1><p class=\"tagline\">See what an article claims, who says so, \
    and how firmly. Runs entirely in your browser.</p></header>";

pub fn header() -> Html {
    Html::from_html_unchecked(HEADER.into())
}
