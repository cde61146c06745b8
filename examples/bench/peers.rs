//! Peers measured in the same run as factdesk, so that a figure from a noisy shared machine
//! still compares from run to run: the ratio to a peer moves much less than the figure itself.
//! sentencex (in-process, `--features peers`) for splitting; SQLite's own bare insert rate, in
//! one transaction, for ingest.

use std::time::{Duration, Instant};

use crate::measure::median;

/// sentencex's time to split `paragraphs`, one call each, median of `runs`; `None` when the
/// bench was built without `--features peers`.
#[cfg(feature = "peers")]
pub fn sentencex(runs: usize, paragraphs: &[&str]) -> Option<Duration> {
    Some(median(runs, || {
        let start = Instant::now();
        for paragraph in paragraphs {
            std::hint::black_box(sentencex::segment("en", paragraph));
        }
        start.elapsed()
    }))
}

#[cfg(not(feature = "peers"))]
pub fn sentencex(_runs: usize, _paragraphs: &[&str]) -> Option<Duration> {
    None
}

/// "1.21x sentencex": how many times as fast as the peer (above 1 is faster).
pub fn ratio(ours: Duration, peer: Option<Duration>, name: &str) -> String {
    match peer {
        Some(peer) => format!(
            "{:.2}x {name}",
            peer.as_secs_f64() / ours.as_secs_f64().max(1e-9)
        ),
        None => format!("{name}: build with --features peers"),
    }
}

/// SQLite's bare insert rate on this machine now: `rows` rows of `text` into a one-table
/// database file, one prepared statement, one transaction. The floor any ingest pays per row.
pub fn sqlite_bare_insert(dir: &std::path::Path, rows: &[String]) -> Duration {
    median(3, || {
        let path = dir.join("bare.db");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        let start = Instant::now();
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.pragma_update(None, "synchronous", "NORMAL").unwrap();
        conn.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
            .unwrap();
        let tx = conn.transaction().unwrap();
        {
            let mut insert = tx.prepare("INSERT INTO t (text) VALUES (?1)").unwrap();
            for row in rows {
                insert.execute([row]).unwrap();
            }
        }
        tx.commit().unwrap();
        start.elapsed()
    })
}
