//! Revisions: checks survive only where the words did not change.

use serde_json::Value;

use crate::Backend;
use crate::{Desk, seed};

const R2: &str = "revisions/cia-mexico-2026-01-17.2.txt";
const R3: &str = "revisions/cia-mexico-2026-01-17.3.txt";

fn find<'a>(statements: &'a [Value], needle: &str) -> &'a Value {
    let found: Vec<&Value> = statements
        .iter()
        .filter(|s| s["text"].as_str().unwrap().contains(needle))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "exactly one statement contains {needle:?}: {found:?}"
    );
    found[0]
}

fn id_of(statements: &[Value], needle: &str) -> String {
    find(statements, needle)["id"].to_string()
}

/// The sample article, every statement assigned to ana and verified with a source: then any
/// statement that is not verified-and-fresh after a revision was touched by it.
fn fully_checked(backend: Backend) -> Desk {
    let desk = Desk::with_seed_on(backend);
    let statements = desk.statements("cia-mexico");
    let ids: Vec<String> = statements.iter().map(|s| s["id"].to_string()).collect();
    let mut args = vec!["assign"];
    args.extend(ids.iter().map(String::as_str));
    args.extend(["--to", "ana"]);
    desk.run_as("ed", &args).ok();
    for id in &ids {
        desk.verify("ana", id, "web:https://example.org/doj");
    }
    desk
}

fn revision_2_keeps_unchanged_and_moved_checks_and_stales_every_edit(backend: Backend) {
    let desk = fully_checked(backend);
    let before = desk.statements("cia-mexico");
    let summary = desk
        .run_as("ed", &["revise", "cia-mexico", &seed(R2), "--json"])
        .ok()
        .json();
    assert_eq!(summary["revision"], 2);
    assert_eq!(summary["moved"], 1, "{summary}");
    assert_eq!(summary["removed"], 1, "{summary}");
    assert!(summary["modified"].as_u64().unwrap() >= 4, "{summary}");
    assert!(summary["added"].as_u64().unwrap() >= 3, "{summary}");

    let after = desk.statements("cia-mexico");
    let old_texts: std::collections::HashMap<String, String> = before
        .iter()
        .map(|s| (s["id"].to_string(), s["text"].as_str().unwrap().to_string()))
        .collect();
    for s in &after {
        let id = s["id"].to_string();
        let text = s["text"].as_str().unwrap();
        match old_texts.get(&id) {
            // The heart of the product: a check is fresh only on the very words it was made on.
            Some(old) if old == text => {
                assert_eq!(s["status"], "verified", "{s}");
                assert_eq!(s["stale"], false, "unchanged words keep their check: {s}");
            }
            Some(old) => {
                let same = factdesk::normalize::same_words(old, text);
                assert_eq!(
                    s["stale"], !same,
                    "stale exactly when the words changed: {old:?} -> {s}"
                );
            }
            None => assert_eq!(
                s["status"], "unchecked",
                "new statements arrive unchecked: {s}"
            ),
        }
    }

    // The edits of the seed, statement by statement.
    let figure = find(&after, "Over the past three decades");
    assert_eq!(
        figure["id"].to_string(),
        id_of(&before, "Over the past two decades"),
        "a changed figure keeps its id"
    );
    assert_eq!(figure["stale"], true);
    assert_eq!(figure["assignee"], "ana", "and its assignee");
    let reworded = find(&after, "Mexican commanders would retain full control");
    assert_eq!(
        reworded["id"].to_string(),
        id_of(&before, "Mexican forces would remain in full control")
    );
    assert_eq!(reworded["stale"], true);
    let moved = find(&after, "Justice Department officials reiterated");
    assert_eq!(
        moved["id"].to_string(),
        id_of(&before, "Justice Department officials reiterated")
    );
    assert_eq!(
        (moved["status"].as_str(), moved["stale"].as_bool()),
        (Some("verified"), Some(false))
    );
    let typographic = find(&after, "political leadership has responded cautiously");
    assert_eq!(
        typographic["id"].to_string(),
        id_of(&before, "political leadership has responded cautiously")
    );
    assert_eq!(
        typographic["stale"], false,
        "a curly apostrophe straightened is the same words"
    );
    let typo = find(&after, "counternarcotics");
    assert_eq!(typo["id"].to_string(), id_of(&before, "counter-narcotics"));
    assert_eq!(
        typo["stale"], true,
        "a removed hyphen is a changed word: checked again"
    );
    let split_head = find(&after, "real-time targeting assistance.");
    assert_eq!(
        split_head["id"].to_string(),
        id_of(&before, "while Mexican authorities maintain")
    );
    assert_eq!(split_head["stale"], true);
    let split_tail = find(
        &after,
        "Mexican authorities would maintain full operational command",
    );
    assert_eq!(split_tail["status"], "unchecked");
    assert!(after.iter().all(|s| {
        !s["text"]
            .as_str()
            .unwrap()
            .contains("Any operational framework")
    }));
}

