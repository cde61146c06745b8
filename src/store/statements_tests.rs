//! Statements and versions inserted many rows per statement: the ids and rows one insert at a
//! time would have given, each chained, the chain holding across the inserts' chunks.

use super::*;
use crate::model::{Change, Element, KindSet, Span};
use crate::store::{Intent, NewArticle, NewRevision, Store};

#[test]
fn a_batch_of_statements_and_versions_is_stored_in_order_and_chained() {
    let store = Store::open_in_memory().unwrap();
    // More than two chunks of ROWS_PER_INSERT, and a last chunk that is not full.
    let count = 2 * ROWS_PER_INSERT + 37;
    let texts: Vec<String> = (0..count)
        .map(|i| format!("Statement {i} of the batch."))
        .collect();
    let (article, revision, ids) = store
        .write(&[Intent::NewArticles], |tx| {
            let article = tx.insert_article(&NewArticle {
                slug: "batch",
                desk: None,
                checklist: "news",
                checklist_yaml: "name: news\n",
                note: None,
                at: "2026-01-17T09:00:00Z",
                by: "ed",
            })?;
            let revision = tx.insert_revision(&NewRevision {
                article_id: article,
                number: 1,
                text: &texts.join(" "),
                metadata_json: "{}",
                file_name: None,
                original: None,
                at: "2026-01-17T09:00:00Z",
                by: "ed",
            })?;
            let ids = tx.insert_statements(article, 1, count)?;
            let mut start = 0;
            let versions: Vec<NewVersion<'_>> = ids
                .iter()
                .zip(&texts)
                .enumerate()
                .map(|(i, (id, text))| {
                    let span = Span::new(start, start + text.len());
                    start += text.len() + 1;
                    NewVersion {
                        revision_id: revision,
                        statement_id: *id,
                        paragraph: 1,
                        position: i as u32,
                        span,
                        text,
                        kinds: KindSet::EMPTY,
                        element: Element::Body,
                        change: Change::Added,
                    }
                })
                .collect();
            tx.insert_versions(&versions)?;
            Ok::<_, crate::store::StoreError>((article, revision, ids))
        })
        .unwrap();
    assert_eq!(ids.len(), count);
    assert!(
        ids.windows(2).all(|w| w[0].0 < w[1].0),
        "ascending, distinct ids: {ids:?}"
    );
    let stored = store.versions_of_revision(revision).unwrap();
    let read: Vec<(StatementId, &str)> = stored
        .iter()
        .map(|v| (v.statement_id, v.text.as_str()))
        .collect();
    let written: Vec<(StatementId, &str)> = ids
        .iter()
        .copied()
        .zip(texts.iter().map(String::as_str))
        .collect();
    assert_eq!(read, written);
    assert!(stored.iter().all(|v| v.article_id == article));
    let report = store.verify_chain(Some(article.0)).unwrap();
    assert!(report.breaks.is_empty(), "{:?}", report.breaks);
    // The article, its checklist choice, the revision, and each statement and version.
    assert_eq!(report.links, 3 + 2 * count as i64);
}

#[test]
fn placeholders_number_every_row_and_column_in_order() {
    assert_eq!(placeholders(1, 1), "(?1)");
    assert_eq!(placeholders(2, 3), "(?1, ?2, ?3), (?4, ?5, ?6)");
    let many = placeholders(ROWS_PER_INSERT, 10);
    assert!(
        many.ends_with(&format!("?{})", ROWS_PER_INSERT * 10)),
        "{many}"
    );
    assert_eq!(many.matches('?').count(), ROWS_PER_INSERT * 10);
}
