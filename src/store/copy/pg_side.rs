//! The PostgreSQL end of a copy: read in one REPEATABLE READ transaction, written with binary
//! COPY in one transaction, identity sequences moved past the copied ids before it commits.

use std::collections::HashMap;

use ::postgres::binary_copy::BinaryCopyInWriter;
use ::postgres::fallible_iterator::FallibleIterator;
use ::postgres::types::{ToSql, Type};
use rusqlite::types::Value;

use super::{RowFeed, RowSink, Source, Table, Target, is_copied};
use crate::store::postgres::PgStore;
use crate::store::{Result, StoreError};

pub(super) struct PgSide {
    store: PgStore,
    /// Each table's columns with their types, as this database declares them.
    types: HashMap<String, Vec<(String, Type)>>,
    committed: bool,
}

impl PgSide {
    pub(super) fn source(url: &str) -> Result<PgSide> {
        let mut store = PgStore::connect(url, false)?;
        store
            .client
            .batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
        Ok(PgSide {
            store,
            types: HashMap::new(),
            committed: false,
        })
    }

    pub(super) fn target(url: &str) -> Result<PgSide> {
        let mut store = PgStore::connect(url, true)?;
        store.client.batch_execute("BEGIN")?;
        Ok(PgSide {
            store,
            types: HashMap::new(),
            committed: false,
        })
    }

    /// The table's stored (not generated) columns and their types, in declaration order.
    fn columns(&mut self, table: &str) -> Result<Vec<(String, Type)>> {
        if let Some(found) = self.types.get(table) {
            return Ok(found.clone());
        }
        let rows = self.store.client.query(
            "SELECT a.attname::text, a.atttypid
             FROM pg_attribute a
             WHERE a.attrelid = (quote_ident($1))::regclass AND a.attnum > 0
               AND NOT a.attisdropped AND a.attgenerated = ''
             ORDER BY a.attnum",
            &[&table],
        )?;
        let mut columns = Vec::new();
        for row in rows {
            let name: String = row.get(0);
            let oid: u32 = row.get(1);
            let ty = Type::from_oid(oid).ok_or_else(|| {
                StoreError::Copy(format!(
                    "{table}.{name} has a type factdesk does not copy (oid {oid})"
                ))
            })?;
            columns.push((name, ty));
        }
        self.types.insert(table.to_string(), columns.clone());
        Ok(columns)
    }

    fn exists(&mut self, table: &str) -> Result<bool> {
        Ok(self
            .store
            .client
            .query_one("SELECT to_regclass(quote_ident($1)) IS NOT NULL", &[&table])?
            .get(0))
    }
}

impl Source for PgSide {
    fn tables(&mut self) -> Result<Vec<Table>> {
        let names: Vec<String> = self
            .store
            .client
            .query(
                "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind = 'r' AND n.nspname = current_schema() ORDER BY c.oid",
                &[],
            )?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut tables = Vec::new();
        for name in names.into_iter().filter(|n| is_copied(n)) {
            let columns: Vec<String> = self.columns(&name)?.into_iter().map(|c| c.0).collect();
            let key: Vec<String> = self
                .store
                .client
                .query(
                    "SELECT a.attname::text FROM pg_index i
                     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                     WHERE i.indrelid = (quote_ident($1))::regclass AND i.indisprimary
                     ORDER BY array_position(i.indkey::int2[], a.attnum)",
                    &[&name],
                )?
                .iter()
                .map(|r| r.get(0))
                .collect();
            let key = if key.is_empty() { columns.clone() } else { key };
            let references: Vec<String> = self
                .store
                .client
                .query(
                    "SELECT DISTINCT c.relname::text FROM pg_constraint k
                     JOIN pg_class c ON c.oid = k.confrelid
                     WHERE k.contype = 'f' AND k.conrelid = (quote_ident($1))::regclass",
                    &[&name],
                )?
                .iter()
                .map(|r| r.get(0))
                .collect();
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
        let types: HashMap<String, Type> = self.columns(&table.name)?.into_iter().collect();
        // Text keys sort bytewise ("C"), as SQLite's BINARY collation does, whatever the locale.
        let order: Vec<String> = table
            .key
            .iter()
            .map(|k| match types.get(k) {
                Some(t) if *t == Type::TEXT || *t == Type::VARCHAR => {
                    format!("\"{k}\" COLLATE \"C\"")
                }
                _ => format!("\"{k}\""),
            })
            .collect();
        let sql = format!(
            "SELECT {} FROM \"{}\" ORDER BY {}",
            quoted(&table.columns),
            table.name,
            order.join(", ")
        );
        let mut rows = self
            .store
            .client
            .query_raw(&sql, std::iter::empty::<i32>())?;
        let mut values = Vec::with_capacity(table.columns.len());
        while let Some(r) = rows.next()? {
            values.clear();
            for (i, column) in r.columns().iter().enumerate() {
                values.push(read_value(&r, i, column.type_(), &table.name)?);
            }
            row(&values)?;
        }
        Ok(())
    }
}

impl Target for PgSide {
    fn has_table(&mut self, table: &Table) -> Result<bool> {
        if !self.exists(&table.name)? {
            return Ok(false);
        }
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
            let n: i64 = self
                .store
                .client
                .query_one(&format!("SELECT count(*) FROM \"{}\"", table.name), &[])?
                .get(0);
            total += n as u64;
        }
        Ok(total)
    }

