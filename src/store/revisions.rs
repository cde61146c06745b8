//! Revisions: an article's drafts as received, with their metadata and original file.

use super::db::{OptionalExtension, params};
use crate::model::{ArticleId, RevisionId};

use super::{Result, Store, Tx};

pub struct NewRevision<'a> {
    pub article_id: ArticleId,
    pub number: u32,
    pub text: &'a str,
    pub metadata_json: &'a str,
    pub file_name: Option<&'a str>,
    /// The file as received, when `text` was extracted from it (a web page, a Word document).
    pub original: Option<&'a [u8]>,
    pub at: &'a str,
    pub by: &'a str,
}

#[derive(Debug, Clone)]
pub struct RevisionRow {
    pub id: RevisionId,
    pub article_id: ArticleId,
    pub number: u32,
    pub text: String,
    pub metadata_json: String,
    pub file_name: Option<String>,
    pub received_at: String,
    pub received_by: String,
}

impl Tx<'_> {
    pub fn insert_revision(&self, new: &NewRevision<'_>) -> Result<RevisionId> {
        self.insert_id(
            "revisions",
            "INSERT INTO revisions (article_id, number, text, metadata, file_name, received_at, received_by, original)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
            params![new.article_id, new.number, new.text, new.metadata_json, new.file_name, new.at, new.by, new.original],
        )
        .map(RevisionId)
    }
}

impl Store {
    pub fn revision(&self, article_id: ArticleId, number: u32) -> Result<Option<RevisionRow>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, article_id, number, text, metadata, file_name, received_at, received_by
                 FROM revisions WHERE article_id = ?1 AND number = ?2",
                params![article_id, number],
                |row| {
                    Ok(RevisionRow {
                        id: row.get(0)?,
                        article_id: row.get(1)?,
                        number: row.get(2)?,
                        text: row.get(3)?,
                        metadata_json: row.get(4)?,
                        file_name: row.get(5)?,
                        received_at: row.get(6)?,
                        received_by: row.get(7)?,
                    })
                },
            )
            .optional()?)
    }

    /// The file a revision's text was extracted from, byte for byte; `None` for plain text and
    /// Markdown, whose text is the file.
    pub fn revision_original(&self, revision_id: RevisionId) -> Result<Option<Vec<u8>>> {
        Ok(self.conn.query_row(
            "SELECT original FROM revisions WHERE id = ?1",
            params![revision_id],
            |row| row.get(0),
        )?)
    }
}
