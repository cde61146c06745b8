//! Small helpers shared by the printers: JSON, local times, colour, truncation.

use chrono::{DateTime, Local, Utc};

use serde::Serialize;

use super::Failure;
use super::pretty_json::PrettyJson;
use crate::model::{Status, WordOp};

/// JSON is data: its bytes go out exactly (a parser reads U+202E as the character it is),
/// written as they are serialised rather than built whole first (a listing can be megabytes).
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<(), Failure> {
    let mut unserialisable = None;
    super::terminal::out_exact_streamed(|out| {
        let mut json = serde_json::Serializer::with_formatter(&mut *out, PrettyJson::default());
        match value.serialize(&mut json) {
            Ok(()) => std::io::Write::write_all(out, b"\n"),
            Err(e) if e.is_io() => Err(e.into()),
            Err(e) => {
                unserialisable = Some(e);
                Ok(())
            }
        }
    });
    match unserialisable {
        Some(e) => Err(Failure::Error(format!("cannot write the JSON: {e}"))),
        None => Ok(()),
    }
}

/// A time shown in local time, to the minute.
pub fn local_at(at: &DateTime<Utc>) -> String {
    at.with_timezone(&Local)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// An RFC 3339 UTC time shown in local time, to the minute.
pub fn local_time(rfc3339: &str) -> String {
    DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| t.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|_| rfc3339.to_string())
}

/// A status label, coloured on a terminal. The text alone always carries the meaning.
pub fn status_label(status: Status, stale: bool, color: bool) -> String {
    let label = if stale {
        format!("{status} STALE")
    } else {
        status.to_string()
    };
    if !color {
        return label;
    }
    let code = match (status, stale) {
        (_, true) => "35",
        (Status::Verified, _) => "32",
        (Status::PartlyVerified, _) => "93",
        (Status::Waived, _) => "36",
        (Status::Incorrect | Status::Disputed, _) => "31",
        (Status::Unverifiable, _) => "33",
        (Status::InProgress, _) => "34",
        (Status::Unchecked, _) => "2",
    };
    format!("\x1b[{code}m{label}\x1b[0m")
}

/// A statement's status as `status_label` writes it, with `EXPIRED YYYY-MM-DD` when its
/// verification of a fact that dates has lapsed (the day it lapsed, in UTC).
pub fn statement_label(s: &crate::model::Statement, color: bool) -> String {
    let label = status_label(s.status, s.stale, color);
    match s.expiry.as_ref().filter(|e| e.expired) {
        Some(expiry) => format!(
            "{label} {}",
            paint(
                &format!("EXPIRED {}", expiry.lapses_at.format("%Y-%m-%d")),
                "35",
                color
            )
        ),
        None => label,
    }
}

/// Why a lapsed verification is open work again, in one line: what dates, how long it holds,
/// when it was checked and when it lapsed.
pub fn expiry_line(expiry: &crate::model::Expiry) -> String {
    let what = match &expiry.words {
        Some(words) => format!("\"{words}\" ({})", expiry.rule),
        None => expiry.rule.clone(),
    };
    format!(
        "expired: {what} holds {} day(s); verified {}, lapsed {}: check it again",
        expiry.days,
        crate::model::time::rfc3339(&expiry.checked_at),
        crate::model::time::rfc3339(&expiry.lapses_at),
    )
}

pub fn paint(text: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// At most `max` characters of `text`, with an ellipsis when cut.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{cut}…")
}

/// Word edits as `git diff --word-diff` writes them: `[-deleted-]{+inserted+}`, readable without
/// colour; on a terminal deletions are red and insertions green.
pub fn word_diff(edits: &[crate::model::WordEdit], color: bool) -> String {
    edits
        .iter()
        .map(|e| match e.op {
            WordOp::Delete => paint(&format!("[-{}-]", e.text), "31", color),
            WordOp::Insert => paint(&format!("{{+{}+}}", e.text), "32", color),
            WordOp::Equal => e.text.clone(),
        })
        .collect()
}
