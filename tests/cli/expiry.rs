//! Facts that expire (issue 17 item 5): a checklist holds a verification of a fact that dates
//! ("currently", an age, a title) for a number of days; when publication slips past that, the
//! gate lists the lapsed checks and they return to the checker's queue until checked afresh.

use crate::{Backend, Desk};

/// Holds "currently" for a week and an age for ninety days; nothing else lapses.
const CHECKLIST: &str = "\
name: dating
title: Facts that date
expiry:
  words:
    ongoing: 7
    age: 90
";

const ARTICLE: &str = "\
Rowing Club Grows Along the River

The Riverside Rowing Club currently has 140 members.

Its captain, a 42-year-old teacher, rows every morning.

The club was founded by dock workers.
";

/// A desk with the article ingested under the dating checklist, every statement verified by
/// ana at the desk's time; the ids of the "currently", the age and the plain statement.
fn verified_desk(backend: Backend) -> (Desk, [String; 3]) {
    let desk = Desk::staffed_on(backend);
    let checklist = desk.dir.path().join("dating.yaml");
    std::fs::write(&checklist, CHECKLIST).unwrap();
    let article = desk.dir.path().join("club.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    desk.run_as(
        "ed",
        &[
            "ingest",
            article.to_str().unwrap(),
            "--slug",
            "club",
            "--checklist",
            checklist.to_str().unwrap(),
        ],
    )
    .ok();
    let statements = desk.statements("club");
    let id_of = |words: &str| {
        statements
            .iter()
            .find(|s| s["text"].as_str().unwrap().contains(words))
            .unwrap_or_else(|| panic!("no statement with {words:?}"))["id"]
            .to_string()
    };
    let ids = [id_of("currently"), id_of("42-year-old"), id_of("founded")];
    let all: Vec<String> = statements.iter().map(|s| s["id"].to_string()).collect();
    let mut assign = vec!["assign"];
    assign.extend(all.iter().map(String::as_str));
    assign.extend(["--to", "ana"]);
    desk.run_as("ed", &assign).ok();
    for id in &all {
        desk.verify("ana", id, "web:https://club.example/members");
    }
    (desk, ids)
}

fn expired_reason(desk: &Desk) -> Option<Vec<String>> {
    let gate = desk.run(&["gate", "club", "--json"]).json();
    gate["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "expired")
        .map(|r| {
            r["statements"]
                .as_array()
                .unwrap()
                .iter()
                .map(ToString::to_string)
                .collect()
        })
}

fn the_gate_blocks_on_a_lapsed_check_until_a_fresh_one_is_recorded(backend: Backend) {
    let (mut desk, [currently, age, plain]) = verified_desk(backend);
    // Checked this morning: ready, and the gate says when its first check lapses.
    desk.run(&["gate", "club"]).ok();
    let gate = desk.run(&["gate", "club", "--json"]).json();
    assert_eq!(gate["next_lapse_at"], "2026-01-24T09:00:00Z", "{gate}");

    // A second before the week is out, nothing has lapsed (the clock read in Berlin time).
    desk.now = "2026-01-24T09:59:59+01:00".into();
    desk.run(&["gate", "club"]).ok();
    assert_eq!(expired_reason(&desk), None);

    // Publication slips to the seventh day: the "currently" check lapses, the age holds; the
    // same instant in New York time is the same verdict.
    desk.now = "2026-01-24T04:00:00-05:00".into();
    assert_eq!(expired_reason(&desk), Some(vec![currently.clone()]));
    desk.now = "2026-01-24T09:00:00Z".into();
    let blocked = desk.run(&["gate", "club"]);
    assert_eq!(blocked.code, 3, "{}", blocked.stdout);
    assert!(blocked.stdout.contains("[expired]"), "{}", blocked.stdout);
    assert!(
        blocked.stdout.contains("check them again")
            && blocked
                .stdout
                .contains(&format!("`factdesk check {currently} --status verified")),
        "{}",
        blocked.stdout
    );
    assert_eq!(expired_reason(&desk), Some(vec![currently.clone()]));

    // The listing agrees, though nothing was written since its row was stored.
    let articles = desk.run(&["articles", "--json"]).json();
    assert_eq!(articles[0]["gate"]["ready"], false, "{articles}");
    assert_eq!(articles[0]["counts"]["expired"], 1, "{articles}");
    let listed = desk.run(&["articles"]).ok().stdout;
    assert!(listed.contains("blocked, 1 reason: 1 expired"), "{listed}");

    // Back in ana's queue, with why.
    let queue = desk.run_as("ana", &["queue", "--json"]).json();
    let queued: Vec<String> = queue
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["statement"]["id"].to_string())
        .collect();
    assert_eq!(queued, vec![currently.clone()]);
    let expiry = &queue[0]["statement"]["expiry"];
    assert_eq!(expiry["expired"], true);
    assert_eq!(expiry["rule"], "words:ongoing");
    assert_eq!(expiry["words"], "currently");
    assert_eq!(expiry["days"], 7);
    assert_eq!(expiry["checked_at"], "2026-01-17T09:00:00Z");
    assert_eq!(expiry["lapses_at"], "2026-01-24T09:00:00Z");
    let text = desk.run_as("ana", &["queue"]).ok().stdout;
    assert!(
        text.contains("verified EXPIRED 2026-01-24")
            && text.contains("expired: \"currently\" (words:ongoing) holds 7 day(s)"),
        "{text}"
    );

    // The statements list every expiry; the plain one has none.
    let statements = desk.statements("club");
    let of = |id: &str| {
        statements
            .iter()
            .find(|s| s["id"] == id.parse::<i64>().unwrap())
            .unwrap()
            .clone()
    };
    assert_eq!(of(&currently)["expiry"]["expired"], true);
    assert_eq!(of(&age)["expiry"]["expired"], false);
    assert_eq!(of(&age)["expiry"]["lapses_at"], "2026-04-17T09:00:00Z");
    assert!(of(&plain)["expiry"].is_null());
    let shown = desk.run(&["show", "club"]).ok().stdout;
    assert!(
        shown.contains(&format!("[#{currently} body verified EXPIRED 2026-01-24]")),
        "{shown}"
    );

    // A fresh check the next day clears it, and the next lapse is a week from then.
    desk.now = "2026-01-25T10:00:00Z".into();
    desk.verify("ana", &currently, "web:https://club.example/members-2026");
    desk.run(&["gate", "club"]).ok();
    let gate = desk.run(&["gate", "club", "--json"]).json();
    assert_eq!(gate["next_lapse_at"], "2026-02-01T10:00:00Z", "{gate}");
    let queue = desk.run_as("ana", &["queue", "--json"]).json();
    assert_eq!(queue.as_array().unwrap().len(), 0, "{queue}");
    let articles = desk.run(&["articles", "--json"]).json();
    assert_eq!(articles[0]["gate"]["ready"], true, "{articles}");
}

