//! SQLite's side of the neutral layer: binding cells without copying, reading them back.

use rusqlite::types::{ToSql, ToSqlOutput, ValueRef};

use super::{Cell, DbError, Param, Result};

/// A parameter as rusqlite binds it: borrowed, never copied.
pub(super) struct Bound<'p>(&'p dyn Param);

impl ToSql for Bound<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self.0.cell() {
            Cell::Null => ValueRef::Null,
            Cell::Int(value) => ValueRef::Integer(value),
            Cell::Real(value) => ValueRef::Real(value),
            Cell::Text(text) => ValueRef::Text(text.as_bytes()),
            Cell::Blob(bytes) => ValueRef::Blob(bytes),
        }))
    }
}

/// The parameters in rusqlite's form.
pub(super) fn bind<'p>(
    params: &'p [&'p dyn Param],
) -> rusqlite::ParamsFromIter<impl Iterator<Item = Bound<'p>>> {
    rusqlite::params_from_iter(params.iter().map(|p| Bound(*p)))
}

/// Column `index` of a row as a cell. Text that is not UTF-8 (another program's row) is an
/// error, not a lossy string.
pub(super) fn cell<'r>(row: &'r rusqlite::Row<'_>, index: usize) -> Result<Cell<'r>> {
    Ok(match row.get_ref(index)? {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(value) => Cell::Int(value),
        ValueRef::Real(value) => Cell::Real(value),
        ValueRef::Text(bytes) => {
            Cell::Text(std::str::from_utf8(bytes).map_err(|e| DbError::conversion(index, e))?)
        }
        ValueRef::Blob(bytes) => Cell::Blob(bytes),
    })
}
