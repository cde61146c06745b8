//! A pool of connections for the server: a request takes one, runs its use case, gives it back.
//!
//! Connections are opened on demand and kept idle up to a bound, so a busy desk does not pay a
//! PostgreSQL connection (a process on the server) per request, and an idle one holds few. A
//! connection that broke (the server restarted, the network went) is never given back: the next
//! request opens a fresh one, so the desk recovers by itself when the database returns, and the
//! requests in between get a clear error instead of a hang.

use std::sync::Mutex;

use super::{Access, Location, Result, Store};

/// Connections to one database, opened with [`Store::connect_at`].
pub struct Pool {
    location: Location,
    idle: Mutex<Vec<Store>>,
    max_idle: usize,
}

impl Pool {
    /// A pool for a database that [`Store::open_at`] has recognised and migrated at start-up.
    pub fn new(location: Location, max_idle: usize) -> Pool {
        Pool {
            location,
            idle: Mutex::new(Vec::new()),
            max_idle,
        }
    }

    /// A connection: an idle one that still works, or a new one.
    pub fn get(&self) -> Result<Store> {
        loop {
            let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
            match idle {
                Some(store) if store.is_usable() => return Ok(store),
                Some(_) => continue, // broken while idle: dropped, try the next
                None => return Store::connect_at(&self.location, Access::Write),
            }
        }
    }

    /// Gives a connection back after a request; a broken one, or one beyond the bound, closes.
    pub fn put(&self, store: Store) {
        if !store.is_open() {
            return;
        }
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < self.max_idle {
            idle.push(store);
        }
    }

    /// Takes every idle connection out, for the owner to close where it may block.
    pub fn drain(&self) -> Vec<Store> {
        std::mem::take(&mut *self.idle.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// How many connections wait idle (for tests).
    pub fn idle(&self) -> usize {
        self.idle.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_are_reused_up_to_the_bound() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fd.db");
        Store::open(&path, Access::Create).unwrap();
        let pool = Pool::new(Location::Sqlite(path), 2);
        let (a, b, c) = (
            pool.get().unwrap(),
            pool.get().unwrap(),
            pool.get().unwrap(),
        );
        assert_eq!(pool.idle(), 0);
        pool.put(a);
        pool.put(b);
        pool.put(c);
        assert_eq!(pool.idle(), 2, "the third closes");
        let again = pool.get().unwrap();
        assert_eq!(
            pool.idle(),
            1,
            "an idle one is taken before a new one is opened"
        );
        assert!(again.schema_version().unwrap() > 0);
    }

    #[test]
    fn a_database_that_is_not_there_is_an_error_not_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        let pool = Pool::new(Location::Sqlite(dir.path().join("gone.db")), 2);
        assert!(pool.get().is_err());
    }
}
