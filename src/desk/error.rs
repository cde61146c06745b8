//! What can go wrong in a use case, as data.
//!
//! Each error says what is wrong in the desk's words and carries the values it is about (the
//! slug, the statement id, the handle), never how to put it right on one front end: the command
//! line (`cli/error.rs`) adds its hint ("see `factdesk articles`", "pass --as HANDLE") and its
//! exit code, and the web desk maps the same errors to HTTP statuses and links. [`ErrorKind`]
//! is the one classification both edges start from.

use crate::model::StatementId;
use crate::store::StoreError;

/// What sort of failure an error is: what a front end answers with (an exit code, an HTTP
/// status) when it has nothing more specific to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The request itself cannot be used (bad slug, missing reason): fix it and retry. HTTP 400/422.
    Invalid,
    /// Nobody (known) is acting. HTTP 401.
    Unidentified,
    /// The acting reviewer may not do this. HTTP 403.
    Forbidden,
    /// What was asked for does not exist. HTTP 404.
    NotFound,
    /// The desk's state is not what the request assumed (a newer revision, a name taken). HTTP 409.
    Conflict,
    /// Another writer holds the database; nothing was written, try again. HTTP 503.
    Busy,
    /// The database cannot be reached (PostgreSQL is down or cut the connection); nothing was
    /// written, try again when it is back. HTTP 503.
    Unavailable,
    /// The stored data or the database itself is wrong: no request can fix it. HTTP 500.
    Broken,
}

