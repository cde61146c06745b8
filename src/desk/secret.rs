//! The secrets of sign-in: argon2id password hashes, random ids from the operating system, and
//! the SHA-256 under which a session id or an API token is stored (a copy of the database holds
//! no usable secret).

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use sha2::{Digest, Sha256};

use super::{DeskError, Result};

/// A password hash that matches no password: checked when the handle is unknown, so a wrong
/// handle costs the same time as a wrong password and does not tell an attacker which it was.
const DECOY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$ZmFjdGRlc2tkZWNveXNhbHQ$2wTYGs/0wP1Ozu7U6mNaYmnbBjiWyrfxDFgaj9dDmb0";

/// An argon2id PHC string (argon2's defaults: the OWASP minimum of 19 MiB, two passes) with a
/// random salt.
pub fn hash_password(password: &str) -> Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|e| DeskError::Invalid(format!("the password could not be hashed: {e}")))
}

/// Whether `password` matches `hash`; `None` checks against the decoy and answers false.
pub fn password_matches(password: &str, hash: Option<&str>) -> bool {
    let Ok(parsed) = PasswordHash::new(hash.unwrap_or(DECOY_HASH)) else {
        return false;
    };
    let matches = Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok();
    matches && hash.is_some()
}

/// 32 random bytes from the operating system, as 64 lowercase hex digits.
pub fn random_hex() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| {
        DeskError::Invalid(format!(
            "the system's random source failed ({e}): try again"
        ))
    })?;
    Ok(hex(&bytes))
}

/// How a secret is stored: the hex SHA-256 of its text.
pub fn stored_hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_matches_its_own_hash_only() {
        let hash = hash_password("correct horse").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(password_matches("correct horse", Some(&hash)));
        assert!(!password_matches("correct horsE", Some(&hash)));
        // Two hashes of one password differ: each has its own salt.
        assert_ne!(hash, hash_password("correct horse").unwrap());
    }

    #[test]
    fn the_decoy_hash_parses_and_admits_nobody() {
        assert!(PasswordHash::new(DECOY_HASH).is_ok());
        assert!(!password_matches("", None));
        assert!(!password_matches("anything", None));
    }

    #[test]
    fn random_ids_are_long_and_differ() {
        let (a, b) = (random_hex().unwrap(), random_hex().unwrap());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(stored_hash(&a).len(), 64);
        assert_ne!(stored_hash(&a), a);
    }
}
