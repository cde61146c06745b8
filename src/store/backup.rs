//! `factdesk backup`: a consistent copy of the database file while others keep writing.
//!
//! SQLite's online backup API copies every page in one step under a read transaction: in WAL
//! mode writers carry on meanwhile and the copy is the database as of the step's start. The copy
//! is written beside the target under a temporary name, checked, synced, and only then given the
//! target's name (by a hard link, which never replaces an existing file), so a failed or
//! interrupted backup leaves no half-written file under the name asked for.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::{BUSY_TIMEOUT, Result, Store, StoreError};

impl Store {
    /// Copies the whole database to a new file at `target`, which must not exist.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        let fail = |e: std::io::Error| StoreError::BackupTarget(target.to_path_buf(), e);
        if target.exists() {
            return Err(fail(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "a file of that name exists",
            )));
        }
        let partial = partial_name(target);
        let result = self.copy_into(&partial).and_then(|()| {
            std::fs::hard_link(&partial, target).map_err(fail)?;
            Ok(())
        });
        let _ = std::fs::remove_file(&partial);
        result
    }

    fn copy_into(&self, partial: &Path) -> Result<()> {
        let fail = |e: std::io::Error| StoreError::BackupTarget(partial.to_path_buf(), e);
        // Create the file ourselves so that an existing one (a stale partial) is never reused.
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(partial)
            .map_err(fail)?;
        let mut copy = Connection::open_with_flags(
            partial,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        {
            let backup = Backup::new(self.sqlite("the online backup")?, &mut copy)?;
            // A step waits for no lock: retry a busy one for as long as a writer would wait.
            let pause = Duration::from_millis(20);
            let mut tries = BUSY_TIMEOUT.as_millis() / pause.as_millis();
            loop {
                match backup.step(-1)? {
                    StepResult::Done => break,
                    _ if tries > 0 => {
                        tries -= 1;
                        std::thread::sleep(pause);
                    }
                    _ => return Err(StoreError::Busy),
                }
            }
        }
        // The copy keeps the source's journal mode; a backup file is one self-contained file.
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        let verdict: String = copy.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if verdict != "ok" {
            return Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                Some(format!("the backup copy failed its check: {verdict}")),
            )));
        }
        drop(copy);
        std::fs::File::open(partial)
            .and_then(|f| f.sync_all())
            .map_err(fail)?;
        Ok(())
    }
}

/// `name.db` → `.name.db.partial` in the same folder, so the final link is on the same disk.
fn partial_name(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.partial"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_copy_is_a_factdesk_database_with_the_same_rows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.db");
        let store = Store::open(&path, super::super::Access::Create).unwrap();
        let ed = crate::model::Reviewer {
            handle: "ed".into(),
            name: "Ed".into(),
            role: crate::model::Role::Editor,
            skills: Vec::new(),
            active: true,
        };
        store
            .write(&[super::super::Intent::Desk], |tx| {
                tx.insert_reviewer(&ed, "ed", "2026-01-01T00:00:00Z")
            })
            .unwrap();
        let target = dir.path().join("copy.db");
        store.backup_to(&target).unwrap();
        let copy = Store::open(&target, super::super::Access::Read).unwrap();
        assert_eq!(copy.count_rows("reviewers").unwrap(), 1);
        assert_eq!(
            copy.schema_version().unwrap(),
            store.schema_version().unwrap()
        );
        assert!(!partial_name(&target).exists());
        // A second backup to the same name is refused and leaves the first as it was.
        let before = std::fs::read(&target).unwrap();
        assert!(matches!(
            store.backup_to(&target),
            Err(StoreError::BackupTarget(..))
        ));
        assert_eq!(std::fs::read(&target).unwrap(), before);
    }
}
