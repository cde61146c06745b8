//! Full-text search over statements' current text and their check notes (migration 0007).
//!
//! The index (`search_text`, FTS5) is kept by triggers in the same transaction as each write;
//! a bulk write holds it and fills it once before it commits (migration 0014,
//! [`Tx::hold_search`]). A hit's article, revision and kinds come from the statement's latest
//! version, its status from its latest check: never from the index, which holds words only.

use super::db::{Dialect, params};

use super::{Result, Store, Tx};
use crate::model::{KindSet, RevisionId, StatementId, Status};

/// What to look for. The words are matched whole, all of them (in any order); a group of words
/// in double quotes must stand together, as a phrase.
pub struct SearchQuery<'a> {
    pub words: &'a str,
    /// Only statements carrying one of these kinds.
    pub kinds: Option<KindSet>,
    /// Only statements whose latest check has this status (`Unchecked`: no check yet).
    pub status: Option<Status>,
    /// Only statements that have been checked at least once.
    pub checked_only: bool,
    /// At most this many hits; `None`: all of them.
    pub limit: Option<usize>,
}

/// A statement that matched, best first.
#[derive(Debug, Clone)]
pub struct SearchRow {
    pub statement_id: StatementId,
    pub slug: String,
    /// The revision of the statement's latest version.
    pub revision: u32,
    /// The article's latest revision: greater than `revision` when the statement was retired.
    pub latest_revision: u32,
    pub text: String,
    pub kinds: KindSet,
    /// BM25 score (lower is better), the statement's words weighing twice the check notes.
    pub rank: f64,
}

/// The user's input in groups: each part in double quotes, and each whitespace-separated word
/// outside them, with the runs of letters and digits it holds. A group without any is dropped.
fn groups(input: &str) -> Vec<(&str, Vec<&str>)> {
    let mut groups = Vec::new();
    for (index, part) in input.split('"').enumerate() {
        // Odd parts stand between double quotes.
        let raw: Vec<&str> = if index % 2 == 1 {
            vec![part]
        } else {
            part.split_whitespace().collect()
        };
        for group in raw {
            let tokens: Vec<&str> = group
                .split(|c: char| !c.is_alphanumeric())
                .filter(|t| !t.is_empty())
                .collect();
            if !tokens.is_empty() {
                groups.push((group, tokens));
            }
        }
    }
    groups
}

/// The user's words as an FTS5 query: every group of letters and digits becomes a quoted phrase
/// (so `$1.5` is the phrase "1 5", as the tokenizer splits it in the text, and no character of
/// the input can be read as FTS5 syntax); a part in double quotes is one phrase. `None` when the
/// input holds no word at all.
pub fn fts_query(input: &str) -> Option<String> {
    let phrases: Vec<String> = groups(input)
        .into_iter()
        .map(|(_, tokens)| format!("\"{}\"", tokens.join(" ")))
        .collect();
    (!phrases.is_empty()).then(|| phrases.join(" "))
}

/// The same groups for PostgreSQL's `websearch_to_tsquery`: each group kept as typed, in double
/// quotes, so that the server's own parser reads it exactly as it read the stored text (it
/// keeps `a.m.`, `U.S.` and `1.5` as single tokens, where FTS5 splits them) and the words inside
/// a quoted group stand together. Inside quotes `or`, `-` and every other character are words or
/// spaces, never operators.
fn websearch_query(input: &str) -> Option<String> {
    let phrases: Vec<String> = groups(input)
        .into_iter()
        .map(|(group, _)| format!("\"{group}\""))
        .collect();
    (!phrases.is_empty()).then(|| phrases.join(" "))
}

impl Tx<'_> {
    /// Holds the search index for this transaction: the statement versions inserted from now on
    /// are left out of it (the trigger of migration 0014 skips them) until
    /// [`Tx::release_search`] adds them in one statement. FTS5 flushes its pending rows at
    /// every statement's savepoint, so a row at a time costs a flush per statement.
    /// On PostgreSQL the index is a GIN index kept row by row (its pending list batches the
    /// work), and other writers run at once, so there is no hold: both calls do nothing.
    pub fn hold_search(&self) -> Result<()> {
        if self.dialect() == Dialect::Postgres {
            return Ok(());
        }
        self.conn()
            .prepare_cached("INSERT INTO search_held (held) VALUES (1)")?
            .execute(params![])?;
        Ok(())
    }

    /// Releases the hold of [`Tx::hold_search`], first indexing every statement version of the
    /// revisions `first..=last`: first revisions of articles inserted while the index was held
    /// (so each statement's only version). Revision ids only grow and this transaction is the
    /// only writer, so the range holds this transaction's revisions and no other.
    pub fn release_search(&self, new_revisions: Option<(RevisionId, RevisionId)>) -> Result<()> {
        if self.dialect() == Dialect::Postgres {
            return Ok(());
        }
        if let Some((first, last)) = new_revisions {
            self.conn()
                .prepare_cached(
                    "INSERT INTO search_text (rowid, text, notes)
                     SELECT statement_id, text, '' FROM statement_versions
                     WHERE revision_id BETWEEN ?1 AND ?2 ORDER BY statement_id",
                )?
                .execute(params![first, last])?;
        }
        self.conn()
            .prepare_cached("DELETE FROM search_held")?
            .execute(params![])?;
        Ok(())
    }
}

