//! PostgreSQL's side of the neutral layer: SQLite's placeholders translated, each parameter
//! encoded as the type the server inferred for it, each column read into the cell it stands for.

use std::collections::HashMap;
use std::error::Error;

use ::postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use bytes::BytesMut;

use super::{Cell, DbError, Param, Result};

/// A PostgreSQL connection with its prepared statements, by the SQL they were written as.
pub struct PgConn {
    pub client: ::postgres::Client,
    prepared: HashMap<String, ::postgres::Statement>,
    /// Set when the server aborted the transaction to resolve a conflict between writers
    /// (serialization failure, deadlock): the whole transaction may be run again.
    pub(super) retryable: bool,
}

impl PgConn {
    pub fn new(client: ::postgres::Client) -> PgConn {
        PgConn {
            client,
            prepared: HashMap::new(),
            retryable: false,
        }
    }

    /// Notes whether `err` is a conflict the transaction can be retried for.
    pub(super) fn noted(&mut self, err: ::postgres::Error) -> DbError {
        if err
            .code()
            .is_some_and(|code| crate::store::retry::is_retryable_sqlstate(code.code()))
        {
            self.retryable = true;
        }
        DbError::Postgres(err)
    }

    /// Prepares `sql` (written for SQLite) once per connection.
    pub(super) fn prepare(&mut self, sql: &str) -> Result<::postgres::Statement> {
        if let Some(stmt) = self.prepared.get(sql) {
            return Ok(stmt.clone());
        }
        let stmt = self
            .client
            .prepare(&translate(sql))
            .map_err(|e| self.noted(e))?;
        self.prepared.insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }
}

/// Runs a prepared statement; its rows, whole.
pub(super) fn query(
    conn: &mut PgConn,
    stmt: &::postgres::Statement,
    params: &[&dyn Param],
) -> Result<Vec<::postgres::Row>> {
    let cells: Vec<Cell<'_>> = params.iter().map(|p| p.cell()).collect();
    let refs: Vec<&(dyn ToSql + Sync)> = cells.iter().map(|c| c as &(dyn ToSql + Sync)).collect();
    conn.client.query(stmt, &refs).map_err(|e| conn.noted(e))
}

/// Runs a prepared statement that returns no rows; how many it changed.
pub(super) fn execute(
    conn: &mut PgConn,
    stmt: &::postgres::Statement,
    params: &[&dyn Param],
) -> Result<u64> {
    let cells: Vec<Cell<'_>> = params.iter().map(|p| p.cell()).collect();
    let refs: Vec<&(dyn ToSql + Sync)> = cells.iter().map(|c| c as &(dyn ToSql + Sync)).collect();
    conn.client.execute(stmt, &refs).map_err(|e| conn.noted(e))
}

