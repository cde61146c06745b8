//! PostgreSQL: the schema's guarantees in the database itself, and a desk moving from SQLite to
//! PostgreSQL and back without losing a byte (`migrate`, `backup`), against a real server
//! (see `pg.rs` for where it comes from).

use super::pg::Database;
use super::{Backend, Desk, seed};

/// A desk with history of every kind: two revisions, assignments, checks with sources and
/// notes, a Word draft kept byte for byte, a dismissed finding.
fn busy_desk() -> Desk {
    let desk = Desk::with_seed();
    desk.run_as("ed", &["assign", "cia-mexico", "--auto"]).ok();
    let ids: Vec<String> = desk
        .statements("cia-mexico")
        .iter()
        .filter(|s| s["assignee"] == "ana")
        .take(3)
        .map(|s| s["id"].as_i64().unwrap().to_string())
        .collect();
    for id in &ids {
        desk.run_as(
            "ana",
            &[
                "check",
                id,
                "--status",
                "verified",
                "--source",
                "document:DOJ statement, Jan 16",
                "--note",
                "Confirmed with the ministry's transcript",
            ],
        )
        .ok();
    }
    desk.run_as(
        "ed",
        &[
            "revise",
            "cia-mexico",
            &seed("revisions/cia-mexico-2026-01-17.2.txt"),
        ],
    )
    .ok();
    desk.run_as(
        "ed",
        &["ingest", &seed("draft-water-leaks-2026-04-20.docx")],
    )
    .ok();
    desk
}

fn migrate(desk: &Desk, from: &str, to: &str) -> serde_json::Value {
    desk.run(&["migrate", "--from", from, "--to", to, "--json"])
        .ok()
        .json()
}