fn every_report_format_marks_the_lapsed_check_with_its_day(backend: Backend) {
    let (mut desk, [currently, _, _]) = verified_desk(backend);
    desk.now = "2026-02-01T12:00:00Z".into();
    let report = |format: &str| {
        desk.run(&["report", "club", "--format", format])
            .ok()
            .stdout
    };
    assert!(report("text").contains(&format!("#{currently} VERIFIED EXPIRED 2026-01-24")));
    assert!(report("md").contains("verified · **EXPIRED 2026-01-24**"));
    let html = report("html");
    assert!(html.contains("EXPIRED 2026-01-24"), "html");
    let json: serde_json::Value = serde_json::from_str(&report("json")).unwrap();
    let expired: Vec<String> = json["statements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["expiry"]["expired"] == true)
        .map(|s| s["id"].to_string())
        .collect();
    assert_eq!(expired, vec![currently.clone()]);
    assert_eq!(json["gate"]["ready"], false);
    let csv = report("csv");
    let mut rows = csv.lines();
    assert!(rows.next().unwrap().ends_with(",expired_on"), "{csv}");
    for row in rows {
        let id = row.split(',').next().unwrap();
        let expected = if id == currently { "2026-01-24" } else { "" };
        // The age statement still holds: no marker on it or the plain one.
        assert!(row.ends_with(&format!(",{expected}")), "{row}");
    }
}

fn a_published_revision_is_judged_as_of_its_publication(backend: Backend) {
    let (mut desk, _) = verified_desk(backend);
    desk.now = "2026-01-20T09:00:00Z".into();
    desk.run_as("ed", &["publish", "club"]).ok();
    // Months later, what went out is not held, and nothing comes back to the queue.
    desk.now = "2026-06-01T09:00:00Z".into();
    desk.run(&["gate", "club"]).ok();
    let queue = desk.run_as("ana", &["queue", "--json"]).json();
    assert_eq!(queue.as_array().unwrap().len(), 0, "{queue}");
}

fn a_malformed_expiry_policy_is_refused_with_its_line_and_nothing_written(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let bad = desk.dir.path().join("bad.yaml");
    std::fs::write(
        &bad,
        CHECKLIST
            .replace("ongoing: 7", "sometimes: 7")
            .replace("age: 90", "age: 0"),
    )
    .unwrap();
    let run = desk.run(&["checklist", "validate", bad.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let file = bad.display().to_string();
    assert!(
        run.stderr.contains(&format!(
            "{file}:5:5: unknown class of dating words 'sometimes' under expiry.words (expected one of: ongoing, recent, relative, age, title)"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("{file}:6:")) && run.stderr.contains("0 days is out of range"),
        "{}",
        run.stderr
    );
    let article = desk.dir.path().join("club.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let before = desk.fingerprint();
    let run = desk.run_as(
        "ed",
        &[
            "ingest",
            article.to_str().unwrap(),
            "--slug",
            "club",
            "--checklist",
            &file,
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(desk.fingerprint(), before);
}

both_backends!(
    the_gate_blocks_on_a_lapsed_check_until_a_fresh_one_is_recorded,
    every_report_format_marks_the_lapsed_check_with_its_day,
    a_published_revision_is_judged_as_of_its_publication,
    a_malformed_expiry_policy_is_refused_with_its_line_and_nothing_written,
);
