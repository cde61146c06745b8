//! The HTML pages over HTTP (in-process, `oneshot`): every page route answers for a signed-in
//! reviewer and sends a stranger to sign in; the forms carry the CSRF token and are refused
//! without it; writes go through the desk's rules and redirect; hostile text stays text.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use super::{Session, TestDesk, body_text, location, seeds};

/// The cia seed ingested by `ed` and handed to `ana`; its ids.
fn desk_with_article() -> (TestDesk, Vec<i64>) {
    let desk = TestDesk::new();
    let ids = desk.ingest_seed("cia-mexico-2026-01-17.txt", "cia");
    let mut args = vec!["--as", "ed", "assign"];
    let owned: Vec<String> = ids.iter().map(i64::to_string).collect();
    args.extend(owned.iter().map(String::as_str));
    args.extend(["--to", "ana"]);
    desk.ok(&args);
    (desk, ids)
}

async fn page(desk: &TestDesk, session: &Session, uri: &str) -> String {
    let response = desk.send(session.get(uri)).await;
    assert_eq!(response.status(), StatusCode::OK, "GET {uri}");
    let content_type = response.headers()[header::CONTENT_TYPE].to_str().unwrap();
    assert!(
        content_type.starts_with("text/html"),
        "{uri}: {content_type}"
    );
    body_text(response).await
}

/// Every form of a page posts the session's token.
fn assert_forms_carry_the_token(html: &str, session: &Session) {
    let posting = html.matches("method=\"post\"").count();
    let tokens = html
        .matches(&format!("name=\"csrf\" value=\"{}\"", session.csrf))
        .count();
    assert!(posting > 0, "no form");
    assert_eq!(posting, tokens, "a form without the session's token");
}

#[tokio::test]
async fn every_page_answers_a_signed_in_reviewer_and_sends_a_stranger_to_sign_in() {
    let (desk, ids) = desk_with_article();
    let ana = desk.sign_in("ana").await;
    let pages = [
        "/queue".to_string(),
        "/desk".into(),
        format!("/statements/{}", ids[0]),
        "/articles/cia".into(),
        "/articles/cia/diff?from=1&to=1".into(),
        "/articles/cia/report".into(),
        "/upload".into(),
    ];
    for uri in &pages {
        let html = page(&desk, &ana, uri).await;
        assert!(
            html.contains("Ana Lyst"),
            "{uri} does not say who is signed in"
        );
        assert_forms_carry_the_token(&html, &ana);
        let stranger = desk
            .send(Request::get(uri.as_str()).body(Body::empty()).unwrap())
            .await;
        assert_eq!(stranger.status(), StatusCode::SEE_OTHER, "{uri}");
        assert!(location(&stranger).starts_with("/login?next="), "{uri}");
    }
    let home = desk.send(ana.get("/")).await;
    assert_eq!(location(&home), "/queue");
}

