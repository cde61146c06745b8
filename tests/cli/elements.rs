//! Issue 10: nothing on the page escapes the desk. A short story with a figure in its headline,
//! deck, bullets, a label line and a caption: every figure lies in a statement, each statement
//! says where it stands, and everything else is a named element.

use super::Desk;

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
