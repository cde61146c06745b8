//! The daily work of the desk: reviewers, identity, assignment, checks and their history.

use crate::Backend;
use crate::Desk;

fn ids(desk: &Desk) -> Vec<String> {
    desk.statements("cia-mexico")
        .iter()
        .map(|s| s["id"].to_string())
        .collect()
}

fn the_first_reviewer_starts_the_desk_and_only_editors_add_more(backend: Backend) {
    let desk = Desk::empty_on(backend);
    desk.run(&["init"]).ok();
    desk.run(&["reviewer", "add", "ana", "--name", "Ana"])
        .fails_with("first reviewer of a desk must be an editor");
    desk.run(&["reviewer", "add", "ed", "--name", "Ed", "--role", "editor"])
        .ok();
    desk.run(&["reviewer", "add", "bo", "--name", "Bo"])
        .fails_with("who is acting?");
    desk.run_as("ed", &["reviewer", "add", "bo", "--name", "Bo"])
        .ok();
    desk.run_as("bo", &["reviewer", "add", "cy", "--name", "Cy"])
        .fails_with("only an editor may add reviewers");
    desk.run_as("ed", &["reviewer", "add", "bo", "--name", "Bo"])
        .fails_with("exists already");
    desk.run_as(
        "ed",
        &["reviewer", "add", "dee", "--name", "Dee", "--role", "boss"],
    )
    .usage_error("invalid value 'boss' for '--role <ROLE>'");
    let list = desk.run(&["reviewer", "list", "--json"]).ok().json();
    let handles: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["handle"].as_str().unwrap())
        .collect();
    assert_eq!(handles, ["bo", "ed"]);
}

