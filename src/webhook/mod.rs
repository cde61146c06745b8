//! The desk's outgoing webhook on the wire: the receiver's URL (plain `http://` only: this
//! binary carries no TLS), the signature every delivery carries, and one HTTP/1.1 POST over a
//! standard TCP stream with timeouts (`http.rs`). No clock is read here: the caller passes the
//! time a delivery is signed at. The outbox, the retries and who may set the webhook are the
//! desk's (`desk/webhook.rs`).

mod http;

use hmac::{Hmac, Mac};
use sha2::Sha256;

pub use http::post;

/// The headers a delivery carries beside `Content-Type: application/json`.
pub const EVENT_HEADER: &str = "X-Factdesk-Event";
pub const DELIVERY_HEADER: &str = "X-Factdesk-Delivery";
pub const TIMESTAMP_HEADER: &str = "X-Factdesk-Timestamp";
pub const SIGNATURE_HEADER: &str = "X-Factdesk-Signature";

/// The longest URL accepted.
const MAX_URL_BYTES: usize = 2048;

/// Where deliveries go: an `http://` URL taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub host: String,
    pub port: u16,
    /// The path and query, at least `/`.
    pub path: String,
}

/// Why a URL cannot be a webhook's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlProblem {
    #[error(
        "'{0}' is an https URL: this factdesk carries no TLS, so it posts to http:// only (a relay on the receiver's side can add TLS)"
    )]
    Https(String),
    #[error("'{0}' is not an http:// URL")]
    NotHttp(String),
    #[error("'{0}' names no host")]
    NoHost(String),
    #[error(
        "'{0}' carries a user name or password: put the receiver's credentials in the shared secret instead"
    )]
    Credentials(String),
    #[error("'{url}' has a bad port '{port}' (1 to 65535)")]
    BadPort { url: String, port: String },
    #[error(
        "the URL has spaces, control characters or a #fragment, or is longer than {MAX_URL_BYTES} bytes"
    )]
    Malformed,
}

impl Target {
    /// Parses an `http://host[:port][/path][?query]` URL.
    pub fn parse(url: &str) -> Result<Target, UrlProblem> {
        if url.len() > MAX_URL_BYTES
            || url
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '#')
        {
            return Err(UrlProblem::Malformed);
        }
        let lower = url.to_ascii_lowercase();
        if lower.starts_with("https://") {
            return Err(UrlProblem::Https(url.to_string()));
        }
        if !lower.starts_with("http://") {
            return Err(UrlProblem::NotHttp(url.to_string()));
        }
        let rest = &url["http://".len()..];
        let (authority, path) = match rest.find(['/', '?']) {
            Some(at) if rest[at..].starts_with('?') => (&rest[..at], format!("/{}", &rest[at..])),
            Some(at) => (&rest[..at], rest[at..].to_string()),
            None => (rest, "/".to_string()),
        };
        if authority.contains('@') {
            return Err(UrlProblem::Credentials(url.to_string()));
        }
        // `[::1]:8080`, `host:8080` or `host`.
        let (host, port) = if let Some(inner) = authority.strip_prefix('[') {
            let (host, after) = inner.split_once(']').ok_or(UrlProblem::Malformed)?;
            (host, after.strip_prefix(':'))
        } else {
            match authority.rsplit_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (authority, None),
            }
        };
        if host.is_empty() {
            return Err(UrlProblem::NoHost(url.to_string()));
        }
        let port = match port {
            None => 80,
            Some(text) => text
                .parse::<u16>()
                .ok()
                .filter(|p| *p != 0)
                .ok_or_else(|| UrlProblem::BadPort {
                    url: url.to_string(),
                    port: text.to_string(),
                })?,
        };
        Ok(Target {
            host: host.to_string(),
            port,
            path,
        })
    }
}

/// The signature of one delivery: `sha256=` and the hex HMAC-SHA256, keyed by the shared
/// secret, of the timestamp, a dot and the body. The timestamp is signed so that a receiver can
/// refuse an old delivery replayed.
pub fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body.as_bytes());
    let digest = mac.finalize().into_bytes();
    let mut out = String::from("sha256=");
    for byte in digest {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_http_url_is_taken_apart() {
        let t = Target::parse("http://127.0.0.1:9000/hooks/desk?x=1").unwrap();
        assert_eq!(
            (t.host.as_str(), t.port, t.path.as_str()),
            ("127.0.0.1", 9000, "/hooks/desk?x=1")
        );
        let t = Target::parse("http://relay.example").unwrap();
        assert_eq!(
            (t.host.as_str(), t.port, t.path.as_str()),
            ("relay.example", 80, "/")
        );
        let t = Target::parse("http://[::1]:81?q").unwrap();
        assert_eq!(
            (t.host.as_str(), t.port, t.path.as_str()),
            ("::1", 81, "/?q")
        );
    }

    #[test]
    fn other_urls_are_refused_with_the_reason() {
        assert!(matches!(
            Target::parse("https://x.example/"),
            Err(UrlProblem::Https(_))
        ));
        assert!(matches!(
            Target::parse("ftp://x.example/"),
            Err(UrlProblem::NotHttp(_))
        ));
        assert!(matches!(
            Target::parse("http:///path"),
            Err(UrlProblem::NoHost(_))
        ));
        assert!(matches!(
            Target::parse("http://u:p@x.example/"),
            Err(UrlProblem::Credentials(_))
        ));
        assert!(matches!(
            Target::parse("http://x.example:0/"),
            Err(UrlProblem::BadPort { .. })
        ));
        assert!(matches!(
            Target::parse("http://x.example:http/"),
            Err(UrlProblem::BadPort { .. })
        ));
        assert!(matches!(
            Target::parse("http://x.example/a b"),
            Err(UrlProblem::Malformed)
        ));
        assert!(matches!(
            Target::parse("http://x.example/#top"),
            Err(UrlProblem::Malformed)
        ));
    }

    #[test]
    fn the_signature_is_hmac_sha256_of_timestamp_dot_body() {
        // Computed apart, with Python's hmac: hmac.new(b"s3cret", b'1700000000.{"a":1}', sha256).
        assert_eq!(
            signature("s3cret", 1_700_000_000, "{\"a\":1}"),
            "sha256=1698a50bc74d1ff1db85c4e0a5297c2ad9fdba245d5737cdb789e4cc6e098940"
        );
        let base = signature("s3cret", 1_700_000_000, "{\"a\":1}");
        assert_ne!(signature("s3cret", 1_700_000_001, "{\"a\":1}"), base);
        assert_ne!(signature("other", 1_700_000_000, "{\"a\":1}"), base);
    }
}
