//! ClaimReview (issue 17): `report --format claimreview` writes schema.org ClaimReview JSON-LD
//! for the statements rated verified, incorrect or disputed, with every property Google's
//! fact-check markup requires or recommends.

use crate::Backend;
use crate::Desk;

const URL: &str = "https://news.example/fact-checks/cia-mexico";

fn every_rated_statement_is_a_claimreview_with_the_documented_properties(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let statements = desk.statements("cia-mexico");
    let id = |n: usize| statements[n]["id"].to_string();
    desk.verify("ed", &id(1), "document:DOJ statement, Jan 16");
    desk.run_as(
        "ed",
        &[
            "check",
            &id(2),
            "--status",
            "incorrect",
            "--note",
            "It was 2025.",
        ],
    )
    .ok();
    desk.run_as(
        "ed",
        &[
            "check",
            &id(3),
            "--status",
            "disputed",
            "--note",
            "Accounts differ.",
        ],
    )
    .ok();
    desk.run_as("ed", &["check", &id(4), "--status", "in-progress"])
        .ok();
    desk.run_as(
        "ed",
        &["check", &id(5), "--status", "waived", "--note", "style"],
    )
    .ok();

    let run = desk
        .run(&[
            "report",
            "cia-mexico",
            "--format",
            "claimreview",
            "--url",
            URL,
        ])
        .ok();
    let reviews = run.json();
    let reviews = reviews.as_array().expect("a JSON-LD array of ClaimReviews");
    let rated: Vec<String> = reviews
        .iter()
        .map(|r| r["url"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        rated,
        [1, 2, 3].map(|n| format!("{URL}#statement-{}", id(n))),
        "only verified, incorrect and disputed, in article order"
    );
    let expected = [(1, 3, "Verified"), (2, 1, "Incorrect"), (3, 2, "Disputed")];
    for (review, (n, value, name)) in reviews.iter().zip(expected) {
        assert_eq!(review["@context"], "https://schema.org");
        assert_eq!(review["@type"], "ClaimReview");
        assert_eq!(review["claimReviewed"], statements[n]["text"]);
        assert_eq!(
            review["datePublished"], "2026-01-17",
            "the day it was rated"
        );
        assert_eq!(review["author"]["@type"], "Organization");
        assert_eq!(review["author"]["name"], "Englebrook Independent News");
        let rating = &review["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        assert_eq!(rating["ratingValue"], value);
        assert_eq!(rating["bestRating"], 3);
        assert_eq!(rating["worstRating"], 1);
        assert_eq!(rating["alternateName"], name);
        let claim = &review["itemReviewed"];
        assert_eq!(claim["@type"], "Claim");
        assert_eq!(
            claim["datePublished"], "2026-01-17",
            "the piece's date line"
        );
        let authors = claim["author"].as_array().expect("two bylines");
        assert_eq!(authors[0]["@type"], "Person");
        assert_eq!(authors[0]["name"], "Jennifer Hodges");
        assert_eq!(authors[1]["name"], "Art Fletcher");
    }
}

fn a_claimreview_needs_the_pages_address_and_leaves_out_stale_ratings(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    desk.run(&["report", "cia-mexico", "--format", "claimreview"])
        .usage_error("--format claimreview needs --url");
    desk.run(&[
        "report",
        "cia-mexico",
        "--format",
        "claimreview",
        "--url",
        "news.example/x",
    ])
    .usage_error("starting with https://");
    desk.run(&["report", "cia-mexico", "--url", URL])
        .usage_error("--url is for --format claimreview only");
    // A rating on words that have since changed does not rate the words that will be published.
    let statements = desk.statements("cia-mexico");
    let modified = statements
        .iter()
        .find(|s| {
            s["text"]
                .as_str()
                .unwrap()
                .contains("Mexican forces would remain")
        })
        .expect("the seed's statement that revision 2 edits");
    desk.verify("ed", &modified["id"].to_string(), "document:DOJ statement");
    let before = desk
        .run(&[
            "report",
            "cia-mexico",
            "--format",
            "claimreview",
            "--url",
            URL,
        ])
        .ok()
        .json();
    assert_eq!(before.as_array().unwrap().len(), 1);
    desk.run_as(
        "ed",
        &[
            "revise",
            "cia-mexico",
            &crate::seed("revisions/cia-mexico-2026-01-17.2.txt"),
        ],
    )
    .ok();
    let after = desk
        .run(&[
            "report",
            "cia-mexico",
            "--format",
            "claimreview",
            "--url",
            URL,
        ])
        .ok()
        .json();
    assert_eq!(after, serde_json::json!([]));
}

both_backends!(
    every_rated_statement_is_a_claimreview_with_the_documented_properties,
    a_claimreview_needs_the_pages_address_and_leaves_out_stale_ratings,
);