#[tokio::test]
async fn the_sign_in_page_has_labelled_fields_and_says_why_an_attempt_failed() {
    let desk = TestDesk::new();
    let response = desk
        .send(
            Request::get("/login?error=failed&next=/desk")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = body_text(response).await;
    for needle in [
        "<label for=\"handle\">",
        "<label for=\"password\">",
        "name=\"handle\"",
        "type=\"password\"",
        "action=\"/login\"",
        "wrong handle or password",
        "value=\"/desk\"",
    ] {
        assert!(html.contains(needle), "{needle}");
    }
    // A link elsewhere is never where sign-in leads.
    let outside = desk
        .send(
            Request::get("/login?next=//evil.example/")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    let html = body_text(outside).await;
    assert!(!html.contains("evil.example"), "{html}");
}

#[tokio::test]
async fn the_queue_shows_each_statement_in_its_paragraph_oldest_first() {
    let (desk, ids) = desk_with_article();
    let ana = desk.sign_in("ana").await;
    let html = page(&desk, &ana, "/queue").await;
    let first = html
        .find(&format!("id=\"q-{}\"", ids[0]))
        .expect("first card");
    let last = html
        .find(&format!("id=\"q-{}\"", ids[ids.len() - 1]))
        .expect("last card");
    assert!(first < last);
    assert!(html.contains("<p class=\"context"));
    assert!(html.contains("data-queue"));
    assert!(
        html.contains("Keyboard"),
        "the keys are documented on the page"
    );
    let ben = desk.sign_in("ben").await;
    let empty = page(&desk, &ben, "/queue").await;
    assert!(empty.contains("your queue is empty"));
}

#[tokio::test]
async fn a_check_with_two_sources_is_recorded_and_moves_to_the_next_statement() {
    let (desk, ids) = desk_with_article();
    let ana = desk.sign_in("ana").await;
    let response = desk
        .send(ana.post_form(
            &format!("/statements/{}/check", ids[0]),
            &[
                ("status", "verified"),
                ("s0_kind", "web"),
                ("s0_citation", "https://www.justice.gov/opa"),
                ("s1_kind", "interview"),
                ("s1_citation", "phone call"),
                ("s1_contact", "Ana Ruiz, DOJ"),
                ("s1_date", "2026-01-16"),
                ("note", "both agree"),
                ("next", "statement"),
            ],
        ))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        location(&response).starts_with(&format!("/statements/{}?said=checked", ids[1])),
        "{}",
        location(&response)
    );
    let html = page(&desk, &ana, &format!("/statements/{}", ids[0])).await;
    assert!(html.contains("https://www.justice.gov/opa"));
    assert!(html.contains("contact: Ana Ruiz, DOJ"));
    assert!(html.contains("contacted 2026-01-16"));
    let json = desk.ok(&["history", &ids[0].to_string(), "--json"]);
    assert!(json.contains("\"status\": \"verified\""), "{json}");
    assert!(json.contains("Ana Ruiz, DOJ"), "{json}");
}

#[tokio::test]
async fn a_form_without_its_token_is_refused_and_writes_nothing() {
    let (desk, ids) = desk_with_article();
    let ana = desk.sign_in("ana").await;
    let forged = super::form_request(
        &format!("/statements/{}/check", ids[0]),
        &[
            ("status", "verified"),
            ("s0_kind", "document"),
            ("s0_citation", "x"),
        ],
        Some(&ana.cookie),
    );
    let response = desk.send(forged).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let json = desk.ok(&["history", &ids[0].to_string(), "--json"]);
    assert!(!json.contains("\"check\""), "{json}");
}

#[tokio::test]
async fn a_checkers_hand_made_waive_and_assignment_are_refused_by_the_desk() {
    let (desk, ids) = desk_with_article();
    let ana = desk.sign_in("ana").await;
    let waive = desk
        .send(ana.post_form(
            &format!("/statements/{}/check", ids[0]),
            &[
                ("status", "waived"),
                ("note", "not needed"),
                ("next", "article"),
            ],
        ))
        .await;
    assert_eq!(waive.status(), StatusCode::FORBIDDEN);
    let html = body_text(waive).await;
    assert!(html.contains("Not allowed"), "{html}");
    let assign = desk
        .send(ana.post_form(
            "/articles/cia/assign",
            &[("ids", &ids[0].to_string()), ("to", "ben")],
        ))
        .await;
    assert_eq!(assign.status(), StatusCode::FORBIDDEN);
    let auto = desk
        .send(ana.post_form("/articles/cia/auto-assign", &[]))
        .await;
    assert_eq!(auto.status(), StatusCode::FORBIDDEN);
    let statements = desk.ok(&["statements", "cia", "--json"]);
    assert!(!statements.contains("\"waived\""), "{statements}");
    assert!(!statements.contains("\"ben\""), "{statements}");
    // The checker's page offers neither.
    let page = page(&desk, &ana, "/articles/cia").await;
    assert!(!page.contains("Assign automatically"));
    assert!(!page.contains("value=\"waived\""));
}

#[tokio::test]
async fn an_editor_assigns_by_hand_and_automatically_and_waives_from_the_article_page() {
    let desk = TestDesk::new();
    let ids = desk.ingest_seed("cia-mexico-2026-01-17.txt", "cia");
    let ed = desk.sign_in("ed").await;
    let html = page(&desk, &ed, "/articles/cia").await;
    assert!(html.contains("Assign automatically"));
    let by_hand = desk
        .send(ed.post_form(
            "/articles/cia/assign",
            &[
                ("ids", &ids[0].to_string()),
                ("ids", &ids[1].to_string()),
                ("to", "ben"),
            ],
        ))
        .await;
    assert_eq!(by_hand.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&by_hand), "/articles/cia?said=assigned&n=2");
    let auto = desk
        .send(ed.post_form("/articles/cia/auto-assign", &[]))
        .await;
    assert_eq!(auto.status(), StatusCode::SEE_OTHER);
    let waive = desk
        .send(ed.post_form(
            &format!("/statements/{}/check", ids[2]),
            &[
                ("status", "waived"),
                ("note", "a heading"),
                ("next", "article"),
            ],
        ))
        .await;
    assert_eq!(waive.status(), StatusCode::SEE_OTHER);
    assert!(location(&waive).starts_with("/articles/cia?said=checked"));
    let statements: serde_json::Value =
        serde_json::from_str(&desk.ok(&["statements", "cia", "--json"])).unwrap();
    let all = statements.as_array().unwrap();
    assert_eq!(all[0]["assignee"], "ben");
    assert_eq!(all[2]["status"], "waived");
    assert!(
        all.iter().all(|s| !s["assignee"].is_null()),
        "auto left some"
    );
}

