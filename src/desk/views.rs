//! What the desk reads: statements with their checking state, history, diffs (the queue is
//! `queue.rs`).

use std::collections::HashMap;

use serde::Serialize;

use super::{Desk, DeskError, Result};
use crate::model::{
    Change, Check, Diff, EventKind, Gate, Metadata, SinceCheck, Statement, StatementChange,
    StatementId, Status,
};
use crate::normalize::same_words;
use crate::store::{ArticleRow, CheckRow, RevisionRow, Store, VersionRow};

/// One line of a statement's history.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryEntry {
    pub at: String,
    pub by: String,
    /// `text` (its first words), `moved`, `assigned`, `unassigned`, `check`, `text-changed`,
    /// `retired`, `split-from`, `merged-into`, `query`, `query-answered`, `query-resolved`,
    /// `ruling`.
    pub event: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_text: Option<String>,
    /// For `text-changed`: the word-level edits from `old_text` to `new_text`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub edits: Vec<crate::model::WordEdit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check: Option<Check>,
}

/// A history entry with its sort key: (at, revision, rank within a revision, entry).
pub(super) type Keyed = (String, u32, u8, HistoryEntry);

/// A revision with its statements, for `show` and reports.
pub struct RevisionView {
    pub article: ArticleRow,
    pub revision: RevisionRow,
    pub metadata: Metadata,
    pub statements: Vec<Statement>,
}

/// The change since the latest check, when the statement's words are no longer the checked ones.
pub(crate) fn since_check(version: &VersionRow, check: Option<&CheckRow>) -> Option<SinceCheck> {
    let check = check.filter(|c| !same_words(&c.text, &version.text))?;
    Some(SinceCheck {
        id: version.statement_id,
        checked_revision: check.revision,
        checked_by: check.checked_by.clone(),
        checked_at: check.checked_at,
        checked_text: check.text.clone(),
        text: version.text.clone(),
        edits: crate::align::word_edits(&check.text, &version.text),
    })
}

pub(crate) fn statement_view(
    slug: &str,
    version: &VersionRow,
    check: Option<&CheckRow>,
) -> Statement {
    Statement {
        id: version.statement_id,
        article: slug.to_string(),
        revision: version.revision,
        paragraph: version.paragraph,
        position: version.position,
        text: version.text.clone(),
        span: version.span,
        kinds: version.kinds,
        element: version.element,
        reasons: Default::default(),
        status: check.map_or(Status::Unchecked, |c| c.status),
        stale: check.is_some_and(|c| !same_words(&c.text, &version.text)),
        assignee: version.assignee.clone(),
        sources: check.map(|c| c.sources.clone()).unwrap_or_default(),
        note: check.and_then(|c| c.note.clone()),
        items: check.map(|c| c.items.clone()).unwrap_or_default(),
        excepted: check.map(|c| c.excepted.clone()).unwrap_or_default(),
        checked_by: check.map(|c| c.checked_by.clone()),
        checked_at: check.map(|c| c.checked_at),
        expiry: None,
    }
}

impl Desk {
    fn revision_row(
        &self,
        db: &Store,
        article: &ArticleRow,
        number: Option<u32>,
    ) -> Result<RevisionRow> {
        let number = number.unwrap_or(article.latest_revision);
        db.revision(article.id, number)?
            .ok_or_else(|| DeskError::NoRevision {
                slug: article.slug.clone(),
                number,
                latest: Some(article.latest_revision),
            })
    }

    /// A revision (latest by default) with its statements and their checking state.
    pub fn revision_view(&self, slug: &str, number: Option<u32>) -> Result<RevisionView> {
        self.revision_view_in(&self.store, slug, number)
    }

    /// [`Desk::revision_view`] read through `db` (the store, or a write transaction).
    pub(super) fn revision_view_in(
        &self,
        db: &Store,
        slug: &str,
        number: Option<u32>,
    ) -> Result<RevisionView> {
        let article = super::article_in(db, slug)?;
        let revision = self.revision_row(db, &article, number)?;
        let metadata: Metadata = serde_json::from_str(&revision.metadata_json).unwrap_or_default();
        let checks = db.latest_checks_of_revision(revision.id)?;
        let mut statements: Vec<Statement> = db
            .versions_of_revision(revision.id)?
            .iter()
            .map(|v| statement_view(slug, v, checks.get(&v.statement_id)))
            .collect();
        self.apply_expiry(
            db,
            &article,
            revision.number,
            &metadata,
            None,
            &mut statements,
        )?;
        Ok(RevisionView {
            article,
            revision,
            metadata,
            statements,
        })
    }

    /// A revision's statements, each with the reasons for its kinds.
    pub fn statements(&self, slug: &str, number: Option<u32>) -> Result<Vec<Statement>> {
        self.statements_in(&self.store, slug, number)
    }

