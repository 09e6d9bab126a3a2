//! A link that carries the article itself in its fragment, so anyone with the link sees the
//! same analysis and no server ever receives the text.
//!
//! A plain function rather than a component: each component type costs the module Yew's generic
//! lifecycle code (docs/performance-log.md, "Download size"). The link made and whether it was copied are kept in
//! the page's state, which forgets them when the text or the view changes.

use std::rc::Rc;

use claimlens::view::ViewState;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::bridge;
use crate::services::{clipboard, links, location};

pub struct ShareProps {
    pub text: Rc<str>,
    pub view: ViewState,
    /// The link made for this text and view (`State::share_link`).
    pub link: Option<String>,
    /// Whether copying it worked, once the browser has said (`State::share_copied`).
    pub copied: Option<bool>,
    pub on_link: Callback<String>,
    pub on_copied: Callback<bool>,
    /// The browser could not make the link: a sentence saying so.
    pub on_failed: Callback<String>,
}

/// "1.2 KB" and the like: what a person needs to judge whether a link will survive a chat app.
fn size(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} characters")
    } else {
        format!("{} KB", claimlens::digest::fixed(bytes as f64 / 1024.0, 1))
    }
}

pub fn share(props: ShareProps) -> Html {
    let onclick = {
        let (text, view, on_link, on_copied, on_failed) = (
            props.text.clone(),
            props.view.clone(),
            props.on_link.clone(),
            props.on_copied.clone(),
            props.on_failed.clone(),
        );
        Callback::from(move |e: MouseEvent| {
            // The box the link is shown in, beside the button that was clicked.
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|b| b.closest(".share").ok().flatten())
                .and_then(|s| s.query_selector("#share-url").ok().flatten())
                .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok());
            let (on_link, on_failed, on_copied) = (on_link.clone(), on_failed.clone(), on_copied.clone());
            let link = links::make(location::base(), &text, &view, move |made| match made {
                Ok(link) => on_link.emit(link),
                Err(why) => on_failed.emit(why),
            });
            clipboard::copy(&link, move |ok| {
                on_copied.emit(ok);
                if !ok {
                    // No clipboard access: select the link so one more keystroke copies it.
                    if let Some(i) = &input {
                        i.select();
                    }
                }
            });
        })
    };
    let onfocus = Callback::from(|e: FocusEvent| {
        if let Some(i) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            i.select();
        }
    });
    let url = &props.link;
    let link = url.clone().unwrap_or_default();
    let warning = url.as_ref().and_then(|u| bridge::link_warning(u.len()));
    html! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{"Share"}</h2>
            <p class="hint">{"The link contains the article itself; nothing is uploaded."}</p>
            <div class="share-row">
                <button type="button" id="copy-link" {onclick} disabled={props.text.is_empty()}>{"Copy link"}</button>
                <input id="share-url" type="text" readonly=true aria-label="Share link" value={link} {onfocus}
                    placeholder="The link appears here"/>
            </div>
            <p class="share-status" aria-live="polite">
                if let Some(u) = url.as_ref() {
                    <span id="share-size">{ format!("Link length: {}", size(u.len())) }</span>
                    { match props.copied {
                        Some(true) => html! { <span class="copied">{" · copied"}</span> },
                        Some(false) => html! { <span class="copied">{" · selected: press Ctrl+C (⌘C) to copy"}</span> },
                        None => html! {},
                    } }
                }
            </p>
            if let Some(w) = warning {
                <p id="share-warning" class="warning">{ w }</p>
            }
        </section>
    }
}