fn the_summary_names_the_stale_statements_and_their_reviewers(backend: Backend) {
    let desk = fully_checked(backend);
    let before = desk.statements("cia-mexico");
    let figure = id_of(&before, "Over the past two decades");
    let run = desk.run_as("ed", &["revise", "cia-mexico", &seed(R2)]).ok();
    assert!(
        run.stdout.contains("cia-mexico revision 2:"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("1 moved") && run.stdout.contains("1 removed"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains(&format!("#{figure} (ana; checked by ana)")),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("now: U.S. intelligence involvement")
            || run.stdout.contains("now: Over the past three decades"),
        "{}",
        run.stdout
    );
}

fn stale_statements_return_to_the_queue_and_block_the_gate(backend: Backend) {
    let desk = fully_checked(backend);
    let gate = desk.run(&["gate", "cia-mexico"]);
    assert_eq!(
        gate.code, 0,
        "all verified with sources: ready\n{}",
        gate.stdout
    );
    assert!(
        desk.run_as("ana", &["queue"])
            .ok()
            .stdout
            .contains("your queue is empty")
    );

    desk.run_as("ed", &["revise", "cia-mexico", &seed(R2)]).ok();
    let after = desk.statements("cia-mexico");
    let figure = id_of(&after, "Over the past three decades");
    let queue = desk.run_as("ana", &["queue", "--json"]).ok().json();
    let queued: Vec<String> = queue
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["statement"]["id"].to_string())
        .collect();
    assert!(
        queued.contains(&figure),
        "the stale statement is back in ana's queue: {queued:?}"
    );
    let gate = desk.run(&["gate", "cia-mexico"]);
    assert_eq!(gate.code, 3);
    assert!(
        gate.stdout.contains("changed after their last check")
            && gate.stdout.contains(&format!("#{figure}")),
        "{}",
        gate.stdout
    );

    desk.verify("ana", &figure, "data:DEA cooperation records 1996-2026");
    let queue = desk.run_as("ana", &["queue", "--json"]).ok().json();
    assert!(
        queue
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["statement"]["id"].to_string().as_str() != figure),
        "checked again: out of the queue"
    );
}

