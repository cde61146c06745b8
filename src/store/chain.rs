//! The hash chain that makes history tamper-evident (issue 11).
//!
//! Every row of an append-only table gets one entry in the `chain` table, in the order rows were
//! written: `link = SHA-256(previous link of the same chain ‖ table ‖ key ‖ SHA-256(row))`. There
//! is one chain per article (its revisions, statements, checks, ...) and one for the desk
//! (reviewers, sources, checklists). The store appends the entries itself, at the end of every
//! write transaction ([`Store::seal`], from [`super::Tx::commit`]), for the rows that
//! transaction inserted: each insert method of the `Tx` notes its row's key ([`Noted`]), so
//! sealing needs no connection-level triggers (which PostgreSQL does not have) and works alike on
//! any backend. A row written by another client (`sqlite3`) therefore has no entry, a changed
//! row no longer matches its link, a deleted row leaves its entry orphaned: `factdesk verify` and
//! the gate see each of them.
//!
//! What it cannot do: anyone who can write the file can recompute every link (there is no
//! secret). The chain makes tampering visible against a head published earlier (every report
//! prints its article's head), not impossible. See docs/security.md.
//!
//! A table joins the chain with one line in [`CHAINED`]; its insert method on the `Tx` notes each
//! row it inserted (`self.note(table, key)`, after `RETURNING id` or once the row is known to be
//! new); its migration gives it the two `{table}_append_only_u` / `_d` triggers that `verify`
//! expects. A forgotten note shows at once: the row is unchained, and the gate holds.

mod key_text;
mod upgrade;
mod verify;

use std::collections::HashMap;

use rusqlite::types::Value;
use sha2::{Digest, Sha256};

use super::db::{Cell, Dialect, Param, params};
use super::tx::lock_keys;
use super::{Result, Store};
use key_text::NotAKey;

pub(super) use upgrade::{store_checklist, upgrade};
pub use verify::{Break, ChainReport};

/// One chained table: its name, its key columns, which article a row belongs to (SQL over the
/// row `{r}`; `NULL` for the desk's chain), the rows of article `?1` (a WHERE clause over `{r}`
/// that the indexes answer), and the columns left out of the hash because the model lets them
/// change (a reviewer's `active`, whose every change is an event).
pub struct Chained {
    pub table: &'static str,
    pub key: &'static [&'static str],
    pub article: &'static str,
    pub rows_of_article: &'static str,
    pub mutable: &'static [&'static str],
}

const fn chained(
    table: &'static str,
    key: &'static [&'static str],
    article: &'static str,
    rows_of_article: &'static str,
) -> Chained {
    Chained {
        table,
        key,
        article,
        rows_of_article,
        mutable: &[],
    }
}

const BY_REVISION: &str = "(SELECT article_id FROM revisions WHERE id = {r}.revision_id)";
const REVISIONS_OF: &str = "{r}.revision_id IN (SELECT id FROM revisions WHERE article_id = ?1)";
const BY_STATEMENT: &str = "(SELECT article_id FROM statements WHERE id = {r}.statement_id)";
const STATEMENTS_OF: &str = "{r}.statement_id IN (SELECT id FROM statements WHERE article_id = ?1)";
const BY_CHECK: &str = "(SELECT s.article_id FROM checks c JOIN statements s ON s.id = c.statement_id WHERE c.id = {r}.check_id)";
const CHECKS_OF: &str = "{r}.check_id IN (SELECT c.id FROM statements s JOIN checks c ON c.statement_id = s.id WHERE s.article_id = ?1)";
const BY_QUERY: &str = "(SELECT s.article_id FROM queries q JOIN statements s ON s.id = q.statement_id WHERE q.id = {r}.query_id)";
const QUERIES_OF: &str = "{r}.query_id IN (SELECT q.id FROM statements s JOIN queries q ON q.statement_id = s.id WHERE s.article_id = ?1)";
const DESK: &str = "NULL";

