//! The stored overview equals the full computation, whatever happened to the articles.

use super::*;
use crate::checklist::Loaded;
use crate::desk::{CheckInput, Draft, IngestRequest};
use crate::model::{Reviewer, Role, Source, SourceKind, StatementId};
use crate::parse::Format;
use crate::store::Store;

const SEEDS: &[(&str, &str, Option<&str>, &str)] = &[
    (
        "cia",
        include_str!("../../seeds/cia-mexico-2026-01-17.txt"),
        Some("national"),
        "news",
    ),
    (
        "budget",
        include_str!("../../seeds/cms-city-budget-2026-05-12.md"),
        Some("metro"),
        "news",
    ),
    (
        "glacier",
        include_str!("../../seeds/feature-glacier-2026-08-30.txt"),
        None,
        "news",
    ),
    (
        "transit",
        include_str!("../../seeds/opinion-transit-2026-06-02.txt"),
        Some("metro"),
        "opinion",
    ),
    (
        "strike",
        include_str!("../../seeds/wire-port-strike-2026-03-04.txt"),
        Some("national"),
        "news",
    ),
];
const CIA_2: &str = include_str!("../../seeds/revisions/cia-mexico-2026-01-17.2.txt");
const CIA_3: &str = include_str!("../../seeds/revisions/cia-mexico-2026-01-17.3.txt");

fn draft(text: &str) -> Draft<'_> {
    let format = if text.starts_with('#') {
        Format::Markdown
    } else {
        Format::Text
    };
    Draft {
        text,
        format,
        file_name: None,
        original: None,
        language: None,
    }
}

fn ids(desk: &Desk, slug: &str) -> Vec<StatementId> {
    desk.statements(slug, None)
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect()
}

fn check(desk: &Desk, statement: StatementId, status: Status) {
    let sources = [Source {
        kind: SourceKind::Document,
        citation: "Annual report 2025, p. 14".into(),
        contact: None,
        contacted_on: None,
        confidential: None,
    }];
    // A partly-verified check leaves the statement's first word unverified.
    let excepted: Vec<String> = match status {
        Status::PartlyVerified => {
            let text = desk.statement_detail(statement).unwrap().statement.text;
            text.split_whitespace().take(1).map(String::from).collect()
        }
        _ => vec![],
    };
    desk.check(&CheckInput {
        statement,
        status,
        sources: if matches!(status, Status::Verified | Status::PartlyVerified) {
            &sources
        } else {
            &[]
        },
        note: Some("what the source says"),
        items: &[],
        excepted: &excepted,
    })
    .unwrap();
}

/// Five articles on three desks (one with none), two checklists, every status, statements made
/// stale by later revisions, and findings.
fn varied_desk() -> Desk {
    let desk = Desk::new(
        Store::open_in_memory().unwrap(),
        chrono::Utc::now(),
        Some(crate::desk::Actor::from_cli("ed")),
    );
    desk.add_reviewer(&Reviewer {
        handle: "ed".into(),
        name: "Ed".into(),
        role: Role::Editor,
        skills: vec![],
        active: true,
    })
    .unwrap();
    for (slug, text, on, checklist) in SEEDS {
        let checklist = Loaded::builtin(checklist).unwrap();
        desk.ingest(&IngestRequest {
            writer: None,
            slug,
            desk: *on,
            checklist: &checklist,
            draft: draft(text),
        })
        .unwrap();
    }
    let statuses = [
        Status::Verified,
        Status::PartlyVerified,
        Status::InProgress,
        Status::Incorrect,
        Status::Disputed,
        Status::Unverifiable,
        Status::Waived,
    ];
    for (slug, step) in [("cia", 1), ("budget", 2), ("transit", 3)] {
        for (n, id) in ids(&desk, slug).into_iter().enumerate().step_by(step) {
            check(&desk, id, statuses[n % statuses.len()]);
        }
    }
    // The cia article's checked statements change words twice: some become stale.
    desk.revise("cia", &draft(CIA_2)).unwrap();
    check(&desk, ids(&desk, "cia")[0], Status::Verified);
    desk.revise("cia", &draft(CIA_3)).unwrap();
    for id in ids(&desk, "strike") {
        check(&desk, id, Status::Verified);
    }
    desk
}

fn in_full(desk: &Desk) -> Vec<ArticleSummary> {
    let mut slugs: Vec<&str> = SEEDS.iter().map(|s| s.0).collect();
    slugs.sort();
    slugs
        .iter()
        .map(|slug| {
            desk.article_summary_in_full(&desk.article(slug).unwrap())
                .unwrap()
        })
        .collect()
}

