//! The editor's actions on the article page that release the gate without a check: confirming
//! changed non-statement elements, dismissing a lint finding. The forms are shown to editors; a
//! checker's hand-made post is refused by the desk and writes nothing.

use axum::http::StatusCode;

use super::{TestDesk, body_text, location};

const STORY: &str = "City Budget Adds Money For Libraries\n\nBy Jane Doe, City Hall Reporter\n\n\
NORTHMERE — The council approved the budget on Tuesday by a 7-2 vote.\n\n\
The mayor said the plan was sound.\n";

/// A desk whose article `budget` had its byline changed by a second revision.
fn desk_with_a_changed_byline() -> TestDesk {
    let desk = TestDesk::new();
    let first = desk.dir.path().join("budget-1.txt");
    std::fs::write(&first, STORY).unwrap();
    desk.ok(&[
        "--as",
        "ed",
        "ingest",
        first.to_str().unwrap(),
        "--slug",
        "budget",
    ]);
    let second = desk.dir.path().join("budget-2.txt");
    std::fs::write(&second, STORY.replace("Jane Doe", "Jane Roe")).unwrap();
    desk.ok(&["--as", "ed", "revise", "budget", second.to_str().unwrap()]);
    desk
}

fn gate_codes(desk: &TestDesk, slug: &str) -> Vec<String> {
    let (_, out, _) = desk.run(&["gate", slug, "--json"], None);
    let gate: serde_json::Value = serde_json::from_str(&out).unwrap();
    gate["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn an_editor_confirms_changed_elements_from_the_article_page_and_a_checker_cannot() {
    let desk = desk_with_a_changed_byline();
    assert!(gate_codes(&desk, "budget").contains(&"elements-changed".to_string()));

    // The checker sees the hold but no form, and a hand-made post is refused, writing nothing.
    let ana = desk.sign_in("ana").await;
    let page = body_text(desk.send(ana.get("/articles/budget")).await).await;
    assert!(page.contains("must confirm them"), "{page}");
    assert!(!page.contains("/articles/budget/confirm"), "{page}");
    let refused = desk
        .send(ana.post_form("/articles/budget/confirm", &[("note", "fine")]))
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(gate_codes(&desk, "budget").contains(&"elements-changed".to_string()));

    let ed = desk.sign_in("ed").await;
    let page = body_text(desk.send(ed.get("/articles/budget")).await).await;
    assert!(
        page.contains("action=\"/articles/budget/confirm\""),
        "{page}"
    );
    assert!(page.contains("<label for=\"confirm-note\">"), "{page}");
    let confirmed = desk
        .send(ed.post_form(
            "/articles/budget/confirm",
            &[("note", "the byline was wrong")],
        ))
        .await;
    assert_eq!(confirmed.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&confirmed), "/articles/budget?said=confirmed");
    assert!(!gate_codes(&desk, "budget").contains(&"elements-changed".to_string()));
    // The editor's confirmation is the only one stored: a second has nothing left to confirm.
    let again = desk.ok(&["--as", "ed", "confirm", "budget", "--json"]);
    let again: serde_json::Value = serde_json::from_str(&again).unwrap();
    assert_eq!(again["stored"], false, "{again}");
    let page = body_text(desk.send(ed.get("/articles/budget?said=confirmed")).await).await;
    assert!(page.contains("Confirmed the changed elements"), "{page}");
    assert!(!page.contains("/articles/budget/confirm"), "{page}");
}

const WRONG_WEEKDAY: &str = "Council Meets On Budget\n\nThe city council met on Friday, January \
17, 2026, to debate the budget. The mayor said the plan was sound.\n\nCouncil members will vote \
next week.\n";

