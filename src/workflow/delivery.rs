//! When the webhook's outbox tries again: a bounded number of attempts, each after a longer
//! wait than the last (30 s, 2 min, 8 min, 32 min), so a receiver that is down for an hour
//! still gets its events and one that is gone for good is given up on.

use chrono::{DateTime, Duration, Utc};

/// Attempts per delivery, the first included.
pub const MAX_DELIVERY_ATTEMPTS: u32 = 5;

/// How long an event stays deliverable: one still undelivered this long after the write that
/// caused it (no server ran, no `deliver` was run) is news nobody needs any more, and the
/// deliverer's look at the outbox stays as small as a week of events.
pub fn delivery_horizon() -> Duration {
    Duration::days(7)
}

/// The wait before the next attempt, after `failed` failed attempts (at least one).
pub fn retry_delay(failed: u32) -> Duration {
    let exponent = failed.saturating_sub(1).min(10);
    Duration::seconds(30 * 4_i64.pow(exponent))
}

/// Whether a delivery with `attempts` failed attempts, the last at `last`, is due at `now`.
pub fn delivery_due(attempts: u32, last: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    if attempts >= MAX_DELIVERY_ATTEMPTS {
        return false;
    }
    match last {
        None => true,
        Some(last) => now >= last + retry_delay(attempts),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_768_640_400 + seconds, 0).unwrap()
    }

    #[test]
    fn each_retry_waits_longer_and_attempts_are_bounded() {
        assert!(delivery_due(0, None, at(0)));
        assert!(!delivery_due(1, Some(at(0)), at(29)));
        assert!(delivery_due(1, Some(at(0)), at(30)));
        assert!(!delivery_due(2, Some(at(0)), at(119)));
        assert!(delivery_due(2, Some(at(0)), at(120)));
        assert!(delivery_due(4, Some(at(0)), at(32 * 60)));
        assert!(!delivery_due(
            MAX_DELIVERY_ATTEMPTS,
            Some(at(0)),
            at(1_000_000)
        ));
    }
}
