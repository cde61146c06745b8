//! A new article at revision 1.

use super::{Desk, DeskError, Result, input::validate_slug};
use crate::model::{RevisionFinding, StatementId};
use crate::parse::{self, Format, ParsedRevision};
use crate::store::{NewArticle, NewRevision, NewVersion, Store};

pub struct IngestRequest<'a> {
    pub slug: &'a str,
    pub desk: Option<&'a str>,
    /// The checklist, with its YAML text: stored with the article so its reports stay
    /// reproducible when the desk edits its file.
    pub checklist: &'a crate::checklist::Loaded,
    pub draft: Draft<'a>,
}

/// The text of one draft as received.
#[derive(Debug, Clone, Copy)]
pub struct Draft<'a> {
    pub text: &'a str,
    pub format: Format,
    /// The file it came from, kept for the record.
    pub file_name: Option<&'a str>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct IngestOutcome {
    pub article: String,
    pub revision: u32,
    pub statements: usize,
    pub findings: usize,
    pub headline: Option<String>,
}

impl Desk {
    pub fn ingest(&self, request: &IngestRequest<'_>) -> Result<IngestOutcome> {
        validate_slug(request.slug)?;
        let actor = self.actor()?;
        let parsed = parse::parse(request.draft.text, request.draft.format);
        let findings = crate::lint::run(
            request.draft.text,
            &parsed,
            &request.checklist.checklist().checks,
        );
        let now = self.now();
        self.write(|store| {
            if store.slug_exists(request.slug)? {
                return Err(DeskError::Refused(format!(
                    "article '{}' exists already; to add a new draft use `factdesk revise {} FILE`",
                    request.slug, request.slug
                )));
            }
            let article_id = store.insert_article(&NewArticle {
                slug: request.slug,
                desk: request.desk,
                checklist: &request.checklist.checklist().name,
                checklist_yaml: request.checklist.yaml(),
                at: &now,
                by: &actor.handle,
            })?;
            let revision_id = insert_revision(
                store,
                article_id,
                1,
                &request.draft,
                &parsed,
                (&now, &actor.handle),
            )?;
            let mut ids = Vec::with_capacity(parsed.statements.len());
            for statement in &parsed.statements {
                let id = store.insert_statement(article_id, 1, None)?;
                insert_version(store, revision_id, id, statement, "added")?;
                ids.push(id);
            }
            store_findings(store, revision_id, &findings, &ids)?;
            Ok(())
        })?;
        Ok(IngestOutcome {
            article: request.slug.to_string(),
            revision: 1,
            statements: parsed.statements.len(),
            findings: findings.len(),
            headline: parsed.metadata.headline.clone(),
        })
    }
}

pub(super) fn insert_revision(
    store: &Store,
    article_id: i64,
    number: u32,
    draft: &Draft<'_>,
    parsed: &ParsedRevision,
    (now, by): (&str, &str),
) -> Result<i64> {
    let metadata_json = serde_json::to_string(&parsed.metadata).expect("metadata serialises");
    Ok(store.insert_revision(&NewRevision {
        article_id,
        number,
        text: draft.text,
        metadata_json: &metadata_json,
        file_name: draft.file_name,
        at: now,
        by,
    })?)
}

pub(super) fn insert_version(
    store: &Store,
    revision_id: i64,
    id: StatementId,
    statement: &parse::ParsedStatement,
    change: &str,
) -> Result<()> {
    Ok(store.insert_version(&NewVersion {
        revision_id,
        statement_id: id,
        paragraph: statement.paragraph,
        position: statement.position,
        span: statement.span,
        text: &statement.text,
        kinds: statement.kinds,
        change,
    })?)
}

/// Stores lint findings with the ids of the statements they concern.
pub(super) fn store_findings(
    store: &Store,
    revision_id: i64,
    findings: &[crate::model::Finding],
    ids: &[StatementId],
) -> Result<()> {
    for finding in findings {
        store.insert_finding(
            revision_id,
            &RevisionFinding {
                rule: finding.rule.clone(),
                level: finding.level,
                message: finding.message.clone(),
                statements: finding
                    .statements
                    .iter()
                    .filter_map(|i| ids.get(*i).copied())
                    .collect(),
                span: finding.span,
            },
        )?;
    }
    Ok(())
}
