//! Parsers for the command line's closed values and ids. Closed sets go through clap's possible
//! values, so a wrong word is a usage error (exit 2) and `--help` lists the accepted ones; the
//! names themselves come from the model, their one spelling.

use clap::builder::{PossibleValuesParser, TypedValueParser};

use crate::model::{Element, Kind, Role, StatementId, Status};
use crate::report::Format;

/// A statement id as printed (`#221`) or bare (`221`).
pub fn statement_id(text: &str) -> Result<StatementId, String> {
    let digits = text.trim().trim_start_matches('#');
    digits.parse::<StatementId>().ok().filter(|id| *id > 0).ok_or_else(|| {
        format!("'{text}' is not a statement id (a number such as 221 or #221; see `factdesk statements SLUG`)")
    })
}

/// One of `names`, converted by the type's own `FromStr` (which accepts exactly those names).
fn closed<T>(names: impl IntoIterator<Item = &'static str>) -> impl TypedValueParser<Value = T>
where
    T: std::str::FromStr + Clone + Send + Sync + 'static,
    T::Err: std::fmt::Debug,
{
    PossibleValuesParser::new(names.into_iter().collect::<Vec<_>>()).map(|name: String| {
        name.parse::<T>()
            .expect("possible values are the type's names")
    })
}

pub fn role() -> impl TypedValueParser<Value = Role> {
    closed(Role::ALL.iter().map(|r| r.as_str()))
}

pub fn kind() -> impl TypedValueParser<Value = Kind> {
    closed(Kind::ALL.iter().map(|k| k.as_str()))
}

pub fn element() -> impl TypedValueParser<Value = Element> {
    closed(Element::ALL.iter().map(|e| e.as_str()))
}

/// A verdict a reviewer may record: every status but `unchecked`, where statements start.
pub fn verdict() -> impl TypedValueParser<Value = Status> {
    closed(
        Status::ALL
            .iter()
            .filter(|s| **s != Status::Unchecked)
            .map(|s| s.as_str()),
    )
}

pub fn report_format() -> impl TypedValueParser<Value = Format> {
    closed(Format::NAMES.iter().copied())
}

/// `statements --status`: a status, or `stale` for statements changed since their last check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    Is(Status),
    Stale,
}

impl std::str::FromStr for StatusFilter {
    type Err = crate::model::UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "stale" => Ok(StatusFilter::Stale),
            other => other.parse().map(StatusFilter::Is),
        }
    }
}

pub fn status_filter() -> impl TypedValueParser<Value = StatusFilter> {
    closed(
        Status::ALL
            .iter()
            .map(|s| s.as_str())
            .chain(std::iter::once("stale")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statement_ids_take_the_printed_hash() {
        assert_eq!(statement_id("#221"), Ok(221));
        assert_eq!(statement_id("221"), Ok(221));
        assert!(statement_id("#").is_err());
        assert!(statement_id("abc").is_err());
        assert!(statement_id("0").is_err());
    }
}
