//! A PostgreSQL server for the tests: the one FACTDESK_TEST_PG names, or else a throwaway
//! cluster this test process starts (initdb + pg_ctl, as a non-root user when run as root, on
//! 127.0.0.1 and a free port, in a temporary folder) and stops when it exits. Each test gets a
//! fresh database of its own: empty ([`Database::new`]), or holding factdesk's schema
//! ([`Database::migrated`]), copied from a template database migrated once per test process,
//! which is much faster than migrating each. Without a server, the tests fail and say how to get
//! one: they are never skipped.

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What the tests connect to: a URL whose path is replaced by each test's database name.
struct Server {
    base: String,
    /// The cluster this process started, stopped at exit.
    cluster: Option<Cluster>,
}

struct Cluster {
    bin: PathBuf,
    dir: PathBuf,
    user: Option<&'static str>,
}

static SERVER: OnceLock<Server> = OnceLock::new();
static NEXT: AtomicUsize = AtomicUsize::new(0);
/// The name of this process's migrated template database, made by the first test that needs it.
static TEMPLATE: OnceLock<String> = OnceLock::new();

/// A fresh, empty database; dropped (with its connections) when the value is.
pub struct Database {
    pub url: String,
    name: String,
}

impl Database {
    /// A fresh, empty database: no tables at all.
    pub fn new() -> Database {
        Database::create("")
    }

    /// A fresh database with factdesk's schema at the latest version and no rows, as `init`
    /// leaves a new desk: a copy of this process's template.
    pub fn migrated() -> Database {
        let template = TEMPLATE.get_or_init(make_template);
        Database::create(&format!(" TEMPLATE {template}"))
    }

    fn create(options: &str) -> Database {
        let server = server();
        let name = format!(
            "fdtest_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        admin(server)
            .batch_execute(&format!("CREATE DATABASE {name}{options}"))
            .unwrap_or_else(|e| panic!("cannot create a test database on {}: {e}", server.base));
        Database {
            url: with_database(&server.base, &name),
            name,
        }
    }

    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).unwrap()
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let _ = admin(server()).batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        ));
    }
}

/// The template every migrated test database is copied from: an empty database into which
/// factdesk's own `migrate` copies a new, empty desk, so it holds exactly the schema, marker and
/// version factdesk makes. Dropped when the process exits (with the throwaway cluster, or by
/// itself on a FACTDESK_TEST_PG server).
fn make_template() -> String {
    let server = server();
    let name = format!("fdtemplate_{}", std::process::id());
    admin(server)
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap_or_else(|e| {
            panic!(
                "cannot create the template database on {}: {e}",
                server.base
            )
        });
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("empty.db").display().to_string();
    let url = with_database(&server.base, &name);
    for args in [
        vec!["--db", file.as_str(), "init"],
        vec!["migrate", "--from", file.as_str(), "--to", url.as_str()],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_factdesk"))
            .env_clear()
            .args(&args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "cannot migrate the template database ({args:?}):\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    if server.cluster.is_none() {
        unsafe {
            libc::atexit(drop_template);
        }
    }
    name
}

extern "C" fn drop_template() {
    if let (Some(server), Some(name)) = (SERVER.get(), TEMPLATE.get()) {
        // No panic here: this runs while the process exits.
        if let Ok(mut admin) = postgres::Client::connect(&server.base, postgres::NoTls) {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

fn admin(server: &Server) -> postgres::Client {
    postgres::Client::connect(&server.base, postgres::NoTls)
        .unwrap_or_else(|e| panic!("cannot connect to the test server {}: {e}", server.base))
}

/// `postgres://user@host:port/anything` with `name` as its database.
fn with_database(base: &str, name: &str) -> String {
    let (scheme, rest) = base.split_once("://").unwrap();
    let authority = rest.split('/').next().unwrap();
    format!("{scheme}://{authority}/{name}")
}

fn server() -> &'static Server {
    SERVER.get_or_init(|| {
        if let Some(url) = std::env::var_os("FACTDESK_TEST_PG").filter(|v| !v.is_empty()) {
            return Server {
                base: url.to_string_lossy().into_owned(),
                cluster: None,
            };
        }
        let Some(bin) = server_binaries() else {
            panic!(
                "the PostgreSQL tests need a server: set FACTDESK_TEST_PG=postgres://USER@HOST:PORT/postgres \
                 (a role that may create databases), or install PostgreSQL's server \
                 (Debian/Ubuntu: apt-get install postgresql) so that the tests start a throwaway cluster"
            )
        };
        start_cluster(bin)
    })
}

/// Debian's layout (/usr/lib/postgresql/N/bin), newest first, else `pg_config --bindir`.
fn server_binaries() -> Option<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|bin| bin.join("initdb").exists())
        .collect();
    versions.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    if let Some(bin) = versions.pop() {
        return Some(bin);
    }
    let out = Command::new("pg_config").arg("--bindir").output().ok()?;
    let bin = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    bin.join("initdb").exists().then_some(bin)
}

fn start_cluster(bin: PathBuf) -> Server {
    let dir = tempfile::Builder::new()
        .prefix("factdesk-pg-")
        .tempdir()
        .unwrap()
        .keep();
    // initdb refuses to run as root: the cluster belongs to `nobody` then.
    let user = (unsafe { libc::geteuid() } == 0).then_some("nobody");
    if user.is_some() {
        let c = std::ffi::CString::new(dir.as_os_str().as_encoded_bytes()).unwrap();
        unsafe {
            libc::chown(c.as_ptr(), 65534, 65534);
        }
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let cluster = Cluster { bin, dir, user };
    let data = cluster.dir.join("data");
    cluster.run(
        "initdb",
        &[
            "-D",
            &data.display().to_string(),
            "-U",
            "factdesk",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
        ],
    );
    cluster.run(
        "pg_ctl",
        &[
            "-D",
            &data.display().to_string(),
            "-l",
            &cluster.dir.join("log").display().to_string(),
            "-w",
            "-o",
            &format!(
                "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200",
                cluster.dir.display()
            ),
            "start",
        ],
    );
    unsafe {
        libc::atexit(stop_cluster);
    }
    Server {
        base: format!("postgres://factdesk@127.0.0.1:{port}/postgres"),
        cluster: Some(cluster),
    }
}

impl Cluster {
    fn run(&self, tool: &str, args: &[&str]) {
        let program = self.bin.join(tool);
        let mut command = match self.user {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(&program);
                c
            }
            None => Command::new(&program),
        };
        let out = command
            .args(args)
            .current_dir(&self.dir)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
        assert!(
            out.status.success(),
            "{tool} failed while starting the test cluster:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

extern "C" fn stop_cluster() {
    if let Some(Server {
        cluster: Some(cluster),
        ..
    }) = SERVER.get()
    {
        // No panic here: this runs while the process exits.
        let data = cluster.dir.join("data").display().to_string();
        let args = ["-D", data.as_str(), "-m", "immediate", "stop"];
        let program = cluster.bin.join("pg_ctl");
        let _ = match cluster.user {
            Some(user) => Command::new("runuser")
                .args(["-u", user, "--"])
                .arg(&program)
                .args(args)
                .output(),
            None => Command::new(&program).args(args).output(),
        };
        let _ = std::fs::remove_dir_all(&cluster.dir);
    }
}