#[tokio::test]
async fn the_article_page_flips_its_gate_when_the_last_statement_is_checked() {
    let desk = TestDesk::new();
    let ids = desk.ingest_seed("cia-mexico-2026-01-17.txt", "cia");
    let ed = desk.sign_in("ed").await;
    let blocked = page(&desk, &ed, "/articles/cia").await;
    assert!(blocked.contains("class=\"gate blocked\""));
    for id in &ids {
        let response = desk
            .send(ed.post_form(
                &format!("/statements/{id}/check"),
                &[
                    ("status", "verified"),
                    ("s0_kind", "document"),
                    ("s0_citation", "Annual report"),
                ],
            ))
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "#{id}");
    }
    let (gate_ready, _, _) = desk.run(&["gate", "cia"], None);
    let ready = page(&desk, &ed, "/articles/cia").await;
    assert_eq!(
        ready.contains("class=\"gate ready\""),
        gate_ready,
        "{ready}"
    );
}

#[tokio::test]
async fn hostile_article_text_notes_and_sources_are_rendered_inert() {
    let desk = TestDesk::new();
    let file = desk.dir.path().join("hostile.txt");
    std::fs::write(
        &file,
        "Officials said <script>alert(1)</script> it cost $2 billion in 2025.\n\nThe mayor <img src=x onerror=alert(2)> said it was the largest ever.\n",
    )
    .unwrap();
    desk.ok(&[
        "--as",
        "ed",
        "ingest",
        file.to_str().unwrap(),
        "--slug",
        "hostile",
    ]);
    let ed = desk.sign_in("ed").await;
    let ids: Vec<i64> =
        serde_json::from_str::<serde_json::Value>(&desk.ok(&["statements", "hostile", "--json"]))
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_i64().unwrap())
            .collect();
    let response = desk
        .send(ed.post_form(
            &format!("/statements/{}/check", ids[0]),
            &[
                ("status", "disputed"),
                ("s0_kind", "document"),
                ("s0_citation", "javascript:alert(3)"),
                ("s0_contact", "<b onclick=alert(5)>Ana</b>"),
                ("note", "<script>alert(4)</script>"),
            ],
        ))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    for uri in [
        "/articles/hostile".to_string(),
        format!("/statements/{}", ids[0]),
        "/desk".into(),
        "/articles/hostile/report/download?format=html".into(),
    ] {
        let html = page(&desk, &ed, &uri).await;
        let lower = html.to_lowercase();
        for bad in [
            "<script>alert",
            "<img src",
            "onerror=",
            "onclick=",
            "href=\"javascript:",
        ] {
            assert!(!lower.contains(bad), "{bad} in {uri}");
        }
    }
    let statement = page(&desk, &ed, &format!("/statements/{}", ids[0])).await;
    assert!(statement.contains("&lt;script&gt;alert(4)&lt;/script&gt;"));
    assert!(statement.contains("javascript:alert(3)"));
}

