//! Auto-assignment: which active checker gets each open statement.

use std::collections::{BTreeMap, HashMap};

use crate::model::{Kind, KindSet, Reviewer, Role, StatementId};

/// A statement waiting for a reviewer, as auto-assignment sees it.
pub struct Unassigned {
    pub id: StatementId,
    pub kinds: KindSet,
}

/// One statement handed out by [`auto_assign`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub id: StatementId,
    pub to: String,
    /// False when no active checker has a skill the statement's kinds call for, so it went by
    /// load alone.
    pub by_skill: bool,
}

/// Hands each statement to an active checker. Eligible are the checkers with at least one of
/// the skills the checklist routes the statement's kinds to (any active checker when none has);
/// among them the one with the least open work gets it, the better skill fit and then the handle
/// breaking ties, so the same input always gives the same answer. Load wins over fit on purpose:
/// a desk is only as fast as its busiest checker. `open_load` is the open work each already has.
/// A skill matches a statement when the checklist routes one of its kinds to it, or when it is
/// the name of one of its kinds.
pub fn auto_assign(
    statements: &[Unassigned],
    reviewers: &[Reviewer],
    routing: &BTreeMap<Kind, Vec<String>>,
    open_load: &HashMap<String, usize>,
) -> Vec<Planned> {
    let mut checkers: Vec<&Reviewer> = reviewers
        .iter()
        .filter(|r| r.active && r.role == Role::Checker)
        .collect();
    checkers.sort_by(|a, b| a.handle.cmp(&b.handle));
    if checkers.is_empty() {
        return Vec::new();
    }
    let mut load: HashMap<&str, usize> = checkers
        .iter()
        .map(|r| {
            (
                r.handle.as_str(),
                open_load.get(&r.handle).copied().unwrap_or(0),
            )
        })
        .collect();
    let mut out = Vec::with_capacity(statements.len());
    for statement in statements {
        let wanted: Vec<&str> = statement
            .kinds
            .iter()
            .flat_map(|k| {
                routing
                    .get(&k)
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .chain([k.as_str()])
            })
            .collect();
        let score = |r: &Reviewer| {
            wanted
                .iter()
                .filter(|w| r.skills.iter().any(|s| s == *w))
                .count()
        };
        let any_match = checkers.iter().any(|r| score(r) > 0);
        let chosen = checkers
            .iter()
            .filter(|r| !any_match || score(r) > 0)
            .min_by(|a, b| {
                load[a.handle.as_str()]
                    .cmp(&load[b.handle.as_str()])
                    .then(score(b).cmp(&score(a)))
                    .then(a.handle.cmp(&b.handle))
            })
            .expect("at least one checker");
        *load.get_mut(chosen.handle.as_str()).expect("known checker") += 1;
        out.push(Planned {
            id: statement.id,
            to: chosen.handle.clone(),
            by_skill: any_match,
        });
    }
    out
}
