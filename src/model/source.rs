//! The sources a check rests on: their kind and citation, and what the desk may show of a
//! confidential source (never who it is).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What a check rests on. A new source is one of the named kinds; a stored source may carry a
/// kind this binary does not know (written by a newer factdesk or another client): it is kept as
/// [`SourceKind::Other`] and shown by its name, never dropped, so a verified check never shows
/// without the source it rests on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceKind {
    Document,
    Web,
    Interview,
    Data,
    PriorReporting,
    Recording,
    /// A person whose identity only editors and the statement's assignee may read: the
    /// identity is kept apart from the source (see [`Confidential`]).
    Confidential,
    /// A stored kind this binary does not know, by its stored name.
    Other(String),
}

impl SourceKind {
    /// The kinds a new source may have.
    pub const ALL: &'static [SourceKind] = &[
        SourceKind::Document,
        SourceKind::Web,
        SourceKind::Interview,
        SourceKind::Data,
        SourceKind::PriorReporting,
        SourceKind::Recording,
        SourceKind::Confidential,
    ];

    pub fn as_str(&self) -> &str {
        match self {
            SourceKind::Document => "document",
            SourceKind::Web => "web",
            SourceKind::Interview => "interview",
            SourceKind::Data => "data",
            SourceKind::PriorReporting => "prior-reporting",
            SourceKind::Recording => "recording",
            SourceKind::Confidential => "confidential",
            SourceKind::Other(name) => name,
        }
    }

    /// A kind as stored: a known name, or any other kept as [`SourceKind::Other`].
    pub fn from_stored(name: &str) -> SourceKind {
        name.parse()
            .unwrap_or_else(|_| SourceKind::Other(name.to_string()))
    }
}

impl std::fmt::Display for SourceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Reads a kind for a new source: only the known names (the error lists them).
impl std::str::FromStr for SourceKind {
    type Err = super::UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SourceKind::ALL
            .iter()
            .find(|k| k.as_str() == s)
            .cloned()
            .ok_or_else(|| super::UnknownName {
                what: "source kind",
                given: s.to_string(),
                expected: SourceKind::ALL
                    .iter()
                    .map(SourceKind::as_str)
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

impl Serialize for SourceKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Reads stored data: an unknown kind is kept, as in the database.
impl<'de> Deserialize<'de> for SourceKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str> as Deserialize>::deserialize(d)?;
        Ok(SourceKind::from_stored(&s))
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
    /// Set for a source of kind `confidential`: who attests the identity, and whether they
    /// have. The identity itself is never read into a stored source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<Confidential>,
}

/// A confidential source as the desk may show it: which stored source it is, the editor who
/// knows the identity and when they attested it. The identity is here only on a new source, on
/// its way into the store; a source read back never carries it, so no output built from one can
/// show it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Confidential {
    /// The stored source's id, by which an editor or the assignee asks for the identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<i64>,
    /// The editor who knows the identity and attests it. On a new source `None` names the
    /// acting editor.
    pub known_to: Option<String>,
    /// When that editor attested it; `None` while the attestation is awaited.
    #[serde(default, with = "crate::model::time::option")]
    pub attested_at: Option<DateTime<Utc>>,
    /// Only on a new source: who it is. Never serialized, never shown by `Debug`.
    #[serde(skip)]
    pub identity: Option<Identity>,
}

/// Who a confidential source is. Its `Debug` withholds it and it has no `Display` nor
/// `Serialize`, so it cannot reach an output or a log by formatting; [`Identity::reveal`] is the
/// one way to its text.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Identity(String);

impl Identity {
    pub fn new(text: &str) -> Identity {
        Identity(text.trim().to_string())
    }

