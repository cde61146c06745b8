//! Bad input is refused before anything is opened for writing.

use super::{DeskError, Result};

/// The largest article factdesk accepts: far above any real piece (a 10,000-word feature is
/// about 60 KB), low enough that a wrong file (a log, a dump) is refused before it is parsed.
pub const MAX_INPUT_BYTES: u64 = 5 * 1024 * 1024;

/// Turns a file's bytes into article text, or says clearly why they are not one.
pub fn decode_text(bytes: Vec<u8>, origin: &str) -> Result<String> {
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(DeskError::Invalid(format!(
            "{origin}: {} bytes is over the {} MiB limit for one article; split it or check it is the right file",
            bytes.len(),
            MAX_INPUT_BYTES / 1024 / 1024
        )));
    }
    if let Some(offset) = bytes.iter().position(|b| *b == 0) {
        return Err(DeskError::Invalid(format!(
            "{origin}: looks like a binary file (a NUL byte at offset {offset}); give the article as UTF-8 text or Markdown"
        )));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        DeskError::Invalid(format!(
            "{origin}: not valid UTF-8 (byte 0x{:02X} at offset {offset}); save the file as UTF-8 and try again",
            e.as_bytes()[offset]
        ))
    })?;
    // A byte-order mark is not text: a file of only one is empty.
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(DeskError::Invalid(format!(
            "{origin}: the file is empty (nothing but whitespace); nothing to check"
        )));
    }
    Ok(text)
}

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
    fn names_the_offset_of_invalid_utf8() {
        let err = decode_text(b"Caf\xC3\xA9 ok \xFF tail".to_vec(), "a.txt")
            .unwrap_err()
            .to_string();
        assert!(err.contains("0xFF at offset 9"), "{err}");
    }

    #[test]
    fn refuses_binary_empty_and_huge() {
        assert!(
            decode_text(b"\x89PNG\r\n\x1a\n\0\0".to_vec(), "x.png")
                .unwrap_err()
                .to_string()
                .contains("binary")
        );
        assert!(
            decode_text(b" \n\t\n".to_vec(), "b.txt")
                .unwrap_err()
                .to_string()
                .contains("empty")
        );
        let huge = vec![b'a'; MAX_INPUT_BYTES as usize + 1];
        assert!(
            decode_text(huge, "h.txt")
                .unwrap_err()
                .to_string()
                .contains("limit")
        );
    }

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
