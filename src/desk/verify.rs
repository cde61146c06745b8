//! `factdesk verify`, and the chain's word in the gate and the report (issue 11).

use serde::Serialize;

use super::{Desk, Result};
use crate::model::{Gate, GateReason};
use crate::store::ArticleRow;
use crate::store::chain::ChainReport;

/// One chain walked: whose, how long, its head, and what is wrong with it.
#[derive(Debug, Clone, Serialize)]
pub struct ChainState {
    /// The article's slug; `None` for the desk's own chain (reviewers, sources, checklists).
    pub article: Option<String>,
    pub links: i64,
    pub head: Option<String>,
    pub problems: Vec<String>,
}

impl ChainState {
    fn new(article: Option<String>, report: ChainReport) -> ChainState {
        ChainState {
            article,
            links: report.links,
            head: report.head,
            problems: report.breaks.iter().map(ToString::to_string).collect(),
        }
    }
}

/// What `verify` found: SQLite's own check, and every chain.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    /// `["ok"]`, or SQLite's list of problems.
    pub integrity: Vec<String>,
    pub chains: Vec<ChainState>,
    /// Rows that belong to no chain and no article (a whole-file walk only).
    pub orphans: Vec<String>,
}

impl Verification {
    pub fn holds(&self) -> bool {
        self.integrity == ["ok"]
            && self.orphans.is_empty()
            && self.chains.iter().all(|c| c.problems.is_empty())
    }
}

impl Desk {
    /// Walks the chains of one article (and the desk's), or of the whole file, and runs
    /// SQLite's integrity check with the engine factdesk is built with.
    pub fn verify(&self, slug: Option<&str>) -> Result<Verification> {
        let articles = match slug {
            Some(slug) => {
                let article = self.article(slug)?;
                vec![(article.id.0, article.slug)]
            }
            None => self.store.chained_articles()?,
        };
        let mut chains = vec![ChainState::new(None, self.store.verify_chain(None)?)];
        for (id, slug) in articles {
            chains.push(ChainState::new(
                Some(slug),
                self.store.verify_chain(Some(id))?,
            ));
        }
        let orphans = match slug {
            Some(_) => Vec::new(),
            None => self
                .store
                .orphan_rows()?
                .iter()
                .map(ToString::to_string)
                .collect(),
        };
        Ok(Verification {
            integrity: self.store.integrity_check()?,
            chains,
            orphans,
        })
    }

    /// The article's chain walked; a broken one holds the gate, whatever else it says.
    pub(crate) fn gate_with_chain(
        &self,
        article: &ArticleRow,
        gate: &mut Gate,
    ) -> Result<ChainState> {
        let report = self.store.verify_chain(Some(article.id.0))?;
        if let Some(first) = report.breaks.first() {
            gate.ready = false;
            gate.reasons.push(GateReason {
                code: "history-broken".into(),
                message: format!(
                    "the article's stored history does not match its hash chain ({first}{}): it was changed outside factdesk; verify the article's history before trusting it",
                    match report.breaks.len() {
                        1 => String::new(),
                        n => format!(", and {} more", n - 1),
                    }
                ),
                statements: Vec::new(),
            });
        }
        Ok(ChainState::new(Some(article.slug.clone()), report))
    }
}
