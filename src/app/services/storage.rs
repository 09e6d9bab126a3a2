//! Local storage of the draft and the view. Storage can be full or switched off (private
//! windows, policies): every write reports failure so the page can say so and keep the text.

use claimlens::view::ViewState;

pub const DRAFT: &str = "claimlens.draft.v1";
pub const PREVIOUS_DRAFT: &str = "claimlens.draft.previous.v1";
pub const VIEW: &str = "claimlens.view.v1";

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

pub fn load_view() -> ViewState {
    get(VIEW)
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

pub fn save_view(view: &ViewState) -> bool {
    serde_json::to_string(view).is_ok_and(|json| set(VIEW, &json))
}
