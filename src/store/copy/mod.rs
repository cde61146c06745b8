//! Copying a whole desk between databases — SQLite to PostgreSQL and back — without loss: every
//! row of every table with its id, text and bytes as stored, then proved by counts and checksums.
//!
//! The tables are read from the source's schema in the order they were created (which is the
//! migrations' order, so a row's parents arrive before it) and must exist, with the same
//! columns, on the target: both schemas are twins, migration for migration. Derived tables (the
//! overview and the search index) are not copied: the target's triggers rebuild the search index
//! as the rows arrive and mark every overview for recomputation (the `migrate` command then
//! computes them, in a write of its own after the copy commits). The target must hold no desk
//! yet. The source is read in one read transaction, so a desk in use copies as of one moment;
//! the target is written in one transaction, read back inside it and compared, table by table,
//! with what was read: any difference and nothing is committed.

mod pg_side;
mod sqlite_side;

use std::path::PathBuf;

use rusqlite::types::Value;
use sha2::{Digest, Sha256};

use super::{Result, StoreError};

/// Where a desk is: a file, or a PostgreSQL database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Location {
    /// `postgres://…` or `postgresql://…` is PostgreSQL; anything else is a file path.
    pub fn parse(text: &str) -> Location {
        if super::postgres::is_url(text) {
            Location::Postgres(text.to_string())
        } else {
            Location::Sqlite(PathBuf::from(text))
        }
    }

    /// For messages: the path, or the URL without its password.
    pub fn describe(&self) -> String {
        match self {
            Location::Sqlite(path) => path.display().to_string(),
            Location::Postgres(url) => super::postgres::redacted(url),
        }
    }
}

/// One copied table: how many rows, and the SHA-256 of their content in key order, the same on
/// both sides.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TableCopy {
    pub table: String,
    pub rows: u64,
    pub checksum: String,
}

/// Tables whose rows are computed from the others (and `search_held`, which holds a row only
/// inside a write's transaction): rebuilt on the target, never copied.
const DERIVED: &[&str] = &[
    "article_overview",
    "overview_dirty",
    "search_text",
    "search_held",
];

/// Whether a table of the source is part of the desk to copy.
fn is_copied(table: &str) -> bool {
    !DERIVED.contains(&table)
        && !DERIVED.iter().any(|d| table.starts_with(&format!("{d}_")))
        && !table.starts_with("sqlite_")
        && table != "factdesk_schema"
}

/// A table's columns, in the source's order, and which of them form its key (in key order).
#[derive(Debug, Clone)]
pub(super) struct Table {
    name: String,
    columns: Vec<String>,
    key: Vec<String>,
    /// The tables its foreign keys point at: copied before it.
    references: Vec<String>,
}

/// Parents first: each table after every table it references (itself aside), otherwise in the
/// order the source created them. (Creation order alone is not enough: SQLite rebuilds a table
/// to change a constraint, which moves it after the tables that reference it.)
fn parents_first(mut pending: Vec<Table>) -> Result<Vec<Table>> {
    let mut ordered: Vec<Table> = Vec::with_capacity(pending.len());
    while !pending.is_empty() {
        let names: Vec<String> = pending.iter().map(|t| t.name.clone()).collect();
        let ready = pending.iter().position(|t| {
            t.references
                .iter()
                .all(|r| *r == t.name || !names.contains(r))
        });
        match ready {
            Some(index) => ordered.push(pending.remove(index)),
            None => {
                return Err(StoreError::Copy(format!(
                    "the tables {} reference each other in a cycle; nothing was copied",
                    names.join(", ")
                )));
            }
        }
    }
    Ok(ordered)
}

/// Receives one row's values, in the table's column order.
type RowSink<'a> = dyn FnMut(&[Value]) -> Result<()> + 'a;
/// Feeds every row of a table to the sink it is given.
type RowFeed<'a> = dyn FnMut(&mut RowSink<'_>) -> Result<()> + 'a;

