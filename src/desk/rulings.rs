//! Disputes and rulings: a `disputed` check opens a dispute; an editor rules (keep, change to a
//! given wording, cut) with the reason, and the gate follows the ruling.

use std::collections::HashMap;

use super::notify::{Notice, clip};
use super::views::RevisionView;
use super::{Desk, DeskError, HistoryEntry, Result};
use crate::model::{
    ArticleId, CheckId, Decision, Dispute, NotificationKind, Ruling, StatementId, Status,
};
use crate::normalize::same_words;
use crate::store::{NewRuling, Store};
use crate::workflow::{self, RuleRequest};

/// What an editor decides on one disputed statement.
pub struct RuleInput<'a> {
    pub statement: StatementId,
    pub decision: Decision,
    /// For [`Decision::Change`]: the wording the statement must take.
    pub wording: Option<&'a str>,
    pub reason: &'a str,
}

impl Desk {
    /// Records an editor's ruling on the open dispute of a statement of the latest revision.
    pub fn rule(&self, input: &RuleInput<'_>) -> Result<Ruling> {
        let actor = self.actor()?;
        let now = self.now();
        let article = self.statement_article_intent(input.statement)?;
        let id = self.write(&article, |tx| {
            let version = self.current(tx, input.statement)?;
            self.not_before_history(tx, version.article_id)?;
            let latest = tx.checks_of(input.statement)?.pop();
            let rulings = tx.rulings_of_statement(input.statement)?;
            let ruled = latest
                .as_ref()
                .and_then(|c| rulings.iter().rev().find(|r| r.check == c.id))
                .map(|r| {
                    (
                        r.ruled_by.as_str(),
                        crate::model::time::rfc3339(&r.ruled_at),
                    )
                });
            workflow::may_rule(
                &actor,
                &RuleRequest {
                    statement: input.statement,
                    status: latest.as_ref().map(|c| c.status),
                    ruled: ruled.as_ref().map(|(by, at)| (*by, at.as_str())),
                    decision: input.decision,
                    wording: input.wording,
                    reason: input.reason,
                },
            )?;
            let check = latest.expect("may_rule wants a disputed check");
            let wording = match input.decision {
                Decision::Change => input.wording.map(str::trim),
                Decision::Keep | Decision::Cut => None,
            };
            let decided = match wording {
                Some(wording) => format!("{}: {}", input.decision, clip(wording)),
                None => input.decision.to_string(),
            };
            let message = format!(
                "{} ruled on the dispute of #{} ({decided}): {}",
                actor.handle,
                input.statement,
                clip(input.reason)
            );
            let notices = [Some(check.checked_by.as_str()), version.assignee.as_deref()]
                .into_iter()
                .flatten()
                .map(|reviewer| {
                    Notice::on(
                        reviewer,
                        NotificationKind::Ruling,
                        version.article_id,
                        input.statement,
                        message.clone(),
                    )
                })
                .collect();
            self.notify_each(tx, notices)?;
            Ok(tx.insert_ruling(&NewRuling {
                statement_id: input.statement,
                check_id: check.id,
                revision_id: version.revision_id,
                decision: input.decision,
                wording,
                text: &version.text,
                reason: input.reason.trim(),
                by: &actor.handle,
                at: &now,
            })?)
        })?;
        self.store
            .rulings_of_statement(input.statement)?
            .into_iter()
            .find(|r| r.id == id)
            .ok_or_else(|| DeskError::NotFound(format!("ruling {id} is gone")))
    }

    /// The disputes of a revision: its statements whose latest check is `disputed`, in article
    /// order, each with the ruling on that check if there is one.
    pub(crate) fn disputes(&self, db: &Store, view: &RevisionView) -> Result<Vec<Dispute>> {
        if !view.statements.iter().any(|s| s.status == Status::Disputed) {
            return Ok(Vec::new());
        }
        let checks = db.latest_checks_of_revision(view.revision.id)?;
        let rulings: HashMap<CheckId, Ruling> = db
            .rulings_of_article(view.article.id)?
            .into_iter()
            .map(|r| (r.check, r))
            .collect();
        let mut out = Vec::new();
        for statement in view
            .statements
            .iter()
            .filter(|s| s.status == Status::Disputed)
        {
            let Some(check) = checks.get(&statement.id) else {
                continue;
            };
            let ruling = rulings.get(&check.id).cloned();
            let ruled_words_stand = ruling
                .as_ref()
                .is_some_and(|r| same_words(&r.text, &statement.text));
            out.push(Dispute {
                statement: statement.id,
                article: view.article.slug.clone(),
                text: statement.text.clone(),
                check: check.clone().into_check(),
                ruling,
                ruled_words_stand,
            });
        }
        Ok(out)
    }

    /// Every ruling on an article's statements, oldest first.
    pub(crate) fn rulings_of_article(&self, article_id: ArticleId) -> Result<Vec<Ruling>> {
        Ok(self.store.rulings_of_article(article_id)?)
    }

    /// A statement's rulings as history entries.
    pub(super) fn ruling_history(&self, id: StatementId) -> Result<Vec<super::views::Keyed>> {
        let mut out = Vec::new();
        for ruling in self.store.rulings_of_statement(id)? {
            out.push((
                crate::model::time::rfc3339(&ruling.ruled_at),
                ruling.revision,
                5,
                HistoryEntry {
                    at: crate::model::time::rfc3339(&ruling.ruled_at),
                    by: ruling.ruled_by,
                    event: "ruling".into(),
                    revision: Some(ruling.revision),
                    detail: Some(match ruling.wording {
                        Some(wording) => format!("{}: {wording}", ruling.decision),
                        None => ruling.decision.to_string(),
                    }),
                    old_text: None,
                    new_text: Some(ruling.reason),
                    edits: vec![],
                    check: None,
                },
            ));
        }
        Ok(out)
    }
}
