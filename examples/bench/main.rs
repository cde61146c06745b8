//! The benchmark of issues 7 and 14: run `cargo run --release --features peers --example bench`
//! from a clean clone (without `--features peers` the sentencex ratios are left out).
//!
//! It builds its corpus from seeds/ and generated news-like copy, measures the splitter, the
//! commands end to end as processes (the release binary) and bulk ingest, against a fresh
//! database and against an archive of 1,000,000 statements (built once, cached in target/), and
//! writes the table with the machine and date into docs/performance.md. Timing lives here, never
//! in tests. Each figure is the median of several runs. `--web` runs only the web desk under
//! load; `--archive` only prints the archive's rows; `--postgres` runs the commands on SQLite and
//! PostgreSQL side by side.

mod archive;
mod corpus;
mod measure;
mod pathological;
mod peers;
mod postgres;
mod web;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use corpus::{Corpus, Rng};
use measure::{Factdesk, ProcessRun, median, ms};

/// One line of the table.
struct Row {
    measure: String,
    figure: String,
    target: String,
    memory: String,
}

fn row(measure: &str, figure: String, target: &str, memory: Option<i64>) -> Row {
    let row = Row {
        measure: measure.into(),
        figure,
        target: target.into(),
        memory: memory.map_or(String::new(), |kib| {
            format!("{:.1} MiB", kib as f64 / 1024.0)
        }),
    };
    println!(
        "{:<64} {:>22} {:>14} {:>10}",
        row.measure, row.figure, row.target, row.memory
    );
    row
}

