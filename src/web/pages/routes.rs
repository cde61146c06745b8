//! The page handlers: each reads the signed-in reviewer ([`SignedIn`]), runs one page function
//! on the desk ([`AppState::desk`], a blocking thread, one transaction per write), and answers
//! HTML, a redirect after a write (303, so a reload never posts twice), or an error page. The
//! CSRF token is checked by the server's middleware before any of these run.

use std::collections::HashMap;

use axum::Router;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use super::error::{PageError, error_page};
use super::view::Chrome;
use super::{
    article, assets, diff, inbox, login, overview, queries, queue, report, statement, upload,
};
use crate::model::{Reviewer, StatementId};
use crate::web::{AppState, DeskEvent, EventKind, SignedIn, WebError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/login", get(login_form))
        .route("/queue", get(queue_page))
        .route("/desk", get(desk_page))
        .route("/statements/{id}", get(statement_page))
        .route("/statements/{id}/check", post(check))
        .route("/statements/{id}/queries", post(ask))
        .route("/queries/{id}/answer", post(answer))
        .route("/queries/{id}/resolve", post(resolve))
        .route("/articles/{slug}", get(article_page))
        .route("/articles/{slug}/assign", post(assign))
        .route("/articles/{slug}/auto-assign", post(auto_assign))
        .route("/articles/{slug}/confirm", post(confirm))
        .route("/articles/{slug}/publish", post(publish))
        .route("/articles/{slug}/findings/{key}/dismiss", post(dismiss))
        .route("/articles/{slug}/diff", get(diff_page))
        .route("/articles/{slug}/report", get(report_page))
        .route("/articles/{slug}/report/download", get(report_download))
        .route("/upload", get(upload_form).post(upload_post))
        .route("/inbox", get(inbox_page))
        .route("/inbox/read", post(inbox_read))
        .route("/assets/{name}", get(assets::serve))
}

type Params = Query<HashMap<String, String>>;

/// The page frame for the signed-in reviewer, with the message a redirect left.
fn chrome(user: &SignedIn, section: &'static str, query: &HashMap<String, String>) -> Chrome {
    let reviewer = Reviewer {
        handle: user.handle.clone(),
        name: user.name.clone(),
        role: user.role,
        skills: vec![],
        active: true,
    };
    Chrome::new(Some(reviewer), user.csrf_token(), section).with_flash(super::flash(query))
}

impl From<WebError> for PageError {
    fn from(err: WebError) -> PageError {
        PageError::new(err.status, err.error)
    }
}

/// Runs a page function on the desk as `user` and answers its HTML or its error page.
async fn page<F>(state: &AppState, user: &SignedIn, chrome: Chrome, back: &str, draw: F) -> Response
where
    F: FnOnce(&crate::desk::Desk, Chrome) -> Result<String, PageError> + Send + 'static,
{
    let frame = Chrome {
        flash: None,
        ..Chrome::new(chrome.reviewer.clone(), &chrome.csrf, chrome.section)
    };
    let drawn = state
        .desk(user, move |desk| {
            let mut chrome = chrome;
            chrome.unread = desk.unread_count()?;
            Ok(draw(desk, chrome))
        })
        .await
        .map_err(PageError::from)
        .and_then(|drawn| drawn);
    match drawn {
        // A page shows one reviewer's desk and carries their form token: never kept in a cache.
        Ok(html) => ([(header::CACHE_CONTROL, "no-store")], Html(html)).into_response(),
        Err(err) => error_page(&frame, &err, back),
    }
}

/// Runs a write on the desk as `user`; on success tells open pages what changed and redirects
/// where the write says, else shows the desk's refusal.
async fn write<F>(state: &AppState, user: &SignedIn, back: &str, work: F) -> Response
where
    F: FnOnce(&crate::desk::Desk) -> Result<(String, DeskEvent), PageError> + Send + 'static,
{
    let done = state
        .desk(user, move |desk| Ok(work(desk)))
        .await
        .map_err(PageError::from)
        .and_then(|done| done);
    match done {
        Ok((to, event)) => {
            state.publish(event);
            Redirect::to(&to).into_response()
        }
        Err(err) => error_page(&chrome(user, "", &HashMap::new()), &err, back),
    }
}

fn event(
    kind: EventKind,
    user: &SignedIn,
    article: &str,
    statements: Vec<StatementId>,
) -> DeskEvent {
    DeskEvent {
        kind,
        article: article.to_string(),
        statements,
        revision: None,
        by: user.handle.clone(),
    }
}

async fn home(_user: SignedIn) -> Redirect {
    Redirect::to("/queue")
}

