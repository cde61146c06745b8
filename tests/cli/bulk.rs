//! Bulk ingest: several files or a folder, bad files reported and skipped, slugs from names.

use super::{Desk, seed, seeds};
use crate::Backend;

/// A folder with two good articles, an empty file and a binary one.
fn archive(desk: &Desk) -> std::path::PathBuf {
    let folder = desk.dir.path().join("archive");
    std::fs::create_dir_all(folder.join("2026")).unwrap();
    std::fs::copy(
        seeds().join("wire-port-strike-2026-03-04.txt"),
        folder.join("Port Strike_2026.txt"),
    )
    .unwrap();
    std::fs::copy(
        seeds().join("cms-city-budget-2026-05-12.md"),
        folder.join("2026").join("city-budget.md"),
    )
    .unwrap();
    std::fs::copy(seeds().join("bad/empty.txt"), folder.join("empty.txt")).unwrap();
    std::fs::copy(seeds().join("bad/binary.bin"), folder.join("photo.bin")).unwrap();
    folder
}

fn slugs(desk: &Desk) -> Vec<String> {
    let run = desk.run(&["articles", "--json"]).ok();
    let mut slugs: Vec<String> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["slug"].as_str().unwrap().to_string())
        .collect();
    slugs.sort();
    slugs
}

fn a_folder_goes_in_except_the_bad_files_which_are_reported_with_their_reasons(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let folder = archive(&desk);
    let run = desk.run_as("ed", &["ingest", &folder.display().to_string()]);
    assert_eq!(run.code, 1, "a skipped file makes exit 1:\n{}", run.stderr);
    assert!(
        run.stdout.contains("ingested 2 article(s)"),
        "{}",
        run.stdout
    );
    let skipped: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("skipped "))
        .collect();
    assert_eq!(skipped.len(), 2, "{}", run.stderr);
    assert!(
        skipped
            .iter()
            .any(|l| l.contains("empty.txt") && l.contains("the file is empty")),
        "{}",
        run.stderr
    );
    assert!(
        skipped
            .iter()
            .any(|l| l.contains("photo.bin") && l.contains("binary file")),
        "{}",
        run.stderr
    );
    // The reason is the file's problem alone: the line names the file once.
    for line in &skipped {
        let name = if line.contains("empty.txt") {
            "empty.txt"
        } else {
            "photo.bin"
        };
        assert_eq!(line.matches(name).count(), 1, "{line}");
    }
    assert!(
        run.stderr.contains("2 of 4 file(s) skipped"),
        "{}",
        run.stderr
    );
    // Slugs come from the file names, subfolders included.
    assert_eq!(slugs(&desk), ["city-budget", "port-strike-2026"]);
    assert!(!desk.statements("port-strike-2026").is_empty());
    assert!(!desk.statements("city-budget").is_empty());
}