#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    /// The input cannot be used: says what and where.
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    NotFound(String),
    /// The rules forbid it.
    #[error("{0}")]
    Refused(String),
    /// The stored data contradicts itself (a row another one points to is gone).
    #[error("{0}")]
    Inconsistent(String),
    #[error("no reviewer is acting")]
    NoActor,
    #[error("unknown reviewer '{handle}'")]
    UnknownActor { handle: String },
    #[error("reviewer '{handle}' is inactive and may not write")]
    InactiveActor { handle: String },
    /// `doing` completes "only an editor may …".
    #[error("only an editor may {doing}; {handle} is a {role}")]
    NotEditor {
        handle: String,
        doing: String,
        role: crate::model::Role,
    },
    /// `known` lists the desk's handles when the caller looked them up (empty: the desk has none).
    #[error("unknown reviewer '{handle}'")]
    UnknownReviewer {
        handle: String,
        known: Option<Vec<String>>,
    },
    #[error("reviewer '{handle}' is inactive; choose another")]
    InactiveReviewer { handle: String },
    #[error("reviewer '{handle}' needs a name: it is shown on every check they record")]
    ReviewerWithoutName { handle: String },
    #[error("the first reviewer of a desk must be an editor: editors add the others")]
    FirstReviewerNotEditor,
    #[error("there is no active checker to assign to")]
    NoActiveChecker,
    #[error("no article '{slug}'")]
    NoArticle { slug: String },
    #[error("article '{slug}' exists already")]
    ArticleExists { slug: String },
    /// `latest` is the article's latest revision, when the caller knows it.
    #[error("article '{slug}' has no revision {number}{}", latest.map(|l| format!(" (it has 1 to {l})")).unwrap_or_default())]
    NoRevision {
        slug: String,
        number: u32,
        latest: Option<u32>,
    },
    /// A range of revisions given newest first.
    #[error("revision {from} is after revision {to}: give the older revision first")]
    RevisionsReversed { from: u32, to: u32 },
    /// A draft made on an older revision than the latest: storing it would undo the edits between.
    #[error(
        "conflict: this draft is based on revision {base} of '{slug}', but the latest is {latest}; nothing was stored"
    )]
    StaleBase {
        slug: String,
        base: u32,
        latest: u32,
    },
    #[error("no statement {0}")]
    NoStatement(StatementId),
    #[error("statement {0} was removed from its article's latest revision")]
    RemovedStatement(StatementId),
    #[error("a dismissal needs the reason why the finding is wrong")]
    DismissalWithoutReason,
    /// A finding is named `SLUG/KEY`.
    #[error("'{id}' does not name a finding (SLUG/KEY)")]
    NotAFinding { id: String },
    #[error("no finding {id} in revision {revision} of '{slug}'")]
    NoFinding {
        id: String,
        slug: String,
        revision: u32,
    },
    #[error(transparent)]
    Rule(#[from] crate::workflow::Refusal),
    #[error(transparent)]
    Confidential(#[from] crate::workflow::ConfidentialRefusal),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A refusal about a confidential source: who may not read or attest it, or whom it may not name.
fn confidential_kind(refusal: &crate::workflow::ConfidentialRefusal) -> ErrorKind {
    use crate::workflow::ConfidentialRefusal as C;
    match refusal {
        C::MayNotRead { .. } | C::NotTheNamedEditor { .. } => ErrorKind::Forbidden,
        C::AlreadyAttested { .. } => ErrorKind::Conflict,
        C::NoEditorNamed { .. } | C::NotAnEditor { .. } | C::InactiveEditor { .. } => {
            ErrorKind::Invalid
        }
    }
}

impl DeskError {
    /// The sort of failure, for a front end's exit code or HTTP status.
    pub fn kind(&self) -> ErrorKind {
        use crate::workflow::Refusal;
        match self {
            DeskError::Invalid(_)
            | DeskError::ReviewerWithoutName { .. }
            | DeskError::RevisionsReversed { .. }
            | DeskError::DismissalWithoutReason
            | DeskError::NotAFinding { .. } => ErrorKind::Invalid,
            DeskError::NoActor | DeskError::UnknownActor { .. } => ErrorKind::Unidentified,
            DeskError::Refused(_)
            | DeskError::InactiveActor { .. }
            | DeskError::NotEditor { .. }
            | DeskError::FirstReviewerNotEditor => ErrorKind::Forbidden,
            DeskError::NotFound(_)
            | DeskError::UnknownReviewer { .. }
            | DeskError::NoArticle { .. }
            | DeskError::NoRevision { .. }
            | DeskError::NoStatement(_)
            | DeskError::NoFinding { .. } => ErrorKind::NotFound,
            DeskError::InactiveReviewer { .. }
            | DeskError::NoActiveChecker
            | DeskError::ArticleExists { .. }
            | DeskError::StaleBase { .. }
            | DeskError::RemovedStatement(_) => ErrorKind::Conflict,
            DeskError::Inconsistent(_) => ErrorKind::Broken,
            DeskError::Confidential(refusal) => confidential_kind(refusal),
            DeskError::Rule(refusal) => match refusal {
                Refusal::NotAssignee { .. }
                | Refusal::WaiveByChecker { .. }
                | Refusal::LastEditor { .. }
                | Refusal::WriterMayNot { .. }
                | Refusal::QueryNotAssignee { .. }
                | Refusal::NotTheWriter { .. }
                | Refusal::NotTheAsker { .. }
                | Refusal::OnlyEditors { .. } => ErrorKind::Forbidden,
                Refusal::Unassigned { .. }
                | Refusal::NoWriter { .. }
                | Refusal::QueryResolved { .. }
                | Refusal::NoDispute { .. }
                | Refusal::AlreadyRuled { .. }
                | Refusal::AlreadyPublished { .. }
                | Refusal::GateBlocked { .. }
                | Refusal::NotPublished { .. }
                | Refusal::NotInPublished { .. } => ErrorKind::Conflict,
                Refusal::EmptyText { .. } | Refusal::ChangeWithoutWording { .. } => {
                    ErrorKind::Invalid
                }
                Refusal::VerifiedWithoutSource
                | Refusal::PartlyVerifiedWithoutSource
                | Refusal::PartialWithoutExcept { .. }
                | Refusal::ExceptWithoutPartial { .. }
                | Refusal::ExceptNotInText { .. }
                | Refusal::ExceptEverything { .. }
                | Refusal::IncorrectWithoutNote
                | Refusal::WaiveWithoutReason
                | Refusal::UncheckedIsNotAVerdict
                | Refusal::UnknownItems { .. }
                | Refusal::UnknownSkills { .. }
                | Refusal::ItemsNotForKinds { .. } => ErrorKind::Invalid,
            },
            DeskError::Store(err) => match err {
                StoreError::Missing(_) => ErrorKind::NotFound,
                StoreError::Busy => ErrorKind::Busy,
                StoreError::PgLost(_) | StoreError::PgConnect { .. } => ErrorKind::Unavailable,
                StoreError::Conflict { .. } => ErrorKind::Conflict,
                _ => ErrorKind::Broken,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::Desk;
    use crate::model::{Reviewer, Role};
    use crate::store::Store;

    fn desk(actor: Option<&str>) -> Desk {
        let store = Store::open_in_memory().unwrap();
        let editor = Desk::new(
            store,
            chrono::Utc::now(),
            Some(crate::desk::Actor::from_cli("ed")),
        );
        for (handle, role, active) in [
            ("ed", Role::Editor, true),
            ("ana", Role::Checker, true),
            ("old", Role::Checker, false),
        ] {
            editor
                .add_reviewer(&Reviewer {
                    handle: handle.into(),
                    name: format!("{handle} name"),
                    role,
                    skills: vec![],
                    active: true,
                })
                .unwrap();
            if !active {
                editor.set_reviewer_active(handle, false).unwrap();
            }
        }
        let Desk { store, now, .. } = editor;
        Desk::new(store, now, actor.map(crate::desk::Actor::from_cli))
    }

    #[test]
    fn a_reviewer_deactivated_before_the_lock_cannot_write_under_it() {
        // `old` passed no check before the lock here; the transaction itself must refuse.
        let retired = desk(Some("old"));
        let err = retired.write(&[], |_| Ok(())).unwrap_err();
        assert!(matches!(&err, DeskError::InactiveActor { handle } if handle == "old"));
        let active = desk(Some("ana"));
        active.write(&[], |_| Ok(())).unwrap();
    }

    #[test]
    fn use_cases_fail_with_the_values_they_are_about_and_a_kind() {
        let nobody = desk(None);
        let err = nobody.actor().unwrap_err();
        assert!(matches!(err, DeskError::NoActor), "{err:?}");
        assert_eq!(err.kind(), ErrorKind::Unidentified);

        let stranger = desk(Some("zed"));
        let err = stranger.actor().unwrap_err();
        assert!(matches!(&err, DeskError::UnknownActor { handle } if handle == "zed"));
        assert_eq!(err.kind(), ErrorKind::Unidentified);

        let retired = desk(Some("old"));
        let err = retired.actor().unwrap_err();
        assert!(matches!(&err, DeskError::InactiveActor { handle } if handle == "old"));
        assert_eq!(err.kind(), ErrorKind::Forbidden);

        let checker = desk(Some("ana"));
        let err = checker.editor("assign statements").unwrap_err();
        assert!(
            matches!(&err, DeskError::NotEditor { handle, doing, .. } if handle == "ana" && doing == "assign statements")
        );
        assert_eq!(err.kind(), ErrorKind::Forbidden);

        let editor = desk(Some("ed"));
        let err = editor.article("nope").unwrap_err();
        assert!(matches!(&err, DeskError::NoArticle { slug } if slug == "nope"));
        assert_eq!(err.kind(), ErrorKind::NotFound);

        let id = StatementId(4242);
        let err = editor.history(id).unwrap_err();
        assert!(matches!(err, DeskError::NoStatement(got) if got == id));
        assert_eq!(err.kind(), ErrorKind::NotFound);

        let err = editor.assign(&[id], "old").unwrap_err();
        assert!(matches!(&err, DeskError::InactiveReviewer { handle } if handle == "old"));
        assert_eq!(err.kind(), ErrorKind::Conflict);

        let err = editor.reviewer_named("zed").unwrap_err();
        assert!(
            matches!(&err, DeskError::UnknownReviewer { handle, known: Some(known) } if handle == "zed" && known.len() == 3)
        );
        assert_eq!(err.kind(), ErrorKind::NotFound);

        let err = editor.dismiss_finding("no-slash", "why").unwrap_err();
        assert!(matches!(&err, DeskError::NotAFinding { id } if id == "no-slash"));
        assert_eq!(err.kind(), ErrorKind::Invalid);
    }

    /// The library says what is wrong; which command or flag puts it right is the front end's
    /// to say (cli/error.rs), so no message here names one.
    #[test]
    fn messages_name_no_command_and_no_flag() {
        let id = StatementId(7);
        let handle = || "ana".to_string();
        let errors = [
            DeskError::NoActor,
            DeskError::UnknownActor { handle: handle() },
            DeskError::InactiveActor { handle: handle() },
            DeskError::UnknownReviewer {
                handle: handle(),
                known: Some(vec![]),
            },
            DeskError::ReviewerWithoutName { handle: handle() },
            DeskError::FirstReviewerNotEditor,
            DeskError::NoActiveChecker,
            DeskError::NoArticle { slug: "s".into() },
            DeskError::ArticleExists { slug: "s".into() },
            DeskError::RevisionsReversed { from: 2, to: 1 },
            DeskError::StaleBase {
                slug: "s".into(),
                base: 1,
                latest: 2,
            },
            DeskError::NoStatement(id),
            DeskError::RemovedStatement(id),
            DeskError::DismissalWithoutReason,
            DeskError::NotAFinding { id: "x".into() },
            crate::workflow::Refusal::NotAssignee {
                id,
                assignee: "bo".into(),
                actor: handle(),
            }
            .into(),
            crate::workflow::Refusal::Unassigned {
                id,
                actor: handle(),
            }
            .into(),
            crate::workflow::Refusal::VerifiedWithoutSource.into(),
            crate::workflow::Refusal::IncorrectWithoutNote.into(),
            crate::workflow::Refusal::WaiveWithoutReason.into(),
            StoreError::Missing("x.db".into()).into(),
            StoreError::NotADatabase("x.db".into()).into(),
            StoreError::Foreign("x.db".into()).into(),
        ];
        for err in errors {
            let message = err.to_string();
            assert!(
                !message.contains("`factdesk")
                    && !message.contains("--")
                    && !message.contains("FACTDESK_"),
                "names a command or flag: {message}"
            );
        }
    }
}
