//! Class attributes built as plain strings. Yew's `classes!` builds an ordered set of names at
//! each element, for lists that here never repeat a name, and each use compiled its own pushes:
//! 0.9 KB of the compressed module (docs/performance-log.md, "Download size"). (Yew still turns
//! a dynamic `class` into its set type; names without repeats pass through it unchanged.)
//!
//! Across the page, text made only of strings is joined with `concat` rather than `format!`,
//! whose call sites each build a table of pieces and formatters: 88 bytes less after gzip for
//! seventeen of them (docs/performance-log.md).

/// A class attribute: the names given, empty ones left out ("" from [`flag`] when it is
/// off).
pub fn class(names: &[&str]) -> String {
    let mut out = String::new();
    for name in names.iter().filter(|n| !n.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(name);
    }
    out
}

/// `name` when `on`, else nothing: one optional name for [`class`].
pub fn flag(on: bool, name: &str) -> &str {
    if on { name } else { "" }
}
