//! A link that carries the article itself in its fragment, so anyone with the link sees the
//! same analysis and no server ever receives the text.

use std::rc::Rc;

use claimlens::view::ViewState;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::bridge;
use crate::services::{clipboard, location};

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub text: Rc<str>,
    pub view: ViewState,
}

/// "1.2 KB" and the like: what a person needs to judge whether a link will survive a chat app.
fn size(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} characters")
    } else {
        format!("{} KB", claimlens::digest::fixed(bytes as f64 / 1024.0, 1))
    }
}

#[function_component]
pub fn Share(props: &ShareProps) -> Html {
    let url = use_state(|| None::<String>);
    let copied = use_state(|| None::<bool>);
    let input = use_node_ref();
    let onclick = {
        let (text, view, url, copied, input) = (
            props.text.clone(),
            props.view.clone(),
            url.clone(),
            copied.clone(),
            input.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let link = format!(
                "{}#{}",
                location::base(),
                bridge::share_fragment(&text, &view)
            );
            url.set(Some(link.clone()));
            let (copied, input) = (copied.clone(), input.clone());
            clipboard::copy(&link, move |ok| {
                copied.set(Some(ok));
                if !ok {
                    // No clipboard access: select the link so one more keystroke copies it.
                    if let Some(i) = input.cast::<web_sys::HtmlInputElement>() {
                        i.select();
                    }
                }
            });
        })
    };
    // A link to an earlier text is wrong once the text changes: ask for a fresh one.
    {
        let (url, copied) = (url.clone(), copied.clone());
        use_effect_with((props.text.clone(), props.view.clone()), move |_| {
            url.set(None);
            copied.set(None);
        });
    }
    let onfocus = Callback::from(|e: FocusEvent| {
        if let Some(i) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            i.select();
        }
    });
    let link = (*url).clone().unwrap_or_default();
    let warning = url.as_ref().and_then(|u| bridge::link_warning(u.len()));
    html! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{"Share"}</h2>
            <p class="hint">{"The link contains the article itself; nothing is uploaded."}</p>
            <div class="share-row">
                <button type="button" id="copy-link" {onclick} disabled={props.text.is_empty()}>{"Copy link"}</button>
                <input id="share-url" type="text" readonly=true aria-label="Share link" value={link} ref={input} {onfocus}
                    placeholder="The link appears here"/>
            </div>
            <p class="share-status" aria-live="polite">
                if let Some(u) = url.as_ref() {
                    <span id="share-size">{ format!("Link length: {}", size(u.len())) }</span>
                    { match *copied {
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
