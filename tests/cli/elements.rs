//! Issue 10: nothing on the page escapes the desk. A short story with a figure in its headline,
//! deck, bullets, a label line and a caption: every figure lies in a statement, each statement
//! says where it stands, and everything else is a named element.

use super::Desk;
use crate::Backend;

pub const STORY: &str = "\
City Budget Adds $12 Million For Libraries

Branches will open 6 more hours a week, officials say.

By Jane Doe, City Hall Reporter

NORTHMERE — The council approved the budget on Tuesday by a 7-2 vote.

What the money buys:

- Police get 12 more officers
- Libraries lose $2 million
* Transit adds 3 bus routes

Parks: 40 new trees on Main Street

Photo: Mayor Ann Kerr opens the 40th library on Main Street.

(Reporting by Jane Doe; Editing by Sam Reed)
";

/// Writes `text` into the desk's folder as `name` and returns its path.
pub fn write(desk: &Desk, name: &str, text: &str) -> String {
    let path = desk.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn span_of(value: &serde_json::Value) -> (usize, usize) {
    let span = value["span"].as_array().unwrap();
    (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    )
}

// Never opens a database: the same on both backends.
#[test]
fn split_names_every_element_and_every_figure_is_in_a_statement() {
    let desk = Desk::empty();
    let file = write(&desk, "story.txt", STORY);
    let json = desk.run(&["split", &file, "--json"]).ok().json();
    let statements = json["statements"].as_array().unwrap();
    let elements = json["elements"].as_array().unwrap();

    let element_of = |needle: &str| {
        statements
            .iter()
            .find(|s| s["text"].as_str().unwrap().contains(needle))
            .unwrap_or_else(|| panic!("no statement holds {needle:?}"))["element"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(element_of("$12 Million"), "headline");
    assert_eq!(element_of("6 more hours"), "deck");
    assert_eq!(element_of("7-2 vote"), "body");
    assert_eq!(element_of("12 more officers"), "list-item");
    assert_eq!(element_of("$2 million"), "list-item");
    assert_eq!(element_of("3 bus routes"), "list-item");
    assert_eq!(element_of("40 new trees"), "body");
    assert_eq!(element_of("40th library"), "caption");

    let kinds: Vec<(&str, &str)> = elements
        .iter()
        .map(|e| (e["kind"].as_str().unwrap(), e["text"].as_str().unwrap()))
        .collect();
    for expected in [
        ("byline", "By Jane Doe, City Hall Reporter"),
        ("dateline", "NORTHMERE —"),
        ("section-heading", "What the money buys:"),
        ("list-marker", "-"),
        ("list-marker", "*"),
        ("caption-label", "Photo:"),
        ("credit", "(Reporting by Jane Doe; Editing by Sam Reed)"),
    ] {
        assert!(kinds.contains(&expected), "{expected:?} not in {kinds:?}");
    }

    // Every digit of the story lies in a statement; every non-space byte in something named.
    let statement_spans: Vec<(usize, usize)> = statements.iter().map(span_of).collect();
    let all_spans: Vec<(usize, usize)> = statement_spans
        .iter()
        .copied()
        .chain(elements.iter().map(span_of))
        .collect();
    for (at, byte) in STORY.bytes().enumerate() {
        let inside = |spans: &[(usize, usize)]| spans.iter().any(|(s, e)| (*s..*e).contains(&at));
        if byte.is_ascii_digit() {
            assert!(inside(&statement_spans), "digit at {at} outside statements");
        }
        if !byte.is_ascii_whitespace() {
            assert!(
                inside(&all_spans),
                "byte {at} ({:?}) unaccounted",
                byte as char
            );
        }
    }
}

/// The story ingested by `ed` as `budget`, every statement verified with a source, and the gate
/// READY.
fn verified_story(backend: Backend) -> Desk {
    let desk = Desk::staffed_on(backend);
    let file = write(&desk, "story.txt", STORY);
    desk.run_as("ed", &["ingest", &file, "--slug", "budget"])
        .ok();
    verify_all(&desk);
    desk
}

fn verify_all(desk: &Desk) {
    for s in desk.statements("budget") {
        if s["status"] == "verified" && s["stale"] == false {
            continue;
        }
        let id = s["id"].to_string();
        desk.verify("ed", &id, "document:City budget 2026, p. 4");
    }
    let gate = desk.run(&["gate", "budget"]);
    assert_eq!(gate.code, 0, "{}", gate.stdout);
}

fn changing_any_statement_element_after_verification_blocks_the_gate(backend: Backend) {
    let edits = [
        ("$12 Million", "$15 Million", "headline"),
        ("6 more hours", "60 more hours", "deck"),
        ("12 more officers", "120 more officers", "list-item"),
        ("$2 million", "$20 million", "list-item"),
        ("3 bus routes", "30 bus routes", "list-item"),
        ("40 new trees", "400 new trees", "body"),
        ("40th library", "41st library", "caption"),
    ];
    for (old, new, element) in edits {
        let desk = verified_story(backend);
        let file = write(&desk, "story-2.txt", &STORY.replacen(old, new, 1));
        let revise = desk
            .run_as("ed", &["revise", "budget", &file, "--json"])
            .ok()
            .json();
        assert_eq!(revise["modified"], 1, "{old} -> {new}: {revise}");
        assert_eq!(revise["stale"].as_array().unwrap().len(), 1, "{revise}");
        let stale = &revise["stale"][0];
        assert!(stale["new_text"].as_str().unwrap().contains(new));

        let changed: Vec<serde_json::Value> = desk
            .statements("budget")
            .into_iter()
            .filter(|s| s["stale"] == true)
            .collect();
        assert_eq!(changed.len(), 1, "{old} -> {new}");
        assert_eq!(changed[0]["element"], element, "{old} -> {new}");

        let gate = desk.run(&["gate", "budget", "--json"]);
        assert_eq!(gate.code, 3, "{old} -> {new}: the gate must block");
        assert!(gate.stdout.contains("\"stale\""), "{}", gate.stdout);

        let diff = desk.run(&["diff", "budget", "--json"]).ok().json();
        let modified: Vec<&serde_json::Value> = diff["changes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["change"] == "modified")
            .collect();
        assert_eq!(modified.len(), 1, "{diff}");
    }
}

fn spacing_alone_keeps_the_verification(backend: Backend) {
    let desk = verified_story(backend);
    let respaced = STORY
        .replace("7-2 vote.", "7-2 vote .")
        .replace("Main Street.", "Main Street .");
    let file = write(&desk, "story-2.txt", &respaced);
    let revise = desk
        .run_as("ed", &["revise", "budget", &file, "--json"])
        .ok()
        .json();
    assert_eq!(revise["modified"], 0, "{revise}");
    assert_eq!(revise["stale"], serde_json::json!([]));
    assert_eq!(desk.run(&["gate", "budget"]).code, 0);
}

fn a_changed_byline_or_label_blocks_until_an_editor_confirms_it(backend: Backend) {
    let desk = verified_story(backend);
    let file = write(
        &desk,
        "story-2.txt",
        &STORY.replace("By Jane Doe", "By Jane Roe"),
    );
    let revise = desk.run_as("ed", &["revise", "budget", &file]).ok().stdout;
    assert!(revise.contains("byline"), "{revise}");
    assert!(revise.contains("factdesk confirm budget"), "{revise}");

    let diff = desk.run(&["diff", "budget", "--json"]).ok().json();
    assert_eq!(diff["elements"][0]["change"], "modified", "{diff}");
    assert_eq!(diff["elements"][0]["kind"], "byline");
    assert_eq!(
        diff["elements"][0]["new_text"],
        "By Jane Roe, City Hall Reporter"
    );

    let gate = desk.run(&["gate", "budget", "--json"]);
    assert_eq!(gate.code, 3);
    assert!(gate.stdout.contains("elements-changed"), "{}", gate.stdout);
    // The reason says what holds the article; the command line adds the command that acts on it.
    assert!(!gate.stdout.contains("factdesk confirm"), "{}", gate.stdout);
    let text = desk.run(&["gate", "budget"]);
    assert!(
        text.stdout.contains("hint: `factdesk confirm budget`"),
        "{}",
        text.stdout
    );

    // Only an editor confirms; a refused confirmation writes nothing.
    let before = desk.fingerprint();
    desk.run_as("ana", &["confirm", "budget"])
        .fails_with("only an editor");
    assert_eq!(desk.fingerprint(), before);

    let confirmed = desk
        .run_as(
            "ed",
            &[
                "confirm",
                "budget",
                "--note",
                "the byline was wrong",
                "--json",
            ],
        )
        .ok()
        .json();
    assert_eq!(confirmed["stored"], true);
    assert_eq!(confirmed["confirmed_by"], "ed");
    assert_eq!(confirmed["confirmed_at"], desk.now.as_str());
    assert_eq!(confirmed["changes"][0]["kind"], "byline");
    assert_eq!(desk.run(&["gate", "budget"]).code, 0);
    let again = desk.run_as("ed", &["confirm", "budget"]).ok().stdout;
    assert!(again.contains("nothing to confirm"), "{again}");

    // A later change to a label holds the gate again.
    let file = write(
        &desk,
        "story-3.txt",
        &STORY
            .replace("By Jane Doe", "By Jane Roe")
            .replace("What the money buys:", "What the money pays for:"),
    );
    desk.run_as("ed", &["revise", "budget", &file]).ok();
    let gate = desk.run(&["gate", "budget", "--json"]);
    assert_eq!(gate.code, 3);
    assert!(gate.stdout.contains("section-heading"), "{}", gate.stdout);
    desk.run_as("ed", &["confirm", "budget"]).ok();
    assert_eq!(desk.run(&["gate", "budget"]).code, 0);
}

fn statements_filter_by_element_and_show_it(backend: Backend) {
    let desk = verified_story(backend);
    let items = desk
        .run(&["statements", "budget", "--element", "list-item", "--json"])
        .ok()
        .json();
    let texts: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "Police get 12 more officers",
            "Libraries lose $2 million",
            "Transit adds 3 bus routes"
        ]
    );
    let wrong = desk.run(&["statements", "budget", "--element", "sidebar"]);
    assert_eq!(wrong.code, 2, "a wrong element is a usage error");
    assert!(wrong.stderr.contains("list-item"), "{}", wrong.stderr);
    let show = desk.run(&["show", "budget"]).ok().stdout;
    assert!(
        show.contains("headline verified] City Budget Adds $12 Million"),
        "{show}"
    );
    let csv = desk
        .run(&["report", "budget", "--format", "csv"])
        .ok()
        .stdout;
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .split(',')
            .any(|c| c == "element"),
        "{csv}"
    );
    assert!(csv.contains(",caption"), "{csv}");
}

both_backends!(
    changing_any_statement_element_after_verification_blocks_the_gate,
    spacing_alone_keeps_the_verification,
    a_changed_byline_or_label_blocks_until_an_editor_confirms_it,
    statements_filter_by_element_and_show_it,
);