/// A command timed as a process, beside its floor (see [`peers::process_floor`]).
fn process_row(measure: &str, run: &ProcessRun, target_ms: f64, floor: Duration) -> Row {
    let met = if run.wall.as_secs_f64() * 1000.0 < target_ms {
        "met"
    } else {
        "MISSED"
    };
    row(
        measure,
        format!("{} ({})", ms(run.wall), peers::floor_ratio(run.wall, floor)),
        &format!("< {target_ms} ms ({met})"),
        Some(run.max_rss_kib),
    )
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--launch") {
        measure::launch(&args[2], &args[3..]);
        return;
    }
    if args.get(1).map(String::as_str) == Some("--peer-open") {
        peers::peer_open(args.get(2).map(String::as_str));
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let factdesk = Factdesk {
        exe: release_binary(),
    };
    let temp = tempfile::tempdir().unwrap();
    // `FACTDESK_BENCH_KEEP=DIR` keeps the corpus files (big.txt, bulk/) there, for profiling.
    let scratch = std::env::var_os("FACTDESK_BENCH_KEEP").map_or_else(
        || temp.path().to_path_buf(),
        |dir| {
            std::fs::create_dir_all(&dir).unwrap();
            PathBuf::from(dir)
        },
    );
    let corpus = Corpus::from_seeds(&root.join("seeds"));
    let mut rng = Rng::new(2026);
    let target = corpus.article(&mut rng, 10_000);
    // `--web`: only the web desk under load (issue 16), on the cached archive.
    if args.get(1).map(String::as_str) == Some("--web") {
        let cache = factdesk.exe.parent().unwrap().join("bench-cache");
        let big = archive::archive(&cache, &corpus, &target);
        web_rows(&factdesk, &big, scratch.as_path(), root);
        return;
    }
    let edited = target.edited(&corpus, &mut rng);
    // `--archive`: only the rows on the archive, printed and not written to the document (a
    // quick look at one change; the table is written by whole runs only).
    if args.get(1).map(String::as_str) == Some("--archive") {
        let cache = factdesk.exe.parent().unwrap().join("bench-cache");
        let big = archive::archive(&cache, &corpus, &target);
        let files = scratch.as_path();
        let (original, edited_file) = (files.join("target.txt"), files.join("target-r2.txt"));
        std::fs::write(&original, target.text()).unwrap();
        std::fs::write(&edited_file, edited.text()).unwrap();
        let label = format!("in the archive ({} statements)", big.statements);
        archive_rows(
            &factdesk,
            &big.path,
            files,
            &edited_file.display().to_string(),
            &original.display().to_string(),
            &label,
        );
        return;
    }
    // `--postgres`: both backends side by side (issue 15), on the cached archive.
    if args.get(1).map(String::as_str) == Some("--postgres") {
        let cache = factdesk.exe.parent().unwrap().join("bench-cache");
        let big = archive::archive(&cache, &corpus, &target);
        let files = scratch.as_path();
        let (original, edited_file) = (files.join("target.txt"), files.join("target-r2.txt"));
        std::fs::write(&original, target.text()).unwrap();
        std::fs::write(&edited_file, edited.text()).unwrap();
        let doc = root.join("docs/performance.md");
        postgres::run(
            &factdesk,
            &corpus,
            &big,
            (&original, &edited_file),
            files,
            &doc,
        );
        return;
    }
    let only = Only::from_args(&args[1..]);
    let mut rows = Vec::new();
    println!(
        "{:<64} {:>22} {:>14} {:>10}",
        "measure", "median", "target", "peak RSS"
    );

    // 1. The splitter alone, on one core: every paragraph of ~16 MB of copy and the seeds.
    let mut paragraphs: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(root.join("seeds")).unwrap().flatten() {
        if let Ok(text) = std::fs::read_to_string(entry.path()) {
            paragraphs.extend(text.split("\n\n").map(str::to_string));
        }
    }
    while paragraphs.iter().map(String::len).sum::<usize>() < 16 << 20 {
        let article = corpus.article(&mut rng, 800);
        paragraphs.extend(article.paragraphs.iter().map(|p| p.join(" ")));
    }
    let bytes: usize = paragraphs.iter().map(String::len).sum();
    if only.wants("splitter") {
        let split_time = median(5, || {
            let start = Instant::now();
            for paragraph in &paragraphs {
                std::hint::black_box(factdesk::parse::split::sentences(paragraph));
            }
            start.elapsed()
        });
        let mbps = bytes as f64 / 1e6 / split_time.as_secs_f64();
        let paragraph_refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let sentencex_time = peers::sentencex(5, &paragraph_refs);
        rows.push(row(
            &format!(
                "splitter alone, {:.1} MB of news copy, one core",
                bytes as f64 / 1e6
            ),
            format!(
                "{mbps:.0} MB/s ({})",
                peers::ratio(split_time, sentencex_time, "sentencex")
            ),
            &format!(
                ">= 200 MB/s ({})",
                if mbps >= 200.0 { "met" } else { "MISSED" }
            ),
            None,
        ));
    }

    // 2. `split` of the 10,000-word article as a process.
    let target_file = scratch.as_path().join("target.txt");
    let edited_file = scratch.as_path().join("target-r2.txt");
    std::fs::write(&target_file, target.text()).unwrap();
    std::fs::write(&edited_file, edited.text()).unwrap();
    let none = scratch.as_path().join("none.db");
    // The floor of a command that opens no database (split, --version).
    let bare_floor = peers::process_floor(None, 15);
    let target_arg = target_file.display().to_string();
    let edited_arg = edited_file.display().to_string();
    let words = target.text().split_whitespace().count();
    if only.wants("split") {
        let run = factdesk.median_run(9, &none, "ed", &["split", &target_arg, "--json"]);
        rows.push(process_row(
            &format!(
                "split, one {words}-word article ({} sentences)",
                target.sentences()
            ),
            &run,
            50.0,
            bare_floor,
        ));

        // 2a. `split --json` end to end on ~4 MB of copy (under the 5 MiB input limit), against
        // sentencex splitting the same paragraphs in-process: the whole pipeline (read, parse,
        // metadata, split, kinds with their reasons, JSON out) against a bare splitter.
        let mut big_text = String::new();
        let mut big_paragraphs: Vec<&str> = Vec::new();
        for paragraph in &paragraphs {
            if big_text.len() + paragraph.len() > 4_000_000 {
                break;
            }
            big_text.push_str(paragraph);
            big_text.push_str("\n\n");
            big_paragraphs.push(paragraph);
        }
        let big_file = scratch.as_path().join("big.txt");
        std::fs::write(&big_file, &big_text).unwrap();
        let big_arg = big_file.display().to_string();
        let run = factdesk.median_run(5, &none, "ed", &["split", &big_arg, "--json"]);
        let peer = peers::sentencex(5, &big_paragraphs);
        let big_mbps = big_text.len() as f64 / 1e6 / run.wall.as_secs_f64();
        let ratio = peer.map(|p| p.as_secs_f64() / run.wall.as_secs_f64());
        rows.push(row(
            &format!(
                "split --json end to end, {:.1} MB of news copy",
                big_text.len() as f64 / 1e6
            ),
            format!(
                "{big_mbps:.1} MB/s ({})",
                peers::ratio(run.wall, peer, "sentencex")
            ),
            &format!(
                ">= 1.0x sentencex ({})",
                match ratio {
                    Some(r) if r >= 1.0 => "met",
                    Some(_) => "MISSED",
                    None => "not measured",
                }
            ),
            Some(run.max_rss_kib),
        ));
    }

    // 2b. Pathological inputs (issue 11): linear, whatever the punctuation.
    if only.wants("pathological") {
        rows.extend(pathological::rows(&factdesk, scratch.as_path(), bare_floor));
    }

    // 3. Bulk ingest of 2,000 news-length articles into a fresh database, as a process.
    if only.wants("ingest") {
        rows.push(bulk_ingest(&factdesk, &corpus, scratch.as_path()));
    }

    // 4. revise with 30 edits, in a fresh database holding only that article.
    if only.wants("fresh") {
        let small = scratch.as_path().join("small.db");
        fresh_desk(&factdesk, &small);
        factdesk.setup(
            &small,
            "ed",
            &["ingest", &target_arg, "--slug", archive::TARGET],
        );
        let floor = peers::process_floor(Some(&small), 9);
        let run = median_of_copies(5, &small, scratch.as_path(), |db| {
            factdesk.run(db, "ed", &["revise", archive::TARGET, &edited_arg])
        });
        rows.push(process_row(
            "revise, 10,000 words, 30 edits (fresh database)",
            &run,
            50.0,
            floor,
        ));
        let run = factdesk.median_run(7, &small, "ed", &["statements", archive::TARGET, "--json"]);
        rows.push(process_row(
            "statements --json (fresh database, same article)",
            &run,
            50.0,
            floor,
        ));
    }

    // 5. One article in the archive of a million statements.
    let big = (only.wants("archive") || only.wants("web")).then(|| {
        let cache = factdesk.exe.parent().unwrap().join("bench-cache");
        let start = Instant::now();
        let big = archive::archive(&cache, &corpus, &target);
        if let Some(built) = big.built_in {
            eprintln!("archive built in {:.0} s", built.as_secs_f64());
        } else {
            eprintln!(
                "archive from cache ({:.1} s)",
                start.elapsed().as_secs_f64()
            );
        }
        big
    });
    if let Some(big) = big.as_ref().filter(|_| only.wants("archive")) {
        let label = format!(
            "in the archive ({} statements, {} articles)",
            big.statements, big.articles
        );
        rows.extend(archive_rows(
            &factdesk,
            &big.path,
            scratch.as_path(),
            &edited_arg,
            &target_arg,
            &label,
        ));
    }

    // 6. Start-up.
    if only.wants("startup") {
        let run = factdesk.median_run(15, &none, "ed", &["--version"]);
        rows.push(process_row("factdesk --version", &run, 50.0, bare_floor));
    }

    write_doc(
        &root.join("docs/performance.md"),
        &rows,
        big.as_ref(),
        &only,
    );
    if let Some(big) = big.as_ref().filter(|_| only.wants("web")) {
        web_rows(&factdesk, big, scratch.as_path(), root);
    }
}

