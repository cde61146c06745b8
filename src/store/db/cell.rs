//! Values crossing the store's boundary, either way: a [`Cell`] is one of SQLite's five storage
//! classes, borrowed; a [`Param`] is what can be bound as one, a [`FromCell`] what can be read
//! from one. The model's ids and enums are here too (their number, their one spelling), so the
//! model knows nothing of SQL.

use crate::model::{ArticleId, Change, CheckId, EventKind, RevisionId, StatementId};

/// One value: NULL, a 64-bit integer, a float, text or bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl Cell<'_> {
    /// What kind of value this is, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Cell::Null => "NULL",
            Cell::Int(_) => "an integer",
            Cell::Real(_) => "a real",
            Cell::Text(_) => "text",
            Cell::Blob(_) => "a blob",
        }
    }
}

/// A value that can be bound to a placeholder.
pub trait Param {
    fn cell(&self) -> Cell<'_>;
}

/// A value that can be read from a column; the error says why not.
pub trait FromCell: Sized {
    fn from_cell(cell: Cell<'_>) -> Result<Self, String>;
}

fn expected(what: &str, cell: Cell<'_>) -> String {
    format!("expected {what}, found {}", cell.kind())
}

impl<T: Param + ?Sized> Param for &T {
    fn cell(&self) -> Cell<'_> {
        (**self).cell()
    }
}

impl<T: Param> Param for Option<T> {
    fn cell(&self) -> Cell<'_> {
        match self {
            Some(value) => value.cell(),
            None => Cell::Null,
        }
    }
}

impl Param for Cell<'_> {
    fn cell(&self) -> Cell<'_> {
        *self
    }
}

impl Param for str {
    fn cell(&self) -> Cell<'_> {
        Cell::Text(self)
    }
}

impl Param for String {
    fn cell(&self) -> Cell<'_> {
        Cell::Text(self)
    }
}

impl Param for [u8] {
    fn cell(&self) -> Cell<'_> {
        Cell::Blob(self)
    }
}

impl Param for Vec<u8> {
    fn cell(&self) -> Cell<'_> {
        Cell::Blob(self)
    }
}

impl<const N: usize> Param for [u8; N] {
    fn cell(&self) -> Cell<'_> {
        Cell::Blob(self)
    }
}

impl Param for bool {
    fn cell(&self) -> Cell<'_> {
        Cell::Int(i64::from(*self))
    }
}

impl Param for f64 {
    fn cell(&self) -> Cell<'_> {
        Cell::Real(*self)
    }
}

/// Integers that always fit in SQLite's 64-bit INTEGER.
macro_rules! small_int {
    ($($ty:ty),+) => {$(
        impl Param for $ty {
            fn cell(&self) -> Cell<'_> {
                Cell::Int(i64::from(*self))
            }
        }
    )+};
}

small_int!(i8, i16, i32, i64, u8, u16, u32);

/// Integers that could exceed it: stored as is below 2^63 (every count and offset the desk has),
/// and a value past it would wrap, so it is saturated instead.
macro_rules! wide_int {
    ($($ty:ty),+) => {$(
        impl Param for $ty {
            fn cell(&self) -> Cell<'_> {
                Cell::Int(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )+};
}

wide_int!(u64, usize);

impl<T: FromCell> FromCell for Option<T> {
    fn from_cell(cell: Cell<'_>) -> Result<Self, String> {
        match cell {
            Cell::Null => Ok(None),
            other => T::from_cell(other).map(Some),
        }
    }
}

impl FromCell for i64 {
    fn from_cell(cell: Cell<'_>) -> Result<Self, String> {
        match cell {
            Cell::Int(value) => Ok(value),
            other => Err(expected("an integer", other)),
        }
    }
}

/// Narrower integers: the stored integer, if it fits.
macro_rules! narrow_int {
    ($($ty:ty),+) => {$(
        impl FromCell for $ty {
            fn from_cell(cell: Cell<'_>) -> Result<Self, String> {
                let value = i64::from_cell(cell)?;
                <$ty>::try_from(value)
                    .map_err(|_| format!("{value} is out of range for {}", stringify!($ty)))
            }
        }
    )+};
}

narrow_int!(i32, u32, u64, usize, u8, u16);

impl FromCell for bool {
    fn from_cell(cell: Cell<'_>) -> Result<Self, String> {
        Ok(i64::from_cell(cell)? != 0)
    }
}

impl FromCell for f64 {
    fn from_cell(cell: Cell<'_>) -> Result<Self, String> {
        match cell {
            Cell::Real(value) => Ok(value),
            Cell::Int(value) => Ok(value as f64),
            other => Err(expected("a number", other)),
        }
    }
}

impl FromCell for String {
    fn from_cell(cell: Cell<'_>) -> Result<Self, String> {
        match cell {
            Cell::Text(text) => Ok(text.to_string()),
            other => Err(expected("text", other)),
        }
    }
}

impl FromCell for Vec<u8> {
    fn from_cell(cell: Cell<'_>) -> Result<Self, String> {
        match cell {
            Cell::Blob(bytes) => Ok(bytes.to_vec()),
            // SQLite hands back text written into a BLOB column as text.
            Cell::Text(text) => Ok(text.as_bytes().to_vec()),
            other => Err(expected("bytes", other)),
        }
    }
}

/// A closed enum of the model, stored as its one spelling (`modified`, `text-changed`); an
/// unknown spelling read back is an error that names it (a database written by a newer factdesk
/// is refused on open, so this means a row written by another program).
macro_rules! named_text {
    ($($name:ty),+) => {$(
        impl Param for $name {
            fn cell(&self) -> Cell<'_> {
                Cell::Text(self.as_str())
            }
        }

        impl FromCell for $name {
            fn from_cell(cell: Cell<'_>) -> Result<Self, String> {
                match cell {
                    Cell::Text(text) => text.parse().map_err(|e| format!("{e}")),
                    other => Err(expected("text", other)),
                }
            }
        }
    )+};
}

named_text!(Change, EventKind);

/// An id of the model, stored as its number.
macro_rules! integer_id {
    ($($name:ident),+) => {$(
        impl Param for $name {
            fn cell(&self) -> Cell<'_> {
                Cell::Int(self.0)
            }
        }

        impl FromCell for $name {
            fn from_cell(cell: Cell<'_>) -> Result<Self, String> {
                i64::from_cell(cell).map($name)
            }
        }
    )+};
}

integer_id!(StatementId, ArticleId, RevisionId, CheckId);

/// An owned value of any kind (the hash chain reads whole rows as these).
impl FromCell for rusqlite::types::Value {
    fn from_cell(cell: Cell<'_>) -> Result<Self, String> {
        use rusqlite::types::Value;
        Ok(match cell {
            Cell::Null => Value::Null,
            Cell::Int(value) => Value::Integer(value),
            Cell::Real(value) => Value::Real(value),
            Cell::Text(text) => Value::Text(text.to_string()),
            Cell::Blob(bytes) => Value::Blob(bytes.to_vec()),
        })
    }
}

impl Param for rusqlite::types::Value {
    fn cell(&self) -> Cell<'_> {
        use rusqlite::types::Value;
        match self {
            Value::Null => Cell::Null,
            Value::Integer(value) => Cell::Int(*value),
            Value::Real(value) => Cell::Real(*value),
            Value::Text(text) => Cell::Text(text),
            Value::Blob(bytes) => Cell::Blob(bytes),
        }
    }
}
