//! Confidential sources (issue 17, item 3): the identity is kept apart and shown by `source show`
//! to editors and the statement's assignee alone; every other output of every command, as every
//! role, reads "confidential source, identity known to EDITOR". The attack: plant a unique
//! marker as the identity, then run every output as every role and look for it.

use crate::Backend;
use crate::pg::Database;
use crate::{Desk, Run, seed};

/// The marker planted as an identity, and the one word of it a search or a grep looks for
/// (any case): it must appear nowhere it is not allowed.
const IDENTITY: &str = "Xqvormund Palk, deputy harbour master";
const MARKER: &str = "xqvormund";

/// Every role the desk knows, plus nobody: editors `ed` and `eve`, the assignee `ana`, another
/// checker `bo`, the writer `wes`.
const EVERYONE: &[Option<&str>] = &[
    Some("ed"),
    Some("eve"),
    Some("ana"),
    Some("bo"),
    Some("wes"),
    None,
];

fn contains_marker(text: &str) -> bool {
    text.to_lowercase().contains(MARKER)
}

#[track_caller]
fn assert_clean(what: &str, run: &Run) {
    assert!(
        !contains_marker(&run.stdout) && !contains_marker(&run.stderr),
        "{what} shows the identity:\nstdout:\n{}\nstderr:\n{}",
        run.stdout,
        run.stderr
    );
}

/// The staffed desk plus a second editor `eve` and a writer `wes`, the sample article ingested
/// naming `wes`, its first statement assigned to `ana`.
fn desk() -> (Desk, String) {
    desk_on(Backend::Sqlite)
}

fn desk_on(backend: Backend) -> (Desk, String) {
    let desk = Desk::staffed_on(backend);
    for (handle, name, role) in [
        ("eve", "Eve Adams", "editor"),
        ("wes", "Wes Park", "writer"),
    ] {
        desk.run_as(
            "ed",
            &["reviewer", "add", handle, "--name", name, "--role", role],
        )
        .ok();
    }
    desk.run_as(
        "ed",
        &[
            "ingest",
            &seed("cia-mexico-2026-01-17.txt"),
            "--slug",
            "cia-mexico",
            "--writer",
            "wes",
        ],
    )
    .ok();
    let id = desk.statements("cia-mexico")[0]["id"].to_string();
    desk.run_as("ed", &["assign", &id, "--to", "ana"]).ok();
    (desk, id)
}

/// `ana` verifies statement `id` on a confidential source known to `ed`; returns the source's
/// number.
fn verify_confidentially(desk: &Desk, id: &str) -> i64 {
    let check = desk
        .run_as(
            "ana",
            &[
                "check",
                id,
                "--status",
                "verified",
                "--source",
                &format!("confidential:{IDENTITY}"),
                "--known-to",
                "ed",
                "--json",
            ],
        )
        .ok();
    assert_clean("check --json", &check);
    let source = &check.json()["sources"][0];
    assert_eq!(source["kind"], "confidential");
    assert_eq!(source["confidential"]["known_to"], "ed");
    assert!(source["confidential"]["attested_at"].is_null(), "{source}");
    source["confidential"]["source_id"].as_i64().unwrap()
}

fn as_who(desk: &Desk, who: Option<&str>, args: &[&str]) -> Run {
    match who {
        Some(handle) => desk.run_as(handle, args),
        None => desk.run(args),
    }
}

fn source_show_reveals_the_identity_to_editors_and_the_assignee_alone(backend: Backend) {
    let (desk, id) = desk_on(backend);
    let source = verify_confidentially(&desk, &id);
    let n = source.to_string();
    for who in ["ed", "eve", "ana"] {
        let shown = desk.run_as(who, &["source", "show", &n]).ok();
        assert!(shown.stdout.contains(IDENTITY), "{who}: {}", shown.stdout);
        let json = desk
            .run_as(who, &["source", "show", &n, "--json"])
            .ok()
            .json();
        assert_eq!(json["identity"], IDENTITY);
        assert_eq!(json["known_to"], "ed");
        assert_eq!(json["recorded_by"], "ana");
        assert_eq!(json["statements"][0].to_string(), id);
    }
    for who in ["bo", "wes"] {
        let refused = desk
            .run_as(who, &["source", "show", &n])
            .fails_with(&format!("source {n} is confidential"));
        assert!(refused.stderr.contains(&format!("{who} is neither")));
        assert_clean(&format!("source show as {who}"), &refused);
    }
    let nobody = desk.run(&["source", "show", &n]);
    assert_eq!(nobody.code, 1);
    assert_clean("source show as nobody", &nobody);

    // The assignee reads it while they hold the statement: handed to bo, ana is refused and bo
    // may read it.
    desk.run_as("ed", &["assign", &id, "--to", "bo"]).ok();
    assert_clean(
        "source show as the former assignee",
        &desk
            .run_as("ana", &["source", "show", &n])
            .fails_with("ana is neither"),
    );
    assert!(
        desk.run_as("bo", &["source", "show", &n])
            .ok()
            .stdout
            .contains(IDENTITY)
    );
    desk.run_as("ed", &["source", "show", "9999"])
        .fails_with("no confidential source 9999");
}

