//! A bounded retry for a write transaction that lost a race (issue 15: "a bounded retry on a
//! serialization failure and a clear conflict message beyond it").
//!
//! PostgreSQL may abort a transaction that collided with a concurrent one: a serialization
//! failure (SQLSTATE 40001) or a deadlock (40P01). Nothing of it was written, and running the
//! whole transaction again usually succeeds, so `Store::write` runs it again a few times. If it
//! still collides, the writer gets a [`Conflict`] that says so, never a half-written change and
//! never a raw driver error. SQLite needs none of it: `BEGIN IMMEDIATE` takes the one write lock
//! before the first read, and a second writer waits on the busy timeout instead.

/// The SQLSTATEs after which the same transaction, run again from its start, may succeed:
/// serialization failure and deadlock detected.
pub const RETRYABLE_SQLSTATES: [&str; 2] = ["40001", "40P01"];

/// Whether a PostgreSQL error code says the transaction lost a race and may be run again.
pub fn is_retryable_sqlstate(code: &str) -> bool {
    RETRYABLE_SQLSTATES.contains(&code)
}

/// A transaction that kept colliding with concurrent writers, `attempts` times: nothing of it
/// was written. `last` is the last collision, for the log.
#[derive(Debug)]
pub struct Conflict<E> {
    pub attempts: u32,
    pub last: E,
}

impl<E> std::fmt::Display for Conflict<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "another writer changed the same records at the same moment, {} times in a row; \
             nothing was written: try again",
            self.attempts
        )
    }
}

impl<E: std::fmt::Debug> std::error::Error for Conflict<E> {}

/// How a retried run ended without a result.
#[derive(Debug)]
pub enum Retried<E> {
    /// An error that running again cannot mend (bad input, a refusal, a lost connection),
    /// returned at once from the attempt that met it.
    Failed(E),
    /// Every attempt lost a race.
    Conflict(Conflict<E>),
}

/// Runs `f` (given the attempt number, from 1) until it succeeds, fails with an error that
/// `is_retryable` does not accept, or has failed `attempts` times with retryable errors. `f`
/// must be a whole transaction, begun and committed (or rolled back) inside: each attempt starts
/// afresh. At least one attempt is made.
pub fn retrying<T, E>(
    attempts: u32,
    is_retryable: impl Fn(&E) -> bool,
    mut f: impl FnMut(u32) -> Result<T, E>,
) -> Result<T, Retried<E>> {
    let attempts = attempts.max(1);
    let mut attempt = 1;
    loop {
        match f(attempt) {
            Ok(value) => return Ok(value),
            Err(e) if !is_retryable(&e) => return Err(Retried::Failed(e)),
            Err(e) if attempt >= attempts => {
                return Err(Retried::Conflict(Conflict { attempts, last: e }));
            }
            Err(_) => attempt += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An error as a driver would give it: a SQLSTATE.
    #[derive(Debug, PartialEq)]
    struct Sql(&'static str);

    fn retryable(e: &Sql) -> bool {
        is_retryable_sqlstate(e.0)
    }

    /// A transaction that fails with these errors in turn, then succeeds; counts its runs.
    fn scripted(
        errors: &[&'static str],
    ) -> (
        impl FnMut(u32) -> Result<u32, Sql> + use<>,
        std::rc::Rc<std::cell::Cell<u32>>,
    ) {
        let runs = std::rc::Rc::new(std::cell::Cell::new(0));
        let counter = runs.clone();
        let errors = errors.to_vec();
        let f = move |attempt: u32| {
            counter.set(counter.get() + 1);
            assert_eq!(attempt, counter.get(), "attempts are numbered from 1");
            match errors.get(attempt as usize - 1) {
                Some(code) => Err(Sql(code)),
                None => Ok(attempt),
            }
        };
        (f, runs)
    }

    #[test]
    fn a_first_success_runs_once() {
        let (f, runs) = scripted(&[]);
        assert_eq!(retrying(3, retryable, f).unwrap(), 1);
        assert_eq!(runs.get(), 1);
    }

    #[test]
    fn serialization_failures_and_deadlocks_are_run_again_until_one_succeeds() {
        let (f, runs) = scripted(&["40001", "40P01"]);
        assert_eq!(retrying(3, retryable, f).unwrap(), 3);
        assert_eq!(runs.get(), 3);
    }

    #[test]
    fn beyond_the_bound_it_is_a_conflict_that_says_so() {
        let (f, runs) = scripted(&["40001", "40001", "40P01", "40001"]);
        match retrying(3, retryable, f) {
            Err(Retried::Conflict(conflict)) => {
                assert_eq!(conflict.attempts, 3);
                assert_eq!(conflict.last, Sql("40P01"), "the last collision is kept");
                let message = conflict.to_string();
                assert!(message.contains("3 times in a row"), "{message}");
                assert!(message.contains("nothing was written"), "{message}");
            }
            other => panic!("expected a conflict, got {other:?}"),
        }
        assert_eq!(runs.get(), 3, "never more attempts than the bound");
    }

    #[test]
    fn any_other_error_returns_at_once() {
        // 23505: a unique key violated; 08006: the connection lost. Neither is a race.
        for code in ["23505", "08006", "40000", "4000"] {
            let (f, runs) = scripted(&["40001", code]);
            match retrying(5, retryable, f) {
                Err(Retried::Failed(e)) => assert_eq!(e, Sql(code)),
                other => panic!("{code}: expected the error itself, got {other:?}"),
            }
            assert_eq!(runs.get(), 2, "{code} is not retried");
        }
    }

    #[test]
    fn a_bound_of_zero_still_makes_one_attempt() {
        let (f, runs) = scripted(&["40001"]);
        assert!(matches!(
            retrying(0, retryable, f),
            Err(Retried::Conflict(Conflict { attempts: 1, .. }))
        ));
        assert_eq!(runs.get(), 1);
    }
}
