//! Bad input: one clear message, exit 1, and an untouched database.

use crate::Backend;
use crate::{Desk, seed};

pub fn refused_untouched(desk: &Desk, args: &[&str], needle: &str) {
    let before = desk.fingerprint();
    desk.run_as("ed", args).fails_with(needle);
    assert_eq!(
        desk.fingerprint(),
        before,
        "the database changed after a refused {args:?}"
    );
}

pub fn write(desk: &Desk, name: &str, bytes: &[u8]) -> String {
    let path = desk.dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

fn a_missing_file(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    refused_untouched(
        &desk,
        &["ingest", "nope.txt", "--slug", "x"],
        "nope.txt: no such file",
    );
    refused_untouched(&desk, &["revise", "cia-mexico", "nope.txt"], "no such file");
}

fn an_empty_or_whitespace_only_file(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let empty = write(&desk, "empty.txt", b"");
    let blank = write(&desk, "blank.txt", b"  \n\n\t \n");
    refused_untouched(
        &desk,
        &["ingest", &empty, "--slug", "x"],
        "the file is empty",
    );
    refused_untouched(
        &desk,
        &["ingest", &blank, "--slug", "x"],
        "the file is empty",
    );
    refused_untouched(
        &desk,
        &["revise", "cia-mexico", &blank],
        "the file is empty",
    );
}

fn a_binary_file(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let png = write(
        &desk,
        "photo.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10",
    );
    refused_untouched(&desk, &["ingest", &png, "--slug", "x"], "binary file");
}

fn invalid_utf8_names_the_byte_offset(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let bad = write(
        &desk,
        "latin1.txt",
        b"The mayor of San Jos\xe9 said the budget rose.\n",
    );
    refused_untouched(
        &desk,
        &["ingest", &bad, "--slug", "x"],
        "not valid UTF-8 (byte 0xE9 at offset 20)",
    );
}

fn a_file_over_the_size_limit(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let line = "The council approved the budget on Tuesday, officials said.\n";
    let huge = line.repeat(6 * 1024 * 1024 / line.len());
    let path = write(&desk, "huge.txt", huge.as_bytes());
    refused_untouched(
        &desk,
        &["ingest", &path, "--slug", "x"],
        "over the 5 MiB limit",
    );
}

fn a_slug_already_taken_suggests_revise(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    refused_untouched(
        &desk,
        &[
            "ingest",
            &seed("cia-mexico-2026-01-17.txt"),
            "--slug",
            "cia-mexico",
        ],
        "use `factdesk revise cia-mexico FILE`",
    );
}

fn a_bad_slug_is_refused_before_anything_is_read(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    refused_untouched(
        &desk,
        &[
            "ingest",
            &seed("cia-mexico-2026-01-17.txt"),
            "--slug",
            "CIA Mexico",
        ],
        "slug 'CIA Mexico' is not valid",
    );
}

fn an_unknown_slug(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    for args in [
        &["statements", "nope"][..],
        &["show", "nope"],
        &["revise", "nope", &seed("cia-mexico-2026-01-17.txt")],
        &["gate", "nope"],
        &["diff", "nope"],
    ] {
        refused_untouched(&desk, args, "no article 'nope'");
    }
}

// SQLite only: a file that is not SQLite, left untouched.
#[test]
fn a_database_file_that_is_not_sqlite() {
    let desk = Desk::empty();
    std::fs::write(desk.db(), "Reporter's notes, not a database.\n".repeat(200)).unwrap();
    let before = std::fs::read(desk.db()).unwrap();
    for args in [
        &["init"][..],
        &["articles"],
        &["ingest", &seed("cia-mexico-2026-01-17.txt"), "--slug", "x"],
    ] {
        desk.run_as("ed", args)
            .fails_with("is not a factdesk database");
    }
    assert_eq!(std::fs::read(desk.db()).unwrap(), before);
}

// SQLite only: a missing SQLite file; PostgreSQL has no file to be missing.
#[test]
fn a_missing_database_points_at_init() {
    let desk = Desk::empty();
    desk.run(&["articles"])
        .fails_with("create it with `factdesk init`");
    assert!(!desk.db().exists());
}

fn an_unknown_statement_id(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    refused_untouched(
        &desk,
        &["check", "99999", "--status", "in-progress"],
        "no statement 99999",
    );
    refused_untouched(
        &desk,
        &["assign", "99999", "--to", "ana"],
        "no statement 99999",
    );
    refused_untouched(&desk, &["history", "99999"], "no statement 99999");
}

fn usage_errors_exit_2(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let run = desk.run(&["ingest"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let run = desk.run(&["frobnicate"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

/// The library's errors reach the command line with its hint and exit 1; contradictory
/// arguments are a usage error (2); a blocked gate is 3.
fn each_sort_of_failure_has_its_exit_code_and_hint(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    desk.run(&["assign", "1", "--to", "ana"])
        .fails_with("who is acting? pass --as HANDLE or set FACTDESK_USER");
    desk.run_as("zed", &["assign", "1", "--to", "ana"])
        .fails_with(
            "unknown reviewer 'zed': add them with `factdesk reviewer add zed --name NAME`",
        );
    desk.run_as("ana", &["assign", "1", "--to", "ana"])
        .fails_with("only an editor may assign statements; ana is a checker");
    desk.run(&["statements", "nope"])
        .fails_with("no article 'nope': see `factdesk articles`, or ingest it first");
    desk.run(&["diff", "cia-mexico", "--from", "1", "--to", "0"])
        .usage_error("--from 1 is after --to 0");
    let gate = desk.run(&["gate", "cia-mexico"]);
    assert_eq!(gate.code, 3, "{}", gate.stderr);
}

both_backends!(
    a_missing_file,
    an_empty_or_whitespace_only_file,
    a_binary_file,
    invalid_utf8_names_the_byte_offset,
    a_file_over_the_size_limit,
    a_slug_already_taken_suggests_revise,
    a_bad_slug_is_refused_before_anything_is_read,
    an_unknown_slug,
    an_unknown_statement_id,
    usage_errors_exit_2,
    each_sort_of_failure_has_its_exit_code_and_hint,
);