/// The sign-in form. A browser that still holds a session cookie (even an expired one) posts
/// the token derived from it, as the CSRF check asks of every cookie-carrying write.
async fn login_form(headers: HeaderMap, Query(query): Params) -> Response {
    let csrf = crate::web::session::session_secret(&headers)
        .map(crate::web::csrf_token_for)
        .unwrap_or_default();
    let error = match query.get("error").map(String::as_str) {
        Some("failed") => Some("wrong handle or password".to_string()),
        Some("throttled") => {
            Some("too many attempts: wait a few minutes before trying again".to_string())
        }
        _ => None,
    };
    let next = query.get("next").map_or("/queue", String::as_str);
    let handle = query.get("handle").map_or("", String::as_str);
    match login::render(Chrome::new(None, &csrf, ""), error, next, handle) {
        Ok(html) => Html(html).into_response(),
        Err(err) => (err.status, err.message).into_response(),
    }
}

async fn queue_page(State(state): State<AppState>, user: SignedIn, Query(q): Params) -> Response {
    let chrome = chrome(&user, "queue", &q);
    page(&state, &user, chrome, "/queue", queue::render).await
}

async fn desk_page(State(state): State<AppState>, user: SignedIn, Query(q): Params) -> Response {
    let chrome = chrome(&user, "desk", &q);
    let after = q.get("after").filter(|slug| !slug.is_empty()).cloned();
    let on = q.get("desk").filter(|name| !name.is_empty()).cloned();
    page(&state, &user, chrome, "/desk", move |desk, chrome| {
        overview::render(desk, chrome, on, after)
    })
    .await
}

async fn statement_page(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<StatementId>,
    Query(q): Params,
) -> Response {
    let chrome = chrome(&user, "queue", &q);
    page(&state, &user, chrome, "/queue", move |desk, chrome| {
        statement::render(desk, chrome, id)
    })
    .await
}

