//! `Store::open` (start-up: create, migrate) against `Store::connect` (every further
//! connection: no creation, no migration).

use super::*;
use crate::model::{Reviewer, Role};

fn editor() -> Reviewer {
    Reviewer {
        handle: "ed".into(),
        name: "Edith Ortiz".into(),
        role: Role::Editor,
        skills: vec![],
        active: true,
    }
}

#[test]
fn a_connection_to_an_opened_database_writes_sealed_rows_and_reads_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fd.db");
    drop(Store::open(&path, Access::Create).unwrap());
    let writer = Store::connect(&path, Access::Write).unwrap();
    writer
        .write(&[super::super::Intent::Desk], |tx| {
            tx.insert_reviewer(&editor(), "ed", "2026-01-17T09:00:00Z")
        })
        .unwrap();
    assert!(
        writer.verify_chain(None).unwrap().holds(),
        "the connection notes its inserts and seals them"
    );
    let reader = Store::connect(&path, Access::Read).unwrap();
    assert_eq!(reader.reviewer("ed").unwrap().unwrap().name, "Edith Ortiz");
    let refused = reader.write(&[super::super::Intent::Desk], |tx| {
        tx.insert_reviewer(
            &Reviewer {
                handle: "bo".into(),
                ..editor()
            },
            "ed",
            "2026-01-17T09:00:00Z",
        )
    });
    assert!(refused.is_err(), "a read connection cannot write");
    assert!(reader.reviewer("bo").unwrap().is_none());
}

#[test]
fn connecting_never_migrates_nor_creates() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fd.db");
    assert!(matches!(
        Store::connect(&path, Access::Write),
        Err(StoreError::Missing(_))
    ));
    assert!(!path.exists(), "connect created nothing");

    let older = MIGRATIONS.len() as i64 - 1;
    Store::open(&path, Access::Create)
        .unwrap()
        .conn
        .sqlite()
        .unwrap()
        .pragma_update(None, "user_version", older)
        .unwrap();
    for access in [Access::Read, Access::Write] {
        assert!(matches!(
            Store::connect(&path, access),
            Err(StoreError::NotMigrated { found, .. }) if found == older
        ));
    }
    let inspect = Connection::open(&path).unwrap();
    let version: i64 = inspect
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, older, "the database was left as it was");
}

#[test]
fn connecting_refuses_a_file_that_is_not_factdesks() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.db");
    std::fs::write(&notes, "these are my notes, not a database\n".repeat(100)).unwrap();
    assert!(matches!(
        Store::connect(&notes, Access::Write),
        Err(StoreError::NotADatabase(_))
    ));
    let other = dir.path().join("other.db");
    Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    assert!(matches!(
        Store::connect(&other, Access::Write),
        Err(StoreError::Foreign(_))
    ));
}

/// Every way in, reading or writing, plans its statements without looking at bound values and
/// keeps them prepared: a reader's queue once prepared its statements again on every new value
/// bound (30% of its instructions in the archive).
#[test]
fn every_sqlite_connection_keeps_stable_plans() {
    use rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG as QPSG;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fd.db");
    drop(Store::open(&path, Access::Create).unwrap());
    let stores = [
        Store::open(&path, Access::Read).unwrap(),
        Store::open(&path, Access::Write).unwrap(),
        Store::connect(&path, Access::Read).unwrap(),
        Store::connect(&path, Access::Write).unwrap(),
        Store::open_in_memory().unwrap(),
    ];
    for (n, store) in stores.iter().enumerate() {
        let conn = store.sqlite("the test").unwrap();
        assert!(conn.db_config(QPSG).unwrap(), "connection {n}");
    }
}
