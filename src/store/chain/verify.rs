//! Walking the chain: the first broken link, rows written outside factdesk, missing triggers,
//! checklists whose text no longer matches their name.

use std::collections::{HashMap, HashSet};

use super::{CHAINED, Chained, GENESIS, NotAKey, link, row_hash};
use crate::store::db::{Dialect, params};
use crate::store::{Result, Store};

/// One problem found, said so a person can look at the row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Break {
    /// The table and key of the row concerned (`checks [57]`), or the trigger or checklist.
    pub place: String,
    pub what: String,
}

impl std::fmt::Display for Break {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.what)
    }
}

/// What walking one chain found.
#[derive(Debug, Clone, Default)]
pub struct ChainReport {
    /// How many links the chain has.
    pub links: i64,
    /// The last link, hex: print it, and check it later against the same chain.
    pub head: Option<String>,
    /// Empty when the chain holds. The first broken link comes first.
    pub breaks: Vec<Break>,
}

impl ChainReport {
    pub fn holds(&self) -> bool {
        self.breaks.is_empty()
    }
}

/// The rows a chain links: their keys by table.
type Linked = HashMap<String, HashSet<String>>;

/// At most this many rows written outside factdesk are listed per table.
const LISTED: usize = 5;

impl Store {
    /// Walks the chain of one article (the desk's for `None`): every link recomputed from the
    /// rows as they are now, then every row of the article looked up in the chain, then the
    /// triggers and the checklist in use.
    pub fn verify_chain(&self, article: Option<i64>) -> Result<ChainReport> {
        let mut report = ChainReport::default();
        let linked = self.walk_links(article, &mut report)?;
        for chained in CHAINED
            .iter()
            .filter(|c| (c.article == super::DESK) == article.is_none())
        {
            self.unchained_rows(chained, article, &linked, &mut report)?;
        }
        for trigger in self.missing_triggers()? {
            report.breaks.push(Break {
                place: format!("trigger {trigger}"),
                what: "is missing: the table it guards could be changed in place".into(),
            });
        }
        self.checklists_match(article, &mut report)?;
        Ok(report)
    }

    /// The articles that have a chain, for a full walk.
    pub fn chained_articles(&self) -> Result<Vec<(i64, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, slug FROM articles ORDER BY id")?;
        let rows = stmt.query_map(params![], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<crate::store::db::Result<_>>()?)
    }

    /// Rows of chained tables that belong to no article's chain and to no article at all (a
    /// forged statement of an article that does not exist): found by a full scan, for `verify`.
    /// The keys are spelled in Rust ([`Chained::key_text`]) and looked up among the table's
    /// links, so no backend has to spell them in SQL.
    pub fn orphan_rows(&self) -> Result<Vec<Break>> {
        let mut found = Vec::new();
        for chained in CHAINED {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT row_key FROM chain WHERE tbl = ?1")?;
            let linked: HashSet<String> = stmt
                .query_map(params![chained.table], |r| r.get(0))?
                .collect::<crate::store::db::Result<_>>()?;
            let sql = format!(
                "SELECT {key} FROM {t} r",
                key = chained.key_columns("r"),
                t = chained.table
            );
            let mut stmt = self.conn.prepare(&sql)?;
            let mut rows = stmt.query(params![])?;
            let mut listed = 0;
            while let Some(row) = rows.next()?
                && listed < LISTED
            {
                match chained.key_text(&row)? {
                    Ok(key) if linked.contains(&key) => continue,
                    key => found.push(unchained(chained, key)),
                }
                listed += 1;
            }
        }
        Ok(found)
    }

