//! The desk's rules as YAML: the items to confirm per kind, the skills that route kinds to
//! reviewers, the automatic checks and their levels, and the gate policy. The only file that knows
//! YAML (serde_yaml is archived upstream; keeping it here makes it replaceable in an afternoon).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Kind, Level, Status};

/// The checklist used when an article names none.
pub const DEFAULT_NAME: &str = "news";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checklist {
    pub name: String,
    pub title: String,
    /// What a reviewer must confirm for a statement of each kind.
    pub items: BTreeMap<Kind, Vec<Item>>,
    /// Which reviewer skills a statement of each kind calls for.
    pub routing: BTreeMap<Kind, Vec<String>>,
    /// The automatic checks to run, by rule name, with the level their findings carry.
    pub checks: BTreeMap<String, Level>,
    pub gate: GatePolicy,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Short stable name a reviewer ticks: `spelling`, `source-primary`.
    pub id: String,
    pub text: String,
    /// Whether the gate requires it ticked on a verified statement of this kind.
    pub required: bool,
}

/// Which states of an article hold its publication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GatePolicy {
    pub blocking_statuses: Vec<Status>,
    pub block_stale: bool,
    pub verified_needs_source: bool,
    pub blocking_levels: Vec<Level>,
    pub require_items: bool,
}

impl Default for GatePolicy {
    /// design.md's default: anything not verified or waived blocks, and so do stale checks,
    /// verified checks without a source and error-level findings.
    fn default() -> Self {
        GatePolicy {
            blocking_statuses: vec![
                Status::Unchecked,
                Status::InProgress,
                Status::Incorrect,
                Status::Disputed,
                Status::Unverifiable,
            ],
            block_stale: true,
            verified_needs_source: true,
            blocking_levels: vec![Level::Error],
            require_items: false,
        }
    }
}

impl Checklist {
    /// The built-in checklist called `name`, if there is one.
    pub fn builtin(name: &str) -> Option<Checklist> {
        (name == DEFAULT_NAME).then(|| Checklist {
            name: DEFAULT_NAME.to_string(),
            title: "Daily news".to_string(),
            items: BTreeMap::new(),
            routing: BTreeMap::new(),
            checks: BTreeMap::new(),
            gate: GatePolicy::default(),
        })
    }
}
