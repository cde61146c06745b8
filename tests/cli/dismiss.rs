//! An editor dismisses one false-positive finding on one article (issue 12, item 4).

use crate::Backend;
use crate::Desk;

const DRAFT: &str = "Council Meets On Budget\n\nThe city council met on Friday, January 17, 2026, \
to debate the budget. The mayor said the plan was sound.\n\nCouncil members will vote next week.\n";

fn desk_with_a_weekday_error(backend: Backend) -> (Desk, String) {
    let desk = Desk::staffed_on(backend);
    let file = desk.dir.path().join("budget.txt");
    std::fs::write(&file, DRAFT).unwrap();
    desk.run_as(
        "ed",
        &["ingest", &file.display().to_string(), "--slug", "budget"],
    )
    .ok();
    let lint = desk.run(&["lint", "budget", "--json"]).ok().json();
    let finding = lint
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "weekday-mismatch" && f["level"] == "error")
        .expect("the planted wrong weekday")
        .clone();
    let id = finding["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("budget/"), "{id}");
    (desk, id)
}

fn gate_codes(desk: &Desk) -> Vec<String> {
    let gate = desk.run(&["gate", "budget", "--json"]).json();
    gate["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect()
}

fn an_editor_dismisses_a_finding_with_a_reason_and_the_gate_honours_it(backend: Backend) {
    let (desk, id) = desk_with_a_weekday_error(backend);
    assert!(gate_codes(&desk).contains(&"finding:weekday-mismatch".to_string()));

    let before = desk.fingerprint();
    desk.run_as("ana", &["lint", "dismiss", &id, "--reason", "fine"])
        .fails_with("only an editor may dismiss findings");
    desk.run_as("ed", &["lint", "dismiss", &id, "--reason", "  "])
        .fails_with("needs the reason");
    desk.run_as("ed", &["lint", "dismiss", &id])
        .usage_error("--reason");
    desk.run_as(
        "ed",
        &["lint", "dismiss", "budget/00000000", "--reason", "x"],
    )
    .fails_with("no finding budget/00000000");
    assert_eq!(desk.fingerprint(), before, "refusals write nothing");

    let reason = "The council met on Friday the 16th; the date is the typo, fixed in copy.";
    desk.run_as("ed", &["lint", "dismiss", &id, "--reason", reason])
        .ok();
    desk.run_as("ed", &["lint", "dismiss", &id, "--reason", reason])
        .fails_with("was dismissed already, by ed");

    let lint = desk.run(&["lint", "budget", "--json"]).ok().json();
    let finding = lint
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id.as_str())
        .unwrap();
    assert_eq!(finding["dismissal"]["by"], "ed");
    assert_eq!(finding["dismissal"]["reason"], reason);
    assert_eq!(finding["dismissal"]["at"], "2026-01-17T09:00:00Z");
    let text = desk.run(&["lint", "budget"]).ok().stdout;
    assert!(text.contains(&format!("{id} dismissed by ed")), "{text}");

    assert!(!gate_codes(&desk).contains(&"finding:weekday-mismatch".to_string()));
    let listing = desk.run(&["articles", "--json"]).ok().json();
    let reasons = listing[0]["gate"]["reasons"].to_string();
    assert!(
        !reasons.contains("weekday-mismatch"),
        "the overview agrees: {reasons}"
    );
    let report = desk
        .run(&["report", "budget", "--format", "json"])
        .ok()
        .json();
    assert_eq!(report["findings"][0]["dismissal"]["by"], "ed");
    let text = desk.run(&["report", "budget"]).ok().stdout;
    assert!(text.contains("DISMISSED by ed"), "{text}");

    let refused = desk
        .execute("UPDATE finding_dismissals SET reason = 'x'")
        .unwrap_err();
    assert!(refused.contains("append-only"), "{refused}");
    assert!(desk.execute("DELETE FROM finding_dismissals").is_err());
}

fn a_revision_that_changes_the_findings_words_brings_it_back(backend: Backend) {
    let (desk, id) = desk_with_a_weekday_error(backend);
    desk.run_as("ed", &["lint", "dismiss", &id, "--reason", "checked"])
        .ok();
    // Other words elsewhere: the same finding on the same words stays dismissed.
    let v2 = desk.dir.path().join("v2.txt");
    std::fs::write(&v2, DRAFT.replace("next week", "on Monday")).unwrap();
    desk.run_as("ed", &["revise", "budget", &v2.display().to_string()])
        .ok();
    assert!(!gate_codes(&desk).contains(&"finding:weekday-mismatch".to_string()));
    // The finding's own words change: it is another finding, and it holds the gate again.
    let v3 = desk.dir.path().join("v3.txt");
    std::fs::write(
        &v3,
        DRAFT
            .replace("next week", "on Monday")
            .replace("to debate the budget", "to debate the city budget"),
    )
    .unwrap();
    desk.run_as("ed", &["revise", "budget", &v3.display().to_string()])
        .ok();
    assert!(gate_codes(&desk).contains(&"finding:weekday-mismatch".to_string()));
    let lint = desk.run(&["lint", "budget", "--json"]).ok().json();
    assert!(
        lint.as_array()
            .unwrap()
            .iter()
            .all(|f| f["dismissal"].is_null())
    );
}

// SQLite only: tampers with the file through rusqlite, dropping a trigger.
#[test]
fn a_dismissal_is_in_the_hash_chain_so_an_edit_behind_the_desks_back_shows() {
    let (desk, id) = desk_with_a_weekday_error(Backend::Sqlite);
    desk.run_as("ed", &["lint", "dismiss", &id, "--reason", "checked"])
        .ok();
    desk.run(&["verify"]).ok();
    desk.sql()
        .execute_batch(
            "DROP TRIGGER finding_dismissals_append_only_u;
             UPDATE finding_dismissals SET reason = 'nobody said this';",
        )
        .unwrap();
    let verify = desk.run(&["verify", "budget"]);
    assert_eq!(verify.code, 1, "verify missed it:\n{}", verify.stdout);
    assert!(
        verify.stdout.contains("finding_dismissals"),
        "{}",
        verify.stdout
    );
}

both_backends!(
    an_editor_dismisses_a_finding_with_a_reason_and_the_gate_honours_it,
    a_revision_that_changes_the_findings_words_brings_it_back,
);
