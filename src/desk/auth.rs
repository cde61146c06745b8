//! Who may sign in, and as whom: passwords, sessions and API tokens (issue 16). The rules live
//! here, beside the other use cases, so the command line (`reviewer password`, `token`) and the
//! server apply the same ones; an edge only turns a cookie or a bearer token into the secret
//! these functions take, and the reviewer they answer into the identity a request acts as.

use chrono::{DateTime, Duration, SecondsFormat, Utc};

use super::secret;
use super::{Desk, DeskError, Result};
use crate::model::{Reviewer, Role};
use crate::store::{Intent, TokenRow};

/// Shorter passwords are refused; longer than the maximum too (hashing a megabyte is a way to
/// make the server work).
pub const MIN_PASSWORD_CHARS: usize = 10;
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// What a token's secret starts with, so one pasted in the wrong place is recognisable.
const TOKEN_PREFIX: &str = "fdt_";

/// A session just opened: the secret goes into the browser's cookie and nowhere else.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub secret: String,
    pub expires_at: DateTime<Utc>,
    pub reviewer: Reviewer,
}

impl Desk {
    /// Sets a reviewer's password: an editor may set anyone's, a reviewer only their own. Every
    /// session the reviewer had ends (a new password is often a reaction to a leaked one).
    pub fn set_password(&self, handle: &str, password: &str) -> Result<()> {
        let actor = self.actor()?;
        if actor.role != Role::Editor && actor.handle != handle {
            return Err(DeskError::Refused(format!(
                "{} is a checker and may set only their own password, not {handle}'s; an editor may set anyone's",
                actor.handle
            )));
        }
        if password.chars().count() < MIN_PASSWORD_CHARS {
            return Err(DeskError::Invalid(format!(
                "the password is too short: use at least {MIN_PASSWORD_CHARS} characters"
            )));
        }
        if password.len() > MAX_PASSWORD_BYTES {
            return Err(DeskError::Invalid(format!(
                "the password is too long: use at most {MAX_PASSWORD_BYTES} bytes"
            )));
        }
        // Hashing is slow on purpose; it happens before the write lock is taken.
        let hash = secret::hash_password(password)?;
        let now = self.now();
        self.write(&[Intent::Desk], |tx| {
            if tx.reviewer(handle)?.is_none() {
                return Err(DeskError::NotFound(format!("unknown reviewer '{handle}'")));
            }
            tx.set_password_hash(handle, &hash, &actor.handle, &now)?;
            tx.delete_sessions_of(handle)?;
            Ok(())
        })
    }

    /// Checks a handle and password and opens a session lasting `ttl`. `None` whatever the
    /// cause: an unknown handle, a wrong password, no password set and an inactive reviewer all
    /// read alike, so the form tells nobody which handles exist.
    pub fn sign_in(
        &self,
        handle: &str,
        password: &str,
        ttl: Duration,
    ) -> Result<Option<NewSession>> {
        if password.len() > MAX_PASSWORD_BYTES {
            return Ok(None);
        }
        let reviewer = self.store.reviewer(handle)?.filter(|r| r.active);
        let hash = match &reviewer {
            Some(r) => self.store.password_hash(&r.handle)?,
            None => None,
        };
        // Checked whether or not the reviewer exists (against a decoy hash if not): the time
        // taken does not tell an unknown handle from a wrong password.
        let matches = secret::password_matches(password, hash.as_deref());
        let Some(reviewer) = reviewer.filter(|_| matches) else {
            return Ok(None);
        };
        let secret = secret::random_hex()?;
        let expires_at = self.now + ttl;
        let now = self.now();
        self.write(&[], |tx| {
            tx.delete_expired_sessions(&now)?;
            tx.insert_session(
                &secret::stored_hash(&secret),
                &reviewer.handle,
                &now,
                &rfc3339(expires_at),
            )?;
            Ok(())
        })?;
        Ok(Some(NewSession {
            secret,
            expires_at,
            reviewer,
        }))
    }

    /// The active reviewer a session cookie's secret belongs to, while the session lasts.
    pub fn session_reviewer(&self, session_secret: &str) -> Result<Option<Reviewer>> {
        let Some(handle) = self
            .store
            .session_handle(&secret::stored_hash(session_secret), &self.now())?
        else {
            return Ok(None);
        };
        Ok(self.store.reviewer(&handle)?.filter(|r| r.active))
    }

    /// Ends one session (signing out). An unknown secret is no error: the session is gone.
    pub fn sign_out(&self, session_secret: &str) -> Result<()> {
        let hash = secret::stored_hash(session_secret);
        self.write(&[], |tx| Ok(tx.delete_session(&hash)?))
    }

    /// Creates an API token acting as the editor who makes it. Returns the secret, which is
    /// stored only as its hash: it cannot be shown again.
    pub fn create_token(&self, name: &str) -> Result<String> {
        let editor = self.editor("create API tokens")?;
        if name.is_empty()
            || name.len() > 64
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        {
            return Err(DeskError::Invalid(format!(
                "token name '{name}' is not valid: use 1 to 64 letters, digits, '-', '_' or '.'"
            )));
        }
        let token = format!("{TOKEN_PREFIX}{}", secret::random_hex()?);
        let now = self.now();
        self.write(&[Intent::Desk], |tx| {
            if tx.token_named(name)?.is_some() {
                return Err(DeskError::Refused(format!(
                    "a token named '{name}' exists already (names are never reused, even once revoked): choose another name"
                )));
            }
            tx.insert_token(name, &secret::stored_hash(&token), &editor.handle, &now)?;
            Ok(())
        })?;
        Ok(token)
    }

    /// Every token, revoked ones included (editors only): names and owners, never secrets.
    pub fn tokens(&self) -> Result<Vec<TokenRow>> {
        self.editor("list API tokens")?;
        Ok(self.store.tokens()?)
    }

    /// Revokes a token: from now on it is refused.
    pub fn revoke_token(&self, name: &str) -> Result<TokenRow> {
        let editor = self.editor("revoke API tokens")?;
        let now = self.now();
        self.write(&[Intent::Desk], |tx| {
            let Some(token) = tx.token_named(name)? else {
                return Err(DeskError::NotFound(format!("no token named '{name}'")));
            };
            if token.revoked_at.is_some() {
                return Err(DeskError::Refused(format!(
                    "token '{name}' was revoked already"
                )));
            }
            tx.revoke_token(name, &editor.handle, &now)?;
            Ok(tx.token_named(name)?.unwrap_or(token))
        })
    }

    /// The active reviewer a bearer token acts as, unless the token is unknown or revoked.
    pub fn token_reviewer(&self, token: &str) -> Result<Option<Reviewer>> {
        if !token.starts_with(TOKEN_PREFIX) {
            return Ok(None);
        }
        let Some(handle) = self.store.token_handle(&secret::stored_hash(token))? else {
            return Ok(None);
        };
        Ok(self.store.reviewer(&handle)?.filter(|r| r.active))
    }
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}