fn every_write_needs_a_known_active_identity(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let id = ids(&desk)[0].clone();
    desk.run(&["check", &id, "--status", "in-progress"])
        .fails_with("who is acting? pass --as HANDLE or set FACTDESK_USER");
    desk.run_as("zed", &["check", &id, "--status", "in-progress"])
        .fails_with("unknown reviewer 'zed'");
    desk.run_as("ed", &["assign", &id, "--to", "ana"]).ok();
    let deactivated = desk.run_as("ed", &["reviewer", "deactivate", "ana"]).ok();
    assert!(
        deactivated
            .stdout
            .contains(&format!("open statements to hand on: {id}")),
        "{}",
        deactivated.stdout
    );
    desk.run_as("ana", &["check", &id, "--status", "in-progress"])
        .fails_with("reviewer 'ana' is inactive");
    desk.run_as("ed", &["assign", &id, "--to", "ana"])
        .fails_with("reviewer 'ana' is inactive");
    // `--as` on the command line wins over FACTDESK_USER.
    let run = desk
        .command(Some("zed"), &["--as", "bo", "queue"])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

fn only_editors_assign_and_unassign(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let id = ids(&desk)[0].clone();
    desk.run_as("ana", &["assign", &id, "--to", "ana"])
        .fails_with("only an editor may assign statements");
    desk.run_as("ed", &["assign", &id, "--to", "ana"]).ok();
    desk.run_as("ed", &["assign", &id, "--to", "bo"]).ok();
    desk.run_as("ana", &["unassign", &id])
        .fails_with("only an editor");
    desk.run_as("ed", &["unassign", &id]).ok();
    let history = desk.run(&["history", &id, "--json"]).ok().json();
    let events: Vec<(String, String)> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["event"] == "assigned" || e["event"] == "unassigned")
        .map(|e| {
            (
                e["event"].as_str().unwrap().to_string(),
                e["detail"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        events,
        [
            ("assigned".into(), "ana".into()),
            ("assigned".into(), "bo".into()),
            ("unassigned".into(), String::new())
        ]
    );
}

fn auto_assignment_covers_every_open_statement_and_is_deterministic(backend: Backend) {
    let first = Desk::with_seed_on(backend);
    let second = Desk::with_seed_on(backend);
    let a = first
        .run_as("ed", &["assign", "cia-mexico", "--auto", "--json"])
        .ok()
        .json();
    let b = second
        .run_as("ed", &["assign", "cia-mexico", "--auto", "--json"])
        .ok()
        .json();
    assert_eq!(a, b, "same input, same plan");
    let total = first.statements("cia-mexico").len();
    assert_eq!(a.as_array().unwrap().len(), total);
    let to_ana = a
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["to"] == "ana")
        .count();
    assert!(
        to_ana > 0 && to_ana < total,
        "both checkers get work: {to_ana} of {total} to ana"
    );
    assert!(
        a.as_array().unwrap().iter().all(|x| x["to"] != "ed"),
        "editors are not auto-assigned"
    );
    let again = first
        .run_as("ed", &["assign", "cia-mexico", "--auto", "--json"])
        .ok()
        .json();
    assert_eq!(again.as_array().unwrap().len(), 0, "nothing left to assign");
}

fn check_rules_are_enforced_with_clear_messages(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let ids = ids(&desk);
    let (one, two) = (ids[0].as_str(), ids[1].as_str());
    desk.run_as("ed", &["assign", one, two, "--to", "ana"]).ok();

    desk.run_as("bo", &["check", one, "--status", "in-progress"])
        .fails_with(&format!("statement {one} is assigned to ana"));
    desk.run_as("ana", &["check", one, "--status", "verified"])
        .fails_with("`verified` needs at least one source");
    desk.run_as("ana", &["check", one, "--status", "incorrect"])
        .fails_with("`incorrect` needs a note");
    desk.run_as(
        "ana",
        &["check", one, "--status", "waived", "--note", "opinion"],
    )
    .fails_with("only an editor may waive");
    desk.run_as("ed", &["check", one, "--status", "waived"])
        .fails_with("`waived` needs the reason");
    desk.run_as(
        "ana",
        &["check", one, "--status", "verified", "--source", "tweet:x"],
    )
    .fails_with("unknown source kind 'tweet'");
    desk.run_as("ana", &["check", one, "--status", "great"])
        .usage_error("[possible values: in-progress, verified,");
    assert_eq!(desk.count("checks"), 0, "refused checks write nothing");

    desk.run_as(
        "ana",
        &[
            "check",
            one,
            "--status",
            "verified",
            "--source",
            "web:https://www.justice.gov/opa",
            "--source",
            "interview:Ana Ruiz, DOJ spokeswoman, 2026-01-16",
        ],
    )
    .ok();
    desk.run_as(
        "ana",
        &[
            "check",
            two,
            "--status",
            "incorrect",
            "--note",
            "It was the Justice Department, not State.",
        ],
    )
    .ok();
    desk.run_as(
        "ed",
        &[
            "check",
            two,
            "--status",
            "waived",
            "--note",
            "Context line; no claim.",
        ],
    )
    .ok();

    let statements = desk.statements("cia-mexico");
    let first = statements
        .iter()
        .find(|s| s["id"].to_string().as_str() == one)
        .unwrap();
    assert_eq!(first["status"], "verified");
    assert_eq!(first["checked_by"], "ana");
    assert_eq!(first["checked_at"], "2026-01-17T09:00:00Z");
    assert_eq!(
        first["sources"][0]["citation"],
        "https://www.justice.gov/opa"
    );
    assert_eq!(first["sources"][1]["contact"], "Ana Ruiz, DOJ spokeswoman");
    assert_eq!(first["sources"][1]["contacted_on"], "2026-01-16");
    let second = statements
        .iter()
        .find(|s| s["id"].to_string().as_str() == two)
        .unwrap();
    assert_eq!(second["status"], "waived", "the latest check supersedes");
}

fn the_same_source_is_stored_once_and_reused(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let ids = ids(&desk);
    desk.run_as("ed", &["assign", &ids[0], &ids[1], "--to", "ana"])
        .ok();
    for id in &ids[..2] {
        desk.verify("ana", id, "document:DOJ statement, 2026-01-16");
    }
    assert_eq!(desk.count("sources"), 1);
    assert_eq!(desk.count("check_sources"), 2);
}

fn queue_lists_open_work_oldest_assignment_first_with_context(backend: Backend) {
    let mut desk = Desk::with_seed_on(backend);
    let ids = ids(&desk);
    desk.now = "2026-01-17T09:00:00Z".into();
    desk.run_as("ed", &["assign", &ids[3], "--to", "ana"]).ok();
    desk.now = "2026-01-17T10:00:00Z".into();
    desk.run_as("ed", &["assign", &ids[1], &ids[2], "--to", "ana"])
        .ok();
    desk.run_as(
        "ana",
        &[
            "check",
            &ids[2],
            "--status",
            "verified",
            "--source",
            "web:https://example.org",
        ],
    )
    .ok();
    let queue = desk.run_as("ana", &["queue", "--json"]).ok().json();
    let order: Vec<String> = queue
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["statement"]["id"].to_string())
        .collect();
    assert_eq!(
        order,
        [ids[3].clone(), ids[1].clone()],
        "verified statements leave the queue"
    );
    for entry in queue.as_array().unwrap() {
        let text = entry["statement"]["text"].as_str().unwrap();
        assert!(entry["paragraph_text"].as_str().unwrap().contains(text));
        assert_eq!(entry["statement"]["article"], "cia-mexico");
    }
    assert!(
        desk.run_as("bo", &["queue"])
            .ok()
            .stdout
            .contains("your queue is empty")
    );
}

fn history_is_oldest_first_with_who_and_when(backend: Backend) {
    let mut desk = Desk::with_seed_on(backend);
    let id = ids(&desk)[0].clone();
    desk.now = "2026-01-17T10:00:00Z".into();
    desk.run_as("ed", &["assign", &id, "--to", "ana"]).ok();
    desk.now = "2026-01-17T11:00:00Z".into();
    desk.run_as("ana", &["check", &id, "--status", "in-progress"])
        .ok();
    desk.now = "2026-01-17T12:30:00Z".into();
    desk.verify("ana", &id, "web:https://example.org/a");
    let history = desk.run(&["history", &id, "--json"]).ok().json();
    let lines: Vec<(String, String, String)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["at"].as_str().unwrap().into(),
                e["by"].as_str().unwrap().into(),
                e["event"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("2026-01-17T09:00:00Z".into(), "ed".into(), "text".into()),
            (
                "2026-01-17T10:00:00Z".into(),
                "ed".into(),
                "assigned".into()
            ),
            ("2026-01-17T11:00:00Z".into(), "ana".into(), "check".into()),
            ("2026-01-17T12:30:00Z".into(), "ana".into(), "check".into()),
        ]
    );
    let text = desk.run(&["history", &id]).ok().stdout;
    assert!(
        text.contains("2026-01-17 12:30 ana") && text.contains("source: web:https://example.org/a"),
        "{text}"
    );
}

