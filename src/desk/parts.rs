//! The parts of a revision that are not statements (byline, dateline, labels...): their changes,
//! which hold the gate until an editor confirms them, and the confirmation itself.

use serde::Serialize;

use super::views::RevisionView;
use super::{Desk, Result};
use crate::checklist::Checklist;
use crate::model::{Gate, GateReason, Metadata, Part, PartChange, RevisionFinding};
use crate::parse::{self, Format};
use crate::store::{ArticleRow, Intent, RevisionRow, Store};

/// The part changes of a revision that no editor has confirmed yet.
#[derive(Debug, Clone, Serialize)]
pub struct Unconfirmed {
    /// The revision the changes are counted from: the last confirmed one, or the first.
    pub since: u32,
    pub changes: Vec<PartChange>,
}

/// What `confirm` did.
#[derive(Debug, Clone, Serialize)]
pub struct ConfirmOutcome {
    pub article: String,
    pub revision: u32,
    /// False when there was nothing to confirm: nothing was written.
    pub stored: bool,
    /// The changes the confirmation covers, counted from revision `since`.
    pub since: u32,
    pub changes: Vec<PartChange>,
    /// Who confirmed and when (RFC 3339, UTC); absent when nothing was stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmed_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmed_at: Option<String>,
}

impl Desk {
    /// The parts of a revision: as stored, or read again from its text for a revision stored
    /// before parts were (the parser is deterministic, so this is what it would have stored).
    pub(crate) fn parts_of(&self, db: &Store, revision: &RevisionRow) -> Result<Vec<Part>> {
        let stored = db.parts_of_revision(revision.id)?;
        if !stored.is_empty() {
            return Ok(stored);
        }
        let metadata: Metadata = serde_json::from_str(&revision.metadata_json).unwrap_or_default();
        let format = Format::from_name(&metadata.format).unwrap_or(Format::Text);
        let language = metadata
            .language
            .as_deref()
            .and_then(crate::lang::Language::from_name);
        Ok(parse::parse_in(&revision.text, format, language).parts)
    }

    /// The changes to the parts of `revision` since the last revision an editor confirmed (or
    /// since the first revision, when none was).
    pub(crate) fn unconfirmed(
        &self,
        db: &Store,
        article: &ArticleRow,
        revision: &RevisionRow,
    ) -> Result<Unconfirmed> {
        let since = db
            .latest_confirmation(article.id, revision.number)?
            .map_or(1, |c| c.revision);
        if since == revision.number {
            return Ok(Unconfirmed {
                since,
                changes: Vec::new(),
            });
        }
        let base = self.revision_of(db, article, since)?;
        let changes =
            crate::align::part_changes(&self.parts_of(db, &base)?, &self.parts_of(db, revision)?);
        Ok(Unconfirmed { since, changes })
    }

    /// The gate of a revision: the workflow's rules over its statements and findings, and its
    /// unconfirmed part changes.
    pub(crate) fn revision_gate(
        &self,
        db: &Store,
        view: &RevisionView,
        findings: &[RevisionFinding],
        checklist: &Checklist,
    ) -> Result<Gate> {
        let mut gate = crate::workflow::gate(&view.statements, findings, checklist);
        self.expiry_of_gate(db, view, &mut gate)?;
        crate::workflow::apply_rulings(&mut gate, &self.disputes(db, view)?);
        let spans: Vec<_> = view.statements.iter().map(|s| s.span).collect();
        if let Some(reason) = crate::workflow::coverage_reason(&view.revision.text, &spans) {
            gate.reasons.push(reason);
            gate.ready = false;
        }
        if !checklist.gate.two_verifiers.is_empty() {
            let verifiers = self.verifiers_of(db, view, &checklist.gate.two_verifiers)?;
            let policy = &checklist.gate;
            if let Some(reason) =
                crate::workflow::four_eyes_reason(policy, &view.statements, &verifiers)
            {
                gate.reasons.push(reason);
                gate.ready = false;
            }
        }
        let queries = self.queries_of_article(db, view.article.id)?;
        if let Some(reason) = crate::workflow::open_queries_reason(&checklist.gate, &queries) {
            gate.reasons.push(reason);
            gate.ready = false;
        }
        let unconfirmed = self.unconfirmed(db, &view.article, &view.revision)?;
        if let Some(reason) = unconfirmed_reason(&unconfirmed) {
            gate.reasons.push(reason);
            gate.ready = false;
        }
        Ok(gate)
    }

    /// An editor confirms the parts of the latest revision (byline, labels...) as they stand:
    /// the changes since the last confirmation stop holding the gate. Recorded with who and
    /// when; a later change holds it again.
    pub fn confirm(&self, slug: &str, note: Option<&str>) -> Result<ConfirmOutcome> {
        let editor = self.editor("confirm changed elements")?;
        let article = self.article(slug)?;
        let now = self.now();
        self.write(&[Intent::Article(article.id)], |tx| {
            let article = tx
                .article_by_id(article.id)?
                .unwrap_or_else(|| article.clone());
            let revision = self.revision_of(tx, &article, article.latest_revision)?;
            let unconfirmed = self.unconfirmed(tx, &article, &revision)?;
            let stored = !unconfirmed.changes.is_empty();
            if stored {
                tx.insert_confirmation(revision.id, &editor.handle, &now, note)?;
            }
            Ok(ConfirmOutcome {
                article: article.slug.clone(),
                revision: revision.number,
                stored,
                since: unconfirmed.since,
                changes: unconfirmed.changes,
                confirmed_by: stored.then(|| editor.handle.clone()),
                confirmed_at: stored.then(|| now.clone()),
            })
        })
    }

    fn revision_of(&self, db: &Store, article: &ArticleRow, number: u32) -> Result<RevisionRow> {
        db.revision(article.id, number)?
            .ok_or_else(|| super::DeskError::NoRevision {
                slug: article.slug.clone(),
                number,
                latest: None,
            })
    }
}

/// The gate's reason for unconfirmed part changes, if there are any.
fn unconfirmed_reason(unconfirmed: &Unconfirmed) -> Option<GateReason> {
    let first = unconfirmed.changes.first()?;
    let what = match (&first.old_text, &first.new_text) {
        (Some(old), Some(new)) => format!("{} \"{old}\" became \"{new}\"", first.kind),
        (None, Some(new)) => format!("{} \"{new}\" was added", first.kind),
        (Some(old), None) => format!("{} \"{old}\" was removed", first.kind),
        (None, None) => first.kind.to_string(),
    };
    let more = match unconfirmed.changes.len() {
        1 => String::new(),
        n => format!(" and {} more", n - 1),
    };
    Some(GateReason {
        code: "elements-changed".into(),
        message: format!(
            "{} element(s) that are not statements changed since revision {} ({what}{more}): an editor must confirm them",
            unconfirmed.changes.len(),
            unconfirmed.since
        ),
        statements: Vec::new(),
    })
}
