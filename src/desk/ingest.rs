//! A new article at revision 1.

use super::bulk::{BulkArticle, BulkRequest};
use super::{Desk, Result};
use crate::model::{ArticleId, Change, RevisionFinding, RevisionId, StatementId};
use crate::parse::{self, Format, ParsedRevision};
use crate::store::{NewRevision, NewVersion, Tx};

pub struct IngestRequest<'a> {
    pub slug: &'a str,
    pub desk: Option<&'a str>,
    /// The article's writer (a reviewer with the writer role), whom checkers' queries go to.
    pub writer: Option<&'a str>,
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
    /// The file as received when `text` was extracted from it (a web page, a Word document).
    pub original: Option<&'a [u8]>,
    /// The language to read it in (`--lang`); detected when `None`.
    pub language: Option<crate::lang::Language>,
}

impl Draft<'_> {
    /// The draft read: metadata, blocks and statements.
    pub fn parse(&self) -> ParsedRevision {
        parse::parse_in(self.text, self.format, self.language)
    }

    /// The draft read, with each statement's kind reasons.
    pub fn parse_explained(&self) -> ParsedRevision {
        parse::parse_explained(self.text, self.format, self.language)
    }
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
    /// A new article at revision 1: a batch of one, so single and bulk ingest share one path.
    pub fn ingest(&self, request: &IngestRequest<'_>) -> Result<IngestOutcome> {
        let articles = [BulkArticle {
            slug: request.slug,
            draft: request.draft,
        }];
        let batch = BulkRequest {
            desk: request.desk,
            writer: request.writer,
            checklist: request.checklist,
            articles: &articles,
        };
        self.ingest_batch(&batch)?
            .pop()
            .expect("one answer per article")
    }
}

pub(super) fn insert_revision(
    tx: &Tx<'_>,
    article_id: ArticleId,
    number: u32,
    draft: &Draft<'_>,
    parsed: &ParsedRevision,
    (now, by): (&str, &str),
) -> Result<RevisionId> {
    let metadata_json = serde_json::to_string(&parsed.metadata).expect("metadata serialises");
    let revision_id = tx.insert_revision(&NewRevision {
        article_id,
        number,
        text: draft.text,
        metadata_json: &metadata_json,
        file_name: draft.file_name,
        original: draft.original,
        at: now,
        by,
    })?;
    tx.insert_parts(revision_id, &parsed.parts)?;
    Ok(revision_id)
}

/// The version of a parsed statement in a revision, to be stored.
pub(super) fn new_version<'p>(
    revision_id: RevisionId,
    id: StatementId,
    statement: &'p parse::ParsedStatement,
    change: Change,
) -> NewVersion<'p> {
    NewVersion {
        revision_id,
        statement_id: id,
        paragraph: statement.paragraph,
        position: statement.position,
        span: statement.span,
        text: &statement.text,
        kinds: statement.kinds,
        element: statement.element,
        change,
    }
}

/// Stores lint findings with the ids of the statements they concern.
pub(super) fn store_findings(
    tx: &Tx<'_>,
    revision_id: RevisionId,
    findings: &[crate::model::Finding],
    ids: &[StatementId],
) -> Result<()> {
    for finding in findings {
        tx.insert_finding(
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
                id: String::new(),
                dismissal: None,
            },
        )?;
    }
    Ok(())
}
