//! The JSON API under /api/v1: every route, its shapes (the command line's), its errors, and
//! the desk's rules applied to whoever is signed in.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};

use super::{Session, TestDesk, body_json, body_text, seeds};

const STORY: &str = "# Port strike ends\n\nDockworkers in Rotterdam ended a 12-day strike on Monday, the union said.\n\nThe port handled 440 million tonnes of cargo in 2025.\n";

/// Creates an API token as `ed` with the command line; returns its secret.
fn token(desk: &TestDesk, name: &str) -> String {
    let out = desk.ok(&["--as", "ed", "token", "create", "--name", name]);
    out.lines().last().unwrap().to_string()
}

fn bearer(method: &str, uri: &str, token: &str, body: Option<&Value>) -> Request<Body> {
    let builder = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {token}"));
    match body {
        Some(json) => builder
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(json.to_string()))
            .unwrap(),
        None => builder.body(Body::empty()).unwrap(),
    }
}

/// Ingests [`STORY`] through the API with a token; returns (token, statement ids).
async fn story(desk: &TestDesk) -> (String, Vec<i64>) {
    let token = token(desk, "cms");
    let created = desk
        .send(bearer(
            "POST",
            "/api/v1/articles",
            &token,
            Some(&json!({"slug": "port-strike", "text": STORY, "format": "md"})),
        ))
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let statements = desk
        .send(bearer(
            "GET",
            "/api/v1/articles/port-strike/statements",
            &token,
            None,
        ))
        .await;
    let ids = body_json(statements)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_i64().unwrap())
        .collect();
    (token, ids)
}

#[test]
fn tokens_are_made_by_editors_printed_once_and_listed_without_their_secret() {
    let desk = TestDesk::new();
    let (ok, _, err) = desk.run(&["--as", "ana", "token", "create", "--name", "mine"], None);
    assert!(!ok);
    assert!(err.contains("only an editor"), "{err}");
    let secret = token(&desk, "cms");
    assert!(secret.starts_with("fdt_") && secret.len() > 60, "{secret}");
    assert!(!secret.contains(' '));
    let list = desk.ok(&["--as", "ed", "token", "list", "--json"]);
    let tokens: Value = serde_json::from_str(&list).unwrap();
    assert_eq!(tokens[0]["name"], "cms");
    assert_eq!(tokens[0]["handle"], "ed");
    assert!(!list.contains(&secret[4..]), "the list shows no secret");
    let (ok, _, err) = desk.run(&["--as", "ed", "token", "create", "--name", "cms"], None);
    assert!(!ok, "a name is used once");
    assert!(err.contains("exists already"), "{err}");
}

#[tokio::test]
async fn a_token_acts_as_its_editor_until_revoked() {
    let desk = TestDesk::new();
    let (token, ids) = story(&desk).await;
    let assigned = desk
        .send(bearer(
            "POST",
            &format!("/api/v1/statements/{}/assignment", ids[1]),
            &token,
            Some(&json!({"to": "ana"})),
        ))
        .await;
    assert_eq!(assigned.status(), StatusCode::OK);
    let history = desk
        .send(bearer(
            "GET",
            &format!("/api/v1/statements/{}/history", ids[1]),
            &token,
            None,
        ))
        .await;
    let history = body_text(history).await;
    assert!(
        history.contains("\"ed\""),
        "recorded as the token's editor: {history}"
    );

    desk.ok(&["--as", "ed", "token", "revoke", "cms"]);
    let refused = desk
        .send(bearer("GET", "/api/v1/articles", &token, None))
        .await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(body_json(refused).await["error"], "not signed in");
    let list = desk.ok(&["--as", "ed", "token", "list"]);
    assert!(list.contains("revoked"), "{list}");
    // A made-up token and a session secret passed as a token are refused too.
    for fake in ["fdt_0000", "not-a-token"] {
        let refused = desk
            .send(bearer("GET", "/api/v1/articles", fake, None))
            .await;
        assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    }
}

