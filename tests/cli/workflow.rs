//! The desk's day without traps (issue 12, items 1 to 3): the desk cannot lock itself out,
//! skills mean something, and no work is stranded.

use crate::Backend;
use crate::{Desk, seed};

fn revise_to_2(desk: &Desk) -> crate::Run {
    desk.run_as(
        "ed",
        &[
            "revise",
            "cia-mexico",
            &seed("revisions/cia-mexico-2026-01-17.2.txt"),
        ],
    )
}

fn the_last_active_editor_cannot_deactivate_themselves(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let before = desk.fingerprint();
    desk.run_as("ed", &["reviewer", "deactivate", "ed"])
        .fails_with("ed is the last active editor");
    assert_eq!(desk.fingerprint(), before, "nothing written");
    desk.run_as(
        "ed",
        &[
            "reviewer", "add", "eve", "--name", "Eve", "--role", "editor",
        ],
    )
    .ok();
    desk.run_as("ed", &["reviewer", "deactivate", "ed"]).ok();
    desk.run_as("eve", &["reviewer", "deactivate", "eve"])
        .fails_with("eve is the last active editor");
    // The remaining editor can bring ed back: the desk was never locked.
    desk.run_as("eve", &["reviewer", "activate", "ed"]).ok();
}

fn skills_must_be_routing_words_or_kind_names(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    desk.run_as(
        "ed",
        &[
            "reviewer",
            "add",
            "cy",
            "--name",
            "Cy",
            "--skills",
            "figure,date",
        ],
    )
    .ok();
    let run = desk.run_as(
        "ed",
        &[
            "reviewer", "add", "dee", "--name", "Dee", "--skills", "figures",
        ],
    );
    let run = run.fails_with("unknown skill(s) figures");
    assert!(
        run.stderr.contains("finance") && run.stderr.contains("figure"),
        "the valid skills are listed: {}",
        run.stderr
    );
    let handles: Vec<String> = desk
        .run(&["reviewer", "list", "--json"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["handle"].as_str().unwrap().to_string())
        .collect();
    assert!(!handles.contains(&"dee".to_string()));
}

fn a_kind_name_skill_routes_and_load_alone_is_said(backend: Backend) {
    let desk = Desk::empty_on(backend);
    desk.run(&["init"]).ok();
    desk.run(&["reviewer", "add", "ed", "--name", "Ed", "--role", "editor"])
        .ok();
    desk.run_as(
        "ed",
        &[
            "reviewer", "add", "cy", "--name", "Cy", "--skills", "figure",
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
        ],
    )
    .ok();
    let run = desk.run_as("ed", &["assign", "cia-mexico", "--auto"]).ok();
    assert!(
        run.stdout
            .contains("by load alone (no active checker has a skill"),
        "{}",
        run.stdout
    );
    let json = desk
        .run_as("ed", &["assign", "cia-mexico", "--auto", "--json"])
        .ok()
        .json();
    assert_eq!(json.as_array().unwrap().len(), 0, "all assigned already");
    // Figure statements were matched by the kind-name skill.
    let statements = desk.statements("cia-mexico");
    let figure = statements
        .iter()
        .find(|s| s["kinds"].as_array().unwrap().iter().any(|k| k == "figure"))
        .unwrap();
    assert_eq!(figure["assignee"], "cy");
}

fn an_inactive_reviewers_open_work_is_reassigned_by_auto_and_they_may_still_read(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    desk.run_as("ed", &["assign", "cia-mexico", "--auto"]).ok();
    let held_by_ana: Vec<String> = desk
        .statements("cia-mexico")
        .iter()
        .filter(|s| s["assignee"] == "ana")
        .map(|s| s["id"].to_string())
        .collect();
    assert!(!held_by_ana.is_empty());
    desk.run_as("ed", &["reviewer", "deactivate", "ana"]).ok();
    let queue = desk.run_as("ana", &["queue", "--json"]).ok().json();
    assert_eq!(queue.as_array().unwrap().len(), held_by_ana.len());
    desk.run_as(
        "ana",
        &["check", &held_by_ana[0], "--status", "in-progress"],
    )
    .fails_with("inactive and may not write");

    let run = desk.run_as("ed", &["assign", "cia-mexico", "--auto"]).ok();
    assert!(
        run.stdout.contains(&format!(
            "reassigned from ana (inactive): {} statement(s)",
            held_by_ana.len()
        )),
        "{}",
        run.stdout
    );
    for s in desk.statements("cia-mexico") {
        assert_ne!(s["assignee"], "ana", "{s}");
    }
}

fn revise_says_new_statements_are_unassigned_and_names_the_command(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    desk.run_as("ed", &["assign", "cia-mexico", "--auto"]).ok();
    let run = revise_to_2(&desk).ok();
    assert!(
        run.stdout
            .contains("new statement(s) have no reviewer yet: #"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("assign them: factdesk assign cia-mexico --auto"),
        "{}",
        run.stdout
    );
    let unassigned = desk
        .statements("cia-mexico")
        .iter()
        .filter(|s| s["assignee"].is_null())
        .count();
    assert!(unassigned > 0);
}

fn a_checklist_may_assign_new_statements_on_revise(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let news = desk.run(&["checklist", "show", "news"]).ok().stdout;
    let file = desk.dir.path().join("desk.yaml");
    std::fs::write(
        &file,
        news.replace("name: news", "name: fast-desk") + "auto_assign_on_revise: true\n",
    )
    .unwrap();
    desk.run_as(
        "ed",
        &[
            "ingest",
            &seed("cia-mexico-2026-01-17.txt"),
            "--slug",
            "cia-mexico",
            "--checklist",
            &file.display().to_string(),
        ],
    )
    .ok();
    desk.run_as("ed", &["assign", "cia-mexico", "--auto"]).ok();
    let run = revise_to_2(&desk).ok();
    assert!(
        run.stdout.contains("new statements assigned"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("no reviewer yet"), "{}", run.stdout);
    for s in desk.statements("cia-mexico") {
        assert!(!s["assignee"].is_null(), "{s}");
    }
}

both_backends!(
    the_last_active_editor_cannot_deactivate_themselves,
    skills_must_be_routing_words_or_kind_names,
    a_kind_name_skill_routes_and_load_alone_is_said,
    an_inactive_reviewers_open_work_is_reassigned_by_auto_and_they_may_still_read,
    revise_says_new_statements_are_unassigned_and_names_the_command,
    a_checklist_may_assign_new_statements_on_revise,
);
