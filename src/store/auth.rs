//! Credentials for the web desk: password hashes, sessions and API tokens (migration 0007).
//! Only hashes are stored; the secrets themselves live in a cookie or a CMS's configuration.
//! These rows are not history: they are replaced, deleted or revoked (docs/security.md).

use super::db::{OptionalExtension, Row, params};

use super::{Result, Store, Tx};

/// An API token as listed: never its secret, which is not stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TokenRow {
    pub name: String,
    /// The editor the token acts as.
    pub handle: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
    pub revoked_by: Option<String>,
}

impl Store {
    pub fn password_hash(&self, handle: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT hash FROM reviewer_passwords WHERE handle = ?1")?
            .query_row(params![handle], |r| r.get(0))
            .optional()?)
    }

    /// The handle a session belongs to, if it exists and expires after `now` (RFC 3339 UTC
    /// strings of one format compare as times).
    pub fn session_handle(&self, id_hash: &str, now: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT handle FROM sessions WHERE id_hash = ?1 AND expires_at > ?2")?
            .query_row(params![id_hash, now], |r| r.get(0))
            .optional()?)
    }

    pub fn token_named(&self, name: &str) -> Result<Option<TokenRow>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT name, handle, created_at, revoked_at, revoked_by FROM api_tokens
                 WHERE name = ?1",
            )?
            .query_row(params![name], token_from_row)
            .optional()?)
    }

    /// Every token, revoked ones included, by name.
    pub fn tokens(&self) -> Result<Vec<TokenRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT name, handle, created_at, revoked_at, revoked_by FROM api_tokens ORDER BY name",
        )?;
        let rows = stmt.query_map(params![], token_from_row)?;
        Ok(rows.collect::<super::db::Result<_>>()?)
    }

    /// The handle a token acts as, unless it is unknown or revoked.
    pub fn token_handle(&self, token_hash: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT handle FROM api_tokens WHERE token_hash = ?1 AND revoked_at IS NULL",
            )?
            .query_row(params![token_hash], |r| r.get(0))
            .optional()?)
    }
}

impl Tx<'_> {
    /// Sets (or replaces) a reviewer's password hash.
    pub fn set_password_hash(&self, handle: &str, hash: &str, by: &str, at: &str) -> Result<()> {
        self.conn().execute(
            "INSERT INTO reviewer_passwords (handle, hash, set_at, set_by) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(handle) DO UPDATE SET hash = ?2, set_at = ?3, set_by = ?4",
            params![handle, hash, at, by],
        )?;
        Ok(())
    }

    pub fn insert_session(
        &self,
        id_hash: &str,
        handle: &str,
        at: &str,
        expires_at: &str,
    ) -> Result<()> {
        self.conn().execute(
            "INSERT INTO sessions (id_hash, handle, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
            params![id_hash, handle, at, expires_at],
        )?;
        Ok(())
    }

    pub fn delete_session(&self, id_hash: &str) -> Result<()> {
        self.conn()
            .execute("DELETE FROM sessions WHERE id_hash = ?1", params![id_hash])?;
        Ok(())
    }

    /// Ends every session of a reviewer (deactivation, a new password).
    pub fn delete_sessions_of(&self, handle: &str) -> Result<usize> {
        Ok(self
            .conn()
            .execute("DELETE FROM sessions WHERE handle = ?1", params![handle])?)
    }

    /// Forgets sessions that expired: they sign nobody in already; this keeps the table small.
    pub fn delete_expired_sessions(&self, now: &str) -> Result<usize> {
        Ok(self
            .conn()
            .execute("DELETE FROM sessions WHERE expires_at <= ?1", params![now])?)
    }

    pub fn insert_token(&self, name: &str, token_hash: &str, handle: &str, at: &str) -> Result<()> {
        self.conn().execute(
            "INSERT INTO api_tokens (name, token_hash, handle, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![name, token_hash, handle, at],
        )?;
        Ok(())
    }

    pub fn revoke_token(&self, name: &str, by: &str, at: &str) -> Result<()> {
        self.conn().execute(
            "UPDATE api_tokens SET revoked_at = ?2, revoked_by = ?3
             WHERE name = ?1 AND revoked_at IS NULL",
            params![name, at, by],
        )?;
        Ok(())
    }
}

fn token_from_row(row: &Row<'_>) -> super::db::Result<TokenRow> {
    Ok(TokenRow {
        name: row.get(0)?,
        handle: row.get(1)?,
        created_at: row.get(2)?,
        revoked_at: row.get(3)?,
        revoked_by: row.get(4)?,
    })
}
