//! The page's title and what it does, in one line.

use yew::prelude::*;

#[function_component]
pub fn Header() -> Html {
    html! {
        <header class="site-header">
            <h1>{"Claimlens"}</h1>
            <p class="tagline">{"See what an article claims, who says so, and how firmly. Runs entirely in your browser."}</p>
        </header>
    }
}
