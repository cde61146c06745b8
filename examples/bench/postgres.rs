//! PostgreSQL beside SQLite (issue 15 item 8): `--postgres` runs the same commands on the same
//! desks on both backends in one run, and 16 writers at once on each, and writes the table into
//! docs/performance.md between the `bench-pg` markers.
//!
//! The server is `FACTDESK_BENCH_PG` (a URL of a role that may create databases) or a cluster of
//! the installed PostgreSQL kept in `target/release/bench-cache/pg-cluster` between runs (so the
//! archive is copied into it once), started for the run and stopped after it. It runs with
//! `synchronous_commit=off`, PostgreSQL's counterpart of SQLite's `synchronous=NORMAL` in WAL
//! mode that factdesk uses: a commit is written to the log at once and flushed to disk shortly
//! after, so a crash may lose the last commits but never leaves half of one.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::archive::{self, Archive};
use crate::corpus::{Corpus, Rng};
use crate::measure::{Factdesk, median, ms};

/// The PostgreSQL server the rows run on.
struct Server {
    /// `postgres://user@host:port`, without a database.
    base: String,
    cluster: Option<Cluster>,
}

struct Cluster {
    bin: PathBuf,
    data: PathBuf,
    /// `nobody` when the bench runs as root (initdb refuses root).
    user: Option<&'static str>,
}