/// Every chained table. A new append-only table joins with one line here.
pub const CHAINED: &[Chained] = &[
    Chained {
        mutable: &["active"],
        ..chained("reviewers", &["handle"], DESK, "1 = 1")
    },
    chained("sources", &["id"], DESK, "1 = 1"),
    chained("confidential_sources", &["source_id"], DESK, "1 = 1"),
    chained("confidential_identities", &["source_id"], DESK, "1 = 1"),
    chained("confidential_attestations", &["source_id"], DESK, "1 = 1"),
    chained("checklists", &["hash"], DESK, "1 = 1"),
    chained("articles", &["id"], "{r}.id", "{r}.id = ?1"),
    chained(
        "article_checklists",
        &["id"],
        "{r}.article_id",
        "{r}.article_id = ?1",
    ),
    chained(
        "revisions",
        &["id"],
        "{r}.article_id",
        "{r}.article_id = ?1",
    ),
    chained(
        "statements",
        &["id"],
        "{r}.article_id",
        "{r}.article_id = ?1",
    ),
    chained(
        "statement_versions",
        &["revision_id", "statement_id"],
        BY_REVISION,
        REVISIONS_OF,
    ),
    chained(
        "revision_parts",
        &["revision_id", "ordinal"],
        BY_REVISION,
        REVISIONS_OF,
    ),
    chained("findings", &["id"], BY_REVISION, REVISIONS_OF),
    chained("element_confirmations", &["id"], BY_REVISION, REVISIONS_OF),
    chained(
        "finding_dismissals",
        &["id"],
        "{r}.article_id",
        "{r}.article_id = ?1",
    ),
    chained("assignments", &["id"], BY_STATEMENT, STATEMENTS_OF),
    chained("checks", &["id"], BY_STATEMENT, STATEMENTS_OF),
    chained(
        "check_sources",
        &["check_id", "ordinal"],
        BY_CHECK,
        CHECKS_OF,
    ),
    chained("check_items", &["check_id", "item"], BY_CHECK, CHECKS_OF),
    chained(
        "check_exceptions",
        &["check_id", "ordinal"],
        BY_CHECK,
        CHECKS_OF,
    ),
    chained(
        "article_writers",
        &["id"],
        "{r}.article_id",
        "{r}.article_id = ?1",
    ),
    chained("queries", &["id"], BY_STATEMENT, STATEMENTS_OF),
    chained("query_replies", &["id"], BY_QUERY, QUERIES_OF),
    chained("rulings", &["id"], BY_STATEMENT, STATEMENTS_OF),
    chained(
        "publications",
        &["id"],
        "{r}.article_id",
        "{r}.article_id = ?1",
    ),
    chained("corrections", &["id"], BY_STATEMENT, STATEMENTS_OF),
    chained(
        "events",
        &["id"],
        "COALESCE((SELECT article_id FROM statements WHERE id = {r}.statement_id), (SELECT article_id FROM revisions WHERE id = {r}.revision_id))",
        "({r}.statement_id IN (SELECT id FROM statements WHERE article_id = ?1) OR ({r}.statement_id IS NULL AND {r}.revision_id IN (SELECT id FROM revisions WHERE article_id = ?1)))",
    ),
];

/// The link before the first of a chain.
const GENESIS: [u8; 32] = [0; 32];

impl Chained {
    /// `r.k1, r.k2`: the key columns, to be read by [`Chained::key_text`].
    fn key_columns(&self, row: &str) -> String {
        let columns: Vec<String> = self.key.iter().map(|k| format!("{row}.{k}")).collect();
        columns.join(", ")
    }

    /// The key as stored in `chain.row_key`, from the key columns' values at the start of a
    /// result row (selected by [`Chained::key_columns`]): spelled in Rust, not by the database,
    /// so that every backend finds the links SQLite's `json_array` spelled.
    fn key_text(
        &self,
        row: &crate::store::db::Row<'_>,
    ) -> Result<std::result::Result<String, NotAKey>> {
        let values = (0..self.key.len())
            .map(|i| row.get::<Value>(i))
            .collect::<crate::store::db::Result<Vec<_>>>()?;
        Ok(key_text::json_array(&values))
    }

    fn article_sql(&self, row: &str) -> String {
        self.article.replace("{r}", row)
    }

    /// `SELECT columns, article FROM table r WHERE k1 = ?1 AND ...`: one row by its key, with
    /// the article it belongs to last.
    fn seal_sql(&self, columns: &[String]) -> String {
        let select = self.select_sql(columns);
        let (head, filter) = select
            .split_once(&format!(" FROM {} WHERE ", self.table))
            .expect("select_sql's shape");
        format!(
            "{head}, {} FROM {} r WHERE {filter}",
            self.article_sql("r"),
            self.table
        )
    }

