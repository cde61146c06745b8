//! The command line's edge for errors: the library says what is wrong, with the values it is
//! about ([`DeskError`]); this file adds what to type to put it right (`see `factdesk articles``,
//! `pass --as HANDLE`) and the exit code. The web desk maps the same errors to HTTP statuses
//! from [`DeskError::kind`] and adds links instead.
//!
//! Exit codes (docs/design.md): 0 success, 1 an error (bad input, not found, refused, conflict),
//! 2 a usage error (clap's own, and arguments that contradict each other), 3 the gate is blocked.
//! A closed pipe anywhere in an error's chain is a quiet success, as ripgrep does it: `factdesk
//! statements x | head` is not a failure.

use std::fmt;
use std::process::ExitCode;

use crate::bounded::ReadError;
use crate::checklist::ChecklistError;
use crate::desk::DeskError;
use crate::import::{ENCODING_EXAMPLES, ImportError, ImportProblem};
use crate::store::StoreError;
use crate::workflow::Refusal;

/// How a command ended, when it did not simply succeed.
#[derive(Debug)]
pub enum Failure {
    /// An error of the desk: its message, this edge's hint, exit 1 (2 for contradictory arguments).
    Desk(DeskError),
    /// An input file that could not be read.
    Read(ReadError),
    /// Bytes that are not an article.
    Import(ImportError),
    /// A checklist that cannot be used.
    Checklist(ChecklistError),
    /// Reading or writing a file or stream other than an input article: what it is, and why.
    Io {
        what: String,
        source: std::io::Error,
    },
    /// The command line's own complete message; exit 1.
    Error(String),
    /// Arguments clap accepted one by one but that do not go together; exit 2.
    Usage(String),
    /// The gate is blocked (the reasons were printed); exit 3.
    Blocked,
}

pub type Outcome = Result<(), Failure>;

/// Exit code of an error the user can fix (docs/design.md).
const EXIT_ERROR: u8 = 1;
/// Exit code of a usage error, as clap's own.
const EXIT_USAGE: u8 = 2;
/// Exit code of a blocked gate.
const EXIT_BLOCKED: u8 = 3;

impl Failure {
    /// The process's exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Blocked => EXIT_BLOCKED,
            Failure::Usage(_) | Failure::Desk(DeskError::RevisionsReversed { .. }) => EXIT_USAGE,
            _ => EXIT_ERROR,
        }
    }

    /// Whether the failure is, at bottom, a reader that closed the pipe: not an error at all.
    pub fn is_broken_pipe(&self) -> bool {
        let mut current: Option<&(dyn std::error::Error + 'static)> = Some(self);
        while let Some(err) = current {
            if let Some(io) = err.downcast_ref::<std::io::Error>() {
                if io.kind() == std::io::ErrorKind::BrokenPipe {
                    return true;
                }
            }
            current = err.source();
        }
        false
    }

    /// What is wrong with an input file, without its name: for a listing that names it already
    /// (`ingest` of a folder). `None` when the failure is not about one file.
    pub fn file_problem(&self) -> Option<String> {
        match self {
            Failure::Read(err) => Some(err.problem()),
            Failure::Import(err) => Some(import_problem(&err.problem)),
            _ => None,
        }
    }

    /// Prints the failure (if it has anything to say) and gives the exit code.
    pub fn report(self) -> ExitCode {
        if self.is_broken_pipe() {
            return ExitCode::SUCCESS;
        }
        if !matches!(self, Failure::Blocked) {
            eprintln!("error: {self}");
        }
        ExitCode::from(self.exit_code())
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Desk(err) => write_desk(f, err),
            Failure::Read(err) => write!(f, "{err}"),
            Failure::Import(err) => match &err.problem {
                // The label, not the file, is what is wrong.
                ImportProblem::UnknownEncoding { .. } => f.write_str(&import_problem(&err.problem)),
                problem => write!(f, "{}: {}", err.origin, import_problem(problem)),
            },
            Failure::Checklist(err) => write!(f, "{err}"),
            Failure::Io { what, source } => write!(f, "{what}: {source}"),
            Failure::Error(message) | Failure::Usage(message) => f.write_str(message),
            Failure::Blocked => f.write_str("the gate is blocked"),
        }
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Failure::Desk(err) => Some(err),
            Failure::Read(err) => Some(err),
            Failure::Import(err) => Some(err),
            Failure::Checklist(err) => Some(err),
            Failure::Io { source, .. } => Some(source),
            Failure::Error(_) | Failure::Usage(_) | Failure::Blocked => None,
        }
    }
}

