//! Confidential sources (migration 0012): the public half (the editor who knows the identity,
//! who recorded it, the attestation), the identity kept apart in `confidential_identities`, and
//! [`Store::confidential_identity`], the one read of that table. Every other read of a source
//! ([`source_at`]) joins only the public half, so a source read back never carries the identity
//! and no output built from it can show it. Who may call the one read is the desk's decision
//! (`desk/confidential.rs`), made before it is called.

use super::db::{OptionalExtension, params};
use chrono::{DateTime, Utc};

use super::chain::KeyValue;
use super::sql::parse_time;
use super::{Result, Store, StoreError, Tx};
use crate::model::{Confidential, Identity, Source, SourceKind, StatementId};

/// The columns [`source_at`] reads, over `sources s` joined with [`SOURCE_JOINS`].
pub(super) const SOURCE_COLUMNS: &str =
    "s.kind, s.citation, s.contact, s.contacted_on, s.id, conf.known_to, attest.attested_at";

/// The public half of a confidential source, beside `sources s` (nothing for other sources).
pub(super) const SOURCE_JOINS: &str = "LEFT JOIN confidential_sources conf ON conf.source_id = s.id
     LEFT JOIN confidential_attestations attest ON attest.source_id = s.id";

/// The source in the seven [`SOURCE_COLUMNS`] from `first` (the kind NULL when a LEFT JOIN
/// found none). A kind this binary does not know is kept by name: what a check, an answer or a
/// correction rests on is never dropped. A confidential source reads as its public text.
pub(super) fn source_at(
    row: &super::db::Row<'_>,
    first: usize,
) -> super::db::Result<Option<Source>> {
    let Some(kind) = row.get::<Option<String>>(first)? else {
        return Ok(None);
    };
    let kind = SourceKind::from_stored(&kind);
    if kind == SourceKind::Confidential {
        let attested_at = row
            .get::<Option<String>>(first + 6)?
            .map(|at| parse_time(first + 6, &at))
            .transpose()?;
        let confidential = Confidential {
            source_id: Some(row.get(first + 4)?),
            known_to: row.get(first + 5)?,
            attested_at,
            identity: None,
        };
        return Ok(Some(Source {
            kind,
            citation: confidential.public_text(),
            contact: None,
            contacted_on: None,
            confidential: Some(confidential),
        }));
    }
    let contact: String = row.get(first + 2)?;
    let on: String = row.get(first + 3)?;
    Ok(Some(Source {
        kind,
        citation: row.get(first + 1)?,
        contact: (!contact.is_empty()).then_some(contact),
        contacted_on: (!on.is_empty()).then_some(on),
        confidential: None,
    }))
}

/// The public half of a stored confidential source.
#[derive(Debug, Clone)]
pub struct ConfidentialRow {
    pub source_id: i64,
    pub known_to: String,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
    pub attested_at: Option<DateTime<Utc>>,
}

/// 16 random bytes from the operating system, in hex.
fn random_hex() -> Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Random(e.to_string()))?;
    Ok(super::chain::hex(&bytes))
}

impl Tx<'_> {
    /// Stores a new confidential source: its `sources` row (an opaque random reference as the
    /// citation: never shared, so that two checks citing one source say nothing of who it is),
    /// its public half, its identity with a random salt, and the attestation when the desk
    /// already has it (the named editor recorded it). Returns the source's id.
    pub(super) fn insert_confidential(
        &self,
        confidential: &Confidential,
        by: &str,
        at: &str,
    ) -> Result<i64> {
        let (Some(identity), Some(known_to)) = (&confidential.identity, &confidential.known_to)
        else {
            return Err(StoreError::Incomplete(
                "a new confidential source needs its identity and the editor who knows it",
            ));
        };
        let reference = format!("ref:{}", random_hex()?);
        let source_id = self.insert_id(
            "sources",
            "INSERT INTO sources (kind, citation, contact, contacted_on) VALUES (?1, ?2, '', '') RETURNING id",
            params![SourceKind::Confidential.as_str(), reference],
        )?;
        self.conn()
            .prepare_cached(
                "INSERT INTO confidential_sources (source_id, known_to, recorded_by, recorded_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![source_id, known_to, by, at])?;
        self.note("confidential_sources", &[KeyValue::Int(source_id)]);
        self.conn()
            .prepare_cached(
                "INSERT INTO confidential_identities (source_id, identity, salt) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![source_id, identity.reveal(), random_hex()?])?;
        self.note("confidential_identities", &[KeyValue::Int(source_id)]);
        if confidential.attested_at.is_some() {
            self.insert_attestation(source_id, known_to, at)?;
        }
        Ok(source_id)
    }

    /// Records the named editor's attestation of a confidential source.
    pub fn insert_attestation(&self, source_id: i64, by: &str, at: &str) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO confidential_attestations (source_id, attested_by, attested_at)
                 VALUES (?1, ?2, ?3)",
            )?
            .execute(params![source_id, by, at])?;
        self.note("confidential_attestations", &[KeyValue::Int(source_id)]);
        Ok(())
    }
}

