//! Issue 11, the store: tamper-evident history, editors' checklist choices, conflicts, the
//! database marker, and migration from the released schema. Every tampering the issue names (an
//! UPDATE, a DELETE, a forged INSERT, a dropped trigger, an edited checklist) is tried on a
//! READY article with sqlite3-style SQL: `verify` names it and the gate holds.

use crate::{Desk, Run, seed};

const SHORT: &str = "The port handled 1.2 million containers in 2025, officials said.\n\nDockworkers went on strike on Monday, the union said.\n";

/// A desk with one short article, every statement verified with a source: READY.
fn ready_desk() -> (Desk, Vec<String>) {
    let desk = Desk::staffed();
    let file = desk.dir.path().join("port.txt");
    std::fs::write(&file, SHORT).unwrap();
    desk.run_as(
        "ed",
        &["ingest", &file.display().to_string(), "--slug", "port"],
    )
    .ok();
    let ids: Vec<String> = desk
        .statements("port")
        .iter()
        .map(|s| s["id"].to_string())
        .collect();
    assert_eq!(ids.len(), 2);
    for id in &ids {
        desk.run_as("ed", &["assign", id, "--to", "ana"]).ok();
        desk.verify("ana", id, "data:port authority, 2025 report");
    }
    desk.run(&["gate", "port"]).ok();
    desk.run(&["verify"]).ok();
    (desk, ids)
}

/// Runs SQL the way someone with the file and `sqlite3` would.
fn tamper(desk: &Desk, sql: &str) {
    desk.sql().execute_batch(sql).unwrap();
}

