//! The page's components, one per file. Props are plain data and callbacks; none of them holds
//! the page's state.

pub mod custom_cues;
pub mod editor;
pub mod export;
pub mod header;
pub mod legend;
pub mod message;
pub mod panel;
pub mod reading;
pub mod share;
pub mod slices;
pub mod tooltip;

mod class_names;
pub use class_names::{class, flag};

use yew::Callback;

/// `callback` for an event whose details it does not need. One function for all: each closure
/// given to `reform` (`|_: MouseEvent| ()` in each place) compiled its own copy of Yew's
/// callback code.
pub fn ignoring<E: 'static>(callback: &Callback<()>) -> Callback<E> {
    callback.reform(drop::<E>)
}