#[test]
fn the_stored_overview_equals_the_full_computation_on_a_varied_desk() {
    let desk = varied_desk();
    let listed = desk.articles().unwrap();
    // The overview was read from stored rows, not recomputed.
    assert!(desk.store.dirty_overviews().unwrap().is_empty());
    assert!(
        desk.store
            .overview_page(&ArticlesPage::default())
            .unwrap()
            .iter()
            .all(|l| l.overview.is_some())
    );
    let full = in_full(&desk);
    assert_eq!(listed, full);
    // The desk is varied enough for the equality to mean something.
    let total = |key: &str| full.iter().map(|a| a.counts[key]).sum::<usize>();
    for status in Status::ALL {
        assert!(
            total(status.as_str()) > 0,
            "no {status} statement on the desk"
        );
    }
    assert!(total("stale") > 0, "no stale statement on the desk");
    assert!(full.iter().any(|a| a.gate.ready) || full.iter().any(|a| a.gate.reasons.len() > 1));
    assert!(full.iter().any(|a| a.revision == 3));
}

#[test]
fn pages_after_a_cursor_add_up_to_the_whole_listing_and_a_desk_filters() {
    let desk = varied_desk();
    let all = desk.articles().unwrap();
    let mut paged = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let page = desk
            .articles_page(&ArticlesPage {
                desk: None,
                after: after.as_deref(),
                limit: Some(2),
            })
            .unwrap();
        assert!(page.len() <= 2);
        let Some(last) = page.last() else { break };
        after = Some(last.slug.clone());
        paged.extend(page);
    }
    assert_eq!(paged, all);
    let metro = desk
        .articles_page(&ArticlesPage {
            desk: Some("metro"),
            after: None,
            limit: None,
        })
        .unwrap();
    let slugs: Vec<&str> = metro.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(slugs, ["budget", "transit"]);
    assert!(metro.iter().all(|a| a.desk.as_deref() == Some("metro")));
}

#[test]
fn a_missing_or_dirty_overview_row_is_computed_in_full_and_the_next_write_stores_it() {
    let desk = varied_desk();
    let full = in_full(&desk);
    // As a database migrated from before the overview: every article dirty.
    desk.store
        .write(&[], |tx| tx.mark_all_overviews_dirty())
        .unwrap();
    assert_eq!(desk.articles().unwrap(), full);
    // Any write refreshes the dirty rows in its transaction.
    check(&desk, ids(&desk, "glacier")[0], Status::Verified);
    assert!(desk.store.dirty_overviews().unwrap().is_empty());
    assert_eq!(desk.articles().unwrap(), in_full(&desk));
}

/// A desk parses each stored checklist once (the overview refresh, `revise` and the queue ask
/// for it again and again) and still gives every article the text it was stored with.
#[test]
fn each_article_gets_its_own_stored_checklist_parsed_once() {
    let desk = varied_desk();
    let article = |slug| desk.store().article_by_slug(slug).unwrap().unwrap();
    let (cia, strike, transit) = (article("cia"), article("strike"), article("transit"));
    let news = desk.article_checklist(&cia).unwrap();
    let again = desk.article_checklist(&strike).unwrap();
    assert!(
        std::sync::Arc::ptr_eq(&news, &again),
        "one parse for one stored text"
    );
    let opinion = desk.article_checklist(&transit).unwrap();
    assert_eq!(
        (news.name.as_str(), opinion.name.as_str()),
        ("news", "opinion")
    );
    for (row, parsed) in [(&cia, &news), (&transit, &opinion)] {
        let fresh = crate::checklist::parse(&row.checklist_yaml, "the stored text").unwrap();
        assert_eq!(**parsed, fresh);
    }
}

/// `articles --json` hands on the stored counts and gates as their JSON text: the bytes must
/// be those of the typed listing, whether a row is read as stored or computed in full.
#[test]
fn the_json_listing_is_the_typed_listing_byte_for_byte() {
    let desk = varied_desk();
    let both = |desk: &Desk| {
        let typed = serde_json::to_string(&desk.articles().unwrap()).unwrap();
        let listing = desk.articles_listing(&ArticlesPage::default()).unwrap();
        (typed, serde_json::to_string(&listing).unwrap())
    };
    let (typed, listing) = both(&desk);
    assert_eq!(listing, typed);
    assert!(
        typed.contains(r#""statements":[1"#),
        "gates list ids: {typed}"
    );
    // Rows marked for recomputation (a write that went around the desk) are computed in full.
    let slugs = ["cia", "transit"];
    desk.store()
        .write(&[crate::store::Intent::Desk], |tx| {
            for slug in slugs {
                tx.mark_overview_dirty(tx.article_by_slug(slug)?.unwrap().id)?;
            }
            Ok::<(), crate::store::StoreError>(())
        })
        .unwrap();
    let (typed_again, listing_again) = both(&desk);
    assert_eq!(listing_again, typed_again);
    assert_eq!(
        typed_again, typed,
        "the full computation equals the stored rows"
    );
}
