//! Each page drawn from a real desk (in memory): what it must show, and hostile text shown as
//! text. The HTTP routes are tested in `tests/web/`; the browser flow in `tests/web/browser.rs`.

use super::view::Chrome;
use super::*;
use crate::checklist::Loaded;
use crate::desk::{Actor, CheckInput, Desk, Draft, IngestRequest};
use crate::model::{Reviewer, Role, Source, SourceKind, StatementId, Status};
use crate::parse::Format;
use crate::store::{Access, Store};

const CIA_1: &str = include_str!("../../../seeds/cia-mexico-2026-01-17.txt");
const CIA_2: &str = include_str!("../../../seeds/revisions/cia-mexico-2026-01-17.2.txt");

const HOSTILE: &str = "Officials said <script>alert(1)</script> the plan cost $2 billion in 2025.\n\nThe mayor <img src=x onerror=alert(2)> said it was the largest ever.\n";

fn draft(text: &str) -> Draft<'_> {
    Draft {
        text,
        format: Format::Text,
        file_name: None,
        original: None,
        language: None,
    }
}

fn reviewer(handle: &str, role: Role) -> Reviewer {
    Reviewer {
        handle: handle.into(),
        name: format!("Name of {handle}"),
        role,
        skills: vec![],
        active: true,
    }
}

/// A desk with an editor `ed`, a checker `cy`, the cia article (checked, then revised so some
/// checks are stale) and a hostile article; the store is shared through a file so that desks
/// for both reviewers see it.
struct Fixture {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    /// Seconds since the fixture's first moment: each desk made is a second later.
    tick: std::cell::Cell<i64>,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("desk.db");
        let fixture = Fixture {
            _dir: dir,
            path,
            tick: Default::default(),
        };
        let ed = fixture.desk("ed");
        ed.add_reviewer(&reviewer("ed", Role::Editor)).unwrap();
        ed.add_reviewer(&reviewer("cy", Role::Checker)).unwrap();
        let news = Loaded::builtin("news").unwrap();
        for (slug, text) in [("cia", CIA_1), ("hostile", HOSTILE)] {
            ed.ingest(&IngestRequest {
                slug,
                desk: Some("national"),
                writer: None,
                checklist: &news,
                draft: draft(text),
            })
            .unwrap();
        }
        let cia = ed.statements("cia", None).unwrap();
        let all: Vec<StatementId> = cia.iter().map(|s| s.id).collect();
        ed.assign(&all, "cy").unwrap();
        let hostile: Vec<StatementId> = ed
            .statements("hostile", None)
            .unwrap()
            .iter()
            .map(|s| s.id)
            .collect();
        ed.assign(&hostile, "cy").unwrap();
        let cy = fixture.desk("cy");
        for statement in &cia {
            cy.check(&CheckInput {
                statement: statement.id,
                status: Status::Verified,
                sources: &[Source {
                    kind: SourceKind::Document,
                    citation: "Annual report, p. 4".into(),
                    contact: None,
                    contacted_on: None,
                    confidential: None,
                }],
                note: None,
                items: &[],
                excepted: &[],
            })
            .unwrap();
        }
        cy.check(&CheckInput {
            statement: hostile[0],
            status: Status::Disputed,
            sources: &[Source {
                kind: SourceKind::Document,
                citation: "javascript:alert(3)".into(),
                contact: Some("<b>Ana</b>".into()),
                contacted_on: None,
                confidential: None,
            }],
            note: Some("<script>alert(4)</script>"),
            items: &[],
            excepted: &[],
        })
        .unwrap();
        fixture.desk("ed").revise("cia", &draft(CIA_2)).unwrap();
        fixture
    }

    fn desk(&self, handle: &str) -> Desk {
        let store = Store::open(&self.path, Access::Create).unwrap();
        self.tick.set(self.tick.get() + 1);
        let start = chrono::DateTime::parse_from_rfc3339("2026-03-01T10:00:00Z").unwrap();
        let now = start.to_utc() + chrono::Duration::seconds(self.tick.get());
        Desk::new(store, now, Some(Actor::from_cli(handle)))
    }

    fn chrome(&self, handle: &str) -> Chrome {
        let reviewer = self.desk(handle).reviewer_named(handle).unwrap();
        Chrome::new(Some(reviewer), "the-csrf-token", "")
    }
}

/// No markup from the database survives: the hostile words are there as text.
fn assert_inert(html: &str) {
    let lower = html.to_lowercase();
    for bad in [
        "<script>alert",
        "<img src=x",
        "<b>ana</b>",
        "href=\"javascript:",
    ] {
        assert!(!lower.contains(bad), "{bad} in the page");
    }
}

/// `text` is in the page, escaped by the project's one escaper.
fn shows_as_text(html: &str, text: &str) -> bool {
    html.contains(&crate::report::escape::escaped(text))
}

#[test]
fn the_queue_shows_stale_statements_with_their_word_diff_and_a_form_with_the_token() {
    let f = Fixture::new();
    let html = queue::render(&f.desk("cy"), f.chrome("cy")).unwrap();
    assert!(
        html.contains("Changed since its last check"),
        "no stale card"
    );
    assert!(
        html.contains("<del>") && html.contains("<ins>"),
        "no word diff"
    );
    assert!(html.contains("name=\"csrf\" value=\"the-csrf-token\""));
    assert!(html.contains("data-queue"));
    assert_inert(&html);
    // The hostile article's words are in the queue as text.
    assert!(shows_as_text(&html, "<img src=x onerror=alert(2)>"));
}

#[test]
fn every_page_draws_and_keeps_hostile_text_inert() {
    let f = Fixture::new();
    let ed = f.desk("ed");
    let hostile = ed.statements("hostile", None).unwrap();
    let pages = [
        article::render(&ed, f.chrome("ed"), "hostile").unwrap(),
        article::render(&ed, f.chrome("ed"), "cia").unwrap(),
        statement::render(&ed, f.chrome("ed"), hostile[0].id).unwrap(),
        diff::render(&ed, f.chrome("ed"), "cia", Some(1), Some(2)).unwrap(),
        overview::render(&ed, f.chrome("ed"), None, None).unwrap(),
        report::render(&ed, f.chrome("ed"), "cia").unwrap(),
        upload::render(&ed, f.chrome("ed"), "cia", None).unwrap(),
        login::render(Chrome::new(None, "t", ""), None, "/queue", "").unwrap(),
    ];
    for html in &pages {
        assert_inert(html);
        assert!(html.starts_with("<!DOCTYPE html>"));
    }
    let statement_page = &pages[2];
    assert!(shows_as_text(statement_page, "javascript:alert(3)"));
    assert!(shows_as_text(statement_page, "<script>alert(4)</script>"));
    assert!(shows_as_text(statement_page, "<b>Ana</b>"));
}
