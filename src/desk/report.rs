//! The verification report's data, from the same views as the gate so the two never disagree.

use std::collections::BTreeMap;

use super::{Desk, Result};
use crate::report::{
    ChainHead, Counts, Progress, Report, ReportFinding, ReviewerLoad, SCHEMA_VERSION,
};

impl Desk {
    /// The report of a revision (latest by default), made now by the acting person.
    pub fn report(&self, slug: &str, number: Option<u32>) -> Result<Report> {
        let view = self.revision_view(slug, number)?;
        let checklist = self.article_checklist(&view.article)?;
        let findings = self.revision_findings(&self.store, &view)?;
        let mut gate = self.revision_gate(&self.store, &view, &findings, &checklist)?;
        let chain = self.gate_with_chain(&view.article, &mut gate)?;
        let changes = if view.revision.number > 1 {
            Some(self.diff(
                slug,
                Some(view.revision.number - 1),
                Some(view.revision.number),
            )?)
        } else {
            None
        };
        let checks = self.store.latest_checks_of_revision(view.revision.id)?;
        let since_check = self
            .store
            .versions_of_revision(view.revision.id)?
            .iter()
            .filter_map(|v| super::views::since_check(v, checks.get(&v.statement_id)))
            .collect();
        let mut open: BTreeMap<&str, u32> = BTreeMap::new();
        for statement in &view.statements {
            if let Some(assignee) = statement.assignee.as_deref() {
                *open.entry(assignee).or_default() += u32::from(statement.needs_work());
            }
        }
        let reviewers = self
            .store
            .reviewers()?
            .into_iter()
            .filter(|r| open.contains_key(r.handle.as_str()))
            .map(|r| ReviewerLoad {
                open: open[r.handle.as_str()],
                handle: r.handle,
                name: r.name,
                role: r.role,
            })
            .collect();
        Ok(Report {
            schema_version: SCHEMA_VERSION,
            article: view.article.slug.clone(),
            revision: view.revision.number,
            latest_revision: view.article.latest_revision,
            headline: view.metadata.headline.clone(),
            bylines: view.metadata.bylines.clone(),
            published: view.metadata.published.clone(),
            desk: view.article.desk.clone(),
            outlet: view.metadata.outlet.clone(),
            url: None,
            checklist: view.article.checklist.clone(),
            generated_at: self.now(),
            generated_by: self.actor_handle().map(str::to_string),
            gate,
            chain: chain.head.map(|head| ChainHead {
                links: chain.links,
                head,
            }),
            counts: Counts::from_statements(&view.statements),
            progress: Progress::from_statements(&view.statements),
            reviewers,
            changes,
            since_check,
            findings: findings
                .into_iter()
                .map(|f| ReportFinding {
                    rule: f.rule,
                    level: f.level,
                    message: f.message,
                    statements: f.statements,
                    id: f.id,
                    dismissal: f.dismissal,
                })
                .collect(),
            queries: {
                let mut queries = self.queries_of_article(&self.store, view.article.id)?;
                queries.sort_by_key(|q| (!q.is_unresolved(), q.id));
                queries
            },
            disputes: {
                let mut disputes = self.disputes(&self.store, &view)?;
                // Stable: article order within the open ones and within the ruled ones.
                disputes.sort_by_key(|d| !d.is_open());
                disputes
            },
            rulings: self.rulings_of_article(view.article.id)?,
            text: view.revision.text.clone(),
            statements: view.statements,
        })
    }
}
