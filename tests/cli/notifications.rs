//! Notifications (issue 17, item 9): every change to a reviewer's work is recorded for them in
//! the same transaction, `inbox` lists their own unread ones newest first, and marking read is
//! a row of its own.

use crate::Backend;
use crate::Desk;

/// A small article of three statements, `council`, ingested by ed.
pub fn council_desk(backend: Backend) -> Desk {
    let desk = Desk::staffed_on(backend);
    desk.run_as(
        "ed",
        &[
            "reviewer", "add", "wes", "--name", "Wes Park", "--role", "writer",
        ],
    )
    .ok();
    let file = desk.dir.path().join("council.txt");
    std::fs::write(
        &file,
        "The council met on Monday. It approved a budget of $4 million for parks.\n\nThe mayor said the vote was close.\n",
    )
    .unwrap();
    desk.run_as(
        "ed",
        &[
            "ingest",
            file.to_str().unwrap(),
            "--slug",
            "council",
            "--writer",
            "wes",
        ],
    )
    .ok();
    desk
}

/// The ids of `council`'s statements, in order.
pub fn ids(desk: &Desk) -> Vec<String> {
    desk.statements("council")
        .iter()
        .map(|s| s["id"].to_string())
        .collect()
}

/// `inbox --json` (unread, or `--all`) of `who`.
pub fn inbox(desk: &Desk, who: &str, all: bool) -> Vec<serde_json::Value> {
    let mut args = vec!["inbox", "--json"];
    if all {
        args.push("--all");
    }
    desk.run_as(who, &args)
        .ok()
        .json()
        .as_array()
        .unwrap()
        .clone()
}

fn kinds(notifications: &[serde_json::Value]) -> Vec<(String, String)> {
    notifications
        .iter()
        .map(|n| {
            (
                n["kind"].as_str().unwrap().to_string(),
                n["statement"].to_string(),
            )
        })
        .collect()
}

fn assigning_tells_the_assignee_and_reassigning_tells_who_held_it(backend: Backend) {
    let desk = council_desk(backend);
    let ids = ids(&desk);
    assert!(inbox(&desk, "ana", false).is_empty());
    desk.run_as("ed", &["assign", &ids[0], &ids[1], "--to", "ana"])
        .ok();
    let ana = inbox(&desk, "ana", false);
    // Newest first.
    assert_eq!(
        kinds(&ana),
        vec![
            ("assigned".to_string(), ids[1].clone()),
            ("assigned".to_string(), ids[0].clone())
        ]
    );
    assert_eq!(ana[0]["reviewer"], "ana");
    assert_eq!(ana[0]["article"], "council");
    assert_eq!(ana[0]["by"], "ed");
    assert_eq!(ana[0]["at"], desk.now.as_str());
    assert!(ana[0]["read_at"].is_null());
    assert!(
        ana[0]["message"]
            .as_str()
            .unwrap()
            .contains("It approved a budget of $4 million"),
        "{}",
        ana[0]
    );
    // Nobody else heard of it, and the editor is not told of their own doing.
    assert!(inbox(&desk, "bo", false).is_empty());
    assert!(inbox(&desk, "ed", false).is_empty());

    desk.run_as("ed", &["assign", &ids[0], "--to", "bo"]).ok();
    assert_eq!(
        kinds(&inbox(&desk, "bo", false)),
        vec![("assigned".to_string(), ids[0].clone())]
    );
    let ana = inbox(&desk, "ana", false);
    assert_eq!(ana[0]["kind"], "unassigned");
    assert!(ana[0]["message"].as_str().unwrap().contains("to bo"));

    desk.run_as("ed", &["unassign", &ids[1]]).ok();
    assert_eq!(
        kinds(&inbox(&desk, "ana", false))[0],
        ("unassigned".to_string(), ids[1].clone())
    );
    // Assigning a statement to whoever holds it already changes nothing and tells nobody.
    let before = desk.count("notifications");
    desk.run_as("ed", &["assign", &ids[0], "--to", "bo"]).ok();
    assert_eq!(desk.count("notifications"), before);
}

fn automatic_assignment_tells_each_assignee(backend: Backend) {
    let desk = council_desk(backend);
    desk.run_as("ed", &["assign", "council", "--auto"]).ok();
    let told = inbox(&desk, "ana", false).len() + inbox(&desk, "bo", false).len();
    assert_eq!(told, ids(&desk).len());
}