fn history_records_both_texts_and_lineage_survives_many_revisions(backend: Backend) {
    let desk = fully_checked(backend);
    desk.run_as("ed", &["revise", "cia-mexico", &seed(R2)]).ok();
    desk.run_as("ed", &["revise", "cia-mexico", &seed(R3)]).ok();
    let r3 = desk.statements("cia-mexico");

    let labs = id_of(&r3, "more than 1,100 clandestine drug laboratories");
    let history = desk.run(&["history", &labs, "--json"]).ok().json();
    let texts: Vec<(u64, &str)> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["event"] == "text")
        .map(|e| {
            (
                e["revision"].as_u64().unwrap(),
                e["new_text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        texts.len(),
        1,
        "its first words, in r2; r3's edit is a text-changed event: {texts:?}"
    );
    assert!(texts[0].0 == 2 && texts[0].1.contains("1,200"), "{texts:?}");
    let changed = history
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "text-changed")
        .expect("a text-changed event");
    assert!(changed["old_text"].as_str().unwrap().contains("1,200"));
    assert!(changed["new_text"].as_str().unwrap().contains("1,100"));

    // A statement of revision 1 that was edited in r2 is still the same id in r3: its first
    // words in r1, its edit in r2, and nothing for r3, where it stayed as it was.
    let figure = id_of(&r3, "Over the past three decades");
    let history = desk.run(&["history", &figure, "--json"]).ok().json();
    let revisions: Vec<(String, u64)> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["event"] == "text" || e["event"] == "text-changed")
        .map(|e| {
            (
                e["event"].as_str().unwrap().to_string(),
                e["revision"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        revisions,
        [("text".to_string(), 1), ("text-changed".to_string(), 2)]
    );

    let removed = desk.query_integers("SELECT statement_id FROM events WHERE event = 'retired'")[0];
    let history = desk
        .run(&["history", &removed.to_string(), "--json"])
        .ok()
        .json();
    assert!(
        history
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["event"] == "retired"),
        "removed statements keep their history"
    );
    desk.run_as(
        "ed",
        &["check", &removed.to_string(), "--status", "in-progress"],
    )
    .fails_with("was removed from its article's latest revision");
}

fn an_identical_draft_stores_nothing(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let before = desk.fingerprint();
    let run = desk
        .run_as(
            "ed",
            &["revise", "cia-mexico", &seed("cia-mexico-2026-01-17.txt")],
        )
        .ok();
    assert!(
        run.stdout.contains("identical to revision 1"),
        "{}",
        run.stdout
    );
    assert_eq!(desk.fingerprint(), before);
}

fn diff_reports_each_change_with_word_level_edits(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    desk.run_as("ed", &["revise", "cia-mexico", &seed(R2)]).ok();
    let diff = desk.run(&["diff", "cia-mexico", "--json"]).ok().json();
    assert_eq!(
        (diff["from"].as_u64(), diff["to"].as_u64()),
        (Some(1), Some(2))
    );
    let changes = diff["changes"].as_array().unwrap();
    for kind in ["unchanged", "moved", "modified", "added", "removed"] {
        assert!(
            changes.iter().any(|c| c["change"] == kind),
            "no {kind} change in {diff}"
        );
    }
    let figure = changes
        .iter()
        .find(|c| {
            c["new_text"]
                .as_str()
                .is_some_and(|t| t.contains("three decades"))
        })
        .unwrap();
    assert_eq!(figure["change"], "modified");
    let edits = figure["edits"].as_array().unwrap();
    assert!(
        edits
            .iter()
            .any(|e| e["op"] == "delete" && e["text"].as_str().unwrap().contains("two")),
        "{edits:?}"
    );
    assert!(
        edits
            .iter()
            .any(|e| e["op"] == "insert" && e["text"].as_str().unwrap().contains("three")),
        "{edits:?}"
    );
    let rebuilt: String = edits
        .iter()
        .filter(|e| e["op"] != "delete")
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert_eq!(rebuilt, figure["new_text"].as_str().unwrap());

    let text = desk.run(&["diff", "cia-mexico"]).ok().stdout;
    assert!(
        text.contains("[-two-]") && text.contains("{+three+}"),
        "{text}"
    );
    assert!(
        !text.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
    // Two arguments that contradict each other are a usage error, as clap's own are.
    desk.run(&["diff", "cia-mexico", "--from", "2", "--to", "1"])
        .usage_error("error: --from 2 is after --to 1");
}

fn history_is_one_line_per_event_in_time_order_even_within_one_second(backend: Backend) {
    // The clock is fixed: every event has the same time, as in a scripted desk.
    let desk = fully_checked(backend);
    desk.run_as("ed", &["revise", "cia-mexico", &seed(R2)]).ok();
    let r2 = desk.statements("cia-mexico");
    let figure = id_of(&r2, "Over the past three decades");
    desk.verify("ana", &figure, "data:DEA records");
    desk.run_as("ed", &["revise", "cia-mexico", &seed(R3)]).ok();
    let history = desk.run(&["history", &figure, "--json"]).ok().json();
    let events: Vec<(String, Option<u64>)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["event"].as_str().unwrap().to_string(),
                e["revision"].as_u64(),
            )
        })
        .collect();
    let expected: Vec<(String, Option<u64>)> = [
        ("text", Some(1)),
        ("assigned", None),
        ("check", Some(1)),
        ("text-changed", Some(2)),
        ("check", Some(2)),
    ]
    .iter()
    .map(|(e, r)| (e.to_string(), *r))
    .collect();
    assert_eq!(events, expected);
    let text = desk.run(&["history", &figure]).ok().stdout;
    assert!(!text.contains("unchanged"), "{text}");
    assert!(text.contains("text changed: "), "{text}");
    assert!(
        text.contains("[-") && text.contains("{+"),
        "a word diff: {text}"
    );
}