    /// `SELECT columns FROM table WHERE k1 = ?1 AND ...`: one row by its key.
    fn select_sql(&self, columns: &[String]) -> String {
        let filter: Vec<String> = self
            .key
            .iter()
            .enumerate()
            .map(|(i, k)| format!("{k} = ?{}", i + 1))
            .collect();
        format!(
            "SELECT {} FROM {} WHERE {}",
            columns.join(", "),
            self.table,
            filter.join(" AND ")
        )
    }

    /// The columns hashed, in table order, with the mutable ones left out.
    fn hashed_columns(&self, store: &Store) -> Result<Vec<String>> {
        // Table order: the twin schemas declare (and later migrations add) the same columns in
        // the same order, so a row hashes alike on both.
        let mut stmt = store.conn.prepare_cached(match store.conn.dialect() {
            Dialect::Sqlite => "SELECT name FROM pragma_table_info(?1) ORDER BY cid",
            // The catalog itself: `information_schema.columns` is a view that checks privileges
            // on every column of the database, a millisecond or more per call.
            Dialect::Postgres => {
                "SELECT attname::text FROM pg_attribute
                 WHERE attrelid = to_regclass(?1) AND attnum > 0 AND NOT attisdropped
                 ORDER BY attnum"
            }
        })?;
        let names = stmt
            .query_map(params![self.table], |r| r.get::<String>(0))?
            .collect::<crate::store::db::Result<Vec<_>>>()?;
        Ok(names
            .into_iter()
            .filter(|n| !self.mutable.contains(&n.as_str()))
            .collect())
    }
}

fn table(name: &str) -> Option<&'static Chained> {
    CHAINED.iter().find(|c| c.table == name)
}

/// SHA-256 over a row's values, each tagged with its type and length: two different rows can
/// never encode alike.
fn row_hash(values: &[Value]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for value in values {
        hash_cell(&mut hasher, value.cell());
    }
    hasher.finalize().into()
}

/// One value of [`row_hash`]'s encoding. Sealing hashes the cells of a row as the database
/// lends them, without copying them out; verifying hashes the values it read: both through here.
fn hash_cell(hasher: &mut Sha256, cell: Cell<'_>) {
    match cell {
        Cell::Null => hasher.update([0]),
        Cell::Int(i) => {
            hasher.update([1]);
            hasher.update(i.to_be_bytes());
        }
        Cell::Real(f) => {
            hasher.update([2]);
            hasher.update(f.to_bits().to_be_bytes());
        }
        Cell::Text(t) => {
            hasher.update([3]);
            hasher.update((t.len() as u64).to_be_bytes());
            hasher.update(t.as_bytes());
        }
        Cell::Blob(b) => {
            hasher.update([4]);
            hasher.update((b.len() as u64).to_be_bytes());
            hasher.update(b);
        }
    }
}

fn link(previous: &[u8; 32], table: &str, key: &str, row: &[u8; 32]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(previous);
    hasher.update(table.as_bytes());
    hasher.update([0]);
    hasher.update(key.as_bytes());
    hasher.update([0]);
    hasher.update(row);
    hasher.finalize().into()
}

/// Lowercase hex, for heads and checklist names.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 of a text, in hex: how a checklist is named.
pub fn text_hash(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// A row a write transaction inserted into a chained table, noted by the insert itself (from
/// its key, `RETURNING id` for the tables keyed by id) and chained when the transaction commits.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Noted {
    pub table: &'static str,
    /// The key as stored in `chain.row_key`: a JSON array of the key columns' values, as
    /// SQLite's `json_array` writes it.
    pub key: String,
    /// The same key columns' values, to look the row up by when it is sealed.
    pub values: Vec<Value>,
}

impl Noted {
    /// The row of `table` whose key columns have these values, in [`Chained::key`] order.
    pub fn new(table: &'static str, key: &[KeyValue<'_>]) -> Noted {
        debug_assert!(
            self::table(table).is_some_and(|c| c.key.len() == key.len()),
            "{table} is chained, keyed by {} column(s)",
            key.len()
        );
        let values: Vec<Value> = key
            .iter()
            .map(|k| match k {
                KeyValue::Int(i) => Value::Integer(*i),
                KeyValue::Text(t) => Value::Text((*t).to_string()),
            })
            .collect();
        Noted {
            table,
            key: key_text::json_array(&values).expect("integers and text are spelled"),
            values,
        }
    }

    /// The row of `table` whose key `chain.row_key` spells as `key` (a JSON array).
    pub fn from_key_text(table: &'static str, key: String) -> Noted {
        let values = key_values(&key);
        Noted { table, key, values }
    }
}

