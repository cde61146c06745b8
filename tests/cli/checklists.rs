//! The desk's rules as YAML, and the automatic checks they run.

use crate::Backend;
use crate::{Desk, seed};

// SQLite only: proves no SQLite file is created.
#[test]
fn checklist_validate_reports_file_line_and_column_and_writes_nothing() {
    let desk = Desk::empty();
    let good = desk.dir.path().join("desk.yaml");
    let news = desk.run(&["checklist", "show", "news"]).ok().stdout;
    std::fs::write(&good, &news).unwrap();
    let run = desk
        .run(&["checklist", "validate", &good.display().to_string()])
        .ok();
    assert!(
        run.stdout.contains("valid checklist 'news'"),
        "{}",
        run.stdout
    );

    let bad = desk.dir.path().join("bad.yaml");
    std::fs::write(&bad, news.replacen("quote:", "rumour:", 1)).unwrap();
    let run = desk.run(&["checklist", "validate", &bad.display().to_string()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("bad.yaml:") && run.stderr.contains("unknown kind 'rumour'"),
        "{}",
        run.stderr
    );
    let line_col = run.stderr.split("bad.yaml:").nth(1).unwrap();
    let mut parts = line_col.split(':');
    assert!(
        parts.next().unwrap().parse::<u32>().is_ok()
            && parts.next().unwrap().parse::<u32>().is_ok(),
        "{}",
        run.stderr
    );
    assert!(!desk.db().exists(), "validation never writes");

    let syntax = desk.dir.path().join("syntax.yaml");
    std::fs::write(&syntax, "name: x\ntitle: [unclosed\n").unwrap();
    let run = desk.run(&["checklist", "validate", &syntax.display().to_string()]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("syntax.yaml:"), "{}", run.stderr);
}

// Never opens a database: the same on both backends.
#[test]
fn checklist_validate_reports_every_error_with_file_line_and_column() {
    let desk = Desk::empty();
    let news = desk.run(&["checklist", "show", "news"]).ok().stdout;
    let bad = desk.dir.path().join("bad.yaml");
    let text = news
        .replacen("  place:", "  rumour:", 1)
        .replacen("required: true", "required: maybe", 3)
        .replacen("block_stale: true", "block_stale: sometimes", 1);
    std::fs::write(&bad, &text).unwrap();
    let run = desk.run(&["checklist", "validate", &bad.display().to_string()]);
    assert_eq!(run.code, 1);
    let lines: Vec<&str> = run.stderr.lines().collect();
    let placed: Vec<&&str> = lines
        .iter()
        .filter(|l| {
            let mut parts = l.split("bad.yaml:").nth(1).unwrap_or("").split(':');
            parts.next().is_some_and(|n| n.parse::<u32>().is_ok())
                && parts.next().is_some_and(|n| n.parse::<u32>().is_ok())
        })
        .collect();
    // The kind, three `required` values under quote, and block_stale.
    assert_eq!(placed.len(), 5, "{}", run.stderr);
    assert!(
        run.stderr.contains("unknown kind 'rumour'"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("block_stale"), "{}", run.stderr);
    assert!(run.stderr.contains("maybe"), "{}", run.stderr);
    assert!(
        lines
            .last()
            .unwrap()
            .contains(&format!("{} problems", placed.len())),
        "{}",
        run.stderr
    );
}

fn ingest_with_a_malformed_checklist_is_refused_and_the_database_untouched(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let bad = desk.dir.path().join("desk.yaml");
    std::fs::write(&bad, "name: desk\ntitle: Desk\nbogus: 1\n").unwrap();
    let before = desk.fingerprint();
    let run = desk.run_as(
        "ed",
        &[
            "ingest",
            &seed("cia-mexico-2026-01-17.txt"),
            "--slug",
            "x",
            "--checklist",
            &bad.display().to_string(),
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("desk.yaml:3:"), "{}", run.stderr);
    assert_eq!(desk.fingerprint(), before);
    desk.run_as(
        "ed",
        &[
            "ingest",
            &seed("cia-mexico-2026-01-17.txt"),
            "--slug",
            "x",
            "--checklist",
            "gossip",
        ],
    )
    .fails_with("unknown checklist 'gossip'");
}

fn a_desk_checklist_file_is_stored_with_the_article(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let own = desk.dir.path().join("metro.yaml");
    let news = desk.run(&["checklist", "show", "news"]).ok().stdout;
    std::fs::write(&own, news.replacen("name: news", "name: metro", 1)).unwrap();
    desk.run_as(
        "ed",
        &[
            "ingest",
            &seed("wire-port-strike-2026-03-04.txt"),
            "--slug",
            "strike",
            "--checklist",
            &own.display().to_string(),
        ],
    )
    .ok();
    std::fs::remove_file(&own).unwrap();
    let articles = desk.run(&["articles", "--json"]).ok().json();
    assert_eq!(articles[0]["checklist"], "metro");
    // Reports and the gate still work after the file is gone: the checklist was stored.
    desk.run(&["report", "strike", "--format", "json"]).ok();
}

/// Ingests a seed and returns its findings as JSON and the rules they come from.
fn ingest_and_lint(desk: &Desk, file: &str, slug: &str) -> (serde_json::Value, Vec<String>) {
    desk.run_as("ed", &["ingest", &seed(file), "--slug", slug])
        .ok();
    let findings = desk.run(&["lint", slug, "--json"]).ok().json();
    let rules = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    (findings, rules)
}

fn lint_runs_on_ingest_and_finds_the_planted_mistakes(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let (findings, rules) = ingest_and_lint(&desk, "wire-port-strike-2026-03-04.txt", "strike");
    let rules: Vec<&str> = rules.iter().map(String::as_str).collect();
    assert!(
        rules.contains(&"weekday-mismatch"),
        "Monday, March 3, 2026 was a Tuesday: {rules:?}"
    );
    assert!(rules.contains(&"unbalanced-quotes"), "{rules:?}");
    assert!(rules.contains(&"anonymous-sourcing"), "{rules:?}");
    let weekday = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "weekday-mismatch")
        .unwrap();
    assert_eq!(weekday["level"], "error");
    assert!(
        !weekday["statements"].as_array().unwrap().is_empty(),
        "attached to a statement"
    );

    // An error-level finding holds the gate.
    let gate = desk.run(&["gate", "strike", "--json"]);
    assert_eq!(gate.code, 3);
    assert!(
        gate.stdout.contains("finding:weekday-mismatch"),
        "{}",
        gate.stdout
    );

    let (_, rules) = ingest_and_lint(&desk, "feature-glacier-2026-08-30.txt", "glacier");
    let rules: Vec<&str> = rules.iter().map(String::as_str).collect();
    for planted in [
        "name-variants",
        "acronym-before-definition",
        "quantity-mismatch",
    ] {
        assert!(
            rules.contains(&planted),
            "the feature's planted {planted} is found: {rules:?}"
        );
    }
}

fn checklist_items_are_ticked_shown_in_the_queue_and_required_by_the_gate(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let article = desk.dir.path().join("figure.txt");
    std::fs::write(
        &article,
        "The city budget rose 4.5% to $11.42 billion this year.\n",
    )
    .unwrap();
    desk.run_as(
        "ed",
        &[
            "ingest",
            &article.display().to_string(),
            "--slug",
            "budget",
            "--checklist",
            "investigation",
        ],
    )
    .ok();
    let statement = &desk.statements("budget")[0];
    let id = statement["id"].to_string();
    assert!(
        statement["kinds"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k == "figure"),
        "{statement}"
    );
    desk.run_as("ed", &["assign", &id, "--to", "ana"]).ok();

    let queue = desk.run_as("ana", &["queue", "--json"]).ok().json();
    let items: Vec<(String, bool)> = queue[0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_string(),
                i["required"].as_bool().unwrap(),
            )
        })
        .collect();
    assert!(
        items.iter().any(|(_, required)| *required),
        "investigation requires some items: {items:?}"
    );

    desk.run_as(
        "ana",
        &[
            "check",
            &id,
            "--status",
            "verified",
            "--source",
            "document:Budget 2026, p. 4",
            "--item",
            "no-such-item",
        ],
    )
    .fails_with("unknown checklist item(s) no-such-item");
    desk.verify("ana", &id, "document:Budget 2026, p. 4");
    let gate = desk.run(&["gate", "budget", "--json"]);
    assert_eq!(gate.code, 3);
    assert!(gate.stdout.contains("missing-items"), "{}", gate.stdout);

    let required: Vec<&str> = items
        .iter()
        .filter(|(_, r)| *r)
        .map(|(id, _)| id.as_str())
        .collect();
    let mut args = vec![
        "check",
        &id,
        "--status",
        "verified",
        "--source",
        "document:Budget 2026, p. 4",
    ];
    for item in &required {
        args.extend(["--item", item]);
    }
    desk.run_as("ana", &args).ok();
    let gate = desk.run(&["gate", "budget", "--json"]);
    assert!(!gate.stdout.contains("missing-items"), "{}", gate.stdout);
}

both_backends!(
    ingest_with_a_malformed_checklist_is_refused_and_the_database_untouched,
    a_desk_checklist_file_is_stored_with_the_article,
    lint_runs_on_ingest_and_finds_the_planted_mistakes,
    checklist_items_are_ticked_shown_in_the_queue_and_required_by_the_gate,
);
