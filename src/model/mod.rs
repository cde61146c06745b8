//! Plain domain types: no SQL, no printing, no clock. Closed enums are mapped to their stable
//! string names here (`as_str` / `FromStr`), the one spelling used by storage, JSON and the CLI.

mod check;
mod diff;
mod element;
mod event;
mod expiry;
mod finding;
mod gate;
pub mod hidden;
mod ids;
mod kind;
mod metadata;
mod notification;
mod publication;
mod query;
mod ruling;
mod source;
mod span;
mod statement;
mod status;
pub mod time;

pub use check::{Assignment, Check, Reviewer, Role};
pub use diff::{Change, Diff, SinceCheck, StatementChange, WordEdit, WordOp};
pub use element::{Confirmation, Element, Part, PartChange, PartKind};
pub use event::EventKind;
pub use expiry::{DatingClass, Expiry};
pub use finding::{Dismissal, Finding, Level, RevisionFinding};
pub use gate::{Gate, GateReason};
pub use ids::{ArticleId, CheckId, RevisionId, StatementId};
pub use kind::{Kind, KindReasons, KindSet};
pub use metadata::{Byline, Heading, Metadata, Published};
pub use notification::{Notification, NotificationKind};
pub use publication::{Correction, Publication};
pub use query::{Query, QueryAnswer, QueryState};
pub use ruling::{Decision, Dispute, Ruling};
pub use source::{Confidential, Identity, Source, SourceKind};
pub use span::Span;
pub use statement::Statement;
pub use status::Status;

/// An unknown name for one of the closed enums, with the names that would have been accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} '{given}' (expected one of: {expected})")]
pub struct UnknownName {
    pub what: &'static str,
    pub given: String,
    pub expected: String,
}

/// Declares a closed enum with one stable kebab-case name per variant, `as_str`, `ALL`,
/// `FromStr` (with an error listing the accepted names) and serde as that name.
macro_rules! named_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident as $what:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::model::UnknownName;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::model::UnknownName {
                        what: $what,
                        given: s.to_string(),
                        expected: [$($text,)+].join(", "),
                    }),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
pub(crate) use named_enum;
