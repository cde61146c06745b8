//! Timing helpers: medians of repeated runs, and child processes timed with their peak memory.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The median of `runs` timings of `f` (which may set up untimed work itself and return the
/// timed duration).
pub fn median(runs: usize, mut f: impl FnMut() -> Duration) -> Duration {
    let mut times: Vec<Duration> = (0..runs).map(|_| f()).collect();
    times.sort();
    times[times.len() / 2]
}

/// The release `factdesk` binary and the sealed environment the benchmark runs it in.
pub struct Factdesk {
    pub exe: PathBuf,
}

/// One finished run: wall time and the child's peak resident memory.
pub struct ProcessRun {
    pub wall: Duration,
    pub max_rss_kib: i64,
}

impl Factdesk {
    pub fn command(&self, db: &Path, actor: &str, args: &[&str]) -> Command {
        let mut cmd = Command::new(&self.exe);
        cmd.env_clear()
            .env("FACTDESK_DB", db)
            .env("FACTDESK_USER", actor)
            .env("FACTDESK_NOW", "2026-06-01T09:00:00Z")
            .env("FACTDESK_TESTING", "1")
            .env("NO_COLOR", "1")
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        cmd
    }

    /// Runs factdesk once, timed from spawn to exit; panics with its stderr if it fails.
    pub fn run(&self, db: &Path, actor: &str, args: &[&str]) -> ProcessRun {
        let start = Instant::now();
        let status = self
            .command(db, actor, args)
            .status()
            .expect("factdesk runs");
        let wall = start.elapsed();
        if !status.success() {
            let output = self.command(db, actor, args).output().unwrap();
            panic!(
                "factdesk {args:?} failed ({status}): {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        ProcessRun {
            wall,
            max_rss_kib: self.peak_memory(db, actor, args),
        }
    }

    /// The peak resident memory of one more run. A child's `ru_maxrss` counts the pages of the
    /// process it was forked from, so the run is launched by a small copy of this benchmark
    /// (`--launch`, see [`launch`]) rather than by this large process.
    fn peak_memory(&self, db: &Path, actor: &str, args: &[&str]) -> i64 {
        let launcher = self.command(db, actor, args);
        let mut cmd = Command::new(std::env::current_exe().unwrap());
        cmd.env_clear().arg("--launch").arg(&self.exe).args(args);
        for (key, value) in launcher.get_envs() {
            if let Some(value) = value {
                cmd.env(key, value);
            }
        }
        let output = cmd.stderr(Stdio::null()).output().unwrap();
        String::from_utf8_lossy(&output.stdout)
            .trim()
            .parse()
            .unwrap_or(0)
    }

    /// Runs factdesk once, untimed and without the second run that reads its memory (for
    /// writers at once, whose every run counts); panics with its stderr if it fails.
    pub fn run_once(&self, db: &Path, actor: &str, args: &[&str]) {
        let output = self.command(db, actor, args).output().unwrap();
        assert!(
            output.status.success(),
            "factdesk {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Runs factdesk untimed, for setup; returns its stdout.
    pub fn setup(&self, db: &Path, actor: &str, args: &[&str]) -> String {
        let output = self
            .command(db, actor, args)
            .stdout(Stdio::piped())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "factdesk {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// The median wall time of `runs` runs, and the largest peak memory among them.
    pub fn median_run(&self, runs: usize, db: &Path, actor: &str, args: &[&str]) -> ProcessRun {
        let mut walls = Vec::new();
        let mut rss = 0;
        for _ in 0..runs {
            let run = self.run(db, actor, args);
            walls.push(run.wall);
            rss = rss.max(run.max_rss_kib);
        }
        walls.sort();
        ProcessRun {
            wall: walls[walls.len() / 2],
            max_rss_kib: rss,
        }
    }
}

/// The launcher: runs `exe args...` with this environment and prints its peak memory in KiB.
#[allow(clippy::zombie_processes)] // reaped by wait4 below, which also reports its memory
pub fn launch(exe: &str, args: &[String]) {
    let child = Command::new(exe)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("the command runs");
    let (_, max_rss_kib) = wait_with_rusage(child.id() as libc::pid_t);
    println!("{max_rss_kib}");
}

/// Waits for one child and reads its own resource usage (std's `wait` does not report memory).
fn wait_with_rusage(pid: libc::pid_t) -> (i32, i64) {
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value; wait4 fills it in for the child we spawned
    // and have not waited for (std's Child is dropped without waiting, which is allowed).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4 on the child");
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    (code, usage.ru_maxrss)
}

pub fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}