impl Store {
    /// The public half of confidential source `source_id`, if it is one.
    pub fn confidential_source(&self, source_id: i64) -> Result<Option<ConfidentialRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT conf.source_id, conf.known_to, conf.recorded_by, conf.recorded_at, attest.attested_at
             FROM confidential_sources conf
             LEFT JOIN confidential_attestations attest ON attest.source_id = conf.source_id
             WHERE conf.source_id = ?1",
        )?;
        Ok(stmt
            .query_row(params![source_id], |r| {
                Ok(ConfidentialRow {
                    source_id: r.get(0)?,
                    known_to: r.get(1)?,
                    recorded_by: r.get(2)?,
                    recorded_at: parse_time(3, &r.get::<String>(3)?)?,
                    attested_at: r
                        .get::<Option<String>>(4)?
                        .map(|at| parse_time(4, &at))
                        .transpose()?,
                })
            })
            .optional()?)
    }

    /// The statements that rest on source `source_id`: through a check, a query's answer or a
    /// correction. Their assignees may read a confidential source's identity.
    pub fn statements_citing(&self, source_id: i64) -> Result<Vec<StatementId>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.statement_id FROM check_sources cs JOIN checks c ON c.id = cs.check_id
             WHERE cs.source_id = ?1
             UNION SELECT q.statement_id FROM query_replies qr JOIN queries q ON q.id = qr.query_id
             WHERE qr.source_id = ?1
             UNION SELECT statement_id FROM corrections WHERE source_id = ?1
             ORDER BY 1",
        )?;
        Ok(stmt
            .query_map(params![source_id], |r| r.get(0))?
            .collect::<super::db::Result<_>>()?)
    }

    /// Who confidential source `source_id` is: the one read of `confidential_identities`. The
    /// desk calls it only for a reader its rules allow.
    pub fn confidential_identity(&self, source_id: i64) -> Result<Option<Identity>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT identity FROM confidential_identities WHERE source_id = ?1")?;
        Ok(stmt
            .query_row(params![source_id], |r| r.get::<String>(0))
            .optional()?
            .map(|text| Identity::new(&text)))
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Every file under `src/` (and `templates/`) with its text.
    fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                out.push((path.display().to_string().replace('\\', "/"), text));
            }
        }
    }

    /// The identity has one way out of the database: the table is named only by its
    /// migrations, the chain's list of tables and this file, and its one read is called only by
    /// the desk's use case that applies the rules first. A new SELECT of it elsewhere fails here.
    #[test]
    fn the_identity_table_and_its_one_read_are_named_in_their_places_only() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        sources(&root.join("src"), &mut files);
        sources(&root.join("templates"), &mut files);
        // Spelt in two halves, so that this test does not name the read itself.
        let call = [".confidential", "_identity("].concat();
        let mut table = Vec::new();
        let mut read = Vec::new();
        for (path, text) in &files {
            let relative = path.split("/src/").last().unwrap_or(path);
            if text.contains("confidential_identities") {
                table.push(relative.to_string());
            }
            if text.contains(&call) {
                read.push(relative.to_string());
            }
        }
        table.sort();
        read.sort();
        assert_eq!(
            table,
            [
                "store/chain.rs",
                "store/confidential.rs",
                "store/migrations/0012_confidential_sources.sql",
                "store/postgres/migrations/0012_confidential_sources.sql",
            ]
        );
        assert_eq!(read, ["desk/confidential.rs"]);
    }
}
