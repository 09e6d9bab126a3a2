//! Local storage of the draft and the view. Storage can be full or switched off (private
//! windows, policies): every write reports failure so the page can say so and keep the text.
//!
//! The draft has one key shared by every tab of the page. While another tab's draft is waiting
//! for the person to choose between it and this tab's text (see `services::tabs`), this tab's
//! draft saving is held, so neither tab silently overwrites the other.

use std::cell::Cell;

use claimlens::view::ViewState;

pub const DRAFT: &str = "claimlens.draft.v1";
pub const PREVIOUS_DRAFT: &str = "claimlens.draft.previous.v1";
pub const VIEW: &str = "claimlens.view.v1";

thread_local! {
    static DRAFT_HELD: Cell<bool> = const { Cell::new(false) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes `value`; false when the browser refused (quota, disabled storage).
pub fn set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Saves the draft unless saving is held for a choice between tabs (then it is not a failure:
/// the text stays in this tab and the person is asked). False when the browser refused.
pub fn save_draft(text: &str) -> bool {
    DRAFT_HELD.with(Cell::get) || set(DRAFT, text)
}

/// Holds or resumes draft saving (another tab saved a different draft; the person chose).
pub fn hold_draft(held: bool) {
    DRAFT_HELD.with(|h| h.set(held));
}

pub fn load_view() -> ViewState {
    get(VIEW)
        .and_then(|json| super::view_json::read(json.as_bytes()))
        .unwrap_or_default()
}

pub fn save_view(view: &ViewState) -> bool {
    set(VIEW, &view.to_json())
}
