//! Confidential sources: recording one (the editor who knows the identity, attested at once
//! when that editor records it), revealing the identity to the readers the rules allow, and the
//! named editor's attestation. The rules are `workflow/confidential.rs`; this is the only place
//! that asks the store for an identity, and it asks only after those rules said yes.

use chrono::{DateTime, Utc};

use super::{Desk, DeskError, Result};
use crate::model::{Reviewer, Source, StatementId};
use crate::store::{ConfidentialRow, Intent, Store};
use crate::workflow;

/// A confidential source as its permitted reader sees it: who it is, and its attestation.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RevealedSource {
    pub source_id: i64,
    pub identity: String,
    pub known_to: String,
    #[serde(with = "crate::model::time::option")]
    pub attested_at: Option<DateTime<Utc>>,
    pub recorded_by: String,
    #[serde(with = "crate::model::time")]
    pub recorded_at: DateTime<Utc>,
    /// The statements resting on it (a check, a query's answer, a correction).
    pub statements: Vec<StatementId>,
}

/// A confidential source as anyone may see it, after its attestation.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AttestedSource {
    pub source_id: i64,
    pub known_to: String,
    #[serde(with = "crate::model::time")]
    pub attested_at: DateTime<Utc>,
    pub statements: Vec<StatementId>,
}

impl Desk {
    /// `sources` as they will be stored by `actor`: each confidential one names an active
    /// editor who knows its identity (by default the actor, who must then be an editor), and is
    /// attested now when that editor is the actor. Read through `db`, the write's transaction.
    pub(super) fn confidential_sources(
        &self,
        db: &Store,
        actor: &Reviewer,
        sources: &[Source],
    ) -> Result<Vec<Source>> {
        let mut out = Vec::with_capacity(sources.len());
        for source in sources {
            let mut source = source.clone();
            if let Some(confidential) = &mut source.confidential {
                let named =
                    match confidential.known_to.as_deref() {
                        Some(handle) => Some(db.reviewer(handle)?.ok_or_else(|| {
                            DeskError::UnknownReviewer {
                                handle: handle.to_string(),
                                known: None,
                            }
                        })?),
                        None => None,
                    };
                let (editor, attested) = workflow::attesting_editor(actor, named.as_ref())?;
                confidential.known_to = Some(editor);
                confidential.attested_at = attested.then_some(self.now);
                source.citation = confidential.public_text();
            }
            out.push(source);
        }
        Ok(out)
    }

    /// The identity of confidential source `source_id`, for an editor or the assignee of a
    /// statement resting on it; anyone else is refused before the identity is read.
    pub fn reveal_source(&self, source_id: i64) -> Result<RevealedSource> {
        let actor = self.actor()?;
        let row = self.confidential_row(source_id)?;
        let resting = self.resting_on(source_id)?;
        workflow::may_read_identity(&actor, source_id, &resting)?;
        let identity = self
            .store
            .confidential_identity(source_id)?
            .ok_or_else(|| {
                DeskError::Inconsistent(format!("the identity of source {source_id} is gone"))
            })?;
        Ok(RevealedSource {
            source_id,
            identity: identity.reveal().to_string(),
            known_to: row.known_to,
            attested_at: row.attested_at,
            recorded_by: row.recorded_by,
            recorded_at: row.recorded_at,
            statements: resting.into_iter().map(|(id, _)| id).collect(),
        })
    }

    /// The named editor attests that they know confidential source `source_id`'s identity.
    pub fn attest_source(&self, source_id: i64) -> Result<AttestedSource> {
        let actor = self.actor()?;
        self.confidential_row(source_id)?;
        let statements = self.store.statements_citing(source_id)?;
        let mut intents = Vec::new();
        for id in &statements {
            if let Some(article) = self.store.statement_article(*id)? {
                let intent = Intent::Article(article);
                if !intents.contains(&intent) {
                    intents.push(intent);
                }
            }
        }
        let now = self.now();
        let attested_at = self.write(&intents, |tx| {
            let row = tx
                .confidential_source(source_id)?
                .ok_or_else(|| DeskError::Inconsistent(format!("source {source_id} is gone")))?;
            let attested = row
                .attested_at
                .map(|at| (row.known_to.as_str(), crate::model::time::rfc3339(&at)));
            workflow::may_attest(&actor, source_id, &row.known_to, attested)?;
            tx.insert_attestation(source_id, &actor.handle, &now)?;
            Ok(self.now)
        })?;
        Ok(AttestedSource {
            source_id,
            known_to: actor.handle,
            attested_at,
            statements,
        })
    }

    /// The public half of confidential source `source_id`, or why there is none.
    fn confidential_row(&self, source_id: i64) -> Result<ConfidentialRow> {
        self.store
            .confidential_source(source_id)?
            .ok_or_else(|| DeskError::NotFound(format!("no confidential source {source_id}")))
    }

    /// The statements resting on source `source_id`, each with its current assignee.
    fn resting_on(&self, source_id: i64) -> Result<Vec<(StatementId, Option<String>)>> {
        let mut out = Vec::new();
        for id in self.store.statements_citing(source_id)? {
            let assignee = self
                .store
                .current_version(id)?
                .and_then(|version| version.assignee);
            out.push((id, assignee));
        }
        Ok(out)
    }
}