fn queue_and_history_show_the_words_changed_since_the_last_check(backend: Backend) {
    let desk = fully_checked(backend);
    desk.run_as("ed", &["revise", "cia-mexico", &seed(R2)]).ok();
    desk.run_as("ed", &["revise", "cia-mexico", &seed(R3)]).ok();
    let queue = desk.run_as("ana", &["queue", "--json"]).ok().json();
    let stale: Vec<&serde_json::Value> = queue
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["statement"]["stale"] == true)
        .collect();
    assert!(!stale.is_empty());
    for entry in &stale {
        let since = &entry["since_check"];
        assert_eq!(
            since["checked_revision"], 1,
            "checked in r1, two revisions ago"
        );
        assert_ne!(since["checked_text"], entry["statement"]["text"]);
        let edits = since["edits"].as_array().unwrap();
        assert!(edits.iter().any(|e| e["op"] != "equal"), "{since}");
    }
    let text = desk.run_as("ana", &["queue"]).ok().stdout;
    assert!(
        text.contains("changed since the check in r1 by ana: "),
        "{text}"
    );
    let id = stale[0]["statement"]["id"].to_string();
    let history = desk.run(&["history", &id]).ok().stdout;
    assert!(
        history.contains("stale: changed since the check in r1 by ana: "),
        "{history}"
    );
}

fn the_report_shows_changes_since_each_statements_last_check_not_only_the_last_step(
    backend: Backend,
) {
    let desk = fully_checked(backend);
    desk.run_as("ed", &["revise", "cia-mexico", &seed(R2)]).ok();
    desk.run_as("ed", &["revise", "cia-mexico", &seed(R3)]).ok();
    let report = desk
        .run(&["report", "cia-mexico", "--format", "json"])
        .ok()
        .json();
    let last_step: Vec<&serde_json::Value> = report["changes"]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["change"] == "modified")
        .map(|c| &c["id"])
        .collect();
    let since: Vec<&serde_json::Value> = report["since_check"].as_array().unwrap().iter().collect();
    let stale: Vec<&serde_json::Value> = report["statements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["stale"] == true)
        .map(|s| &s["id"])
        .collect();
    assert_eq!(
        since.iter().map(|s| &s["id"]).collect::<Vec<_>>(),
        stale,
        "every stale statement, in article order"
    );
    assert!(
        since.iter().any(|s| !last_step.contains(&&s["id"])),
        "a statement changed in r2 and not in r3 is still shown"
    );
    assert!(since.iter().all(|s| s["checked_revision"] == 1));
    let text = desk.run(&["report", "cia-mexico"]).ok().stdout;
    assert!(text.contains("CHANGED SINCE THEIR LAST CHECK"), "{text}");
    let html = desk
        .run(&["report", "cia-mexico", "--format", "html"])
        .ok()
        .stdout;
    assert!(html.contains("Changed since their last check"));
}

both_backends!(
    history_records_both_texts_and_lineage_survives_many_revisions,
    revision_2_keeps_unchanged_and_moved_checks_and_stales_every_edit,
    the_summary_names_the_stale_statements_and_their_reviewers,
    stale_statements_return_to_the_queue_and_block_the_gate,
    an_identical_draft_stores_nothing,
    diff_reports_each_change_with_word_level_edits,
    history_is_one_line_per_event_in_time_order_even_within_one_second,
    queue_and_history_show_the_words_changed_since_the_last_check,
    the_report_shows_changes_since_each_statements_last_check_not_only_the_last_step,
);