impl Cluster {
    fn command(&self, tool: &str) -> Command {
        let program = self.bin.join(tool);
        match self.user {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(program);
                c
            }
            None => Command::new(program),
        }
    }

    fn run(&self, tool: &str, args: &[&str]) {
        let out = self.command(tool).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{tool} failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Server {
    fn start(cache: &Path) -> Server {
        if let Ok(url) = std::env::var("FACTDESK_BENCH_PG") {
            let base = url.rsplit_once('/').map_or(url.as_str(), |(b, _)| b);
            return Server {
                base: base.to_string(),
                cluster: None,
            };
        }
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .expect("PostgreSQL's server is installed (apt-get install postgresql), or FACTDESK_BENCH_PG names one")
            .flatten()
            .map(|e| e.path().join("bin"))
            .filter(|b| b.join("initdb").exists())
            .max()
            .expect("an initdb under /usr/lib/postgresql/*/bin");
        let dir = cache.join("pg-cluster");
        std::fs::create_dir_all(&dir).unwrap();
        let user = (unsafe { libc::geteuid() } == 0).then_some("nobody");
        if user.is_some() {
            Command::new("chown")
                .args(["-R", "nobody"])
                .arg(&dir)
                .status()
                .unwrap();
        }
        let cluster = Cluster {
            bin,
            data: dir.join("data"),
            user,
        };
        let data = cluster.data.display().to_string();
        if !cluster.data.join("PG_VERSION").exists() {
            cluster.run(
                "initdb",
                &[
                    "-D",
                    &data,
                    "-U",
                    "factdesk",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                ],
            );
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        cluster.run(
            "pg_ctl",
            &[
                "-D",
                &data,
                "-l",
                &dir.join("log").display().to_string(),
                "-w",
                "-o",
                &format!(
                    "-p {port} -k {} -c listen_addresses=127.0.0.1 -c synchronous_commit=off -c max_connections=100 -c shared_buffers=256MB",
                    dir.display()
                ),
                "start",
            ],
        );
        Server {
            base: format!("postgres://factdesk@127.0.0.1:{port}"),
            cluster: Some(cluster),
        }
    }

    fn url(&self, database: &str) -> String {
        format!("{}/{database}", self.base)
    }

    fn admin(&self) -> postgres::Client {
        postgres::Client::connect(&self.url("postgres"), postgres::NoTls).unwrap()
    }

    fn exists(&self, database: &str) -> bool {
        !self
            .admin()
            .query("SELECT 1 FROM pg_database WHERE datname = $1", &[&database])
            .unwrap()
            .is_empty()
    }

    /// A new, empty database (replacing one of the name), or a copy of `template`.
    fn create(&self, database: &str, template: Option<&str>) -> String {
        let mut admin = self.admin();
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
            .unwrap();
        let from = template.map_or(String::new(), |t| format!(" TEMPLATE {t}"));
        admin
            .batch_execute(&format!("CREATE DATABASE {database}{from}"))
            .unwrap();
        self.url(database)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(cluster) = &self.cluster {
            let data = cluster.data.display().to_string();
            let _ = cluster
                .command("pg_ctl")
                .args(["-D", &data, "-m", "fast", "-w", "stop"])
                .stdout(Stdio::null())
                .status();
        }
    }
}

/// One measure on both backends.
struct Pair {
    measure: String,
    sqlite: Duration,
    postgres: Duration,
    /// How the figure reads: a time, or a rate of this many operations per run.
    per_run: Option<usize>,
}

impl Pair {
    fn print(&self) {
        println!(
            "{:<58} {:>16} {:>16} {:>8}",
            self.measure,
            self.figure(self.sqlite),
            self.figure(self.postgres),
            self.ratio()
        );
    }

    fn figure(&self, d: Duration) -> String {
        match self.per_run {
            None => ms(d),
            Some(n) => format!(
                "{:.0} /s ({:.1} s)",
                n as f64 / d.as_secs_f64(),
                d.as_secs_f64()
            ),
        }
    }

    /// PostgreSQL's time over SQLite's (above 1: PostgreSQL is slower).
    fn ratio(&self) -> String {
        format!(
            "{:.2}x",
            self.postgres.as_secs_f64() / self.sqlite.as_secs_f64().max(1e-9)
        )
    }
}

/// Both backends' databases for one measure: an SQLite file and a PostgreSQL URL.
struct Desks {
    sqlite: PathBuf,
    postgres: String,
}

impl Desks {
    fn each(&self) -> [(&Path, &str); 2] {
        [
            (self.sqlite.as_path(), "sqlite"),
            (Path::new(self.postgres.as_str()), "postgres"),
        ]
    }
}

/// A command run `runs` times on each backend: the medians.
fn pair(factdesk: &Factdesk, desks: &Desks, measure: &str, actor: &str, args: &[&str]) -> Pair {
    let [(s, _), (p, _)] = desks.each();
    let pair = Pair {
        measure: measure.into(),
        sqlite: factdesk.median_run(7, s, actor, args).wall,
        postgres: factdesk.median_run(7, p, actor, args).wall,
        per_run: None,
    };
    pair.print();
    pair
}

/// `--postgres`: every row of the section, printed and written.
pub fn run(
    factdesk: &Factdesk,
    corpus: &Corpus,
    big: &Archive,
    (target, edited): (&Path, &Path),
    scratch: &Path,
    doc: &Path,
) {
    let cache = factdesk.exe.parent().unwrap().join("bench-cache");
    let server = Server::start(&cache);
    let version: String = server
        .admin()
        .query_one("SHOW server_version", &[])
        .unwrap()
        .get(0);
    println!(
        "{:<58} {:>16} {:>16} {:>8}",
        "measure", "SQLite", "PostgreSQL", "PG/SQLite"
    );
    let mut pairs = Vec::new();

    // A small desk: the seed articles' commands, one process each.
    let small = Desks {
        sqlite: scratch.join("pg-bench-small.db"),
        postgres: server.create("bench_small", None),
    };
    let _ = std::fs::remove_file(&small.sqlite);
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/cia-mexico-2026-01-17.txt");
    let seed = seed.display().to_string();
    for (db, _) in small.each() {
        staff(factdesk, db, 2);
        factdesk.setup(db, "ed", &["ingest", &seed, "--slug", "cia-mexico"]);
        factdesk.setup(db, "ed", &["assign", "cia-mexico", "--auto"]);
    }
    let mut turn = 0;
    let ingest = |db: &Path, turn: &mut usize| {
        *turn += 1;
        let slug = format!("copy-{turn}");
        factdesk
            .run(db, "ed", &["ingest", &seed, "--slug", &slug])
            .wall
    };
    let sqlite = median(7, || ingest(&small.sqlite, &mut turn));
    let postgres = median(7, || ingest(Path::new(&small.postgres), &mut turn));
    let p = Pair {
        measure: "ingest one article (a new slug each time)".into(),
        sqlite,
        postgres,
        per_run: None,
    };
    p.print();
    pairs.push(p);
    for (measure, actor, args) in [
        (
            "statements --json",
            "ed",
            vec!["statements", "cia-mexico", "--json"],
        ),
        (
            "report --format json",
            "ed",
            vec!["report", "cia-mexico", "--format", "json"],
        ),
        ("show", "ed", vec!["show", "cia-mexico"]),
        ("queue --json (a checker's)", "c1", vec!["queue", "--json"]),
    ] {
        pairs.push(pair(factdesk, &small, measure, actor, &args));
    }

    // The archive of a million statements, copied into PostgreSQL once (cached with the cluster).
    let archive_db = "bench_archive";
    if !server.exists(archive_db) || server.cluster.is_none() {
        let url = server.create(archive_db, None);
        let start = Instant::now();
        factdesk.setup(
            Path::new(&url),
            "ed",
            &[
                "migrate",
                "--from",
                &big.path.display().to_string(),
                "--to",
                &url,
            ],
        );
        eprintln!(
            "archive copied into PostgreSQL in {:.0} s",
            start.elapsed().as_secs_f64()
        );
    }
    let archive = Desks {
        sqlite: big.path.clone(),
        postgres: server.url(archive_db),
    };
    let label = format!("in the archive ({} statements)", big.statements);
    for (measure, args) in [
        ("search NAME", vec!["search", "\"Maria Lopez\"", "--json"]),
        (
            "search FIGURE",
            vec!["search", "\"$1.5 million\"", "--json"],
        ),
        (
            "search NAME --status verified",
            vec!["search", "Okafor", "--status", "verified", "--json"],
        ),
        (
            "statements --json",
            vec!["statements", archive::TARGET, "--json"],
        ),
        ("articles (the default page of 100)", vec!["articles"]),
    ] {
        pairs.push(pair(
            factdesk,
            &archive,
            &format!("{measure}, {label}"),
            "ed",
            &args,
        ));
    }
    // Writes on copies, so the cached archive stays as built.
    let copies = Desks {
        sqlite: scratch.join("pg-bench-archive-copy.db"),
        postgres: server.create("bench_archive_copy", Some(archive_db)),
    };
    std::fs::copy(&big.path, &copies.sqlite).unwrap();
    let mut revise = Vec::new();
    for (db, _) in copies.each() {
        let mut turn = 0;
        revise.push(median(5, || {
            turn += 1;
            let file = if turn % 2 == 1 { edited } else { target };
            factdesk
                .run(
                    db,
                    "ed",
                    &["revise", archive::TARGET, &file.display().to_string()],
                )
                .wall
        }));
    }
    let p = Pair {
        measure: format!("revise, 10,000 words, 30 edits, {label}"),
        sqlite: revise[0],
        postgres: revise[1],
        per_run: None,
    };
    p.print();
    pairs.push(p);

    // 16 writers at once.
    pairs.push(writers(factdesk, corpus, &server, scratch));

    write_section(doc, &pairs, &version, big);
}

/// `n` checkers `c1`…`cn` and the editor `ed`, on a new desk.
fn staff(factdesk: &Factdesk, db: &Path, n: usize) {
    factdesk.setup(db, "ed", &["init"]);
    factdesk.setup(
        db,
        "ed",
        &["reviewer", "add", "ed", "--name", "Ed", "--role", "editor"],
    );
    for i in 1..=n {
        let handle = format!("c{i}");
        factdesk.setup(db, "ed", &["reviewer", "add", &handle, "--name", &handle]);
    }
}

const WRITERS: usize = 16;
const CHECKS_EACH: usize = 12;

/// 16 processes at once, each recording checks on the statements of its own article, one
/// command per check: every check lands (counted after), and the desk verifies.
fn writers(factdesk: &Factdesk, corpus: &Corpus, server: &Server, scratch: &Path) -> Pair {
    let desks = Desks {
        sqlite: scratch.join("pg-bench-writers.db"),
        postgres: server.create("bench_writers", None),
    };
    let _ = std::fs::remove_file(&desks.sqlite);
    let mut rng = Rng::new(16);
    let files: Vec<PathBuf> = (1..=WRITERS)
        .map(|i| {
            let file = scratch.join(format!("writer-{i}.txt"));
            std::fs::write(&file, corpus.article(&mut rng, 600).text()).unwrap();
            file
        })
        .collect();
    let mut walls = Vec::new();
    for (db, name) in desks.each() {
        staff(factdesk, db, WRITERS);
        let mut work: Vec<Vec<String>> = Vec::new();
        for (i, file) in files.iter().enumerate() {
            let slug = format!("story-{}", i + 1);
            factdesk.setup(
                db,
                "ed",
                &["ingest", &file.display().to_string(), "--slug", &slug],
            );
            let json = factdesk.setup(db, "ed", &["statements", &slug, "--json"]);
            let statements: serde_json::Value = serde_json::from_str(&json).unwrap();
            let ids: Vec<String> = statements
                .as_array()
                .unwrap()
                .iter()
                .take(CHECKS_EACH)
                .map(|s| s["id"].to_string())
                .collect();
            assert_eq!(ids.len(), CHECKS_EACH, "{slug} has enough statements");
            let mut assign = vec!["assign"];
            assign.extend(ids.iter().map(String::as_str));
            let handle = format!("c{}", i + 1);
            assign.extend(["--to", &handle]);
            factdesk.setup(db, "ed", &assign);
            work.push(ids);
        }
        let start = Instant::now();
        let threads: Vec<_> = work
            .into_iter()
            .enumerate()
            .map(|(i, ids)| {
                let db = db.to_path_buf();
                let exe = factdesk.exe.clone();
                std::thread::spawn(move || {
                    let factdesk = Factdesk { exe };
                    let handle = format!("c{}", i + 1);
                    for id in ids {
                        factdesk.run_once(
                            &db,
                            &handle,
                            &[
                                "check",
                                &id,
                                "--status",
                                "verified",
                                "--source",
                                "web:https://example.org/w",
                            ],
                        );
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        walls.push(start.elapsed());
        // Not one write lost, and every chain holds (`verify` fails otherwise).
        factdesk.setup(db, "ed", &["verify"]);
        let checks = count_checks(factdesk, db);
        assert_eq!(checks, WRITERS * CHECKS_EACH, "{name}: every check landed");
    }
    let p = Pair {
        measure: format!("{WRITERS} writers at once, {CHECKS_EACH} checks each (checks/s)"),
        sqlite: walls[0],
        postgres: walls[1],
        per_run: Some(WRITERS * CHECKS_EACH),
    };
    p.print();
    p
}

/// How many checks the desk holds, from each article's statements.
fn count_checks(factdesk: &Factdesk, db: &Path) -> usize {
    (1..=WRITERS)
        .map(|i| {
            let json = factdesk.setup(db, "ed", &["statements", &format!("story-{i}"), "--json"]);
            let statements: serde_json::Value = serde_json::from_str(&json).unwrap();
            statements
                .as_array()
                .unwrap()
                .iter()
                .filter(|s| s["status"] == "verified")
                .count()
        })
        .sum()
}

const START: &str = "<!-- bench-pg:start (written by `cargo run --release --features peers --example bench -- --postgres`) -->";
const END: &str = "<!-- bench-pg:end -->";

fn write_section(doc: &Path, pairs: &[Pair], version: &str, big: &Archive) {
    let now = chrono::Utc::now().format("%Y-%m-%d %H:%M UTC");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut table = format!(
        "{START}\nMeasured {now}, {cores} core(s), PostgreSQL {version} (local, `synchronous_commit=off`) beside SQLite (WAL, `synchronous=NORMAL`), the release binary, each command a process (median of 7; revise of 5); the archive is {} statements in {} articles, copied into PostgreSQL with `factdesk migrate`.\n\n| measure | SQLite | PostgreSQL | PostgreSQL / SQLite |\n| --- | --- | --- | --- |\n",
        big.statements, big.articles
    );
    for p in pairs {
        table.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            p.measure,
            p.figure(p.sqlite),
            p.figure(p.postgres),
            p.ratio()
        ));
    }
    table.push_str(END);
    let old = std::fs::read_to_string(doc).unwrap();
    let new = match (old.find(START), old.find(END)) {
        (Some(a), Some(b)) => format!("{}{table}{}", &old[..a], &old[b + END.len()..]),
        _ => format!("{}\n{table}\n", old.trim_end()),
    };
    std::fs::write(doc, new).unwrap();
}
