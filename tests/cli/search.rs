//! `search`: the archive's statements and check notes, kept up to date by every write, and
//! `backup`: a copy that is a whole desk, refused over an existing file, restorable.

use super::{Desk, seed};
use crate::Backend;

fn search(desk: &Desk, args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["search"];
    all.extend_from_slice(args);
    all.push("--json");
    desk.run(&all).ok().json().as_array().unwrap().clone()
}

/// Hands statements to `ana`, who may then check them.
fn assign_to_ana(desk: &Desk, ids: &[&str]) {
    let mut args = vec!["assign"];
    args.extend_from_slice(ids);
    args.extend_from_slice(&["--to", "ana"]);
    desk.run_as("ed", &args).ok();
}

fn texts(hits: &[serde_json::Value]) -> Vec<&str> {
    hits.iter().map(|h| h["text"].as_str().unwrap()).collect()
}

fn finds_statements_by_their_words_with_article_revision_and_status(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let hits = search(&desk, &["Sheinbaum"]);
    assert_eq!(hits.len(), 1, "{hits:?}");
    let hit = &hits[0];
    assert_eq!(hit["article"], "cia-mexico");
    assert_eq!(hit["revision"], 1);
    assert_eq!(hit["status"], "unchecked");
    assert_eq!(hit["retired"], false);
    assert_eq!(hit["latest_check"], serde_json::Value::Null);
    assert!(hit["text"].as_str().unwrap().contains("Claudia Sheinbaum"));
    // Every word must match; words are whole words, case and accents aside.
    assert_eq!(search(&desk, &["sheinbaum", "Claudia"]).len(), 1);
    assert!(search(&desk, &["Sheinbaum", "Zanzibar"]).is_empty());
    assert!(search(&desk, &["Sheinbau"]).is_empty());
}

fn a_phrase_must_stand_together_and_the_best_match_comes_first(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let phrase = search(&desk, &["\"Mexican sovereignty\""]);
    assert!(!phrase.is_empty());
    for text in texts(&phrase) {
        assert!(text.contains("Mexican sovereignty"), "{text}");
    }
    let loose = search(&desk, &["sovereignty", "Mexican"]);
    assert!(loose.len() >= phrase.len());
    let hits = search(&desk, &["fentanyl", "--limit", "100"]);
    assert!(hits.len() >= 3, "{hits:?}");
    let ids: Vec<i64> = hits.iter().map(|h| h["id"].as_i64().unwrap()).collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(ids, unique);
    assert_eq!(search(&desk, &["fentanyl", "--limit", "2"]).len(), 2);
}

fn check_notes_are_searched_and_the_hit_shows_who_checked_it(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let id = search(&desk, &["Sheinbaum"])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    assert!(search(&desk, &["transcript"]).is_empty());
    assign_to_ana(&desk, &[&id]);
    desk.run_as(
        "ana",
        &[
            "check",
            &id,
            "--status",
            "verified",
            "--source",
            "web:https://gob.mx/presidencia/transcript",
            "--note",
            "Matches the presidency's transcript of the morning briefing",
        ],
    )
    .ok();
    // A statement's own words weigh more than another's check note that mentions them.
    let other = search(&desk, &["\"Mexican sovereignty\""])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    assign_to_ana(&desk, &[&other]);
    desk.run_as(
        "ana",
        &[
            "check",
            &other,
            "--status",
            "in-progress",
            "--note",
            "ask Sheinbaum's office",
        ],
    )
    .ok();
    let ranked = search(&desk, &["Sheinbaum"]);
    assert_eq!(ranked.len(), 2, "{ranked:?}");
    assert_eq!(ranked[0]["id"].as_i64().unwrap().to_string(), id);
    assert_eq!(ranked[1]["id"].as_i64().unwrap().to_string(), other);
    let hits = search(&desk, &["briefing", "transcript"]);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0]["id"].as_i64().unwrap().to_string(), id);
    assert_eq!(hits[0]["status"], "verified");
    let check = &hits[0]["latest_check"];
    assert_eq!(check["checked_by"], "ana");
    assert_eq!(
        check["sources"][0]["citation"],
        "https://gob.mx/presidencia/transcript"
    );
    // The text form says who checked it and against what.
    let text = desk.run(&["search", "Sheinbaum"]).ok().stdout;
    assert!(text.contains("checked by ana"), "{text}");
    assert!(text.contains("gob.mx/presidencia/transcript"), "{text}");
    assert!(text.contains("2 hit(s)"), "{text}");
}

