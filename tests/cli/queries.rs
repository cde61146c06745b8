//! Writers and queries (issue 17, item 1): a writer role that never checks, a checker's query to
//! the article's writer, the answer with its source, the resolution, and the gate holding on
//! what is not resolved.

use crate::Backend;
use crate::{Desk, seed};

/// The seed desk plus a writer `wes`, with the sample article ingested naming them.
fn desk_with_writer(backend: Backend) -> Desk {
    let desk = Desk::staffed_on(backend);
    desk.run_as(
        "ed",
        &[
            "reviewer", "add", "wes", "--name", "Wes Park", "--role", "writer",
        ],
    )
    .ok();
    desk.run_as(
        "ed",
        &[
            "ingest",
            &seed("cia-mexico-2026-01-17.txt"),
            "--slug",
            "cia-mexico",
            "--writer",
            "wes",
        ],
    )
    .ok();
    desk
}

fn first_id(desk: &Desk) -> String {
    desk.statements("cia-mexico")[0]["id"].to_string()
}

fn a_writer_never_checks_waives_or_holds_statements(backend: Backend) {
    let desk = desk_with_writer(backend);
    let id = first_id(&desk);
    desk.run_as("ed", &["assign", &id, "--to", "wes"])
        .fails_with("wes is a writer; a writer may not be given statements to check");
    for status in ["verified", "waived", "in-progress"] {
        desk.run_as(
            "wes",
            &[
                "check",
                &id,
                "--status",
                status,
                "--source",
                "web:https://a.example",
                "--note",
                "n",
            ],
        )
        .fails_with("wes is a writer; a writer may not check or waive statements");
    }
    desk.run_as("wes", &["assign", &id, "--to", "ana"])
        .fails_with("only an editor may assign statements; wes is a writer");
    assert_eq!(desk.count("checks"), 0);
    assert_eq!(desk.count("assignments"), 0);
    // A writer reads the desk and files revisions.
    desk.run_as("wes", &["statements", "cia-mexico"]).ok();
    desk.run_as(
        "wes",
        &[
            "revise",
            "cia-mexico",
            &seed("revisions/cia-mexico-2026-01-17.2.txt"),
        ],
    )
    .ok();
}

fn only_a_writer_may_be_named_an_articles_writer(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    desk.run_as(
        "ed",
        &[
            "ingest",
            &seed("cia-mexico-2026-01-17.txt"),
            "--slug",
            "cia-mexico",
            "--writer",
            "ana",
        ],
    )
    .fails_with("'ana' has the checker role, not the writer role");
    desk.run_as(
        "ed",
        &[
            "ingest",
            &seed("cia-mexico-2026-01-17.txt"),
            "--slug",
            "cia-mexico",
            "--writer",
            "nobody",
        ],
    )
    .fails_with("unknown writer 'nobody'");
    assert_eq!(desk.count("articles"), 0, "a refused ingest writes nothing");
}

fn a_query_is_asked_answered_with_a_source_and_resolved(backend: Backend) {
    let desk = desk_with_writer(backend);
    let id = first_id(&desk);
    desk.run_as("ed", &["assign", &id, "--to", "ana"]).ok();
    // Only the assignee (or an editor) asks; the writer does not query themselves.
    desk.run_as("bo", &["query", &id, "--text", "Where is this from?"])
        .fails_with(&format!("statement {id} is assigned to ana"));
    desk.run_as("wes", &["query", &id, "--text", "Me?"])
        .fails_with("a writer may not open queries");
    desk.run_as("ana", &["query", &id, "--text", "  "])
        .fails_with("a query needs words");
    assert_eq!(desk.count("queries"), 0);

    let asked = desk
        .run_as(
            "ana",
            &["query", &id, "--text", "Which memo is this?", "--json"],
        )
        .ok()
        .json();
    assert_eq!(asked["state"], "open");
    assert_eq!(asked["writer"], "wes");
    assert_eq!(asked["asked_by"], "ana");
    let q = asked["id"].to_string();

    // The writer sees it in their queue; the checker sees it on the statement in theirs.
    let wes_queue = desk.run_as("wes", &["queue", "--json"]).ok().json();
    assert_eq!(wes_queue.as_array().unwrap().len(), 1, "{wes_queue}");
    assert_eq!(wes_queue[0]["statement"]["id"].to_string(), id);
    assert_eq!(wes_queue[0]["queries"][0]["text"], "Which memo is this?");
    let ana_queue = desk.run_as("ana", &["queue"]).ok();
    assert!(
        ana_queue.stdout.contains(&format!("Q{q}")),
        "{}",
        ana_queue.stdout
    );

    // Only the writer (or an editor) answers.
    desk.run_as("bo", &["answer", &q, "--text", "no idea"])
        .fails_with(&format!("query {q} is addressed to wes"));
    desk.run_as("ana", &["resolve", &format!("Q{q}")]).ok();
    desk.run_as("wes", &["answer", &q, "--text", "late"])
        .fails_with(&format!("query {q} is resolved already"));
    assert_eq!(desk.count("query_replies"), 1);
}

