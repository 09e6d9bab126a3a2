//! stub
use std::path::Path;
pub fn run(_d: &Path, _e: usize) -> Result<u8, crate::Fail> { Ok(0) }