fn a_revision_that_changes_checked_words_tells_the_checker_and_the_holder(backend: Backend) {
    let desk = council_desk(backend);
    let ids = ids(&desk);
    desk.run_as("ed", &["assign", &ids[1], "--to", "ana"]).ok();
    desk.run_as("ed", &["assign", &ids[0], &ids[2], "--to", "bo"])
        .ok();
    // An editor's check on ana's statement: ana is told (it was hers to check).
    desk.run_as(
        "ed",
        &[
            "check",
            &ids[1],
            "--status",
            "verified",
            "--source",
            "document:Budget resolution 2026-14",
        ],
    )
    .ok();
    assert_eq!(inbox(&desk, "ana", false)[0]["kind"], "checked");
    desk.verify("bo", &ids[0], "web:https://council.example/minutes");
    let file = desk.dir.path().join("council-2.txt");
    std::fs::write(
        &file,
        "The council met on Monday. It approved a budget of $5 million for parks.\n",
    )
    .unwrap();
    desk.run_as("wes", &["revise", "council", file.to_str().unwrap()])
        .ok();
    // The figure changed after its check: the holder (ana) and the checker (ed) are told once
    // each; bo's checked sentence did not change, but the one he held was cut.
    let ana = inbox(&desk, "ana", false);
    assert_eq!(ana[0]["kind"], "stale");
    assert_eq!(ana[0]["statement"].to_string(), ids[1]);
    assert_eq!(ana[0]["by"], "wes");
    assert!(ana[0]["message"].as_str().unwrap().contains("$5 million"));
    let ed = inbox(&desk, "ed", false);
    assert_eq!(
        kinds(&ed),
        vec![("stale".to_string(), ids[1].clone())],
        "{ed:?}"
    );
    let bo = kinds(&inbox(&desk, "bo", false));
    assert_eq!(bo[0], ("removed".to_string(), ids[2].clone()));
    assert!(!bo.iter().any(|(kind, id)| kind == "stale" && *id == ids[0]));
}

fn a_query_tells_the_writer_and_its_answer_tells_the_checker_who_asked(backend: Backend) {
    let desk = council_desk(backend);
    let id = ids(&desk)[1].clone();
    desk.run_as("ed", &["assign", &id, "--to", "ana"]).ok();
    let query = desk
        .run_as(
            "ana",
            &[
                "query",
                &id,
                "--text",
                "Which budget line is this?",
                "--json",
            ],
        )
        .ok()
        .json()["id"]
        .clone();
    let wes = inbox(&desk, "wes", false);
    assert_eq!(wes[0]["kind"], "query-asked");
    assert_eq!(wes[0]["query"], query);
    assert!(
        wes[0]["message"]
            .as_str()
            .unwrap()
            .contains("Which budget line")
    );
    desk.run_as(
        "wes",
        &[
            "answer",
            &query.to_string(),
            "--text",
            "Parks capital, line 14.",
        ],
    )
    .ok();
    let ana = inbox(&desk, "ana", false);
    assert_eq!(ana[0]["kind"], "query-answered");
    assert_eq!(ana[0]["query"], query);
    assert_eq!(ana[0]["by"], "wes");
    assert!(ana[0]["message"].as_str().unwrap().contains("line 14"));
    // An editor resolving ana's query tells her; her own resolution would not.
    desk.run_as("ed", &["resolve", &query.to_string()]).ok();
    assert_eq!(inbox(&desk, "ana", false)[0]["kind"], "query-resolved");
}

fn a_ruling_tells_the_checker_of_the_disputed_check(backend: Backend) {
    let desk = council_desk(backend);
    let id = ids(&desk)[2].clone();
    desk.run_as("ed", &["assign", &id, "--to", "bo"]).ok();
    desk.run_as(
        "bo",
        &[
            "check",
            &id,
            "--status",
            "disputed",
            "--source",
            "interview:Council clerk, 2026-01-16",
            "--note",
            "the clerk says the vote was 9-0",
        ],
    )
    .ok();
    desk.run_as(
        "ed",
        &[
            "rule",
            &id,
            "--change",
            "The vote was unanimous.",
            "--reason",
            "the clerk's record",
        ],
    )
    .ok();
    let bo = inbox(&desk, "bo", false);
    assert_eq!(bo[0]["kind"], "ruling");
    assert_eq!(bo[0]["statement"].to_string(), id);
    let message = bo[0]["message"].as_str().unwrap();
    assert!(
        message.contains("change") && message.contains("the clerk's record"),
        "{message}"
    );
}

