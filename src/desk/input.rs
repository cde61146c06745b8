//! Bad input is refused before anything is opened for writing: the size limit and slugs here;
//! bytes that are not an article in [`crate::import`].

use super::{DeskError, Result};

/// The largest article factdesk accepts: far above any real piece (a 10,000-word feature is
/// about 60 KB), low enough that a wrong file (a log, a dump) is refused before it is parsed.
pub const MAX_INPUT_BYTES: u64 = 5 * 1024 * 1024;

/// Slugs name articles on the command line and in URLs: lowercase letters, digits and hyphens.
pub fn validate_slug(slug: &str) -> Result<()> {
    let ok = !slug.is_empty()
        && slug.len() <= 120
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-');
    if ok {
        Ok(())
    } else {
        Err(DeskError::Invalid(format!(
            "slug '{slug}' is not valid: use lowercase letters, digits and hyphens (e.g. cia-mexico)"
        )))
    }
}

/// A slug made from a file name: `Port Strike_2026.txt` -> `port-strike-2026`.
pub fn slug_from_file_name(name: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let mut slug = String::with_capacity(stem.len());
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(validate_slug("cia-mexico-2026").is_ok());
        assert!(validate_slug("CIA Mexico").is_err());
        assert!(validate_slug("").is_err());
        assert_eq!(
            slug_from_file_name("Port Strike_2026-03-04.txt"),
            "port-strike-2026-03-04"
        );
    }
}
