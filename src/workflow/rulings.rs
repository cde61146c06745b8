//! Who may rule on a dispute, and what a ruling does to the gate.

use super::Refusal;
use crate::model::{Decision, Dispute, Gate, GateReason, Reviewer, Role, StatementId, Status};

/// What an editor asks to record on one statement.
pub struct RuleRequest<'a> {
    pub statement: StatementId,
    /// The status of the statement's latest check (`None`: never checked).
    pub status: Option<Status>,
    /// The ruling already made on that same check, if any: (by, at).
    pub ruled: Option<(&'a str, &'a str)>,
    pub decision: Decision,
    pub wording: Option<&'a str>,
    pub reason: &'a str,
}

/// Only an editor rules, only on an open dispute (the latest check is `disputed` and not ruled
/// on yet), always with a reason, and a change always with its new wording.
pub fn may_rule(actor: &Reviewer, request: &RuleRequest<'_>) -> Result<(), Refusal> {
    if actor.role != Role::Editor {
        return Err(Refusal::OnlyEditors {
            actor: actor.handle.clone(),
            role: actor.role,
            doing: "rule on disputes",
        });
    }
    if request.status != Some(Status::Disputed) {
        return Err(Refusal::NoDispute {
            id: request.statement,
            status: request.status.unwrap_or(Status::Unchecked),
        });
    }
    if let Some((by, at)) = request.ruled {
        return Err(Refusal::AlreadyRuled {
            id: request.statement,
            by: by.to_string(),
            at: at.to_string(),
        });
    }
    if request.reason.trim().is_empty() {
        return Err(Refusal::EmptyText { what: "a ruling" });
    }
    let wording = request.wording.map(str::trim).filter(|w| !w.is_empty());
    match (request.decision, wording) {
        (Decision::Change, None) => Err(Refusal::ChangeWithoutWording {
            id: request.statement,
        }),
        _ => Ok(()),
    }
}

/// A ruled dispute no longer holds the article as `disputed`: the editor made the call. A
/// `change` or `cut` holds it instead until a revision changes or removes the words ruled on
/// (then the usual rules take over: changed words are stale and are checked again).
pub fn apply_rulings(gate: &mut Gate, disputes: &[Dispute]) {
    let ruled: Vec<StatementId> = disputes
        .iter()
        .filter(|d| d.ruling.is_some())
        .map(|d| d.statement)
        .collect();
    let code = format!("status:{}", Status::Disputed);
    if let Some(reason) = gate.reasons.iter_mut().find(|r| r.code == code) {
        reason.statements.retain(|id| !ruled.contains(id));
        reason.message = format!(
            "{} statement(s) disputed: sources conflict, awaiting an editor's ruling",
            reason.statements.len()
        );
    }
    gate.reasons
        .retain(|r| r.code != code || !r.statements.is_empty());
    for dispute in disputes.iter().filter(|d| d.ruled_words_stand) {
        let Some(ruling) = &dispute.ruling else {
            continue;
        };
        let message = match (ruling.decision, &ruling.wording) {
            (Decision::Change, Some(wording)) => format!(
                "statement {} was ruled to change to \"{wording}\"; the copy still has the words ruled on",
                dispute.statement
            ),
            (Decision::Cut, _) => format!(
                "statement {} was ruled cut; the copy still has it",
                dispute.statement
            ),
            _ => continue,
        };
        gate.reasons.push(GateReason {
            code: format!("ruling:{}", ruling.decision),
            message,
            statements: vec![dispute.statement],
        });
    }
    gate.ready = gate.reasons.is_empty();
}