impl Store {
    /// Statements matching `query`, best first; an input without a word matches nothing.
    pub fn search(&self, query: &SearchQuery<'_>) -> Result<Vec<SearchRow>> {
        let words = match self.dialect() {
            Dialect::Sqlite => fts_query(query.words),
            Dialect::Postgres => websearch_query(query.words),
        };
        let Some(words) = words else {
            return Ok(Vec::new());
        };
        let filtered = query.kinds.is_some() || query.status.is_some() || query.checked_only;
        let limit = query.limit.map(|n| n as i64);
        // Without filters the index ranks and cuts alone; with them, every match is joined first.
        let inner_limit = if filtered { None } else { limit };
        let hits = match self.dialect() {
            // FTS5: BM25 from the index (lower is better); `LIMIT -1` is no limit.
            Dialect::Sqlite => {
                "SELECT rowid AS id, rank FROM search_text WHERE search_text MATCH ?1
                 ORDER BY rank LIMIT coalesce(?2, -1)"
            }
            // The same groups, as typed, read by `websearch_to_tsquery` (a quoted group is a
            // phrase, the groups are all required); ranked by `ts_rank`, negated so that lower
            // is better as with BM25; `LIMIT NULL` is no limit.
            Dialect::Postgres => {
                "SELECT statement_id AS id,
                        -ts_rank(document, websearch_to_tsquery('factdesk_search', ?1))::float8 AS rank
                 FROM search_text WHERE document @@ websearch_to_tsquery('factdesk_search', ?1)
                 ORDER BY rank, statement_id LIMIT ?2"
            }
        };
        let sql = format!(
            "WITH hits AS ({hits})
             SELECT h.id, a.slug, r.number,
                    (SELECT max(number) FROM revisions r2 WHERE r2.article_id = r.article_id),
                    sv.text, sv.kinds, h.rank
             FROM hits h
             JOIN statement_versions sv ON sv.statement_id = h.id
                  AND sv.revision_id = (SELECT max(revision_id) FROM statement_versions v2
                                        WHERE v2.statement_id = h.id)
             JOIN revisions r ON r.id = sv.revision_id
             JOIN articles a ON a.id = r.article_id
             WHERE (CAST(?3 AS BIGINT) IS NULL OR (sv.kinds & ?3) <> 0)
               AND (CAST(?4 AS TEXT) IS NULL OR coalesce((SELECT status FROM checks c WHERE c.statement_id = h.id
                                            ORDER BY c.id DESC LIMIT 1), 'unchecked') = ?4)
               AND (?5 = 0 OR EXISTS (SELECT 1 FROM checks c WHERE c.statement_id = h.id))
             ORDER BY h.rank, h.id
             LIMIT {limit}",
            limit = match self.dialect() {
                Dialect::Sqlite => "coalesce(?6, -1)",
                Dialect::Postgres => "?6",
            }
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![
                words,
                inner_limit,
                query.kinds.map(|k| k.bits()),
                query.status.map(|s| s.as_str()),
                query.checked_only,
                limit
            ],
            |row| {
                Ok(SearchRow {
                    statement_id: row.get(0)?,
                    slug: row.get(1)?,
                    revision: row.get(2)?,
                    latest_revision: row.get(3)?,
                    text: row.get(4)?,
                    kinds: KindSet::from_bits(row.get(5)?),
                    rank: row.get(6)?,
                })
            },
        )?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::{fts_query, websearch_query};

    #[test]
    fn words_become_quoted_phrases_and_syntax_is_inert() {
        assert_eq!(
            fts_query("$1.5 billion").as_deref(),
            Some("\"1 5\" \"billion\"")
        );
        assert_eq!(
            fts_query("\"Maria Ramírez\" said").as_deref(),
            Some("\"Maria Ramírez\" \"said\"")
        );
        assert_eq!(
            fts_query("NOT OR* (x) NEAR").as_deref(),
            Some("\"NOT\" \"OR\" \"x\" \"NEAR\"")
        );
        assert_eq!(fts_query(" -- ... \"\" "), None);
    }

    #[test]
    fn postgres_gets_each_group_as_typed_in_quotes() {
        assert_eq!(
            websearch_query("at 6 a.m. \"Maria Ramírez\"").as_deref(),
            Some("\"at\" \"6\" \"a.m.\" \"Maria Ramírez\"")
        );
        // Operators of websearch syntax stay inside quotes, where they are only words.
        assert_eq!(
            websearch_query("-cartel or x").as_deref(),
            Some("\"-cartel\" \"or\" \"x\"")
        );
        assert_eq!(websearch_query(" -- ... \"\" "), None);
    }
}