/// [`desk`] with a confidential source cited everywhere a source is recorded: `ana`'s check
/// (known to `ed`, who attested it), `wes`'s answer to a query (awaiting `eve`), and `ed`'s
/// correction after publication. Returns the desk, the statement and the check's source.
fn desk_citing_everywhere() -> (Desk, String, i64) {
    let (desk, id) = desk();
    let source = verify_confidentially(&desk, &id);
    // A query answered and a correction made on confidential sources, so every place a source
    // is recorded carries one.
    let query = desk
        .run_as("ana", &["query", &id, "--text", "Who told you?", "--json"])
        .ok()
        .json()["id"]
        .to_string();
    assert_clean(
        "answer --json",
        &desk
            .run_as(
                "wes",
                &[
                    "answer",
                    &query,
                    "--text",
                    "My source.",
                    "--source",
                    &format!("confidential:{IDENTITY}"),
                    "--known-to",
                    "eve",
                    "--json",
                ],
            )
            .ok(),
    );
    desk.run_as("ed", &["source", "attest", &source.to_string()])
        .ok();
    for s in desk.statements("cia-mexico") {
        let sid = s["id"].to_string();
        if sid != id {
            desk.run_as(
                "ed",
                &["check", &sid, "--status", "waived", "--note", "house style"],
            )
            .ok();
        }
    }
    desk.run_as("ed", &["publish", "cia-mexico", "--override", "deadline"])
        .ok();
    assert_clean(
        "correct --json",
        &desk
            .run_as(
                "ed",
                &[
                    "correct",
                    &id,
                    "--note",
                    "The date was wrong.",
                    "--source",
                    &format!("confidential:{IDENTITY}"),
                    "--json",
                ],
            )
            .ok(),
    );
    (desk, id, source)
}

