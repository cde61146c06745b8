//! Sign-in throttling, in memory: failed attempts per handle and per client address within a
//! window. In memory because it guards one running server and costs no write per attempt; a
//! restart forgets the counts (docs/security.md says so).

use std::collections::{HashMap, VecDeque};

use chrono::{DateTime, Duration, Utc};

/// Failed sign-ins allowed per handle, and per address, within [`WINDOW_MINUTES`].
pub const PER_HANDLE: usize = 5;
pub const PER_ADDRESS: usize = 20;
pub const WINDOW_MINUTES: i64 = 15;

#[derive(Default)]
pub struct Throttle {
    failures: HashMap<String, VecDeque<DateTime<Utc>>>,
}

impl Throttle {
    /// Whether a sign-in for `handle` from `address` may be tried now. When either has failed
    /// too often, the attempt is refused before the password is even checked, so a correct
    /// guess during the lock-out is not told apart from a wrong one.
    pub fn allows(&mut self, handle: &str, address: &str, now: DateTime<Utc>) -> bool {
        self.recent(&handle_key(handle), now) < PER_HANDLE
            && self.recent(&address_key(address), now) < PER_ADDRESS
    }

    pub fn failed(&mut self, handle: &str, address: &str, now: DateTime<Utc>) {
        for key in [handle_key(handle), address_key(address)] {
            self.failures.entry(key).or_default().push_back(now);
        }
        // Old entries of other keys go too, so the map cannot grow without bound.
        if self.failures.len() > 10_000 {
            let cutoff = now - Duration::minutes(WINDOW_MINUTES);
            self.failures
                .retain(|_, times| times.back().is_some_and(|t| *t > cutoff));
        }
    }

    /// A successful sign-in clears its handle's failures (not its address's: one account
    /// signing in does not excuse guesses at others).
    pub fn succeeded(&mut self, handle: &str) {
        self.failures.remove(&handle_key(handle));
    }

    fn recent(&mut self, key: &str, now: DateTime<Utc>) -> usize {
        let cutoff = now - Duration::minutes(WINDOW_MINUTES);
        let Some(times) = self.failures.get_mut(key) else {
            return 0;
        };
        while times.front().is_some_and(|t| *t <= cutoff) {
            times.pop_front();
        }
        times.len()
    }
}

fn handle_key(handle: &str) -> String {
    format!("handle:{}", handle.to_lowercase())
}

fn address_key(address: &str) -> String {
    format!("address:{address}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: i64) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-03-01T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
            + Duration::minutes(minute)
    }

    #[test]
    fn a_handle_is_locked_after_its_failures_and_freed_by_the_window() {
        let mut t = Throttle::default();
        for n in 0..PER_HANDLE {
            assert!(t.allows("ana", "10.0.0.1", at(0)), "attempt {n}");
            t.failed("ana", &format!("10.0.0.{n}"), at(0));
        }
        assert!(!t.allows("ana", "10.0.0.99", at(1)));
        assert!(!t.allows("ANA", "10.0.0.99", at(1)));
        assert!(t.allows("ben", "10.0.0.99", at(1)));
        assert!(t.allows("ana", "10.0.0.99", at(WINDOW_MINUTES + 1)));
    }

    #[test]
    fn an_address_is_locked_whatever_handles_it_tries() {
        let mut t = Throttle::default();
        for n in 0..PER_ADDRESS {
            t.failed(&format!("user{n}"), "10.0.0.1", at(0));
        }
        assert!(!t.allows("someone-new", "10.0.0.1", at(1)));
        assert!(t.allows("someone-new", "10.0.0.2", at(1)));
    }

    #[test]
    fn success_clears_the_handle_only() {
        let mut t = Throttle::default();
        for _ in 0..PER_HANDLE {
            t.failed("ana", "10.0.0.1", at(0));
        }
        t.succeeded("ana");
        assert!(t.allows("ana", "10.0.0.1", at(0)));
    }
}
