//! Everything that talks to the browser outside the page's own elements: storage, the
//! clipboard, downloads, the address bar and files. Each returns plain results to the caller.

pub mod clipboard;
pub mod download;
pub mod file;
pub mod location;
pub mod storage;
pub mod tabs;
