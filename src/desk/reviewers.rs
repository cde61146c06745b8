//! The people on the desk.

use super::{Desk, DeskError, Result};
use crate::model::{EventKind, Reviewer, Role, StatementId};
use crate::store::{Intent, NewEvent};

impl Desk {
    /// Adds a reviewer. The first reviewer of a new desk may be added by anyone (someone has to
    /// start the desk) and must be an editor; after that only an editor may add reviewers.
    pub fn add_reviewer(&self, reviewer: &Reviewer) -> Result<()> {
        if reviewer.handle.is_empty()
            || !reviewer
                .handle
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        {
            return Err(DeskError::Invalid(format!(
                "handle '{}' is not valid: use letters, digits, '-', '_' or '.'",
                reviewer.handle
            )));
        }
        // A name of nothing but spaces, or of invisible characters, names nobody in a report.
        let visible = |c: char| !c.is_whitespace() && !crate::model::hidden::is_hidden(c);
        if !reviewer.name.chars().any(visible) {
            return Err(DeskError::ReviewerWithoutName {
                handle: reviewer.handle.clone(),
            });
        }
        crate::workflow::check_skills(&reviewer.skills, &self.skill_vocabulary()?)?;
        let now = self.now();
        self.write(&[Intent::Desk], |tx| {
            // Whether the desk has anyone yet is read in the transaction: two people starting
            // a desk at once cannot both be its first reviewer.
            let by = if tx.reviewers()?.is_empty() {
                if reviewer.role != Role::Editor {
                    return Err(DeskError::FirstReviewerNotEditor);
                }
                self.actor_handle().unwrap_or(&reviewer.handle).to_string()
            } else {
                self.editor("add reviewers")?.handle
            };
            if tx.reviewer(&reviewer.handle)?.is_some() {
                return Err(DeskError::Refused(format!(
                    "reviewer '{}' exists already",
                    reviewer.handle
                )));
            }
            tx.insert_reviewer(reviewer, &by, &now)?;
            tx.insert_event(&NewEvent {
                statement_id: None,
                revision_id: None,
                event: EventKind::ReviewerAdded,
                old_value: None,
                new_value: Some(&reviewer.handle),
                actor: &by,
                at: &now,
            })?;
            Ok(())
        })
    }

    /// Deactivates a reviewer: their history stays; returns their open assignments so an editor
    /// can hand them on.
    pub fn set_reviewer_active(&self, handle: &str, active: bool) -> Result<Vec<StatementId>> {
        let editor = self.editor(if active {
            "reactivate reviewers"
        } else {
            "deactivate reviewers"
        })?;
        let now = self.now();
        self.write(&[Intent::Desk], |tx| {
            let Some(reviewer) = tx.reviewer(handle)? else {
                return Err(DeskError::UnknownReviewer {
                    handle: handle.to_string(),
                    known: None,
                });
            };
            if !active {
                crate::workflow::may_deactivate(&reviewer, &tx.reviewers()?)?;
            }
            if !active {
                // A deactivated reviewer is signed out everywhere at once (issue 16).
                tx.delete_sessions_of(handle)?;
            }
            if reviewer.active != active {
                tx.set_reviewer_active(handle, active)?;
                tx.insert_event(&NewEvent {
                    statement_id: None,
                    revision_id: None,
                    event: if active {
                        EventKind::ReviewerActivated
                    } else {
                        EventKind::ReviewerDeactivated
                    },
                    old_value: None,
                    new_value: Some(handle),
                    actor: &editor.handle,
                    at: &now,
                })?;
            }
            Ok(())
        })?;
        Ok(self
            .queue_of(handle)?
            .into_iter()
            .map(|e| e.statement.id)
            .collect())
    }

    /// The skills a reviewer may have: the routing words of the built-in checklists and of every
    /// checklist an article on this desk was ingested with, and the kind names.
    pub fn skill_vocabulary(&self) -> Result<std::collections::BTreeSet<String>> {
        let mut checklists: Vec<crate::checklist::Checklist> = crate::checklist::builtin_names()
            .iter()
            .filter_map(|name| crate::checklist::Checklist::builtin(name))
            .collect();
        for yaml in self.store.checklist_texts()? {
            // A stored checklist that no longer parses routes nothing; it cannot add words.
            if let Ok(checklist) = crate::checklist::parse(&yaml, "a stored checklist") {
                checklists.push(checklist);
            }
        }
        Ok(crate::workflow::skill_vocabulary(&checklists))
    }

    /// The reviewer called `handle`, active or not; an unknown handle is an error that lists
    /// the desk's handles, so a typo is caught instead of matching nothing.
    pub fn reviewer_named(&self, handle: &str) -> Result<Reviewer> {
        if let Some(reviewer) = self.store.reviewer(handle)? {
            return Ok(reviewer);
        }
        let handles: Vec<String> = self
            .store
            .reviewers()?
            .into_iter()
            .map(|r| r.handle)
            .collect();
        Err(DeskError::UnknownReviewer {
            handle: handle.to_string(),
            known: Some(handles),
        })
    }

    pub fn reviewers(&self) -> Result<Vec<Reviewer>> {
        Ok(self.store.reviewers()?)
    }
}
