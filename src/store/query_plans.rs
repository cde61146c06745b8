//! Every query the hot paths run (statements, queue, report, gate, check, assign and history of
//! one article, a page of the overview) is captured as the real use cases run, and asked for its
//! `EXPLAIN QUERY PLAN`: none may SCAN a table that grows with the archive. A full scan is
//! invisible on a test database and costs seconds on a newsroom's ten years, so the plan, not
//! the timing, is what is tested.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use rusqlite::trace::{TraceEvent, TraceEventCodes};

use super::Store;
use crate::checklist::Loaded;
use crate::desk::{CheckInput, Desk, Draft, IngestRequest};
use crate::model::{Reviewer, Role, Source, SourceKind, Status};
use crate::parse::Format;

/// Tables whose rows grow with every article, revision, check or hand-over.
const GROWING: &[&str] = &[
    "articles",
    "revisions",
    "statements",
    "statement_versions",
    "checks",
    "check_sources",
    "check_items",
    "check_exceptions",
    "sources",
    "assignments",
    "events",
    "findings",
];

const R1: &str = include_str!("../../seeds/cia-mexico-2026-01-17.txt");
const R2: &str = include_str!("../../seeds/revisions/cia-mexico-2026-01-17.2.txt");

/// The distinct SQL texts a desk ran while recording was on.
struct Recorder {
    on: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Recorder {
    fn install(store: &mut Store) -> Recorder {
        let on = Arc::new(AtomicBool::new(false));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (flag, sink) = (on.clone(), seen.clone());
        store
            .conn
            .sqlite_mut()
            .unwrap()
            .trace_v2(
                TraceEventCodes::SQLITE_TRACE_STMT,
                Some(move |event: TraceEvent<'_>| {
                    if let TraceEvent::Stmt(stmt, _) = event
                        && flag.load(Ordering::Relaxed)
                    {
                        let sql = stmt.sql().into_owned();
                        let mut seen = sink.lock().unwrap();
                        if !seen.contains(&sql) {
                            seen.push(sql);
                        }
                    }
                }),
            )
            .unwrap();
        Recorder { on, seen }
    }

    fn record(&self, on: bool) {
        self.on.store(on, Ordering::Relaxed);
    }

