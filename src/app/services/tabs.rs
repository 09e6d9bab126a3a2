//! Two tabs of the page share one saved draft. Without care the tab that saves last wins and the
//! other tab's text is gone after a reload. So each tab listens for the browser's `storage`
//! event (sent to the *other* tabs of the same page when one of them writes): when another tab
//! saves a draft that differs from this tab's text, this tab stops saving its own draft and asks
//! the person which to keep. "Keep this tab's text" saves it again (and the other tab is then
//! asked the same question); "Load the other tab's text" loads it here, with this tab's text one
//! click away ("Bring back the previous text"). Until the person chooses, both texts exist: one in storage, one in this tab.
//!
//! The other tab's text is kept in the page's state (`State::other_tab`), and the page's own
//! effects call [`listen`] and [`settle`]: a hook of its own would bring its own copies of Yew's
//! generic hook code (docs/performance-log.md, "Download size").

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::storage;
use crate::cells::Cells;

/// Watches the other tabs' drafts: `on_other` gets the other tab's text when it differs from
/// this tab's (`current`), and `None` when the conflict is gone. Listens until dropped.
pub fn listen(current: Rc<RefCell<Rc<str>>>, on_other: Callback<Option<String>>) -> Option<EventListener> {
    web_sys::window().map(|w| {
        EventListener::new(&w, "storage", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
            if e.key().as_deref() != Some(storage::DRAFT) {
                return;
            }
            match e.new_value() {
                Some(saved) if *saved != **current.read() => {
                    storage::hold_draft(true);
                    on_other.emit(Some(saved));
                }
                // The other tab now holds the same text (or removed the draft): nothing
                // to choose, and this tab's saving may go on.
                _ => {
                    storage::hold_draft(false);
                    on_other.emit(None);
                }
            }
        })
    })
}

/// Coming to the same text as the other tab (typing, undo) settles it too.
pub fn settle(other: Option<&str>, text: &str, on_other: &Callback<Option<String>>) {
    if other.is_some_and(|o| o == text) {
        storage::hold_draft(false);
        on_other.emit(None);
    }
}

/// The notice to show while the other tab's text (`other`) differs (empty when there is no
/// conflict). `on_load` receives the other tab's text when the person chooses it.
pub fn notice(other: Option<String>, text: Rc<str>, on_other: Callback<Option<String>>, on_load: Callback<String>) -> Html {
    let Some(saved) = other else {
        return html! {};
    };
    let keep = {
        let on_other = on_other.clone();
        Callback::from(move |_: MouseEvent| {
            storage::hold_draft(false);
            storage::save_draft(&text);
            on_other.emit(None);
        })
    };
    let load = Callback::from(move |_: MouseEvent| {
        storage::hold_draft(false);
        on_load.emit(saved.clone());
        on_other.emit(None);
    });
    html! {
        <div id="tab-conflict" class="message" role="alert">
            <span class="message-text">
                {"Another tab of Claimlens saved a different text. This tab has stopped saving its draft so that neither text is lost. Which should be kept?"}
            </span>
            <button type="button" id="keep-this-tab" onclick={keep}>{"Keep this tab’s text"}</button>
            <button type="button" id="load-other-tab" onclick={load}>{"Load the other tab’s text"}</button>
        </div>
    }
}