/// `--only GROUP,GROUP`: the groups of rows to measure (every group when absent). The rows
/// measured replace the rows of the same measure in docs/performance.md's table; the others are
/// kept as they were, so one helper's rows can be re-measured without the whole run.
struct Only(Option<Vec<String>>);

impl Only {
    const GROUPS: &[&str] = &[
        "splitter",
        "split",
        "pathological",
        "ingest",
        "fresh",
        "archive",
        "startup",
        "web",
    ];

    fn from_args(args: &[String]) -> Only {
        let Some(at) = args.iter().position(|a| a == "--only") else {
            return Only(None);
        };
        let groups: Vec<String> = args
            .get(at + 1)
            .map(|list| list.split(',').map(str::to_string).collect())
            .unwrap_or_default();
        if groups.is_empty() || groups.iter().any(|g| !Self::GROUPS.contains(&g.as_str())) {
            eprintln!(
                "--only takes a comma-separated list of: {}",
                Self::GROUPS.join(",")
            );
            std::process::exit(2);
        }
        Only(Some(groups))
    }

    fn wants(&self, group: &str) -> bool {
        self.0
            .as_ref()
            .is_none_or(|groups| groups.iter().any(|g| g == group))
    }

    fn is_partial(&self) -> bool {
        self.0.is_some()
    }
}

