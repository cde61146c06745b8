//! A new draft: align it with the last revision so verification survives only where the words did.

use super::ingest::{Draft, insert_revision, new_version, store_findings};
use super::notify::{Notice, clip};
use super::{Desk, DeskError, Result};
use crate::align::{self, Change, Item};
use crate::model::{EventKind, NotificationKind, StatementId};
use crate::store::{Intent, NewEvent};

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ReviseOutcome {
    pub article: String,
    /// The new revision, or the latest one when the draft was identical to it.
    pub revision: u32,
    /// False when the draft was identical to the latest revision: nothing was stored.
    pub stored: bool,
    pub unchanged: usize,
    pub moved: usize,
    pub modified: usize,
    pub added: usize,
    pub removed: usize,
    pub findings: usize,
    /// Modified statements that had been checked: their checks no longer cover their words.
    pub stale: Vec<StaleStatement>,
    /// Statements this draft added that have no reviewer yet.
    pub unassigned: Vec<StatementId>,
    /// Statements this draft added, handed out at once (the checklist's `auto_assign_on_revise`).
    pub assigned: Vec<super::AssignOutcome>,
    /// Changes to the parts that are not statements (byline, dateline, labels...): they hold
    /// the gate until an editor confirms them.
    pub elements: Vec<crate::model::PartChange>,
    /// When the article was published before this draft: the published revision it updates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_of: Option<super::UpdateOf>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct StaleStatement {
    pub id: StatementId,
    pub assignee: Option<String>,
    pub checked_by: String,
    pub old_text: String,
    pub new_text: String,
}

impl Desk {
    pub fn revise(&self, slug: &str, draft: &Draft<'_>) -> Result<ReviseOutcome> {
        self.revise_on(slug, draft, None)
    }

    /// Like [`Desk::revise`], refusing with a conflict when the latest revision is no longer
    /// `base`: the draft was made from a revision another writer has since replaced (issue 11;
    /// a CMS always sends it, so two writers cannot silently overwrite each other).
    pub fn revise_on(
        &self,
        slug: &str,
        draft: &Draft<'_>,
        base: Option<u32>,
    ) -> Result<ReviseOutcome> {
        let actor = self.actor()?;
        let article = self.article(slug)?;
        let checklist = self.article_checklist(&article)?;
        // Parsing and the automatic checks need nothing from the database: done before the lock.
        let parsed = draft.parse();
        let findings = crate::lint::run(draft.text, &parsed, &checklist.checks);
        let now = self.now();
        let by = actor.handle.as_str();
        // The article, and the open work when new statements are handed out at once.
        let mut intents = vec![Intent::Article(article.id)];
        if checklist.auto_assign_on_revise {
            intents.push(Intent::OpenWork);
        }
        self.write(&intents, |tx| {
            self.not_before_history(tx, article.id)?;
            // The latest revision as it is now, under the write lock: a second `revise` of the same
            // article waits for the first and then aligns with the revision it stored.
            let latest_number = tx
                .article_by_id(article.id)?
                .map_or(article.latest_revision, |a| a.latest_revision);
            if let Some(base) = base.filter(|b| *b != latest_number) {
                return Err(DeskError::StaleBase {
                    slug: slug.to_string(),
                    base,
                    latest: latest_number,
                });
            }
            let latest = tx.revision(article.id, latest_number)?.ok_or_else(|| {
                DeskError::Inconsistent(format!("article '{slug}' has no revision"))
            })?;
            let mut outcome = ReviseOutcome {
                article: slug.to_string(),
                ..ReviseOutcome::default()
            };
            if latest.text == draft.text {
                outcome.revision = latest.number;
                outcome.unchanged = tx.versions_of_revision(latest.id)?.len();
                return Ok(outcome);
            }
            let old = tx.versions_of_revision(latest.id)?;
            let old_checks = tx.latest_checks_of_revision(latest.id)?;
            let old_items: Vec<Item<'_>> = old
                .iter()
                .map(|v| Item {
                    text: &v.text,
                    paragraph: v.paragraph,
                    position: v.position,
                })
                .collect();
            let new_items: Vec<Item<'_>> = parsed
                .statements
                .iter()
                .map(|s| Item {
                    text: &s.text,
                    paragraph: s.paragraph,
                    position: s.position,
                })
                .collect();
            let alignment = align::align(&old_items, &new_items);
            outcome.elements = align::part_changes(&self.parts_of(tx, &latest)?, &parsed.parts);
            let number = latest.number + 1;

            let revision_id = insert_revision(tx, article.id, number, draft, &parsed, (&now, by))?;
            let mut ids = Vec::with_capacity(parsed.statements.len());
            let mut versions = Vec::with_capacity(parsed.statements.len());
            for (statement, link) in parsed.statements.iter().zip(&alignment.links) {
                let id = match link.old {
                    Some(old_index) => old[old_index].statement_id,
                    None => {
                        let split_from = link.also_from.first().map(|i| old[*i].statement_id);
                        let id = tx.insert_statement(article.id, number, split_from)?;
                        if let Some(parent) = split_from {
                            tx.insert_event(&NewEvent {
                                statement_id: Some(id),
                                revision_id: Some(revision_id),
                                event: EventKind::SplitFrom,
                                old_value: Some(&parent.to_string()),
                                new_value: Some(&statement.text),
                                actor: by,
                                at: &now,
                            })?;
                        }
                        id
                    }
                };
                versions.push(new_version(revision_id, id, statement, link.change));
                if link.change == Change::Modified {
                    let old_version = &old[link.old.expect("modified continues an old statement")];
                    tx.insert_event(&NewEvent {
                        statement_id: Some(id),
                        revision_id: Some(revision_id),
                        event: EventKind::TextChanged,
                        old_value: Some(&old_version.text),
                        new_value: Some(&statement.text),
                        actor: by,
                        at: &now,
                    })?;
                }
                ids.push(id);
            }
            // In one multi-row insert per hundred versions, after the events (their order in
            // the transaction does not matter: nothing reads either before the commit).
            tx.insert_versions(&versions)?;
            for removed in &alignment.removed {
                let merged_into = removed.merged_into.map(|i| ids[i].to_string());
                tx.insert_event(&NewEvent {
                    statement_id: Some(old[removed.old].statement_id),
                    revision_id: Some(revision_id),
                    event: if merged_into.is_some() {
                        EventKind::MergedInto
                    } else {
                        EventKind::Retired
                    },
                    old_value: Some(&old[removed.old].text),
                    new_value: merged_into.as_deref(),
                    actor: by,
                    at: &now,
                })?;
            }
            store_findings(tx, revision_id, &findings, &ids)?;

            outcome.revision = number;
            outcome.update_of = self.published_revision(tx, article.id)?;
            outcome.stored = true;
            outcome.findings = findings.len();
            outcome.removed = alignment.removed.len();
            for (statement, link) in parsed.statements.iter().zip(&alignment.links) {
                match link.change {
                    Change::Unchanged => outcome.unchanged += 1,
                    Change::Moved => outcome.moved += 1,
                    Change::Added | Change::Removed => outcome.added += 1,
                    Change::Modified => {
                        outcome.modified += 1;
                        let old_version =
                            &old[link.old.expect("modified continues an old statement")];
                        if let Some(check) = old_checks.get(&old_version.statement_id) {
                            outcome.stale.push(StaleStatement {
                                id: old_version.statement_id,
                                assignee: old_version.assignee.clone(),
                                checked_by: check.checked_by.clone(),
                                old_text: old_version.text.clone(),
                                new_text: statement.text.clone(),
                            });
                        }
                    }
                }
            }
            self.notify_revised(
                tx,
                article.id,
                number,
                &old,
                &old_checks,
                &alignment,
                &parsed,
            )?;
            let added: Vec<StatementId> = parsed
                .statements
                .iter()
                .zip(&alignment.links)
                .zip(&ids)
                .filter(|((_, link), _)| link.old.is_none())
                .map(|(_, id)| *id)
                .collect();
            let reviewers = tx.reviewers()?;
            let has_checker = reviewers
                .iter()
                .any(|r| r.active && r.role == crate::model::Role::Checker);
            if checklist.auto_assign_on_revise && has_checker && !added.is_empty() {
                let todo = parsed
                    .statements
                    .iter()
                    .zip(&ids)
                    .filter(|(_, id)| added.contains(id))
                    .map(|(s, id)| {
                        (
                            crate::workflow::Unassigned {
                                id: *id,
                                kinds: s.kinds,
                            },
                            None,
                        )
                    })
                    .collect();
                outcome.assigned = self.hand_out(tx, &reviewers, todo, &checklist, by, &now)?;
            } else {
                outcome.unassigned = added;
            }
            Ok(outcome)
        })
    }
}

