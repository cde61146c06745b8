//! Many new articles at once: the archive case. Each article is parsed and linted outside the
//! transaction, then a whole batch is written in one transaction, because committing is what
//! costs (one fsync per transaction), not the rows.

use crate::parse::ParsedRevision;

use super::ingest::{insert_revision, new_version, store_findings};
use super::{Desk, DeskError, Draft, IngestOutcome, Result, input::validate_slug};
use crate::model::Change;
use crate::store::{Intent, NewArticle, NewVersion};

/// How many articles go into one transaction by default: large enough that the commit is a
/// small share of the time, small enough that another writer waits well under a second.
pub const BATCH_SIZE: usize = 200;

/// One article of a batch: the slug it will have and its first draft.
#[derive(Debug, Clone, Copy)]
pub struct BulkArticle<'a> {
    pub slug: &'a str,
    pub draft: Draft<'a>,
}

/// What the articles of one batch share.
pub struct BulkRequest<'a> {
    pub desk: Option<&'a str>,
    /// The writer of every article of the batch (a reviewer with the writer role), whom
    /// checkers' queries go to.
    pub writer: Option<&'a str>,
    /// The checklist, with its YAML text: stored with the article so its reports stay
    /// reproducible when the desk edits its file.
    pub checklist: &'a crate::checklist::Loaded,
    pub articles: &'a [BulkArticle<'a>],
}

/// One article of a batch parsed and linted: the pure work, done before the transaction.
pub struct Prepared {
    parsed: ParsedRevision,
    findings: Vec<crate::model::Finding>,
}

/// Parses and lints every article of a batch, on every core. It needs no database, so a caller
/// may run it for the next batch while the previous one is being written
/// ([`Desk::write_batch`]). An article whose slug is not valid is answered with its error.
pub fn prepare_batch(
    articles: &[BulkArticle<'_>],
    checklist: &crate::checklist::Loaded,
) -> Vec<Result<Prepared>> {
    let checks = &checklist.checklist().checks;
    let prepare = |article: &BulkArticle<'_>| -> Result<Prepared> {
        validate_slug(article.slug)?;
        let parsed = article.draft.parse();
        let findings = crate::lint::run(article.draft.text, &parsed, checks);
        Ok(Prepared { parsed, findings })
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = articles.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = articles
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(prepare).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().expect("parsing an article does not panic"))
            .collect()
    })
}

impl Desk {
    /// Ingests every article of the request in ONE transaction. An article that cannot go in (an
    /// invalid slug, a slug already taken, also by an earlier article of the same batch) is
    /// answered with its reason and the others go in; the answers are in the request's order.
    /// Only a failure of the database itself fails the whole batch (and writes none of it).
    pub fn ingest_batch(
        &self,
        request: &BulkRequest<'_>,
    ) -> Result<Vec<Result<IngestOutcome, DeskError>>> {
        self.actor()?;
        let prepared = prepare_batch(request.articles, request.checklist);
        self.write_batch(request, prepared)
    }