    /// The identity's text, for the store to keep and for the readers the desk allows.
    pub fn reveal(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Identity(withheld)")
    }
}

impl Confidential {
    /// How the source reads everywhere but to its permitted readers.
    pub fn public_text(&self) -> String {
        let who = self.known_to.as_deref().unwrap_or("an editor");
        let id = self
            .source_id
            .map(|id| format!(" (source {id})"))
            .unwrap_or_default();
        if self.attested_at.is_some() {
            format!("confidential source, identity known to {who}{id}")
        } else {
            format!("confidential source, identity awaiting {who}'s attestation{id}")
        }
    }
}

/// Why a `KIND:CITATION` source could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SourceParseError {
    #[error(
        "source '{0}' has no kind: write it as KIND:CITATION, e.g. web:https://example.org/report"
    )]
    MissingKind(String),
    #[error("source '{0}' has no kind: a web page is written web:{0}")]
    BareUrl(String),
    #[error(transparent)]
    UnknownKind(#[from] super::UnknownName),
    #[error(
        "a web source must be an http:// or https:// address, got '{0}' (e.g. web:https://example.org/report; use document:, data: or prior-reporting: for other material)"
    )]
    NotAUrl(String),
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
        let scheme = kind.trim().to_ascii_lowercase();
        if (scheme == "http" || scheme == "https") && citation.starts_with("//") {
            return Err(SourceParseError::BareUrl(input.trim().to_string()));
        }
        let kind: SourceKind = kind.trim().parse()?;
        let citation = citation.trim();
        if citation.is_empty() {
            return Err(SourceParseError::EmptyCitation(input.to_string()));
        }
        if kind == SourceKind::Web && !is_http_url(citation) {
            return Err(SourceParseError::NotAUrl(citation.to_string()));
        }
        if kind == SourceKind::Confidential {
            return Ok(Source::confidential(Identity::new(citation), None));
        }
        let interview = kind == SourceKind::Interview;
        let mut source = Source {
            kind,
            citation: citation.to_string(),
            contact: None,
            contacted_on: None,
            confidential: None,
        };
        if interview {
            let (who, when) = match citation.rsplit_once(',') {
                Some((who, when)) if is_iso_date(when.trim()) => (who.trim(), Some(when.trim())),
                _ => (citation, None),
            };
            source.contact = Some(who.to_string());
            source.contacted_on = when.map(str::to_string);
        }
        Ok(source)
    }

    /// A new confidential source: `identity`, attested by the editor `known_to` (`None`: the
    /// acting editor). Its citation is the public text; the identity travels apart.
    pub fn confidential(identity: Identity, known_to: Option<String>) -> Source {
        let confidential = Confidential {
            source_id: None,
            known_to,
            attested_at: None,
            identity: Some(identity),
        };
        Source {
            kind: SourceKind::Confidential,
            citation: confidential.public_text(),
            contact: None,
            contacted_on: None,
            confidential: Some(confidential),
        }
    }

    /// Names the editor who knows a new confidential source's identity (nothing for any other).
    pub fn known_to(mut self, editor: &str) -> Source {
        if let Some(confidential) = &mut self.confidential {
            confidential.known_to = Some(editor.to_string());
            self.citation = confidential.public_text();
        }
        self
    }

    /// Only http and https citations may ever become links.
    pub fn link(&self) -> Option<&str> {
        let lower = self
            .citation
            .get(..8)
            .unwrap_or(&self.citation)
            .to_ascii_lowercase();
        // A link with a hidden character would open something other than what it shows.
        let shows_what_it_opens = !self.citation.contains(super::hidden::is_hidden);
        ((lower.starts_with("http://") || lower.starts_with("https://")) && shows_what_it_opens)
            .then_some(self.citation.as_str())
    }
}

/// `http://` or `https://` (any case), a host, and no whitespace anywhere.
fn is_http_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !s.chars().any(char::is_whitespace)
    })
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
    fn a_bare_url_is_pointed_to_web_and_web_takes_only_http_urls() {
        let bare = Source::parse_short("https://x.com/a").unwrap_err();
        assert_eq!(bare, SourceParseError::BareUrl("https://x.com/a".into()));
        assert!(bare.to_string().contains("web:https://x.com/a"), "{bare}");
        for bad in [
            "web:not a url",
            "web:javascript:alert(1)",
            "web:https://",
            "web:ftp://x.org",
        ] {
            assert!(
                matches!(Source::parse_short(bad), Err(SourceParseError::NotAUrl(_))),
                "{bad}"
            );
        }
        assert!(Source::parse_short("web:HTTP://Example.org").is_ok());
    }

    #[test]
    fn a_stored_kind_this_binary_does_not_know_is_kept_by_name() {
        let kind = SourceKind::from_stored("podcast");
        assert_eq!(kind, SourceKind::Other("podcast".into()));
        assert_eq!(kind.to_string(), "podcast");
        assert_eq!(SourceKind::from_stored("web"), SourceKind::Web);
        // New input still takes only the known kinds.
        assert!("podcast".parse::<SourceKind>().is_err());
        let json: SourceKind = serde_json::from_str("\"podcast\"").unwrap();
        assert_eq!(serde_json::to_string(&json).unwrap(), "\"podcast\"");
    }

    #[test]
    fn a_confidential_source_keeps_its_identity_out_of_every_formatting() {
        let source = Source::parse_short("confidential: Xqv Palk, harbour master ").unwrap();
        let confidential = source.confidential.as_ref().unwrap();
        assert_eq!(
            confidential.identity.as_ref().map(Identity::reveal),
            Some("Xqv Palk, harbour master")
        );
        let source = source.known_to("ed");
        for shown in [
            source.to_string(),
            format!("{source:?}"),
            serde_json::to_string(&source).unwrap(),
        ] {
            assert!(!shown.contains("Xqv"), "{shown}");
        }
        assert_eq!(
            source.citation,
            "confidential source, identity awaiting ed's attestation"
        );
        assert_eq!(source.link(), None);
        // Read back from JSON, a confidential source has no identity to show.
        let json = serde_json::to_string(&source).unwrap();
        let back: Source = serde_json::from_str(&json).unwrap();
        assert!(back.confidential.unwrap().identity.is_none());
    }

    #[test]
    fn javascript_citations_never_link() {
        let s = Source::parse_short("document:javascript:alert(1)").unwrap();
        assert_eq!(s.link(), None);
    }
}