fn a_revision_updates_the_index_in_the_same_write(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    assert_eq!(search(&desk, &["\"counter narcotics\""]).len(), 1);
    assert!(search(&desk, &["counternarcotics"]).is_empty());
    desk.run_as(
        "ed",
        &[
            "revise",
            "cia-mexico",
            &seed("revisions/cia-mexico-2026-01-17.2.txt"),
        ],
    )
    .ok();
    let hits = search(&desk, &["counternarcotics"]);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0]["revision"], 2);
    assert!(search(&desk, &["\"counter narcotics\""]).is_empty());
    // An unchanged statement reads at the latest revision too.
    assert_eq!(search(&desk, &["Sheinbaum"])[0]["revision"], 2);
    // A statement added by the revision is found; accents are ignored ("Lucia" finds "Lucía").
    let added = search(&desk, &["Lucia", "Ocampo"]);
    assert_eq!(added.len(), 1, "{added:?}");
    assert!(
        added[0]["text"]
            .as_str()
            .unwrap()
            .contains("Lucía Ferrer Ocampo")
    );
}

fn status_and_kind_filter_the_hits(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let all = search(&desk, &["Mexican", "--limit", "1000"]);
    // The statement verified first must keep its words in the next revision, whatever the
    // backend's ranking puts first: the first hit whose text the new draft still holds.
    let next_draft =
        std::fs::read_to_string(seed("revisions/cia-mexico-2026-01-17.2.txt")).unwrap();
    let first = all
        .iter()
        .find(|hit| next_draft.contains(hit["text"].as_str().unwrap()))
        .expect("a hit that the next draft keeps word for word")["id"]
        .as_i64()
        .unwrap()
        .to_string();
    assign_to_ana(&desk, &[&first]);
    desk.verify("ana", &first, "web:https://example.org/a");
    let verified = search(&desk, &["Mexican", "--status", "verified"]);
    assert_eq!(verified.len(), 1);
    assert_eq!(verified[0]["id"].as_i64().unwrap().to_string(), first);
    let unchecked = search(
        &desk,
        &["Mexican", "--status", "unchecked", "--limit", "1000"],
    );
    assert_eq!(unchecked.len(), all.len() - 1);
    let figures = search(&desk, &["Mexican", "--kind", "figure", "--limit", "1000"]);
    assert!(figures.len() < all.len());
    for hit in &figures {
        assert!(
            hit["kinds"].as_array().unwrap().contains(&"figure".into()),
            "{hit}"
        );
    }
    // Stale: a checked statement whose words change in the next revision.
    assert!(search(&desk, &["Mexican", "--status", "stale"]).is_empty());
    let changing = search(&desk, &["\"remain in full control\""])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    assign_to_ana(&desk, &[&changing]);
    desk.verify("ana", &changing, "web:https://example.org/b");
    desk.run_as(
        "ed",
        &[
            "revise",
            "cia-mexico",
            &seed("revisions/cia-mexico-2026-01-17.2.txt"),
        ],
    )
    .ok();
    let stale = search(&desk, &["Mexican", "--status", "stale"]);
    assert_eq!(stale.len(), 1, "{stale:?}");
    assert_eq!(stale[0]["id"].as_i64().unwrap().to_string(), changing);
    assert_eq!(stale[0]["stale"], true);
    assert_eq!(stale[0]["status"], "verified");
}

// SQLite only: upgrades a released SQLite file.
#[test]
fn a_released_schema_1_database_is_searchable_after_it_migrates() {
    let desk = Desk::empty();
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/factdesk-schema-1.db");
    std::fs::copy(fixture, desk.db()).unwrap();
    desk.run_as("ed", &["init"]).ok();
    // Its current text is revision 2's.
    let hits = search(&desk, &["counternarcotics"]);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0]["revision"], 2);
    // Check notes written before search existed are found too.
    let noted = search(&desk, &["\"It was 2025\""]);
    assert_eq!(noted.len(), 1, "{noted:?}");
    assert_eq!(noted[0]["id"], 3);
    assert_eq!(noted[0]["status"], "incorrect");
    assert_eq!(noted[0]["latest_check"]["checked_by"], "ana");
}