    /// [`Desk::statements`] read through `db` (the store, or a write transaction).
    pub(super) fn statements_in(
        &self,
        db: &Store,
        slug: &str,
        number: Option<u32>,
    ) -> Result<Vec<Statement>> {
        let mut statements = self.revision_view_in(db, slug, number)?.statements;
        for statement in &mut statements {
            statement.reasons =
                crate::parse::kinds::explain_kinds(&statement.text, statement.kinds);
        }
        Ok(statements)
    }

    /// The findings stored with a revision.
    pub fn findings(
        &self,
        slug: &str,
        number: Option<u32>,
    ) -> Result<Vec<crate::model::RevisionFinding>> {
        let view = self.revision_view(slug, number)?;
        self.revision_findings(&self.store, &view)
    }

    /// The gate for a revision (latest by default), from the same data as the report.
    pub fn gate(&self, slug: &str, number: Option<u32>) -> Result<Gate> {
        let view = self.revision_view(slug, number)?;
        let checklist = self.article_checklist(&view.article)?;
        let findings = self.revision_findings(&self.store, &view)?;
        let mut gate = self.revision_gate(&self.store, &view, &findings, &checklist)?;
        self.gate_with_chain(&view.article, &mut gate)?;
        Ok(gate)
    }

    /// Every assignment, check and text change of one statement, oldest first: one entry per
    /// event. A revision in which the statement stayed as it was is no event; its first words,
    /// a move and each change of words are.
    pub fn history(&self, id: StatementId) -> Result<Vec<HistoryEntry>> {
        let versions = self.store.versions_of_statement(id)?;
        if versions.is_empty() {
            return Err(DeskError::NoStatement(id));
        }
        // (at, revision the event belongs to, rank within a revision, entry): the sort key.
        // The revision and rank order events stamped with the same second (a scripted desk, a
        // fixed clock): a revision's words first, then what the revision did to the statement,
        // then assignments, then checks.
        let mut keyed: Vec<Keyed> = Vec::new();
        let mut received: Vec<(u32, String)> = Vec::new();
        for (n, version) in versions.iter().enumerate() {
            let revision = self
                .store
                .revision(version.article_id, version.revision)?
                .ok_or_else(|| DeskError::Inconsistent("a revision is gone".into()))?;
            received.push((version.revision, revision.received_at.clone()));
            let event = match (n, version.change) {
                (0, _) => "text",
                (_, Change::Moved) => "moved",
                _ => continue,
            };
            keyed.push((
                revision.received_at.clone(),
                version.revision,
                0,
                HistoryEntry {
                    at: revision.received_at,
                    by: revision.received_by,
                    event: event.into(),
                    revision: Some(version.revision),
                    detail: Some(version.change.to_string()),
                    old_text: None,
                    new_text: Some(version.text.clone()),
                    edits: vec![],
                    check: None,
                },
            ));
        }
        let latest = received.last().map_or(1, |(n, _)| *n);
        // An assignment carries no revision: it belongs to the first one received at or after
        // its time (the latest when none was).
        let revision_at = |at: &str| {
            received
                .iter()
                .find(|(_, received_at)| received_at.as_str() >= at)
                .map_or(latest, |(n, _)| *n)
        };
        for event in self.store.events_of(id)? {
            let edits = match (event.event, &event.old_value, &event.new_value) {
                (EventKind::TextChanged, Some(old), Some(new)) => {
                    crate::align::word_edits(old, new)
                }
                _ => vec![],
            };
            let revision = event.revision.unwrap_or_else(|| revision_at(&event.at));
            keyed.push((
                event.at.clone(),
                revision,
                1,
                HistoryEntry {
                    at: event.at,
                    by: event.actor,
                    event: event.event.to_string(),
                    revision: event.revision,
                    detail: None,
                    old_text: event.old_value,
                    new_text: event.new_value,
                    edits,
                    check: None,
                },
            ));
        }
        for assignment in self.store.assignments_of(id)? {
            let at = crate::model::time::rfc3339(&assignment.at);
            keyed.push((
                at.clone(),
                revision_at(&at),
                2,
                HistoryEntry {
                    at,
                    by: assignment.by,
                    event: if assignment.to.is_some() {
                        "assigned".into()
                    } else {
                        "unassigned".into()
                    },
                    revision: None,
                    detail: assignment.to,
                    old_text: None,
                    new_text: None,
                    edits: vec![],
                    check: None,
                },
            ));
        }
        for check in self.store.checks_of(id)? {
            let check = check.into_check();
            keyed.push((
                crate::model::time::rfc3339(&check.checked_at),
                check.revision,
                3,
                HistoryEntry {
                    at: crate::model::time::rfc3339(&check.checked_at),
                    by: check.checked_by.clone(),
                    event: "check".into(),
                    revision: Some(check.revision),
                    detail: Some(check.status.to_string()),
                    old_text: None,
                    new_text: None,
                    edits: vec![],
                    check: Some(check),
                },
            ));
        }
        keyed.extend(self.query_history(id)?);
        keyed.extend(self.ruling_history(id)?);
        // Stable: entries of one kind keep the store's order (insertion order) on a tie.
        keyed.sort_by(|a, b| (&a.0, a.1, a.2).cmp(&(&b.0, b.1, b.2)));
        Ok(keyed.into_iter().map(|(_, _, _, entry)| entry).collect())
    }

