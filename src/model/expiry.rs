//! Facts that date: the classes of words that make a statement true only for a while
//! ("currently", "so far", "42-year-old", a title), and how long a check on such a statement
//! holds under the article's checklist.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::named_enum;

named_enum! {
    /// A class of words that date a statement. Each language lists its words for every class
    /// in its data file (`lang/*.json`, `dating_words`).
    pub enum DatingClass as "class of dating words" {
        /// A state that holds now and may not later: "currently", "so far", "to date", "as of".
        Ongoing = "ongoing",
        /// The newest of a series: "latest", "most recent", "recently".
        Recent = "recent",
        /// Counted from the day of writing: "today", "yesterday", "this week".
        Relative = "relative",
        /// A person's age: "42-year-old", "aged 42".
        Age = "age",
        /// An office or a title someone holds: "chief executive", "minister".
        Title = "title",
    }
}

/// How long the latest check of a statement holds, and whether it still does. Present only on a
/// verified statement (whose words are the checked ones) that the checklist's expiry policy
/// covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Expiry {
    /// What in the statement dates, as the policy names it: `kind:figure`, `words:ongoing`.
    /// When several apply, the one that lapses first.
    pub rule: String,
    /// The dating words found in the statement, as written (`currently`), for a `words:` rule.
    pub words: Option<String>,
    /// How many days the checklist lets a check of this rule stand.
    pub days: u32,
    /// The check it is counted from.
    #[serde(with = "crate::model::time")]
    pub checked_at: DateTime<Utc>,
    /// `checked_at` plus `days` whole days: from this moment on the check no longer counts.
    #[serde(with = "crate::model::time")]
    pub lapses_at: DateTime<Utc>,
    /// Whether `lapses_at` has passed at the moment the desk was read (or, for a revision
    /// that was published, at its publication).
    pub expired: bool,
}