/// The web desk under load, written to its own section of docs/performance.md.
fn web_rows(factdesk: &Factdesk, big: &archive::Archive, scratch: &Path, root: &Path) {
    eprintln!("web desk: {} reviewers signed in ...", web::USERS);
    let (loads, length) = web::run(&factdesk.exe, &big.path, scratch);
    web::write_section(&root.join("docs/performance.md"), &loads, length, big);
}

/// The archive rows: reads on the cached file, writes on a copy of it.
fn archive_rows(
    factdesk: &Factdesk,
    db: &Path,
    scratch: &Path,
    edited: &str,
    original: &str,
    label: &str,
) -> Vec<Row> {
    let mut rows = Vec::new();
    let target = archive::TARGET;
    let floor = peers::process_floor(Some(db), 9);
    for (name, actor, args) in [
        (
            "statements --json",
            "ed",
            vec!["statements", target, "--json"],
        ),
        (
            "queue --json (ana: ~500 open)",
            "ana",
            vec!["queue", "--json"],
        ),
        (
            "report --format json",
            "ed",
            vec!["report", target, "--format", "json"],
        ),
        ("show", "ed", vec!["show", target]),
        // The overview (issue 14 item 3): the table's default page, a page deep in the archive
        // after a cursor, and the whole listing.
        ("articles (the default page of 100)", "ed", vec!["articles"]),
        (
            "articles --json --limit 100 --after archive-05000",
            "ed",
            vec![
                "articles",
                "--json",
                "--limit",
                "100",
                "--after",
                "archive-05000",
            ],
        ),
        (
            "articles --json (all 10,000: a listing, not one article)",
            "ed",
            vec!["articles", "--json"],
        ),
    ] {
        let run = factdesk.median_run(7, db, actor, &args);
        rows.push(process_row(&format!("{name}, {label}"), &run, 50.0, floor));
    }
    let id = first_statement(factdesk, db);
    let history = factdesk.median_run(7, db, "ed", &["history", &id]);
    rows.push(process_row(
        &format!("history ID, {label}"),
        &history,
        50.0,
        floor,
    ));
    // Search across the archive (issue 15): a name in thousands of statements, the best 20;
    // a phrase with a figure; a name among the checked statements only.
    for (name, args) in [
        ("search NAME", vec!["search", "\"Maria Lopez\"", "--json"]),
        (
            "search FIGURE",
            vec!["search", "\"$1.5 million\"", "--json"],
        ),
        (
            "search NAME --status verified",
            vec!["search", "Okafor", "--status", "verified", "--json"],
        ),
    ] {
        let run = factdesk.median_run(7, db, "ed", &args);
        rows.push(process_row(&format!("{name}, {label}"), &run, 50.0, floor));
    }

    // Writes go to a copy, so the cached archive stays as built.
    let copy = scratch.join("archive-copy.db");
    std::fs::copy(db, &copy).unwrap();
    let mut turn = 0;
    let assign = median(7, || {
        turn += 1;
        let to = if turn % 2 == 0 { "ana" } else { "bo" };
        factdesk.run(&copy, "ed", &["assign", &id, "--to", to]).wall
    });
    rows.push(row(
        &format!("assign ID --to HANDLE, {label}"),
        format!("{} ({})", ms(assign), peers::floor_ratio(assign, floor)),
        &format!("< 50 ms ({})", met(assign)),
        None,
    ));
    factdesk.setup(&copy, "ed", &["assign", &id, "--to", "ana"]);
    let check = factdesk.median_run(
        7,
        &copy,
        "ana",
        &[
            "check",
            &id,
            "--status",
            "verified",
            "--source",
            "web:https://example.org/a",
        ],
    );
    rows.push(process_row(
        &format!("check ID, {label}"),
        &check,
        50.0,
        floor,
    ));
    // Each revise is a real new revision with 30 edits: back and forth between two drafts.
    let mut turn = 0;
    let mut peak = 0;
    let revise = median(5, || {
        turn += 1;
        let file = if turn % 2 == 1 { edited } else { original };
        let run = factdesk.run(&copy, "ed", &["revise", archive::TARGET, file]);
        peak = peak.max(run.max_rss_kib);
        run.wall
    });
    rows.push(row(
        &format!("revise, 10,000 words, 30 edits, {label}"),
        format!("{} ({})", ms(revise), peers::floor_ratio(revise, floor)),
        &format!(
            "< 10 ms ({})",
            if revise.as_secs_f64() < 0.010 {
                "met"
            } else {
                "MISSED"
            }
        ),
        Some(peak),
    ));
    rows
}

