//! Search across the archive ("have we checked this figure before?") and the desk's backup.

use serde::Serialize;

use super::{Desk, DeskError, Result};
use crate::model::{Check, Kind, KindSet, StatementId, Status};
use crate::normalize::same_words;
use crate::store::SearchQuery;

/// What a search asks for.
#[derive(Debug, Clone)]
pub struct SearchRequest<'a> {
    /// Words to find (all of them); a part in double quotes is a phrase.
    pub words: &'a str,
    /// Only statements whose status is this one.
    pub status: Option<Status>,
    /// Only statements whose text changed since their latest check.
    pub stale: bool,
    pub kind: Option<Kind>,
    pub limit: usize,
}

/// One statement that matched, best first: where it stands and who checked it last.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub id: StatementId,
    pub article: String,
    /// The revision of the statement's current text.
    pub revision: u32,
    /// The statement is no longer in its article's latest revision.
    pub retired: bool,
    pub text: String,
    pub kinds: KindSet,
    pub status: Status,
    pub stale: bool,
    /// Its latest check, with sources and note: who checked it before, and against what.
    pub latest_check: Option<Check>,
}

impl Desk {
    /// Statements across every article matching the words in their text or their check notes,
    /// best first, at most `limit`.
    pub fn search(&self, request: &SearchRequest<'_>) -> Result<Vec<SearchHit>> {
        if crate::store::fts_query(request.words).is_none() {
            return Err(DeskError::Invalid(format!(
                "nothing to search for in '{}': give at least one word or number",
                request.words
            )));
        }
        let rows = self.store.search(&SearchQuery {
            words: request.words,
            kinds: request.kind.map(|k| {
                let mut set = KindSet::default();
                set.insert(k);
                set
            }),
            status: request.status,
            // Staleness compares words, which SQL cannot: every checked match is read, then cut.
            checked_only: request.stale,
            limit: (!request.stale).then_some(request.limit),
        })?;
        let mut hits = Vec::new();
        for row in rows {
            if hits.len() == request.limit {
                break;
            }
            let check = self.store.checks_of(row.statement_id)?.pop();
            let stale = check
                .as_ref()
                .is_some_and(|c| !same_words(&c.text, &row.text));
            if request.stale && !stale {
                continue;
            }
            hits.push(SearchHit {
                id: row.statement_id,
                article: row.slug,
                revision: row.revision,
                retired: row.revision < row.latest_revision,
                text: row.text,
                kinds: row.kinds,
                status: check.as_ref().map_or(Status::Unchecked, |c| c.status),
                stale,
                latest_check: check.map(|c| c.into_check()),
            });
        }
        Ok(hits)
    }

    /// A consistent copy of the whole desk in a new file at `target` (see `store/backup.rs`).
    pub fn backup(&self, target: &std::path::Path) -> Result<()> {
        Ok(self.store.backup_to(target)?)
    }
}
