//! Exports (in progress).