    /// SQLite's own `integrity_check`, run by the engine factdesk is built with: "ok" or the
    /// problems (Debian's sqlite3 3.40 reports false errors on a healthy factdesk file).
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        if self.conn.dialect() == Dialect::Postgres {
            // The server keeps its own pages whole (and checksums them when the cluster was
            // made with them); there is no per-database check to run from here.
            return Ok(vec!["ok".to_string()]);
        }
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map(params![], |r| r.get::<String>(0))?;
        Ok(rows.collect::<crate::store::db::Result<_>>()?)
    }

    /// Recomputes every link of the chain in order; returns the rows it links, by table and key.
    fn walk_links(&self, article: Option<i64>, report: &mut ChainReport) -> Result<Linked> {
        let mut stmt = self.conn.prepare(
            "SELECT seq, tbl, row_key, columns, link FROM chain WHERE article_id IS ?1 ORDER BY seq",
        )?;
        let mut rows = stmt.query(params![article])?;
        let mut previous = GENESIS;
        let mut columns = std::collections::HashMap::new();
        let mut linked = Linked::new();
        while let Some(row) = rows.next()? {
            report.links += 1;
            let (seq, tbl, key): (i64, String, String) = (row.get(0)?, row.get(1)?, row.get(2)?);
            let (count, stored): (i64, Vec<u8>) = (row.get(3)?, row.get(4)?);
            report.head = Some(super::hex(&stored));
            linked.entry(tbl.clone()).or_default().insert(key.clone());
            if !report.breaks.is_empty() {
                continue; // counted for the head; the first break is the one that matters
            }
            let place = format!("{tbl} {key} (link {} of the chain, #{seq})", report.links);
            let Some(chained) = super::table(&tbl) else {
                report.breaks.push(Break {
                    place,
                    what: "names a table that is not chained".into(),
                });
                continue;
            };
            if !columns.contains_key(&tbl) {
                columns.insert(tbl.clone(), chained.hashed_columns(self)?);
            }
            let all = &columns[&tbl];
            let used = &all[..(count.max(0) as usize).min(all.len())];
            let what = match self.chained_row(chained, used, &key)? {
                None => Some("the row was deleted".to_string()),
                Some(values) => {
                    let expected = link(&previous, &tbl, &key, &row_hash(&values));
                    (expected[..] != stored[..]).then(|| {
                        "the row was changed after it was written, or the link forged".to_string()
                    })
                }
            };
            if let Some(what) = what {
                report.breaks.push(Break { place, what });
            }
            previous.copy_from_slice(if stored.len() == 32 {
                &stored
            } else {
                &GENESIS
            });
        }
        Ok(linked)
    }

    /// The article's rows of one table that have no link: their keys spelled in Rust and looked
    /// up first among the links just walked (`linked`: every row of an untouched article), then,
    /// for any not there, anywhere in the chain, as a key has one link at most.
    fn unchained_rows(
        &self,
        chained: &Chained,
        article: Option<i64>,
        linked: &Linked,
        report: &mut ChainReport,
    ) -> Result<()> {
        let rows = chained.rows_of_article.replace("{r}", "r");
        let sql = format!(
            "SELECT {key} FROM {t} r WHERE {rows}",
            key = chained.key_columns("r"),
            t = chained.table,
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = if sql.contains("?1") {
            stmt.query(params![article])?
        } else {
            stmt.query(params![])?
        };
        let mut elsewhere = self.conn.prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM chain WHERE tbl = ?1 AND row_key = ?2)",
        )?;
        let mut listed = 0;
        while let Some(row) = rows.next()?
            && listed < LISTED
        {
            let key = chained.key_text(&row)?;
            if let Ok(key) = &key
                && (linked
                    .get(chained.table)
                    .is_some_and(|keys| keys.contains(key))
                    || elsewhere.query_row(params![chained.table, key], |r| r.get::<bool>(0))?)
            {
                continue;
            }
            report.breaks.push(unchained(chained, key));
            listed += 1;
        }
        Ok(())
    }

    /// The `{table}_append_only_u` / `_d` triggers of the chained tables and of the chain
    /// itself that are not in the schema.
    pub fn missing_triggers(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(match self.conn.dialect() {
            Dialect::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'trigger'",
            Dialect::Postgres => "SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal",
        })?;
        let present: Vec<String> = stmt
            .query_map(params![], |r| r.get(0))?
            .collect::<crate::store::db::Result<_>>()?;
        let tables = CHAINED.iter().map(|c| c.table).chain(["chain"]);
        Ok(tables
            .flat_map(|t| [format!("{t}_append_only_u"), format!("{t}_append_only_d")])
            .filter(|name| !present.contains(name))
            .collect())
    }

    /// Every checklist's text still hashes to its name (for an article: the one it uses).
    fn checklists_match(&self, article: Option<i64>, report: &mut ChainReport) -> Result<()> {
        let sql = match article {
            Some(_) => {
                "SELECT c.hash, c.yaml FROM article_checklists ac JOIN checklists c ON c.hash = ac.checklist
                 WHERE ac.article_id = ?1"
            }
            None => "SELECT hash, yaml FROM checklists",
        };
        let mut stmt = self.conn.prepare(sql)?;
        let with_article = params![article];
        let rows = stmt.query_map(
            if article.is_some() {
                with_article
            } else {
                params![]
            },
            |r| Ok((r.get::<String>(0)?, r.get::<String>(1)?)),
        )?;
        for row in rows {
            let (hash, yaml) = row?;
            if super::text_hash(&yaml) != hash {
                report.breaks.push(Break {
                    place: format!("checklist {}", &hash[..hash.len().min(12)]),
                    what: "its text was edited: it no longer hashes to its name".into(),
                });
            }
        }
        Ok(())
    }
}

/// A row with no link; a key factdesk could never have written (a blob, a real) is named by
/// what it holds.
fn unchained(chained: &Chained, key: std::result::Result<String, NotAKey>) -> Break {
    let place = match key {
        Ok(key) => format!("{} {key}", chained.table),
        Err(odd) => format!("{} (a key holding {odd})", chained.table),
    };
    Break {
        place,
        what: "is not in the chain: it was written outside factdesk".into(),
    }
}
