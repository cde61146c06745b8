//! The Rust step of the migration that brings the chain (0006): what SQL alone cannot do,
//! because it needs SHA-256.

use super::{CHAINED, Noted};
use crate::store::db::{Db, params};
use crate::store::{Result, Store};

/// Moves each article's copy of its checklist into `checklists` (stored once, by hash) with the
/// choice recorded as made at ingest by whoever ingested it; drops the copies; then seals every
/// row already in the file into the chain, table by table, so history written before the
/// upgrade is covered from now on.
pub fn upgrade(store: &Store) -> Result<()> {
    let copies: Vec<(i64, String, String, String, String)> = {
        let mut stmt = store.conn.prepare(
            "SELECT id, checklist, checklist_yaml, created_at, created_by FROM articles ORDER BY id",
        )?;
        stmt.query_map(params![], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<crate::store::db::Result<_>>()?
    };
    for (article, name, yaml, at, by) in copies {
        let (hash, _) = store_checklist(&store.conn, &name, &yaml, &at, &by)?;
        store.conn.execute(
            "INSERT INTO article_checklists (article_id, checklist, chosen_by, chosen_at, note)
             VALUES (?1, ?2, ?3, ?4, 'as ingested')",
            params![article, hash, by, at],
        )?;
    }
    store
        .conn
        .execute_batch("ALTER TABLE articles DROP COLUMN checklist_yaml")?;

    let mut rows = Vec::new();
    for chained in CHAINED {
        let exists: bool = store.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
            params![chained.table],
            |r| r.get(0),
        )?;
        if !exists {
            continue; // a table a later migration creates starts empty
        }
        let mut stmt = store.conn.prepare(&format!(
            "SELECT {key} FROM {t} r ORDER BY {order}",
            t = chained.table,
            key = chained.key_columns("r"),
            order = chained.key.join(", "),
        ))?;
        let mut keys = stmt.query(params![])?;
        while let Some(row) = keys.next()? {
            // A key factdesk never writes (a blob, a real) stays unchained: verify names it.
            if let Ok(key) = chained.key_text(&row)? {
                rows.push(Noted::from_key_text(chained.table, key));
            }
        }
    }
    store.seal(&rows)
}

/// Stores a checklist's text once, named by its SHA-256; returns the name, and whether the text
/// is new (stored now). Used by the upgrade and, inside a write transaction, by
/// [`crate::store::Tx::choose_checklist`].
pub(in crate::store) fn store_checklist(
    conn: &Db,
    name: &str,
    yaml: &str,
    at: &str,
    by: &str,
) -> Result<(String, bool)> {
    let hash = super::text_hash(yaml);
    let inserted = conn
        .prepare_cached(
            "INSERT INTO checklists (hash, name, yaml, stored_at, stored_by)
         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (hash) DO NOTHING",
        )?
        .execute(params![hash, name, yaml, at, by])?;
    Ok((hash, inserted == 1))
}
