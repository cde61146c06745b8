//! The model's types as SQL values: each closed enum is stored as its one string spelling
//! (`modified`, `text-changed`), read back through the same names. Here, not in the model, so
//! the model knows nothing of rusqlite.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

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