/// The values of a key spelled as a JSON array (`[12,"ana"]`): integers and text.
fn key_values(key: &str) -> Vec<Value> {
    let parts: Vec<serde_json::Value> = serde_json::from_str(key).unwrap_or_default();
    parts
        .iter()
        .map(|v| match v {
            serde_json::Value::Number(n) => n.as_i64().map_or(Value::Null, Value::Integer),
            serde_json::Value::String(s) => Value::Text(s.clone()),
            _ => Value::Null,
        })
        .collect()
}

/// One value of a chained row's key.
#[derive(Debug, Clone, Copy)]
pub(super) enum KeyValue<'a> {
    Int(i64),
    Text(&'a str),
}

impl Store {
    /// Appends a chain entry for each of `rows`, in order: the rows a transaction inserted
    /// (called by [`super::Tx::commit`] just before it commits), or every row of a file being
    /// upgraded to the chain.
    ///
    /// A batch ingest seals tens of thousands of rows, so the per-row work is kept to one
    /// indexed read of the row (hashed as the database lends it, nothing copied out); each
    /// chain's head is read once per transaction and carried in memory from link to link; the
    /// new links go in by [`CHAIN_ROWS_PER_INSERT`] per statement.
    pub(super) fn seal(&self, rows: &[Noted]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        // Per table, the hashed columns and the SELECT of one row with the article it belongs
        // to, built once per transaction rather than once per row.
        let mut selects: HashMap<&str, (usize, String)> = HashMap::new();
        let mut read = Vec::with_capacity(rows.len());
        for row in rows {
            let chained = table(row.table).expect("only chained tables are noted");
            if !selects.contains_key(chained.table) {
                let cols = chained.hashed_columns(self)?;
                selects.insert(chained.table, (cols.len(), chained.seal_sql(&cols)));
            }
            let (width, sql) = &selects[chained.table];
            let (hash, article) = self
                .hash_row_by_key(sql, *width, &row.values)?
                .expect("a row inserted in this transaction is there");
            read.push((chained, row, *width, hash, article));
        }
        if self.conn.dialect() == Dialect::Postgres {
            // Writers of different articles run at once on PostgreSQL, and two of them may
            // append to the same chain (the desk's, for a new source): each chain is locked
            // before its head is read, in one order (the desk's first, then by article), so
            // two sealers never wait for each other in a circle.
            let mut chains: Vec<Option<i64>> = read.iter().map(|r| r.4).collect();
            chains.sort_unstable();
            chains.dedup();
            for article in chains {
                self.advisory_lock(match article {
                    None => lock_keys::DESK_CHAIN,
                    Some(id) => lock_keys::ARTICLE_CHAIN.wrapping_add(id),
                })?;
            }
        }
        let mut heads: HashMap<Option<i64>, [u8; 32]> = HashMap::new();
        let mut links = Vec::with_capacity(read.len());
        for (chained, row, width, hash, article) in read {
            let previous = match heads.get(&article) {
                Some(head) => *head,
                None => self.chain_head(article)?.map_or(GENESIS, |(link, _)| link),
            };
            let next = link(&previous, chained.table, &row.key, &hash);
            heads.insert(article, next);
            links.push(ChainRow {
                article,
                table: chained.table,
                key: &row.key,
                columns: width as i64,
                link: next,
            });
        }
        self.append_links(&links)
    }

