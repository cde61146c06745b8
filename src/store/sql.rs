//! The model's types as SQL values: each closed enum is stored as its one string spelling
//! (`modified`, `text-changed`), read back through the same names. Here, not in the model, so
//! the model knows nothing of rusqlite.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::model::{Change, EventKind};

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

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn round_trip<T: ToSql + FromSql>(value: &T) -> rusqlite::Result<T> {
        let conn = Connection::open_in_memory()?;
        conn.query_row("SELECT ?1", [value], |row| row.get(0))
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