#[test]
fn a_desk_moves_to_postgres_and_back_without_losing_a_byte() {
    let desk = busy_desk();
    let db = Database::new();
    let file = desk.db().display().to_string();
    let there = migrate(&desk, &file, &db.url);
    // The copy's derived overviews are computed there by `migrate` itself: none is left for
    // the first listing to compute on the fly.
    let mut client = db.client();
    let count = |client: &mut postgres::Client, sql: &str| -> i64 {
        client.query_one(sql, &[]).unwrap().get(0)
    };
    assert_eq!(count(&mut client, "SELECT count(*) FROM overview_dirty"), 0);
    assert_eq!(
        count(&mut client, "SELECT count(*) FROM article_overview"),
        count(
            &mut client,
            "SELECT count(*) FROM articles WHERE id IN (SELECT article_id FROM revisions)"
        )
    );

    // The desk runs on PostgreSQL as it ran on the file: every chain copied from SQLite holds
    // when PostgreSQL's rows are hashed again, and the commands read the same desk.
    let on_pg = |args: &[&str]| {
        let mut with_db = vec!["--db", db.url.as_str()];
        with_db.extend_from_slice(args);
        desk.run(&with_db)
    };
    let verified = on_pg(&["verify", "--json"]).ok().json();
    assert!(
        verified["chains"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["problems"].as_array().unwrap().is_empty()),
        "{verified}"
    );
    for args in [
        &["articles", "--json"][..],
        &["statements", "cia-mexico", "--json"],
        &["report", "cia-mexico", "--format", "json"],
    ] {
        let on_file = desk.run(args).ok().stdout;
        assert_eq!(on_pg(args).ok().stdout, on_file, "{args:?}");
    }
    let back_path = desk.dir.path().join("back.db");
    let back = back_path.display().to_string();
    let home = migrate(&desk, &db.url, &back);
    // The same rows with the same checksums at every step, and nothing left out.
    assert_eq!(there, home);
    let tables: Vec<&str> = there
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["table"].as_str().unwrap())
        .collect();
    for table in [
        "articles",
        "revisions",
        "statement_versions",
        "checks",
        "chain",
    ] {
        assert!(tables.contains(&table), "{table} not copied: {tables:?}");
    }
    let rows = |name: &str| {
        there
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["table"] == name)
            .unwrap()["rows"]
            .as_i64()
            .unwrap()
    };
    assert_eq!(rows("checks"), desk.count("checks"));
    assert_eq!(rows("revisions"), desk.count("revisions"));

    // The Word file as received, byte for byte, on PostgreSQL and back.
    let original: Vec<u8> = desk
        .sql()
        .query_row(
            "SELECT original FROM revisions WHERE original IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let on_pg: Vec<u8> = db
        .client()
        .query_one(
            "SELECT original FROM revisions WHERE original IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(on_pg, original);

    // The copy back is the same desk: same statements, ids and checks; its history holds.
    let copy = Desk::empty();
    std::fs::copy(&back_path, copy.db()).unwrap();
    copy.run(&["verify"]).ok();
    assert_eq!(copy.statements("cia-mexico"), desk.statements("cia-mexico"));
    let listing = |d: &Desk| d.run(&["articles", "--json"]).ok().json();
    assert_eq!(listing(&copy), listing(&desk));
    // New rows continue after the copied ids on PostgreSQL.
    let next: i64 = db
        .client()
        .query_one(
            "SELECT nextval(pg_get_serial_sequence('checks', 'id'))",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(next, desk.count("checks") + 1);
}

#[test]
fn history_is_append_only_in_postgres_itself() {
    let desk = busy_desk();
    let db = Database::new();
    migrate(&desk, &desk.db().display().to_string(), &db.url);
    let mut client = db.client();
    for (sql, message) in [
        (
            "UPDATE checks SET status = 'waived'",
            "checks are append-only",
        ),
        ("DELETE FROM revisions", "revisions are append-only"),
        ("DELETE FROM chain", "the chain is append-only"),
        (
            "UPDATE reviewers SET name = 'x'",
            "reviewers change only by deactivation",
        ),
        ("UPDATE articles SET slug = 'x'", "articles are append-only"),
    ] {
        let err = client.batch_execute(sql).unwrap_err();
        let text = err.as_db_error().unwrap().message().to_string();
        assert_eq!(text, message, "{sql}");
    }
    // Deactivation is the one change a reviewer row takes.
    client
        .batch_execute("UPDATE reviewers SET active = 0 WHERE handle = 'bo'")
        .unwrap();
}

#[test]
fn the_search_document_and_the_overview_marks_are_kept_by_triggers() {
    let desk = busy_desk();
    let db = Database::new();
    migrate(&desk, &desk.db().display().to_string(), &db.url);
    let mut client = db.client();
    let find = |client: &mut postgres::Client, words: &str| -> Vec<i64> {
        client
            .query(
                "SELECT statement_id FROM search_text
                 WHERE document @@ phraseto_tsquery('factdesk_search', $1) ORDER BY statement_id",
                &[&words],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect()
    };
    // Current words only: revision 2 wrote "counternarcotics" over "counter-narcotics".
    assert_eq!(find(&mut client, "counternarcotics").len(), 1);
    // Accents aside, as on SQLite.
    assert_eq!(find(&mut client, "Lucia Ferrer Ocampo").len(), 1);
    // Check notes are in the document.
    assert_eq!(find(&mut client, "ministry's transcript").len(), 3);
    // The copy marked every article's overview, and `migrate` computed them all after it.
    let count = |client: &mut postgres::Transaction<'_>| -> i64 {
        client
            .query_one("SELECT count(*) FROM overview_dirty", &[])
            .unwrap()
            .get(0)
    };
    let mut tx = client.transaction().unwrap();
    assert_eq!(count(&mut tx), 0);
    // A check written by anything marks its article's overview, by trigger.
    tx.batch_execute(
        "CREATE TEMP TABLE one_check AS SELECT * FROM checks ORDER BY id LIMIT 1;
         UPDATE one_check SET id = id + 1000000;
         INSERT INTO checks SELECT * FROM one_check;",
    )
    .unwrap();
    assert_eq!(count(&mut tx), 1);
    tx.rollback().unwrap();
}

#[test]
fn a_postgres_backup_is_a_file_that_migrate_reads_back() {
    let desk = busy_desk();
    let db = Database::new();
    let there = migrate(&desk, &desk.db().display().to_string(), &db.url);
    let file = desk.dir.path().join("pg-backup.db");
    let file_arg = file.display().to_string();
    let out = desk
        .run(&["--db", &db.url, "backup", &file_arg])
        .ok()
        .stdout;
    assert!(out.contains("backed up to"), "{out}");
    // Refused over an existing file.
    desk.run(&["--db", &db.url, "backup", &file_arg])
        .fails_with("a file of that name exists");
    // Restore into a new, empty database.
    let restored = Database::new();
    let again = migrate(&desk, &file_arg, &restored.url);
    assert_eq!(again, there);
}

#[test]
fn every_older_postgres_schema_migrates_forward() {
    // Every twin migration, in order, as the binary applies them.
    let folder =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store/postgres/migrations");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let twins: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let desk = Desk::with_seed();
    let file = desk.db().display().to_string();
    let reference = migrate(&desk, &file, &Database::new().url);
    for version in 1..twins.len() {
        let db = Database::new();
        let mut client = db.client();
        client
            .batch_execute(
                "CREATE TABLE factdesk_schema (marker TEXT NOT NULL, version BIGINT NOT NULL)",
            )
            .unwrap();
        for sql in &twins[..version] {
            client.batch_execute(sql).unwrap();
        }
        client
            .execute(
                "INSERT INTO factdesk_schema VALUES ('factdesk', $1)",
                &[&(version as i64)],
            )
            .unwrap();
        assert_eq!(migrate(&desk, &file, &db.url), reference, "from {version}");
        let now: i64 = client
            .query_one("SELECT version FROM factdesk_schema", &[])
            .unwrap()
            .get(0);
        assert_eq!(now, twins.len() as i64);
    }
}

#[test]
fn a_target_that_is_not_an_empty_desk_is_refused_and_left_alone() {
    let desk = Desk::with_seed();
    let file = desk.db().display().to_string();
    let db = Database::new();
    migrate(&desk, &file, &db.url);
    desk.run(&["migrate", "--from", &file, "--to", &db.url])
        .fails_with("already holds a desk");
    let foreign = Database::new();
    foreign
        .client()
        .batch_execute("CREATE TABLE invoices (id int)")
        .unwrap();
    desk.run(&["migrate", "--from", &file, "--to", &foreign.url])
        .fails_with("another program's tables");
    let tables: i64 = foreign
        .client()
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 1);
    // A source that is an empty database is not a desk.
    let empty = Database::new();
    let target = desk.dir.path().join("never.db");
    desk.run(&[
        "migrate",
        "--from",
        &empty.url,
        "--to",
        &target.display().to_string(),
    ])
    .fails_with("not a factdesk desk yet");
    assert!(!target.exists());
}

#[test]
fn an_unreachable_server_is_one_clear_error_and_changes_nothing() {
    let desk = Desk::with_seed();
    let before = desk.fingerprint();
    // Port 1 on the loopback: nothing listens there.
    desk.run(&[
        "migrate",
        "--from",
        &desk.db().display().to_string(),
        "--to",
        "postgres://factdesk:secret@127.0.0.1:1/desk",
    ])
    .fails_with("cannot connect to PostgreSQL at postgres://factdesk:***@127.0.0.1:1/desk");
    assert_eq!(desk.fingerprint(), before);
    desk.run(&[
        "--db",
        "postgres://factdesk@127.0.0.1:1/desk",
        "statements",
        "x",
    ])
    .fails_with("cannot connect to PostgreSQL at postgres://factdesk@127.0.0.1:1/desk");
}

#[test]
fn a_database_lost_mid_command_is_one_clear_error_and_writes_nothing() {
    let desk = Desk::with_seed_on(Backend::Postgres);
    desk.run_as("ed", &["assign", "1", "--to", "ana"]).ok();
    let db = desk.db_arg();
    let checks = || desk.count("checks");
    let before = checks();
    // Another session holds the article, so `check` waits inside its transaction for it.
    let mut holder = postgres::Client::connect(&db, postgres::NoTls).unwrap();
    let mut held = holder.transaction().unwrap();
    held.query(
        "SELECT id FROM articles WHERE slug = 'cia-mexico' FOR UPDATE",
        &[],
    )
    .unwrap();
    let waiting = desk
        .command(
            Some("ana"),
            &[
                "check",
                "1",
                "--status",
                "verified",
                "--source",
                "web:https://example.org",
            ],
        )
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Its connection is cut while it waits: the server goes away under it.
    let mut admin = postgres::Client::connect(&db, postgres::NoTls).unwrap();
    let mut cut = 0;
    for _ in 0..400 {
        cut = admin
            .query(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                 WHERE datname = current_database() AND wait_event_type = 'Lock'",
                &[],
            )
            .unwrap()
            .len();
        if cut > 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(cut, 1, "the command never waited on the article");
    let out = waiting.wait_with_output().unwrap();
    held.rollback().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("the connection to PostgreSQL was lost")
            && stderr.contains("nothing was written"),
        "{stderr}"
    );
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("error")).count(),
        1,
        "{stderr}"
    );
    assert_eq!(checks(), before, "nothing of the cut transaction landed");
    // The database is back for the next command.
    desk.run_as(
        "ana",
        &[
            "check",
            "1",
            "--status",
            "verified",
            "--source",
            "web:https://example.org",
        ],
    )
    .ok();
    assert_eq!(checks(), before + 1);
}