fn several_good_files_exit_zero_and_a_taken_slug_is_skipped_with_its_reason(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let wire = seed("wire-port-strike-2026-03-04.txt");
    let feature = seed("feature-glacier-2026-08-30.txt");
    desk.run_as("ed", &["ingest", &wire, &feature]).ok();
    assert_eq!(
        slugs(&desk),
        ["feature-glacier-2026-08-30", "wire-port-strike-2026-03-04"]
    );
    let statements_before = desk.count("statement_versions");

    let opinion = seed("opinion-transit-2026-06-02.txt");
    let run = desk.run_as("ed", &["ingest", &wire, &opinion, "--json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let summary = run.json();
    assert_eq!(summary["ingested"].as_array().unwrap().len(), 1);
    assert_eq!(
        summary["ingested"][0]["article"],
        "opinion-transit-2026-06-02"
    );
    let reason = summary["skipped"][0]["reason"].as_str().unwrap();
    assert!(reason.contains("exists already"), "{reason}");
    // The library says what is wrong; the command line adds what to type.
    assert!(
        reason.contains("`factdesk revise wire-port-strike-2026-03-04 FILE`"),
        "{reason}"
    );
    assert!(desk.count("statement_versions") > statements_before);
    assert_eq!(desk.count("articles"), 3);
}

fn slug_with_several_files_is_refused_before_anything_is_written(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let before = desk.fingerprint();
    let run = desk.run_as(
        "ed",
        &[
            "ingest",
            &seed("wire-port-strike-2026-03-04.txt"),
            &seed("feature-glacier-2026-08-30.txt"),
            "--slug",
            "port",
        ],
    );
    run.fails_with("--slug names one article");
    assert_eq!(desk.fingerprint(), before);
}

fn one_file_without_slug_takes_its_name(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    desk.run_as("ed", &["ingest", &seed("wire-port-strike-2026-03-04.txt")])
        .ok();
    assert_eq!(slugs(&desk), ["wire-port-strike-2026-03-04"]);
}

/// A bulk ingest fills the search index once for its whole batch (migration 0014): every
/// statement of every article is found by its own words, with its id, and nothing else is held
/// back; the hash chain over the batch verifies.
fn every_statement_of_a_bulk_ingest_is_searchable_and_the_chain_verifies(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let folder = desk.dir.path().join("batch");
    std::fs::create_dir_all(&folder).unwrap();
    for file in [
        "wire-port-strike-2026-03-04.txt",
        "cia-mexico-2026-01-17.txt",
        "feature-glacier-2026-08-30.txt",
    ] {
        std::fs::copy(seeds().join(file), folder.join(file)).unwrap();
    }
    desk.run_as("ed", &["ingest", &folder.display().to_string()])
        .ok();
    let mut searched = 0;
    for slug in ["wire-port-strike-2026-03-04", "cia-mexico-2026-01-17"] {
        let statements = desk.run(&["statements", slug, "--json"]).ok().json();
        for statement in statements.as_array().unwrap() {
            let text = statement["text"].as_str().unwrap();
            let phrase = format!("\"{}\"", text.replace('"', " "));
            let hits = desk
                .run(&["search", &phrase, "--limit", "1000", "--json"])
                .ok()
                .json();
            let ids: Vec<&serde_json::Value> =
                hits.as_array().unwrap().iter().map(|h| &h["id"]).collect();
            assert!(ids.contains(&&statement["id"]), "{slug}: {text}");
            searched += 1;
        }
    }
    assert!(searched > 40, "{searched}");
    // A later single ingest is indexed too, and the batch's words are still found once each.
    desk.run_as(
        "ed",
        &[
            "ingest",
            &seeds()
                .join("opinion-transit-2026-06-02.txt")
                .display()
                .to_string(),
            "--slug",
            "transit",
        ],
    )
    .ok();
    let transit = desk.run(&["statements", "transit", "--json"]).ok().json();
    let first = transit[0]["text"].as_str().unwrap();
    let hits = desk
        .run(&[
            "search",
            &format!("\"{}\"", first.replace('"', " ")),
            "--json",
        ])
        .ok()
        .json();
    assert!(
        hits.as_array()
            .unwrap()
            .iter()
            .any(|h| h["id"] == transit[0]["id"]),
        "{first}"
    );
    desk.run(&["verify"]).ok();
}

/// Several batches (the CLI writes one while it parses the next): every good file goes in once,
/// in every batch, with the statements `split` finds in it; a bad file and a repeated slug in a
/// later batch are reported and skipped; the chain over all of them verifies.
fn files_over_several_batches_all_go_in_once_with_their_statements(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let folder = desk.dir.path().join("many");
    std::fs::create_dir_all(folder.join("zz-again")).unwrap();
    // Two full batches of 200 and a part of a third.
    let good = 2 * 200 + 13;
    for i in 0..good {
        std::fs::write(
            folder.join(format!("story-{i:03}.txt")),
            format!(
                "Council votes on budget {i}\n\nThe council approved {i} new posts on Monday. \
                 The mayor said the cost was ${i} million.\n"
            ),
        )
        .unwrap();
    }
    std::fs::copy(
        seeds().join("bad/empty.txt"),
        folder.join("story-zz-empty.txt"),
    )
    .unwrap();
    // Read after story-412: the same slug as story-300, in a later batch.
    std::fs::write(
        folder.join("zz-again").join("story-300.txt"),
        "A second story 300.\n",
    )
    .unwrap();
    let run = desk.run_as("ed", &["ingest", &folder.display().to_string()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains(&format!("ingested {good} article(s)")),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("2 of 415 file(s) skipped"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("story-zz-empty.txt"), "{}", run.stderr);
    assert!(
        run.stderr.contains("slug 'story-300' is taken"),
        "{}",
        run.stderr
    );
    let listed = slugs(&desk);
    let expected: Vec<String> = (0..good).map(|i| format!("story-{i:03}")).collect();
    assert_eq!(listed, expected);
    for i in [0, 199, 200, 300, 412] {
        let slug = format!("story-{i:03}");
        let statements = desk.run(&["statements", &slug, "--json"]).ok().json();
        let texts: Vec<&str> = statements
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap())
            .collect();
        assert_eq!(
            texts,
            [
                format!("Council votes on budget {i}"),
                format!("The council approved {i} new posts on Monday."),
                format!("The mayor said the cost was ${i} million."),
            ],
            "{slug}"
        );
    }
    desk.run(&["verify"]).ok();
}

both_backends!(
    a_folder_goes_in_except_the_bad_files_which_are_reported_with_their_reasons,
    several_good_files_exit_zero_and_a_taken_slug_is_skipped_with_its_reason,
    slug_with_several_files_is_refused_before_anything_is_written,
    one_file_without_slug_takes_its_name,
    every_statement_of_a_bulk_ingest_is_searchable_and_the_chain_verifies,
    files_over_several_batches_all_go_in_once_with_their_statements,
);
