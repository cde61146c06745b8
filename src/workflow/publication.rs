//! Who may publish and correct, and when.

use super::Refusal;
use crate::model::{Gate, Reviewer, Role, StatementId};

/// An editor publishes a revision: when the gate is ready, or, when it is not, overriding it
/// with a reason. A revision goes out once.
pub fn may_publish(
    actor: &Reviewer,
    revision: u32,
    already_published: bool,
    gate: &Gate,
    override_reason: Option<&str>,
) -> Result<(), Refusal> {
    if actor.role != Role::Editor {
        return Err(Refusal::OnlyEditors {
            actor: actor.handle.clone(),
            role: actor.role,
            doing: "publish",
        });
    }
    if already_published {
        return Err(Refusal::AlreadyPublished { revision });
    }
    let has_reason = override_reason.is_some_and(|r| !r.trim().is_empty());
    if !gate.ready && !has_reason {
        return Err(Refusal::GateBlocked {
            reasons: gate.reasons.len(),
        });
    }
    Ok(())
}

/// An editor corrects a statement of the published revision, saying what was wrong.
pub fn may_correct(
    actor: &Reviewer,
    statement: StatementId,
    published: Option<u32>,
    in_published: bool,
    note: &str,
) -> Result<(), Refusal> {
    if actor.role != Role::Editor {
        return Err(Refusal::OnlyEditors {
            actor: actor.handle.clone(),
            role: actor.role,
            doing: "correct published statements",
        });
    }
    let Some(revision) = published else {
        return Err(Refusal::NotPublished { statement });
    };
    if !in_published {
        return Err(Refusal::NotInPublished {
            statement,
            revision,
        });
    }
    if note.trim().is_empty() {
        return Err(Refusal::EmptyText {
            what: "a correction",
        });
    }
    Ok(())
}
