//! Partial verification (issue 17, item 4): `check ID --status partly-verified --except WORDS`
//! verifies a statement except a named part. The part must stand in the statement's words; it is
//! stored with the check and shown in `show`, `statements --json`, `history` and the report; the
//! gate holds the statement until the part is verified or an editor waives it, and a revision
//! that changes the words flags it again.

use crate::Backend;
use crate::Desk;

const PORT: &str = "The port handled 1.2 million containers in 2025, officials said.\n\nDockworkers went on strike on Monday, the union said.\n";

/// A desk with the two-statement article `port`, both statements assigned to ana.
fn port_desk(backend: Backend) -> (Desk, String, String) {
    let desk = Desk::staffed_on(backend);
    let file = desk.dir.path().join("port.txt");
    std::fs::write(&file, PORT).unwrap();
    desk.run_as(
        "ed",
        &["ingest", &file.display().to_string(), "--slug", "port"],
    )
    .ok();
    let ids: Vec<String> = desk
        .statements("port")
        .iter()
        .map(|s| s["id"].to_string())
        .collect();
    assert_eq!(ids.len(), 2);
    desk.run_as("ed", &["assign", &ids[0], &ids[1], "--to", "ana"])
        .ok();
    (desk, ids[0].clone(), ids[1].clone())
}

/// ana's partly-verified check of `id`, excepting each of `parts`.
fn partly(desk: &Desk, id: &str, parts: &[&str]) -> crate::Run {
    let mut args = vec![
        "check",
        id,
        "--status",
        "partly-verified",
        "--source",
        "data:port authority, 2025 report",
    ];
    for part in parts {
        args.extend(["--except", part]);
    }
    args.push("--json");
    desk.run_as("ana", &args)
}

fn gate(desk: &Desk) -> (crate::Run, serde_json::Value) {
    let json = desk.run(&["gate", "port", "--json"]);
    let value = json.json();
    (desk.run(&["gate", "port"]), value)
}

fn reason<'a>(gate: &'a serde_json::Value, code: &str) -> Option<&'a serde_json::Value> {
    gate["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == code)
}

