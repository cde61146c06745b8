//! Confidential sources: who attests one, who may read its identity.
//!
//! The rule chosen for the attestation: the source names the editor who knows the identity, an
//! active editor. An attestation is that editor's own word, so nobody records it for them: when
//! the named editor is the one recording the source, it is attested at once; otherwise it awaits
//! that editor, who reads the identity and attests it, and until then the gate holds a verified
//! statement resting on it. The identity may be read by editors and by the current assignee of a
//! statement that rests on the source (through a check, a query's answer or a correction), by
//! nobody else: not the writer, not another checker.

use crate::model::{Reviewer, Role, Statement, StatementId, Status};

/// Why a confidential source could not be recorded, read or attested. The messages never carry
/// the identity: they are about who, not whom.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfidentialRefusal {
    #[error(
        "a confidential source needs the editor who knows its identity, and {actor} is a {role}: name an active editor"
    )]
    NoEditorNamed { actor: String, role: Role },
    #[error(
        "{handle} is a {role}, not an editor: only an editor can know a confidential source's identity for the desk"
    )]
    NotAnEditor { handle: String, role: Role },
    #[error("{handle} is inactive: name an active editor to know a confidential source's identity")]
    InactiveEditor { handle: String },
    #[error(
        "source {source_id} is confidential: its identity is for editors and the assignee of the statement(s) resting on it ({statements}); {actor} is neither"
    )]
    MayNotRead {
        source_id: i64,
        actor: String,
        statements: String,
    },
    #[error(
        "source {source_id} names {known_to} as the editor who knows its identity; only they may attest it, not {actor}"
    )]
    NotTheNamedEditor {
        source_id: i64,
        known_to: String,
        actor: String,
    },
    #[error("source {source_id} was attested already, by {by} at {at}")]
    AlreadyAttested {
        source_id: i64,
        by: String,
        at: String,
    },
}

/// Who attests a new confidential source, and whether it is attested as it is recorded. `named`
/// is the reviewer the source names (`None`: nobody was named, the actor must be an editor).
pub fn attesting_editor(
    actor: &Reviewer,
    named: Option<&Reviewer>,
) -> Result<(String, bool), ConfidentialRefusal> {
    let editor = match named {
        Some(editor) => editor,
        None if actor.role == Role::Editor => actor,
        None => {
            return Err(ConfidentialRefusal::NoEditorNamed {
                actor: actor.handle.clone(),
                role: actor.role,
            });
        }
    };
    if editor.role != Role::Editor {
        return Err(ConfidentialRefusal::NotAnEditor {
            handle: editor.handle.clone(),
            role: editor.role,
        });
    }
    if !editor.active {
        return Err(ConfidentialRefusal::InactiveEditor {
            handle: editor.handle.clone(),
        });
    }
    Ok((editor.handle.clone(), editor.handle == actor.handle))
}

/// Whether `actor` may read the identity of source `source_id`, which the statements
/// `resting` (each with its current assignee) rest on.
pub fn may_read_identity(
    actor: &Reviewer,
    source_id: i64,
    resting: &[(StatementId, Option<String>)],
) -> Result<(), ConfidentialRefusal> {
    let assignee = actor.role == Role::Checker
        && resting
            .iter()
            .any(|(_, assignee)| assignee.as_deref() == Some(actor.handle.as_str()));
    if actor.role == Role::Editor || assignee {
        return Ok(());
    }
    let statements: Vec<String> = resting.iter().map(|(id, _)| format!("#{id}")).collect();
    Err(ConfidentialRefusal::MayNotRead {
        source_id,
        actor: actor.handle.clone(),
        statements: if statements.is_empty() {
            "none".into()
        } else {
            statements.join(", ")
        },
    })
}

/// Whether `actor` may attest source `source_id`, which names `known_to`; `attested` is the
/// attestation already recorded (who, when).
pub fn may_attest(
    actor: &Reviewer,
    source_id: i64,
    known_to: &str,
    attested: Option<(&str, String)>,
) -> Result<(), ConfidentialRefusal> {
    if let Some((by, at)) = attested {
        return Err(ConfidentialRefusal::AlreadyAttested {
            source_id,
            by: by.to_string(),
            at,
        });
    }
    if actor.handle != known_to || actor.role != Role::Editor {
        return Err(ConfidentialRefusal::NotTheNamedEditor {
            source_id,
            known_to: known_to.to_string(),
            actor: actor.handle.clone(),
        });
    }
    Ok(())
}

/// The verified statements resting on a confidential source that awaits its editor's
/// attestation: the gate holds them.
pub fn awaiting_attestation(statements: &[Statement]) -> Vec<StatementId> {
    statements
        .iter()
        .filter(|s| s.status == Status::Verified)
        .filter(|s| {
            s.sources.iter().any(|source| {
                source
                    .confidential
                    .as_ref()
                    .is_some_and(|c| c.attested_at.is_none())
            })
        })
        .map(|s| s.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reviewer(handle: &str, role: Role, active: bool) -> Reviewer {
        Reviewer {
            handle: handle.into(),
            name: handle.into(),
            role,
            skills: vec![],
            active,
        }
    }

    #[test]
    fn an_editor_recording_attests_and_a_checker_must_name_an_active_editor() {
        let ed = reviewer("ed", Role::Editor, true);
        let ana = reviewer("ana", Role::Checker, true);
        let old = reviewer("old", Role::Editor, false);
        assert_eq!(attesting_editor(&ed, None), Ok(("ed".into(), true)));
        assert_eq!(attesting_editor(&ana, Some(&ed)), Ok(("ed".into(), false)));
        assert!(matches!(
            attesting_editor(&ana, None),
            Err(ConfidentialRefusal::NoEditorNamed { .. })
        ));
        assert!(matches!(
            attesting_editor(&ed, Some(&ana)),
            Err(ConfidentialRefusal::NotAnEditor { .. })
        ));
        assert!(matches!(
            attesting_editor(&ana, Some(&old)),
            Err(ConfidentialRefusal::InactiveEditor { .. })
        ));
    }

    #[test]
    fn editors_and_the_assignee_read_the_identity_nobody_else() {
        let resting = [(StatementId(4), Some("ana".to_string()))];
        let ed = reviewer("ed", Role::Editor, true);
        let ana = reviewer("ana", Role::Checker, true);
        let bo = reviewer("bo", Role::Checker, true);
        let wes = reviewer("wes", Role::Writer, true);
        assert!(may_read_identity(&ed, 1, &resting).is_ok());
        assert!(may_read_identity(&ana, 1, &resting).is_ok());
        for other in [&bo, &wes] {
            let err = may_read_identity(other, 1, &resting).unwrap_err();
            assert!(err.to_string().contains("#4"), "{err}");
        }
    }

    #[test]
    fn only_the_named_editor_attests_and_only_once() {
        let ed = reviewer("ed", Role::Editor, true);
        let eve = reviewer("eve", Role::Editor, true);
        assert!(may_attest(&ed, 1, "ed", None).is_ok());
        assert!(matches!(
            may_attest(&eve, 1, "ed", None),
            Err(ConfidentialRefusal::NotTheNamedEditor { .. })
        ));
        assert!(matches!(
            may_attest(&ed, 1, "ed", Some(("ed", "2026-01-17T09:00:00Z".into()))),
            Err(ConfidentialRefusal::AlreadyAttested { .. })
        ));
    }
}