/// SQL written for SQLite, as PostgreSQL reads it: `?N` becomes `$N` (a bare `?` the next
/// number), and `x IS ?N` / `x IS NOT ?N` — SQLite's null-safe comparison — become `x IS NOT
/// DISTINCT FROM $N` / `x IS DISTINCT FROM $N`. Quoted text, quoted names and comments are
/// copied untouched.
pub fn translate(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut chars = sql.chars().peekable();
    let mut bare = 0;
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                for q in chars.by_ref() {
                    out.push(q);
                    if q == c {
                        break; // a doubled quote reopens at once: the next round copies it
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                out.push(c);
                for q in chars.by_ref() {
                    out.push(q);
                    if q == '\n' {
                        break;
                    }
                }
            }
            '?' => {
                let mut number = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    number.push(*d);
                    chars.next();
                }
                if number.is_empty() {
                    bare += 1;
                    number = bare.to_string();
                }
                null_safe(&mut out);
                out.push('$');
                out.push_str(&number);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Rewrites a trailing `IS ` or `IS NOT ` (before a placeholder) into PostgreSQL's null-safe
/// comparison.
fn null_safe(out: &mut String) {
    let trimmed = out.trim_end();
    let upper = trimmed.to_ascii_uppercase();
    let word_before = |len: usize| {
        trimmed.len() == len
            || !trimmed.as_bytes()[trimmed.len() - len - 1].is_ascii_alphanumeric()
                && trimmed.as_bytes()[trimmed.len() - len - 1] != b'_'
    };
    if upper.ends_with("IS NOT") && word_before(6) {
        out.truncate(trimmed.len() - 6);
        out.push_str("IS DISTINCT FROM ");
    } else if upper.ends_with("IS") && word_before(2) {
        out.truncate(trimmed.len() - 2);
        out.push_str("IS NOT DISTINCT FROM ");
    }
}

/// A cell bound as a parameter of whatever type the server inferred for its placeholder.
impl ToSql for Cell<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn Error + Sync + Send>> {
        match *self {
            Cell::Null => Ok(IsNull::Yes),
            Cell::Int(value) => match *ty {
                Type::INT8 => value.to_sql(ty, out),
                Type::INT4 => i32::try_from(value)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(value)?.to_sql(ty, out),
                Type::BOOL => (value != 0).to_sql(ty, out),
                Type::FLOAT8 => (value as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
                    value.to_string().to_sql(&Type::TEXT, out)
                }
                _ => Err(format!("an integer cannot be bound as {ty}").into()),
            },
            Cell::Real(value) => match *ty {
                Type::FLOAT8 => value.to_sql(ty, out),
                Type::FLOAT4 => (value as f32).to_sql(ty, out),
                _ => Err(format!("a real cannot be bound as {ty}").into()),
            },
            Cell::Text(text) => match *ty {
                Type::BYTEA => text.as_bytes().to_sql(ty, out),
                Type::JSON | Type::JSONB => Err(format!("text cannot be bound as {ty}").into()),
                _ => text.to_sql(&Type::TEXT, out),
            },
            Cell::Blob(bytes) => match *ty {
                Type::BYTEA => bytes.to_sql(ty, out),
                _ => Err(format!("bytes cannot be bound as {ty}").into()),
            },
        }
    }

    fn accepts(ty: &Type) -> bool {
        matches!(
            *ty,
            Type::INT8
                | Type::INT4
                | Type::INT2
                | Type::BOOL
                | Type::FLOAT8
                | Type::FLOAT4
                | Type::TEXT
                | Type::VARCHAR
                | Type::BPCHAR
                | Type::NAME
                | Type::UNKNOWN
                | Type::BYTEA
        )
    }

    to_sql_checked!();
}

/// Column `index` of a row as a cell: integers of every width and booleans as integers (what
/// SQLite has), text types as text, `BYTEA` as bytes.
pub(super) fn cell(row: &::postgres::Row, index: usize) -> Result<Cell<'_>> {
    let Some(column) = row.columns().get(index) else {
        return Err(DbError::conversion(index, "no such column"));
    };
    let ty = column.type_();
    Ok(match *ty {
        Type::INT8 => row.try_get::<_, Option<i64>>(index)?.map(Cell::Int),
        Type::INT4 => row
            .try_get::<_, Option<i32>>(index)?
            .map(|v| Cell::Int(v.into())),
        Type::INT2 => row
            .try_get::<_, Option<i16>>(index)?
            .map(|v| Cell::Int(v.into())),
        Type::BOOL => row
            .try_get::<_, Option<bool>>(index)?
            .map(|v| Cell::Int(v.into())),
        Type::FLOAT8 => row.try_get::<_, Option<f64>>(index)?.map(Cell::Real),
        Type::FLOAT4 => row
            .try_get::<_, Option<f32>>(index)?
            .map(|v| Cell::Real(v.into())),
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
            row.try_get::<_, Option<&str>>(index)?.map(Cell::Text)
        }
        Type::BYTEA => row.try_get::<_, Option<&[u8]>>(index)?.map(Cell::Blob),
        _ => {
            return Err(DbError::conversion(
                index,
                format!(
                    "{} is of type {ty}, which the store does not read (cast it in the SQL)",
                    column.name()
                ),
            ));
        }
    }
    .unwrap_or(Cell::Null))
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn placeholders_become_numbered_dollars() {
        assert_eq!(
            translate("SELECT a FROM t WHERE b = ?1 AND c = ?12"),
            "SELECT a FROM t WHERE b = $1 AND c = $12"
        );
        assert_eq!(translate("VALUES (?, ?)"), "VALUES ($1, $2)");
    }

    #[test]
    fn quoted_text_names_and_comments_are_untouched() {
        assert_eq!(
            translate("SELECT '?1', \"a?\" -- why?\n FROM t WHERE x = 'it''s ?' AND y = ?1"),
            "SELECT '?1', \"a?\" -- why?\n FROM t WHERE x = 'it''s ?' AND y = $1"
        );
    }

    #[test]
    fn sqlite_null_safe_comparisons_become_distinct_from() {
        assert_eq!(
            translate("WHERE article_id IS ?1 AND b IS NOT ?2"),
            "WHERE article_id IS NOT DISTINCT FROM $1 AND b IS DISTINCT FROM $2"
        );
        assert_eq!(
            translate("WHERE x IS NULL AND this = ?1"),
            "WHERE x IS NULL AND this = $1"
        );
        assert_eq!(translate("WHERE axis = ?1"), "WHERE axis = $1");
    }
}
