//! The store's own tests, on both backends (issue 15: "the store's tests and the command-line
//! integration tests run against both backends"): the write transaction rolls back when dropped,
//! on an error and on a panic, commits sealed, returns the rows' ids, chains every row of every
//! chained table once; a check's sources and excepted parts round-trip. Each test runs on an
//! SQLite file and on a PostgreSQL database of its own, through the library's public store API
//! (not the command line), with this crate's harness (`backends.rs`, `pg.rs`).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use factdesk::model::{Reviewer, RevisionId, Role, Source, SourceKind, StatementId, Status};
use factdesk::store::{
    Access, Intent, Location, NewArticle, NewCheck, NewRevision, Result, Store, StoreError, Tx,
};

use crate::{Backend, pg};

/// The database under a test's store, read and written directly to prove what it refuses.
enum Raw {
    /// The file, and the folder that holds it while the test runs.
    Sqlite(PathBuf, #[allow(dead_code)] tempfile::TempDir),
    Postgres(pg::Database),
}

impl Raw {
    /// The database's error message, if it refuses `sql`.
    fn execute(&self, sql: &str) -> std::result::Result<(), String> {
        match self {
            Raw::Sqlite(path, _) => rusqlite::Connection::open(path)
                .unwrap()
                .execute_batch(sql)
                .map_err(|e| e.to_string()),
            Raw::Postgres(db) => db.client().batch_execute(sql).map_err(|e| {
                e.as_db_error()
                    .map_or_else(|| e.to_string(), |db| db.message().to_string())
            }),
        }
    }

    fn integer(&self, sql: &str) -> i64 {
        match self {
            Raw::Sqlite(path, _) => rusqlite::Connection::open(path)
                .unwrap()
                .query_row(sql, [], |r| r.get(0))
                .unwrap(),
            Raw::Postgres(db) => db.client().query_one(sql, &[]).unwrap().get(0),
        }
    }
}

/// A store on `backend` with the schema and no rows (a new SQLite file, or a PostgreSQL database
/// of its own), and the database under it.
fn open(backend: Backend) -> (Store, Raw) {
    let (location, raw) = match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("desk.db");
            (Location::Sqlite(path.clone()), Raw::Sqlite(path, dir))
        }
        Backend::Postgres => {
            let db = pg::Database::migrated();
            (Location::Postgres(db.url.clone()), Raw::Postgres(db))
        }
    };
    let store = Store::open_at(&location, Access::Create).unwrap();
    (store, raw)
}

fn editor(handle: &str) -> Reviewer {
    Reviewer {
        handle: handle.into(),
        name: "Edith Ortiz".into(),
        role: Role::Editor,
        skills: vec![],
        active: true,
    }
}

const AT: &str = "2026-01-17T09:00:00Z";

fn add(tx: &Tx<'_>, handle: &str) -> Result<()> {
    tx.insert_reviewer(&editor(handle), "ed", AT)
}

fn article<'a>(slug: &'a str) -> NewArticle<'a> {
    NewArticle {
        slug,
        desk: None,
        checklist: "news",
        checklist_yaml: "name: news\n",
        note: None,
        at: AT,
        by: "ed",
    }
}

fn a_dropped_transaction_rolls_back_and_the_store_goes_on(backend: Backend) {
    let (store, _db) = open(backend);
    {
        let tx = store.begin(&[Intent::Desk]).unwrap();
        add(&tx, "ed").unwrap();
        assert!(
            tx.reviewer("ed").unwrap().is_some(),
            "it reads its own write"
        );
    }
    assert!(store.reviewer("ed").unwrap().is_none());
    assert_eq!(store.count_rows("chain").unwrap(), 0, "nothing was sealed");
    store.write(&[Intent::Desk], |tx| add(tx, "ed")).unwrap();
    assert!(store.reviewer("ed").unwrap().is_some());
}

fn an_error_in_the_closure_rolls_back(backend: Backend) {
    let (store, _db) = open(backend);
    let result: Result<()> = store.write(&[Intent::Desk], |tx| {
        add(tx, "ed")?;
        add(tx, "ed") // the same handle twice: the primary key refuses it
    });
    assert!(result.is_err());
    assert!(store.reviewers().unwrap().is_empty());
}