    fn insert_all(&mut self, table: &Table, fill: &mut RowFeed<'_>) -> Result<()> {
        let declared: HashMap<String, Type> = self.columns(&table.name)?.into_iter().collect();
        let types: Vec<Type> = table.columns.iter().map(|c| declared[c].clone()).collect();
        let sql = format!(
            "COPY \"{}\" ({}) FROM STDIN (FORMAT binary)",
            table.name,
            quoted(&table.columns)
        );
        let writer = self.store.client.copy_in(&sql)?;
        let mut writer = BinaryCopyInWriter::new(writer, &types);
        let name = &table.name;
        fill(&mut |values| {
            let params: Vec<Box<dyn ToSql + Sync>> = values
                .iter()
                .zip(&types)
                .zip(&table.columns)
                .map(|((value, ty), column)| to_pg(value, ty, name, column))
                .collect::<Result<_>>()?;
            let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p.as_ref()).collect();
            writer.write(&refs)?;
            Ok(())
        })?;
        writer.finish()?;
        Ok(())
    }

    fn finish(&mut self, tables: &[Table]) -> Result<()> {
        // Identity columns continue after the copied ids, as SQLite's rowids do.
        let identities: Vec<(String, String)> = self
            .store
            .client
            .query(
                "SELECT c.relname::text, a.attname::text FROM pg_attribute a
                 JOIN pg_class c ON c.oid = a.attrelid
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE a.attidentity <> '' AND n.nspname = current_schema()",
                &[],
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        for (table, column) in identities {
            if !tables.iter().any(|t| t.name == table) {
                continue;
            }
            self.store.client.execute(
                &format!(
                    "SELECT setval(pg_get_serial_sequence(quote_ident($1), $2),
                                   coalesce((SELECT max(\"{column}\") FROM \"{table}\"), 0) + 1, false)"
                ),
                &[&table, &column],
            )?;
        }
        self.store.client.batch_execute(
            "INSERT INTO overview_dirty SELECT id FROM articles ON CONFLICT DO NOTHING",
        )?;
        Ok(())
    }

    fn commit(&mut self) -> Result<()> {
        self.store.client.batch_execute("COMMIT")?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for PgSide {
    fn drop(&mut self) {
        if !self.committed {
            let _ = self.store.client.batch_execute("ROLLBACK");
        }
    }
}

fn read_value(row: &::postgres::Row, i: usize, ty: &Type, table: &str) -> Result<Value> {
    let value = match *ty {
        Type::INT8 => row.get::<_, Option<i64>>(i).map(Value::Integer),
        Type::INT4 => row
            .get::<_, Option<i32>>(i)
            .map(|n| Value::Integer(n.into())),
        Type::INT2 => row
            .get::<_, Option<i16>>(i)
            .map(|n| Value::Integer(n.into())),
        Type::BOOL => row
            .get::<_, Option<bool>>(i)
            .map(|b| Value::Integer(b.into())),
        Type::FLOAT8 => row.get::<_, Option<f64>>(i).map(Value::Real),
        Type::TEXT | Type::VARCHAR => row.get::<_, Option<String>>(i).map(Value::Text),
        Type::BYTEA => row.get::<_, Option<Vec<u8>>>(i).map(Value::Blob),
        _ => {
            return Err(StoreError::Copy(format!(
                "{table} has a column of type {ty}, which factdesk does not copy"
            )));
        }
    };
    Ok(value.unwrap_or(Value::Null))
}

/// A value as the target column's type takes it; a value of another type is refused by name
/// (SQLite lets any column hold any type; factdesk never stores one that does not fit).
fn to_pg(value: &Value, ty: &Type, table: &str, column: &str) -> Result<Box<dyn ToSql + Sync>> {
    let misfit = || {
        StoreError::Copy(format!(
            "{table}.{column} holds {value:?}, which does not fit its PostgreSQL type {ty}; nothing was copied"
        ))
    };
    Ok(match (ty, value) {
        (&Type::INT8, Value::Integer(n)) => Box::new(*n),
        (&Type::INT8, Value::Null) => Box::new(None::<i64>),
        (&Type::INT4, Value::Integer(n)) => Box::new(i32::try_from(*n).map_err(|_| misfit())?),
        (&Type::INT4, Value::Null) => Box::new(None::<i32>),
        (&Type::BOOL, Value::Integer(n)) => Box::new(*n != 0),
        (&Type::BOOL, Value::Null) => Box::new(None::<bool>),
        (&Type::FLOAT8, Value::Real(x)) => Box::new(*x),
        (&Type::FLOAT8, Value::Null) => Box::new(None::<f64>),
        (&Type::TEXT | &Type::VARCHAR, Value::Text(s)) => Box::new(s.clone()),
        (&Type::TEXT | &Type::VARCHAR, Value::Null) => Box::new(None::<String>),
        (&Type::BYTEA, Value::Blob(b)) => Box::new(b.clone()),
        (&Type::BYTEA, Value::Null) => Box::new(None::<Vec<u8>>),
        _ => return Err(misfit()),
    })
}

fn quoted(columns: &[String]) -> String {
    columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
