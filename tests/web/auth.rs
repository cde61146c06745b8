//! Sign-in, sessions, CSRF, throttling and the difference between a page and the API when
//! nobody is signed in.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use super::{PASSWORD, TestDesk, body_json, form_request, location, login_request};
use factdesk::web::Config;

#[tokio::test]
async fn without_a_session_the_api_answers_401_json_and_a_page_redirects_to_sign_in() {
    let desk = TestDesk::new();
    let api = desk
        .send(Request::get("/api/v1/queue").body(Body::empty()).unwrap())
        .await;
    assert_eq!(api.status(), StatusCode::UNAUTHORIZED);
    let json = body_json(api).await;
    assert_eq!(json["error"], "not signed in");
    assert!(json["hint"].as_str().unwrap().contains("/login"));

    let page = desk
        .send(Request::get("/events").body(Body::empty()).unwrap())
        .await;
    assert_eq!(page.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&page), "/login?next=/events");

    let htmx = desk
        .send(
            Request::get("/events")
                .header("hx-request", "true")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(htmx.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(htmx.headers()["hx-redirect"], "/login?next=/events");
}

#[tokio::test]
async fn signing_in_sets_an_http_only_lax_cookie_that_the_api_accepts() {
    let desk = TestDesk::new();
    let response = desk.send(login_request("ana", PASSWORD)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/");
    let cookie = response.headers()[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");

    let session = desk.sign_in("ana").await;
    let queue = desk.send(session.get("/api/v1/queue")).await;
    assert_eq!(queue.status(), StatusCode::OK);
    assert_eq!(body_json(queue).await, serde_json::json!([]));
}

#[tokio::test]
async fn the_database_keeps_only_a_hash_of_the_session() {
    let desk = TestDesk::new();
    let session = desk.sign_in("ana").await;
    let secret = session.cookie.split('=').nth(1).unwrap();
    let haystack = desk.stored_text();
    assert!(
        !haystack.contains(secret),
        "the cookie's secret is in the file"
    );
    assert!(!haystack.contains(PASSWORD), "the password is in the file");
}

#[tokio::test]
async fn a_wrong_password_an_unknown_handle_and_no_password_read_alike() {
    let desk = TestDesk::new();
    desk.ok(&["--as", "ed", "reviewer", "add", "cy", "--name", "Cy Nopass"]);
    for (handle, password) in [("ana", "wrong password"), ("nobody", PASSWORD), ("cy", "")] {
        let response = desk.send(login_request(handle, password)).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{handle}");
        assert_eq!(
            location(&response),
            "/login?error=failed&next=/",
            "{handle}"
        );
        assert!(response.headers().get(header::SET_COOKIE).is_none());
    }
}

#[tokio::test]
async fn after_signing_in_the_browser_returns_to_a_local_page_only() {
    let desk = TestDesk::new();
    for (next, expected) in [
        ("/articles/x", "/articles/x"),
        ("https://evil.example/", "/"),
        ("//evil.example/", "/"),
        ("/\\evil.example", "/"),
    ] {
        let response = desk
            .send(form_request(
                "/login",
                &[("handle", "ana"), ("password", PASSWORD), ("next", next)],
                None,
            ))
            .await;
        assert_eq!(location(&response), expected, "next={next}");
    }
}

#[tokio::test]
async fn cookies_are_secure_behind_https() {
    let secure = TestDesk::with_config(Config {
        secure_cookies: true,
        ..Config::default()
    });
    let response = secure.send(login_request("ana", PASSWORD)).await;
    assert!(
        response.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("; Secure")
    );

    let proxied = TestDesk::with_config(Config {
        trusted_proxy: true,
        ..Config::default()
    });
    let mut request = login_request("ana", PASSWORD);
    request
        .headers_mut()
        .insert("x-forwarded-proto", "https".parse().unwrap());
    let response = proxied.send(request).await;
    assert!(
        response.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("; Secure")
    );

    // Without --trusted-proxy, anybody's X-Forwarded-Proto is ignored.
    let direct = TestDesk::new();
    let mut request = login_request("ana", PASSWORD);
    request
        .headers_mut()
        .insert("x-forwarded-proto", "https".parse().unwrap());
    let response = direct.send(request).await;
    assert!(
        !response.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("Secure")
    );
}

#[tokio::test]
async fn a_session_expires() {
    let desk = TestDesk::new();
    let session = desk.sign_in("ana").await;
    desk.advance(11 * 60);
    assert_eq!(
        desk.send(session.get("/api/v1/queue")).await.status(),
        StatusCode::OK
    );
    desk.advance(61);
    assert_eq!(
        desk.send(session.get("/api/v1/queue")).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn signing_out_needs_the_csrf_token_and_ends_the_session() {
    let desk = TestDesk::new();
    let session = desk.sign_in("ana").await;
    let forged = desk
        .send(form_request("/logout", &[], Some(&session.cookie)))
        .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let wrong = desk
        .send(form_request(
            "/logout",
            &[("csrf", &"0".repeat(64))],
            Some(&session.cookie),
        ))
        .await;
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    // The session survived both.
    assert_eq!(
        desk.send(session.get("/api/v1/queue")).await.status(),
        StatusCode::OK
    );

    let out = desk.send(session.post_form("/logout", &[])).await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert!(
        out.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    assert_eq!(
        desk.send(session.get("/api/v1/queue")).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn another_sessions_token_is_refused() {
    let desk = TestDesk::new();
    let ana = desk.sign_in("ana").await;
    let ben = desk.sign_in("ben").await;
    let crossed = desk
        .send(form_request(
            "/logout",
            &[("csrf", &ben.csrf)],
            Some(&ana.cookie),
        ))
        .await;
    assert_eq!(crossed.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_cross_site_sign_in_is_refused() {
    let desk = TestDesk::new();
    let mut request = login_request("ana", PASSWORD);
    request
        .headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().unwrap());
    assert_eq!(desk.send(request).await.status(), StatusCode::FORBIDDEN);
    let mut request = login_request("ana", PASSWORD);
    request
        .headers_mut()
        .insert("host", "desk.example".parse().unwrap());
    request
        .headers_mut()
        .insert("origin", "https://evil.example".parse().unwrap());
    assert_eq!(desk.send(request).await.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn sign_in_is_throttled_per_handle_even_for_the_right_password() {
    let desk = TestDesk::new();
    for _ in 0..5 {
        let response = desk.send(login_request("ana", "a wrong guess")).await;
        assert_eq!(location(&response), "/login?error=failed&next=/");
    }
    let response = desk.send(login_request("ana", PASSWORD)).await;
    assert_eq!(location(&response), "/login?error=throttled&next=/");
    assert!(response.headers().get(header::SET_COOKIE).is_none());
    // Another reviewer is not locked out by guesses at ana.
    let response = desk.send(login_request("ben", PASSWORD)).await;
    assert_eq!(location(&response), "/");
    // The window passes.
    desk.advance(16);
    let response = desk.send(login_request("ana", PASSWORD)).await;
    assert_eq!(location(&response), "/");
}

#[tokio::test]
async fn deactivating_a_reviewer_or_setting_a_new_password_ends_their_sessions() {
    let desk = TestDesk::new();
    let ana = desk.sign_in("ana").await;
    let ben = desk.sign_in("ben").await;
    desk.ok(&["--as", "ed", "reviewer", "deactivate", "ana"]);
    assert_eq!(
        desk.send(ana.get("/api/v1/queue")).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let response = desk.send(login_request("ana", PASSWORD)).await;
    assert_eq!(location(&response), "/login?error=failed&next=/");

    desk.set_password("ben", "another long password");
    assert_eq!(
        desk.send(ben.get("/api/v1/queue")).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let response = desk
        .send(login_request("ben", "another long password"))
        .await;
    assert_eq!(location(&response), "/");
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let desk = TestDesk::new();
    for request in [
        Request::get("/api/v1/queue").body(Body::empty()).unwrap(),
        login_request("ana", PASSWORD),
        Request::get("/no-such-page").body(Body::empty()).unwrap(),
    ] {
        let response = desk.send(request).await;
        let headers = response.headers();
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("default-src 'self'"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert!(headers.contains_key(header::REFERRER_POLICY));
    }
}

#[test]
fn a_checker_sets_only_their_own_password_and_an_editor_anyones() {
    let desk = TestDesk::new();
    let (ok, _, err) = desk.run(
        &["--as", "ana", "reviewer", "password", "ben"],
        Some("ana sets bens password\n"),
    );
    assert!(!ok);
    assert!(err.contains("only their own password"), "{err}");
    let (ok, out, err) = desk.run(
        &["--as", "ana", "reviewer", "password", "ana"],
        Some("ana's own new password\n"),
    );
    assert!(ok, "{err}");
    assert!(out.contains("password set for ana"));
    let (ok, _, err) = desk.run(
        &["--as", "ed", "reviewer", "password", "ana"],
        Some("short\n"),
    );
    assert!(!ok);
    assert!(err.contains("too short"), "{err}");
    let (ok, _, err) = desk.run(&["--as", "ed", "reviewer", "password", "ana"], Some(""));
    assert!(!ok);
    assert!(err.contains("no password"), "{err}");
}
