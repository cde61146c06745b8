use crate::Backend;
use crate::{Desk, seed};

fn init_creates_the_database_and_is_safe_to_repeat(backend: Backend) {
    let desk = Desk::unmigrated_on(backend);
    let first = desk.run(&["init"]).ok();
    assert!(
        first.stdout.contains("created (schema version "),
        "{}",
        first.stdout
    );
    desk.run(&["reviewer", "add", "ed", "--name", "Ed", "--role", "editor"])
        .ok();
    let again = desk.run(&["init"]).ok();
    assert!(
        again.stdout.contains("ready (schema version ")
            && first.stdout.split("version ").nth(1) == again.stdout.split("version ").nth(1),
        "{}",
        again.stdout
    );
    assert_eq!(
        desk.count("reviewers"),
        1,
        "init must never recreate the database"
    );
}

fn ingest_stores_the_text_exactly_and_statements_with_spans_into_it(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let original = std::fs::read_to_string(seed("cia-mexico-2026-01-17.txt")).unwrap();
    let stored = desk.query_text("SELECT text FROM revisions WHERE number = 1");
    assert_eq!(
        stored, original,
        "the revision text is stored exactly as received"
    );

    let statements = desk.statements("cia-mexico");
    assert!(
        statements.len() > 20,
        "the sample article has dozens of statements"
    );
    let mut last_end = 0;
    let mut ids = std::collections::HashSet::new();
    for s in &statements {
        for field in [
            "id",
            "article",
            "revision",
            "paragraph",
            "position",
            "text",
            "span",
            "kinds",
            "status",
            "stale",
            "assignee",
            "sources",
            "checked_by",
            "checked_at",
        ] {
            assert!(s.get(field).is_some(), "statement JSON lacks {field}: {s}");
        }
        let start = s["span"][0].as_u64().unwrap() as usize;
        let end = s["span"][1].as_u64().unwrap() as usize;
        assert!(
            start >= last_end,
            "statements are in article order and do not overlap"
        );
        last_end = end;
        assert_eq!(
            &original[start..end],
            s["text"].as_str().unwrap(),
            "span slices the text"
        );
        assert_eq!(s["article"], "cia-mexico");
        assert_eq!(s["revision"], 1);
        assert_eq!(s["status"], "unchecked");
        assert!(ids.insert(s["id"].as_i64().unwrap()), "ids are unique");
    }
}

fn articles_lists_revision_counts_and_gate(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let run = desk.run(&["articles", "--json"]).ok();
    let articles = run.json();
    let article = &articles[0];
    assert_eq!(article["slug"], "cia-mexico");
    assert_eq!(article["revision"], 1);
    let total = article["statements"].as_u64().unwrap();
    assert_eq!(article["counts"]["unchecked"].as_u64().unwrap(), total);
    assert_eq!(article["gate"]["ready"], false);
    let table = desk.run(&["articles"]).ok();
    assert!(
        table.stdout.contains("cia-mexico") && table.stdout.contains("blocked"),
        "{}",
        table.stdout
    );
}

fn articles_shows_a_column_per_status_stale_apart_the_desk_and_the_gate_in_words(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    for (file, slug, on) in [
        ("cia-mexico-2026-01-17.txt", "cia", "national"),
        ("wire-port-strike-2026-03-04.txt", "strike", "metro"),
        ("opinion-transit-2026-06-02.txt", "transit", "metro"),
    ] {
        desk.run_as("ed", &["ingest", &seed(file), "--slug", slug, "--desk", on])
            .ok();
    }
    let table = desk.run(&["articles"]).ok().stdout;
    let header = table.lines().next().unwrap();
    for column in [
        "desk",
        "unchecked",
        "in-progress",
        "verified",
        "incorrect",
        "disputed",
        "unverifiable",
        "waived",
        "stale",
        "gate",
    ] {
        assert!(header.contains(column), "no {column} column: {header}");
    }
    let cia = table.lines().find(|l| l.starts_with("cia ")).unwrap();
    assert!(cia.contains("national"), "{cia}");
    assert!(
        cia.contains("blocked, 1 reason:") && cia.contains(" unchecked"),
        "{cia}"
    );
    let metro = desk
        .run(&["articles", "--desk", "metro", "--json"])
        .ok()
        .json();
    let slugs: Vec<&str> = metro
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["strike", "transit"]);
    assert_eq!(metro[0]["desk"], "metro");
    let page = desk.run(&["articles", "--limit", "1"]).ok().stdout;
    assert!(page.contains("--limit 1 --after cia"), "{page}");
    let next = desk
        .run(&["articles", "--limit", "1", "--after", "cia", "--json"])
        .ok()
        .json();
    assert_eq!(next[0]["slug"], "strike");
    // The last page says nothing of a next one: whether one exists is known, not guessed.
    let last = desk
        .run(&["articles", "--limit", "1", "--after", "strike"])
        .ok()
        .stdout;
    assert!(
        last.contains("transit") && !last.contains("next page"),
        "{last}"
    );
    assert_eq!(desk.run(&["articles", "--limit", "0"]).code, 2);
    assert_eq!(desk.run(&["articles", "--limit", "1", "--all"]).code, 2);
}