    /// What changed in a statement's words since its latest check, if they changed.
    pub fn since_last_check(&self, id: StatementId) -> Result<Option<SinceCheck>> {
        let Some(version) = self.store.current_version(id)? else {
            return Ok(None);
        };
        let latest = self.store.latest_checks_of_revision(version.revision_id)?;
        Ok(since_check(&version, latest.get(&id)))
    }

    /// Statement-level changes between two revisions (by default the latest and the one before).
    pub fn diff(&self, slug: &str, from: Option<u32>, to: Option<u32>) -> Result<Diff> {
        let article = self.article(slug)?;
        let to = to.unwrap_or(article.latest_revision);
        let from = from.unwrap_or(to.saturating_sub(1).max(1));
        if from > to {
            return Err(DeskError::RevisionsReversed { from, to });
        }
        let (old_revision, new_revision) = (
            self.revision_row(&self.store, &article, Some(from))?,
            self.revision_row(&self.store, &article, Some(to))?,
        );
        let old = self.store.versions_of_revision(old_revision.id)?;
        let new = self.store.versions_of_revision(new_revision.id)?;
        let mut derived = HashMap::new();
        for version in &new {
            if let Some(parent) = self.store.derived_from(version.statement_id)? {
                derived.insert(version.statement_id, parent);
            }
        }
        let mut diff = diff_versions(slug, from, to, &old, &new, &derived);
        diff.elements = crate::align::part_changes(
            &self.parts_of(&self.store, &old_revision)?,
            &self.parts_of(&self.store, &new_revision)?,
        );
        Ok(diff)
    }
}

/// The paragraph of `text` that holds `span`: the line (or blank-line-separated block) around it.
pub(super) fn paragraph_around(text: &str, span: crate::model::Span) -> String {
    if span.end > text.len() || !text.is_char_boundary(span.start) {
        return String::new();
    }
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    text[start..end].trim().to_string()
}

/// Compares two revisions by statement id: present in both is unchanged, moved (out of the
/// common order) or modified (other words); only in `new` is added; only in `old` is removed.
fn diff_versions(
    slug: &str,
    from: u32,
    to: u32,
    old: &[VersionRow],
    new: &[VersionRow],
    derived: &HashMap<StatementId, StatementId>,
) -> Diff {
    let old_by_id: HashMap<StatementId, &VersionRow> =
        old.iter().map(|v| (v.statement_id, v)).collect();
    let new_ids: std::collections::HashSet<StatementId> =
        new.iter().map(|v| v.statement_id).collect();
    let old_common: Vec<StatementId> = old
        .iter()
        .map(|v| v.statement_id)
        .filter(|id| new_ids.contains(id))
        .collect();
    let new_common: Vec<StatementId> = new
        .iter()
        .map(|v| v.statement_id)
        .filter(|id| old_by_id.contains_key(id))
        .collect();
    let in_order = in_common_order(&old_common, &new_common);
    let mut changes = Vec::with_capacity(new.len());
    for version in new {
        let id = version.statement_id;
        let entry = match old_by_id.get(&id) {
            None => StatementChange {
                change: Change::Added,
                id,
                old_text: None,
                new_text: Some(version.text.clone()),
                edits: vec![],
                related: derived.get(&id).copied(),
            },
            Some(before) if same_words(&before.text, &version.text) => StatementChange {
                change: if in_order.contains(&id) {
                    Change::Unchanged
                } else {
                    Change::Moved
                },
                id,
                old_text: Some(before.text.clone()),
                new_text: Some(version.text.clone()),
                edits: vec![],
                related: None,
            },
            Some(before) => StatementChange {
                change: Change::Modified,
                id,
                old_text: Some(before.text.clone()),
                new_text: Some(version.text.clone()),
                edits: crate::align::word_edits(&before.text, &version.text),
                related: None,
            },
        };
        changes.push(entry);
    }
    for before in old.iter().filter(|v| !new_ids.contains(&v.statement_id)) {
        changes.push(StatementChange {
            change: Change::Removed,
            id: before.statement_id,
            old_text: Some(before.text.clone()),
            new_text: None,
            edits: vec![],
            related: None,
        });
    }
    Diff {
        article: slug.to_string(),
        from,
        to,
        changes,
        elements: Vec::new(),
    }
}

/// The ids that keep their relative order between the two sequences (a longest common
/// subsequence); the others moved.
fn in_common_order(
    old: &[StatementId],
    new: &[StatementId],
) -> std::collections::HashSet<StatementId> {
    use similar::{Algorithm, DiffOp, capture_diff_slices};
    let mut kept = std::collections::HashSet::new();
    for op in capture_diff_slices(Algorithm::Myers, old, new) {
        if let DiffOp::Equal { old_index, len, .. } = op {
            kept.extend(old[old_index..old_index + len].iter().copied());
        }
    }
    kept
}
