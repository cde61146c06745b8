//! The neutral layer on SQLite (the PostgreSQL side runs in `tests/cli/postgres.rs` and the
//! conformance run, against a real server).

use super::*;

fn db() -> Db {
    Db::Sqlite(rusqlite::Connection::open_in_memory().unwrap())
}

#[test]
fn parameters_bind_and_columns_read_back_as_the_same_values() {
    let db = db();
    let text = String::from("Zoë's \u{202e}");
    let bytes = vec![0u8, 255, 7];
    let row: (i64, Option<String>, String, Vec<u8>, f64, bool, u32) = db
        .query_row(
            "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7",
            params![-42i64, None::<String>, text, bytes, 1.5f64, true, 7u32],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            },
        )
        .unwrap();
    assert_eq!(row, (-42, None, text, bytes, 1.5, true, 7));
}

#[test]
fn a_missing_row_is_none_with_optional_and_an_error_without() {
    let db = db();
    db.execute_batch("CREATE TABLE t (a INTEGER)").unwrap();
    let none = db
        .query_row("SELECT a FROM t", params![], |r| r.get::<i64>(0))
        .optional()
        .unwrap();
    assert_eq!(none, None);
    let err = db.query_row("SELECT a FROM t", params![], |r| r.get::<i64>(0));
    assert!(matches!(err, Err(DbError::NoRow)));
}

#[test]
fn a_wrong_kind_of_value_is_an_error_naming_the_column() {
    let db = db();
    let err = db
        .query_row("SELECT 1, 'x'", params![], |r| r.get::<i64>(1))
        .unwrap_err();
    assert!(
        matches!(&err, DbError::Conversion { column: 1, .. }),
        "{err:?}"
    );
    let err = db
        .query_row("SELECT -1", params![], |r| r.get::<u32>(0))
        .unwrap_err();
    assert!(err.to_string().contains("out of range"), "{err}");
}

#[test]
fn rows_map_and_execute_counts_changes() {
    let db = db();
    db.execute_batch("CREATE TABLE t (a INTEGER)").unwrap();
    let mut insert = db.prepare_cached("INSERT INTO t (a) VALUES (?1)").unwrap();
    for a in 1..=3i64 {
        assert_eq!(insert.execute(params![a]).unwrap(), 1);
    }
    let all: Vec<i64> = db
        .prepare("SELECT a FROM t ORDER BY a")
        .unwrap()
        .query_map(params![], |r| r.get(0))
        .unwrap()
        .collect::<Result<_>>()
        .unwrap();
    assert_eq!(all, [1, 2, 3]);
    assert_eq!(
        db.execute("DELETE FROM t WHERE a > ?1", params![1])
            .unwrap(),
        2
    );
}