fn the_table_shows_a_page_of_a_hundred_with_the_next_command_and_json_or_all_shows_every_article(
    backend: Backend,
) {
    let desk = Desk::staffed_on(backend);
    let folder = desk.dir.path().join("many");
    std::fs::create_dir_all(&folder).unwrap();
    for n in 0..101 {
        std::fs::write(
            folder.join(format!("story-{n:03}.txt")),
            format!("Story {n}\n\nThe council met on Tuesday to vote on item {n}.\n"),
        )
        .unwrap();
    }
    desk.run_as("ed", &["ingest", folder.to_str().unwrap()])
        .ok();
    let rows = |stdout: &str| stdout.lines().filter(|l| l.starts_with("story-")).count();
    let page = desk.run(&["articles"]).ok().stdout;
    assert_eq!(rows(&page), 100, "{page}");
    assert!(
        page.ends_with("next page: factdesk articles --after story-099\n"),
        "{page}"
    );
    let rest = desk.run(&["articles", "--after", "story-099"]).ok().stdout;
    assert_eq!(rows(&rest), 1, "{rest}");
    assert!(
        rest.contains("story-100") && !rest.contains("next page"),
        "{rest}"
    );
    assert_eq!(rows(&desk.run(&["articles", "--all"]).ok().stdout), 101);
    let json = desk.run(&["articles", "--json"]).ok().json();
    assert_eq!(json.as_array().unwrap().len(), 101);
}

fn statements_filters_by_status_kind_and_assignee(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let all = desk.statements("cia-mexico");
    let first = all[0]["id"].to_string();
    desk.run_as("ed", &["assign", &first, "--to", "ana"]).ok();
    let json = |args: &[&str]| desk.run(args).ok().json().as_array().unwrap().clone();

    let mine = json(&["statements", "cia-mexico", "--assignee", "ana", "--json"]);
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0]["assignee"], "ana");
    let unassigned = json(&["statements", "cia-mexico", "--assignee", "none", "--json"]);
    assert_eq!(unassigned.len(), all.len() - 1);
    assert_eq!(
        json(&["statements", "cia-mexico", "--status", "verified", "--json"]).len(),
        0
    );
    assert_eq!(
        json(&[
            "statements",
            "cia-mexico",
            "--status",
            "unchecked",
            "--json"
        ])
        .len(),
        all.len()
    );
    for s in json(&["statements", "cia-mexico", "--kind", "date", "--json"]) {
        assert!(
            s["kinds"].as_array().unwrap().iter().any(|k| k == "date"),
            "{s}"
        );
    }
    desk.run(&["statements", "cia-mexico", "--status", "done"])
        .usage_error("invalid value 'done' for '--status <STATUS>'");
    desk.run(&["statements", "cia-mexico", "--kind", "rumour"])
        .usage_error("invalid value 'rumour' for '--kind <KIND>'");
    desk.run(&["statements", "cia-mexico", "--revision", "7"])
        .fails_with("has no revision 7");
}

fn show_marks_each_statement_inline(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let statements = desk.statements("cia-mexico");
    let run = desk.run(&["show", "cia-mexico"]).ok();
    for s in &statements {
        let mark = format!(
            "[#{} {} unchecked] {}",
            s["id"],
            s["element"].as_str().unwrap(),
            s["text"].as_str().unwrap()
        );
        assert!(run.stdout.contains(&mark), "show lacks {mark:?}");
    }
}

// SQLite only: proves no SQLite file is created.
#[test]
fn split_shows_what_ingest_would_store_without_storing() {
    let desk = Desk::empty();
    let run = desk
        .run(&["split", &seed("cia-mexico-2026-01-17.txt"), "--json"])
        .ok();
    let json = run.json();
    assert!(json["statements"].as_array().unwrap().len() > 20);
    assert!(json["metadata"].is_object());
    assert!(!desk.db().exists(), "split never touches the database");

    let mut child = desk
        .command(None, &["split", "-", "--json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"The mayor said the budget rose 4%. It was approved on Tuesday.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let texts: Vec<&str> = json["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "The mayor said the budget rose 4%.",
            "It was approved on Tuesday."
        ]
    );
}

/// Each kind comes with the words that triggered it, in `split --json` and `statements --json`.
fn split_and_statements_give_each_kinds_reasons(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let split = desk
        .run(&["split", &seed("cia-mexico-2026-01-17.txt"), "--json"])
        .ok()
        .json();
    let stored = desk.statements("cia-mexico");
    let split = split["statements"].as_array().unwrap();
    assert_eq!(split.len(), stored.len());
    let mut explained = 0;
    for (s, t) in split.iter().zip(&stored) {
        let kinds: Vec<&str> = s["kinds"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap())
            .collect();
        let reasons = s["reasons"].as_object().unwrap();
        let mut named: Vec<&str> = reasons.keys().map(String::as_str).collect();
        let mut sorted_kinds = kinds.clone();
        named.sort();
        sorted_kinds.sort();
        assert_eq!(
            named, sorted_kinds,
            "every kind and only the kinds have reasons: {s}"
        );
        for words in reasons.values() {
            for word in words.as_array().unwrap() {
                assert!(
                    s["text"].as_str().unwrap().contains(word.as_str().unwrap()),
                    "{s}"
                );
            }
        }
        explained += reasons.len();
        // The stored statement explains the same kinds with the same words.
        if kinds.is_empty() {
            assert!(t.get("reasons").is_none(), "{t}");
        } else {
            assert_eq!(&t["reasons"], &s["reasons"], "{t}");
        }
    }
    assert!(explained > 40, "the seed has many kinds: {explained}");
}

both_backends!(
    the_table_shows_a_page_of_a_hundred_with_the_next_command_and_json_or_all_shows_every_article,
    ingest_stores_the_text_exactly_and_statements_with_spans_into_it,
    init_creates_the_database_and_is_safe_to_repeat,
    articles_lists_revision_counts_and_gate,
    articles_shows_a_column_per_status_stale_apart_the_desk_and_the_gate_in_words,
    statements_filters_by_status_kind_and_assignee,
    show_marks_each_statement_inline,
    split_and_statements_give_each_kinds_reasons,
);
