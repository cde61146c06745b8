//! The automatic checks: mechanical mistakes a machine can catch before a person spends time.

use std::collections::BTreeMap;

use crate::model::{Finding, Level};
use crate::parse::ParsedRevision;

/// Runs the checks named in `checks` (rule name -> level) over one revision.
pub fn run(
    _text: &str,
    _parsed: &ParsedRevision,
    _checks: &BTreeMap<String, Level>,
) -> Vec<Finding> {
    Vec::new()
}
