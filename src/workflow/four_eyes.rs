//! Four eyes: the kinds a checklist names need two different reviewers' verifications.

use std::collections::{BTreeSet, HashMap};

use crate::checklist::GatePolicy;
use crate::model::{GateReason, Statement, StatementId, Status};

/// With the policy's `two_verifiers` kinds, a verified statement of one of them holds the article
/// until two different reviewers have verified its current words (`verifiers`: who verified
/// each statement's current words).
pub fn four_eyes_reason(
    policy: &GatePolicy,
    statements: &[Statement],
    verifiers: &HashMap<StatementId, BTreeSet<String>>,
) -> Option<GateReason> {
    let ids: Vec<StatementId> = statements
        .iter()
        .filter(|s| s.status == Status::Verified && !s.stale)
        .filter(|s| policy.two_verifiers.iter().any(|k| s.kinds.contains(*k)))
        .filter(|s| verifiers.get(&s.id).map_or(0, |v| v.len()) < 2)
        .map(|s| s.id)
        .collect();
    (!ids.is_empty()).then(|| GateReason {
        code: "four-eyes".into(),
        message: format!(
            "{} verified statement(s) need a second reviewer's verification (four eyes)",
            ids.len()
        ),
        statements: ids,
    })
}