fn a_panic_in_the_closure_rolls_back_and_the_next_write_is_sealed(backend: Backend) {
    let (store, _db) = open(backend);
    let unwound = catch_unwind(AssertUnwindSafe(|| {
        let _: Result<()> = store.write(&[Intent::Desk], |tx| {
            add(tx, "ed")?;
            panic!("a bug half-way through a write");
        });
    }));
    assert!(unwound.is_err());
    assert!(store.reviewers().unwrap().is_empty());
    assert_eq!(store.count_rows("chain").unwrap(), 0);
    store.write(&[Intent::Desk], |tx| add(tx, "bo")).unwrap();
    assert_eq!(
        store.count_rows("chain").unwrap(),
        1,
        "only the committed row is chained, none of the rolled-back one"
    );
    assert!(store.verify_chain(None).unwrap().holds());
}

fn a_transaction_keeps_the_intents_it_began_with(backend: Backend) {
    let (store, _db) = open(backend);
    let intents = [
        Intent::Article(factdesk::model::ArticleId(7)),
        Intent::OpenWork,
    ];
    let tx = store.begin(&intents).unwrap();
    assert_eq!(tx.intents(), intents);
    tx.commit().unwrap();
}

fn returned_ids_are_the_ids_of_the_rows_inserted(backend: Backend) {
    let (store, _db) = open(backend);
    store
        .write(&[Intent::NewArticles], |tx| {
            add(tx, "ed")?;
            let one = tx.insert_article(&article("one"))?;
            let two = tx.insert_article(&article("two"))?;
            assert_ne!(one, two);
            assert_eq!(tx.article_by_id(one)?.unwrap().slug, "one");
            assert_eq!(tx.article_by_id(two)?.unwrap().slug, "two");
            let revision = tx.insert_revision(&NewRevision {
                article_id: two,
                number: 1,
                text: "The port closed.",
                metadata_json: "{}",
                file_name: None,
                original: None,
                at: AT,
                by: "ed",
            })?;
            assert_eq!(tx.revision(two, 1)?.unwrap().id, revision);
            let first = tx.insert_statement(two, 1, None)?;
            let split = tx.insert_statement(two, 1, Some(first))?;
            assert_eq!(tx.statement_article(first)?, Some(two));
            assert_eq!(tx.derived_from(split)?, Some(first));
            let source = Source {
                kind: SourceKind::Document,
                citation: "port notice".into(),
                contact: None,
                contacted_on: None,
                confidential: None,
            };
            for _ in 0..2 {
                let check = tx.insert_check(&NewCheck {
                    statement_id: first,
                    revision_id: revision,
                    status: Status::Verified,
                    sources: std::slice::from_ref(&source),
                    note: None,
                    items: &[],
                    excepted: &[],
                    text: "The port closed.",
                    by: "ed",
                    at: AT,
                })?;
                let stored = tx.checks_of(first)?;
                let last = stored.last().unwrap();
                assert_eq!(last.id, check);
                assert_eq!(
                    last.sources,
                    std::slice::from_ref(&source),
                    "the source, stored once, is found"
                );
            }
            Ok::<_, StoreError>(())
        })
        .unwrap();
    assert_eq!(store.count_rows("sources").unwrap(), 1);
    assert!(store.verify_chain(Some(2)).unwrap().holds());
}