#[tokio::test]
async fn a_deactivated_editors_token_is_refused() {
    let desk = TestDesk::new();
    desk.ok(&[
        "--as",
        "ed",
        "reviewer",
        "add",
        "eve",
        "--name",
        "Eve Editor",
        "--role",
        "editor",
    ]);
    let out = desk.ok(&["--as", "eve", "token", "create", "--name", "eves"]);
    let token = out.lines().last().unwrap().to_string();
    assert_eq!(
        desk.send(bearer("GET", "/api/v1/queue", &token, None))
            .await
            .status(),
        StatusCode::OK
    );
    desk.ok(&["--as", "ed", "reviewer", "deactivate", "eve"]);
    assert_eq!(
        desk.send(bearer("GET", "/api/v1/queue", &token, None))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_reads_give_the_command_lines_json() {
    let desk = TestDesk::new();
    let (token, ids) = story(&desk).await;
    let get = |uri: String| desk.send(bearer("GET", &uri, &token, None));

    let listed = body_json(get("/api/v1/articles".into()).await).await;
    let cli: Value = serde_json::from_str(&desk.ok(&["articles", "--json"])).unwrap();
    assert_eq!(listed, cli);
    let one = body_json(get("/api/v1/articles/port-strike".into()).await).await;
    assert_eq!(one, cli[0]);

    let statements = body_json(get("/api/v1/articles/port-strike/statements".into()).await).await;
    let cli: Value =
        serde_json::from_str(&desk.ok(&["statements", "port-strike", "--json"])).unwrap();
    assert_eq!(statements, cli);
    let statement = body_json(get(format!("/api/v1/statements/{}", ids[1])).await).await;
    assert_eq!(statement, cli[1]);

    let gate = get("/api/v1/articles/port-strike/gate".into()).await;
    assert_eq!(gate.status(), StatusCode::OK, "blocked is an answer");
    let gate = body_json(gate).await;
    assert_eq!(gate["ready"], false);
    assert!(!gate["reasons"].as_array().unwrap().is_empty());

    let history = body_json(get(format!("/api/v1/statements/{}/history", ids[0])).await).await;
    let cli: Value =
        serde_json::from_str(&desk.ok(&["history", &ids[0].to_string(), "--json"])).unwrap();
    assert_eq!(history, cli);

    for (format, media) in [
        ("json", "application/json"),
        ("html", "text/html; charset=utf-8"),
        ("md", "text/markdown; charset=utf-8"),
        ("csv", "text/csv; charset=utf-8"),
        ("text", "text/plain; charset=utf-8"),
    ] {
        let response = get(format!(
            "/api/v1/articles/port-strike/report?format={format}"
        ))
        .await;
        assert_eq!(response.status(), StatusCode::OK, "{format}");
        assert_eq!(response.headers()[header::CONTENT_TYPE], media);
        let body = body_text(response).await;
        assert!(body.contains("440 million"), "{format}: {body}");
    }
    let bad = get("/api/v1/articles/port-strike/report?format=pdf".into()).await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    assert!(
        body_json(bad).await["error"]
            .as_str()
            .unwrap()
            .contains("pdf")
    );
}

#[tokio::test]
async fn articles_come_in_pages() {
    let desk = TestDesk::new();
    let token = token(&desk, "cms");
    for slug in ["a-one", "b-two", "c-three"] {
        let response = desk
            .send(bearer(
                "POST",
                "/api/v1/articles",
                &token,
                Some(&json!({"slug": slug, "text": STORY})),
            ))
            .await;
        assert_eq!(response.status(), StatusCode::CREATED);
    }
    let page = |uri: &str| desk.send(bearer("GET", uri, &token, None));
    let first = page("/api/v1/articles?limit=2").await;
    assert_eq!(
        first.headers()["link"],
        "</api/v1/articles?limit=2&after=b-two>; rel=\"next\""
    );
    let first = body_json(first).await;
    let slugs: Vec<&str> = first
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["a-one", "b-two"]);
    let next = page("/api/v1/articles?limit=2&after=b-two").await;
    assert!(
        next.headers().get("link").is_none(),
        "the last page has no next"
    );
    let next = body_json(next).await;
    assert_eq!(next[0]["slug"], "c-three");
    assert_eq!(next.as_array().unwrap().len(), 1);
    assert_eq!(
        page("/api/v1/articles?limit=0").await.status(),
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn a_file_goes_in_as_multipart_in_any_format_the_command_line_reads() {
    let desk = TestDesk::new();
    let token = token(&desk, "cms");
    for (file, slug) in [
        ("web-ferry-fares-2026-03-13.html", "ferry"),
        ("draft-water-leaks-2026-04-20.docx", "leaks"),
    ] {
        let bytes = std::fs::read(seeds().join(file)).unwrap();
        let boundary = "XBOUNDARYX";
        let mut body = Vec::new();
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"slug\"\r\n\r\n{slug}\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
        body.extend_from_slice(&bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let response = desk
            .send(
                Request::post("/api/v1/articles")
                    .header(header::AUTHORIZATION, format!("Bearer {token}"))
                    .header(
                        header::CONTENT_TYPE,
                        format!("multipart/form-data; boundary={boundary}"),
                    )
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(response.status(), StatusCode::CREATED, "{file}");
        let outcome = body_json(response).await;
        assert_eq!(outcome["article"], slug);
        assert!(
            outcome["statements"].as_u64().unwrap() > 3,
            "{file}: {outcome}"
        );
    }
    // The same file through the command line gives the same statements.
    let cli = desk.ok(&[
        "split",
        seeds()
            .join("web-ferry-fares-2026-03-13.html")
            .to_str()
            .unwrap(),
        "--json",
    ]);
    let cli: Value = serde_json::from_str(&cli).unwrap();
    let api = body_json(
        desk.send(bearer(
            "GET",
            "/api/v1/articles/ferry/statements",
            &token,
            None,
        ))
        .await,
    )
    .await;
    assert_eq!(
        api.as_array().unwrap().len(),
        cli["statements"].as_array().unwrap().len()
    );
}

#[tokio::test]
async fn a_new_draft_goes_in_with_its_base_and_a_stale_base_is_a_conflict() {
    let desk = TestDesk::new();
    let (token, _) = story(&desk).await;
    let revised = STORY.replace("12-day", "13-day");
    let post = |body: Value| {
        desk.send(bearer(
            "POST",
            "/api/v1/articles/port-strike/revisions",
            &token,
            Some(&body),
        ))
    };
    let response = post(json!({"text": revised, "format": "md", "base": 1})).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let outcome = body_json(response).await;
    assert_eq!(outcome["revision"], 2);
    assert_eq!(outcome["modified"], 1);

    let stale = post(json!({"text": STORY, "format": "md", "base": 1})).await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    let error = body_json(stale).await;
    assert!(
        error["error"].as_str().unwrap().contains("revision 1"),
        "{error}"
    );
    assert!(error["hint"].is_string());

    let same = post(json!({"text": revised, "format": "md"})).await;
    assert_eq!(same.status(), StatusCode::OK);
    assert_eq!(body_json(same).await["stored"], false);

    let elsewhere = post(json!({"slug": "other", "text": revised})).await;
    assert_eq!(elsewhere.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn checks_are_recorded_as_the_signed_in_reviewer_under_the_desks_rules() {
    let desk = TestDesk::new();
    let (token, ids) = story(&desk).await;
    for (id, to) in [(ids[1], "ana"), (ids[2], "ben")] {
        let response = desk
            .send(bearer(
                "POST",
                &format!("/api/v1/statements/{id}/assignment"),
                &token,
                Some(&json!({"to": to})),
            ))
            .await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    let ana = desk.sign_in("ana").await;
    let check = |session: &Session, id: i64, body: Value| {
        desk.send(session.post_json(&format!("/api/v1/statements/{id}/checks"), &body))
    };
    let verified = check(
        &ana,
        ids[1],
        json!({"status": "verified", "note": "union statement",
               "sources": [{"kind": "web", "citation": "https://union.example/strike"},
                           {"kind": "interview", "citation": "union spokesperson", "contact": "J. Smit", "date": "2026-03-02"}]}),
    )
    .await;
    assert_eq!(verified.status(), StatusCode::CREATED);
    let recorded = body_json(verified).await;
    assert_eq!(recorded["checked_by"], "ana");
    assert_eq!(recorded["sources"][1]["contacted_on"], "2026-03-02");

    // A checker's hand-crafted waive: refused by the desk's rule.
    let waive = check(&ana, ids[1], json!({"status": "waived", "note": "no need"})).await;
    assert_eq!(waive.status(), StatusCode::FORBIDDEN);
    assert!(
        body_json(waive).await["error"]
            .as_str()
            .unwrap()
            .contains("waive")
    );
    // Another checker's statement.
    let theirs = check(
        &ana,
        ids[2],
        json!({"status": "verified", "sources": [{"kind": "web", "citation": "x"}]}),
    )
    .await;
    assert_eq!(theirs.status(), StatusCode::FORBIDDEN);
    // An identity in the body is not taken: the field is refused.
    let forged = check(
        &ana,
        ids[1],
        json!({"status": "in-progress", "checked_by": "ed"}),
    )
    .await;
    assert_eq!(forged.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // A checker may not assign.
    let assign = desk
        .send(ana.post_json(
            &format!("/api/v1/statements/{}/assignment", ids[2]),
            &json!({"to": "ana"}),
        ))
        .await;
    assert_eq!(assign.status(), StatusCode::FORBIDDEN);
    // The editor may waive, through the API with the token.
    let waived = desk
        .send(bearer(
            "POST",
            &format!("/api/v1/statements/{}/checks", ids[2]),
            &token,
            Some(&json!({"status": "waived", "note": "the union's own figure"})),
        ))
        .await;
    assert_eq!(waived.status(), StatusCode::CREATED);
    assert_eq!(body_json(waived).await["checked_by"], "ed");

    let history = desk.ok(&["history", &ids[1].to_string(), "--json"]);
    assert!(history.contains("\"ana\""));
    assert!(
        !history.contains("no need"),
        "the refused waive wrote nothing"
    );
}

#[tokio::test]
async fn a_write_with_the_session_cookie_needs_the_csrf_header() {
    let desk = TestDesk::new();
    let ed = desk.sign_in("ed").await;
    let mut request = ed.post_json("/api/v1/articles", &json!({"slug": "x", "text": STORY}));
    request.headers_mut().remove("x-csrf-token");
    let refused = desk.send(request).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(
        body_json(refused).await["error"]
            .as_str()
            .unwrap()
            .contains("CSRF")
    );
    assert_eq!(
        desk.ok(&["articles", "--json"]).trim(),
        "[]",
        "nothing was written"
    );
    let accepted = desk
        .send(ed.post_json("/api/v1/articles", &json!({"slug": "x", "text": STORY})))
        .await;
    assert_eq!(accepted.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn errors_are_json_with_a_hint_and_the_status_of_their_kind() {
    let desk = TestDesk::new();
    let (token, ids) = story(&desk).await;
    let call = |method: &str, uri: &str, body: Option<&str>| {
        let mut request = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::AUTHORIZATION, format!("Bearer {token}"));
        if body.is_some() {
            request = request.header(header::CONTENT_TYPE, "application/json");
        }
        desk.send(
            request
                .body(Body::from(body.unwrap_or("").to_string()))
                .unwrap(),
        )
    };
    let check_uri = format!("/api/v1/statements/{}/checks", ids[0]);
    let cases: Vec<(StatusCode, axum::http::Response<Body>)> = vec![
        (
            StatusCode::NOT_FOUND,
            call("GET", "/api/v1/articles/nope", None).await,
        ),
        (
            StatusCode::NOT_FOUND,
            call("GET", "/api/v1/statements/999999", None).await,
        ),
        (
            StatusCode::BAD_REQUEST,
            call("GET", "/api/v1/statements/abc", None).await,
        ),
        (
            StatusCode::NOT_FOUND,
            call("GET", "/api/v1/nothing-here", None).await,
        ),
        (
            StatusCode::METHOD_NOT_ALLOWED,
            call("DELETE", "/api/v1/articles", None).await,
        ),
        (
            StatusCode::BAD_REQUEST,
            call("POST", &check_uri, Some("{not json")).await,
        ),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            call("POST", &check_uri, Some(r#"{"status": "true-ish"}"#)).await,
        ),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            call(
                "POST",
                &check_uri,
                Some(r#"{"status": "verified", "sources": [{"kind": "rumour", "citation": "x"}]}"#),
            )
            .await,
        ),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            call("POST", &check_uri, Some(r#"{"status": "verified"}"#)).await,
        ),
        (
            StatusCode::CONFLICT,
            call(
                "POST",
                "/api/v1/articles",
                Some(&json!({"slug": "port-strike", "text": STORY}).to_string()),
            )
            .await,
        ),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            call(
                "POST",
                "/api/v1/articles",
                Some(&json!({"slug": "Bad Slug!", "text": STORY}).to_string()),
            )
            .await,
        ),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            call(
                "POST",
                "/api/v1/articles",
                Some(&json!({"slug": "empty", "text": "   "}).to_string()),
            )
            .await,
        ),
        (
            StatusCode::NOT_FOUND,
            call(
                "POST",
                &format!("/api/v1/statements/{}/assignment", ids[0]),
                Some(r#"{"to": "nobody"}"#),
            )
            .await,
        ),
    ];
    for (n, (expected, response)) in cases.into_iter().enumerate() {
        assert_eq!(response.status(), expected, "case {n}");
        let json = body_json(response).await;
        assert!(
            json["error"].as_str().is_some_and(|e| !e.is_empty()),
            "case {n}: {json}"
        );
        assert!(
            json["hint"].as_str().is_some_and(|h| !h.is_empty()),
            "case {n}: {json}"
        );
    }
}

#[tokio::test]
async fn a_draft_over_the_limit_is_413_and_nothing_is_written() {
    let desk = TestDesk::new();
    let token = token(&desk, "cms");
    let huge = "A sentence of some length that repeats. ".repeat(140_000);
    assert!(huge.len() > 5 * 1024 * 1024);
    let response = desk
        .send(bearer(
            "POST",
            "/api/v1/articles",
            &token,
            Some(&json!({"slug": "huge", "text": huge})),
        ))
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        body_json(response).await["hint"]
            .as_str()
            .unwrap()
            .contains("5 MiB")
    );
    let far_too_large = "x".repeat(12 * 1024 * 1024);
    let response = desk
        .send(bearer(
            "POST",
            "/api/v1/articles",
            &token,
            Some(&json!({"slug": "huger", "text": far_too_large})),
        ))
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(desk.ok(&["articles", "--json"]).trim(), "[]");
}

#[tokio::test]
async fn hostile_text_notes_and_sources_stay_inert() {
    let desk = TestDesk::new();
    let token = token(&desk, "cms");
    let hostile = "# <script>alert('headline')</script>\n\nThe mayor said <img src=x onerror=alert(1)> the budget rose 4% in 2025.\n";
    let created = desk
        .send(bearer(
            "POST",
            "/api/v1/articles",
            &token,
            Some(&json!({"slug": "hostile", "text": hostile, "format": "text"})),
        ))
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let statements = body_json(
        desk.send(bearer(
            "GET",
            "/api/v1/articles/hostile/statements",
            &token,
            None,
        ))
        .await,
    )
    .await;
    let id = statements
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"].as_str().unwrap().contains("mayor"))
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let checked = desk
        .send(bearer(
            "POST",
            &format!("/api/v1/statements/{id}/checks"),
            &token,
            Some(&json!({
            "status": "waived", "note": "</script><script>alert('note')</script>",
            "sources": [{"kind": "web", "citation": "javascript:alert('source')"}]})),
        ))
        .await;
    assert_eq!(checked.status(), StatusCode::CREATED);

    // JSON carries the text as data, under a JSON media type the browser will not sniff.
    let response = desk
        .send(bearer(
            "GET",
            "/api/v1/articles/hostile/statements",
            &token,
            None,
        ))
        .await;
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
    assert_eq!(
        response.headers()[header::X_CONTENT_TYPE_OPTIONS],
        "nosniff"
    );
    let json = body_json(response).await;
    assert!(
        json.to_string().contains("onerror=alert(1)"),
        "the words are kept as written"
    );

    // The HTML report escapes all of it, and the CSP forbids inline script besides.
    let response = desk
        .send(bearer(
            "GET",
            "/api/v1/articles/hostile/report?format=html",
            &token,
            None,
        ))
        .await;
    assert!(
        response.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("default-src 'self'")
    );
    let html = body_text(response).await;
    for raw in [
        "<script>alert",
        "<img src=x",
        "</script><script>",
        "href=\"javascript:",
    ] {
        assert!(!html.contains(raw), "{raw} is live in the report");
    }
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;") || html.contains("&lt;img"),
        "escaped"
    );
}