async fn check(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<StatementId>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Response {
    let by = user.clone();
    write(&state, &user, &format!("/statements/{id}"), move |desk| {
        let (to, slug) = statement::check(desk, id, &pairs)?;
        Ok((to, event(EventKind::Check, &by, &slug, vec![id])))
    })
    .await
}

async fn ask(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<StatementId>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Response {
    let by = user.clone();
    write(&state, &user, &format!("/statements/{id}"), move |desk| {
        let (to, slug) = queries::ask(desk, id, &pairs)?;
        Ok((to, event(EventKind::Query, &by, &slug, vec![id])))
    })
    .await
}

async fn answer(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<i64>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Response {
    let by = user.clone();
    write(&state, &user, "/queue", move |desk| {
        let (to, slug, statement) = queries::answer(desk, id, &pairs)?;
        Ok((to, event(EventKind::Query, &by, &slug, vec![statement])))
    })
    .await
}

async fn resolve(State(state): State<AppState>, user: SignedIn, Path(id): Path<i64>) -> Response {
    let by = user.clone();
    write(&state, &user, "/queue", move |desk| {
        let (to, slug, statement) = queries::resolve(desk, id)?;
        Ok((to, event(EventKind::Query, &by, &slug, vec![statement])))
    })
    .await
}

async fn article_page(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
    Query(q): Params,
) -> Response {
    let chrome = chrome(&user, "desk", &q);
    page(&state, &user, chrome, "/desk", move |desk, chrome| {
        article::render(desk, chrome, &slug)
    })
    .await
}

async fn assign(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Response {
    let by = user.clone();
    let back = format!("/articles/{slug}");
    write(&state, &user, &back, move |desk| {
        let (to, ids) = article::assign(desk, &slug, &pairs)?;
        Ok((to, event(EventKind::Assignment, &by, &slug, ids)))
    })
    .await
}

async fn auto_assign(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
) -> Response {
    let by = user.clone();
    let back = format!("/articles/{slug}");
    write(&state, &user, &back, move |desk| {
        let (to, ids) = article::auto_assign(desk, &slug)?;
        Ok((to, event(EventKind::Assignment, &by, &slug, ids)))
    })
    .await
}

async fn confirm(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Response {
    let by = user.clone();
    let back = format!("/articles/{slug}");
    write(&state, &user, &back, move |desk| {
        let to = article::confirm(desk, &slug, &pairs)?;
        Ok((to, event(EventKind::Gate, &by, &slug, vec![])))
    })
    .await
}

async fn publish(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Response {
    let by = user.clone();
    let back = format!("/articles/{slug}");
    write(&state, &user, &back, move |desk| {
        let to = article::publish(desk, &slug, &pairs)?;
        Ok((to, event(EventKind::Gate, &by, &slug, vec![])))
    })
    .await
}

async fn dismiss(
    State(state): State<AppState>,
    user: SignedIn,
    Path((slug, key)): Path<(String, String)>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Response {
    let by = user.clone();
    let back = format!("/articles/{slug}");
    write(&state, &user, &back, move |desk| {
        let to = article::dismiss(desk, &slug, &key, &pairs)?;
        Ok((to, event(EventKind::Gate, &by, &slug, vec![])))
    })
    .await
}

async fn diff_page(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
    Query(q): Params,
) -> Response {
    let revision = |name: &str| q.get(name).and_then(|v| v.parse::<u32>().ok());
    let (from, to) = (revision("from"), revision("to"));
    let chrome = chrome(&user, "desk", &q);
    let back = format!("/articles/{slug}");
    page(&state, &user, chrome, &back, move |desk, chrome| {
        diff::render(desk, chrome, &slug, from, to)
    })
    .await
}

async fn report_page(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
    Query(q): Params,
) -> Response {
    let chrome = chrome(&user, "desk", &q);
    let back = format!("/articles/{slug}");
    page(&state, &user, chrome, &back, move |desk, chrome| {
        report::render(desk, chrome, &slug)
    })
    .await
}

/// The report in one format, as a download; `inline=1` shows the HTML report in the report
/// page's frame (its own policy: no script, nothing fetched, framed only by this site).
async fn report_download(
    State(state): State<AppState>,
    user: SignedIn,
    Path(slug): Path<String>,
    Query(q): Params,
) -> Response {
    let format = q.get("format").cloned().unwrap_or_else(|| "html".into());
    let inline = q.get("inline").is_some_and(|v| v == "1") && format == "html";
    let back = format!("/articles/{slug}/report");
    let done = state
        .desk(&user, move |desk| {
            Ok(report::download(desk, &slug, &format))
        })
        .await
        .map_err(PageError::from)
        .and_then(|d| d);
    let download = match done {
        Ok(download) => download,
        Err(err) => return error_page(&chrome(&user, "desk", &q), &err, &back),
    };
    let mut response = download.body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(download.content_type),
    );
    if inline {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
            ),
        );
        headers.insert(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("SAMEORIGIN"),
        );
    } else if let Ok(value) =
        HeaderValue::from_str(&format!("attachment; filename=\"{}\"", download.file_name))
    {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

async fn upload_form(State(state): State<AppState>, user: SignedIn, Query(q): Params) -> Response {
    let slug = q.get("slug").cloned().unwrap_or_default();
    let chrome = chrome(&user, "upload", &q);
    page(&state, &user, chrome, "/desk", move |desk, chrome| {
        upload::render(desk, chrome, &slug, None)
    })
    .await
}

async fn upload_post(
    State(state): State<AppState>,
    user: SignedIn,
    mut multipart: Multipart,
) -> Response {
    let mut posted = upload::Upload::default();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(err) => {
                let err = PageError::bad_request(format!("the upload could not be read: {err}"));
                return error_page(&chrome(&user, "upload", &HashMap::new()), &err, "/upload");
            }
        };
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            posted.file_name = field
                .file_name()
                .map(str::to_string)
                .filter(|n| !n.is_empty());
            match field.bytes().await {
                Ok(bytes) => posted.bytes = bytes.to_vec(),
                Err(err) => {
                    let err = PageError::new(
                        StatusCode::BAD_REQUEST,
                        format!("the file could not be read: {err}"),
                    );
                    return error_page(&chrome(&user, "upload", &HashMap::new()), &err, "/upload");
                }
            }
        } else if let Ok(text) = field.text().await {
            posted.set(&name, text);
        }
    }
    let by = user.clone();
    write(&state, &user, "/upload", move |desk| {
        let outcome = upload::apply(desk, posted)?;
        let kind = if outcome.revised {
            EventKind::Revision
        } else {
            EventKind::Ingest
        };
        let mut event = event(kind, &by, &outcome.slug, outcome.stale);
        event.revision = Some(outcome.revision);
        Ok((outcome.to, event))
    })
    .await
}

async fn inbox_page(State(state): State<AppState>, user: SignedIn, Query(q): Params) -> Response {
    let all = q.get("all").is_some_and(|v| v == "1");
    let chrome = chrome(&user, "inbox", &q);
    page(&state, &user, chrome, "/queue", move |desk, chrome| {
        inbox::render(desk, chrome, all)
    })
    .await
}

async fn inbox_read(
    State(state): State<AppState>,
    user: SignedIn,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Response {
    // Only the reviewer's own inbox changes: no event for other pages.
    let done = state
        .desk(&user, move |desk| Ok(inbox::mark_read(desk, &pairs)))
        .await
        .map_err(PageError::from)
        .and_then(|done| done);
    match done {
        Ok(to) => Redirect::to(&to).into_response(),
        Err(err) => error_page(&chrome(&user, "inbox", &HashMap::new()), &err, "/inbox"),
    }
}