/// The codes of the reasons `gate --json` gave.
fn reason_codes(gate: &Run) -> Vec<String> {
    gate.json()["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect()
}

#[track_caller]
fn detected(desk: &Desk, needle: &str) {
    let verify = desk.run(&["verify"]);
    assert_eq!(verify.code, 1, "verify missed it:\n{}", verify.stdout);
    assert!(
        verify.stdout.contains(needle),
        "verify does not say {needle:?}:\n{}",
        verify.stdout
    );
    let one = desk.run(&["verify", "port"]);
    assert_eq!(one.code, 1, "verify port missed it:\n{}", one.stdout);
    let gate = desk.run(&["gate", "port", "--json"]);
    assert_eq!(gate.code, 3, "the gate let it through:\n{}", gate.stdout);
    let codes = reason_codes(&gate);
    assert!(codes.contains(&"history-broken".to_string()), "{codes:?}");
    let text = desk.run(&["gate", "port"]);
    assert!(
        text.stdout.contains("hint: `factdesk verify port`"),
        "{}",
        text.stdout
    );
    let report = desk
        .run(&["report", "port", "--format", "json"])
        .ok()
        .json();
    assert_eq!(report["gate"]["ready"], false);
}

#[test]
fn issue11_3_an_update_is_detected() {
    let (desk, ids) = ready_desk();
    tamper(
        &desk,
        &format!(
            "DROP TRIGGER statement_versions_append_only_u;
             UPDATE statement_versions SET text = 'Dockworkers never went on strike.' WHERE statement_id = {};",
            ids[1]
        ),
    );
    detected(&desk, "statement_versions");
    detected(&desk, "the row was changed after it was written");
}

#[test]
fn issue11_3_a_delete_is_detected() {
    let (desk, _) = ready_desk();
    tamper(
        &desk,
        "DROP TRIGGER findings_append_only_d; DROP TRIGGER check_sources_append_only_d;
         DELETE FROM check_sources WHERE check_id = (SELECT max(id) FROM checks);",
    );
    detected(&desk, "the row was deleted");
}

#[test]
fn issue11_3_a_forged_insert_is_detected() {
    // The issue's attack: an unchecked article turned READY by a verified check INSERTed as
    // another reviewer, dated 2020. No trigger stands in the way of an INSERT.
    let desk = Desk::staffed();
    let file = desk.dir.path().join("port.txt");
    std::fs::write(&file, SHORT).unwrap();
    desk.run_as(
        "ed",
        &["ingest", &file.display().to_string(), "--slug", "port"],
    )
    .ok();
    assert_eq!(desk.run(&["gate", "port"]).code, 3);
    tamper(
        &desk,
        "INSERT INTO sources (kind, citation) VALUES ('web', 'https://forged.example');
         INSERT INTO checks (statement_id, revision_id, status, note, text, checked_by, checked_at)
             SELECT v.statement_id, v.revision_id, 'verified', NULL, v.text, 'bo', '2020-01-01T00:00:00Z'
             FROM statement_versions v;
         INSERT INTO check_sources (check_id, source_id, ordinal)
             SELECT c.id, (SELECT max(id) FROM sources), 0 FROM checks c;",
    );
    let statements = desk.statements("port");
    assert!(
        statements.iter().all(|s| s["status"] == "verified"),
        "the forgery took"
    );
    detected(
        &desk,
        "is not in the chain: it was written outside factdesk",
    );
}

#[test]
fn issue11_3_a_dropped_trigger_is_detected() {
    let (desk, _) = ready_desk();
    tamper(&desk, "DROP TRIGGER checks_append_only_u;");
    detected(&desk, "trigger checks_append_only_u: is missing");
}

#[test]
fn issue11_3_an_edited_checklist_is_detected() {
    let (desk, _) = ready_desk();
    tamper(
        &desk,
        "DROP TRIGGER checklists_append_only_u;
         UPDATE checklists SET yaml = yaml || char(10) || '# nothing blocks now';",
    );
    detected(&desk, "its text was edited");
}

#[test]
fn issue11_3_triggers_refuse_changes_to_every_append_only_table() {
    let (desk, ids) = ready_desk();
    let db = desk.sql();
    for sql in [
        "UPDATE articles SET slug = 'other'".to_string(),
        "DELETE FROM articles".to_string(),
        format!(
            "UPDATE statements SET derived_from = 1 WHERE id = {}",
            ids[0]
        ),
        "DELETE FROM statements".to_string(),
        "UPDATE reviewers SET name = 'Someone Else' WHERE handle = 'ana'".to_string(),
        "DELETE FROM reviewers WHERE handle = 'bo'".to_string(),
        "UPDATE checklists SET name = 'lax'".to_string(),
        "DELETE FROM article_checklists".to_string(),
        "UPDATE chain SET link = zeroblob(32)".to_string(),
        "DELETE FROM chain".to_string(),
        "UPDATE checks SET status = 'waived'".to_string(),
    ] {
        let err = db.execute_batch(&sql).unwrap_err().to_string();
        assert!(
            err.contains("append-only") || err.contains("never") || err.contains("only by"),
            "{sql}: {err}"
        );
    }
    // Deactivation is the one change the model allows a reviewer.
    desk.run_as("ed", &["reviewer", "deactivate", "bo"]).ok();
    desk.run(&["verify"]).ok();
}

#[test]
fn issue11_3_the_report_prints_the_chain_head_verify_shows() {
    let (desk, _) = ready_desk();
    let verify = desk.run(&["verify", "port", "--json"]).ok().json();
    let head = verify["chains"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["article"] == "port")
        .unwrap()["head"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(head.len(), 64);
    for format in ["text", "md", "html", "json"] {
        let report = desk.run(&["report", "port", "--format", format]).ok();
        assert!(
            report.stdout.contains(&head),
            "{format} report lacks the head"
        );
    }
    // A later check moves the head: a published report's head then names an earlier state.
    desk.run_as(
        "ed",
        &["check", "1", "--status", "waived", "--note", "style"],
    )
    .ok();
    let after = desk
        .run(&["report", "port", "--format", "json"])
        .ok()
        .json();
    assert_ne!(after["chain"]["head"].as_str().unwrap(), head);
}

#[test]
fn issue11_16_verify_runs_the_bundled_integrity_check() {
    let (desk, _) = ready_desk();
    let run = desk.run(&["verify", "--json"]).ok().json();
    assert_eq!(run["integrity"], serde_json::json!(["ok"]));
    let text = desk.run(&["verify"]).ok();
    assert!(
        text.stdout.starts_with("sqlite integrity check: ok"),
        "{}",
        text.stdout
    );
}

#[test]
fn issue11_2_and_10_checklists_are_an_editors_choice_stored_once_by_hash() {
    let desk = Desk::staffed();
    let lax = desk.dir.path().join("lax.yaml");
    let yaml = desk.run(&["checklist", "show", "news"]).ok().stdout;
    let relaxed = yaml
        .replace("block_stale: true", "block_stale: false")
        .replace(
            "verified_needs_source: true",
            "verified_needs_source: false",
        );
    assert_ne!(relaxed, yaml, "the news checklist spells its gate out");
    std::fs::write(&lax, relaxed).unwrap();
    let lax = lax.display().to_string();
    let article = seed("cia-mexico-2026-01-17.txt");
    let before = desk.fingerprint();
    desk.run_as(
        "ana",
        &["ingest", &article, "--slug", "cia", "--checklist", &lax],
    )
    .fails_with("is an editor's decision");
    desk.run_as(
        "ana",
        &[
            "ingest",
            &article,
            "--slug",
            "cia",
            "--checklist",
            "investigation",
        ],
    )
    .fails_with("is an editor's decision");
    assert_eq!(desk.fingerprint(), before);
    // A checker ingests with the desk's default; an editor may choose, and it is recorded.
    desk.run_as("ana", &["ingest", &article, "--slug", "cia"])
        .ok();
    for slug in ["one", "two", "three"] {
        desk.run_as(
            "ed",
            &["ingest", &article, "--slug", slug, "--checklist", &lax],
        )
        .ok();
    }
    assert_eq!(desk.count("checklists"), 2, "each text once");
    let (by, note): (String, String) = desk
        .sql()
        .query_row(
            "SELECT ac.chosen_by, ac.note FROM article_checklists ac JOIN articles a ON a.id = ac.article_id WHERE a.slug = 'two'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(by, "ed");
    assert!(
        note.contains("stale checks do not block") && note.contains("needs no source"),
        "{note}"
    );
    // Changing it later is an editor's act too, recorded, and the chain still holds.
    desk.run_as("ana", &["checklist", "use", "cia", &lax])
        .fails_with("only an editor");
    let used = desk
        .run_as(
            "ed",
            &["checklist", "use", "cia", &lax, "--note", "a brief"],
        )
        .ok();
    assert!(
        used.stdout.contains("relaxes the desk's gate"),
        "{}",
        used.stdout
    );
    let notes: Vec<(String, Option<String>)> = desk
        .sql()
        .prepare(
            "SELECT ac.chosen_by, ac.note FROM article_checklists ac JOIN articles a ON a.id = ac.article_id WHERE a.slug = 'cia' ORDER BY ac.id",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert_eq!(notes[0], ("ana".to_string(), None));
    assert!(
        notes[1].1.as_deref().unwrap().contains("(a brief)"),
        "{notes:?}"
    );
    desk.run(&["verify"]).ok();
    let columns: Vec<String> = desk
        .sql()
        .prepare("SELECT name FROM pragma_table_info('articles')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        !columns.contains(&"checklist_yaml".to_string()),
        "no copy per article"
    );
}

#[test]
fn issue11_5_revise_with_a_stale_base_is_a_conflict() {
    let desk = Desk::with_seed();
    let r2 = seed("revisions/cia-mexico-2026-01-17.2.txt");
    let r3 = seed("revisions/cia-mexico-2026-01-17.3.txt");
    desk.run_as("ed", &["revise", "cia-mexico", &r2, "--base", "1"])
        .ok();
    let before = desk.fingerprint();
    desk.run_as("ed", &["revise", "cia-mexico", &r3, "--base", "1"])
        .fails_with(
            "conflict: this draft is based on revision 1 of 'cia-mexico', but the latest is 2",
        );
    assert_eq!(desk.fingerprint(), before);
    desk.run_as("ed", &["revise", "cia-mexico", &r3, "--base", "2"])
        .ok();
}

#[test]
fn issue11_1_a_revision_read_as_no_statements_is_not_ready() {
    let desk = Desk::staffed();
    let export = desk.dir.path().join("export.md");
    std::fs::write(
        &export,
        "<p>The port handled 1.2 million containers in 2025, officials said.</p>\n\n<p>Dockworkers went on strike on Monday.</p>\n",
    )
    .unwrap();
    desk.run_as(
        "ed",
        &["ingest", &export.display().to_string(), "--slug", "export"],
    )
    .ok();
    let gate = desk.run(&["gate", "export", "--json"]);
    assert_eq!(gate.code, 3, "{}", gate.stdout);
    let codes = reason_codes(&gate);
    assert!(
        codes
            .iter()
            .any(|c| c == "no-statements" || c == "low-coverage"),
        "{codes:?}"
    );
}

fn bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn issue11_13_another_programs_database_is_never_touched() {
    let desk = Desk::empty();
    {
        let other = rusqlite::Connection::open(desk.db()).unwrap();
        other
            .execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
            .unwrap();
    }
    let before = bytes(&desk.db());
    for args in [
        vec!["articles"],
        vec!["verify"],
        vec!["init"],
        vec!["reviewer", "list"],
    ] {
        desk.run_as("ed", &args)
            .fails_with("another program's SQLite database");
    }
    desk.run(&["reviewer", "add", "ed", "--name", "Ed", "--role", "editor"])
        .fails_with("another program's SQLite database");
    assert_eq!(bytes(&desk.db()), before);
    let wal = format!("{}-wal", desk.db().display());
    assert!(!std::path::Path::new(&wal).exists(), "switched to WAL");
}

#[test]
fn issue11_13_a_newer_database_is_refused_before_anything_changes() {
    let desk = Desk::with_seed();
    desk.sql()
        .execute_batch("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;")
        .unwrap();
    let before = bytes(&desk.db());
    desk.run(&["articles"])
        .fails_with("newer than this factdesk understands");
    desk.run_as("ed", &["reviewer", "add", "x", "--name", "X"])
        .fails_with("newer than this factdesk understands");
    assert_eq!(bytes(&desk.db()), before);
    let mode: String = desk
        .sql()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete", "switched to WAL before refusing");
}

#[test]
fn issue11_13_reads_open_read_only_and_nothing_is_created_outside_init() {
    let desk = Desk::empty();
    desk.run(&["articles"]).fails_with("no database");
    assert!(!desk.db().exists());
    std::fs::write(desk.db(), b"").unwrap();
    desk.run(&["articles"]).fails_with("no database");
    assert_eq!(bytes(&desk.db()), b"");
    desk.run(&["init"]).ok();
    let marker: i32 = desk
        .sql()
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(marker, 0x6664_736b);
}

/// The database file the released factdesk 0.1.0 (schema version 1, commit cad18ff) wrote, made
/// once with that binary: three reviewers (bo later deactivated), the seed article, `assign
/// --auto`, five checks (verified with a document, incorrect with a note, in progress, verified
/// with an interview, waived), and revision 2 of the seed, which made three checks stale.
fn released_v1() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/factdesk-schema-1.db")
}

#[test]
fn issue11_15_a_released_schema_1_database_migrates_forward() {
    let mut desk = Desk::empty();
    desk.now = "2026-01-18T09:00:00Z".into(); // after the file's last event
    std::fs::copy(released_v1(), desk.db()).unwrap();
    let old = rusqlite::Connection::open(desk.db()).unwrap();
    let version: i64 = old
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1);
    let checks_before: i64 = old
        .query_row("SELECT count(*) FROM checks", [], |r| r.get(0))
        .unwrap();
    drop(old);
    assert_eq!(checks_before, 5);
    // The first command migrates it; history is kept and sealed into the chain.
    let statements = desk.statements("cia-mexico");
    let first = statements.iter().find(|s| s["id"] == 1).unwrap();
    assert_eq!(first["status"], "verified");
    assert_eq!(first["checked_by"], "ana");
    let history = desk.run(&["history", "3", "--json"]).ok().stdout;
    assert!(
        history.contains("incorrect") && history.contains("It was 2025"),
        "{history}"
    );
    assert_eq!(desk.count("checks"), checks_before);
    desk.run(&["verify"]).ok();
    let (version, marker): (i64, i32) = desk
        .sql()
        .query_row("SELECT (SELECT user_version FROM pragma_user_version), (SELECT application_id FROM pragma_application_id)", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert!(version >= 4, "{version}");
    assert_eq!(marker, 0x6664_736b);
    // The article keeps the checklist it was ingested with, now stored once by hash.
    assert_eq!(desk.count("article_checklists"), 1);
    desk.run(&["gate", "cia-mexico"]);
    // And the desk works on it.
    let id = statements[0]["id"].to_string();
    desk.run_as(
        "ed",
        &["check", &id, "--status", "waived", "--note", "migrated"],
    )
    .ok();
    desk.run(&["verify"]).ok();
    let run: Run = desk.run(&["report", "cia-mexico", "--format", "json"]).ok();
    assert!(run.json()["chain"]["links"].as_i64().unwrap() > 0);
}