#[tokio::test]
async fn the_diff_page_shows_word_changes_between_any_two_revisions() {
    let (desk, _) = desk_with_article();
    let revision = seeds().join("revisions/cia-mexico-2026-01-17.2.txt");
    desk.ok(&["--as", "ed", "revise", "cia", revision.to_str().unwrap()]);
    let ana = desk.sign_in("ana").await;
    let html = page(&desk, &ana, "/articles/cia/diff?from=1&to=2").await;
    assert!(html.contains("From revision 1 to revision 2"));
    assert!(html.contains("ch-modified"));
    assert!(html.contains("<del>") && html.contains("<ins>"));
    let bad = desk.send(ana.get("/articles/cia/diff?from=2&to=1")).await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let missing = desk.send(ana.get("/articles/nope/diff")).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_desk_page_lists_articles_with_progress_and_gate_reviewers_with_load_and_stale_work() {
    let (desk, ids) = desk_with_article();
    for id in &ids {
        desk.ok(&[
            "--as",
            "ana",
            "check",
            &id.to_string(),
            "--status",
            "verified",
            "--source",
            "document:Annual report",
        ]);
    }
    let revision = seeds().join("revisions/cia-mexico-2026-01-17.2.txt");
    desk.ok(&["--as", "ed", "revise", "cia", revision.to_str().unwrap()]);
    let ed = desk.sign_in("ed").await;
    let html = page(&desk, &ed, "/desk").await;
    assert!(html.contains("href=\"/articles/cia\""));
    assert!(html.contains("BLOCKED"));
    assert!(html.contains("<progress"));
    assert!(html.contains("Ana Lyst"));
    let queue_len =
        serde_json::from_str::<serde_json::Value>(&desk.ok(&["--as", "ana", "queue", "--json"]))
            .unwrap()
            .as_array()
            .unwrap()
            .len();
    assert!(
        html.contains(&format!("data-label=\"Open\">{queue_len}</td>")),
        "ana's load"
    );
    let statements: serde_json::Value =
        serde_json::from_str(&desk.ok(&["statements", "cia", "--json"])).unwrap();
    let stale: Vec<i64> = statements
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["stale"] == true)
        .map(|s| s["id"].as_i64().unwrap())
        .collect();
    assert!(!stale.is_empty(), "the revision made no statement stale");
    let section = html.split("Stale work").nth(1).unwrap();
    for id in stale {
        assert!(section.contains(&format!("/statements/{id}\"")), "#{id}");
    }
}

#[tokio::test]
async fn the_report_page_offers_every_format_and_each_download_is_the_command_lines_report() {
    let (desk, _) = desk_with_article();
    let ana = desk.sign_in("ana").await;
    let html = page(&desk, &ana, "/articles/cia/report").await;
    for (format, content_type) in [
        ("text", "text/plain"),
        ("md", "text/markdown"),
        ("html", "text/html"),
        ("json", "application/json"),
        ("csv", "text/csv"),
    ] {
        assert!(
            html.contains(&format!("report/download?format={format}")),
            "{format}"
        );
        let response = desk
            .send(ana.get(&format!("/articles/cia/report/download?format={format}")))
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{format}");
        let headers = response.headers().clone();
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with(content_type)
        );
        let disposition = headers[header::CONTENT_DISPOSITION].to_str().unwrap();
        assert!(
            disposition.starts_with("attachment; filename=\"cia-r1-report."),
            "{disposition}"
        );
        let body = body_text(response).await;
        assert!(body.contains("cia"), "{format}");
    }
    let framed = desk
        .send(ana.get("/articles/cia/report/download?format=html&inline=1"))
        .await;
    assert_eq!(framed.headers()[header::X_FRAME_OPTIONS], "SAMEORIGIN");
    assert!(framed.headers().get(header::CONTENT_DISPOSITION).is_none());
    let unknown = desk
        .send(ana.get("/articles/cia/report/download?format=pdf"))
        .await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
}

