//! Live updates: an open event stream hears of a check and of a new draft made by someone else.

use std::time::Duration;

use axum::http::{StatusCode, header};
use futures_util::StreamExt;
use serde_json::json;

use super::TestDesk;

const STORY: &str = "Dockworkers in Rotterdam ended a 12-day strike on Monday, the union said.\n\nThe port handled 440 million tonnes of cargo in 2025.\n";

#[tokio::test]
async fn an_open_event_stream_hears_of_a_new_article_a_draft_and_a_check() {
    let desk = TestDesk::new();
    let ben = desk.sign_in("ben").await;
    let ed = desk.sign_in("ed").await;
    let stream = desk.send(ben.get("/events")).await;
    assert_eq!(stream.status(), StatusCode::OK);
    assert_eq!(stream.headers()[header::CONTENT_TYPE], "text/event-stream");
    let mut frames = stream.into_body().into_data_stream();

    let created = desk
        .send(ed.post_json("/api/v1/articles", &json!({"slug": "port", "text": STORY})))
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let revised = desk
        .send(ed.post_json(
            "/api/v1/articles/port/revisions",
            &json!({"text": STORY.replace("12-day", "13-day")}),
        ))
        .await;
    assert_eq!(revised.status(), StatusCode::CREATED);
    let ids = desk.ok(&["statements", "port", "--json"]);
    let ids: serde_json::Value = serde_json::from_str(&ids).unwrap();
    let id = ids[0]["id"].as_i64().unwrap();
    let checked = desk
        .send(ed.post_json(
            &format!("/api/v1/statements/{id}/checks"),
            &json!({"status": "waived", "note": "the union's own words"}),
        ))
        .await;
    assert_eq!(checked.status(), StatusCode::CREATED);

    let mut heard = String::new();
    while !heard.contains("event: check") {
        let frame = tokio::time::timeout(Duration::from_secs(10), frames.next())
            .await
            .expect("an event within 10 s")
            .expect("the stream stays open")
            .unwrap();
        heard.push_str(&String::from_utf8_lossy(&frame));
    }
    let ingest = heard.find("event: ingest").expect("the new article");
    let revision = heard.find("event: revision").expect("the new draft");
    let check = heard.find("event: check").unwrap();
    assert!(ingest < revision && revision < check, "{heard}");
    assert!(heard.contains(&format!("\"statements\":[{id}]")), "{heard}");
    assert!(heard.contains("\"by\":\"ed\""), "{heard}");
}

#[tokio::test]
async fn event_streams_end_when_the_server_shuts_down() {
    let desk = TestDesk::new();
    let ben = desk.sign_in("ben").await;
    let stream = desk.send(ben.get("/events")).await;
    let mut frames = stream.into_body().into_data_stream();
    desk.state.shut_down();
    let end = tokio::time::timeout(Duration::from_secs(10), frames.next())
        .await
        .expect("the stream ends at once");
    assert!(end.is_none(), "no more events after shutdown");
}
