//! Partial verification on the web desk (issue 17, item 4): the check form offers
//! `partly-verified` with an Except field, the statement and article pages highlight the
//! excepted words, and the JSON API's check route takes and returns them under the desk's rule.

use axum::http::StatusCode;
use serde_json::json;

use super::{TestDesk, body_json, body_text, location};

/// The cia seed handed to ana; the first statement's id and a word of it to except.
fn desk_with_statement() -> (TestDesk, i64, String) {
    let desk = TestDesk::new();
    let ids = desk.ingest_seed("cia-mexico-2026-01-17.txt", "cia");
    desk.ok(&["--as", "ed", "assign", &ids[1].to_string(), "--to", "ana"]);
    let json: serde_json::Value =
        serde_json::from_str(&desk.ok(&["statements", "cia", "--json"])).unwrap();
    let text = json[1]["text"].as_str().unwrap();
    let word = text
        .split_whitespace()
        .find(|w| w.len() > 3 && w.chars().all(char::is_alphanumeric))
        .expect("a plain word in the statement")
        .to_string();
    (desk, ids[1], word)
}

#[tokio::test]
async fn the_check_form_records_a_partial_verification_and_the_pages_mark_the_excepted_words() {
    let (desk, id, word) = desk_with_statement();
    let ana = desk.sign_in("ana").await;
    let form = body_text(desk.send(ana.get(&format!("/statements/{id}"))).await).await;
    assert!(
        form.contains("name=\"status\" value=\"partly-verified\""),
        "the status is offered"
    );
    assert!(form.contains("name=\"except\""), "with its field");

    // A part that is not in the statement: refused, nothing written.
    let refused = desk
        .send(ana.post_form(
            &format!("/statements/{id}/check"),
            &[
                ("status", "partly-verified"),
                ("s0_kind", "document"),
                ("s0_citation", "Agency cable"),
                ("except", "words nowhere in it"),
                ("next", "statement"),
            ],
        ))
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body_text(refused).await.contains("are not in statement"));
    assert_eq!(
        desk.ok(&["history", &id.to_string(), "--json"])
            .matches("\"check\"")
            .count(),
        0
    );

    let recorded = desk
        .send(ana.post_form(
            &format!("/statements/{id}/check"),
            &[
                ("status", "partly-verified"),
                ("s0_kind", "document"),
                ("s0_citation", "Agency cable"),
                ("except", &format!("\n {word} \n")),
                ("next", "statement"),
            ],
        ))
        .await;
    assert_eq!(
        recorded.status(),
        StatusCode::SEE_OTHER,
        "{}",
        location(&recorded)
    );
    let marked = format!("<span class=\"excepted\" title=\"not verified\">{word}</span>");
    let statement = body_text(desk.send(ana.get(&format!("/statements/{id}"))).await).await;
    assert!(statement.contains(&marked), "{statement}");
    assert!(
        statement.contains(&format!("Not verified:</b> “{word}”")),
        "{statement}"
    );
    let article = body_text(desk.send(ana.get("/articles/cia")).await).await;
    assert!(article.contains(&marked), "the article page marks it too");
    let listed = desk.ok(&["statements", "cia", "--json"]);
    assert!(
        listed.contains(&format!("\"excepted\": [\n      \"{word}\"\n    ]")),
        "{listed}"
    );
}

#[tokio::test]
async fn the_api_check_route_takes_the_excepted_parts_under_the_desks_rule() {
    let (desk, id, word) = desk_with_statement();
    let ana = desk.sign_in("ana").await;
    let uri = format!("/api/v1/statements/{id}/checks");
    let source = json!([{"kind": "document", "citation": "Agency cable"}]);
    let wrong_status = desk
        .send(ana.post_json(
            &uri,
            &json!({"status": "verified", "sources": source, "excepted": [word]}),
        ))
        .await;
    assert_eq!(wrong_status.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error = body_json(wrong_status).await;
    assert!(
        error["error"]
            .as_str()
            .unwrap()
            .contains("only a `partly-verified` check"),
        "{error}"
    );
    let missing = desk
        .send(ana.post_json(
            &uri,
            &json!({"status": "partly-verified", "sources": source}),
        ))
        .await;
    assert_eq!(missing.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let created = desk
        .send(ana.post_json(
            &uri,
            &json!({"status": "partly-verified", "sources": source, "except": [word]}),
        ))
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let check = body_json(created).await;
    assert_eq!(check["status"], "partly-verified");
    assert_eq!(check["excepted"], json!([word]));
    let gate = desk.run(&["gate", "cia", "--json"], None).1;
    assert!(gate.contains("status:partly-verified"), "{gate}");
}
