//! The overview as a machine reads it (`articles --json`): each article's stored counts and gate
//! handed on as the JSON text they were stored as, not parsed into the model and printed again.
//! Over ten thousand articles the gate reasons list a million statement ids; reading them back
//! one by one and writing them out again was three quarters of the listing's time. The text is
//! what `serde_json` wrote for the same types ([`super::overview`] stores it), so printing it
//! re-indented gives the bytes the round trip gave.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::overview::{ArticlesPage, unreadable};
use super::{Desk, DeskError, Result};
use crate::model::Gate;
use crate::store::OverviewListing;

/// One article of the listing: the fields of [`super::ArticleSummary`], in its order, with
/// `counts` and `gate` as JSON text.
#[derive(Debug, Serialize)]
pub struct ArticleListing {
    pub slug: String,
    pub headline: Option<String>,
    pub desk: Option<String>,
    pub checklist: String,
    pub revision: u32,
    pub statements: usize,
    pub counts: Box<RawValue>,
    pub gate: StoredGate,
}

/// A gate as the listing prints it: [`Gate`]'s fields in its order and with its attributes,
/// the reasons (and their statement ids) kept as JSON text. Read from the stored text in one
/// pass, which also checks it; `next_lapse_at` is read because a lapse since the row was
/// stored means time, not a write, changed the gate.
#[derive(Debug, Serialize, Deserialize)]
pub struct StoredGate {
    ready: bool,
    reasons: Box<RawValue>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::model::time::option"
    )]
    next_lapse_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl Desk {
    /// One page of articles, by slug, as [`Desk::articles_page`] gives them, with counts and
    /// gate as JSON text.
    pub fn articles_listing(&self, page: &ArticlesPage<'_>) -> Result<Vec<ArticleListing>> {
        self.store
            .overview_page(page)?
            .into_iter()
            .map(|listing| self.listing_of(listing))
            .collect()
    }

    fn listing_of(&self, listing: OverviewListing) -> Result<ArticleListing> {
        let corrupt = |what: &str, err| unreadable(&listing.slug, what, err);
        if let Some(row) = listing.overview {
            let gate: StoredGate =
                serde_json::from_str(&row.gate_json).map_err(|e| corrupt("gate", e))?;
            if gate.next_lapse_at.is_none_or(|at| at > self.now) {
                return Ok(ArticleListing {
                    slug: listing.slug.clone(),
                    headline: row.headline,
                    desk: listing.desk,
                    checklist: listing.checklist,
                    revision: row.revision,
                    statements: row.statements,
                    counts: RawValue::from_string(row.counts_json)
                        .map_err(|e| corrupt("counts", e))?,
                    gate,
                });
            }
        }
        // Missing, dirty or lapsed: computed in full, as the typed listing does.
        let summary = self.article_summary_in_full(&self.article(&listing.slug)?)?;
        // Every field of the gate, by name: a field added to `Gate` fails to compile here
        // until `StoredGate` has it too.
        let Gate {
            ready,
            reasons,
            next_lapse_at,
        } = &summary.gate;
        let gate = StoredGate {
            ready: *ready,
            reasons: raw(reasons)?,
            next_lapse_at: *next_lapse_at,
        };
        Ok(ArticleListing {
            counts: raw(&summary.counts)?,
            gate,
            slug: summary.slug,
            headline: summary.headline,
            desk: summary.desk,
            checklist: summary.checklist,
            revision: summary.revision,
            statements: summary.statements,
        })
    }
}

/// A value as the JSON text the stored rows hold (`serde_json`, compact).
fn raw(value: &impl Serialize) -> Result<Box<RawValue>> {
    serde_json::value::to_raw_value(value)
        .map_err(|e| DeskError::Inconsistent(format!("overview: {e}")))
}
