//! Assignments and checks.

use std::collections::{HashMap, HashSet};

use super::notify::{Notice, clip};
use super::{Desk, DeskError, Result};
use crate::model::{NotificationKind, Role, Source, StatementId, Status};
use crate::store::{Intent, NewCheck, Store, Tx, VersionRow};
use crate::workflow::{self, CheckRequest, Unassigned};

/// What a reviewer records on one statement.
pub struct CheckInput<'a> {
    pub statement: StatementId,
    pub status: Status,
    pub sources: &'a [Source],
    pub note: Option<&'a str>,
    pub items: &'a [String],
    /// For `partly-verified`: the parts of the statement the verdict does not cover, each
    /// words that stand in its current text. Refused with any other status.
    pub excepted: &'a [String],
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct AssignOutcome {
    pub statement: StatementId,
    pub to: String,
    /// Automatic assignment only: whether a skill matched (false: it went by load alone).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by_skill: Option<bool>,
    /// Automatic assignment only: the inactive reviewer the statement was taken from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

impl Desk {
    /// The articles of these statements, as intents for the transaction that writes to them.
    /// Which article a statement belongs to never changes, so it is read before the lock; an
    /// unknown id names nothing, and is refused inside the transaction.
    fn intents_for(&self, ids: &[StatementId]) -> Result<Vec<Intent>> {
        let mut intents = Vec::new();
        for id in ids {
            if let Some(article) = self.store.statement_article(*id)? {
                let intent = Intent::Article(article);
                if !intents.contains(&intent) {
                    intents.push(intent);
                }
            }
        }
        Ok(intents)
    }

    /// The statement as it stands in its article's latest revision, read through `db`, or a
    /// clear error.
    pub(super) fn current(&self, db: &Store, id: StatementId) -> Result<VersionRow> {
        if let Some(version) = db.current_version(id)? {
            return Ok(version);
        }
        Err(match db.statement_article(id)? {
            Some(_) => DeskError::RemovedStatement(id),
            None => DeskError::NoStatement(id),
        })
    }

    /// Gives statements to a reviewer (editors only). All or nothing: one bad id refuses them all.
    pub fn assign(&self, ids: &[StatementId], to: &str) -> Result<Vec<AssignOutcome>> {
        let editor = self.editor("assign statements")?;
        match self.store.reviewer(to)? {
            Some(r) if r.active => workflow::may_hold_statements(&r)?,
            Some(_) => {
                return Err(DeskError::InactiveReviewer {
                    handle: to.to_string(),
                });
            }
            None => {
                return Err(DeskError::UnknownReviewer {
                    handle: to.to_string(),
                    known: None,
                });
            }
        }
        let now = self.now();
        self.write(&self.intents_for(ids)?, |tx| {
            let mut out = Vec::with_capacity(ids.len());
            for id in ids {
                let version = self.current(tx, *id)?;
                self.not_before_history(tx, version.article_id)?;
                if version.assignee.as_deref() != Some(to) {
                    tx.insert_assignment(*id, Some(to), &editor.handle, &now)?;
                    self.notify_assignment(tx, &version, Some(to))?;
                }
                out.push(AssignOutcome {
                    statement: *id,
                    to: to.to_string(),
                    by_skill: None,
                    from: None,
                });
            }
            Ok(out)
        })
    }

    pub fn unassign(&self, ids: &[StatementId]) -> Result<()> {
        let editor = self.editor("unassign statements")?;
        let now = self.now();
        self.write(&self.intents_for(ids)?, |tx| {
            for id in ids {
                let version = self.current(tx, *id)?;
                self.not_before_history(tx, version.article_id)?;
                if version.assignee.is_some() {
                    tx.insert_assignment(*id, None, &editor.handle, &now)?;
                    self.notify_assignment(tx, &version, None)?;
                }
            }
            Ok(())
        })
    }

    /// Tells the new holder of a statement (`to`) and the one it was taken from.
    fn notify_assignment(&self, tx: &Tx<'_>, version: &VersionRow, to: Option<&str>) -> Result<()> {
        let by = self.actor_handle().unwrap_or_default();
        let id = version.statement_id;
        let words = clip(&version.text);
        if let Some(previous) = version.assignee.as_deref() {
            let message = match to {
                Some(to) => format!("{by} gave #{id}, which you held, to {to}: {words}"),
                None => format!("{by} took #{id} from you: {words}"),
            };
            self.notify(
                tx,
                Notice::on(
                    previous,
                    NotificationKind::Unassigned,
                    version.article_id,
                    id,
                    message,
                ),
            )?;
        }
        if let Some(to) = to {
            self.notify(
                tx,
                Notice::on(
                    to,
                    NotificationKind::Assigned,
                    version.article_id,
                    id,
                    format!("{by} assigned you #{id}: {words}"),
                ),
            )?;
        }
        Ok(())
    }

    /// Hands every open statement of the article's latest revision that has no active reviewer
    /// (unassigned, or held by a deactivated one) to an active checker, by the checklist's skill
    /// routing and open load.
    pub fn auto_assign(&self, slug: &str) -> Result<Vec<AssignOutcome>> {
        let editor = self.editor("assign statements")?;
        let article = self.article(slug)?;
        let checklist = self.article_checklist(&article)?;
        let now = self.now();
        // Planned in the transaction, holding the desk's open work: two editors pressing --auto
        // at once cannot both hand out the same statements; the second sees the first one's
        // assignments and loads.
        let intents = [Intent::Article(article.id), Intent::OpenWork];
        self.write(&intents, |tx| {
            self.not_before_history(tx, article.id)?;
            let reviewers = tx.reviewers()?;
            if !reviewers
                .iter()
                .any(|r| r.active && r.role == Role::Checker)
            {
                return Err(DeskError::NoActiveChecker);
            }
            let inactive: HashSet<&str> = reviewers
                .iter()
                .filter(|r| !r.active)
                .map(|r| r.handle.as_str())
                .collect();
            let todo: Vec<(Unassigned, Option<String>)> = self
                .statements_in(tx, slug, None)?
                .into_iter()
                .filter(|s| s.needs_work())
                .filter(|s| s.assignee.as_deref().is_none_or(|a| inactive.contains(a)))
                .map(|s| {
                    (
                        Unassigned {
                            id: s.id,
                            kinds: s.kinds,
                        },
                        s.assignee,
                    )
                })
                .collect();
            self.hand_out(tx, &reviewers, todo, &checklist, &editor.handle, &now)
        })
    }

    /// Plans `todo` with [`workflow::auto_assign`] and records it, inside the caller's
    /// transaction, which holds [`Intent::OpenWork`]. Each statement comes with the (inactive)
    /// reviewer it is taken from, if any.
    pub(super) fn hand_out(
        &self,
        tx: &Tx<'_>,
        reviewers: &[crate::model::Reviewer],
        todo: Vec<(Unassigned, Option<String>)>,
        checklist: &crate::checklist::Checklist,
        by: &str,
        now: &str,
    ) -> Result<Vec<AssignOutcome>> {
        let mut load = HashMap::new();
        for reviewer in reviewers.iter().filter(|r| r.active) {
            load.insert(
                reviewer.handle.clone(),
                self.queue_in(tx, &reviewer.handle)?.len(),
            );
        }
        let (statements, held_by): (Vec<Unassigned>, Vec<Option<String>>) =
            todo.into_iter().unzip();
        let plan = workflow::auto_assign(&statements, reviewers, &checklist.routing, &load);
        let from: HashMap<StatementId, Option<String>> =
            statements.iter().map(|s| s.id).zip(held_by).collect();
        let mut out = Vec::with_capacity(plan.len());
        for planned in plan {
            tx.insert_assignment(planned.id, Some(&planned.to), by, now)?;
            let article_id = tx
                .statement_article(planned.id)?
                .ok_or(DeskError::NoStatement(planned.id))?;
            self.notify(
                tx,
                Notice::on(
                    &planned.to,
                    NotificationKind::Assigned,
                    article_id,
                    planned.id,
                    format!("{by} assigned you #{}", planned.id),
                ),
            )?;
            out.push(AssignOutcome {
                statement: planned.id,
                to: planned.to,
                by_skill: Some(planned.by_skill),
                from: from.get(&planned.id).cloned().flatten(),
            });
        }
        Ok(out)
    }

    /// Records a check on the statement's current words.
    pub fn check(&self, input: &CheckInput<'_>) -> Result<crate::model::Check> {
        let actor = self.actor()?;
        let now = self.now();
        let check_id = self.write(&self.intents_for(&[input.statement])?, |tx| {
            // Read inside the write transaction: the assignee and text checked are the ones the
            // verdict is stored against, even if another process wrote a moment before.
            let version = self.current(tx, input.statement)?;
            self.not_before_history(tx, version.article_id)?;
            workflow::may_check(
                &actor,
                &CheckRequest {
                    statement: input.statement,
                    assignee: version.assignee.as_deref(),
                    status: input.status,
                    source_count: input.sources.len(),
                    note: input.note,
                },
            )?;
            let excepted = workflow::excepted_parts(
                input.statement,
                input.status,
                &version.text,
                input.excepted,
            )?;
            if !input.items.is_empty() {
                let article = tx.article_by_id(version.article_id)?.ok_or_else(|| {
                    DeskError::Inconsistent("the statement's article is gone".into())
                })?;
                let checklist = self.article_checklist(&article)?;
                workflow::items_apply(input.statement, version.kinds, input.items, &checklist)?;
            }
            let sources = self.confidential_sources(tx, &actor, input.sources)?;
            if let Some(assignee) = version.assignee.as_deref() {
                self.notify(
                    tx,
                    Notice::on(
                        assignee,
                        NotificationKind::Checked,
                        version.article_id,
                        input.statement,
                        format!(
                            "{} recorded #{}, which you hold, as {}",
                            actor.handle, input.statement, input.status
                        ),
                    ),
                )?;
            }
            Ok(tx.insert_check(&NewCheck {
                statement_id: input.statement,
                revision_id: version.revision_id,
                status: input.status,
                sources: &sources,
                note: input.note.map(str::trim).filter(|n| !n.is_empty()),
                items: input.items,
                excepted: &excepted,
                text: &version.text,
                by: &actor.handle,
                at: &now,
            })?)
        })?;
        let check = self
            .store
            .checks_of(input.statement)?
            .into_iter()
            .find(|c| c.id == check_id)
            .expect("the check just written");
        Ok(check.into_check())
    }
}
