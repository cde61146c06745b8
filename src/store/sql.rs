//! Stored text as the model's types. The model's ids and closed enums cross as cells
//! (`db/cell.rs`: an id as its number, an enum as its one spelling, `modified`,
//! `text-changed`); a time is stored as text and read back here.

use chrono::{DateTime, Utc};

use super::db::{DbError, Result};

/// Reads a stored time (RFC 3339 to the second with a `Z`, as `model::time::rfc3339` writes it:
/// the text the hash chain hashes) back into the model's type; `index` names the column.
pub fn parse_time(index: usize, text: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.to_utc())
        .map_err(|e| DbError::conversion(index, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleId, Change, CheckId, EventKind, RevisionId, StatementId};
    use crate::store::db::{Db, FromCell, Param, params};

    fn db() -> Db {
        Db::Sqlite(rusqlite::Connection::open_in_memory().unwrap())
    }

    fn round_trip<T: Param + FromCell>(value: &T) -> Result<T> {
        db().query_row("SELECT ?1", params![value], |row| row.get(0))
    }

    #[test]
    fn ids_are_stored_as_integers_and_read_back() {
        let db = db();
        let (id, kind): (StatementId, String) = db
            .query_row("SELECT ?1, typeof(?1)", params![StatementId(221)], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .unwrap();
        assert_eq!((id, kind.as_str()), (StatementId(221), "integer"));
        assert_eq!(round_trip(&ArticleId(3)).unwrap(), ArticleId(3));
        assert_eq!(round_trip(&RevisionId(4)).unwrap(), RevisionId(4));
        assert_eq!(round_trip(&CheckId(5)).unwrap(), CheckId(5));
        let text = db.query_row("SELECT 'x'", params![], |row| row.get::<CheckId>(0));
        assert!(text.is_err(), "a text is no id");
    }

    #[test]
    fn a_stored_time_reads_back_as_the_same_text() {
        let db = db();
        for stored in ["2026-01-17T12:00:00Z", "1999-12-31T23:59:59Z"] {
            let text: String = db
                .query_row("SELECT ?1", params![stored], |row| row.get(0))
                .unwrap();
            let at = parse_time(0, &text).unwrap();
            let again: String = db
                .query_row(
                    "SELECT ?1",
                    params![crate::model::time::rfc3339(&at)],
                    |row| row.get(0),
                )
                .unwrap();
            assert_eq!(again, stored);
        }
        assert!(parse_time(3, "17 January").is_err(), "not a time");
    }

    #[test]
    fn enums_are_stored_by_name_and_read_back() {
        for change in Change::ALL {
            assert_eq!(round_trip(change).unwrap(), *change);
        }
        for kind in EventKind::ALL {
            assert_eq!(round_trip(kind).unwrap(), *kind);
        }
        let db = db();
        let stored: String = db
            .query_row("SELECT ?1", params![EventKind::TextChanged], |row| {
                row.get(0)
            })
            .unwrap();
        assert_eq!(stored, "text-changed");
        let unknown = db.query_row("SELECT 'rewritten'", params![], |row| row.get::<Change>(0));
        let err = unknown.unwrap_err().to_string();
        assert!(err.contains("rewritten"), "{err}");
    }
}
