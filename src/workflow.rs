//! The desk's rules as pure functions.