/// The library's message, with what to type on the command line to put it right.
fn write_desk(f: &mut fmt::Formatter<'_>, err: &DeskError) -> fmt::Result {
    match err {
        DeskError::NoActor => write!(
            f,
            "who is acting? pass --as HANDLE or set FACTDESK_USER (see `factdesk reviewer list`)"
        ),
        DeskError::UnknownActor { handle } => write!(
            f,
            "{err}: add them with `factdesk reviewer add {handle} --name NAME`"
        ),
        DeskError::InactiveActor { handle } => write!(
            f,
            "{err}; an editor can reactivate them with `factdesk reviewer activate {handle}`"
        ),
        DeskError::UnknownReviewer { known, .. } => match known.as_deref() {
            None => write!(f, "{err}: see `factdesk reviewer list`"),
            Some([]) => write!(
                f,
                "{err}: the desk has no reviewers yet (`factdesk reviewer add`)"
            ),
            Some(handles) => write!(f, "{err} (reviewers: {})", handles.join(", ")),
        },
        DeskError::ReviewerWithoutName { handle } => write!(
            f,
            "reviewer '{handle}' needs a name (--name \"First Last\"): it is shown on every check they record"
        ),
        DeskError::FirstReviewerNotEditor => write!(
            f,
            "the first reviewer of a desk must be an editor (--role editor): editors add the others"
        ),
        DeskError::NoActiveChecker => write!(
            f,
            "{err}: add one with `factdesk reviewer add HANDLE --name NAME`"
        ),
        DeskError::NoArticle { .. } => {
            write!(f, "{err}: see `factdesk articles`, or ingest it first")
        }
        DeskError::ArticleExists { slug } => write!(
            f,
            "{err}; to add a new draft use `factdesk revise {slug} FILE`"
        ),
        DeskError::RevisionsReversed { from, to } => write!(
            f,
            "--from {from} is after --to {to}: give the older revision first"
        ),
        DeskError::StaleBase { slug, base, latest } => write!(
            f,
            "{err}: merge the changes into revision {latest} (`factdesk diff {slug} --from {base} --to {latest}`) and send it with --base {latest}"
        ),
        DeskError::NoStatement(_) => write!(f, "{err}: see `factdesk statements SLUG` for ids"),
        DeskError::RemovedStatement(id) => write!(f, "{err}; see `factdesk history {id}`"),
        DeskError::DismissalWithoutReason => write!(
            f,
            "a dismissal needs the reason: --reason \"why this finding is wrong\""
        ),
        DeskError::NotAFinding { id } => write!(
            f,
            "'{id}' does not name a finding: write SLUG/KEY as `factdesk lint SLUG` prints it"
        ),
        DeskError::NoFinding { slug, .. } => write!(f, "{err}: see `factdesk lint {slug}`"),
        DeskError::Rule(refusal) => write_refusal(f, refusal),
        DeskError::Store(store) => write_store(f, store),
        DeskError::Confidential(crate::workflow::ConfidentialRefusal::NoEditorNamed { .. }) => {
            write!(f, "{err} with --known-to EDITOR")
        }
        DeskError::Confidential(crate::workflow::ConfidentialRefusal::NotTheNamedEditor {
            known_to,
            ..
        }) => write!(
            f,
            "{err}: ask {known_to} to run `factdesk source attest` with its number"
        ),
        _ => write!(f, "{err}"),
    }
}

/// An import problem with how to declare the encoding on the command line.
fn import_problem(problem: &ImportProblem) -> String {
    match problem {
        ImportProblem::NotUtf8 { .. } => format!(
            "{problem}, or name its encoding with --encoding (e.g. --encoding windows-1252)"
        ),
        ImportProblem::NulByte { .. } => format!(
            "{problem}, or, for UTF-16 without a byte-order mark, pass --encoding utf-16le (or utf-16be)"
        ),
        ImportProblem::UnknownEncoding { label } => format!(
            "--encoding {label}: not an encoding factdesk knows; use a WHATWG label such as {ENCODING_EXAMPLES}"
        ),
        ImportProblem::NotInEncoding { .. } => format!("{problem}; check --encoding"),
        ImportProblem::EncodingForDocx => {
            "--encoding is for text files; a Word document names its own encoding".into()
        }
        _ => problem.to_string(),
    }
}

fn write_refusal(f: &mut fmt::Formatter<'_>, refusal: &Refusal) -> fmt::Result {
    match refusal {
        Refusal::NotAssignee { id, actor, .. } => {
            write!(f, "{refusal} (ask an editor to `assign {id} --to {actor}`)")
        }
        Refusal::Unassigned { id, actor } => {
            write!(f, "{refusal} (`factdesk assign {id} --to {actor}`)")
        }
        Refusal::VerifiedWithoutSource => write!(
            f,
            "{refusal}: add --source KIND:CITATION (e.g. --source web:https://...)"
        ),
        Refusal::PartlyVerifiedWithoutSource => write!(
            f,
            "{refusal}: add --source KIND:CITATION (e.g. --source web:https://...)"
        ),
        Refusal::PartialWithoutExcept { .. } => write!(
            f,
            "{refusal}: add --except \"the words not verified\" (repeatable)"
        ),
        Refusal::ExceptWithoutPartial { .. } => write!(
            f,
            "{refusal}: leave out --except, or record --status partly-verified"
        ),
        Refusal::ExceptNotInText { .. } => write!(
            f,
            "{refusal}: give --except whole words copied from the statement"
        ),
        Refusal::ExceptEverything { .. } => write!(
            f,
            "{refusal}: record --status unverifiable (or in-progress) instead, or except less"
        ),
        Refusal::IncorrectWithoutNote | Refusal::WaiveWithoutReason => {
            write!(f, "{refusal}: add --note \"...\"")
        }
        _ => write!(f, "{refusal}"),
    }
}

