//! Facts that date (issue 17 item 5): a verification of "currently 14 members" made three weeks
//! ago is not a check today. The checklist's expiry policy gives, per kind and per class of
//! dating words, how many days a verification holds; this module says which statement's check
//! lapses when, and whether it has lapsed at a given moment.
//!
//! A hold is counted in whole days of 24 hours from the check's time, in UTC: time zones and
//! daylight saving do not move it. At exactly `checked_at + days` the check has lapsed.
//! Only a verification whose words are still the statement's can lapse: an open, refused or
//! waived statement holds the gate (or not) for its own reason, and a stale one is already
//! open work. What dates is read from the statement's current words and kinds, so a revision
//! that takes "currently" out (and a fresh check of the new words) ends the hold.

use chrono::{DateTime, Duration, Utc};

use crate::checklist::ExpiryPolicy;
use crate::lang::Language;
use crate::model::{Expiry, GateReason, KindSet, Statement, StatementId, Status};

/// Why a statement's verification holds only for a while: the rule that lapses first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hold {
    /// `kind:figure` or `words:ongoing`.
    pub rule: String,
    /// The dating words found, for a `words:` rule.
    pub words: Option<String>,
    pub days: u32,
}

/// The shortest hold `policy` gives a statement with these words and kinds, if any.
pub fn hold(text: &str, kinds: KindSet, language: Language, policy: &ExpiryPolicy) -> Option<Hold> {
    if policy.is_empty() {
        return None;
    }
    let by_kind = kinds.iter().filter_map(|kind| {
        policy.kinds.get(&kind).map(|days| Hold {
            rule: format!("kind:{kind}"),
            words: None,
            days: *days,
        })
    });
    let found = if policy.words.is_empty() {
        Vec::new()
    } else {
        crate::lang::dating::find(text, language)
    };
    let by_words = found.into_iter().filter_map(|(class, words)| {
        policy.words.get(&class).map(|days| Hold {
            rule: format!("words:{class}"),
            words: Some(words.to_string()),
            days: *days,
        })
    });
    // The shortest hold wins; on a tie, the first listed (kinds, then words in class order).
    by_kind
        .chain(by_words)
        .reduce(|best, next| if next.days < best.days { next } else { best })
}

/// Whether a statement's latest check is one that can lapse: a verification of its current
/// words.
pub fn can_lapse(statement: &Statement) -> bool {
    statement.status == Status::Verified && !statement.stale
}

/// The expiry of a statement's latest check under `policy`, judged at `at`: `None` when its
/// check cannot lapse or nothing in it dates.
pub fn expiry(
    statement: &Statement,
    language: Language,
    policy: &ExpiryPolicy,
    at: DateTime<Utc>,
) -> Option<Expiry> {
    if !can_lapse(statement) {
        return None;
    }
    let checked_at = statement.checked_at?;
    let hold = hold(&statement.text, statement.kinds, language, policy)?;
    let lapses_at = checked_at + Duration::days(i64::from(hold.days));
    Some(Expiry {
        rule: hold.rule,
        words: hold.words,
        days: hold.days,
        checked_at,
        lapses_at,
        expired: at >= lapses_at,
    })
}

/// Fills each statement's `expiry` under `policy` at `at`.
pub fn apply_expiry(
    statements: &mut [Statement],
    language: Language,
    policy: &ExpiryPolicy,
    at: DateTime<Utc>,
) {
    if policy.is_empty() {
        return;
    }
    for statement in statements {
        statement.expiry = expiry(statement, language, policy, at);
    }
}

/// The gate's reason for verifications that have lapsed, if any: they must be checked again.
pub fn expired_reason(statements: &[Statement]) -> Option<GateReason> {
    let expired: Vec<&Statement> = statements.iter().filter(|s| s.expired()).collect();
    let first = expired.first()?.expiry.as_ref()?;
    let ids: Vec<StatementId> = expired.iter().map(|s| s.id).collect();
    let what = match &first.words {
        Some(words) => format!("\"{words}\""),
        None => first.rule.trim_start_matches("kind:").to_string(),
    };
    Some(GateReason {
        code: "expired".into(),
        message: format!(
            "{} verification(s) of facts that date have expired (#{}: {what} holds {} day(s), lapsed {}): check them again",
            ids.len(),
            expired[0].id,
            first.days,
            crate::model::time::rfc3339(&first.lapses_at),
        ),
        statements: ids,
    })
}

/// The first moment one of these statements' verifications lapses, among those that still
/// hold: until then the gate stands as computed.
pub fn next_lapse(statements: &[Statement]) -> Option<DateTime<Utc>> {
    statements
        .iter()
        .filter_map(|s| s.expiry.as_ref())
        .filter(|e| !e.expired)
        .map(|e| e.lapses_at)
        .min()
}

#[cfg(test)]
#[path = "expiry_tests.rs"]
mod tests;
