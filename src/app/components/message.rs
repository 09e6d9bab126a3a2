//! The page's one message line: errors are alerts (read out at once), the rest are status.

use yew::prelude::*;

use crate::state::Message;

#[derive(Properties, PartialEq)]
pub struct MessageProps {
    pub message: Option<Message>,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn MessageBar(props: &MessageProps) -> Html {
    let Some(m) = &props.message else {
        // Kept in the page, empty, so screen readers already watch it when a message arrives.
        return html! { <div id="message" role="status" class="message empty" aria-live="polite"></div> };
    };
    let on_close = props.on_close.clone();
    html! {
        <div id="message" role={if m.error { "alert" } else { "status" }} class={classes!("message", m.error.then_some("error"))}>
            <span class="message-text">{ m.text.clone() }</span>
            <button type="button" class="message-close" aria-label="Close message" onclick={move |_| on_close.emit(())}>{"×"}</button>
        </div>
    }
}
