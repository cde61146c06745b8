//! Why a checklist was refused, said so a research chief can fix the file: where (file, line,
//! column) and what was expected.

use std::fmt;

/// A checklist that could not be read or is not valid.
#[derive(Debug, thiserror::Error)]
pub enum ChecklistError {
    /// The file could not be read at all.
    #[error("{origin}: cannot read the checklist: {source}")]
    Read {
        origin: String,
        #[source]
        source: std::io::Error,
    },
    /// The file is not one to read: a device, a pipe, a folder, or over the size limit.
    #[error("{0}")]
    Input(crate::bounded::ReadError),
    /// The file was read but is not a valid checklist.
    #[error("{0}")]
    Invalid(Invalid),
    /// Several problems, in file order, one a line.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Several(Vec<Invalid>),
}

/// A problem inside a checklist's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// The file path, or `builtin:NAME`.
    pub origin: String,
    /// 1-based line and column, when the problem could be placed.
    pub location: Option<(usize, usize)>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.origin, self.message),
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

impl ChecklistError {
    pub(super) fn invalid(
        origin: &str,
        location: Option<(usize, usize)>,
        message: impl Into<String>,
    ) -> ChecklistError {
        ChecklistError::Invalid(Invalid {
            origin: origin.to_string(),
            location,
            message: message.into(),
        })
    }

    /// One error for one problem, `Several` for more (`problems` is not empty).
    pub(super) fn from_problems(mut problems: Vec<Invalid>) -> ChecklistError {
        if problems.len() == 1 {
            ChecklistError::Invalid(problems.remove(0))
        } else {
            ChecklistError::Several(problems)
        }
    }

    /// Every problem found, in file order.
    pub fn problems(&self) -> Vec<&Invalid> {
        match self {
            ChecklistError::Read { .. } | ChecklistError::Input(_) => Vec::new(),
            ChecklistError::Invalid(invalid) => vec![invalid],
            ChecklistError::Several(all) => all.iter().collect(),
        }
    }

    /// 1-based line and column of the (first) problem, when known.
    pub fn location(&self) -> Option<(usize, usize)> {
        self.problems().first().and_then(|p| p.location)
    }

    /// Turns a serde_yaml error into ours: its location moves to the front, and the path it
    /// names ("routing", "items.figure[0].required") is said in words.
    ///
    /// serde_yaml places a bad name inside a list, or a key written twice, at the start of the
    /// list or mapping; we move the location onto the offending word in `text`.
    pub(super) fn from_yaml(origin: &str, text: &str, error: &serde_yaml::Error) -> ChecklistError {
        let mut location = error.location().map(|l| (l.line(), l.column()));
        let mut message = error.to_string();
        if let Some((line, column)) = location {
            let suffix = format!(" at line {line} column {column}");
            if let Some(at) = message.find(&suffix) {
                message.replace_range(at..at + suffix.len(), "");
            }
        }
        if let (Some(found), Some((word, skip))) = (error.location(), offending_word(&message)) {
            location = word_location(text, found.index(), word, skip).or(location);
        }
        for (internal, said) in STRUCT_NAMES {
            message = message.replace(internal, said);
        }
        ChecklistError::invalid(origin, location, reword(&message))
    }
}

/// serde's names for our types, as a reader would say them.
const STRUCT_NAMES: [(&str, &str); 5] = [
    (
        "struct RawChecklist",
        "a mapping with name, title, items, routing, checks, gate, expiry and auto_assign_on_revise",
    ),
    (
        "struct PartialChecklist",
        "a mapping with name, title, items, routing, checks, gate, expiry and auto_assign_on_revise",
    ),
    (
        "struct RawExpiry",
        "a mapping with kinds and words (each a mapping to days)",
    ),
    ("struct RawItem", "an item with id, text and required"),
    (
        "struct RawGate",
        "a mapping with blocking_statuses, block_stale, verified_needs_source, blocking_levels, require_items, block_open_queries and two_verifiers",
    ),
];

/// serde_yaml writes `path: message`; we write `message under path (expected ...)`, which reads
/// better to someone who does not know the term "path".
fn reword(message: &str) -> String {
    let Some((path, rest)) = message.split_once(": ") else {
        return message.to_string();
    };
    let looks_like_path = !path.is_empty()
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.[]?".contains(c));
    if !looks_like_path {
        return message.to_string();
    }
    let place = format!(" under {path}");
    let expected = [" (expected", ", expected"]
        .iter()
        .filter_map(|marker| rest.find(marker))
        .min();
    match expected {
        Some(at) => format!("{}{place}{}", &rest[..at], &rest[at..]),
        None => format!("{rest}{place}"),
    }
}

