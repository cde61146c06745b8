//! Disputes and rulings (issue 17, item 2): a `disputed` check opens a dispute, only an editor
//! rules on it (keep, change, cut) with a reason, the gate follows the ruling, and the report
//! puts open disputes first and lists every ruling with who and why.

use crate::Backend;
use crate::Desk;

/// The sample article with its first two statements disputed by ana.
fn disputed_desk(backend: Backend) -> (Desk, String, String) {
    let desk = Desk::with_seed_on(backend);
    let statements = desk.statements("cia-mexico");
    let (a, b) = (
        statements[0]["id"].to_string(),
        statements[1]["id"].to_string(),
    );
    desk.run_as("ed", &["assign", &a, &b, "--to", "ana"]).ok();
    for id in [&a, &b] {
        desk.run_as(
            "ana",
            &[
                "check",
                id,
                "--status",
                "disputed",
                "--source",
                "document:Agency cable, 1961",
                "--note",
                "the cable and the memoir disagree",
            ],
        )
        .ok();
    }
    (desk, a, b)
}

fn reasons(desk: &Desk) -> Vec<serde_json::Value> {
    let report = desk
        .run(&["report", "cia-mexico", "--format", "json"])
        .ok()
        .json();
    report["gate"]["reasons"].as_array().unwrap().clone()
}

fn reason_ids(reasons: &[serde_json::Value], code: &str) -> Vec<String> {
    reasons
        .iter()
        .filter(|r| r["code"] == code)
        .flat_map(|r| r["statements"].as_array().unwrap().clone())
        .map(|id| id.to_string())
        .collect()
}

fn only_an_editor_rules_only_on_an_open_dispute_and_always_says_why(backend: Backend) {
    let (desk, a, _) = disputed_desk(backend);
    let other = desk.statements("cia-mexico")[2]["id"].to_string();
    desk.run_as("ana", &["rule", &a, "--keep", "--reason", "fine"])
        .fails_with("only an editor may rule on disputes; ana is a checker");
    desk.run_as("ed", &["rule", &other, "--keep", "--reason", "fine"])
        .fails_with(&format!(
            "statement {other} is not in dispute: its latest check is unchecked"
        ));
    desk.run_as("ed", &["rule", &a, "--keep", "--reason", " "])
        .fails_with("a ruling needs words");
    desk.run_as("ed", &["rule", &a, "--change", " ", "--reason", "x"])
        .fails_with("needs the new wording");
    desk.run_as("ed", &["rule", &a, "--keep", "--cut", "--reason", "x"])
        .usage_error("cannot be used with");
    desk.run_as("ed", &["rule", &a, "--reason", "x"])
        .usage_error("--keep");
    assert_eq!(desk.count("rulings"), 0);
    let ruling = desk
        .run_as(
            "ed",
            &[
                "rule",
                &a,
                "--keep",
                "--reason",
                "the cable is primary",
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(ruling["decision"], "keep");
    assert_eq!(ruling["ruled_by"], "ed");
    desk.run_as("ed", &["rule", &a, "--cut", "--reason", "second thoughts"])
        .fails_with("was ruled on already, by ed");
}

fn the_gate_follows_the_ruling(backend: Backend) {
    let (desk, a, b) = disputed_desk(backend);
    let before = reasons(&desk);
    assert_eq!(
        reason_ids(&before, "status:disputed"),
        [a.clone(), b.clone()]
    );

    desk.run_as(
        "ed",
        &["rule", &a, "--keep", "--reason", "the cable is primary"],
    )
    .ok();
    desk.run_as(
        "ed",
        &[
            "rule",
            &b,
            "--change",
            "Officials disagree on the date.",
            "--reason",
            "hedge it",
        ],
    )
    .ok();
    let after = reasons(&desk);
    assert!(
        reason_ids(&after, "status:disputed").is_empty(),
        "{after:?}"
    );
    assert_eq!(reason_ids(&after, "ruling:change"), [b]);
    let gate = desk.run(&["gate", "cia-mexico"]);
    assert!(
        gate.stdout.contains("Officials disagree on the date."),
        "{}",
        gate.stdout
    );
}

fn a_new_dispute_after_a_ruling_is_open_again(backend: Backend) {
    let (desk, a, _) = disputed_desk(backend);
    desk.run_as("ed", &["rule", &a, "--keep", "--reason", "ok"])
        .ok();
    desk.run_as(
        "ana",
        &[
            "check",
            &a,
            "--status",
            "disputed",
            "--note",
            "a third source now",
        ],
    )
    .ok();
    assert_eq!(reason_ids(&reasons(&desk), "status:disputed")[0], a);
    desk.run_as("ed", &["rule", &a, "--cut", "--reason", "too shaky"])
        .ok();
    assert_eq!(reason_ids(&reasons(&desk), "ruling:cut"), [a]);
}

fn the_report_puts_open_disputes_first_and_lists_every_ruling(backend: Backend) {
    let (desk, a, b) = disputed_desk(backend);
    desk.run_as(
        "ed",
        &["rule", &a, "--keep", "--reason", "the cable is primary"],
    )
    .ok();
    let text = desk.run(&["report", "cia-mexico"]).ok().stdout;
    let open = text
        .find("OPEN DISPUTES, FOR THE EDITOR'S RULING (1)")
        .unwrap_or_else(|| panic!("{text}"));
    let statements = text.find("STATEMENTS").unwrap_or(text.len());
    assert!(
        open < statements,
        "open disputes come before the statements:\n{text}"
    );
    assert!(text[open..].contains(&format!("#{b} ")), "{text}");
    assert!(text.contains("RULINGS (1)"), "{text}");
    assert!(text.contains("why: the cable is primary"), "{text}");
    let md = desk
        .run(&["report", "cia-mexico", "--format", "md"])
        .ok()
        .stdout;
    assert!(
        md.contains("## Open disputes, for the editor's ruling"),
        "{md}"
    );
    assert!(md.contains(&format!("- **#{a}** keep by ed")), "{md}");
    let html = desk
        .run(&["report", "cia-mexico", "--format", "html"])
        .ok()
        .stdout;
    let open = html
        .find("<h2>Open disputes, for the editor's ruling</h2>")
        .unwrap_or_else(|| panic!("{html}"));
    let table = html
        .find("<section class=\"statements\">")
        .unwrap_or(html.len());
    assert!(open < table, "open disputes come before the statements");
    assert!(html.contains("<h2>Rulings</h2>"), "{html}");
    assert!(html.contains("why: the cable is primary"), "{html}");
    let json = desk
        .run(&["report", "cia-mexico", "--format", "json"])
        .ok()
        .json();
    assert_eq!(
        json["disputes"][0]["statement"].to_string(),
        b,
        "open first"
    );
    assert_eq!(
        json["disputes"][1]["ruling"]["reason"],
        "the cable is primary"
    );
    assert_eq!(json["rulings"].as_array().unwrap().len(), 1);
    let history = desk.run(&["history", &a, "--json"]).ok().json();
    assert!(
        history
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["event"] == "ruling" && e["new_text"] == "the cable is primary"),
        "{history}"
    );
    desk.run(&["verify", "cia-mexico"]).ok();
    let err = desk.execute("UPDATE rulings SET reason = 'x'").unwrap_err();
    assert!(err.contains("append-only"), "{err}");
}

both_backends!(
    the_report_puts_open_disputes_first_and_lists_every_ruling,
    only_an_editor_rules_only_on_an_open_dispute_and_always_says_why,
    the_gate_follows_the_ruling,
    a_new_dispute_after_a_ruling_is_open_again,
);
