use serde::{Deserialize, Serialize};

use super::named_enum;

named_enum! {
    /// What a check rests on.
    pub enum SourceKind as "source kind" {
        Document = "document",
        Web = "web",
        Interview = "interview",
        Data = "data",
        PriorReporting = "prior-reporting",
        Recording = "recording",
    }
}

/// A source a check rests on. The same source may back checks of many statements.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    pub kind: SourceKind,
    /// A URL or a description ("Annual report 2025, p. 14").
    pub citation: String,
    /// Who was contacted, for interviews and the like.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// When they were contacted, as written (usually an ISO date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacted_on: Option<String>,
}

/// Why a `KIND:CITATION` source could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SourceParseError {
    #[error(
        "source '{0}' has no kind: write it as KIND:CITATION, e.g. web:https://example.org/report"
    )]
    MissingKind(String),
    #[error(transparent)]
    UnknownKind(#[from] super::UnknownName),
    #[error("source '{0}' has an empty citation: say what was consulted after the colon")]
    EmptyCitation(String),
}

impl Source {
    /// Reads the command line's short form `KIND:CITATION`.
    ///
    /// For `interview` the citation may be `Name, title, YYYY-MM-DD`: the last comma-separated
    /// part, when it is an ISO date, becomes `contacted_on` and the rest the `contact`.
    pub fn parse_short(input: &str) -> Result<Source, SourceParseError> {
        let (kind, citation) = input
            .split_once(':')
            .ok_or_else(|| SourceParseError::MissingKind(input.to_string()))?;
        let kind: SourceKind = kind.trim().parse()?;
        let citation = citation.trim();
        if citation.is_empty() {
            return Err(SourceParseError::EmptyCitation(input.to_string()));
        }
        let mut source = Source {
            kind,
            citation: citation.to_string(),
            contact: None,
            contacted_on: None,
        };
        if kind == SourceKind::Interview {
            let (who, when) = match citation.rsplit_once(',') {
                Some((who, when)) if is_iso_date(when.trim()) => (who.trim(), Some(when.trim())),
                _ => (citation, None),
            };
            source.contact = Some(who.to_string());
            source.contacted_on = when.map(str::to_string);
        }
        Ok(source)
    }

    /// Only http and https citations may ever become links.
    pub fn link(&self) -> Option<&str> {
        let lower = self
            .citation
            .get(..8)
            .unwrap_or(&self.citation)
            .to_ascii_lowercase();
        (lower.starts_with("http://") || lower.starts_with("https://"))
            .then_some(self.citation.as_str())
    }
}

fn is_iso_date(s: &str) -> bool {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.kind, self.citation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_web_and_interview_short_forms() {
        let web = Source::parse_short("web:https://www.justice.gov/opa").unwrap();
        assert_eq!(web.kind, SourceKind::Web);
        assert_eq!(web.citation, "https://www.justice.gov/opa");
        assert_eq!(web.link(), Some("https://www.justice.gov/opa"));

        let talk = Source::parse_short("interview:Ana Ruiz, DOJ spokeswoman, 2026-01-16").unwrap();
        assert_eq!(talk.contact.as_deref(), Some("Ana Ruiz, DOJ spokeswoman"));
        assert_eq!(talk.contacted_on.as_deref(), Some("2026-01-16"));
        assert_eq!(talk.link(), None);
    }

    #[test]
    fn refuses_missing_or_unknown_kind_and_empty_citation() {
        assert!(matches!(
            Source::parse_short("https"),
            Err(SourceParseError::MissingKind(_))
        ));
        assert!(matches!(
            Source::parse_short("rumour:x"),
            Err(SourceParseError::UnknownKind(_))
        ));
        assert!(matches!(
            Source::parse_short("web:  "),
            Err(SourceParseError::EmptyCitation(_))
        ));
    }

    #[test]
    fn javascript_citations_never_link() {
        let s = Source::parse_short("web:javascript:alert(1)").unwrap();
        assert_eq!(s.link(), None);
    }
}
