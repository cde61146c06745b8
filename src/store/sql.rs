//! The model's types as SQL values: each closed enum is stored as its one string spelling
//! (`modified`, `text-changed`), read back through the same names. Here, not in the model, so
//! the model knows nothing of rusqlite.

use chrono::{DateTime, Utc};
use rusqlite::Error::FromSqlConversionFailure;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, Type, ValueRef};

use crate::model::{ArticleId, Change, CheckId, EventKind, RevisionId, StatementId};

/// `ToSql` and `FromSql` for a `named_enum!` type: its name as TEXT; an unknown name read back
/// is an error that names it (a database written by a newer factdesk is refused on open, so
/// this means a row written by another program).
macro_rules! named_text {
    ($($name:ty),+) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value
                    .as_str()?
                    .parse()
                    .map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }
    )+};
}

named_text!(Change, EventKind);

/// `ToSql` and `FromSql` for an id type: its number as INTEGER.
macro_rules! integer_id {
    ($($name:ident),+) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value.as_i64().map($name)
            }
        }
    )+};
}

integer_id!(StatementId, ArticleId, RevisionId, CheckId);

/// Reads a stored time (RFC 3339 to the second with a `Z`, as `model::time::rfc3339` writes it:
/// the text the hash chain hashes) back into the model's type; `index` names the column.
pub fn parse_time(index: usize, text: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.to_utc())
        .map_err(|e| FromSqlConversionFailure(index, Type::Text, Box::new(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn round_trip<T: ToSql + FromSql>(value: &T) -> rusqlite::Result<T> {
        let conn = Connection::open_in_memory()?;
        conn.query_row("SELECT ?1", [value], |row| row.get(0))
    }

    #[test]
    fn ids_are_stored_as_integers_and_read_back() {
        let conn = Connection::open_in_memory().unwrap();
        let (id, kind): (StatementId, String) = conn
            .query_row("SELECT ?1, typeof(?1)", [StatementId(221)], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .unwrap();
        assert_eq!((id, kind.as_str()), (StatementId(221), "integer"));
        assert_eq!(round_trip(&ArticleId(3)).unwrap(), ArticleId(3));
        assert_eq!(round_trip(&RevisionId(4)).unwrap(), RevisionId(4));
        assert_eq!(round_trip(&CheckId(5)).unwrap(), CheckId(5));
        let text = conn.query_row("SELECT 'x'", [], |row| row.get::<_, CheckId>(0));
        assert!(text.is_err(), "a text is no id");
    }

    #[test]
    fn a_stored_time_reads_back_as_the_same_text() {
        let conn = Connection::open_in_memory().unwrap();
        for stored in ["2026-01-17T12:00:00Z", "1999-12-31T23:59:59Z"] {
            let text: String = conn
                .query_row("SELECT ?1", [stored], |row| row.get(0))
                .unwrap();
            let at = parse_time(0, &text).unwrap();
            let again: String = conn
                .query_row("SELECT ?1", [crate::model::time::rfc3339(&at)], |row| {
                    row.get(0)
                })
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
        let conn = Connection::open_in_memory().unwrap();
        let stored: String = conn
            .query_row("SELECT ?1", [EventKind::TextChanged], |row| row.get(0))
            .unwrap();
        assert_eq!(stored, "text-changed");
        let unknown = conn.query_row("SELECT 'rewritten'", [], |row| row.get::<_, Change>(0));
        let err = unknown.unwrap_err().to_string();
        assert!(err.contains("rewritten"), "{err}");
    }
}