#[test]
fn every_output_as_every_role_reads_the_public_words_and_never_the_identity() {
    let (desk, id, source) = desk_citing_everywhere();
    let backup = desk.dir.path().join("copy.db");
    let copy = desk.dir.path().join("migrated.db");
    let outputs: Vec<Vec<String>> = [
        vec!["report", "cia-mexico"],
        vec!["report", "cia-mexico", "--format", "md"],
        vec!["report", "cia-mexico", "--format", "html"],
        vec!["report", "cia-mexico", "--format", "json"],
        vec!["report", "cia-mexico", "--format", "csv"],
        vec!["report", "cia-mexico", "--format", "claimreview"],
        vec!["show", "cia-mexico"],
        vec!["history", &id],
        vec!["history", &id, "--json"],
        vec!["statements", "cia-mexico"],
        vec!["statements", "cia-mexico", "--json"],
        vec!["queue"],
        vec!["queue", "--json"],
        vec!["queries"],
        vec!["queries", "--json"],
        vec!["corrections"],
        vec!["corrections", "--json"],
        vec!["articles", "--json"],
        vec!["gate", "cia-mexico"],
        vec!["diff", "cia-mexico", "--json"],
        vec!["search", MARKER],
        vec!["search", MARKER, "--json"],
        vec!["search", "harbour", "master", "--json"],
        vec!["verify"],
    ]
    .iter()
    .map(|args| args.iter().map(|a| a.to_string()).collect())
    .collect();
    for who in EVERYONE {
        for args in &outputs {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let run = as_who(&desk, *who, &args);
            assert_clean(&format!("{args:?} as {who:?}"), &run);
        }
    }
    // The public words are there instead, where a source is shown.
    for args in [
        vec!["report", "cia-mexico"],
        vec!["report", "cia-mexico", "--format", "html"],
        vec!["report", "cia-mexico", "--format", "csv"],
        vec!["history", &id],
        vec!["statements", "cia-mexico", "--json"],
    ] {
        let run = desk.run_as("ed", &args).ok();
        assert!(
            run.stdout
                .contains("confidential source, identity known to ed"),
            "{args:?}:\n{}",
            run.stdout
        );
    }
    let queries = desk.run_as("ana", &["queries", "--json"]).ok();
    assert!(
        queries
            .stdout
            .contains("confidential source, identity awaiting eve's attestation"),
        "{}",
        queries.stdout
    );
    // A search for the identity finds nothing: it is not in the index at all.
    assert_eq!(
        desk.run(&["search", MARKER, "--json"]).ok().json(),
        serde_json::json!([])
    );
    let indexed: i64 = desk
        .sql()
        .query_row(
            "SELECT count(*) FROM search_text WHERE search_text MATCH ?1",
            [MARKER],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexed, 0);

    // backup and migrate carry the identity intact and print nothing of it.
    assert_clean(
        "backup",
        &desk.run(&["backup", backup.to_str().unwrap()]).ok(),
    );
    assert_clean(
        "migrate",
        &desk
            .run(&[
                "migrate",
                "--from",
                desk.db().to_str().unwrap(),
                "--to",
                copy.to_str().unwrap(),
            ])
            .ok(),
    );
    for file in [&backup, &copy] {
        let shown = desk
            .run_as(
                "ed",
                &[
                    "--db",
                    file.to_str().unwrap(),
                    "source",
                    "show",
                    &source.to_string(),
                ],
            )
            .ok();
        assert!(shown.stdout.contains(IDENTITY), "{}", shown.stdout);
    }
    // The identity is stored once per citation, in its own table, and nowhere in `sources`.
    assert_eq!(desk.count("confidential_identities"), 3);
    let in_sources: i64 = desk
        .sql()
        .query_row(
            "SELECT count(*) FROM sources WHERE lower(citation || contact) LIKE ?1",
            [format!("%{MARKER}%")],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(in_sources, 0);
}

fn a_checker_names_an_active_editor_whose_attestation_the_gate_awaits(backend: Backend) {
    let (desk, id) = desk_on(backend);
    let before = desk.fingerprint();
    let confidential = format!("confidential:{IDENTITY}");
    for (known_to, message) in [
        (
            None,
            "a confidential source needs the editor who knows its identity, and ana is a checker",
        ),
        (Some("bo"), "bo is a checker, not an editor"),
        (Some("nobody"), "unknown reviewer 'nobody'"),
    ] {
        let mut args = vec![
            "check",
            &id,
            "--status",
            "verified",
            "--source",
            &confidential,
        ];
        if let Some(editor) = known_to {
            args.extend(["--known-to", editor]);
        }
        assert_clean(
            "a refused check",
            &desk.run_as("ana", &args).fails_with(message),
        );
    }
    assert_clean(
        "--known-to without a confidential source",
        &desk
            .run_as(
                "ana",
                &[
                    "check",
                    &id,
                    "--status",
                    "verified",
                    "--source",
                    "web:https://a.example",
                    "--known-to",
                    "ed",
                ],
            )
            .fails_with("--known-to names the editor who knows a confidential source"),
    );
    desk.run_as("ed", &["reviewer", "deactivate", "eve"]).ok();
    assert_clean(
        "a check naming an inactive editor",
        &desk
            .run_as(
                "ana",
                &[
                    "check",
                    &id,
                    "--status",
                    "verified",
                    "--source",
                    &confidential,
                    "--known-to",
                    "eve",
                ],
            )
            .fails_with("eve is inactive"),
    );
    // Nothing written by the refusals but the deactivation.
    assert_eq!(desk.count("checks"), 0);
    assert_eq!(desk.count("confidential_identities"), 0);
    assert_ne!(desk.fingerprint(), before);

    let source = verify_confidentially(&desk, &id).to_string();
    let gate = desk.run(&["gate", "cia-mexico", "--json"]);
    assert_eq!(gate.code, 3);
    let reasons = gate.json()["reasons"].clone();
    let held = reasons
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "confidential-unattested")
        .unwrap_or_else(|| panic!("{reasons}"));
    assert_eq!(held["statements"][0].to_string(), id);

    desk.run_as("bo", &["source", "attest", &source])
        .fails_with("only they may attest it, not bo");
    desk.run_as("ed", &["reviewer", "activate", "eve"]).ok();
    desk.run_as("eve", &["source", "attest", &source])
        .fails_with(
            "names ed as the editor who knows its identity; only they may attest it, not eve",
        );
    let attested = desk
        .run_as("ed", &["source", "attest", &source, "--json"])
        .ok()
        .json();
    assert_eq!(attested["known_to"], "ed");
    assert_eq!(attested["statements"][0].to_string(), id);
    desk.run_as("ed", &["source", "attest", &source])
        .fails_with("was attested already, by ed");
    let gate = desk.run(&["gate", "cia-mexico", "--json"]).json();
    assert!(
        !gate.to_string().contains("confidential-unattested"),
        "{gate}"
    );
    let statement = &desk.statements("cia-mexico")[0];
    assert_eq!(
        statement["sources"][0]["citation"],
        format!("confidential source, identity known to ed (source {source})")
    );
    // The overview `articles` reads was refreshed by the attestation.
    let articles = desk.run(&["articles", "--json"]).ok().json();
    assert!(
        !articles.to_string().contains("confidential-unattested"),
        "{articles}"
    );
    desk.run(&["verify"]).ok();
}

