//! Queries to the writer on the statement page: the assigned checker asks, the writer answers,
//! the asker resolves; each form carries the token; a hand-made post by someone the desk's rules
//! leave out is refused and writes nothing.

use axum::http::StatusCode;

use super::{TestDesk, body_text, location, seeds};

/// The cia seed written by `wes` (a writer), statement 1 assigned to `ana`; its first id.
fn desk_with_writer() -> (TestDesk, i64) {
    let desk = TestDesk::new();
    desk.ok(&[
        "--as", "ed", "reviewer", "add", "wes", "--name", "Wes Park", "--role", "writer",
    ]);
    desk.set_password("wes", super::PASSWORD);
    let seed = seeds().join("cia-mexico-2026-01-17.txt");
    desk.ok(&[
        "--as",
        "ed",
        "ingest",
        seed.to_str().unwrap(),
        "--slug",
        "cia",
        "--writer",
        "wes",
    ]);
    let json: serde_json::Value =
        serde_json::from_str(&desk.ok(&["statements", "cia", "--json"])).unwrap();
    let id = json[0]["id"].as_i64().unwrap();
    desk.ok(&["--as", "ed", "assign", &id.to_string(), "--to", "ana"]);
    (desk, id)
}

fn queries(desk: &TestDesk) -> serde_json::Value {
    serde_json::from_str(&desk.ok(&["queries", "cia", "--json"])).unwrap()
}

#[tokio::test]
async fn a_query_is_asked_answered_and_resolved_on_the_statement_page() {
    let (desk, id) = desk_with_writer();
    let page_uri = format!("/statements/{id}");

    // Ben is not assigned: his hand-made query is refused and nothing is stored.
    let ben = desk.sign_in("ben").await;
    let refused = desk
        .send(ben.post_form(&format!("/statements/{id}/queries"), &[("text", "why?")]))
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);

    let ana = desk.sign_in("ana").await;
    let page = body_text(desk.send(ana.get(&page_uri)).await).await;
    assert!(page.contains("<label for=\"ask-text\">"), "{page}");
    let asked = desk
        .send(ana.post_form(
            &format!("/statements/{id}/queries"),
            &[("text", "Where is <the> 2025 figure from?")],
        ))
        .await;
    assert_eq!(asked.status(), StatusCode::SEE_OTHER);
    assert!(location(&asked).starts_with(&format!("/statements/{id}?said=asked")));
    let page = body_text(desk.send(ana.get(&page_uri)).await).await;
    assert!(
        page.contains("Where is &lt;the&gt; 2025 figure from?"),
        "{page}"
    );
    let qid = page
        .split("action=\"/queries/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .expect("a resolve form for the asker")
        .to_string();
    assert!(
        !page.contains(&format!("/queries/{qid}/answer")),
        "the checker is not offered the writer's answer"
    );

    // Only the writer (or an editor) answers: ana's hand-made answer is refused.
    let refused = desk
        .send(ana.post_form(&format!("/queries/{qid}/answer"), &[("text", "myself")]))
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let wes = desk.sign_in("wes").await;
    let page = body_text(desk.send(wes.get(&page_uri)).await).await;
    assert!(
        page.contains(&format!("action=\"/queries/{qid}/answer\"")),
        "{page}"
    );
    let answered = desk
        .send(wes.post_form(
            &format!("/queries/{qid}/answer"),
            &[("text", "The ministry's annual report, page 4.")],
        ))
        .await;
    assert_eq!(answered.status(), StatusCode::SEE_OTHER);

    // Only the asker (or an editor) resolves: ben's is refused, ana's closes it.
    let refused = desk
        .send(ben.post_form(&format!("/queries/{qid}/resolve"), &[]))
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let resolved = desk
        .send(ana.post_form(&format!("/queries/{qid}/resolve"), &[]))
        .await;
    assert_eq!(resolved.status(), StatusCode::SEE_OTHER);
    let page = body_text(desk.send(ana.get(&page_uri)).await).await;
    assert!(page.contains("annual report, page 4."), "{page}");
    assert!(page.contains("Resolved by ana"), "{page}");
    assert!(!page.contains(&format!("/queries/{qid}/resolve")), "{page}");

    let stored = queries(&desk);
    let all = stored.as_array().expect("query list --json");
    assert_eq!(all.len(), 1, "the refused query stored nothing: {stored}");
    assert_eq!(all[0]["state"], "resolved");
    assert_eq!(all[0]["answers"].as_array().unwrap().len(), 1, "{stored}");
}
