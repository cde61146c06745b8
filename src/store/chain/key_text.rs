//! A chained row's key as `chain.row_key` stores it, spelled in Rust: the text SQLite's
//! `json_array(k1, k2, …)` writes for the key columns' values.
//!
//! Every link written so far holds its key in that spelling (the upgrade that brought the chain
//! asked SQLite for it; `Noted` spells it the same way), so any backend that looks a row up in the
//! chain must spell its key byte for byte alike. PostgreSQL's JSON functions do not
//! (`json_build_array(1, 2)` is `[1, 2]`, with a space), hence this function: given the key
//! columns' values as read, it writes SQLite's text, whatever database they came from.
//!
//! What SQLite 3.54's `json_array` writes for each type (`jsonAppendSqlValue` in json.c):
//! - NULL: `null`; an integer: its decimal digits, with `-` when negative;
//! - text: in double quotes, with `"` and `\` escaped by a backslash, backspace, tab, line feed,
//!   form feed and carriage return as `\b \t \n \f \r`, every other byte below 0x20 (NUL
//!   included) as `\u00xx` in lowercase hex; everything else as it is (the apostrophe, DEL and
//!   all non-ASCII characters unescaped);
//! - values separated by `,` with no space, inside `[` `]`.
//!
//! Two types are refused instead ([`NotAKey`]), because no key factdesk writes holds them (keys
//! are ids, ordinals, handles, hashes and item names: INTEGER and TEXT columns, a test holds the
//! schema to it) and spelling them like SQLite would mean copying its number printer:
//! - a real: SQLite prints it with `%!0.17g` through its own approximate decimal conversion and
//!   a round-trip shortening (0.1 is `0.1`, 1e300 is `1.0e+300`, infinity `9.0e+999`);
//! - a blob: SQLite refuses it ("JSON cannot hold BLOB values") unless its bytes happen to be
//!   its binary JSON format, which it then translates. The row hash keeps blobs; keys never.

use rusqlite::types::Value;

/// A key value `json_array` text is not spelled for here (see the module's comment).
#[derive(Debug, Clone, PartialEq)]
pub enum NotAKey {
    Real(f64),
    Blob(usize),
}

impl std::fmt::Display for NotAKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotAKey::Real(r) => write!(f, "a real number ({r})"),
            NotAKey::Blob(n) => write!(f, "a blob of {n} bytes"),
        }
    }
}

/// SQLite's `json_array(values…)` text for values that are NULL, integers or text.
pub fn json_array(values: &[Value]) -> Result<String, NotAKey> {
    let mut out = String::with_capacity(2 + values.len() * 8);
    out.push('[');
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match value {
            Value::Null => out.push_str("null"),
            Value::Integer(n) => out.push_str(&n.to_string()),
            Value::Text(t) => push_text(&mut out, t),
            Value::Real(r) => return Err(NotAKey::Real(*r)),
            Value::Blob(b) => return Err(NotAKey::Blob(b.len())),
        }
    }
    out.push(']');
    Ok(out)
}

