//! Confidential sources on the web desk (issue 17, item 3): every page and every API route, for
//! every signed-in role and for an anonymous request, shows "confidential source, identity known
//! to EDITOR" and never the identity planted as a marker; a check posted from the form or the
//! API records one without echoing it.

use axum::http::StatusCode;
use serde_json::json;

use super::{TestDesk, body_text};

const IDENTITY: &str = "Xqvormund Palk, deputy harbour master";
const MARKER: &str = "xqvormund";

/// The seed article handed to `ana`, its first statement verified by her on a confidential
/// source known to `ed`, who attested it; a writer `wes` besides. Returns the statement id.
fn desk_with_confidential_source() -> (TestDesk, i64) {
    let desk = TestDesk::new();
    let ids = desk.ingest_seed("cia-mexico-2026-01-17.txt", "cia-mexico");
    assign_to_ana(&desk, &ids);
    let id = ids[0].to_string();
    let check = desk.ok(&[
        "--as",
        "ana",
        "check",
        &id,
        "--status",
        "verified",
        "--source",
        &format!("confidential:{IDENTITY}"),
        "--known-to",
        "ed",
        "--json",
    ]);
    let source: serde_json::Value = serde_json::from_str(&check).unwrap();
    let n = source["sources"][0]["confidential"]["source_id"].to_string();
    desk.ok(&["--as", "ed", "source", "attest", &n]);
    (desk, ids[0])
}

fn assign_to_ana(desk: &TestDesk, ids: &[i64]) {
    let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
    let mut args = vec!["--as", "ed", "assign"];
    args.extend(ids.iter().map(String::as_str));
    args.extend(["--to", "ana"]);
    desk.ok(&args);
}

fn routes(id: i64) -> Vec<String> {
    [
        "/",
        "/queue",
        "/desk",
        "/statements/{id}",
        "/articles/cia-mexico",
        "/articles/cia-mexico/diff",
        "/articles/cia-mexico/report",
        "/articles/cia-mexico/report/download",
        "/api/v1/articles",
        "/api/v1/articles/cia-mexico",
        "/api/v1/articles/cia-mexico/statements",
        "/api/v1/articles/cia-mexico/gate",
        "/api/v1/articles/cia-mexico/report",
        "/api/v1/queue",
        "/api/v1/statements/{id}",
        "/api/v1/statements/{id}/history",
    ]
    .iter()
    .map(|r| r.replace("{id}", &id.to_string()))
    .collect()
}

#[tokio::test]
async fn no_page_and_no_api_route_shows_the_identity_to_anyone() {
    let (desk, id) = desk_with_confidential_source();
    for handle in ["ed", "ana", "ben"] {
        let session = desk.sign_in(handle).await;
        for route in routes(id) {
            let response = desk.send(session.get(&route)).await;
            let status = response.status();
            let body = body_text(response).await;
            assert!(
                !body.to_lowercase().contains(MARKER),
                "{route} as {handle} ({status}) shows the identity:\n{body}"
            );
        }
        let page = body_text(desk.send(session.get(&format!("/statements/{id}"))).await).await;
        assert!(
            page.contains("confidential source, identity known to ed"),
            "the statement page as {handle}:\n{page}"
        );
        let api = body_text(
            desk.send(session.get(&format!("/api/v1/statements/{id}")))
                .await,
        )
        .await;
        assert!(api.contains("\"known_to\":\"ed\""), "{api}");
    }
    for route in routes(id) {
        let response = desk
            .send(
                axum::http::Request::get(route.as_str())
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await;
        let body = body_text(response).await;
        assert!(
            !body.to_lowercase().contains(MARKER),
            "{route} anonymous: {body}"
        );
    }
}

#[tokio::test]
async fn a_confidential_source_posted_from_the_form_or_the_api_is_kept_apart() {
    let desk = TestDesk::new();
    let ids = desk.ingest_seed("cia-mexico-2026-01-17.txt", "cia-mexico");
    assign_to_ana(&desk, &ids);
    let ana = desk.sign_in("ana").await;
    let (first, second) = (ids[0], ids[1]);
    // The form: a contact beside a confidential citation is refused (it would be stored in the
    // open), and the refusal does not repeat the identity.
    let refused = desk
        .send(ana.post_form(
            &format!("/statements/{first}/check"),
            &[
                ("status", "verified"),
                ("s0_kind", "confidential"),
                ("s0_citation", IDENTITY),
                ("s0_contact", "someone"),
                ("known_to", "ed"),
            ],
        ))
        .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let body = body_text(refused).await;
    assert!(body.contains("source 1 is confidential"), "{body}");
    assert!(!body.to_lowercase().contains(MARKER), "{body}");
    let posted = desk
        .send(ana.post_form(
            &format!("/statements/{first}/check"),
            &[
                ("status", "verified"),
                ("s0_kind", "confidential"),
                ("s0_citation", IDENTITY),
                ("known_to", "ed"),
                ("next", "statement"),
            ],
        ))
        .await;
    assert_eq!(posted.status(), StatusCode::SEE_OTHER);
    // The API: the identity in `citation`, the editor in `known_to`.
    let created = desk
        .send(ana.post_json(
            &format!("/api/v1/statements/{second}/checks"),
            &json!({"status": "verified", "sources": [
                {"kind": "confidential", "citation": IDENTITY, "known_to": "ed"}
            ]}),
        ))
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let body = body_text(created).await;
    assert!(!body.to_lowercase().contains(MARKER), "{body}");
    assert!(
        body.contains("confidential source, identity awaiting ed's attestation"),
        "{body}"
    );
    let checker_alone = desk
        .send(ana.post_json(
            &format!("/api/v1/statements/{second}/checks"),
            &json!({"status": "verified", "sources": [
                {"kind": "confidential", "citation": IDENTITY}
            ]}),
        ))
        .await;
    assert_eq!(checker_alone.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = body_text(checker_alone).await;
    assert!(
        body.contains("needs the editor who knows its identity"),
        "{body}"
    );
    assert!(!body.to_lowercase().contains(MARKER), "{body}");
    // Both identities were stored, and `source show` reveals them to the editor.
    let history = desk.ok(&["history", &first.to_string(), "--json"]);
    assert!(!history.to_lowercase().contains(MARKER), "{history}");
    let statements = desk.ok(&["statements", "cia-mexico", "--json"]);
    let statements: serde_json::Value = serde_json::from_str(&statements).unwrap();
    for statement in &statements.as_array().unwrap()[..2] {
        let n = statement["sources"][0]["confidential"]["source_id"].to_string();
        let shown = desk.ok(&["--as", "ed", "source", "show", &n]);
        assert!(shown.contains(IDENTITY), "{shown}");
    }
}
