//! A posted check form read into what [`crate::desk::Desk::check`] takes: the status, every
//! source row that has a citation (kind, citation, contact, date), the note, the ticked
//! checklist items and, for `partly-verified`, the excepted parts (one a line). Only the form's shape is read here; every rule (who may check, what a
//! status needs) is the desk's.

use super::error::PageError;
use crate::model::{Source, Status};

/// The fields of a check form, read from its `name=value` pairs in order.
#[derive(Debug, Default, PartialEq)]
pub struct PostedCheck {
    pub status: Option<Status>,
    pub sources: Vec<Source>,
    pub note: Option<String>,
    pub items: Vec<String>,
    /// The parts a partly-verified check does not cover: the `except` field's non-blank lines.
    pub excepted: Vec<String>,
    /// Where to go next: `queue`, `statement` or `article`.
    pub next: String,
}

/// One source row before it is checked: `s{N}_kind`, `s{N}_citation`, `s{N}_contact`,
/// `s{N}_date`.
#[derive(Default)]
struct Row {
    kind: String,
    citation: String,
    contact: String,
    date: String,
}

pub fn read(pairs: &[(String, String)]) -> Result<PostedCheck, PageError> {
    let mut posted = PostedCheck::default();
    let mut rows: std::collections::BTreeMap<u32, Row> = Default::default();
    let mut known_to = None;
    for (name, value) in pairs {
        match name.as_str() {
            "status" => {
                let status = value.parse::<Status>().map_err(|e| {
                    PageError::bad_request(format!("{e}: choose a status in the form"))
                })?;
                posted.status = Some(status);
            }
            "note" => posted.note = Some(value.clone()),
            "items" => posted.items.push(value.clone()),
            "except" => posted.excepted.extend(
                value
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(String::from),
            ),
            "next" => posted.next = value.clone(),
            "known_to" => known_to = Some(value.trim().to_string()).filter(|v| !v.is_empty()),
            _ => {
                if let Some((index, field)) = source_field(name) {
                    let row = rows.entry(index).or_default();
                    match field {
                        "kind" => row.kind = value.clone(),
                        "citation" => row.citation = value.clone(),
                        "contact" => row.contact = value.clone(),
                        _ => row.date = value.clone(),
                    }
                }
            }
        }
    }
    for (index, row) in rows {
        if row.citation.trim().is_empty() {
            if !row.contact.trim().is_empty() || !row.date.trim().is_empty() {
                return Err(PageError::bad_request(format!(
                    "source {} has a contact or a date but no citation: say what was consulted, or clear the row",
                    index + 1
                )));
            }
            continue;
        }
        // The same reading as the command line's `--source KIND:CITATION` (a web source must
        // be an http(s) address, and so on), then the contact and date given apart.
        let mut source = Source::parse_short(&format!("{}:{}", row.kind, row.citation.trim()))
            .map_err(|e| PageError::bad_request(format!("source {}: {e}", index + 1)))?;
        let given = |text: &str| Some(text.trim().to_string()).filter(|t| !t.is_empty());
        if source.confidential.is_some() {
            // Everything about the person is the identity, kept apart: a contact or date field
            // would be stored in the open.
            if given(&row.contact).is_some() || given(&row.date).is_some() {
                return Err(PageError::bad_request(format!(
                    "source {} is confidential: write who it is in the citation, and leave contact and date empty",
                    index + 1
                )));
            }
            if let Some(editor) = &known_to {
                source = source.known_to(editor);
            }
            posted.sources.push(source);
            continue;
        }
        if let Some(contact) = given(&row.contact) {
            source.contact = Some(contact);
        }
        if let Some(date) = given(&row.date) {
            source.contacted_on = Some(date);
        }
        posted.sources.push(source);
    }
    Ok(posted)
}

/// `s3_citation` → (3, "citation").
fn source_field(name: &str) -> Option<(u32, &str)> {
    let rest = name.strip_prefix('s')?;
    let (index, field) = rest.split_once('_')?;
    let index = index.parse().ok()?;
    matches!(field, "kind" | "citation" | "contact" | "date").then_some((index, field))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceKind;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn reads_several_sources_with_contact_and_date_and_skips_empty_rows() {
        let posted = read(&pairs(&[
            ("status", "verified"),
            ("s0_kind", "web"),
            ("s0_citation", "https://www.justice.gov/opa"),
            ("s0_contact", ""),
            ("s0_date", ""),
            ("s1_kind", "interview"),
            ("s1_citation", "phone call"),
            ("s1_contact", "Ana Ruiz, DOJ"),
            ("s1_date", "2026-01-16"),
            ("s2_kind", "document"),
            ("s2_citation", "  "),
            ("items", "figure-source"),
            ("note", "both agree"),
            ("next", "queue"),
        ]))
        .unwrap();
        assert_eq!(posted.status, Some(Status::Verified));
        assert_eq!(posted.sources.len(), 2);
        assert_eq!(posted.sources[0].kind, SourceKind::Web);
        assert_eq!(posted.sources[1].contact.as_deref(), Some("Ana Ruiz, DOJ"));
        assert_eq!(
            posted.sources[1].contacted_on.as_deref(),
            Some("2026-01-16")
        );
        assert_eq!(posted.items, ["figure-source"]);
        assert_eq!(posted.note.as_deref(), Some("both agree"));
        assert_eq!(posted.next, "queue");
    }

    #[test]
    fn a_bad_source_or_status_is_refused_with_its_row() {
        let err = read(&pairs(&[("s1_kind", "web"), ("s1_citation", "not a url")])).unwrap_err();
        assert!(err.message.starts_with("source 2: "), "{}", err.message);
        let err = read(&pairs(&[("s0_kind", "web"), ("s0_contact", "Ana")])).unwrap_err();
        assert!(err.message.contains("no citation"), "{}", err.message);
        let err = read(&pairs(&[("status", "fine")])).unwrap_err();
        assert!(err.message.contains("choose a status"), "{}", err.message);
    }
}
