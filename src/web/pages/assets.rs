//! The pages' static files, compiled into the binary and served at paths that carry a hash of
//! their bytes (`/assets/desk.1a2b3c4d.css`): a browser may keep each one for a year, and a new
//! build whose bytes changed is asked for at a new path. Nothing is fetched from elsewhere.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// One static file: its name as written in the source tree, its type and its bytes.
struct Asset {
    stem: &'static str,
    extension: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

const FILES: &[Asset] = &[
    Asset {
        stem: "htmx-2.0.11.min",
        extension: "js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../assets/htmx-2.0.11.min.js"),
    },
    Asset {
        stem: "desk",
        extension: "js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../assets/desk.js"),
    },
    Asset {
        stem: "report",
        extension: "css",
        content_type: "text/css; charset=utf-8",
        bytes: include_bytes!("../../report/templates/report.css"),
    },
    Asset {
        stem: "desk",
        extension: "css",
        content_type: "text/css; charset=utf-8",
        bytes: include_bytes!("../assets/desk.css"),
    },
];

/// Each file's served name, `stem.hash.extension`, in the order of [`FILES`].
static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|asset| {
            let digest = Sha256::digest(asset.bytes);
            let hash: String = digest[..5].iter().map(|b| format!("{b:02x}")).collect();
            format!("{}.{hash}.{}", asset.stem, asset.extension)
        })
        .collect()
});

/// The URL path of a file by its stem and extension (`path_of("desk", "css")`).
fn path_of(stem: &str, extension: &str) -> String {
    let index = FILES
        .iter()
        .position(|a| a.stem == stem && a.extension == extension)
        .expect("a file listed in FILES");
    format!("/assets/{}", NAMES[index])
}

/// The paths the layout links to.
pub struct AssetPaths {
    pub htmx: String,
    pub desk_js: String,
    pub report_css: String,
    pub desk_css: String,
}

pub static PATHS: LazyLock<AssetPaths> = LazyLock::new(|| AssetPaths {
    htmx: path_of("htmx-2.0.11.min", "js"),
    desk_js: path_of("desk", "js"),
    report_css: path_of("report", "css"),
    desk_css: path_of("desk", "css"),
});

/// `GET /assets/{name}`: the file whose served name is `name`, cached for a year; any other
/// name (an old hash, a guess) is a 404.
pub async fn serve(Path(name): Path<String>) -> Response {
    let Some(index) = NAMES.iter().position(|n| *n == name) else {
        return (StatusCode::NOT_FOUND, "no such file").into_response();
    };
    let asset = &FILES[index];
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(asset.content_type),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        asset.bytes,
    )
        .into_response()
}
