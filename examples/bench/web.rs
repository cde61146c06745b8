//! The web desk under load (issue 16, Speed): `factdesk serve` (the release binary) on a copy of
//! the archive of a million statements, 50 reviewers signed in at once on 127.0.0.1, each on its
//! own keep-alive connection calling every API route and page in turn for a bounded time; the
//! 99th percentile per route. The client is a few lines of HTTP/1.1 over tokio: the load
//! generator stays in this process, against 127.0.0.1 only.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use factdesk::desk::{Actor, Desk};
use factdesk::model::{Reviewer, Role, StatementId};
use factdesk::store::{Access, Store};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};

use crate::archive;

/// Reviewers signed in at once.
pub const USERS: usize = 50;
const PASSWORD: &str = "bench password of some length";

/// One route's figures.
pub struct RouteFigures {
    pub route: String,
    pub requests: usize,
    pub failed: usize,
    pub p50: Duration,
    pub p99: Duration,
    pub max: Duration,
}

/// How long the load lasts (`FACTDESK_WEB_SECONDS`, default 30).
fn duration() -> Duration {
    let seconds = std::env::var("FACTDESK_WEB_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    Duration::from_secs(seconds)
}

/// What one reviewer works on: articles and statements of the archive, their own statements.
#[derive(Clone)]
struct Work {
    handle: String,
    slugs: Vec<String>,
    statements: Vec<StatementId>,
    own: Vec<StatementId>,
}

/// Adds the bench's reviewers to the copy, with passwords and statements of their own.
fn prepare(db: &Path) -> Vec<Work> {
    let now = chrono::Utc::now();
    let ed = Desk::new(
        Store::open(db, Access::Write).unwrap(),
        now,
        Some(Actor::from_cli("ed")),
    );
    let slugs: Vec<String> = (0..40)
        .map(|n| format!("archive-{:05}", 100 + n * 211))
        .collect();
    let statements: Vec<StatementId> = slugs
        .iter()
        .flat_map(|slug| {
            ed.statements(slug, None)
                .unwrap()
                .into_iter()
                .take(5)
                .map(|s| s.id)
        })
        .collect();
    (0..USERS)
        .map(|n| {
            let handle = format!("web{n:02}");
            ed.add_reviewer(&Reviewer {
                handle: handle.clone(),
                name: format!("Web Reviewer {n}"),
                role: Role::Checker,
                skills: vec![],
                active: true,
            })
            .unwrap();
            ed.set_password(&handle, PASSWORD).unwrap();
            let own: Vec<StatementId> = ed
                .statements(&format!("archive-{:05}", 7_000 + n), None)
                .unwrap()
                .iter()
                .map(|s| s.id)
                .take(20)
                .collect();
            ed.assign(&own, &handle).unwrap();
            Work {
                handle,
                slugs: slugs.clone(),
                statements: statements.clone(),
                own,
            }
        })
        .collect()
}

/// The server, stopped (SIGTERM, then waited for) when dropped.
struct Server {
    child: Child,
    address: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let _ = self.child.wait();
    }
}

fn start(exe: &Path, db: &Path) -> Server {
    let mut child = Command::new(exe)
        .env_clear()
        .arg("--db")
        .arg(db)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("factdesk serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let address = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    assert!(address.starts_with("127.0.0.1:"), "{address}");
    Server { child, address }
}

/// One keep-alive HTTP/1.1 connection.
struct Connection {
    stream: tokio::io::BufReader<tokio::net::TcpStream>,
    host: String,
}

struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
}

impl Connection {
    async fn open(address: &str) -> Connection {
        let stream = tokio::net::TcpStream::connect(address).await.unwrap();
        stream.set_nodelay(true).unwrap();
        Connection {
            stream: tokio::io::BufReader::new(stream),
            host: address.to_string(),
        }
    }