fn a_partly_verified_check_keeps_its_excepted_words_and_every_view_marks_them(backend: Backend) {
    let (desk, first, _) = port_desk(backend);
    // Straight quotes and odd spacing name the article's words all the same.
    let check = partly(&desk, &first, &["1.2  million containers", "officials"])
        .ok()
        .json();
    assert_eq!(check["status"], "partly-verified");
    assert_eq!(
        check["excepted"],
        serde_json::json!(["1.2 million containers", "officials"])
    );
    let plain = desk
        .run_as(
            "ana",
            &[
                "check",
                &first,
                "--status",
                "partly-verified",
                "--source",
                "data:port authority, 2025 report",
                "--except",
                "in 2025",
            ],
        )
        .ok();
    assert!(
        plain.stdout.contains("except: \"in 2025\" (not verified)"),
        "{}",
        plain.stdout
    );
    assert_eq!(desk.count("check_exceptions"), 3);

    let statement = &desk.statements("port")[0];
    assert_eq!(statement["status"], "partly-verified");
    assert_eq!(statement["excepted"], serde_json::json!(["in 2025"]));
    assert_eq!(
        desk.statements("port")[1]["excepted"],
        serde_json::json!([])
    );

    let show = desk.run(&["show", "port"]).ok();
    assert!(
        show.stdout
            .contains(&format!("[#{first} body partly-verified]")),
        "{}",
        show.stdout
    );
    assert!(
        show.stdout.contains("containers ⟦in 2025⟧, officials"),
        "{}",
        show.stdout
    );

    let history = desk.run(&["history", &first]).ok();
    assert!(
        history
            .stdout
            .contains("except: \"1.2 million containers\", \"officials\""),
        "{}",
        history.stdout
    );
    let history = desk.run(&["history", &first, "--json"]).ok().json();
    let checks: Vec<&serde_json::Value> = history
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e.get("check"))
        .collect();
    assert_eq!(checks.len(), 2);
    assert_eq!(checks[1]["excepted"], serde_json::json!(["in 2025"]));
    // The statements filter knows the status.
    let listed = desk
        .run(&[
            "statements",
            "port",
            "--status",
            "partly-verified",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
}

fn every_refusal_says_what_to_do_and_leaves_the_database_untouched(backend: Backend) {
    let (desk, first, _) = port_desk(backend);
    let before = desk.fingerprint();
    partly(&desk, &first, &[]).fails_with("add --except");
    partly(&desk, &first, &["1.3 million"]).fails_with(&format!(
        "the excepted words \"1.3 million\" are not in statement {first}, which reads: \"The port handled 1.2 million containers in 2025, officials said.\": give --except whole words"
    ));
    partly(&desk, &first, &["contain"]).fails_with("are not in statement");
    partly(&desk, &first, &["  "]).fails_with("an excepted part needs words");
    partly(
        &desk,
        &first,
        &[
            "The port handled 1.2 million containers",
            "in 2025, officials said.",
        ],
    )
    .fails_with("cover every word of statement");
    desk.run_as(
        "ana",
        &[
            "check",
            &first,
            "--status",
            "verified",
            "--source",
            "data:port authority",
            "--except",
            "in 2025",
        ],
    )
    .fails_with("leave out --except, or record --status partly-verified");
    desk.run_as(
        "ana",
        &[
            "check",
            &first,
            "--status",
            "partly-verified",
            "--except",
            "in 2025",
        ],
    )
    .fails_with("`partly-verified` needs at least one source");
    assert_eq!(desk.fingerprint(), before);
    assert_eq!(desk.count("checks"), 0);
    assert_eq!(desk.count("check_exceptions"), 0);
}

fn the_gate_holds_a_partly_verified_statement_until_an_editor_waives_it(backend: Backend) {
    let (desk, first, second) = port_desk(backend);
    partly(&desk, &first, &["1.2 million containers"]).ok();
    desk.verify("ana", &second, "interview:union spokesman, 2026-01-16");
    let (text, json) = gate(&desk);
    assert_eq!(text.code, 3, "{}", text.stdout);
    assert_eq!(json["ready"], false);
    let held = reason(&json, "status:partly-verified").expect("the partial check holds the gate");
    assert_eq!(
        held["statements"],
        serde_json::json!([first.parse::<i64>().unwrap()])
    );
    assert_eq!(json["reasons"].as_array().unwrap().len(), 1, "{json}");
    assert!(
        text.stdout.contains(&format!(
            "hint: `factdesk check {first} --status verified --source KIND:CITATION` once the excepted part is verified, or an editor's `factdesk check {first} --status waived --note REASON`"
        )),
        "{}",
        text.stdout
    );
    // A checker may not waive; the editor may, with the reason.
    desk.run_as(
        "ana",
        &["check", &first, "--status", "waived", "--note", "minor"],
    )
    .fails_with("only an editor may waive");
    desk.run_as(
        "ed",
        &[
            "check",
            &first,
            "--status",
            "waived",
            "--note",
            "the figure is the authority's own estimate, attributed as such",
        ],
    )
    .ok();
    let (text, json) = gate(&desk);
    assert_eq!(text.code, 0, "{}", text.stdout);
    assert_eq!(json["ready"], true);
}

fn a_revision_that_changes_the_words_flags_the_partial_check_again(backend: Backend) {
    let (desk, first, second) = port_desk(backend);
    partly(&desk, &first, &["in 2025"]).ok();
    desk.verify("ana", &second, "interview:union spokesman, 2026-01-16");
    let file = desk.dir.path().join("port-2.txt");
    std::fs::write(&file, PORT.replace("1.2 million", "1.3 million")).unwrap();
    desk.run_as("ed", &["revise", "port", &file.display().to_string()])
        .ok();
    let statement = &desk.statements("port")[0];
    assert_eq!(statement["id"].to_string(), first);
    assert_eq!(statement["status"], "partly-verified");
    assert_eq!(statement["stale"], true);
    let (text, json) = gate(&desk);
    assert_eq!(text.code, 3);
    let stale = reason(&json, "stale").expect("a changed statement is stale");
    assert_eq!(
        stale["statements"],
        serde_json::json!([first.parse::<i64>().unwrap()])
    );
    // The excepted words are checked against the new words.
    partly(&desk, &first, &["1.2 million"]).fails_with("are not in statement");
    partly(&desk, &first, &["1.3 million"]).ok();
    let statement = &desk.statements("port")[0];
    assert_eq!(statement["stale"], false);
    assert_eq!(statement["excepted"], serde_json::json!(["1.3 million"]));
}

both_backends!(
    a_partly_verified_check_keeps_its_excepted_words_and_every_view_marks_them,
    every_refusal_says_what_to_do_and_leaves_the_database_untouched,
    the_gate_holds_a_partly_verified_statement_until_an_editor_waives_it,
    a_revision_that_changes_the_words_flags_the_partial_check_again,
);