// SQLite only: reads the FTS5 table itself. The index must hold each statement's latest text
// whatever changed: migration 0016 skips a version whose text is its previous version's.
#[test]
fn after_revisions_the_index_holds_every_statements_latest_text() {
    let desk = Desk::with_seed();
    let second = std::fs::read_to_string(seed("revisions/cia-mexico-2026-01-17.2.txt")).unwrap();
    // A third draft that differs only in typography (straight apostrophes for curly ones): the
    // aligner keeps those statements unchanged, yet their bytes, and so the index, change.
    assert!(second.contains('\u{2019}'));
    let third = second.replace('\u{2019}', "'");
    let third_file = desk.dir.path().join("third.txt");
    std::fs::write(&third_file, &third).unwrap();
    for draft in [
        seed("revisions/cia-mexico-2026-01-17.2.txt"),
        third_file.display().to_string(),
    ] {
        desk.run_as("ed", &["revise", "cia-mexico", &draft]).ok();
    }
    let sql = desk.sql();
    let latest_text = "SELECT v.text FROM statement_versions v
         WHERE v.statement_id = s.id ORDER BY v.revision_id DESC LIMIT 1";
    let statements: i64 = sql
        .query_row("SELECT count(*) FROM statements", [], |r| r.get(0))
        .unwrap();
    let indexed: i64 = sql
        .query_row("SELECT count(*) FROM search_text", [], |r| r.get(0))
        .unwrap();
    assert_eq!(indexed, statements);
    let wrong: Vec<(i64, String)> = sql
        .prepare(&format!(
            "SELECT s.id, t.text FROM statements s JOIN search_text t ON t.rowid = s.id
             WHERE t.text IS NOT ({latest_text})"
        ))
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(wrong.is_empty(), "stale index rows: {wrong:?}");
    let straight: i64 = sql
        .query_row(
            "SELECT count(*) FROM search_text WHERE text LIKE '%''%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(straight > 0, "the typographic change reached the index");
}

fn a_query_without_words_is_refused_and_changes_nothing(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let before = desk.fingerprint();
    desk.run(&["search", "--", "...", "\"\""])
        .fails_with("give at least one word or number");
    desk.run(&["search", "x", "--status", "done"])
        .usage_error("done");
    assert_eq!(desk.fingerprint(), before);
}

// SQLite only: SQLite's online backup, restored by copying the file (PostgreSQL's backup: postgres.rs).
#[test]
fn backup_copies_the_whole_desk_and_a_restore_brings_it_back() {
    let desk = Desk::with_seed();
    let id = search(&desk, &["Sheinbaum"])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    assign_to_ana(&desk, &[&id]);
    desk.verify("ana", &id, "web:https://example.org/a");
    let copy = desk.dir.path().join("copy.db");
    let copy_arg = copy.display().to_string();
    let out = desk.run(&["backup", &copy_arg]).ok().stdout;
    assert!(out.contains("backed up to"), "{out}");
    let before = desk.statements("cia-mexico");

    // Refused over an existing file, which stays as it was.
    let bytes = std::fs::read(&copy).unwrap();
    desk.run(&["backup", &copy_arg])
        .fails_with("a file of that name exists");
    assert_eq!(std::fs::read(&copy).unwrap(), bytes);

    // The desk moves on; the copy holds the desk as it was, and its history holds.
    desk.run_as(
        "ana",
        &["check", &id, "--status", "disputed", "--note", "x"],
    )
    .ok();
    let restored = Desk::empty();
    std::fs::copy(&copy, restored.db()).unwrap();
    restored.run(&["verify"]).ok();
    assert_eq!(restored.statements("cia-mexico"), before);
    assert_eq!(search(&restored, &["Sheinbaum"])[0]["status"], "verified");
    assert_eq!(search(&desk, &["Sheinbaum"])[0]["status"], "disputed");
}

// SQLite only: SQLite's online backup of the file.
#[test]
fn a_backup_taken_while_a_writer_writes_is_a_consistent_desk() {
    let desk = Desk::with_seed();
    let ids: Vec<String> = desk
        .statements("cia-mexico")
        .iter()
        .take(12)
        .map(|s| s["id"].as_i64().unwrap().to_string())
        .collect();
    assign_to_ana(&desk, &ids.iter().map(String::as_str).collect::<Vec<_>>());
    std::thread::scope(|scope| {
        let writer = scope.spawn(|| {
            for id in &ids {
                desk.verify("ana", id, "web:https://example.org/w");
            }
        });
        for n in 0..4 {
            let copy = desk.dir.path().join(format!("copy-{n}.db"));
            desk.run(&["backup", &copy.display().to_string()]).ok();
            let restored = Desk::empty();
            std::fs::copy(&copy, restored.db()).unwrap();
            restored.run(&["verify"]).ok();
        }
        writer.join().unwrap();
    });
}

both_backends!(
    finds_statements_by_their_words_with_article_revision_and_status,
    a_phrase_must_stand_together_and_the_best_match_comes_first,
    check_notes_are_searched_and_the_hit_shows_who_checked_it,
    a_revision_updates_the_index_in_the_same_write,
    status_and_kind_filter_the_hits,
    a_query_without_words_is_refused_and_changes_nothing,
);