fn write_store(f: &mut fmt::Formatter<'_>, err: &StoreError) -> fmt::Result {
    match err {
        StoreError::Missing(_) => write!(
            f,
            "{err}: create it with `factdesk init` (or pass --db PATH)"
        ),
        StoreError::NotADatabase(_) | StoreError::Foreign(_) => {
            write!(f, "{err}: check --db / FACTDESK_DB")
        }
        _ => write!(f, "{err}"),
    }
}

impl Failure {
    /// An I/O error on `what` (a path, "standard output").
    pub fn io(what: impl fmt::Display) -> impl FnOnce(std::io::Error) -> Failure {
        move |source| Failure::Io {
            what: what.to_string(),
            source,
        }
    }
}

impl From<DeskError> for Failure {
    fn from(err: DeskError) -> Self {
        Failure::Desk(err)
    }
}

impl From<StoreError> for Failure {
    fn from(err: StoreError) -> Self {
        Failure::Desk(DeskError::Store(err))
    }
}

impl From<Refusal> for Failure {
    fn from(err: Refusal) -> Self {
        Failure::Desk(DeskError::Rule(err))
    }
}

impl From<ReadError> for Failure {
    fn from(err: ReadError) -> Self {
        Failure::Read(err)
    }
}

impl From<ImportError> for Failure {
    fn from(err: ImportError) -> Self {
        Failure::Import(err)
    }
}

impl From<ChecklistError> for Failure {
    fn from(err: ChecklistError) -> Self {
        Failure::Checklist(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_design_contract() {
        let not_found = Failure::from(DeskError::NoArticle { slug: "x".into() });
        assert_eq!(not_found.exit_code(), 1);
        let reversed = Failure::from(DeskError::RevisionsReversed { from: 3, to: 1 });
        assert_eq!(reversed.exit_code(), 2);
        assert_eq!(Failure::Usage("x".into()).exit_code(), 2);
        assert_eq!(Failure::Blocked.exit_code(), 3);
        assert_eq!(Failure::from(StoreError::Busy).exit_code(), 1);
    }

    #[test]
    fn the_command_line_adds_its_hint_to_the_neutral_message() {
        let err = Failure::from(DeskError::NoArticle { slug: "x".into() });
        assert_eq!(
            err.to_string(),
            "no article 'x': see `factdesk articles`, or ingest it first"
        );
        let err = Failure::from(DeskError::StaleBase {
            slug: "s".into(),
            base: 1,
            latest: 3,
        });
        assert!(
            err.to_string()
                .ends_with("(`factdesk diff s --from 1 --to 3`) and send it with --base 3"),
            "{err}"
        );
        let err = Failure::from(StoreError::Missing("x.db".into()));
        assert_eq!(
            err.to_string(),
            "no database at x.db: create it with `factdesk init` (or pass --db PATH)"
        );
    }

    #[test]
    fn a_broken_pipe_anywhere_in_the_chain_is_found() {
        let pipe = || std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        assert!(Failure::io("standard output")(pipe()).is_broken_pipe());
        let read = Failure::from(ReadError::Io {
            origin: "-".into(),
            source: pipe(),
        });
        assert!(read.is_broken_pipe());
        let full = Failure::io("standard output")(std::io::Error::other("disk full"));
        assert!(!full.is_broken_pipe());
        assert!(!Failure::Error("broken pipe".into()).is_broken_pipe());
    }

    #[test]
    fn a_file_problem_leaves_the_file_name_to_the_listing() {
        let err = Failure::from(ReadError::NotFound {
            origin: "a/b.txt".into(),
        });
        assert_eq!(err.to_string(), "a/b.txt: no such file; check the path");
        assert_eq!(
            err.file_problem().as_deref(),
            Some("no such file; check the path")
        );
        let bytes = b"Caf\xE9";
        let err = Failure::from(
            crate::import::import(bytes.to_vec(), None, Default::default(), "c.txt").unwrap_err(),
        );
        assert!(
            err.to_string().starts_with("c.txt: not valid UTF-8"),
            "{err}"
        );
        let problem = err.file_problem().unwrap();
        assert!(!problem.contains("c.txt"), "{problem}");
        assert!(problem.contains("--encoding"), "{problem}");
        assert_eq!(Failure::Blocked.file_problem(), None);
    }
}