fn marking_read_hides_a_notification_and_is_recorded_once(backend: Backend) {
    let desk = council_desk(backend);
    let ids = ids(&desk);
    desk.run_as("ed", &["assign", &ids[0], &ids[1], &ids[2], "--to", "ana"])
        .ok();
    let unread = inbox(&desk, "ana", false);
    assert_eq!(unread.len(), 3);
    let first_id = unread[2]["id"].as_i64().unwrap();
    let first = first_id.to_string();
    let marked = desk
        .run_as("ana", &["inbox", "--read", &format!("#{first}"), "--json"])
        .ok()
        .json();
    assert_eq!(marked["marked"].to_string(), format!("[{first}]"));
    let unread = inbox(&desk, "ana", false);
    assert_eq!(unread.len(), 2);
    assert!(unread.iter().all(|n| n["id"].as_i64() != Some(first_id)));
    // --all shows it, with when it was read.
    let all = inbox(&desk, "ana", true);
    assert_eq!(all.len(), 3);
    let read = all
        .iter()
        .find(|n| n["id"].as_i64() == Some(first_id))
        .unwrap();
    assert_eq!(read["read_at"], desk.now.as_str());
    // Marking it again is no new row.
    let again = desk
        .run_as("ana", &["inbox", "--read", &first, "--json"])
        .ok()
        .json();
    assert_eq!(again["already_read"].to_string(), format!("[{first}]"));
    assert_eq!(desk.count("notification_reads"), 1);
    let text = desk.run_as("ana", &["inbox", "--read-all"]).ok();
    assert!(
        text.stdout.contains("marked 2 notification(s) read"),
        "{}",
        text.stdout
    );
    assert!(inbox(&desk, "ana", false).is_empty());
    assert!(
        desk.run_as("ana", &["inbox"])
            .ok()
            .stdout
            .contains("no unread notifications")
    );
    // The notifications themselves were never changed: append-only.
    let err = desk
        .execute("UPDATE notifications SET message = 'x'")
        .unwrap_err();
    assert!(err.contains("append-only"), "{err}");
    let err = desk.execute("DELETE FROM notification_reads").unwrap_err();
    assert!(err.contains("append-only"), "{err}");
}

fn nobody_reads_or_marks_another_reviewers_inbox(backend: Backend) {
    let desk = council_desk(backend);
    let id = ids(&desk)[0].clone();
    desk.run_as("ed", &["assign", &id, "--to", "ana"]).ok();
    let ana_note = inbox(&desk, "ana", false)[0]["id"].to_string();
    // bo's inbox is his own: ana's notification is not in it, and he cannot mark it.
    assert!(inbox(&desk, "bo", true).is_empty());
    assert!(inbox(&desk, "ed", true).is_empty());
    let before = desk.fingerprint();
    desk.run_as("bo", &["inbox", "--read", &ana_note])
        .fails_with(&format!("no notification {ana_note} in bo's inbox"));
    // All or nothing: one id that is not his refuses the lot.
    desk.run_as("ed", &["assign", &id, "--to", "bo"]).ok();
    let bo_note = inbox(&desk, "bo", false)[0]["id"].to_string();
    let before_both = desk.fingerprint();
    desk.run_as("bo", &["inbox", "--read", &bo_note, &ana_note])
        .fails_with(&format!("no notification {ana_note} in bo's inbox"));
    assert_eq!(desk.fingerprint(), before_both);
    assert_ne!(before, before_both);
    assert_eq!(inbox(&desk, "bo", false).len(), 1);
    // Who is asking must be said, and be a reviewer.
    desk.run(&["inbox"]).fails_with("--as");
    desk.run_as("nobody", &["inbox"]).fails_with("nobody");
    desk.run_as("ana", &["inbox", "--read", "x"])
        .usage_error("not a notification id");
}

fn a_correction_tells_the_checker_the_published_words_rested_on(backend: Backend) {
    let desk = council_desk(backend);
    let ids = ids(&desk);
    desk.run_as("ed", &["assign", &ids[0], &ids[1], &ids[2], "--to", "ana"])
        .ok();
    for id in &ids {
        desk.verify("ana", id, "document:Council minutes");
    }
    desk.run_as("ed", &["publish", "council"]).ok();
    desk.run_as(
        "ed",
        &["correct", &ids[1], "--note", "The budget was $4.5 million."],
    )
    .ok();
    let ana = inbox(&desk, "ana", false);
    assert_eq!(ana[0]["kind"], "corrected");
    assert_eq!(ana[0]["statement"].to_string(), ids[1]);
    assert!(ana[0]["message"].as_str().unwrap().contains("$4.5 million"));
}

both_backends!(
    assigning_tells_the_assignee_and_reassigning_tells_who_held_it,
    automatic_assignment_tells_each_assignee,
    a_revision_that_changes_checked_words_tells_the_checker_and_the_holder,
    a_query_tells_the_writer_and_its_answer_tells_the_checker_who_asked,
    a_ruling_tells_the_checker_of_the_disputed_check,
    marking_read_hides_a_notification_and_is_recorded_once,
    nobody_reads_or_marks_another_reviewers_inbox,
    a_correction_tells_the_checker_the_published_words_rested_on,
);