fn met(d: Duration) -> &'static str {
    if d.as_secs_f64() < 0.050 {
        "met"
    } else {
        "MISSED"
    }
}

fn first_statement(factdesk: &Factdesk, db: &Path) -> String {
    let json = factdesk.setup(db, "ed", &["statements", archive::TARGET, "--json"]);
    let statements: serde_json::Value = serde_json::from_str(&json).unwrap();
    statements[3]["id"].to_string()
}

fn bulk_ingest(factdesk: &Factdesk, corpus: &Corpus, scratch: &Path) -> Row {
    const COUNT: usize = 2_000;
    let folder = scratch.join("bulk");
    std::fs::create_dir_all(&folder).unwrap();
    let mut rng = Rng::new(7);
    for i in 0..COUNT {
        let words = 500 + rng.below(700);
        let article = corpus.article(&mut rng, words);
        std::fs::write(folder.join(format!("story-{i:04}.txt")), article.text()).unwrap();
    }
    let folder_arg = folder.display().to_string();
    let mut statements = 0;
    let db = scratch.join("bulk.db");
    let time = median(3, || {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        }
        fresh_desk(factdesk, &db);
        let wall = factdesk.run(&db, "ed", &["ingest", &folder_arg]).wall;
        statements = factdesk::store::Store::open(&db, factdesk::store::Access::Write)
            .unwrap()
            .count_rows("statement_versions")
            .unwrap();
        wall
    });
    let per_s = COUNT as f64 / time.as_secs_f64();
    // The peer: SQLite inserting as many rows of statement-sized text, bare.
    let texts: Vec<String> = (0..statements)
        .map(|i| format!("Statement {i} of the bare insert, about as long as a sentence of copy."))
        .collect();
    let bare = peers::sqlite_bare_insert(scratch, &texts);
    row(
        &format!("bulk ingest, {COUNT} articles of 500-1,200 words, fresh database"),
        format!(
            "{per_s:.0} art/s, {:.0} stmt/s ({:.3}x SQLite bare insert, {:.0} rows/s)",
            statements as f64 / time.as_secs_f64(),
            bare.as_secs_f64() / time.as_secs_f64(),
            statements as f64 / bare.as_secs_f64()
        ),
        &format!(
            ">= 4,000 art/s ({})",
            if per_s >= 4000.0 { "met" } else { "MISSED" }
        ),
        None,
    )
}

/// A new database with an editor `ed` and a checker `ana`.
fn fresh_desk(factdesk: &Factdesk, db: &Path) {
    factdesk.setup(db, "ed", &["init"]);
    factdesk.setup(
        db,
        "ed",
        &["reviewer", "add", "ed", "--name", "Ed", "--role", "editor"],
    );
    factdesk.setup(db, "ed", &["reviewer", "add", "ana", "--name", "Ana"]);
}

