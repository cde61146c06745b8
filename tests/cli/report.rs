//! The verification report in every format, and the gate that must agree with it.

use crate::Backend;
use crate::{Desk, seed};

fn checked_desk(backend: Backend) -> Desk {
    let desk = Desk::with_seed_on(backend);
    desk.run_as("ed", &["assign", "cia-mexico", "--auto"]).ok();
    let statements = desk.statements("cia-mexico");
    for s in statements.iter().take(6) {
        let id = s["id"].to_string();
        let who = s["assignee"].as_str().unwrap().to_string();
        desk.run_as(
            &who,
            &[
                "check",
                &id,
                "--status",
                "verified",
                "--source",
                "web:https://www.justice.gov/opa",
            ],
        )
        .ok();
    }
    let seventh = statements[6]["id"].to_string();
    desk.run_as(
        "ed",
        &[
            "check",
            &seventh,
            "--status",
            "incorrect",
            "--note",
            "The DOJ did not confirm; it declined to comment.",
        ],
    )
    .ok();
    desk
}

fn every_format_renders_the_seed_report_at_every_stage(backend: Backend) {
    let desk = checked_desk(backend);
    for stage in 1..=2 {
        if stage == 2 {
            desk.run_as(
                "ed",
                &[
                    "revise",
                    "cia-mexico",
                    &seed("revisions/cia-mexico-2026-01-17.2.txt"),
                ],
            )
            .ok();
        }
        let statements = desk.statements("cia-mexico");
        let json = desk
            .run(&["report", "cia-mexico", "--format", "json"])
            .ok()
            .json();
        assert_eq!(json["schema_version"], 1);
        assert_eq!(json["article"], "cia-mexico");
        assert_eq!(json["revision"], stage);
        assert_eq!(
            json["statements"].as_array().unwrap().len(),
            statements.len()
        );
        assert_eq!(
            json["counts"]["total"].as_u64().unwrap() as usize,
            statements.len()
        );
        assert_eq!(json["counts"]["incorrect"], 1);
        assert_eq!(
            json["changes"].is_null(),
            stage == 1,
            "changes only after a revision"
        );
        for field in [
            "generated_at",
            "gate",
            "counts",
            "progress",
            "reviewers",
            "findings",
        ] {
            assert!(json.get(field).is_some(), "report JSON lacks {field}");
        }

        let text = desk.run(&["report", "cia-mexico"]).ok().stdout;
        assert!(text.contains("GATE: BLOCKED"), "{text}");
        assert!(
            text.lines().all(|l| l.chars().count() <= 80),
            "text fits 80 columns"
        );
        assert!(text.contains("The DOJ did not confirm; it declined to comment."));

        let md = desk
            .run(&["report", "cia-mexico", "--format", "md"])
            .ok()
            .stdout;
        assert!(md.starts_with("# "), "{md}");

        let csv = desk
            .run(&["report", "cia-mexico", "--format", "csv"])
            .ok()
            .stdout;
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        assert_eq!(
            reader.records().count(),
            statements.len(),
            "one CSV row per statement"
        );

        let html = desk
            .run(&["report", "cia-mexico", "--format", "html"])
            .ok()
            .stdout;
        assert!(html.contains("<!DOCTYPE html>") || html.contains("<!doctype html>"));
        assert!(!html.contains("<script"), "no scripts in the report");
    }
}

fn the_gate_and_the_report_agree(backend: Backend) {
    let desk = checked_desk(backend);
    let report = desk
        .run(&["report", "cia-mexico", "--format", "json"])
        .ok()
        .json();
    let gate = desk.run(&["gate", "cia-mexico", "--json"]);
    assert_eq!(gate.code, 3);
    assert_eq!(gate.json(), report["gate"]);
    assert!(gate.stdout.contains("status:incorrect"));
}

fn reports_are_reproducible_but_for_the_time_they_were_made(backend: Backend) {
    let mut desk = checked_desk(backend);
    let first = desk
        .run(&["report", "cia-mexico", "--format", "json"])
        .ok()
        .stdout;
    let again = desk
        .run(&["report", "cia-mexico", "--format", "json"])
        .ok()
        .stdout;
    assert_eq!(first, again, "same database, same bytes");
    desk.now = "2026-01-18T08:00:00Z".into();
    let later = desk
        .run(&["report", "cia-mexico", "--format", "json"])
        .ok()
        .stdout;
    let differing: Vec<(&str, &str)> = first
        .lines()
        .zip(later.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(differing.len(), 1, "{differing:?}");
    assert!(differing[0].0.contains("generated_at"));
}

fn hostile_article_text_and_sources_render_inert_in_html(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let path = desk.dir.path().join("hostile.txt");
    std::fs::write(
        &path,
        "The mayor said <script>document.title='PWNED'</script> the budget rose 4%.\n\n\
         Officials said <img src=x onerror=\"document.title='PWNED'\"> it was approved on Tuesday.\n",
    )
    .unwrap();
    desk.run_as(
        "ed",
        &["ingest", &path.display().to_string(), "--slug", "hostile"],
    )
    .ok();
    let id = desk.statements("hostile")[0]["id"].to_string();
    desk.run_as(
        "ed",
        &[
            "check",
            &id,
            "--status",
            "verified",
            "--source",
            "document:javascript:alert(1)",
            "--note",
            "<b>bold</b>",
        ],
    )
    .ok();
    let html = desk
        .run(&["report", "hostile", "--format", "html"])
        .ok()
        .stdout;
    assert!(!html.contains("<script"), "script tag escaped");
    assert!(!html.contains("<img"), "img tag escaped");
    assert!(!html.contains("onerror="), "event handler escaped");
    assert!(!html.contains("<b>bold</b>"), "notes escaped");
    assert!(
        !html.to_lowercase().contains("href=\"javascript:"),
        "javascript: never a link"
    );
    assert!(
        html.contains("&lt;script&gt;"),
        "the text is still shown, as text"
    );
}

fn report_writes_to_a_file_with_o(backend: Backend) {
    let desk = checked_desk(backend);
    let out = desk.dir.path().join("report.html");
    desk.run(&[
        "report",
        "cia-mexico",
        "--format",
        "html",
        "-o",
        &out.display().to_string(),
    ])
    .ok();
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("cia-mexico"));
    desk.run(&["report", "cia-mexico", "--format", "pdf"])
        .usage_error("invalid value 'pdf' for '--format <FORMAT>'");
}

both_backends!(
    every_format_renders_the_seed_report_at_every_stage,
    the_gate_and_the_report_agree,
    reports_are_reproducible_but_for_the_time_they_were_made,
    hostile_article_text_and_sources_render_inert_in_html,
    report_writes_to_a_file_with_o,
);
