//! schema.org ClaimReview as JSON-LD: one review per statement the desk rated verified, partly
//! verified, incorrect or disputed (and whose words the rating still covers), in the shape Google's
//! fact-check markup documents: `claimReviewed`, `reviewRating` (`ratingValue`, `bestRating`,
//! `worstRating`, `alternateName`: the desk's own rating name), `itemReviewed` (a `Claim` with its
//! `author` and `datePublished`), `author` (the outlet, an `Organization`), `url` and
//! `datePublished`. A partly verified claim rates in the middle of the scale, with a disputed
//! one (part of it holds, part is not confirmed), and its `reviewBody` names the words left open.

use serde_json::{Value, json};

use super::Report;
use crate::model::{Statement, Status};

/// The desk's ratings on schema.org's numeric scale, worst to best.
const WORST: u8 = 1;
const BEST: u8 = 3;

/// The rating of a status, if it is one a ClaimReview states.
fn rating(status: Status) -> Option<(u8, &'static str)> {
    match status {
        Status::Verified => Some((3, "Verified")),
        Status::PartlyVerified => Some((2, "Partly verified")),
        Status::Disputed => Some((2, "Disputed")),
        Status::Incorrect => Some((1, "Incorrect")),
        _ => None,
    }
}

/// The date part of an RFC 3339 time (`2026-01-17T09:00:00Z` → `2026-01-17`).
fn date_of(rfc3339: &str) -> &str {
    rfc3339.get(..10).unwrap_or(rfc3339)
}

/// The reviews of `report`'s rated statements, each at `url#statement-ID` (`url`: the page that
/// publishes the fact-checks).
pub(super) fn render(report: &Report) -> String {
    let url = report.url.as_deref().unwrap_or_default();
    let outlet = report
        .outlet
        .clone()
        .or_else(|| report.desk.clone())
        .unwrap_or_else(|| report.article.clone());
    let organization = json!({"@type": "Organization", "name": outlet});
    // Who made the claims: the piece's bylines; a piece without one speaks for the outlet.
    let claim_author = match report.bylines.as_slice() {
        [] => organization.clone(),
        [one] => json!({"@type": "Person", "name": one.name}),
        many => Value::Array(
            many.iter()
                .map(|b| json!({"@type": "Person", "name": b.name}))
                .collect(),
        ),
    };
    let claim_date = report
        .published
        .as_ref()
        .and_then(|p| p.date.clone())
        .unwrap_or_else(|| date_of(&report.generated_at).to_string());
    let reviews: Vec<Value> = report
        .statements
        .iter()
        .filter(|s| !s.stale)
        .filter_map(|s| rating(s.status).map(|r| (s, r)))
        .map(|(s, (value, name))| {
            review(
                s,
                value,
                name,
                url,
                &organization,
                &claim_author,
                &claim_date,
            )
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&reviews).expect("JSON values serialise");
    out.push('\n');
    out
}

fn review(
    statement: &Statement,
    value: u8,
    name: &str,
    url: &str,
    organization: &Value,
    claim_author: &Value,
    claim_date: &str,
) -> Value {
    let reviewed_on = statement
        .checked_at
        .map(|at| at.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| claim_date.to_string());
    let mut review = json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": format!("{url}#statement-{}", statement.id),
        "claimReviewed": statement.text,
        "datePublished": reviewed_on,
        "author": organization,
        "itemReviewed": {
            "@type": "Claim",
            "author": claim_author,
            "datePublished": claim_date,
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": name,
        },
    });
    if !statement.excepted.is_empty() {
        let parts: Vec<String> = statement
            .excepted
            .iter()
            .map(|w| format!("\"{w}\""))
            .collect();
        review["reviewBody"] = Value::String(format!("Verified except: {}", parts.join(", ")));
    }
    review
}