/// The word a message is about, and how many of its occurrences to pass over from serde_yaml's
/// location: "unknown status 'wrong'" -> ("wrong", 0); "'figure' is written twice" ->
/// ("figure", 1).
fn offending_word(message: &str) -> Option<(&str, usize)> {
    if let Some(at) = message.find("unknown ") {
        let rest = &message[at..];
        if rest.starts_with("unknown field") {
            return None;
        }
        return quoted(rest).map(|word| (word, 0));
    }
    if message.contains("is written twice") {
        return quoted(message).map(|word| (word, 1));
    }
    None
}

/// The first text between single quotes.
fn quoted(s: &str) -> Option<&str> {
    let start = s.find('\'')? + 1;
    let end = start + s[start..].find('\'')?;
    Some(&s[start..end])
}

/// The 1-based line and column of the `skip`-th whole-word occurrence of `word` at or after
/// byte `from` of `text`.
fn word_location(text: &str, from: usize, word: &str, skip: usize) -> Option<(usize, usize)> {
    let is_word_char = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let mut seen = 0;
    let mut search = from.min(text.len());
    while let Some(found) = text.get(search..)?.find(word) {
        let at = search + found;
        let end = at + word.len();
        let bounded = !text[..at].ends_with(is_word_char) && !text[end..].starts_with(is_word_char);
        if bounded {
            if seen == skip {
                let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
                let line = text[..at].matches('\n').count() + 1;
                return Some((line, text[line_start..at].chars().count() + 1));
            }
            seen += 1;
        }
        search = end;
    }
    None
}

/// The 1-based line and column of the `occurrence`-th (0-based) line whose key is `key` and,
/// when `value` is given, whose value is `value` (quoted or not). Used to place problems found
/// after parsing, when serde_yaml's positions are gone.
pub(super) fn locate(
    text: &str,
    key: &str,
    value: Option<&str>,
    occurrence: usize,
) -> Option<(usize, usize)> {
    let mut seen = 0;
    for (number, line) in text.lines().enumerate() {
        let body = line.trim_start();
        let body = body.strip_prefix("- ").unwrap_or(body).trim_start();
        let Some(after_key) = body.strip_prefix(key) else {
            continue;
        };
        let Some(after_colon) = after_key.trim_start().strip_prefix(':') else {
            continue;
        };
        let found = after_colon.trim();
        let found = found.split(" #").next().unwrap_or(found).trim();
        let found = found.trim_matches(|c| c == '"' || c == '\'');
        if value.is_some_and(|v| v != found) {
            continue;
        }
        if seen == occurrence {
            let column = line.len() - body.len() + 1;
            let column = match value {
                Some(_) => line.len() - after_colon.trim_start().len() + 1,
                None => column,
            };
            return Some((number + 1, column));
        }
        seen += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_finds_the_nth_key_with_a_value() {
        let text = "items:\n  quote:\n    - id: a\n    - id: \"b\"\n    - id: a\n";
        assert_eq!(locate(text, "id", Some("a"), 0), Some((3, 11)));
        assert_eq!(locate(text, "id", Some("a"), 1), Some((5, 11)));
        assert_eq!(locate(text, "id", Some("b"), 0), Some((4, 11)));
        assert_eq!(locate(text, "quote", None, 0), Some((2, 3)));
        assert_eq!(locate(text, "id", Some("c"), 0), None);
    }

    #[test]
    fn word_location_skips_partial_words_and_earlier_occurrences() {
        let text = "a: [wronged, wrong]\nb: wrong\n";
        assert_eq!(word_location(text, 0, "wrong", 0), Some((1, 14)));
        assert_eq!(word_location(text, 0, "wrong", 1), Some((2, 4)));
        assert_eq!(word_location(text, 14, "wrong", 0), Some((2, 4)));
        assert_eq!(word_location(text, 0, "absent", 0), None);
    }

    #[test]
    fn reword_moves_the_path_after_the_message() {
        assert_eq!(
            reword("routing: unknown kind 'rumour' (expected one of: quote)"),
            "unknown kind 'rumour' under routing (expected one of: quote)"
        );
        assert_eq!(
            reword("items.quote[0].required: invalid type: string \"x\", expected a boolean"),
            "invalid type: string \"x\" under items.quote[0].required, expected a boolean"
        );
        assert_eq!(
            reword("did not find expected key"),
            "did not find expected key"
        );
    }
}
