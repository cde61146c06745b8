//! The write transaction: it rolls back when dropped, on an error and on a panic; it commits
//! sealed; its ids are the rows' ids.

use std::panic::{AssertUnwindSafe, catch_unwind};

use super::*;
use crate::model::{Reviewer, Role, Source, SourceKind, Status};
use crate::store::{NewArticle, NewCheck, NewRevision};

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

#[test]
fn a_dropped_transaction_rolls_back_and_the_store_goes_on() {
    let store = Store::open_in_memory().unwrap();
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

#[test]
fn an_error_in_the_closure_rolls_back() {
    let store = Store::open_in_memory().unwrap();
    let result: Result<()> = store.write(&[Intent::Desk], |tx| {
        add(tx, "ed")?;
        add(tx, "ed") // the same handle twice: the primary key refuses it
    });
    assert!(result.is_err());
    assert!(store.reviewers().unwrap().is_empty());
}

#[test]
fn a_panic_in_the_closure_rolls_back_and_the_next_write_is_sealed() {
    let store = Store::open_in_memory().unwrap();
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

#[test]
fn a_transaction_keeps_the_intents_it_began_with() {
    let store = Store::open_in_memory().unwrap();
    let intents = [
        Intent::Article(crate::model::ArticleId(7)),
        Intent::OpenWork,
    ];
    let tx = store.begin(&intents).unwrap();
    assert_eq!(tx.intents(), intents);
    tx.commit().unwrap();
}

#[test]
fn returned_ids_are_the_ids_of_the_rows_inserted() {
    let store = Store::open_in_memory().unwrap();
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

#[test]
fn every_row_a_transaction_inserts_into_a_chained_table_is_chained_once() {
    use crate::model::{Decision, Element, KindSet, Level, Part, PartKind, RevisionFinding, Span};
    use crate::store::chain::CHAINED;
    use crate::store::{NewDismissal, NewEvent, NewQuery, NewReply, NewRuling, NewVersion, Reply};

    let store = Store::open_in_memory().unwrap();
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
            change: crate::model::Change::Added,
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
        let publication = tx.insert_publication(&crate::store::NewPublication {
            article_id: article,
            revision_id: revision,
            override_reason: Some("deadline"),
            gate_json: "{}",
            by: "ed",
            at: AT,
        })?;
        tx.insert_correction(&crate::store::NewCorrection {
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
            event: crate::model::EventKind::Retired,
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
        let links: i64 = store
            .conn
            .query_row(
                "SELECT count(*) FROM chain WHERE tbl = ?1",
                params![chained.table],
                |r| r.get(0),
            )
            .unwrap();
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
        Source::confidential(crate::model::Identity::new("A. Nonymous"), None).known_to("ed");
    if let Some(confidential) = &mut source.confidential {
        confidential.attested_at = Some(chrono::DateTime::parse_from_rfc3339(AT).unwrap().to_utc());
    }
    source
}
