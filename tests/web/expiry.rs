//! Facts that expire on the web desk: a verification of a fact that dates, once its hold under
//! the checklist has run out, is back on the checker's queue page with why, and marked on the
//! article page.

use axum::http::StatusCode;

use super::{TestDesk, body_text};

const CHECKLIST: &str = "name: dating\ntitle: Facts that date\nexpiry:\n  words:\n    ongoing: 7\n";
const ARTICLE: &str = "Rowing Club Grows\n\nThe Riverside Rowing Club currently has 140 members.\n\nThe club was founded by dock workers.\n";

#[tokio::test]
async fn a_lapsed_check_is_back_on_the_queue_page_and_marked_on_the_article_page() {
    let desk = TestDesk::new();
    let checklist = desk.dir.path().join("dating.yaml");
    std::fs::write(&checklist, CHECKLIST).unwrap();
    let article = desk.dir.path().join("club.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    desk.ok(&[
        "--as",
        "ed",
        "ingest",
        article.to_str().unwrap(),
        "--slug",
        "club",
        "--checklist",
        checklist.to_str().unwrap(),
    ]);
    let json: serde_json::Value =
        serde_json::from_str(&desk.ok(&["statements", "club", "--json"])).unwrap();
    let ids: Vec<String> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].to_string())
        .collect();
    let mut assign = vec!["--as", "ed", "assign"];
    assign.extend(ids.iter().map(String::as_str));
    assign.extend(["--to", "ana"]);
    desk.ok(&assign);
    for id in &ids {
        desk.ok(&[
            "--as",
            "ana",
            "check",
            id,
            "--status",
            "verified",
            "--source",
            "web:https://club.example",
        ]);
    }
    let currently = json
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"].as_str().unwrap().contains("currently"))
        .unwrap()["id"]
        .to_string();

    let get = |uri: &'static str| {
        let desk = &desk;
        async move {
            let session = desk.sign_in("ana").await;
            let response = desk.send(session.get(uri)).await;
            assert_eq!(response.status(), StatusCode::OK, "GET {uri}");
            body_text(response).await
        }
    };
    // Within the week: nothing to check again.
    let queue = get("/queue").await;
    assert!(queue.contains("your queue is empty"), "{queue}");

    // Eight days on (the setup checked at 2026-03-01 09:00; the week ran out on the 8th).
    desk.advance(8 * 24 * 60);
    let queue = get("/queue").await;
    assert!(
        queue.contains(&format!("id=\"q-{currently}\"")) && queue.contains("expired 2026-03-08"),
        "{queue}"
    );
    assert!(
        queue.contains("To check again: its verification expired")
            && queue.contains("&ldquo;currently&rdquo;"),
        "{queue}"
    );
    let page = get("/articles/club").await;
    assert!(page.contains("EXPIRED 2026-03-08"), "{page}");
    assert!(page.contains("expired 2026-03-08"), "{page}");
}