impl Desk {
    /// Tells each reviewer whose work a revision changed: the checker and the holder of a
    /// statement whose checked words changed (stale), the holder of one changed before any
    /// check, and the holder of one the revision removed.
    #[allow(clippy::too_many_arguments)]
    fn notify_revised(
        &self,
        tx: &crate::store::Tx<'_>,
        article_id: crate::model::ArticleId,
        number: u32,
        old: &[crate::store::VersionRow],
        old_checks: &std::collections::HashMap<StatementId, crate::store::CheckRow>,
        alignment: &align::Alignment,
        parsed: &crate::parse::ParsedRevision,
    ) -> Result<()> {
        let by = self.actor_handle().unwrap_or_default();
        let mut notices = Vec::new();
        for (statement, link) in parsed.statements.iter().zip(&alignment.links) {
            let (Change::Modified, Some(old_index)) = (link.change, link.old) else {
                continue;
            };
            let was = &old[old_index];
            let id = was.statement_id;
            let words = clip(&statement.text);
            match old_checks.get(&id) {
                Some(check) => {
                    let message = format!(
                        "{by}'s revision {number} changed the words of #{id} after its check ({}): {words}",
                        check.status
                    );
                    for reviewer in [Some(check.checked_by.as_str()), was.assignee.as_deref()]
                        .into_iter()
                        .flatten()
                    {
                        notices.push(Notice::on(
                            reviewer,
                            NotificationKind::Stale,
                            article_id,
                            id,
                            message.clone(),
                        ));
                    }
                }
                None => {
                    if let Some(holder) = was.assignee.as_deref() {
                        notices.push(Notice::on(
                            holder,
                            NotificationKind::Changed,
                            article_id,
                            id,
                            format!("{by}'s revision {number} changed the words of #{id}: {words}"),
                        ));
                    }
                }
            }
        }
        for removed in &alignment.removed {
            let was = &old[removed.old];
            if let Some(holder) = was.assignee.as_deref() {
                notices.push(Notice::on(
                    holder,
                    NotificationKind::Removed,
                    article_id,
                    was.statement_id,
                    format!(
                        "{by}'s revision {number} removed #{}: {}",
                        was.statement_id,
                        clip(&was.text)
                    ),
                ));
            }
        }
        self.notify_each(tx, notices)
    }
}
