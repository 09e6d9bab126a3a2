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
