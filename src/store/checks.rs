//! Checks with their sources and checklist items.

use std::collections::HashMap;

use super::db::{OptionalExtension, params};
use chrono::{DateTime, Utc};

use super::chain::KeyValue;
use super::confidential::{SOURCE_COLUMNS, SOURCE_JOINS, source_at};
use super::sql::parse_time;
use super::{Result, Store, Tx};
use crate::model::{CheckId, RevisionId, Source, StatementId, Status};

pub struct NewCheck<'a> {
    pub statement_id: StatementId,
    pub revision_id: RevisionId,
    pub status: Status,
    pub sources: &'a [Source],
    pub note: Option<&'a str>,
    pub items: &'a [String],
    /// For `partly-verified`: the parts not covered, as the statement spells them.
    pub excepted: &'a [String],
    pub text: &'a str,
    pub by: &'a str,
    pub at: &'a str,
}

#[derive(Debug, Clone)]
pub struct CheckRow {
    pub id: CheckId,
    pub statement_id: StatementId,
    pub revision: u32,
    pub status: Status,
    pub note: Option<String>,
    pub text: String,
    pub checked_by: String,
    pub checked_at: DateTime<Utc>,
    pub sources: Vec<Source>,
    pub items: Vec<String>,
    pub excepted: Vec<String>,
}

impl CheckRow {
    pub fn into_check(self) -> crate::model::Check {
        crate::model::Check {
            id: self.id,
            statement: self.statement_id,
            revision: self.revision,
            status: self.status,
            sources: self.sources,
            note: self.note,
            items: self.items,
            excepted: self.excepted,
            text: self.text,
            checked_by: self.checked_by,
            checked_at: self.checked_at,
        }
    }
}

const CHECK_COLUMNS: &str =
    "c.id, c.statement_id, r.number, c.status, c.note, c.text, c.checked_by, c.checked_at";

fn check_from_row(row: &super::db::Row<'_>) -> super::db::Result<CheckRow> {
    let status: String = row.get(3)?;
    Ok(CheckRow {
        id: row.get(0)?,
        statement_id: row.get(1)?,
        revision: row.get(2)?,
        status: status
            .parse()
            .map_err(|e| super::db::DbError::conversion(3, e))?,
        note: row.get(4)?,
        text: row.get(5)?,
        checked_by: row.get(6)?,
        checked_at: parse_time(7, &row.get::<String>(7)?)?,
        sources: Vec::new(),
        items: Vec::new(),
        excepted: Vec::new(),
    })
}

impl Tx<'_> {
    /// Records a check with its sources (reused when the same source was cited before) and items.
    pub fn insert_check(&self, new: &NewCheck<'_>) -> Result<CheckId> {
        let check_id = self.insert_id(
            "checks",
            "INSERT INTO checks (statement_id, revision_id, status, note, text, checked_by, checked_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
            params![
                new.statement_id,
                new.revision_id,
                new.status.as_str(),
                new.note,
                new.text,
                new.by,
                new.at
            ],
        )
        .map(CheckId)?;
        for (ordinal, source) in new.sources.iter().enumerate() {
            let source_id = self.source_id(source, new.by, new.at)?;
            self.conn()
                .prepare_cached(
                    "INSERT INTO check_sources (check_id, source_id, ordinal) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![check_id, source_id, ordinal as i64])?;
            self.note(
                "check_sources",
                &[KeyValue::Int(check_id.0), KeyValue::Int(ordinal as i64)],
            );
        }
        for item in new.items {
            let inserted = self
                .conn()
                .prepare_cached(
                    "INSERT INTO check_items (check_id, item) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                )?
                .execute(params![check_id, item])?;
            if inserted == 1 {
                self.note(
                    "check_items",
                    &[KeyValue::Int(check_id.0), KeyValue::Text(item)],
                );
            }
        }
        for (ordinal, words) in new.excepted.iter().enumerate() {
            self.conn()
                .prepare_cached(
                    "INSERT INTO check_exceptions (check_id, ordinal, words) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![check_id, ordinal as i64, words])?;
            self.note(
                "check_exceptions",
                &[KeyValue::Int(check_id.0), KeyValue::Int(ordinal as i64)],
            );
        }
        Ok(check_id)
    }

    /// The id of a source, stored now unless the same one was cited before (sources are shared
    /// between checks, and never changed). A confidential source is stored anew each time it
    /// is cited, by `by` at `at`, with its identity kept apart.
    pub(super) fn source_id(&self, source: &Source, by: &str, at: &str) -> Result<i64> {
        if let Some(confidential) = &source.confidential {
            return self.insert_confidential(confidential, by, at);
        }
        let contact = source.contact.as_deref().unwrap_or("");
        let on = source.contacted_on.as_deref().unwrap_or("");
        let values = params![source.kind.as_str(), source.citation, contact, on];
        let inserted: Option<i64> = self
            .conn()
            .prepare_cached(
                "INSERT INTO sources (kind, citation, contact, contacted_on) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (kind, citation, contact, contacted_on) DO NOTHING RETURNING id",
            )?
            .query_row(values, |r| r.get(0))
            .optional()?;
        if let Some(id) = inserted {
            self.note("sources", &[KeyValue::Int(id)]);
            return Ok(id);
        }
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT id FROM sources WHERE kind = ?1 AND citation = ?2 AND contact = ?3 AND contacted_on = ?4",
            )?
            .query_row(values, |r| r.get(0))?)
    }
}