fn an_editor_recording_a_confidential_source_attests_it_at_once(backend: Backend) {
    let (desk, id) = desk_on(backend);
    let check = desk
        .run_as(
            "ed",
            &[
                "check",
                &id,
                "--status",
                "verified",
                "--source",
                &format!("confidential:{IDENTITY}"),
                "--json",
            ],
        )
        .ok();
    assert_clean("check --json", &check);
    let source = &check.json()["sources"][0];
    assert_eq!(source["confidential"]["known_to"], "ed");
    assert!(
        source["confidential"]["attested_at"].is_string(),
        "{source}"
    );
    assert!(
        !desk
            .run(&["gate", "cia-mexico", "--json"])
            .stdout
            .contains("confidential-unattested")
    );
    // The identity rows are append-only like every record of the desk.
    let changed = desk.execute("UPDATE confidential_identities SET identity = 'someone else'");
    assert!(changed.is_err());
}

/// On PostgreSQL: `migrate` carries the identities over intact, prints none of them, and the
/// search document (the generated tsvector) holds none of their words.
#[test]
fn on_postgres_the_identity_is_carried_but_not_indexed() {
    let (desk, _, source) = desk_citing_everywhere();
    let db = Database::new();
    let there = desk.run(&[
        "migrate",
        "--from",
        desk.db().to_str().unwrap(),
        "--to",
        &db.url,
    ]);
    assert_clean("migrate to PostgreSQL", &there.ok());
    let mut client = db.client();
    let identities: Vec<String> = client
        .query(
            "SELECT identity FROM confidential_identities ORDER BY source_id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(identities, vec![IDENTITY; 3]);
    let indexed: i64 = client
        .query_one(
            "SELECT count(*) FROM search_text WHERE document @@ to_tsquery('factdesk_search', $1)",
            &[&MARKER],
        )
        .unwrap()
        .get(0);
    assert_eq!(indexed, 0);
    let statements: i64 = client
        .query_one("SELECT count(*) FROM search_text", &[])
        .unwrap()
        .get(0);
    assert!(
        statements > 0,
        "the search document was rebuilt on PostgreSQL"
    );
    // And back: the identity is still there for an editor.
    let back = desk.dir.path().join("back.db");
    assert_clean(
        "migrate back",
        &desk
            .run(&["migrate", "--from", &db.url, "--to", back.to_str().unwrap()])
            .ok(),
    );
    let shown = desk
        .run_as(
            "ed",
            &[
                "--db",
                back.to_str().unwrap(),
                "source",
                "show",
                &source.to_string(),
            ],
        )
        .ok();
    assert!(shown.stdout.contains(IDENTITY), "{}", shown.stdout);
}

both_backends!(
    source_show_reveals_the_identity_to_editors_and_the_assignee_alone,
    a_checker_names_an_active_editor_whose_attestation_the_gate_awaits,
    an_editor_recording_a_confidential_source_attests_it_at_once,
);