    /// Sends one request and reads the whole answer.
    async fn call(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Answer {
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nContent-Length: {}\r\n",
            self.host,
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        let socket = self.stream.get_mut();
        socket.write_all(head.as_bytes()).await.unwrap();
        socket.write_all(body).await.unwrap();
        let mut line = String::new();
        self.stream.read_line(&mut line).await.unwrap();
        let status: u16 = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let mut headers = Vec::new();
        loop {
            line.clear();
            self.stream.read_line(&mut line).await.unwrap();
            let trimmed = line.trim_end();
            if trimmed.is_empty() {
                break;
            }
            if let Some((name, value)) = trimmed.split_once(':') {
                headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
            }
        }
        let header = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        if let Some(length) = header("content-length") {
            let mut body = vec![0; length.parse().unwrap()];
            self.stream.read_exact(&mut body).await.unwrap();
        } else if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
            loop {
                line.clear();
                self.stream.read_line(&mut line).await.unwrap();
                let size = usize::from_str_radix(line.trim(), 16).unwrap();
                let mut chunk = vec![0; size + 2];
                self.stream.read_exact(&mut chunk).await.unwrap();
                if size == 0 {
                    break;
                }
            }
        }
        Answer { status, headers }
    }
}

/// The routes each reviewer calls in turn: (name for the table, method, path, body).
fn routes(work: &Work, turn: usize) -> Vec<(&'static str, &'static str, String, Option<String>)> {
    let slug = &work.slugs[turn % work.slugs.len()];
    let id = work.statements[turn % work.statements.len()];
    let own = work.own[turn % work.own.len()];
    let target = archive::TARGET;
    vec![
        (
            "GET /api/v1/articles (a page of 100)",
            "GET",
            "/api/v1/articles".into(),
            None,
        ),
        (
            "GET /api/v1/articles/{slug}",
            "GET",
            format!("/api/v1/articles/{slug}"),
            None,
        ),
        (
            "GET /api/v1/articles/{slug}/statements",
            "GET",
            format!("/api/v1/articles/{slug}/statements"),
            None,
        ),
        (
            "GET /api/v1/articles/{slug}/statements (10,000 words)",
            "GET",
            format!("/api/v1/articles/{target}/statements"),
            None,
        ),
        (
            "GET /api/v1/articles/{slug}/gate",
            "GET",
            format!("/api/v1/articles/{slug}/gate"),
            None,
        ),
        (
            "GET /api/v1/articles/{slug}/report?format=json",
            "GET",
            format!("/api/v1/articles/{slug}/report?format=json"),
            None,
        ),
        (
            "GET /api/v1/articles/{slug}/report?format=html",
            "GET",
            format!("/api/v1/articles/{slug}/report?format=html"),
            None,
        ),
        ("GET /api/v1/queue", "GET", "/api/v1/queue".into(), None),
        (
            "GET /api/v1/statements/{id}",
            "GET",
            format!("/api/v1/statements/{id}"),
            None,
        ),
        (
            "GET /api/v1/statements/{id}/history",
            "GET",
            format!("/api/v1/statements/{id}/history"),
            None,
        ),
        (
            "POST /api/v1/statements/{id}/checks",
            "POST",
            format!("/api/v1/statements/{own}/checks"),
            Some(r#"{"status": "in-progress", "note": "looking"}"#.to_string()),
        ),
        ("page GET /queue", "GET", "/queue".into(), None),
        ("page GET /desk", "GET", "/desk".into(), None),
        (
            "page GET /articles/{slug}",
            "GET",
            format!("/articles/{slug}"),
            None,
        ),
        (
            "page GET /statements/{id}",
            "GET",
            format!("/statements/{id}"),
            None,
        ),
        (
            "page GET /articles/{slug}/report",
            "GET",
            format!("/articles/{slug}/report"),
            None,
        ),
    ]
}

type Timings = BTreeMap<&'static str, (Vec<Duration>, usize)>;

/// One reviewer: signs in, then calls every route in turn until the deadline, one request every
/// `pace` at most (a person clicking), or back to back when `pace` is zero (the server's
/// capacity).
async fn reviewer(
    address: String,
    work: Work,
    deadline: Instant,
    pace: Duration,
    offset: Duration,
    timings: Arc<Mutex<Timings>>,
) {
    let mut connection = Connection::open(&address).await;
    let form = format!(
        "handle={}&password={}",
        work.handle,
        PASSWORD.replace(' ', "+")
    );
    let start = Instant::now();
    let answer = connection
        .call(
            "POST",
            "/login",
            &[("Content-Type", "application/x-www-form-urlencoded")],
            form.as_bytes(),
        )
        .await;
    let signed_in = start.elapsed();
    let cookie = answer
        .headers
        .iter()
        .find(|(n, _)| n == "set-cookie")
        .and_then(|(_, v)| v.split(';').next())
        .unwrap_or_else(|| panic!("{} was not signed in ({})", work.handle, answer.status))
        .to_string();
    let secret = cookie.split('=').nth(1).unwrap().to_string();
    let csrf = factdesk::web::csrf_token_for(&secret);
    // Paced reviewers start spread over one pace, as people do, not all on the same tick.
    tokio::time::sleep(offset).await;
    let mut mine: Timings = BTreeMap::new();
    mine.entry("POST /login (argon2id, slow by design)")
        .or_default()
        .0
        .push(signed_in);
    let mut turn = 0;
    while Instant::now() < deadline {
        for (name, method, path, body) in routes(&work, turn) {
            let mut headers = vec![("Cookie", cookie.as_str())];
            if body.is_some() {
                headers.push(("Content-Type", "application/json"));
                headers.push(("X-CSRF-Token", csrf.as_str()));
            }
            let start = Instant::now();
            let answer = connection
                .call(
                    method,
                    &path,
                    &headers,
                    body.as_deref().unwrap_or("").as_bytes(),
                )
                .await;
            let took = start.elapsed();
            if took < pace {
                tokio::time::sleep(pace - took).await;
            }
            let entry = mine.entry(name).or_default();
            if (200..300).contains(&answer.status) {
                entry.0.push(took);
            } else {
                entry.1 += 1;
            }
            if Instant::now() >= deadline {
                break;
            }
        }
        turn += 1;
    }
    let mut all = timings.lock().unwrap();
    for (name, (times, failed)) in mine {
        let entry = all.entry(name).or_default();
        entry.0.extend(times);
        entry.1 += failed;
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// The two loads: reviewers working at a person's pace, and back to back.
pub struct Load {
    pub pace: Duration,
    pub figures: Vec<RouteFigures>,
}

/// How often a paced reviewer sends a request (`FACTDESK_WEB_PACE_MS`, default 1000: a click a
/// second, faster than anyone reads a statement).
fn pace() -> Duration {
    Duration::from_millis(
        std::env::var("FACTDESK_WEB_PACE_MS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(1000),
    )
}

/// Runs both loads against a copy of the archive.
pub fn run(exe: &Path, archive: &Path, scratch: &Path) -> (Vec<Load>, Duration) {
    let db = scratch.join("web-archive.db");
    std::fs::copy(archive, &db).unwrap();
    let work = prepare(&db);
    let server = start(exe, &db);
    let length = duration();
    let loads = [pace(), Duration::ZERO]
        .into_iter()
        .map(|pace| Load {
            pace,
            figures: load(&server, &work, length, pace),
        })
        .collect();
    drop(server);
    (loads, length)
}

/// One load: every reviewer signs in and works until the deadline; figures per route in table
/// order.
fn load(server: &Server, work: &[Work], length: Duration, pace: Duration) -> Vec<RouteFigures> {
    let timings: Arc<Mutex<Timings>> = Arc::default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let deadline = Instant::now() + length;
        let tasks: Vec<_> = work
            .iter()
            .enumerate()
            .map(|(n, w)| {
                tokio::spawn(reviewer(
                    server.address.clone(),
                    w.clone(),
                    deadline,
                    pace,
                    pace * n as u32 / USERS as u32,
                    timings.clone(),
                ))
            })
            .collect();
        for task in tasks {
            task.await.unwrap();
        }
    });
    let order: Vec<&str> = std::iter::once("POST /login (argon2id, slow by design)")
        .chain(routes(&example_work(), 0).into_iter().map(|r| r.0))
        .collect();
    let mut timings = Arc::try_unwrap(timings).ok().unwrap().into_inner().unwrap();
    order
        .into_iter()
        .filter_map(|name| {
            let (mut times, failed) = timings.remove(name)?;
            times.sort();
            Some(RouteFigures {
                route: name.to_string(),
                requests: times.len(),
                failed,
                p50: percentile(&times, 0.50),
                p99: percentile(&times, 0.99),
                max: times.last().copied().unwrap_or_default(),
            })
        })
        .collect()
}

/// A stand-in to read the route names from.
fn example_work() -> Work {
    Work {
        handle: String::new(),
        slugs: vec![String::new()],
        statements: vec![StatementId(0)],
        own: vec![StatementId(0)],
    }
}

const WEB_START: &str = "<!-- bench-web:start (written by `cargo run --release --features peers --example bench -- --web`) -->";
const WEB_END: &str = "<!-- bench-web:end -->";

/// Replaces the web section of docs/performance.md (between its markers), keeping the rest.
pub fn write_section(path: &Path, loads: &[Load], length: Duration, big: &archive::Archive) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut table = format!(
        "{WEB_START}\nMeasured {} on {cores} core(s): `factdesk serve` (release) on a copy of the archive ({} statements, {} articles), {USERS} reviewers signed in at once on 127.0.0.1, each on one keep-alive connection calling every route in turn for {} s per load; the load generator shares the machine.\n",
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC"),
        big.statements,
        big.articles,
        length.as_secs()
    );
    for load in loads {
        let heading = if load.pace.is_zero() {
            "Back to back (no pause between requests: the server's capacity, not a desk's day)"
                .to_string()
        } else {
            format!(
                "At a person's pace (each reviewer sends at most one request every {} ms)",
                load.pace.as_millis()
            )
        };
        let requests: usize = load.figures.iter().map(|f| f.requests).sum();
        table.push_str(&format!(
            "\n{heading}: {requests} answered requests, {:.0} a second.\n\n| route | requests | p50 | p99 | max | target: p99 < 50 ms |\n| --- | --- | --- | --- | --- | --- |\n",
            requests as f64 / length.as_secs_f64()
        ));
        println!("{heading}");
        route_rows(&mut table, &load.figures);
    }
    table.push_str(WEB_END);
    let doc = std::fs::read_to_string(path).unwrap_or_default();
    let doc = match (doc.find(WEB_START), doc.find(WEB_END)) {
        (Some(start), Some(end)) => {
            format!("{}{table}{}", &doc[..start], &doc[end + WEB_END.len()..])
        }
        _ => format!("{doc}\n## The web desk under load\n\n{table}\n"),
    };
    std::fs::write(path, doc).unwrap();
    println!("\nwrote the web section of {}", path.display());
}

fn route_rows(table: &mut String, figures: &[RouteFigures]) {
    for f in figures {
        let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
        let verdict = if f.route.starts_with("POST /login") {
            "(argon2id: slow by design)".to_string()
        } else if f.requests == 0 {
            format!("not served ({} refused)", f.failed)
        } else if f.p99 < Duration::from_millis(50) {
            "met".to_string()
        } else {
            "MISSED".to_string()
        };
        let failed = if f.failed > 0 && f.requests > 0 {
            format!(" ({} failed)", f.failed)
        } else {
            String::new()
        };
        table.push_str(&format!(
            "| {} | {}{failed} | {} | {} | {} | {verdict} |\n",
            f.route,
            f.requests,
            ms(f.p50),
            ms(f.p99),
            ms(f.max)
        ));
        println!(
            "{:<60} {:>7} p50 {:>9} p99 {:>9} {verdict}",
            f.route,
            f.requests,
            ms(f.p50),
            ms(f.p99)
        );
    }
}