fn every_row_a_transaction_inserts_into_a_chained_table_is_chained_once(backend: Backend) {
    use factdesk::model::{
        Decision, Element, KindSet, Level, Part, PartKind, RevisionFinding, Span,
    };
    use factdesk::store::chain::CHAINED;
    use factdesk::store::{
        NewDismissal, NewEvent, NewQuery, NewReply, NewRuling, NewVersion, Reply,
    };

    let (store, db) = open(backend);
    let write = |tx: &Tx<'_>| -> Result<()> {
        add(tx, "ed")?;
        let article = tx.insert_article(&article("one"))?;
        tx.choose_checklist(article, "strict", "name: strict\n", None, (AT, "ed"))?;
        let revision = tx.insert_revision(&NewRevision {
            article_id: article,
            number: 1,
            text: "By Ana Ruiz\n\nThe port closed.",
            metadata_json: "{}",
            file_name: None,
            original: None,
            at: AT,
            by: "ed",
        })?;
        let part = Part {
            kind: PartKind::Byline,
            span: Span::new(0, 11),
            text: "By Ana Ruiz".into(),
        };
        tx.insert_parts(revision, std::slice::from_ref(&part))?;
        let statement = tx.insert_statement(article, 1, None)?;
        tx.insert_version(&NewVersion {
            revision_id: revision,
            statement_id: statement,
            paragraph: 1,
            position: 0,
            span: Span::new(13, 29),
            text: "The port closed.",
            kinds: KindSet::EMPTY,
            element: Element::Body,
            change: factdesk::model::Change::Added,
        })?;
        tx.insert_finding(
            revision,
            &RevisionFinding {
                rule: "a-rule".into(),
                level: Level::Warning,
                message: "a message".into(),
                statements: vec![statement],
                span: None,
                id: String::new(),
                dismissal: None,
            },
        )?;
        tx.insert_dismissal(
            article,
            "0123abcd",
            &NewDismissal {
                rule: "a-rule",
                message: "a message",
                revision: 1,
                reason: "not so",
                by: "ed",
                at: AT,
            },
        )?;
        tx.insert_confirmation(revision, "ed", AT, None)?;
        tx.insert_assignment(statement, Some("ed"), "ed", AT)?;
        let items = ["named-source".to_string(), "named-source".to_string()];
        let check = tx.insert_check(&NewCheck {
            statement_id: statement,
            revision_id: revision,
            status: Status::Verified,
            sources: &[
                Source {
                    kind: SourceKind::Document,
                    citation: "port notice".into(),
                    contact: None,
                    contacted_on: None,
                    confidential: None,
                },
                // Attested as recorded: its three rows (public half, identity, attestation).
                attested_confidential(),
            ],
            note: None,
            items: &items,
            excepted: &[],
            text: "The port closed.",
            by: "ed",
            at: AT,
        })?;
        tx.insert_check(&NewCheck {
            statement_id: statement,
            revision_id: revision,
            status: Status::PartlyVerified,
            sources: &[],
            note: None,
            items: &[],
            excepted: &["closed".to_string()],
            text: "The port closed.",
            by: "ed",
            at: AT,
        })?;
        tx.insert_article_writer(article, "ed", "ed", AT)?;
        let query = tx.insert_query(&NewQuery {
            statement_id: statement,
            revision_id: revision,
            writer: "ed",
            text: "Which notice?",
            by: "ed",
            at: AT,
        })?;
        tx.insert_query_reply(&NewReply {
            query_id: query,
            reply: Reply::Answer,
            text: Some("The harbour master's."),
            source: None,
            by: "ed",
            at: AT,
        })?;
        tx.insert_ruling(&NewRuling {
            statement_id: statement,
            check_id: check,
            revision_id: revision,
            decision: Decision::Keep,
            wording: None,
            text: "The port closed.",
            reason: "the notice says so",
            by: "ed",
            at: AT,
        })?;
        let publication = tx.insert_publication(&factdesk::store::NewPublication {
            article_id: article,
            revision_id: revision,
            override_reason: Some("deadline"),
            gate_json: "{}",
            by: "ed",
            at: AT,
        })?;
        tx.insert_correction(&factdesk::store::NewCorrection {
            statement_id: statement,
            publication_id: publication,
            check_id: Some(check),
            text: "The port closed.",
            note: "It closed on Monday.",
            source: None,
            by: "ed",
            at: AT,
        })?;
        tx.insert_event(&NewEvent {
            statement_id: Some(statement),
            revision_id: Some(revision),
            event: factdesk::model::EventKind::Retired,
            old_value: None,
            new_value: None,
            actor: "ed",
            at: AT,
        })?;
        Ok(())
    };
    store.write(&[Intent::NewArticles], write).unwrap();
    for chained in CHAINED {
        let rows = store.count_rows(chained.table).unwrap();
        let links = db.integer(&format!(
            "SELECT count(*) FROM chain WHERE tbl = '{}'",
            chained.table
        ));
        assert!(rows > 0, "the test writes a row of {}", chained.table);
        assert_eq!(
            links, rows,
            "every row of {} is chained once",
            chained.table
        );
    }
    assert!(store.verify_chain(None).unwrap().holds());
    assert!(store.verify_chain(Some(1)).unwrap().holds());
    assert!(store.orphan_rows().unwrap().is_empty());
}

/// A new confidential source whose named editor `ed` attests it as it is recorded.
fn attested_confidential() -> Source {
    let mut source =
        Source::confidential(factdesk::model::Identity::new("A. Nonymous"), None).known_to("ed");
    if let Some(confidential) = &mut source.confidential {
        confidential.attested_at = Some(chrono::DateTime::parse_from_rfc3339(AT).unwrap().to_utc());
    }
    source
}