    /// Writes a batch [`prepare_batch`] prepared (one entry per article of `request`, in its
    /// order) in ONE transaction, as [`Desk::ingest_batch`] does.
    pub fn write_batch(
        &self,
        request: &BulkRequest<'_>,
        prepared: Vec<Result<Prepared>>,
    ) -> Result<Vec<Result<IngestOutcome, DeskError>>> {
        assert_eq!(
            prepared.len(),
            request.articles.len(),
            "one prepared entry per article"
        );
        let actor = self.actor()?;
        let checklist_note = self.checklist_choice(request.checklist, &actor)?;
        let now = self.now();
        // The write reads `prepared` without consuming it (it may run again after a conflict on
        // PostgreSQL); an article that did not parse is answered with its error afterwards.
        let written = self.write(&[Intent::NewArticles], |tx| {
            if let Some(writer) = request.writer {
                self.writer_to_name(tx, writer)?;
            }
            // The search index is filled once for the whole batch, before the commit.
            tx.hold_search()?;
            let mut revisions = None;
            let mut answers = Vec::with_capacity(prepared.len());
            for (article, entry) in request.articles.iter().zip(&prepared) {
                let (parsed, findings) = match entry {
                    Ok(Prepared { parsed, findings }) => (parsed, findings),
                    Err(_) => {
                        answers.push(None);
                        continue;
                    }
                };
                if tx.slug_exists(article.slug)? {
                    answers.push(Some(Err(DeskError::ArticleExists {
                        slug: article.slug.to_string(),
                    })));
                    continue;
                }
                let article_id = tx.insert_article(&NewArticle {
                    slug: article.slug,
                    desk: request.desk,
                    checklist: &request.checklist.checklist().name,
                    checklist_yaml: request.checklist.yaml(),
                    note: checklist_note.as_deref(),
                    at: &now,
                    by: &actor.handle,
                })?;
                if let Some(writer) = request.writer {
                    tx.insert_article_writer(article_id, writer, &actor.handle, &now)?;
                }
                let revision_id = insert_revision(
                    tx,
                    article_id,
                    1,
                    &article.draft,
                    parsed,
                    (&now, &actor.handle),
                )?;
                revisions = Some(revisions.map_or((revision_id, revision_id), |(first, _)| {
                    (first, revision_id)
                }));
                let ids = tx.insert_statements(article_id, 1, parsed.statements.len())?;
                let versions: Vec<NewVersion<'_>> = parsed
                    .statements
                    .iter()
                    .zip(&ids)
                    .map(|(statement, id)| new_version(revision_id, *id, statement, Change::Added))
                    .collect();
                tx.insert_versions(&versions)?;
                store_findings(tx, revision_id, findings, &ids)?;
                answers.push(Some(Ok(IngestOutcome {
                    article: article.slug.to_string(),
                    revision: 1,
                    statements: parsed.statements.len(),
                    findings: findings.len(),
                    headline: parsed.metadata.headline.clone(),
                })));
            }
            tx.release_search(revisions)?;
            Ok(answers)
        })?;
        Ok(written
            .into_iter()
            .zip(prepared)
            .map(|(answer, entry)| match (answer, entry) {
                (Some(answer), _) => answer,
                (None, Err(err)) => Err(err),
                (None, Ok(_)) => unreachable!("only an article that did not parse has no answer"),
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Loaded;
    use crate::parse::Format;
    use crate::store::Store;

    fn desk() -> Desk {
        let store = Store::open_in_memory().unwrap();
        let desk = Desk::new(
            store,
            chrono::Utc::now(),
            Some(crate::desk::Actor::from_cli("ed")),
        );
        desk.add_reviewer(&crate::model::Reviewer {
            handle: "ed".into(),
            name: "Edith Ortiz".into(),
            role: crate::model::Role::Editor,
            skills: vec![],
            active: true,
        })
        .unwrap();
        desk
    }

    fn draft(text: &str) -> Draft<'_> {
        Draft {
            text,
            format: Format::Text,
            file_name: None,
            original: None,
            language: None,
        }
    }

    #[test]
    fn a_taken_or_invalid_slug_is_answered_and_the_others_go_in() {
        let desk = desk();
        let checklist = Loaded::builtin("news").unwrap();
        let articles = [
            BulkArticle {
                slug: "one",
                draft: draft("The port closed on Monday. Ships waited."),
            },
            BulkArticle {
                slug: "Bad Slug",
                draft: draft("Nothing here matters."),
            },
            BulkArticle {
                slug: "one",
                draft: draft("A second article under the same slug."),
            },
            BulkArticle {
                slug: "two",
                draft: draft("The mayor spoke. The council voted 7-2."),
            },
        ];
        let answers = desk
            .ingest_batch(&BulkRequest {
                writer: None,
                desk: None,
                checklist: &checklist,
                articles: &articles,
            })
            .unwrap();
        assert_eq!(answers.len(), 4);
        assert_eq!(answers[0].as_ref().unwrap().article, "one");
        assert!(
            answers[1]
                .as_ref()
                .unwrap_err()
                .to_string()
                .contains("not valid")
        );
        assert!(
            answers[2]
                .as_ref()
                .unwrap_err()
                .to_string()
                .contains("exists already")
        );
        assert_eq!(answers[3].as_ref().unwrap().article, "two");
        assert_eq!(desk.store().count_rows("articles").unwrap(), 2);
        let stored: usize = answers.iter().flatten().map(|a| a.statements).sum();
        assert_eq!(
            desk.store().count_rows("statement_versions").unwrap(),
            stored as i64
        );
        assert!(stored > 0);
    }
}
