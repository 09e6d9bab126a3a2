//! The page's one message line: errors are alerts (read out at once), the rest are status.
//!
//! A plain function rather than a component: its `on_close` is a new callback on every render of
//! the page, so a component would redraw each time anyway, and each component type costs the
//! module Yew's generic lifecycle code (docs/performance-log.md, "Download size").

use crate::components::{class, flag};
use yew::prelude::*;

use crate::state::Message;

pub fn message_bar(message: &Option<Message>, on_close: Callback<()>) -> Html {
    let Some(m) = message else {
        // Kept in the page, empty, so screen readers already watch it when a message arrives.
        return html! { <div id="message" role="status" class="message empty" aria-live="polite"></div> };
    };
    html! {
        <div id="message" role={if m.error { "alert" } else { "status" }} class={class(&["message", flag(m.error, "error")])}>
            <span class="message-text">{ m.text.clone() }</span>
            <button type="button" class="message-close" aria-label="Close message" onclick={move |_| on_close.emit(())}>{"×"}</button>
        </div>
    }
}