/// The id (`SLUG/KEY`) of the planted wrong weekday's finding.
fn weekday_finding(desk: &TestDesk) -> String {
    let lint: serde_json::Value =
        serde_json::from_str(&desk.ok(&["lint", "council", "--json"])).unwrap();
    let finding = lint
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "weekday-mismatch")
        .expect("the planted wrong weekday")
        .clone();
    finding["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn an_editor_dismisses_a_finding_from_the_article_page_and_a_checker_cannot() {
    let desk = TestDesk::new();
    let file = desk.dir.path().join("council.txt");
    std::fs::write(&file, WRONG_WEEKDAY).unwrap();
    desk.ok(&[
        "--as",
        "ed",
        "ingest",
        file.to_str().unwrap(),
        "--slug",
        "council",
    ]);
    let id = weekday_finding(&desk);
    let key = id.strip_prefix("council/").unwrap();
    let action = format!("/articles/council/findings/{key}/dismiss");
    let held = "finding:weekday-mismatch".to_string();
    assert!(gate_codes(&desk, "council").contains(&held));

    let ana = desk.sign_in("ana").await;
    let page = body_text(desk.send(ana.get("/articles/council")).await).await;
    assert!(!page.contains(&action), "{page}");
    let refused = desk
        .send(ana.post_form(&action, &[("reason", "fine")]))
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(gate_codes(&desk, "council").contains(&held));

    let ed = desk.sign_in("ed").await;
    let page = body_text(desk.send(ed.get("/articles/council")).await).await;
    assert!(page.contains(&format!("action=\"{action}\"")), "{page}");
    assert!(
        page.contains(&format!("<label for=\"dismiss-{key}\">")),
        "{page}"
    );
    // The desk wants a reason, whatever the form's `required` says.
    let blank = desk.send(ed.post_form(&action, &[("reason", "  ")])).await;
    assert_eq!(blank.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(gate_codes(&desk, "council").contains(&held));

    let reason = "<b>the 16th</b>: the date is the typo";
    let dismissed = desk
        .send(ed.post_form(&action, &[("reason", reason)]))
        .await;
    assert_eq!(dismissed.status(), StatusCode::SEE_OTHER);
    assert!(location(&dismissed).starts_with("/articles/council?said=dismissed"));
    assert!(!gate_codes(&desk, "council").contains(&held));
    let page = body_text(desk.send(ed.get("/articles/council")).await).await;
    assert!(
        page.contains("dismissed by ed: &lt;b&gt;the 16th&lt;/b&gt;"),
        "{page}"
    );
    assert!(
        !page.contains(&action),
        "a dismissed finding offers no second dismissal"
    );
    let again = desk
        .send(ed.post_form(&action, &[("reason", "twice")]))
        .await;
    assert_ne!(again.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_editor_publishes_over_a_blocked_gate_with_a_reason_and_a_checker_cannot() {
    let desk = TestDesk::new();
    let ids = desk.ingest_seed("cia-mexico-2026-01-17.txt", "cia");
    let ana = desk.sign_in("ana").await;
    let page = body_text(desk.send(ana.get("/articles/cia")).await).await;
    assert!(page.contains("Not published yet."), "{page}");
    assert!(!page.contains("/articles/cia/publish"), "{page}");
    let refused = desk
        .send(ana.post_form("/articles/cia/publish", &[("override", "deadline")]))
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);

    let ed = desk.sign_in("ed").await;
    let page = body_text(desk.send(ed.get("/articles/cia")).await).await;
    assert!(
        page.contains("Not published yet."),
        "the refusal stored nothing: {page}"
    );
    assert!(page.contains("<label for=\"publish-override\">"), "{page}");
    // The gate is blocked: without the override's reason the desk refuses.
    let bare = desk.send(ed.post_form("/articles/cia/publish", &[])).await;
    assert_ne!(bare.status(), StatusCode::SEE_OTHER);
    let published = desk
        .send(ed.post_form(
            "/articles/cia/publish",
            &[("override", "<i>deadline</i>, checks follow")],
        ))
        .await;
    assert_eq!(published.status(), StatusCode::SEE_OTHER);
    assert!(location(&published).starts_with("/articles/cia?said=published"));

    desk.ok(&[
        "--as",
        "ed",
        "correct",
        &ids[0].to_string(),
        "--note",
        "The agency was misnamed.",
    ]);
    let page = body_text(desk.send(ana.get("/articles/cia")).await).await;
    assert!(page.contains("Revision 1 published by ed"), "{page}");
    assert!(
        page.contains("over a blocked gate: &lt;i&gt;deadline&lt;/i&gt;, checks follow"),
        "{page}"
    );
    assert!(page.contains("The agency was misnamed."), "{page}");
}
