//! Peers measured in the same run as factdesk, so that a figure from a noisy shared machine
//! still compares from run to run: the ratio to a peer moves much less than the figure itself.
//! sentencex (in-process, `--features peers`) for splitting; SQLite's own bare insert rate, in
//! one transaction, for ingest; for a command timed as a process, the floor under it: a process
//! that starts, opens the same database with SQLite and reads its schema, and exits.

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

/// The floor under a command timed as a process: this benchmark's own binary started with
/// `--peer-open` (see [`peer_open`]), opening `db` when given; median of `runs`.
pub fn process_floor(db: Option<&std::path::Path>, runs: usize) -> Duration {
    median(runs, || {
        let mut cmd = std::process::Command::new(std::env::current_exe().unwrap());
        cmd.arg("--peer-open");
        if let Some(db) = db {
            cmd.arg(db);
        }
        let start = Instant::now();
        let status = cmd.status().unwrap();
        let wall = start.elapsed();
        assert!(status.success(), "the process floor failed");
        wall
    })
}

/// `--peer-open [DB]`: what every factdesk command does before its own work, and no more: open
/// the database read-only and make SQLite read its schema.
pub fn peer_open(db: Option<&str>) {
    if let Some(db) = db {
        let conn =
            rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .unwrap();
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        std::hint::black_box(tables);
    }
}

/// "4.1x floor 3.2 ms": how many times the floor a command took.
pub fn floor_ratio(ours: Duration, floor: Duration) -> String {
    format!(
        "{:.1}x floor {:.1} ms",
        ours.as_secs_f64() / floor.as_secs_f64().max(1e-9),
        floor.as_secs_f64() * 1000.0
    )
}
