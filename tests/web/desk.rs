//! The test desk the web desk's HTTP tests share: a database set up by the real `factdesk`
//! binary (an SQLite file, or a PostgreSQL database of its own, after the crate's [`BACKEND`]),
//! the router called in-process with `tower::ServiceExt::oneshot` (no socket), and a clock the
//! test moves.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use axum::body::Body;
use axum::http::{Request, Response, StatusCode, header};
use chrono::{DateTime, Duration, Utc};
use factdesk::web::{self, AppState, Config};

use super::{BACKEND, Backend};
use tower::ServiceExt;

/// The command line's fixed time for setting up; the server's clock starts an hour later.
pub const SETUP_NOW: &str = "2026-03-01T09:00:00Z";
pub const PASSWORD: &str = "correct horse battery";

/// A desk with an editor (`ed`) and two checkers (`ana`, `ben`), each with [`PASSWORD`].
pub struct TestDesk {
    pub dir: tempfile::TempDir,
    /// The PostgreSQL database, dropped with the desk; `None` on SQLite.
    database: Option<super::pg::Database>,
    pub state: AppState,
    minutes: Arc<AtomicI64>,
}

pub fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

impl Default for TestDesk {
    fn default() -> TestDesk {
        TestDesk::with_config(Config::default())
    }
}

impl TestDesk {
    pub fn new() -> TestDesk {
        TestDesk::default()
    }

    pub fn with_config(config: Config) -> TestDesk {
        let dir = tempfile::tempdir().unwrap();
        let database =
            (BACKEND == Backend::Postgres).then(|| off_runtime(super::pg::Database::migrated));
        let db = match &database {
            Some(database) => PathBuf::from(&database.url),
            None => dir.path().join("desk.db"),
        };
        let minutes = Arc::new(AtomicI64::new(0));
        let start = DateTime::parse_from_rfc3339(SETUP_NOW)
            .unwrap()
            .with_timezone(&Utc)
            + Duration::hours(1);
        let offset = minutes.clone();
        let clock: web::Clock =
            Arc::new(move || start + Duration::minutes(offset.load(Ordering::SeqCst)));
        let desk = TestDesk {
            state: AppState::new(db, clock, config),
            dir,
            database,
            minutes,
        };
        desk.ok(&["init"]);
        desk.ok(&[
            "--as", "ed", "reviewer", "add", "ed", "--name", "Ed Itor", "--role", "editor",
        ]);
        desk.ok(&[
            "--as", "ed", "reviewer", "add", "ana", "--name", "Ana Lyst", "--skills", "figure",
        ]);
        desk.ok(&[
            "--as",
            "ed",
            "reviewer",
            "add",
            "ben",
            "--name",
            "Ben Checker",
        ]);
        for handle in ["ed", "ana", "ben"] {
            desk.set_password(handle, PASSWORD);
        }
        desk
    }

    /// What `--db` names: the SQLite file, or the PostgreSQL database's URL.
    pub fn db(&self) -> PathBuf {
        match &self.database {
            Some(database) => PathBuf::from(&database.url),
            None => self.dir.path().join("desk.db"),
        }
    }

    /// Everything the database holds, as text: the SQLite file's bytes, or every row of every
    /// table of the PostgreSQL database. For tests that grep the stored desk for a secret.
    pub fn stored_text(&self) -> String {
        match &self.database {
            None => String::from_utf8_lossy(&std::fs::read(self.db()).unwrap()).into_owned(),
            Some(database) => off_runtime(|| {
                let mut client = database.client();
                let tables: Vec<String> = client
                    .query(
                        "SELECT table_name::text FROM information_schema.tables
                         WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
                        &[],
                    )
                    .unwrap()
                    .iter()
                    .map(|row| row.get(0))
                    .collect();
                assert!(tables.len() > 20, "{tables:?}");
                let mut text = String::new();
                for table in tables {
                    for row in client
                        .query(&format!("SELECT t::text FROM {table} t"), &[])
                        .unwrap()
                    {
                        text.push_str(row.get::<_, &str>(0));
                        text.push('\n');
                    }
                }
                text
            }),
        }
    }

