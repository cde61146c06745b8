//! A checker's queue that spans articles with different checklists and more statements than
//! one batched read of their latest checks takes (the queue reads checks a hundred statements
//! at a time and parses each stored checklist once): every entry must still be exactly what the
//! article's own views say.

use crate::{Backend, Desk};

/// A draft of `paragraphs` paragraphs, each one statement with a figure and a date.
fn long_draft(paragraphs: usize) -> String {
    (1..=paragraphs)
        .map(|n| format!("The council approved ${n} million for road number {n} on March 4.\n\n"))
        .collect()
}

fn ids_of(desk: &Desk, slug: &str) -> Vec<String> {
    desk.statements(slug)
        .iter()
        .map(|s| s["id"].to_string())
        .collect()
}

fn assign(desk: &Desk, ids: &[String], to: &str) {
    let mut args = vec!["assign"];
    args.extend(ids.iter().map(String::as_str));
    args.extend(["--to", to]);
    desk.run_as("ed", &args).ok();
}

fn a_queue_over_articles_and_checklists_matches_each_articles_views(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let long = desk.dir.path().join("long.txt");
    std::fs::write(&long, long_draft(130)).unwrap();
    let short = desk.dir.path().join("short.txt");
    std::fs::write(&short, long_draft(3)).unwrap();
    for (file, slug, checklist) in [
        (&long, "roads", "news"),
        (&short, "budget", "investigation"),
    ] {
        let file = file.display().to_string();
        desk.run_as(
            "ed",
            &["ingest", &file, "--slug", slug, "--checklist", checklist],
        )
        .ok();
    }
    let roads = ids_of(&desk, "roads");
    let budget = ids_of(&desk, "budget");
    assert_eq!(roads.len(), 130, "one statement per paragraph");

    // The reference for the short article's entries: its queue alone, with its own checklist.
    assign(&desk, &budget, "bo");
    let alone = desk.run_as("bo", &["queue", "--json"]).ok().json();
    assert_eq!(alone.as_array().unwrap().len(), 3);

    // Checks on both sides of the hundredth statement: one superseded, one closing the
    // statement (it leaves the queue), one still open.
    assign(&desk, &roads, "ana");
    for (id, status, note) in [
        (&roads[4], "in-progress", "first look"),
        (&roads[4], "in-progress", "asked the council"),
        (&roads[110], "in-progress", "waiting for the minutes"),
        (&roads[120], "in-progress", "first look"),
    ] {
        desk.run_as("ana", &["check", id, "--status", status, "--note", note])
            .ok();
    }
    desk.verify("ana", &roads[120], "document:Council minutes, p. 2");
    assign(&desk, &budget, "ana");

    let queue = desk.run_as("ana", &["queue", "--json"]).ok().json();
    let entries = queue.as_array().unwrap();
    assert_eq!(
        entries.len(),
        129 + 3,
        "the verified statement left the queue"
    );
    let views: Vec<serde_json::Value> =
        [desk.statements("roads"), desk.statements("budget")].concat();
    for entry in entries {
        let id = &entry["statement"]["id"];
        let mut view = views.iter().find(|s| &s["id"] == id).unwrap().clone();
        // `statements --json` explains the kinds; the queue's statement does not.
        view.as_object_mut().unwrap().remove("reasons");
        assert_eq!(
            entry["statement"], view,
            "the queue's statement is the article's"
        );
    }
    let note_of = |id: &String| {
        let entry = entries
            .iter()
            .find(|e| e["statement"]["id"].as_i64() == id.parse().ok())
            .unwrap();
        entry["statement"]["note"].as_str().unwrap().to_string()
    };
    assert_eq!(note_of(&roads[4]), "asked the council", "the latest check");
    assert_eq!(note_of(&roads[110]), "waiting for the minutes");

    // The short article's entries carry its own checklist's items, as its queue alone did.
    for reference in alone.as_array().unwrap() {
        let entry = entries
            .iter()
            .find(|e| e["statement"]["id"] == reference["statement"]["id"])
            .unwrap();
        assert_eq!(entry["items"], reference["items"]);
        assert_eq!(entry["paragraph_text"], reference["paragraph_text"]);
    }
    let first_roads = entries
        .iter()
        .find(|e| e["statement"]["article"] == "roads")
        .unwrap();
    assert_ne!(
        first_roads["items"], alone[0]["items"],
        "news and investigation ask for different items on the same kinds"
    );
}

both_backends!(a_queue_over_articles_and_checklists_matches_each_articles_views);