/// A multipart form with the session's token and one file.
fn upload(session: &Session, fields: &[(&str, &str)], file: (&str, &[u8])) -> Request<Body> {
    let boundary = "factdesk-test-boundary";
    let mut body = Vec::new();
    let mut part = |headers: String, value: &[u8]| {
        body.extend_from_slice(format!("--{boundary}\r\n{headers}\r\n\r\n").as_bytes());
        body.extend_from_slice(value);
        body.extend_from_slice(b"\r\n");
    };
    part(
        "Content-Disposition: form-data; name=\"csrf\"".into(),
        session.csrf.as_bytes(),
    );
    for (name, value) in fields {
        part(
            format!("Content-Disposition: form-data; name=\"{name}\""),
            value.as_bytes(),
        );
    }
    part(
        format!(
            "Content-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\nContent-Type: application/octet-stream",
            file.0
        ),
        file.1,
    );
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    Request::post("/upload")
        .header(header::COOKIE, &session.cookie)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap()
}

#[tokio::test]
async fn an_upload_ingests_a_new_article_and_a_revision_brings_stale_statements_back() {
    let desk = TestDesk::new();
    let ed = desk.sign_in("ed").await;
    let first = std::fs::read(seeds().join("cia-mexico-2026-01-17.txt")).unwrap();
    let response = desk
        .send(upload(
            &ed,
            &[("mode", "ingest"), ("slug", ""), ("checklist", "news")],
            ("CIA Mexico.txt", &first),
        ))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/articles/cia-mexico?said=ingested");
    // Assigned and checked through the pages too: the server's clock is the desk's from here.
    let json: serde_json::Value =
        serde_json::from_str(&desk.ok(&["statements", "cia-mexico", "--json"])).unwrap();
    let ids: Vec<String> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].to_string())
        .collect();
    let mut fields: Vec<(&str, &str)> = ids.iter().map(|id| ("ids", id.as_str())).collect();
    fields.push(("to", "ana"));
    let assigned = desk
        .send(ed.post_form("/articles/cia-mexico/assign", &fields))
        .await;
    assert_eq!(assigned.status(), StatusCode::SEE_OTHER);
    let ana = desk.sign_in("ana").await;
    for id in &ids {
        let checked = desk
            .send(ana.post_form(
                &format!("/statements/{id}/check"),
                &[
                    ("status", "verified"),
                    ("s0_kind", "document"),
                    ("s0_citation", "Annual report"),
                ],
            ))
            .await;
        assert_eq!(checked.status(), StatusCode::SEE_OTHER, "#{id}");
    }
    assert!(
        page(&desk, &ana, "/queue")
            .await
            .contains("your queue is empty")
    );

    let second = std::fs::read(seeds().join("revisions/cia-mexico-2026-01-17.2.txt")).unwrap();
    let response = desk
        .send(upload(
            &ed,
            &[("mode", "revise"), ("slug", "cia-mexico")],
            ("draft 2.txt", &second),
        ))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with("/articles/cia-mexico?said=revised&n="));
    let queue = page(&desk, &ana, "/queue").await;
    assert!(queue.contains("Changed since its last check"), "{queue}");
    assert!(queue.contains("<del>") && queue.contains("<ins>"));

    let binary = desk
        .send(upload(
            &ed,
            &[("mode", "ingest"), ("slug", "junk")],
            ("junk.bin", &[0u8, 159, 146, 150, 0, 1, 2]),
        ))
        .await;
    assert_eq!(binary.status(), StatusCode::BAD_REQUEST);
    let (ok, _, _) = desk.run(&["statements", "junk"], None);
    assert!(!ok, "nothing was stored");
}

