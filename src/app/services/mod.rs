//! Everything that talks to the browser outside the page's own elements: storage, the
//! clipboard, downloads, the address bar, share links' compression, files and the analysis
//! worker. Each returns plain results to the caller.

pub mod analysis;
pub mod clipboard;
pub mod download;
pub mod file;
pub mod links;
pub mod location;
pub mod storage;
pub mod tabs;
pub mod view_json;
pub mod once;