/// Reading a desk, table by table.
trait Source {
    fn tables(&mut self) -> Result<Vec<Table>>;
    /// Calls `row` with each row's values, in `columns` order, sorted by `key` (bytewise).
    fn rows(&mut self, table: &Table, row: &mut RowSink<'_>) -> Result<()>;
}

/// Writing a desk: inside one transaction that [`Target::commit`] ends.
trait Target: Source {
    /// The tables of the target's schema, to match against the source's.
    fn has_table(&mut self, table: &Table) -> Result<bool>;
    /// How many rows the target holds in the tables to copy (it must be 0).
    fn rows_held(&mut self, tables: &[Table]) -> Result<u64>;
    fn insert_all(&mut self, table: &Table, fill: &mut RowFeed<'_>) -> Result<()>;
    /// After every table: what the database needs to continue from the copied ids.
    fn finish(&mut self, tables: &[Table]) -> Result<()>;
    fn commit(&mut self) -> Result<()>;
}

/// Copies the desk at `from` into the empty database at `to` and proves the copy; returns each
/// table's count and checksum, by table name (the two backends create tables in different
/// orders; the copy itself goes parents first).
pub fn copy_desk(from: &Location, to: &Location) -> Result<Vec<TableCopy>> {
    if from == to {
        return Err(StoreError::Copy(format!(
            "{} is both the source and the target: name two databases",
            from.describe()
        )));
    }
    let mut source = open_source(from)?;
    let mut target = open_target(to)?;
    let tables = parents_first(source.tables()?)?;
    for table in &tables {
        if !target.has_table(table)? {
            return Err(StoreError::Copy(format!(
                "{} has no table {} with the columns of {}'s ({}): the two schemas differ; nothing was copied",
                to.describe(),
                table.name,
                from.describe(),
                table.columns.join(", ")
            )));
        }
    }
    let held = target.rows_held(&tables)?;
    if held > 0 {
        return Err(StoreError::Copy(format!(
            "{} already holds a desk ({held} rows); copy into an empty database; nothing was copied",
            to.describe()
        )));
    }
    let mut copied = Vec::new();
    for table in &tables {
        let mut sum = Checksum::default();
        target.insert_all(table, &mut |insert| {
            source.rows(table, &mut |values| {
                sum.add(values);
                insert(values)
            })
        })?;
        copied.push(sum.finish(&table.name));
    }
    target.finish(&tables)?;
    // Read back inside the target's transaction: the copy is committed only when it is exact.
    for (table, expected) in tables.iter().zip(&copied) {
        let mut sum = Checksum::default();
        target.rows(table, &mut |values| {
            sum.add(values);
            Ok(())
        })?;
        let found = sum.finish(&table.name);
        if &found != expected {
            return Err(StoreError::Copy(format!(
                "the copy of {} differs from the source ({} rows, checksum {} instead of {} rows, {}); nothing was committed",
                table.name, found.rows, found.checksum, expected.rows, expected.checksum
            )));
        }
    }
    target.commit()?;
    copied.sort_by(|a, b| a.table.cmp(&b.table));
    Ok(copied)
}

fn open_source(at: &Location) -> Result<Box<dyn Source>> {
    Ok(match at {
        Location::Sqlite(path) => Box::new(sqlite_side::SqliteSide::source(path)?),
        Location::Postgres(url) => Box::new(pg_side::PgSide::source(url)?),
    })
}

fn open_target(at: &Location) -> Result<Box<dyn Target>> {
    Ok(match at {
        Location::Sqlite(path) => Box::new(sqlite_side::SqliteSide::target(path)?),
        Location::Postgres(url) => Box::new(pg_side::PgSide::target(url)?),
    })
}

/// SHA-256 over every value of every row, each with its type: the integer 1 and the text "1"
/// differ, and so do NULL and the empty text.
#[derive(Default)]
struct Checksum {
    hasher: Sha256,
    rows: u64,
}

impl Checksum {
    fn add(&mut self, values: &[Value]) {
        self.rows += 1;
        for value in values {
            match value {
                Value::Null => self.hasher.update([0]),
                Value::Integer(n) => {
                    self.hasher.update([1]);
                    self.hasher.update(n.to_be_bytes());
                }
                Value::Real(x) => {
                    self.hasher.update([2]);
                    self.hasher.update(x.to_bits().to_be_bytes());
                }
                Value::Text(text) => {
                    self.hasher.update([3]);
                    self.hasher.update((text.len() as u64).to_be_bytes());
                    self.hasher.update(text.as_bytes());
                }
                Value::Blob(bytes) => {
                    self.hasher.update([4]);
                    self.hasher.update((bytes.len() as u64).to_be_bytes());
                    self.hasher.update(bytes);
                }
            }
        }
    }

    fn finish(self, table: &str) -> TableCopy {
        TableCopy {
            table: table.to_string(),
            rows: self.rows,
            checksum: super::chain::hex(&self.hasher.finalize()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_tables_and_bookkeeping_are_not_copied() {
        for table in [
            "article_overview",
            "overview_dirty",
            "search_text",
            "search_text_data",
            "sqlite_sequence",
            "factdesk_schema",
        ] {
            assert!(!is_copied(table), "{table}");
        }
        for table in ["articles", "checks", "chain", "statement_versions"] {
            assert!(is_copied(table), "{table}");
        }
    }

    #[test]
    fn the_checksum_sees_types_and_order() {
        let sum = |rows: &[&[Value]]| {
            let mut c = Checksum::default();
            for row in rows {
                c.add(row);
            }
            c.finish("t").checksum
        };
        let one = || Value::Integer(1);
        let text_one = || Value::Text("1".into());
        assert_ne!(sum(&[&[one()]]), sum(&[&[text_one()]]));
        assert_ne!(
            sum(&[&[Value::Null]]),
            sum(&[&[Value::Text(String::new())]])
        );
        assert_ne!(
            sum(&[&[one()], &[text_one()]]),
            sum(&[&[text_one()], &[one()]])
        );
        assert_ne!(
            sum(&[&[Value::Text("ab".into()), Value::Text("c".into())]]),
            sum(&[&[Value::Text("a".into()), Value::Text("bc".into())]])
        );
    }
}
