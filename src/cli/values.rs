//! Parsers for the command line's closed values and ids. Closed sets go through clap's possible
//! values, so a wrong word is a usage error (exit 2) and `--help` lists the accepted ones; the
//! names themselves come from the model, their one spelling.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use crate::lang::Language;
use crate::model::{Element, Kind, Role, StatementId, Status};
use crate::report::Format;

/// A statement id as printed (`#221`) or bare (`221`).
pub fn statement_id(text: &str) -> Result<StatementId, String> {
    let digits = text.trim().trim_start_matches('#');
    digits
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .map(StatementId)
        .ok_or_else(|| {
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

/// One of `names` as listed in `--help`, read by the type's own lenient reader (which may also
/// take other spellings: `markdown` for `md`, `English` for `en`). A word it does not know is
/// clap's usage error listing `names`.
#[derive(Clone)]
struct Named<T> {
    names: Vec<&'static str>,
    read: fn(&str) -> Option<T>,
}

impl<T: Clone + Send + Sync + 'static> TypedValueParser for Named<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        if let Some(found) = value.to_str().and_then(self.read) {
            return Ok(found);
        }
        // Not a spelling the reader takes, so not one of the names either: clap's own error.
        PossibleValuesParser::new(self.names.clone())
            .parse_ref(cmd, arg, value)
            .map(|name| (self.read)(&name).expect("the reader takes every listed name"))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.names.iter().map(|n| PossibleValue::new(*n))))
    }
}

/// How to read an input file (`--format` of `split`, `ingest`, `revise`).
pub fn input_format() -> impl TypedValueParser<Value = crate::parse::Format> {
    Named {
        names: crate::parse::Format::NAMES.to_vec(),
        read: crate::parse::Format::from_name,
    }
}

/// An article's language (`--lang`): its code, or its name in English.
pub fn language() -> impl TypedValueParser<Value = Language> {
    Named {
        names: Language::ALL.iter().map(|l| l.code()).collect(),
        read: Language::from_name,
    }
}

/// An encoding label (`--encoding`): one the importer reads, or a usage error before any file
/// is opened. Too many labels to list; the message names examples.
pub fn encoding(label: &str) -> Result<String, String> {
    if crate::import::is_known_encoding(label) {
        Ok(label.to_string())
    } else {
        Err(format!(
            "not an encoding factdesk knows; use a WHATWG label such as {}",
            crate::import::ENCODING_EXAMPLES
        ))
    }
}

/// A built-in checklist's name (`checklist show`).
pub fn builtin_checklist() -> impl TypedValueParser<Value = String> {
    Named {
        names: crate::checklist::builtin_names().to_vec(),
        read: |name| {
            crate::checklist::builtin_names()
                .contains(&name)
                .then(|| name.to_string())
        },
    }
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

    fn parse<T: Clone + Send + Sync + 'static>(
        parser: impl TypedValueParser<Value = T>,
        word: &str,
    ) -> Result<T, String> {
        parser
            .parse_ref(&clap::Command::new("t"), None, std::ffi::OsStr::new(word))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn named_values_take_every_spelling_of_their_reader_and_list_the_names() {
        assert_eq!(parse(language(), "en"), Ok(Language::English));
        assert_eq!(parse(language(), "English"), Ok(Language::English));
        assert_eq!(
            parse(input_format(), "markdown"),
            Ok(crate::parse::Format::Markdown)
        );
        let error = parse(language(), "klingon").unwrap_err();
        assert!(
            error.contains("[possible values: en, es, fr, de, pt, sv]"),
            "{error}"
        );
        let listed: Vec<String> = input_format()
            .possible_values()
            .unwrap()
            .map(|v| v.get_name().to_string())
            .collect();
        assert_eq!(listed, crate::parse::Format::NAMES);
    }

    #[test]
    fn statement_ids_take_the_printed_hash() {
        assert_eq!(statement_id("#221"), Ok(StatementId(221)));
        assert_eq!(statement_id("221"), Ok(StatementId(221)));
        assert!(statement_id("#").is_err());
        assert!(statement_id("abc").is_err());
        assert!(statement_id("0").is_err());
    }
}
