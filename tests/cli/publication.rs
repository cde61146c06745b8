//! Publication and corrections (issue 17, item 5): an editor publishes when the gate is ready or
//! overrides it with a recorded reason; after publication a correction is linked to the
//! statement, the check its published words rested on and its source; `corrections` lists them
//! newest first; a revision after publication is an update.

use crate::Backend;
use crate::{Desk, seed};

/// A one-paragraph article whose every statement an editor waived: its gate is ready.
fn ready_article(desk: &Desk) {
    let file = desk.dir.path().join("short.txt");
    std::fs::write(
        &file,
        "Library hours\n\nThe library opens at nine. Readers like it.\n",
    )
    .unwrap();
    desk.run_as("ed", &["ingest", file.to_str().unwrap(), "--slug", "short"])
        .ok();
    for s in desk.statements("short") {
        desk.run_as(
            "ed",
            &[
                "check",
                &s["id"].to_string(),
                "--status",
                "waived",
                "--note",
                "house style",
            ],
        )
        .ok();
    }
}

fn an_editor_publishes_a_ready_gate_or_overrides_a_blocked_one_with_a_reason(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    desk.run_as("ana", &["publish", "cia-mexico"])
        .fails_with("only an editor may publish; ana is a checker");
    desk.run_as("ed", &["publish", "cia-mexico"])
        .fails_with("the gate is blocked");
    desk.run_as("ed", &["publish", "cia-mexico", "--override", "  "])
        .fails_with("the gate is blocked");
    assert_eq!(desk.count("publications"), 0);
    let published = desk
        .run_as(
            "ed",
            &[
                "publish",
                "cia-mexico",
                "--override",
                "breaking news",
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(published["revision"], 1);
    assert_eq!(published["gate_ready"], false);
    assert_eq!(published["override_reason"], "breaking news");
    assert_eq!(published["update"], false);
    desk.run_as("ed", &["publish", "cia-mexico", "--override", "again"])
        .fails_with("revision 1 is published already");
    // The gate as it stood is kept with the publication.
    let gate = desk.query_text("SELECT gate FROM publications");
    assert!(gate.contains("\"ready\":false"), "{gate}");

    ready_article(&desk);
    let ready = desk
        .run_as("ed", &["publish", "short", "--json"])
        .ok()
        .json();
    assert_eq!(ready["gate_ready"], true);
    assert!(ready.get("override_reason").is_none(), "{ready}");
    desk.run(&["verify"]).ok();
}

fn a_correction_links_the_published_words_their_check_and_its_source(backend: Backend) {
    let mut desk = Desk::with_seed_on(backend);
    let statements = desk.statements("cia-mexico");
    let (a, b) = (
        statements[1]["id"].to_string(),
        statements[2]["id"].to_string(),
    );
    desk.verify("ed", &a, "document:Agency cable, 1961");
    desk.run_as("ed", &["correct", &a, "--note", "It was 1962."])
        .fails_with("has not been published");
    desk.run_as("ed", &["publish", "cia-mexico", "--override", "deadline"])
        .ok();
    desk.run_as("ana", &["correct", &a, "--note", "x"])
        .fails_with("only an editor may correct published statements");
    desk.run_as("ed", &["correct", &a, "--note", " "])
        .fails_with("a correction needs words");

    desk.now = "2026-01-18T09:00:00Z".into();
    let first = desk
        .run_as(
            "ed",
            &[
                "correct",
                &a,
                "--note",
                "The cable was sent in 1962, not 1961.",
                "--source",
                "web:https://archive.example/cable",
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(first["statement"].to_string(), a);
    assert_eq!(first["text"], statements[1]["text"]);
    assert_eq!(first["check"]["status"], "verified");
    assert_eq!(
        first["check"]["sources"][0]["citation"],
        "Agency cable, 1961"
    );
    assert_eq!(first["source"]["citation"], "https://archive.example/cable");
    assert_eq!(first["published_revision"], 1);

    desk.now = "2026-01-19T09:00:00Z".into();
    desk.run_as("ed", &["correct", &b, "--note", "A name was misspelt."])
        .ok();
    let page = desk.run(&["corrections", "--json"]).ok().json();
    let order: Vec<String> = page
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["statement"].to_string())
        .collect();
    assert_eq!(order, [b.clone(), a.clone()], "newest first");
    assert!(
        page[0].get("check").is_none(),
        "b was never checked: {page}"
    );
    let text = desk.run(&["corrections"]).ok().stdout;
    assert!(text.contains("rested on: verified by ed"), "{text}");

    desk.run(&["verify"]).ok();
    let err = desk.execute("DELETE FROM corrections").unwrap_err();
    assert!(err.contains("append-only"), "{err}");
}

fn a_revision_after_publication_is_an_update(backend: Backend) {
    let mut desk = Desk::with_seed_on(backend);
    let before = desk
        .run_as(
            "ed",
            &[
                "revise",
                "cia-mexico",
                &seed("revisions/cia-mexico-2026-01-17.2.txt"),
                "--json",
            ],
        )
        .ok()
        .json();
    assert!(before.get("update_of").is_none(), "{before}");
    desk.run_as("ed", &["publish", "cia-mexico", "--override", "deadline"])
        .ok();
    desk.now = "2026-01-18T09:00:00Z".into();
    let after = desk
        .run_as(
            "ed",
            &[
                "revise",
                "cia-mexico",
                &seed("revisions/cia-mexico-2026-01-17.3.txt"),
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(after["update_of"]["revision"], 2, "{after}");
    let update = desk
        .run_as(
            "ed",
            &["publish", "cia-mexico", "--override", "follow-up", "--json"],
        )
        .ok()
        .json();
    assert_eq!(update["revision"], 3);
    assert_eq!(update["update"], true);
}

// SQLite only: the demo makes its own SQLite file.
#[test]
fn the_demo_shows_a_query_answered_a_dispute_ruled_and_a_correction_made() {
    let demo = Desk::empty();
    let folder = demo.dir.path().join("demo");
    demo.run(&["demo", "--dir", &folder.display().to_string()])
        .ok();
    let read = |args: &[&str]| {
        let out = demo
            .command(None, args)
            .env("FACTDESK_DB", folder.join("factdesk.db"))
            .output()
            .unwrap();
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let queries = read(&["queries", "--json"]);
    assert_eq!(queries[0]["state"], "resolved", "{queries}");
    assert_eq!(queries[0]["answers"][0]["by"], "wes");
    let report = read(&["report", "cia-mexico", "--format", "json"]);
    assert_eq!(
        report["rulings"][0]["decision"], "keep",
        "{}",
        report["rulings"]
    );
    let corrections = read(&["corrections", "--json"]);
    assert_eq!(corrections.as_array().unwrap().len(), 1);
    assert_eq!(
        corrections[0]["check"]["status"], "verified",
        "{corrections}"
    );
}

both_backends!(
    a_correction_links_the_published_words_their_check_and_its_source,
    an_editor_publishes_a_ready_gate_or_overrides_a_blocked_one_with_a_reason,
    a_revision_after_publication_is_an_update,
);