    /// Inserts the chain rows in order, [`CHAIN_ROWS_PER_INSERT`] per statement: each statement
    /// costs its own journal and bookkeeping, which one row at a time repeated tens of
    /// thousands of times in a batch ingest. A multi-row `VALUES` inserts its rows in the order
    /// written, so `seq` follows the chain's order on both backends.
    fn append_links(&self, links: &[ChainRow<'_>]) -> Result<()> {
        // Most chunks are full: their SQL text is built once per process, not per chunk.
        static FULL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        for chunk in links.chunks(CHAIN_ROWS_PER_INSERT) {
            let partial;
            let sql: &str = if chunk.len() == CHAIN_ROWS_PER_INSERT {
                FULL.get_or_init(|| append_sql(CHAIN_ROWS_PER_INSERT))
            } else {
                partial = append_sql(chunk.len());
                &partial
            };
            let mut stmt = self.conn.prepare_cached(sql)?;
            let blobs: Vec<&[u8]> = chunk.iter().map(|row| &row.link[..]).collect();
            let mut bound: Vec<&dyn Param> = Vec::with_capacity(chunk.len() * 5);
            for (row, blob) in chunk.iter().zip(&blobs) {
                bound.extend([
                    &row.article as &dyn Param,
                    &row.table,
                    &row.key,
                    &row.columns,
                    blob,
                ]);
            }
            stmt.execute(&bound)?;
        }
        Ok(())
    }

    /// The last link of an article's chain (the desk's for `None`) and its length.
    pub fn chain_head(&self, article: Option<i64>) -> Result<Option<([u8; 32], i64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT link, (SELECT count(*) FROM chain WHERE article_id IS ?1)
             FROM chain WHERE article_id IS ?1 ORDER BY seq DESC LIMIT 1",
        )?;
        let mut rows = stmt.query(params![article])?;
        match rows.next()? {
            Some(row) => {
                let link: Vec<u8> = row.get(0)?;
                let mut head = GENESIS;
                if link.len() == 32 {
                    head.copy_from_slice(&link);
                }
                Ok(Some((head, row.get(1)?)))
            }
            None => Ok(None),
        }
    }

    /// The hashed columns of the row of `chained` whose key is `key` (a JSON array).
    fn chained_row(
        &self,
        chained: &Chained,
        columns: &[String],
        key: &str,
    ) -> Result<Option<Vec<Value>>> {
        self.row_by_key(chained, &chained.select_sql(columns), columns.len(), key)
    }

    /// Runs `sql` (from [`Chained::select_sql`], selecting `width` columns) for the key `key`.
    fn row_by_key(
        &self,
        chained: &Chained,
        sql: &str,
        width: usize,
        key: &str,
    ) -> Result<Option<Vec<Value>>> {
        let params = key_values(key);
        if params.len() != chained.key.len() {
            return Ok(None);
        }
        let bound: Vec<&dyn Param> = params.iter().map(|p| p as &dyn Param).collect();
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(&bound)?;
        match rows.next()? {
            Some(row) => Ok(Some(
                (0..width)
                    .map(|i| row.get::<Value>(i))
                    .collect::<crate::store::db::Result<_>>()?,
            )),
            None => Ok(None),
        }
    }

    /// Runs `sql` (from [`Chained::seal_sql`]: `width` hashed columns, then the article) for
    /// the key `values`: the row's hash and its article, hashed from the cells as read.
    fn hash_row_by_key(
        &self,
        sql: &str,
        width: usize,
        values: &[Value],
    ) -> Result<Option<([u8; 32], Option<i64>)>> {
        let bound: Vec<&dyn Param> = values.iter().map(|p| p as &dyn Param).collect();
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(&bound)?;
        let Some(row) = rows.next()? else {
            return Ok(None);
        };
        let mut hasher = Sha256::new();
        for i in 0..width {
            hash_cell(&mut hasher, row.cell(i)?);
        }
        let article = match row.cell(width)? {
            Cell::Int(id) => Some(id),
            _ => None,
        };
        Ok(Some((hasher.finalize().into(), article)))
    }
}

/// How many chain rows one `INSERT` carries (5 parameters each: well under SQLite's and
/// PostgreSQL's limits on parameters).
const CHAIN_ROWS_PER_INSERT: usize = 100;

/// One new link, as [`Store::append_links`] inserts it.
struct ChainRow<'a> {
    article: Option<i64>,
    table: &'static str,
    key: &'a str,
    columns: i64,
    link: [u8; 32],
}

/// `INSERT INTO chain … VALUES (?1, …, ?5), (?6, …)` for `rows` rows.
fn append_sql(rows: usize) -> String {
    use std::fmt::Write;
    let mut sql = String::with_capacity(70 + rows * 40);
    sql.push_str("INSERT INTO chain (article_id, tbl, row_key, columns, link) VALUES ");
    for r in 0..rows {
        let p = r * 5;
        if r > 0 {
            sql.push_str(", ");
        }
        // Written in place, not a `format!` per row: this text is built for every chunk.
        let _ = write!(
            sql,
            "(?{}, ?{}, ?{}, ?{}, ?{})",
            p + 1,
            p + 2,
            p + 3,
            p + 4,
            p + 5
        );
    }
    sql
}
