//! Command-line conventions (issue 12, items 9 to 16): ids as printed, formats from file names,
//! closed values as usage errors, source hints, help on every argument, completions and man.

use crate::Backend;
use crate::Desk;

/// The id of the first statement of the sample carrying `kind`, and one carrying none of `not`.
fn id_with_kind(desk: &Desk, kind: &str, not: &str) -> String {
    desk.statements("cia-mexico")
        .iter()
        .find(|s| {
            let kinds = s["kinds"].as_array().unwrap();
            kinds.iter().any(|k| k == kind) && !kinds.iter().any(|k| k == not)
        })
        .map(|s| s["id"].to_string())
        .unwrap_or_else(|| panic!("no {kind} statement without {not}"))
}

fn ids_are_accepted_as_printed_with_a_hash(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let id = desk.statements("cia-mexico")[0]["id"].to_string();
    let printed = format!("#{id}");
    desk.run_as("ed", &["assign", &printed, "--to", "ana"]).ok();
    desk.run_as("ana", &["check", &printed, "--status", "in-progress"])
        .ok();
    let history = desk.run(&["history", &printed, "--json"]).ok().json();
    assert!(
        history
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["event"] == "check"),
        "{history}"
    );
    desk.run_as("ed", &["unassign", &printed]).ok();
    desk.run_as("ed", &["check", "#x", "--status", "in-progress"])
        .usage_error("'#x' is not a statement id");
}

fn report_format_follows_the_output_extension_and_a_mismatch_is_refused(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let path = |name: &str| desk.dir.path().join(name).display().to_string();
    desk.run(&["report", "cia-mexico", "-o", &path("r.html")])
        .ok();
    let html = std::fs::read_to_string(path("r.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..80]);
    desk.run(&["report", "cia-mexico", "-o", &path("r.json")])
        .ok();
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path("r.json")).unwrap()).unwrap();
    assert_eq!(json["article"], "cia-mexico");
    desk.run(&["report", "cia-mexico", "-o", &path("r.md")])
        .ok();
    assert!(
        std::fs::read_to_string(path("r.md"))
            .unwrap()
            .starts_with("# ")
    );
    desk.run(&[
        "report",
        "cia-mexico",
        "--format",
        "text",
        "-o",
        &path("x.html"),
    ])
    .fails_with("--format text does not match the file name");
    assert!(!std::path::Path::new(&path("x.html")).exists());
    // A name that says no format keeps the default (text) or the one asked for.
    desk.run(&[
        "report",
        "cia-mexico",
        "--format",
        "csv",
        "-o",
        &path("r.out"),
    ])
    .ok();
    assert!(
        std::fs::read_to_string(path("r.out"))
            .unwrap()
            .starts_with("id,")
    );
}

fn an_unknown_assignee_is_an_error_listing_the_handles(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    desk.run(&["statements", "cia-mexico", "--assignee", "nobody"])
        .fails_with("unknown reviewer 'nobody' (reviewers: ana, bo, ed)");
    desk.run(&["statements", "cia-mexico", "--assignee", "none"])
        .ok();
    desk.run(&["statements", "cia-mexico", "--assignee", "ana"])
        .ok();
}

fn closed_values_are_usage_errors_and_help_lists_them(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let before = desk.fingerprint();
    desk.run_as(
        "ed",
        &["reviewer", "add", "dee", "--name", "Dee", "--role", "boss"],
    )
    .usage_error("[possible values: checker, editor, writer]");
    assert_eq!(desk.fingerprint(), before);
    let help = desk.run(&["reviewer", "add", "--help"]).ok().stdout;
    assert!(
        help.contains("[possible values: checker, editor, writer]"),
        "{help}"
    );
    let help = desk.run(&["check", "--help"]).ok().stdout;
    assert!(
        help.contains(
            "[possible values: in-progress, verified, partly-verified, incorrect, disputed, unverifiable, waived]"
        ),
        "{help}"
    );
    let help = desk.run(&["report", "--help"]).ok().stdout;
    assert!(
        help.contains("[possible values: text, md, html, json, csv, claimreview]"),
        "{help}"
    );
    desk.run(&["statements", "x", "--status", "done"])
        .usage_error("stale");
    desk.run(&["checklist", "show", "nope"])
        .usage_error("[possible values: news, investigation, opinion]");
    let help = desk.run(&["split", "--help"]).ok().stdout;
    for listed in [
        "[possible values: text, md, html, docx]",
        "[possible values: en, es, fr, de, pt, sv]",
    ] {
        assert!(help.contains(listed), "{listed}: {help}");
    }
    // The lenient spellings the readers take stay accepted.
    let file = crate::seed("cia-mexico-2026-01-17.txt");
    desk.run(&["split", &file, "--lang", "English", "--format", "txt"])
        .ok();
}

