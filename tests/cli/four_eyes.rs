//! Four eyes (issue 17): a checklist can require two different reviewers' verifications of the
//! current words for chosen kinds; the gate holds until both have verified.

use crate::Backend;
use crate::{Desk, seed};

fn four_eyes_reasons(desk: &Desk) -> Vec<String> {
    let gate = desk.run(&["gate", "port", "--json"]).json();
    gate["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["code"] == "four-eyes")
        .flat_map(|r| r["statements"].as_array().unwrap().clone())
        .map(|id| id.to_string())
        .collect()
}

fn a_chosen_kind_needs_two_different_verifiers_of_its_current_words(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let checklist = desk.dir.path().join("four-eyes.yaml");
    std::fs::write(
        &checklist,
        "name: four-eyes\ntitle: Four eyes\ngate:\n  blocking_statuses: []\n  two_verifiers: [figure]\n",
    )
    .unwrap();
    desk.run_as(
        "ed",
        &[
            "ingest",
            &seed("wire-port-strike-2026-03-04.txt"),
            "--slug",
            "port",
            "--checklist",
            checklist.to_str().unwrap(),
        ],
    )
    .ok();
    let statements = desk.statements("port");
    let figure = statements
        .iter()
        .find(|s| s["kinds"].as_array().unwrap().iter().any(|k| k == "figure"))
        .expect("a figure statement")["id"]
        .to_string();
    let other = statements
        .iter()
        .find(|s| s["kinds"].as_array().unwrap().iter().all(|k| k != "figure"))
        .expect("a statement without a figure")["id"]
        .to_string();
    desk.run_as("ed", &["assign", &figure, &other, "--to", "ana"])
        .ok();
    desk.verify("ana", &other, "web:https://port.example/a");
    desk.verify("ana", &figure, "web:https://port.example/a");
    assert_eq!(four_eyes_reasons(&desk), std::slice::from_ref(&figure));
    // The same reviewer twice is still one pair of eyes.
    desk.verify("ana", &figure, "web:https://port.example/b");
    assert_eq!(four_eyes_reasons(&desk), std::slice::from_ref(&figure));
    // A second reviewer after a dispute: the first verification no longer counts.
    desk.run_as("ana", &["check", &figure, "--status", "disputed"])
        .ok();
    desk.verify("ed", &figure, "document:Port authority figures");
    assert_eq!(four_eyes_reasons(&desk), std::slice::from_ref(&figure));
    desk.verify("ana", &figure, "web:https://port.example/a");
    assert!(four_eyes_reasons(&desk).is_empty());
}

both_backends!(a_chosen_kind_needs_two_different_verifiers_of_its_current_words,);