fn the_gate_holds_on_an_unresolved_query_and_history_and_report_show_it(backend: Backend) {
    let desk = desk_with_writer(backend);
    let id = first_id(&desk);
    desk.run_as("ed", &["assign", &id, "--to", "ana"]).ok();
    desk.run_as("ana", &["query", &id, "--text", "Which memo is this?"])
        .ok();
    let q = desk.run(&["queries", "--open", "--json"]).ok().json()[0]["id"].to_string();
    let gate = desk.run(&["gate", "cia-mexico"]);
    assert_eq!(gate.code, 3);
    assert!(gate.stdout.contains(&format!("Q{q}")), "{}", gate.stdout);

    let answered = desk
        .run_as(
            "wes",
            &[
                "answer",
                &q,
                "--text",
                "The 1963 station memo",
                "--source",
                "document:Station memo, 12 March 1963",
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(answered["state"], "answered");
    assert_eq!(
        answered["answers"][0]["source"]["citation"],
        "Station memo, 12 March 1963"
    );
    // Answered but not resolved: still open for the gate and for `queries --open`.
    assert_eq!(
        desk.run(&["queries", "--open", "--json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let report = desk
        .run(&["report", "cia-mexico", "--format", "json"])
        .ok()
        .json();
    assert!(
        report["gate"]["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["code"] == "open-queries"),
        "{}",
        report["gate"]
    );
    assert_eq!(report["queries"][0]["answers"][0]["by"], "wes");

    desk.run_as("ana", &["resolve", &q]).ok();
    assert_eq!(
        desk.run(&["queries", "--open", "--json"]).ok().json(),
        serde_json::json!([])
    );
    let report = desk
        .run(&["report", "cia-mexico", "--format", "json"])
        .ok()
        .json();
    assert!(
        !report["gate"]["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["code"] == "open-queries")
    );
    let text = desk.run(&["report", "cia-mexico"]).ok().stdout;
    assert!(
        text.contains("QUERIES TO THE WRITER (1, 0 not resolved)"),
        "{text}"
    );
    assert!(text.contains("The 1963 station memo"), "{text}");
    let md = desk
        .run(&["report", "cia-mexico", "--format", "md"])
        .ok()
        .stdout;
    assert!(md.contains("## Queries to the writer"), "{md}");
    let html = desk
        .run(&["report", "cia-mexico", "--format", "html"])
        .ok()
        .stdout;
    assert!(html.contains("<h2>Queries to the writer</h2>"), "{html}");
    assert!(html.contains("The 1963 station memo"), "{html}");

    let history = desk.run(&["history", &id, "--json"]).ok().json();
    let events: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    for event in ["query", "query-answered", "query-resolved"] {
        assert!(events.contains(&event), "{events:?}");
    }
    // Every row joined the chain.
    desk.run(&["verify", "cia-mexico"]).ok();
}

fn a_checklist_may_let_open_queries_pass(backend: Backend) {
    let desk = desk_with_writer(backend);
    let relaxed = desk.dir.path().join("relaxed.yaml");
    std::fs::write(
        &relaxed,
        "name: relaxed\ntitle: Relaxed\ngate:\n  blocking_statuses: []\n  block_open_queries: false\n",
    )
    .unwrap();
    desk.run_as(
        "ed",
        &[
            "ingest",
            &seed("wire-port-strike-2026-03-04.txt"),
            "--slug",
            "port",
            "--writer",
            "wes",
            "--checklist",
            relaxed.to_str().unwrap(),
        ],
    )
    .ok();
    let id = desk.statements("port")[0]["id"].to_string();
    desk.run_as("ed", &["query", &id, "--text", "Which port?"])
        .ok();
    let gate = desk.run(&["gate", "port", "--json"]);
    assert!(gate.stdout.contains("\"reasons\""), "{}", gate.stdout);
    assert!(!gate.stdout.contains("open-queries"), "{}", gate.stdout);
}

fn queries_are_append_only(backend: Backend) {
    let desk = desk_with_writer(backend);
    let id = first_id(&desk);
    desk.run_as("ed", &["query", &id, "--text", "Sure?"]).ok();
    for sql in [
        "UPDATE queries SET text = 'changed'",
        "DELETE FROM queries",
        "DELETE FROM article_writers",
    ] {
        let err = desk.execute(sql).unwrap_err();
        assert!(err.contains("append-only"), "{sql}: {err}");
    }
}

// SQLite only: upgrades a released SQLite file.
#[test]
fn a_released_database_takes_writers_with_its_reviewers_and_chain_intact() {
    let mut desk = Desk::empty();
    desk.now = "2026-01-18T09:00:00Z".into(); // after the file's last event
    let released =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/factdesk-schema-1.db");
    std::fs::copy(released, desk.db()).unwrap();
    let before = desk.run(&["reviewer", "list", "--json"]).ok().json();
    desk.run_as(
        "ed",
        &[
            "reviewer", "add", "wes", "--name", "Wes", "--role", "writer",
        ],
    )
    .ok();
    let after = desk.run(&["reviewer", "list", "--json"]).ok().json();
    let mut expected = before.as_array().unwrap().clone();
    expected.push(serde_json::json!({
        "handle": "wes", "name": "Wes", "role": "writer", "skills": [], "active": true
    }));
    expected.sort_by_key(|r| r["handle"].as_str().unwrap().to_string());
    assert_eq!(after.as_array().unwrap(), &expected);
    // The rebuilt reviewers table still leads to the chain's links, and keeps its triggers.
    desk.run(&["verify"]).ok();
    let err = desk
        .sql()
        .execute("DELETE FROM reviewers WHERE handle = 'wes'", [])
        .unwrap_err()
        .to_string();
    assert!(err.contains("never deleted"), "{err}");
    // An article from before writers has none to query.
    desk.run_as("ed", &["query", "1", "--text", "Who wrote this?"])
        .fails_with("has no writer named");
}

both_backends!(
    queries_are_append_only,
    a_writer_never_checks_waives_or_holds_statements,
    only_a_writer_may_be_named_an_articles_writer,
    a_query_is_asked_answered_with_a_source_and_resolved,
    the_gate_holds_on_an_unresolved_query_and_history_and_report_show_it,
    a_checklist_may_let_open_queries_pass,
);