/// The median of runs that each start from a copy of `db` (for commands that write).
fn median_of_copies(
    runs: usize,
    db: &Path,
    scratch: &Path,
    mut f: impl FnMut(&Path) -> ProcessRun,
) -> ProcessRun {
    let mut walls = Vec::new();
    let mut rss = 0;
    for i in 0..runs {
        let copy = scratch.join(format!("copy-{i}.db"));
        std::fs::copy(db, &copy).unwrap();
        let run = f(&copy);
        walls.push(run.wall);
        rss = rss.max(run.max_rss_kib);
    }
    walls.sort();
    ProcessRun {
        wall: walls[runs / 2],
        max_rss_kib: rss,
    }
}

/// The release binary next to this example, built first when run through cargo.
fn release_binary() -> PathBuf {
    if let Some(cargo) = std::env::var_os("CARGO") {
        let status = std::process::Command::new(cargo)
            .args(["build", "--release", "--quiet", "--bin", "factdesk"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo builds factdesk");
        assert!(status.success(), "cargo build --release --bin factdesk");
    }
    let exe = std::env::current_exe().unwrap();
    // target/release/examples/bench -> target/release/factdesk
    let release = exe.parent().and_then(Path::parent).unwrap();
    let binary = release.join("factdesk");
    assert!(
        binary.exists(),
        "no {}: run `cargo build --release`",
        binary.display()
    );
    binary
}

const START: &str = "<!-- bench:start (written by `cargo run --release --example bench`) -->";
const END: &str = "<!-- bench:end -->";

/// Replaces the figures between the markers of docs/performance.md, keeping the prose around.
fn write_doc(path: &Path, rows: &[Row], big: Option<&archive::Archive>, only: &Only) {
    let doc = std::fs::read_to_string(path).unwrap_or_default();
    let old = match (doc.find(START), doc.find(END)) {
        (Some(start), Some(end)) => Some((start, end, &doc[start + START.len()..end])),
        _ => None,
    };
    let line = |r: &Row| {
        format!(
            "| {} | {} | {} | {} |",
            r.measure, r.figure, r.target, r.memory
        )
    };
    let now = chrono::Utc::now().format("%Y-%m-%d %H:%M UTC");
    let table = match (only.is_partial(), old) {
        // A partial run: the rows measured replace their namesakes, the rest stay.
        (true, Some((_, _, old))) => {
            let mut lines: Vec<String> = old.trim().lines().map(str::to_string).collect();
            let mut added = Vec::new();
            for r in rows {
                let prefix = format!("| {} |", r.measure);
                match lines.iter_mut().find(|l| l.starts_with(&prefix)) {
                    Some(l) => *l = line(r),
                    None => added.push(line(r)),
                }
            }
            lines.extend(added);
            let names: Vec<&str> = rows.iter().map(|r| r.measure.as_str()).collect();
            let note = format!(
                "Re-measured {now} (`--only`): {}; the other rows are from the run above.",
                names.join("; ")
            );
            let at = lines.iter().position(|l| l.starts_with('|')).unwrap_or(0);
            lines.insert(at, String::new());
            lines.insert(at, note);
            lines.dedup_by(|a, b| a.is_empty() && b.is_empty());
            format!("{START}\n{}\n{END}", lines.join("\n"))
        }
        _ => {
            let cpu = std::fs::read_to_string("/proc/cpuinfo")
                .ok()
                .and_then(|info| {
                    info.lines()
                        .find(|l| l.starts_with("model name"))
                        .and_then(|l| l.split(':').nth(1))
                        .map(|m| m.trim().to_string())
                })
                .unwrap_or_else(|| "unknown CPU".into());
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            let archive = big.map_or("not built".to_string(), |big| {
                format!("{} statements in {} articles", big.statements, big.articles)
            });
            let mut table = format!(
                "{START}\nMeasured {now} on {cpu}, {cores} core(s) (nproc), factdesk {}; archive: {archive}.\n\n| measure | median | target | peak RSS |\n| --- | --- | --- | --- |\n",
                env!("CARGO_PKG_VERSION"),
            );
            for r in rows {
                table.push_str(&line(r));
                table.push('\n');
            }
            table.push_str(END);
            table
        }
    };
    let doc = match old {
        Some((start, end, _)) => {
            format!("{}{table}{}", &doc[..start], &doc[end + END.len()..])
        }
        None => format!("{doc}\n## Figures\n\n{table}\n"),
    };
    std::fs::write(path, doc).unwrap();
    println!("\nwrote {}", path.display());
}
