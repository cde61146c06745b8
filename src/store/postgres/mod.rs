//! PostgreSQL: connecting, recognising factdesk's database and migrating it (issue 15).
//!
//! The schema is the SQLite one's twin, migration for migration (`migrations/NNNN_*.sql` here
//! beside `../migrations/NNNN_*.sql`, same numbers, same tables, columns, keys and trigger
//! names), so that `migrate` can copy a desk between the two table by table. The version lives
//! in `factdesk_schema` (PostgreSQL has no `user_version`), which is also factdesk's marker: a
//! database with tables but without it is another program's and is never touched. Migrations run
//! on connect, one transaction each, under an advisory lock so two processes never run the same
//! one; a database newer than this binary is refused.
//!
//! What runs on PostgreSQL today: the schema (append-only and overview triggers in PL/pgSQL, the
//! search document as a `tsvector` with a GIN index), `migrate` in both directions and `backup`.
//! The desk's commands run on SQLite (see docs/architecture.md, "Two backends").

use super::{Result, StoreError};

/// The PostgreSQL twin of each entry of `super::MIGRATIONS`, in the same order.
pub(super) const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_article_overview.sql"),
    include_str!("migrations/0003_elements.sql"),
    include_str!("migrations/0004_original_files.sql"),
    include_str!("migrations/0005_finding_dismissals.sql"),
    include_str!("migrations/0006_hash_chain.sql"),
    include_str!("migrations/0007_search.sql"),
    include_str!("migrations/0008_writers_and_queries.sql"),
    include_str!("migrations/0009_rulings.sql"),
    include_str!("migrations/0010_web_auth.sql"),
    include_str!("migrations/0011_publication.sql"),
    include_str!("migrations/0012_confidential_sources.sql"),
    include_str!("migrations/0013_notifications.sql"),
    include_str!("migrations/0014_search_held.sql"),
    include_str!("migrations/0015_check_exceptions.sql"),
    include_str!("migrations/0016_search_skips_unchanged_text.sql"),
];

/// factdesk's mark in `factdesk_schema.marker`.
const MARKER: &str = "factdesk";

/// Serialises migrations across processes: `pg_advisory_xact_lock` on this key ("fdsk").
const MIGRATION_LOCK: i64 = 0x6664_736b;

/// Whether a `--db` value names a PostgreSQL database rather than a file.
pub fn is_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// The URL without its password, for messages.
pub fn redacted(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = match authority.rsplit_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _)) => format!("{name}:***@{host}"),
            None => format!("{user}@{host}"),
        },
        None => authority.to_string(),
    };
    format!("{scheme}://{host}/{path}")
}

/// A connection to a factdesk database on PostgreSQL, migrated to this binary's version.
pub struct PgStore {
    pub(super) client: ::postgres::Client,
    pub(super) url: String,
}

impl PgStore {
    /// Connects and migrates; an empty database is given the schema only when `create` is true.
    pub fn connect(url: &str, create: bool) -> Result<PgStore> {
        let client = ::postgres::Client::connect(url, ::postgres::NoTls).map_err(|e| {
            StoreError::PgConnect {
                url: redacted(url),
                reason: pg_reason(&e),
            }
        })?;
        let mut store = PgStore {
            client,
            url: url.to_string(),
        };
        store.migrate(create)?;
        Ok(store)
    }

    /// The schema version this database is at (0: not a factdesk database yet).
    pub fn schema_version(&mut self) -> Result<i64> {
        let row = self.client.query_one(
            "SELECT to_regclass('factdesk_schema') IS NOT NULL,
                    (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())",
            &[],
        )?;
        let marked: bool = row.get(0);
        let tables: i64 = row.get(1);
        if !marked {
            return if tables == 0 {
                Ok(0)
            } else {
                Err(StoreError::PgForeign(redacted(&self.url)))
            };
        }
        let row = self
            .client
            .query_one("SELECT marker, version FROM factdesk_schema", &[])?;
        let marker: String = row.get(0);
        if marker != MARKER {
            return Err(StoreError::PgForeign(redacted(&self.url)));
        }
        Ok(row.get(1))
    }

    fn migrate(&mut self, create: bool) -> Result<()> {
        let supported = MIGRATIONS.len() as i64;
        let found = self.schema_version()?;
        if found > supported {
            return Err(StoreError::TooNew {
                path: redacted(&self.url).into(),
                found,
                supported,
            });
        }
        if found == 0 && !create {
            return Err(StoreError::PgEmpty(redacted(&self.url)));
        }
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            self.client.batch_execute("BEGIN")?;
            let step = |client: &mut ::postgres::Client| -> Result<()> {
                client.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
                // Another process may have migrated while we waited for the lock.
                let marked: bool = client
                    .query_one("SELECT to_regclass('factdesk_schema') IS NOT NULL", &[])?
                    .get(0);
                if marked {
                    let now: i64 = client
                        .query_one("SELECT version FROM factdesk_schema", &[])?
                        .get(0);
                    if now > index as i64 {
                        return Ok(());
                    }
                } else {
                    client.batch_execute(
                        "CREATE TABLE factdesk_schema (marker TEXT NOT NULL, version BIGINT NOT NULL);",
                    )?;
                    client.execute("INSERT INTO factdesk_schema VALUES ($1, 0)", &[&MARKER])?;
                }
                client.batch_execute(sql)?;
                client.execute(
                    "UPDATE factdesk_schema SET version = $1",
                    &[&(index as i64 + 1)],
                )?;
                Ok(())
            };
            match step(&mut self.client) {
                Ok(()) => self.client.batch_execute("COMMIT")?,
                Err(err) => {
                    let _ = self.client.batch_execute("ROLLBACK");
                    return Err(err);
                }
            }
        }
        Ok(())
    }
}

/// The server's own message when there is one (`db error: …` says less).
pub(super) fn pg_reason(err: &::postgres::Error) -> String {
    match err.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            let text = err.to_string();
            match std::error::Error::source(err) {
                Some(source) => format!("{text}: {source}"),
                None => text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sqlite_migration_has_its_postgres_twin() {
        assert_eq!(MIGRATIONS.len(), super::super::MIGRATIONS.len());
    }

    #[test]
    fn urls_are_told_from_paths_and_passwords_never_shown() {
        assert!(is_url("postgres://u:p@h/db"));
        assert!(is_url("postgresql://h/db"));
        assert!(!is_url("desk.db"));
        assert!(!is_url("./postgres/desk.db"));
        assert_eq!(
            redacted("postgres://ana:s3cret@db.example:5432/desk"),
            "postgres://ana:***@db.example:5432/desk"
        );
        assert_eq!(redacted("postgres://h/desk"), "postgres://h/desk");
        assert_eq!(redacted("postgres://ana@h/desk"), "postgres://ana@h/desk");
    }
}