    fn queries(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

fn reviewer(handle: &str, role: Role) -> Reviewer {
    Reviewer {
        handle: handle.into(),
        name: handle.to_uppercase(),
        role,
        skills: vec!["data".into()],
        active: true,
    }
}

fn draft(text: &str) -> Draft<'_> {
    Draft {
        text,
        format: Format::Text,
        file_name: None,
        original: None,
        language: None,
    }
}

/// A desk with two revisions of an article, assignments, checks and events in every table.
fn busy_desk() -> (Desk, Recorder) {
    let mut store = Store::open_in_memory().unwrap();
    let recorder = Recorder::install(&mut store);
    let desk = Desk::new(
        store,
        chrono::Utc::now(),
        Some(crate::desk::Actor::from_cli("ed")),
    );
    desk.add_reviewer(&reviewer("ed", Role::Editor)).unwrap();
    desk.add_reviewer(&reviewer("ana", Role::Checker)).unwrap();
    let checklist = Loaded::builtin("news").unwrap();
    for slug in ["cia-mexico", "other"] {
        desk.ingest(&IngestRequest {
            writer: None,
            slug,
            desk: None,
            checklist: &checklist,
            draft: draft(R1),
        })
        .unwrap();
    }
    let ids: Vec<_> = desk
        .statements("cia-mexico", None)
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    desk.assign(&ids, "ana").unwrap();
    for id in &ids[..3] {
        check(&desk, *id);
    }
    desk.revise("cia-mexico", &draft(R2)).unwrap();
    (desk, recorder)
}

fn check(desk: &Desk, statement: crate::model::StatementId) {
    desk.check(&CheckInput {
        statement,
        status: Status::Verified,
        sources: &[Source {
            kind: SourceKind::Document,
            citation: "Annual report 2025, p. 14".into(),
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

/// The table a plan line scans in full, if it grows: `SCAN t`, `SCAN t USING INDEX i`, and `SCAN x`
/// where `x` is the query's alias for `t` (plans name tables by their alias).
fn scanned_growing_table(detail: &str, aliases: &[(String, String)]) -> Option<&'static str> {
    let rest = detail.strip_prefix("SCAN ")?;
    let name = rest.split_whitespace().next()?;
    let table = aliases
        .iter()
        .find(|(alias, _)| alias == name)
        .map_or(name, |(_, table)| table.as_str());
    GROWING.iter().copied().find(|t| *t == table)
}

/// (alias, table) for every `FROM t x` / `JOIN t x` / `FROM t AS x` of a query.
fn table_aliases(sql: &str) -> Vec<(String, String)> {
    const NOT_ALIASES: &[&str] = &[
        "WHERE", "JOIN", "LEFT", "INNER", "CROSS", "ON", "ORDER", "GROUP", "LIMIT", "USING",
    ];
    let tokens: Vec<&str> = sql
        .split(|c: char| c.is_whitespace() || "(),;".contains(c))
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = Vec::new();
    for (at, keyword) in tokens.iter().enumerate() {
        if !(keyword.eq_ignore_ascii_case("FROM") || keyword.eq_ignore_ascii_case("JOIN")) {
            continue;
        }
        let (Some(table), Some(next)) = (tokens.get(at + 1), tokens.get(at + 2)) else {
            continue;
        };
        let alias = if next.eq_ignore_ascii_case("AS") {
            tokens.get(at + 3)
        } else {
            Some(next)
        };
        if let Some(alias) = alias
            && !NOT_ALIASES.iter().any(|k| alias.eq_ignore_ascii_case(k))
        {
            out.push((alias.to_string(), table.to_string()));
        }
    }
    out
}

#[test]
fn no_hot_path_query_scans_a_growing_table() {
    let (desk, recorder) = busy_desk();
    let ids: Vec<_> = desk
        .statements("cia-mexico", None)
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    recorder.record(true);
    desk.statements("cia-mexico", None).unwrap();
    desk.queue_of("ana").unwrap();
    desk.report("cia-mexico", None).unwrap();
    desk.gate("cia-mexico", None).unwrap();
    desk.findings("cia-mexico", None).unwrap();
    desk.history(ids[0]).unwrap();
    // The overview, a page after a cursor (issue 14): a range of the slug's index.
    desk.articles_page(&crate::desk::ArticlesPage {
        desk: None,
        after: Some("a"),
        limit: Some(100),
    })
    .unwrap();
    desk.assign(&ids[3..6], "ed").unwrap();
    check(&desk, ids[4]);
    recorder.record(false);

    let queries = recorder.queries();
    assert!(
        queries.len() >= 10,
        "the recorder saw the hot paths: {queries:#?}"
    );
    let mut scans = Vec::new();
    for sql in &queries {
        let head = sql.trim_start().to_ascii_uppercase();
        if !(head.starts_with("SELECT") || head.starts_with("INSERT") || head.starts_with("WITH")) {
            continue;
        }
        let aliases = table_aliases(sql);
        let mut stmt = desk
            .store()
            .conn
            .sqlite()
            .unwrap()
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        // Unbound parameters plan the same as bound ones; NULL stands in for each.
        let nulls = vec![rusqlite::types::Null; stmt.parameter_count()];
        let details: Vec<String> = stmt
            .query_map(rusqlite::params_from_iter(nulls), |row| {
                row.get::<_, String>(3)
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for detail in details {
            if let Some(table) = scanned_growing_table(&detail, &aliases) {
                scans.push(format!("{table}: {detail}\n    in {sql}"));
            }
        }
    }
    assert!(
        scans.is_empty(),
        "full scans on hot paths:\n{}",
        scans.join("\n")
    );
}

#[test]
fn the_scan_detector_recognises_full_scans_and_nothing_else() {
    let aliases =
        table_aliases("SELECT sv.text FROM statement_versions sv JOIN checks AS c ON c.id = 1");
    assert_eq!(
        aliases,
        [
            ("sv".to_string(), "statement_versions".to_string()),
            ("c".to_string(), "checks".to_string())
        ]
    );
    assert_eq!(
        scanned_growing_table("SCAN sv", &aliases),
        Some("statement_versions")
    );
    assert_eq!(scanned_growing_table("SCAN c", &aliases), Some("checks"));
    assert_eq!(
        scanned_growing_table("SCAN events USING INDEX events_by_statement", &[]),
        Some("events")
    );
    assert_eq!(
        scanned_growing_table(
            "SEARCH c USING INDEX checks_by_statement (statement_id=?)",
            &aliases
        ),
        None
    );
    assert_eq!(scanned_growing_table("SCAN reviewers", &[]), None);
    assert_eq!(scanned_growing_table("SCAN CONSTANT ROW", &[]), None);
}

#[test]
fn a_query_without_an_index_is_caught() {
    // The detector is worth something only if SQLite reports a real scan the way it expects.
    let store = Store::open_in_memory().unwrap();
    let sql = "SELECT c.id FROM checks c WHERE c.note = ?1";
    let detail: String = store
        .conn
        .sqlite()
        .unwrap()
        .query_row(&format!("EXPLAIN QUERY PLAN {sql}"), [""], |r| r.get(3))
        .unwrap();
    assert_eq!(
        scanned_growing_table(&detail, &table_aliases(sql)),
        Some("checks"),
        "{detail}"
    );
}