impl Store {
    /// Every check of one statement, oldest first, with sources and items.
    pub fn checks_of(&self, id: StatementId) -> Result<Vec<CheckRow>> {
        let sql = format!(
            "SELECT {CHECK_COLUMNS} FROM checks c JOIN revisions r ON r.id = c.revision_id
             WHERE c.statement_id = ?1 ORDER BY c.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut checks: Vec<CheckRow> = stmt
            .query_map(params![id], check_from_row)?
            .collect::<super::db::Result<_>>()?;
        for check in &mut checks {
            self.fill_check(check)?;
        }
        Ok(checks)
    }

    /// The latest check of each statement of a revision, by statement id.
    pub fn latest_checks_of_revision(
        &self,
        revision_id: RevisionId,
    ) -> Result<HashMap<StatementId, CheckRow>> {
        let sql = format!(
            "SELECT {CHECK_COLUMNS} FROM checks c JOIN revisions r ON r.id = c.revision_id
             WHERE c.id IN (SELECT (SELECT max(id) FROM checks c2 WHERE c2.statement_id = sv.statement_id)
                            FROM statement_versions sv WHERE sv.revision_id = ?1)"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut out = HashMap::new();
        for check in stmt.query_map(params![revision_id], check_from_row)? {
            let mut check = check?;
            self.fill_check(&mut check)?;
            out.insert(check.statement_id, check);
        }
        Ok(out)
    }

    fn fill_check(&self, check: &mut CheckRow) -> Result<()> {
        let sql = format!(
            "SELECT {SOURCE_COLUMNS} FROM check_sources cs
             JOIN sources s ON s.id = cs.source_id {SOURCE_JOINS}
             WHERE cs.check_id = ?1 ORDER BY cs.ordinal"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![check.id], |row| source_at(row, 0))?;
        for source in rows {
            check.sources.extend(source?);
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT item FROM check_items WHERE check_id = ?1 ORDER BY item")?;
        check.items = stmt
            .query_map(params![check.id], |r| r.get(0))?
            .collect::<super::db::Result<_>>()?;
        if check.status == Status::PartlyVerified {
            let mut stmt = self.conn.prepare_cached(
                "SELECT words FROM check_exceptions WHERE check_id = ?1 ORDER BY ordinal",
            )?;
            check.excepted = stmt
                .query_map(params![check.id], |r| r.get(0))?
                .collect::<super::db::Result<_>>()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Reviewer, RevisionId, Role, Source, SourceKind, StatementId, Status};
    use crate::store::{Intent, NewArticle, NewCheck, NewRevision, Store, StoreError};

    const AT: &str = "2026-01-17T09:00:00Z";

    /// An editor, an article "port" and its one statement, "The port closed.".
    fn one_statement(store: &Store) -> (StatementId, RevisionId) {
        store
            .write(&[Intent::NewArticles], |tx| {
                let editor = Reviewer {
                    handle: "ed".into(),
                    name: "Edith Ortiz".into(),
                    role: Role::Editor,
                    skills: vec![],
                    active: true,
                };
                tx.insert_reviewer(&editor, "ed", AT)?;
                let article = tx.insert_article(&NewArticle {
                    slug: "port",
                    desk: None,
                    checklist: "news",
                    checklist_yaml: "name: news\n",
                    note: None,
                    at: AT,
                    by: "ed",
                })?;
                let revision = tx.insert_revision(&NewRevision {
                    article_id: article,
                    number: 1,
                    text: "The port closed.",
                    metadata_json: "{}",
                    file_name: None,
                    original: None,
                    at: AT,
                    by: "ed",
                })?;
                let statement = tx.insert_statement(article, 1, None)?;
                tx.insert_version(&crate::store::NewVersion {
                    revision_id: revision,
                    statement_id: statement,
                    paragraph: 1,
                    position: 0,
                    span: crate::model::Span::new(0, 16),
                    text: "The port closed.",
                    kinds: crate::model::KindSet::EMPTY,
                    element: crate::model::Element::Body,
                    change: crate::model::Change::Added,
                })?;
                Ok::<_, StoreError>((statement, revision))
            })
            .unwrap()
    }

    fn check<'a>(
        statement: StatementId,
        revision: RevisionId,
        status: Status,
        sources: &'a [Source],
        excepted: &'a [String],
    ) -> NewCheck<'a> {
        NewCheck {
            statement_id: statement,
            revision_id: revision,
            status,
            sources,
            note: None,
            items: &[],
            excepted,
            text: "The port closed.",
            by: "ed",
            at: AT,
        }
    }

    /// A source whose kind this binary does not know (a newer factdesk wrote it) comes back
    /// with its check, by its name: a verified check never shows without what it rests on.
    #[test]
    fn a_source_of_an_unknown_kind_survives_the_round_trip() {
        let store = Store::open_in_memory().unwrap();
        let podcast = Source {
            kind: SourceKind::Other("podcast".into()),
            citation: "The Port Hour, ep. 12".into(),
            contact: None,
            contacted_on: None,
            confidential: None,
        };
        let known = Source {
            kind: SourceKind::Web,
            citation: "https://port.example/notice".into(),
            contact: None,
            contacted_on: None,
            confidential: None,
        };
        let (statement, revision) = one_statement(&store);
        let sources = [podcast.clone(), known.clone()];
        store
            .write(&[Intent::NewArticles], |tx| {
                tx.insert_check(&check(statement, revision, Status::Verified, &sources, &[]))
            })
            .unwrap();
        let checks = store.checks_of(statement).unwrap();
        assert_eq!(checks[0].sources, vec![podcast, known]);
        assert_eq!(
            checks[0].sources[0].to_string(),
            "podcast:The Port Hour, ep. 12"
        );
    }

    /// A partly-verified check's excepted parts come back in the order given, with the check
    /// alone (the latest of its statement too), and can be neither changed nor deleted.
    #[test]
    fn excepted_parts_round_trip_in_order_and_are_append_only() {
        let store = Store::open_in_memory().unwrap();
        let (statement, revision) = one_statement(&store);
        let parts = ["closed".to_string(), "The port".to_string()];
        store
            .write(&[Intent::NewArticles], |tx| {
                tx.insert_check(&check(statement, revision, Status::Verified, &[], &[]))?;
                tx.insert_check(&check(
                    statement,
                    revision,
                    Status::PartlyVerified,
                    &[],
                    &parts,
                ))
            })
            .unwrap();
        let checks = store.checks_of(statement).unwrap();
        assert!(checks[0].excepted.is_empty());
        assert_eq!(checks[1].excepted, parts);
        let latest = store.latest_checks_of_revision(revision).unwrap();
        assert_eq!(latest[&statement].excepted, parts);
        for sql in [
            "UPDATE check_exceptions SET words = 'open'",
            "DELETE FROM check_exceptions",
        ] {
            let err = store.conn.execute(sql, &[]).unwrap_err();
            assert!(err.to_string().contains("append-only"), "{err}");
        }
        assert_eq!(store.checks_of(statement).unwrap()[1].excepted, parts);
    }
}
