//! Publication and corrections: an editor publishes the latest revision (gate ready, or an
//! override with a reason, recorded with the gate as it stood); after publication, a correction
//! of a statement is linked to the check its published words rested on; a revision filed after
//! publication is an update of the published piece.

use super::notify::{Notice, clip};
use super::{Desk, DeskError, Result};
use crate::model::{
    ArticleId, Correction, Gate, NotificationKind, Publication, Source, StatementId,
};
use crate::store::{Intent, NewCorrection, NewPublication, PublicationRow, Store};
use crate::workflow;

/// The published revision a new draft updates, as `revise` reports it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UpdateOf {
    pub revision: u32,
    #[serde(with = "crate::model::time")]
    pub published_at: chrono::DateTime<chrono::Utc>,
}

fn publication_view(rows: Vec<PublicationRow>) -> Vec<Publication> {
    rows.into_iter()
        .enumerate()
        .map(|(n, row)| {
            let gate: Gate = serde_json::from_str(&row.gate_json).unwrap_or(Gate {
                ready: false,
                reasons: Vec::new(),
                next_lapse_at: None,
            });
            Publication {
                id: row.id,
                article: row.slug,
                revision: row.revision,
                published_by: row.by,
                published_at: row.at,
                gate_ready: gate.ready,
                override_reason: row.override_reason,
                update: n > 0,
            }
        })
        .collect()
}

impl Desk {
    /// An editor publishes the article's latest revision: when its gate is ready, or, overriding
    /// a blocked gate, with the reason (recorded with the gate as it stood).
    pub fn publish(&self, slug: &str, override_reason: Option<&str>) -> Result<Publication> {
        let actor = self.actor()?;
        let now = self.now();
        let article = self.article(slug)?;
        self.write(&[Intent::Article(article.id)], |tx| {
            self.not_before_history(tx, article.id)?;
            let view = self.revision_view_in(tx, slug, None)?;
            let checklist = self.article_checklist(&view.article)?;
            let findings = self.revision_findings(tx, &view)?;
            let mut gate = self.revision_gate(tx, &view, &findings, &checklist)?;
            self.gate_with_chain(&view.article, &mut gate)?;
            let already = tx
                .publications_of(article.id)?
                .iter()
                .any(|p| p.revision == view.revision.number);
            workflow::may_publish(
                &actor,
                view.revision.number,
                already,
                &gate,
                override_reason,
            )?;
            let reason = override_reason
                .map(str::trim)
                .filter(|r| !gate.ready && !r.is_empty());
            tx.insert_publication(&NewPublication {
                article_id: article.id,
                revision_id: view.revision.id,
                override_reason: reason,
                gate_json: &serde_json::to_string(&gate).expect("a gate serialises"),
                by: &actor.handle,
                at: &now,
            })?;
            Ok(())
        })?;
        self.publications(slug)?
            .pop()
            .ok_or_else(|| DeskError::Inconsistent(format!("'{slug}' lost its publication")))
    }

    /// An article's publications, oldest first; every one after the first is an update.
    pub fn publications(&self, slug: &str) -> Result<Vec<Publication>> {
        let article = self.article(slug)?;
        Ok(publication_view(self.store.publications_of(article.id)?))
    }

    /// The latest publication of an article, read through `db`, if it was published.
    pub(super) fn published_revision(
        &self,
        db: &Store,
        article_id: ArticleId,
    ) -> Result<Option<UpdateOf>> {
        Ok(db.publications_of(article_id)?.pop().map(|p| UpdateOf {
            revision: p.revision,
            published_at: p.at,
        }))
    }

    /// An editor corrects a statement of the published revision: what was wrong (`note`) and,
    /// optionally, the source that shows it. Linked to the check the published words rested on.
    pub fn correct(
        &self,
        statement: StatementId,
        note: &str,
        source: Option<&Source>,
    ) -> Result<Correction> {
        let actor = self.actor()?;
        let now = self.now();
        let intents = self.statement_article_intent(statement)?;
        let id = self.write(&intents, |tx| {
            let article_id = tx
                .statement_article(statement)?
                .ok_or(DeskError::NoStatement(statement))?;
            self.not_before_history(tx, article_id)?;
            let publication = tx.publications_of(article_id)?.pop();
            let published = match &publication {
                Some(p) => tx
                    .revision(article_id, p.revision)?
                    .map(|r| tx.versions_of_revision(r.id))
                    .transpose()?
                    .and_then(|vs| vs.into_iter().find(|v| v.statement_id == statement)),
                None => None,
            };
            workflow::may_correct(
                &actor,
                statement,
                publication.as_ref().map(|p| p.revision),
                published.is_some(),
                note,
            )?;
            let (publication, version) = (
                publication.expect("may_correct wants a publication"),
                published.expect("may_correct wants the published words"),
            );
            // The check the published words rested on: the latest made before publication.
            let check = tx
                .checks_of(statement)?
                .into_iter()
                .rfind(|c| c.checked_at <= publication.at);
            let source = self.confidential_sources(tx, &actor, source.cloned().as_slice())?;
            let message = format!(
                "{} corrected #{statement} after publication: {}",
                actor.handle,
                clip(note)
            );
            let assignee = tx.current_version(statement)?.and_then(|v| v.assignee);
            let notices = [
                check.as_ref().map(|c| c.checked_by.as_str()),
                assignee.as_deref(),
            ]
            .into_iter()
            .flatten()
            .map(|reviewer| {
                Notice::on(
                    reviewer,
                    NotificationKind::Corrected,
                    article_id,
                    statement,
                    message.clone(),
                )
            })
            .collect();
            self.notify_each(tx, notices)?;
            Ok(tx.insert_correction(&NewCorrection {
                statement_id: statement,
                publication_id: publication.id,
                check_id: check.map(|c| c.id),
                text: &version.text,
                note: note.trim(),
                source: source.first(),
                by: &actor.handle,
                at: &now,
            })?)
        })?;
        self.corrections()?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| DeskError::Inconsistent(format!("correction {id} is gone")))
    }

    /// Every correction on the desk, newest first: a newsroom's corrections page.
    pub fn corrections(&self) -> Result<Vec<Correction>> {
        let mut out = Vec::new();
        for row in self.store.corrections()? {
            let check = match row.check_id {
                Some(id) => self
                    .store
                    .checks_of(row.statement_id)?
                    .into_iter()
                    .find(|c| c.id == id)
                    .map(|c| c.into_check()),
                None => None,
            };
            out.push(Correction {
                id: row.id,
                article: row.slug,
                statement: row.statement_id,
                published_revision: row.published_revision,
                text: row.text,
                note: row.note,
                source: row.source,
                check,
                corrected_by: row.by,
                corrected_at: row.at,
            });
        }
        Ok(out)
    }
}