fn the_database_refuses_to_rewrite_history(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let id = ids(&desk)[0].clone();
    desk.verify("ed", &id, "web:https://example.org/a");
    desk.run_as("ed", &["assign", &id, "--to", "ana"]).ok();
    // Appending is allowed: a finding row to then try to rewrite.
    desk.execute(
        "INSERT INTO findings (revision_id, rule, level, message, statement_ids) VALUES (1, 'x', 'note', 'm', '[]')",
    )
    .unwrap();
    for sql in [
        "UPDATE checks SET status = 'verified'",
        "DELETE FROM checks",
        "DELETE FROM check_sources",
        "UPDATE assignments SET reviewer = 'bo'",
        "DELETE FROM assignments",
        "UPDATE revisions SET text = 'rewritten'",
        "DELETE FROM revisions",
        "UPDATE statement_versions SET text = 'x'",
        "DELETE FROM events",
        "UPDATE findings SET level = 'note'",
    ] {
        let err = desk.execute(sql).expect_err(sql);
        assert!(err.contains("append-only"), "{sql}: {err}");
    }
    assert_eq!(desk.count("checks"), 1);
}

fn queue_lists_checklist_items_for_the_first_entry_or_when_asked(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let ids = ids(&desk);
    let mut args = vec!["assign"];
    args.extend(ids.iter().map(String::as_str));
    args.extend(["--to", "ana"]);
    desk.run_as("ed", &args).ok();
    let short = desk.run_as("ana", &["queue"]).ok().stdout;
    let boxes = short.matches("  [ ] ").count();
    let counted = short.matches("checklist item(s), ").count();
    assert!(boxes > 0, "the first entry lists its items: {short}");
    assert!(counted > 5, "the others give a count: {short}");
    let first_block = short.split("\n\n").next().unwrap();
    assert_eq!(
        boxes,
        first_block.matches("  [ ] ").count(),
        "only the first: {short}"
    );
    let long = desk.run_as("ana", &["queue", "--items"]).ok().stdout;
    assert!(long.matches("  [ ] ").count() > boxes);
    assert!(!long.contains("checklist item(s), "));
}

both_backends!(
    the_database_refuses_to_rewrite_history,
    the_first_reviewer_starts_the_desk_and_only_editors_add_more,
    every_write_needs_a_known_active_identity,
    only_editors_assign_and_unassign,
    auto_assignment_covers_every_open_statement_and_is_deterministic,
    check_rules_are_enforced_with_clear_messages,
    the_same_source_is_stored_once_and_reused,
    queue_lists_open_work_oldest_assignment_first_with_context,
    history_is_oldest_first_with_who_and_when,
    queue_lists_checklist_items_for_the_first_entry_or_when_asked,
);
