//! What a revision says about itself: headline, byline, date, dateline and the rest of its metadata.

use serde::{Deserialize, Serialize};

/// What a revision says about itself, parsed from its text. Nothing here is a statement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// `text` or `markdown`.
    pub format: String,
    /// The language the text is read in (ISO 639-1: `en`, `es`, `fr`, `de`, `pt`, `sv`): given
    /// with `--lang` or detected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Published>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bylines: Vec<Byline>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// As written: "4 Minute Read".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading_time: Option<String>,
    /// As written, without its trailing separator: "WASHINGTON, DC".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headings: Vec<Heading>,
    /// The text of each editor's note (its sentences are statements too: they make claims).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub editors_notes: Vec<String>,
}

/// The publication date line, as written and as understood.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// The text it was read from: "Saturday, January 17, 2026, 7:30 A.M. ET".
    pub raw: String,
    /// ISO date, when one could be read: "2026-01-17".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The weekday as written ("Saturday"), so a wrong one can be flagged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<String>,
    /// The time as written ("7:30 A.M. ET").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Byline {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// A section heading: not a statement, but it places the statements under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    pub text: String,
    /// The 1-based paragraph (block) number the heading occupies.
    pub paragraph: u32,
}