/// An editor, an article "port" and its one statement, "The port closed.".
fn one_statement(store: &Store) -> (StatementId, RevisionId) {
    store
        .write(&[Intent::NewArticles], |tx| {
            let editor = Reviewer {
                handle: "ed".into(),
                name: "Edith Ortiz".into(),
                role: Role::Editor,
                skills: vec![],
                active: true,
            };
            tx.insert_reviewer(&editor, "ed", AT)?;
            let article = tx.insert_article(&NewArticle {
                slug: "port",
                desk: None,
                checklist: "news",
                checklist_yaml: "name: news\n",
                note: None,
                at: AT,
                by: "ed",
            })?;
            let revision = tx.insert_revision(&NewRevision {
                article_id: article,
                number: 1,
                text: "The port closed.",
                metadata_json: "{}",
                file_name: None,
                original: None,
                at: AT,
                by: "ed",
            })?;
            let statement = tx.insert_statement(article, 1, None)?;
            tx.insert_version(&factdesk::store::NewVersion {
                revision_id: revision,
                statement_id: statement,
                paragraph: 1,
                position: 0,
                span: factdesk::model::Span::new(0, 16),
                text: "The port closed.",
                kinds: factdesk::model::KindSet::EMPTY,
                element: factdesk::model::Element::Body,
                change: factdesk::model::Change::Added,
            })?;
            Ok::<_, StoreError>((statement, revision))
        })
        .unwrap()
}

fn check<'a>(
    statement: StatementId,
    revision: RevisionId,
    status: Status,
    sources: &'a [Source],
    excepted: &'a [String],
) -> NewCheck<'a> {
    NewCheck {
        statement_id: statement,
        revision_id: revision,
        status,
        sources,
        note: None,
        items: &[],
        excepted,
        text: "The port closed.",
        by: "ed",
        at: AT,
    }
}

/// A source whose kind this binary does not know (a newer factdesk wrote it) comes back
/// with its check, by its name: a verified check never shows without what it rests on.
fn a_source_of_an_unknown_kind_survives_the_round_trip(backend: Backend) {
    let (store, _db) = open(backend);
    let podcast = Source {
        kind: SourceKind::Other("podcast".into()),
        citation: "The Port Hour, ep. 12".into(),
        contact: None,
        contacted_on: None,
        confidential: None,
    };
    let known = Source {
        kind: SourceKind::Web,
        citation: "https://port.example/notice".into(),
        contact: None,
        contacted_on: None,
        confidential: None,
    };
    let (statement, revision) = one_statement(&store);
    let sources = [podcast.clone(), known.clone()];
    store
        .write(&[Intent::NewArticles], |tx| {
            tx.insert_check(&check(statement, revision, Status::Verified, &sources, &[]))
        })
        .unwrap();
    let checks = store.checks_of(statement).unwrap();
    assert_eq!(checks[0].sources, vec![podcast, known]);
    assert_eq!(
        checks[0].sources[0].to_string(),
        "podcast:The Port Hour, ep. 12"
    );
}

/// A partly-verified check's excepted parts come back in the order given, with the check
/// alone (the latest of its statement too), and can be neither changed nor deleted.
fn excepted_parts_round_trip_in_order_and_are_append_only(backend: Backend) {
    let (store, db) = open(backend);
    let (statement, revision) = one_statement(&store);
    let parts = ["closed".to_string(), "The port".to_string()];
    store
        .write(&[Intent::NewArticles], |tx| {
            tx.insert_check(&check(statement, revision, Status::Verified, &[], &[]))?;
            tx.insert_check(&check(
                statement,
                revision,
                Status::PartlyVerified,
                &[],
                &parts,
            ))
        })
        .unwrap();
    let checks = store.checks_of(statement).unwrap();
    assert!(checks[0].excepted.is_empty());
    assert_eq!(checks[1].excepted, parts);
    let latest = store.latest_checks_of_revision(revision).unwrap();
    assert_eq!(latest[&statement].excepted, parts);
    for sql in [
        "UPDATE check_exceptions SET words = 'open'",
        "DELETE FROM check_exceptions",
    ] {
        let err = db.execute(sql).unwrap_err();
        assert!(err.contains("append-only"), "{err}");
    }
    assert_eq!(store.checks_of(statement).unwrap()[1].excepted, parts);
}

both_backends!(
    a_dropped_transaction_rolls_back_and_the_store_goes_on,
    an_error_in_the_closure_rolls_back,
    a_panic_in_the_closure_rolls_back_and_the_next_write_is_sealed,
    a_transaction_keeps_the_intents_it_began_with,
    returned_ids_are_the_ids_of_the_rows_inserted,
    every_row_a_transaction_inserts_into_a_chained_table_is_chained_once,
    a_source_of_an_unknown_kind_survives_the_round_trip,
    excepted_parts_round_trip_in_order_and_are_append_only,
);