#[tokio::test]
async fn assets_are_served_with_long_cache_headers_at_versioned_paths() {
    let desk = TestDesk::new();
    let response = desk
        .send(Request::get("/login").body(Body::empty()).unwrap())
        .await;
    let html = body_text(response).await;
    let paths: Vec<&str> = html
        .split("\"/assets/")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert_eq!(paths.len(), 4, "{paths:?}");
    for path in paths {
        let response = desk
            .send(
                Request::get(format!("/assets/{path}"))
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let cache = response.headers()[header::CACHE_CONTROL].to_str().unwrap();
        assert!(cache.contains("max-age=31536000") && cache.contains("immutable"));
    }
    let stale = desk
        .send(
            Request::get("/assets/desk.00000000.css")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(stale.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_check_tells_open_pages_over_server_sent_events() {
    let (desk, ids) = desk_with_article();
    let ana = desk.sign_in("ana").await;
    let events = desk.send(ana.get("/events")).await;
    assert_eq!(events.status(), StatusCode::OK);
    let mut body = events.into_body().into_data_stream();
    let response = desk
        .send(ana.post_form(
            &format!("/statements/{}/check", ids[0]),
            &[("status", "in-progress")],
        ))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    use futures_util::StreamExt;
    let chunk = tokio::time::timeout(std::time::Duration::from_secs(5), body.next())
        .await
        .expect("an event within 5 s")
        .unwrap()
        .unwrap();
    let text = String::from_utf8_lossy(&chunk);
    assert!(text.contains("event: check"), "{text}");
    assert!(text.contains(&ids[0].to_string()), "{text}");
}

#[tokio::test]
async fn the_desk_page_lists_articles_a_page_at_a_time() {
    let desk = TestDesk::new();
    let folder = tempfile::tempdir().unwrap();
    for n in 0..101 {
        std::fs::write(
            folder.path().join(format!("story-{n:03}.txt")),
            format!("Budget story {n}\n\nThe council approved {n} new posts on Monday.\n"),
        )
        .unwrap();
    }
    desk.ok(&["--as", "ed", "ingest", folder.path().to_str().unwrap()]);
    let ed = desk.sign_in("ed").await;

    let first = page(&desk, &ed, "/desk").await;
    assert!(first.contains("/articles/story-000\""), "{first}");
    assert!(first.contains("/articles/story-099\""));
    assert!(!first.contains("/articles/story-100\""));
    assert!(first.contains("href=\"/desk?after=story-099\" rel=\"next\""));

    let second = page(&desk, &ed, "/desk?after=story-099").await;
    assert!(second.contains("/articles/story-100\""), "{second}");
    assert!(!second.contains("/articles/story-099\""));
    assert!(!second.contains("rel=\"next\""));
    assert!(second.contains("href=\"/desk\">First page"));

    // One desk's articles: each row links to its desk, whose page lists only them.
    let night = folder.path().join("night.txt");
    std::fs::write(
        &night,
        "Night shift\n\nThe port closed at 9 p.m. on Monday.\n",
    )
    .unwrap();
    let night = night.to_str().unwrap();
    desk.ok(&[
        "--as", "ed", "ingest", night, "--slug", "zz-night", "--desk", "night",
    ]);
    let second = page(&desk, &ed, "/desk?after=story-099").await;
    assert!(
        second.contains("href=\"/desk?desk=night\">night</a>"),
        "{second}"
    );
    let on_night = page(&desk, &ed, "/desk?desk=night").await;
    assert!(
        on_night.contains("Articles of the night desk (1)"),
        "{on_night}"
    );
    assert!(on_night.contains("/articles/zz-night\""));
    assert!(!on_night.contains("/articles/story-000\""));
    assert!(on_night.contains("href=\"/desk\">Every desk"));
}