    /// Runs the real binary against this desk's database; returns (success, stdout, stderr).
    pub fn run(&self, args: &[&str], stdin: Option<&str>) -> (bool, String, String) {
        let out = crate::run(
            crate::factdesk()
                .env("FACTDESK_TESTING", "1")
                .env("FACTDESK_NOW", SETUP_NOW)
                .arg("--db")
                .arg(self.db())
                .args(args),
            stdin,
        );
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Runs the binary and insists it succeeds; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let (ok, out, err) = self.run(args, None);
        assert!(ok, "factdesk {args:?} failed: {err}");
        out
    }

    pub fn set_password(&self, handle: &str, password: &str) {
        let (ok, _, err) = self.run(
            &["--as", "ed", "reviewer", "password", handle],
            Some(&format!("{password}\n")),
        );
        assert!(ok, "setting {handle}'s password failed: {err}");
    }

    /// Ingests a seed article as `ed` and hands it all to `ana`; returns its statement ids.
    pub fn ingest_seed(&self, file: &str, slug: &str) -> Vec<i64> {
        let path = seeds().join(file);
        self.ok(&[
            "--as",
            "ed",
            "ingest",
            path.to_str().unwrap(),
            "--slug",
            slug,
        ]);
        let json = self.ok(&["statements", slug, "--json"]);
        let statements: serde_json::Value = serde_json::from_str(&json).unwrap();
        statements
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_i64().unwrap())
            .collect()
    }

    /// Moves the server's clock on.
    pub fn advance(&self, minutes: i64) {
        self.minutes.fetch_add(minutes, Ordering::SeqCst);
    }

    pub async fn send(&self, request: Request<Body>) -> Response<Body> {
        web::router(self.state.clone())
            .oneshot(request)
            .await
            .unwrap()
    }

    /// Signs in through `POST /login` and returns the session.
    pub async fn sign_in(&self, handle: &str) -> Session {
        let response = self.send(login_request(handle, PASSWORD)).await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "sign-in of {handle}"
        );
        let cookie = response
            .headers()
            .get(header::SET_COOKIE)
            .expect("a session cookie")
            .to_str()
            .unwrap();
        let secret = cookie
            .split(';')
            .next()
            .unwrap()
            .strip_prefix("factdesk_session=")
            .unwrap()
            .to_string();
        Session {
            csrf: web::csrf_token_for(&secret),
            cookie: format!("factdesk_session={secret}"),
        }
    }
}

impl Drop for TestDesk {
    /// The PostgreSQL database is dropped off the test's runtime too.
    fn drop(&mut self) {
        if let Some(database) = self.database.take() {
            off_runtime(move || drop(database));
        }
    }
}

/// Runs `work` on a thread of its own: the synchronous PostgreSQL client blocks on a runtime of
/// its own, which may not start on a thread that drives the test's.
fn off_runtime<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| scope.spawn(work).join().unwrap())
}

/// A signed-in browser: its cookie and the CSRF token its pages carry.
#[derive(Clone)]
pub struct Session {
    pub cookie: String,
    pub csrf: String,
}

impl Session {
    pub fn get(&self, uri: &str) -> Request<Body> {
        Request::get(uri)
            .header(header::COOKIE, &self.cookie)
            .body(Body::empty())
            .unwrap()
    }

    /// A form post carrying the session's CSRF token.
    pub fn post_form(&self, uri: &str, fields: &[(&str, &str)]) -> Request<Body> {
        let mut all = vec![("csrf", self.csrf.as_str())];
        all.extend_from_slice(fields);
        form_request(uri, &all, Some(&self.cookie))
    }

    /// A JSON post with the CSRF header, as a page's script would send it.
    pub fn post_json(&self, uri: &str, body: &serde_json::Value) -> Request<Body> {
        Request::post(uri)
            .header(header::COOKIE, &self.cookie)
            .header("x-csrf-token", &self.csrf)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap()
    }
}

pub fn form_request(uri: &str, fields: &[(&str, &str)], cookie: Option<&str>) -> Request<Body> {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    let mut request =
        Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request.body(Body::from(body.join("&"))).unwrap()
}

pub fn login_request(handle: &str, password: &str) -> Request<Body> {
    form_request(
        "/login",
        &[("handle", handle), ("password", password)],
        None,
    )
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

pub async fn body_text(response: Response<Body>) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    String::from_utf8(bytes.to_vec()).unwrap()
}

pub async fn body_json(response: Response<Body>) -> serde_json::Value {
    let text = body_text(response).await;
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

pub fn location(response: &Response<Body>) -> &str {
    response
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap())
        .unwrap_or("")
}
