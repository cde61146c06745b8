//! A database made before elements existed (schema 0001, as shipped) migrates forward: its
//! statements keep their ids and checks and read as `body`, and the next `revise` aligns against
//! them as before.

use super::elements::{STORY, write};
use super::{Desk, seeds};

const SCHEMA_0001: &str = include_str!("../../src/store/migrations/0001_initial.sql");

/// The story at revision 1 in a schema-0001 database, as the binary of that schema stored it:
/// two body statements (ids 1 and 2), the second verified by `ed` with a source.
fn old_database(desk: &Desk) {
    let conn = rusqlite::Connection::open(desk.db()).unwrap();
    conn.execute_batch(SCHEMA_0001).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    let yaml = std::fs::read_to_string(seeds().join("../checklists/news.yaml")).unwrap();
    let at = "2026-01-10T09:00:00Z";
    conn.execute(
        "INSERT INTO reviewers VALUES ('ed', 'Edith Ortiz', 'editor', '', 1, ?1, 'ed')",
        [at],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO articles VALUES (1, 'budget', NULL, 'news', ?1, ?2, 'ed')",
        [yaml.as_str(), at],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO revisions VALUES (1, 1, 1, ?1, '{\"format\":\"text\"}', 'story.txt', ?2, 'ed')",
        [STORY, at],
    )
    .unwrap();
    let sentences = [
        "Branches will open 6 more hours a week, officials say.",
        "The council approved the budget on Tuesday by a 7-2 vote.",
    ];
    for (i, sentence) in sentences.iter().enumerate() {
        let id = i as i64 + 1;
        let start = STORY.find(sentence).unwrap() as i64;
        conn.execute("INSERT INTO statements VALUES (?1, 1, 1, NULL)", [id])
            .unwrap();
        conn.execute(
            "INSERT INTO statement_versions VALUES (1, ?1, ?2, 1, ?3, ?4, ?5, 0, 'added')",
            rusqlite::params![id, id + 1, start, start + sentence.len() as i64, sentence],
        )
        .unwrap();
    }
    conn.execute_batch(
        "INSERT INTO sources VALUES (1, 'document', 'Council minutes, May 12', '', '');
         INSERT INTO checks VALUES (1, 2, 1, 'verified', NULL,
             'The council approved the budget on Tuesday by a 7-2 vote.', 'ed', '2026-01-11T09:00:00Z');
         INSERT INTO check_sources VALUES (1, 1, 0);",
    )
    .unwrap();
}

#[test]
fn an_old_database_keeps_its_statements_and_the_next_revise_aligns_against_them() {
    let desk = Desk::empty();
    old_database(&desk);

    let before = desk.statements("budget");
    let read: Vec<(i64, &str, &str, bool)> = before
        .iter()
        .map(|s| {
            (
                s["id"].as_i64().unwrap(),
                s["element"].as_str().unwrap(),
                s["status"].as_str().unwrap(),
                s["stale"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (1, "body", "unchecked", false),
            (2, "body", "verified", false)
        ]
    );

    let file = write(
        &desk,
        "story-2.txt",
        &STORY.replace("6 more hours", "8 more hours"),
    );
    let revise = desk
        .run_as("ed", &["revise", "budget", &file, "--json"])
        .ok()
        .json();
    assert_eq!(revise["revision"], 2);
    assert_eq!(revise["modified"], 1, "{revise}");
    assert_eq!(revise["unchanged"], 1, "{revise}");
    // Nothing but the deck changed: the parts read again from the old text match the new ones.
    assert_eq!(revise["elements"], serde_json::json!([]), "{revise}");

    let after = desk.statements("budget");
    let by_id = |id: i64| after.iter().find(|s| s["id"] == id).unwrap();
    assert_eq!(by_id(1)["element"], "deck");
    assert!(by_id(1)["text"].as_str().unwrap().contains("8 more hours"));
    assert_eq!(by_id(2)["status"], "verified");
    assert_eq!(by_id(2)["stale"], false);
    let headline = after
        .iter()
        .find(|s| s["element"] == "headline")
        .expect("the headline is a statement now");
    assert!(headline["id"].as_i64().unwrap() > 2);

    let gate = desk.run(&["gate", "budget", "--json"]);
    assert_eq!(gate.code, 3);
    assert!(!gate.stdout.contains("elements-changed"), "{}", gate.stdout);

    // The later tables came with the migration: an old statement takes a partial verification,
    // chained like any row.
    let word = by_id(2)["text"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    desk.run_as(
        "ed",
        &[
            "check",
            "2",
            "--status",
            "partly-verified",
            "--source",
            "document:budget office",
            "--except",
            &word,
        ],
    )
    .ok();
    assert_eq!(
        desk.statements("budget")
            .iter()
            .find(|s| s["id"] == 2)
            .unwrap()["excepted"],
        serde_json::json!([word])
    );
    desk.run(&["verify"]).ok();
}
