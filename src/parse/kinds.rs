//! Kinds: which sorts of checkable fact a statement carries.

use crate::model::KindSet;

/// The kinds of one statement's text.
pub fn classify(_text: &str) -> KindSet {
    KindSet::EMPTY
}
