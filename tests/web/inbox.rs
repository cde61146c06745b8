//! The inbox on the web desk (issue 17, item 9): a page and a count in the navigation, a
//! mark-read form under the CSRF check, the API's routes, and the server's deliverer sending
//! the webhook's outbox. Each reviewer only ever sees their own notifications.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use axum::http::StatusCode;

use super::{TestDesk, body_json, body_text, location};

/// A desk whose `port` article has its first two statements assigned to ana.
fn assigned_desk() -> (TestDesk, Vec<i64>) {
    let desk = TestDesk::new();
    let ids = desk.ingest_seed("wire-port-strike-2026-03-04.txt", "port");
    desk.ok(&[
        "--as",
        "ed",
        "assign",
        &ids[0].to_string(),
        &ids[1].to_string(),
        "--to",
        "ana",
    ]);
    (desk, ids)
}

#[tokio::test]
async fn the_inbox_page_lists_the_reviewers_own_notifications_and_the_navigation_counts_them() {
    let (desk, ids) = assigned_desk();
    let ana = desk.sign_in("ana").await;
    let page = desk.send(ana.get("/queue")).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = body_text(page).await;
    assert!(html.contains("aria-label=\"2 unread\""), "{html}");

    let page = desk.send(ana.get("/inbox")).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = body_text(page).await;
    assert!(html.contains(&format!("href=\"/statements/{}\"", ids[0])));
    assert!(html.contains(&format!("href=\"/statements/{}\"", ids[1])));
    assert!(html.contains("assigned"));
    assert!(html.contains("name=\"csrf\""));

    // ben has nothing: ana's notifications are not his to see.
    let ben = desk.sign_in("ben").await;
    let html = body_text(desk.send(ben.get("/inbox")).await).await;
    assert!(html.contains("Nothing unread."), "{html}");
    assert!(!html.contains(&format!("href=\"/statements/{}\"", ids[0])));
    assert!(!html.contains("unread\">"));
}

#[tokio::test]
async fn marking_read_needs_the_csrf_token_and_only_marks_ones_own() {
    let (desk, _) = assigned_desk();
    let ana = desk.sign_in("ana").await;
    let listed = body_json(desk.send(ana.get("/api/v1/inbox")).await).await;
    let first = listed[0]["id"].as_i64().unwrap().to_string();

    // Without the token: refused before anything is written.
    let forged = super::form_request("/inbox/read", &[("id", &first)], Some(&ana.cookie));
    assert_eq!(desk.send(forged).await.status(), StatusCode::FORBIDDEN);
    // ben cannot mark ana's.
    let ben = desk.sign_in("ben").await;
    let refused = desk
        .send(ben.post_form("/inbox/read", &[("id", &first)]))
        .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        body_json(desk.send(ana.get("/api/v1/inbox")).await)
            .await
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let marked = desk
        .send(ana.post_form("/inbox/read", &[("id", &first)]))
        .await;
    assert_eq!(marked.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&marked), "/inbox?said=read&n=1");
    let unread = body_json(desk.send(ana.get("/api/v1/inbox")).await).await;
    assert_eq!(unread.as_array().unwrap().len(), 1);
    assert_ne!(unread[0]["id"].as_i64().unwrap().to_string(), first);
    let all = body_json(desk.send(ana.get("/api/v1/inbox?all=1")).await).await;
    assert_eq!(all.as_array().unwrap().len(), 2);

    let marked = desk
        .send(ana.post_form("/inbox/read", &[("all", "1")]))
        .await;
    assert_eq!(marked.status(), StatusCode::SEE_OTHER);
    let html = body_text(desk.send(ana.get("/inbox")).await).await;
    assert!(html.contains("Nothing unread."), "{html}");
}

#[tokio::test]
async fn the_api_marks_read_by_ids_or_all_and_refuses_both_or_neither() {
    let (desk, _) = assigned_desk();
    let ana = desk.sign_in("ana").await;
    let listed = body_json(desk.send(ana.get("/api/v1/inbox")).await).await;
    let id = listed[0]["id"].as_i64().unwrap();
    let bad = desk
        .send(ana.post_json("/api/v1/inbox/read", &serde_json::json!({})))
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let bad = desk
        .send(ana.post_json(
            "/api/v1/inbox/read",
            &serde_json::json!({"ids": [id], "all": true}),
        ))
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let done = desk
        .send(ana.post_json("/api/v1/inbox/read", &serde_json::json!({"ids": [id]})))
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    assert_eq!(body_json(done).await["marked"], serde_json::json!([id]));
    let done = desk
        .send(ana.post_json("/api/v1/inbox/read", &serde_json::json!({"all": true})))
        .await;
    assert_eq!(body_json(done).await["marked"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn the_servers_deliverer_posts_the_outbox_signed() {
    let (desk, ids) = assigned_desk();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/in", listener.local_addr().unwrap());
    let got = Arc::new(Mutex::new(Vec::<String>::new()));
    let seen = got.clone();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut buffer = [0u8; 16384];
            let mut request = Vec::new();
            // The request is small: read until its body (after the blank line) is complete.
            while let Ok(n) = stream.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                request.extend_from_slice(&buffer[..n]);
                let text = String::from_utf8_lossy(&request).into_owned();
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let length: usize = head
                        .lines()
                        .find_map(|l| l.strip_prefix("Content-Length: "))
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    if body.len() >= length {
                        seen.lock().unwrap().push(text);
                        break;
                    }
                }
            }
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        }
    });
    let secret = desk.dir.path().join("secret");
    std::fs::write(&secret, "a-secret-of-sixteen-or-more").unwrap();
    desk.ok(&[
        "--as",
        "ed",
        "webhook",
        "set",
        &url,
        "--secret-file",
        secret.to_str().unwrap(),
    ]);
    // A write through the API puts its notification in the outbox ...
    let ed = desk.sign_in("ed").await;
    let assigned = desk
        .send(ed.post_json(
            &format!("/api/v1/statements/{}/assignment", ids[2]),
            &serde_json::json!({"to": "ben"}),
        ))
        .await;
    assert_eq!(
        assigned.status(),
        StatusCode::OK,
        "{}",
        body_text(assigned).await
    );
    assert!(
        got.lock().unwrap().is_empty(),
        "nothing is sent inside the request"
    );
    // ... and the deliverer's pass sends it.
    let state = desk.state.clone();
    let sent = tokio::task::spawn_blocking(move || factdesk::web::deliverer::deliver_due(&state))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sent, 1);
    let requests = got.lock().unwrap().clone();
    assert_eq!(requests.len(), 1);
    assert!(requests[0].starts_with("POST /in HTTP/1.1"));
    assert!(requests[0].contains("X-Factdesk-Signature: sha256="));
    assert!(requests[0].contains("\"kind\":\"assigned\""));
    assert!(requests[0].contains("\"reviewer\":\"ben\""));
}