fn sources_get_hints_and_web_sources_must_be_urls(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let id = desk.statements("cia-mexico")[0]["id"].to_string();
    desk.run_as("ed", &["assign", &id, "--to", "ana"]).ok();
    let check = |source: &str| {
        desk.run_as(
            "ana",
            &["check", &id, "--status", "verified", "--source", source],
        )
    };
    check("https://x.com/a").fails_with("a web page is written web:https://x.com/a");
    check("web:not a url").fails_with("a web source must be an http:// or https:// address");
    assert_eq!(desk.count("checks"), 0);
    check("web:https://x.com/a").ok();
}

fn an_item_for_other_kinds_is_named_as_such_with_the_applicable_ones(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let id = id_with_kind(&desk, "date", "quote");
    desk.run_as(
        "ed",
        &[
            "check",
            &id,
            "--status",
            "in-progress",
            "--item",
            "quote-verbatim",
        ],
    )
    .fails_with("quote-verbatim exist but not for statement");
    let run = desk.run_as(
        "ed",
        &[
            "check",
            &id,
            "--status",
            "in-progress",
            "--item",
            "quote-verbatim",
        ],
    );
    assert!(run.stderr.contains("date-correct"), "{}", run.stderr);
    desk.run_as(
        "ed",
        &["check", &id, "--status", "in-progress", "--item", "no-such"],
    )
    .fails_with("unknown checklist item(s) no-such");
}

// Never opens a database: the same on both backends.
#[test]
fn help_shows_no_empty_environment_values() {
    let desk = Desk::empty();
    let help = desk.run(&["--help"]).ok().stdout;
    assert!(!help.contains("FACTDESK_USER="), "{help}");
    assert!(help.contains("[env: FACTDESK_USER]"), "{help}");
}

// Never opens a database: the same on both backends.
#[test]
fn completions_for_each_shell_and_a_man_page() {
    let desk = Desk::empty();
    for shell in ["bash", "zsh", "fish"] {
        let script = desk.run(&["completions", shell]).ok().stdout;
        for word in ["reviewer", "checklist", "completions", "status"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    // bash reads its script without a syntax error.
    let script = desk.dir.path().join("factdesk.bash");
    std::fs::write(&script, desk.run(&["completions", "bash"]).ok().stdout).unwrap();
    let bash = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .output()
        .unwrap();
    assert!(
        bash.status.success(),
        "{}",
        String::from_utf8_lossy(&bash.stderr)
    );
    desk.run(&["completions", "tcsh"])
        .usage_error("[possible values: bash, zsh, fish]");

    let man = desk.run(&["man"]).ok().stdout;
    assert!(
        man.starts_with(".ie \\n(.g") || man.contains(".TH factdesk"),
        "{}",
        &man[..200]
    );
    for section in [
        "FACTDESK CHECK",
        "FACTDESK REPORT",
        "\\-\\-status",
        "\\-\\-source",
    ] {
        assert!(man.contains(section), "man lacks {section}");
    }
}

both_backends!(
    ids_are_accepted_as_printed_with_a_hash,
    report_format_follows_the_output_extension_and_a_mismatch_is_refused,
    an_unknown_assignee_is_an_error_listing_the_handles,
    closed_values_are_usage_errors_and_help_lists_them,
    sources_get_hints_and_web_sources_must_be_urls,
    an_item_for_other_kinds_is_named_as_such_with_the_applicable_ones,
);