/// A JSON string as SQLite's `jsonAppendString` writes it.
fn push_text(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rusqlite::Connection;

    use super::*;

    /// What SQLite itself writes for these values, bound as parameters.
    fn sqlite(conn: &Connection, values: &[Value]) -> rusqlite::Result<String> {
        let slots: Vec<String> = (1..=values.len()).map(|i| format!("?{i}")).collect();
        let sql = format!("SELECT json_array({})", slots.join(", "));
        conn.query_row(&sql, rusqlite::params_from_iter(values), |r| r.get(0))
    }

    fn value() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<i64>().prop_map(Value::Integer),
            // Any Unicode text at all, and text made of the characters an escaper gets wrong.
            any::<String>().prop_map(Value::Text),
            "[\\x00-\\x1f\"\\\\'/\\x7f\u{80}\u{a0}é€\u{2028}\u{2029}\u{feff}\u{fffd}😀 a-z0-9]{0,24}"
                .prop_map(Value::Text),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn spells_keys_as_sqlites_json_array_does(
            values in proptest::collection::vec(value(), 0..6)
        ) {
            let conn = Connection::open_in_memory().unwrap();
            prop_assert_eq!(json_array(&values).unwrap(), sqlite(&conn, &values).unwrap());
        }
    }

    #[test]
    fn every_character_below_0x80_is_spelled_as_sqlite_spells_it() {
        let conn = Connection::open_in_memory().unwrap();
        let every: String = (0u8..0x80).map(char::from).collect();
        let values = [Value::Text(every), Value::Integer(i64::MIN), Value::Null];
        let ours = json_array(&values).unwrap();
        assert_eq!(ours, sqlite(&conn, &values).unwrap());
        assert!(ours.starts_with(r#"["\u0000\u0001"#), "{ours}");
        assert!(ours.contains(r#"\b\t\n\u000b\f\r\u000e"#), "{ours}");
        assert!(ours.contains(r##" !\"#$%&'()"##), "{ours}");
        assert!(
            ours.ends_with("\u{7f}\",-9223372036854775808,null]"),
            "{ours}"
        );
    }

    #[test]
    fn reals_and_blobs_are_refused_where_sqlite_would_need_its_own_printer() {
        let conn = Connection::open_in_memory().unwrap();
        assert_eq!(
            json_array(&[Value::Integer(1), Value::Real(0.5)]),
            Err(NotAKey::Real(0.5))
        );
        let blob = Value::Blob(vec![0xff, 0xfe]);
        assert_eq!(
            json_array(std::slice::from_ref(&blob)),
            Err(NotAKey::Blob(2))
        );
        let refused = sqlite(&conn, &[blob]).unwrap_err().to_string();
        assert!(
            refused.contains("JSON cannot hold BLOB values"),
            "{refused}"
        );
        // SQLite's spelling of reals is its own: 17 digits, shortened when they round-trip.
        assert_eq!(
            sqlite(&conn, &[Value::Real(1e300), Value::Real(0.1)]).unwrap(),
            "[1.0e+300,0.1]"
        );
    }

    /// The links a transaction writes carry the keys SQLite's `json_array` spells for the same
    /// rows (the spelling of every link written before keys were spelled in Rust), even for
    /// text keys full of quotes, backslashes, control and non-ASCII characters; they verify,
    /// and a row written behind the desk's back is named by that spelling.
    #[test]
    fn links_carry_sqlites_spelling_of_their_keys_and_a_row_without_one_is_named_so() {
        use crate::model::{Reviewer, Role};
        use crate::store::{Intent, Store};

        let store = Store::open_in_memory().unwrap();
        let handles = ["ed", "zoë \"the\" \\ed\t\u{1}", "渡辺", "o'neil\u{7f}"];
        store
            .write(&[Intent::Desk], |tx| {
                for handle in handles {
                    let reviewer = Reviewer {
                        handle: handle.into(),
                        name: "A Name".into(),
                        role: Role::Editor,
                        skills: vec![],
                        active: true,
                    };
                    tx.insert_reviewer(&reviewer, "ed", "2026-01-17T09:00:00Z")?;
                }
                Ok::<_, crate::store::StoreError>(())
            })
            .unwrap();
        let keys = |sql: &str| -> Vec<String> {
            let mut stmt = store.conn.prepare(sql).unwrap();
            stmt.query_map(crate::store::db::params![], |r| r.get(0))
                .unwrap()
                .collect::<crate::store::db::Result<_>>()
                .unwrap()
        };
        let linked = keys("SELECT row_key FROM chain WHERE tbl = 'reviewers' ORDER BY row_key");
        let spelled = keys("SELECT json_array(handle) FROM reviewers ORDER BY json_array(handle)");
        assert_eq!(linked.len(), handles.len());
        assert_eq!(linked, spelled);
        assert!(store.verify_chain(None).unwrap().holds());
        assert!(store.orphan_rows().unwrap().is_empty());

        store
            .conn
            .execute(
                "INSERT INTO reviewers (handle, name, role, skills, active, added_at, added_by)
                 VALUES ('x\"y\n', 'Forger', 'editor', '', 1, '2026-01-17T09:00:00Z', 'ed')",
                crate::store::db::params![],
            )
            .unwrap();
        let report = store.verify_chain(None).unwrap();
        let places: Vec<&str> = report.breaks.iter().map(|b| b.place.as_str()).collect();
        assert_eq!(places, [r#"reviewers ["x\"y\n"]"#]);
        let orphans: Vec<String> = store
            .orphan_rows()
            .unwrap()
            .iter()
            .map(|b| b.place.clone())
            .collect();
        assert_eq!(orphans, [r#"reviewers ["x\"y\n"]"#]);
    }

    #[test]
    fn no_key_of_a_chained_table_can_hold_a_real_or_a_blob() {
        let store = crate::store::Store::open_in_memory().unwrap();
        for chained in super::super::CHAINED {
            let mut stmt = store
                .conn
                .prepare("SELECT name, type FROM pragma_table_info(?1)")
                .unwrap();
            let columns: Vec<(String, String)> = stmt
                .query_map(crate::store::db::params![chained.table], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .unwrap()
                .collect::<crate::store::db::Result<_>>()
                .unwrap();
            for key in chained.key {
                let (_, declared) = columns
                    .iter()
                    .find(|(name, _)| name == key)
                    .unwrap_or_else(|| panic!("{}.{key} exists", chained.table));
                assert!(
                    ["INTEGER", "TEXT"].contains(&declared.to_uppercase().as_str()),
                    "{}.{key} is declared {declared}: keys are spelled for integers and text",
                    chained.table
                );
            }
        }
    }
}
