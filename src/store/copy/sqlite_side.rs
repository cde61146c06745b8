//! The SQLite end of a copy: read through a read transaction, written in one IMMEDIATE one.

use std::path::{Path, PathBuf};

use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};

use super::{RowFeed, RowSink, Source, Table, Target, is_copied};
use crate::store::{Access, Result, Store};

pub(super) struct SqliteSide {
    conn: Connection,
    /// The file this copy created: removed again unless the copy commits.
    created: Option<PathBuf>,
    committed: bool,
}

impl SqliteSide {
    pub(super) fn source(path: &Path) -> Result<SqliteSide> {
        // Recognised (and migrated forward if older) like any database a command reads.
        let store = Store::open(path, Access::Read)?;
        let crate::store::db::Db::Sqlite(conn) = store.conn else {
            unreachable!("Store::open opens an SQLite file");
        };
        // One snapshot for the whole copy: writers carry on, the copy is of one moment.
        conn.execute_batch("BEGIN")?;
        Ok(SqliteSide {
            conn,
            created: None,
            committed: false,
        })
    }

    pub(super) fn target(path: &Path) -> Result<SqliteSide> {
        let existed = path.exists();
        // Created and migrated like `init` does; then written through a connection of its own,
        // without the store's chain triggers: the chain's rows are copied like any others.
        drop(Store::open(path, Access::Create)?);
        let conn = Connection::open(path)?;
        conn.busy_timeout(crate::store::BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.execute_batch("BEGIN IMMEDIATE")?;
        Ok(SqliteSide {
            conn,
            created: (!existed).then(|| path.to_path_buf()),
            committed: false,
        })
    }

    fn columns(&self, table: &str) -> Result<Vec<(String, i64)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid")?;
        let rows = stmt.query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Source for SqliteSide {
    fn tables(&mut self) -> Result<Vec<Table>> {
        let names: Vec<String> = {
            let mut stmt = self
                .conn
                .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        let mut tables = Vec::new();
        for name in names.into_iter().filter(|n| is_copied(n)) {
            let columns = self.columns(&name)?;
            let mut key: Vec<(i64, String)> = columns
                .iter()
                .filter(|(_, pk)| *pk > 0)
                .map(|(c, pk)| (*pk, c.clone()))
                .collect();
            key.sort();
            let columns: Vec<String> = columns.into_iter().map(|(c, _)| c).collect();
            // A table without a declared key is ordered by all of its columns.
            let key = if key.is_empty() {
                columns.clone()
            } else {
                key.into_iter().map(|(_, c)| c).collect()
            };
            let references: Vec<String> = {
                let mut stmt = self
                    .conn
                    .prepare("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?1)")?;
                stmt.query_map([&name], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?
            };
            tables.push(Table {
                name,
                columns,
                key,
                references,
            });
        }
        Ok(tables)
    }

    fn rows(&mut self, table: &Table, row: &mut RowSink<'_>) -> Result<()> {
        let sql = format!(
            "SELECT {} FROM \"{}\" ORDER BY {}",
            quoted(&table.columns),
            table.name,
            quoted(&table.key)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let width = table.columns.len();
        let mut rows = stmt.query([])?;
        let mut values = Vec::with_capacity(width);
        while let Some(r) = rows.next()? {
            values.clear();
            for i in 0..width {
                values.push(r.get::<_, Value>(i)?);
            }
            row(&values)?;
        }
        Ok(())
    }
}

impl Target for SqliteSide {
    fn has_table(&mut self, table: &Table) -> Result<bool> {
        let mut mine: Vec<String> = self
            .columns(&table.name)?
            .into_iter()
            .map(|c| c.0)
            .collect();
        let mut theirs = table.columns.clone();
        mine.sort();
        theirs.sort();
        Ok(mine == theirs)
    }

    fn rows_held(&mut self, tables: &[Table]) -> Result<u64> {
        let mut total = 0u64;
        for table in tables {
            let n: i64 = self.conn.query_row(
                &format!("SELECT count(*) FROM \"{}\"", table.name),
                [],
                |r| r.get(0),
            )?;
            total += n as u64;
        }
        Ok(total)
    }

    fn insert_all(&mut self, table: &Table, fill: &mut RowFeed<'_>) -> Result<()> {
        let marks = vec!["?"; table.columns.len()].join(", ");
        let sql = format!(
            "INSERT INTO \"{}\" ({}) VALUES ({marks})",
            table.name,
            quoted(&table.columns)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        fill(&mut |values| {
            stmt.execute(params_from_iter(values.iter()))?;
            Ok(())
        })
    }

    fn finish(&mut self, _tables: &[Table]) -> Result<()> {
        // Every overview is recomputed from the copied history (rowids continue by themselves).
        self.conn
            .execute_batch("INSERT OR IGNORE INTO overview_dirty SELECT id FROM articles")?;
        Ok(())
    }

    fn commit(&mut self) -> Result<()> {
        self.conn.execute_batch("COMMIT")?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for SqliteSide {
    fn drop(&mut self) {
        if !self.committed {
            let _ = self.conn.execute_batch("ROLLBACK");
            if let Some(path) = &self.created {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
        }
    }
}

fn quoted(columns: &[String]) -> String {
    columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
