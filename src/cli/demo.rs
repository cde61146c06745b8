//! The whole flow on the bundled seeds, in a fresh database: the tour a newcomer takes.
//! Each step is a command line, built as an argument vector, printed shell-quoted and parsed by the
//! same clap definition as a user's typing: what it prints is exactly what it runs.

use std::path::{Path, PathBuf};

use super::{Command, Context, Failure, Outcome};

/// Run the whole desk on the bundled sample articles in a fresh database.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to put the demo database, the seed files and the reports (default: a new temporary
    /// folder, whose path the demo prints). An earlier demo's files there are replaced.
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

/// The seeds, compiled in so the demo needs no files: (file name, bytes): a web page
/// and a Word draft among them, read as any desk would read them.
const SEEDS: &[(&str, &[u8])] = &[
    (
        "cia-mexico-2026-01-17.txt",
        include_bytes!("../../seeds/cia-mexico-2026-01-17.txt"),
    ),
    (
        "wire-port-strike-2026-03-04.txt",
        include_bytes!("../../seeds/wire-port-strike-2026-03-04.txt"),
    ),
    (
        "cms-city-budget-2026-05-12.md",
        include_bytes!("../../seeds/cms-city-budget-2026-05-12.md"),
    ),
    (
        "feature-glacier-2026-08-30.txt",
        include_bytes!("../../seeds/feature-glacier-2026-08-30.txt"),
    ),
    (
        "opinion-transit-2026-06-02.txt",
        include_bytes!("../../seeds/opinion-transit-2026-06-02.txt"),
    ),
    (
        "web-ferry-fares-2026-03-13.html",
        include_bytes!("../../seeds/web-ferry-fares-2026-03-13.html"),
    ),
    (
        "draft-water-leaks-2026-04-20.docx",
        include_bytes!("../../seeds/draft-water-leaks-2026-04-20.docx"),
    ),
];
const REVISION_2: (&str, &str) = (
    "cia-mexico-2026-01-17.2.txt",
    include_str!("../../seeds/revisions/cia-mexico-2026-01-17.2.txt"),
);
const SAMPLE: &str = "cia-mexico";
/// The demo database's name inside its folder: the default, so the printed commands need no --db.
const DB_NAME: &str = "factdesk.db";

fn step(title: &str) {
    println!("\n== {title} ==");
}

/// One command line as a shell would read it back: words that need it go in single quotes.
pub(super) fn shell_line(argv: &[String]) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_./:=,@%+".contains(c);
    argv.iter()
        .map(|arg| {
            if !arg.is_empty() && arg.chars().all(safe) {
                arg.clone()
            } else {
                format!("'{}'", arg.replace('\'', r"'\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs the demo's command lines. Each is built once as an argument vector, printed shell-quoted
/// and parsed by the same clap definition a user's typing goes through, so what the demo prints
/// is exactly what it runs: pasted into a shell in the demo's folder, it gives the same result.
struct Runner<'a> {
    outer: &'a Context,
    dir: PathBuf,
}

impl Runner<'_> {
    fn run(&self, actor: &str, args: &[&str]) -> Outcome {
        let mut argv: Vec<String> = vec!["factdesk".into(), "--as".into(), actor.into()];
        argv.extend(args.iter().map(|a| a.to_string()));
        println!("$ {}", shell_line(&argv));
        let cli = <super::Cli as clap::Parser>::try_parse_from(&argv)
            .map_err(|e| Failure::Error(format!("the demo built a bad command line: {e}")))?;
        // Paths in the command lines are relative to the demo's folder; the database is always
        // the demo's own, whatever FACTDESK_DB says, so the demo never touches a real desk.
        let ctx = Context {
            db: self.dir.join(DB_NAME),
            actor: super::context::actor_of(&cli),
            now: self.outer.now,
            color: self.outer.color,
            outbox: Default::default(),
        };
        super::run(&ctx, in_folder(cli.command, &self.dir))
    }
}

/// The command with its relative file paths taken from the demo's folder (the process does not
/// change directory; the printed line assumes `cd` into the folder).
fn in_folder(command: Command, dir: &Path) -> Command {
    let at = |path: PathBuf| {
        if path.is_relative() {
            dir.join(path)
        } else {
            path
        }
    };
    match command {
        Command::Ingest(mut args) => {
            args.files = args.files.into_iter().map(at).collect();
            Command::Ingest(args)
        }
        Command::Revise(mut args) => {
            args.file = at(args.file);
            Command::Revise(args)
        }
        Command::Report(mut args) => {
            args.output = args.output.map(at);
            Command::Report(args)
        }
        other => other,
    }
}

pub fn run(outer: &Context, args: Args) -> Outcome {
    let dir = match &args.dir {
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .map_err(|e| Failure::Error(format!("{}: {e}", dir.display())))?;
            dir.clone()
        }
        None => std::env::temp_dir().join(format!("factdesk-demo-{}", std::process::id())),
    };
    let revisions = dir.join("seeds").join("revisions");
    std::fs::create_dir_all(&revisions).map_err(Failure::io(revisions.display()))?;
    let db = dir.join(DB_NAME);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let files = write_seeds(&dir)?;
    println!(
        "The demo works in {}: its database ({DB_NAME}), the seed files and the report stay there.",
        dir.display()
    );
    println!(
        "To repeat any step by hand: cd {} && unset FACTDESK_DB, then paste the line after `$`.",
        shell_line(&[dir.display().to_string()])
    );
    let desk = Runner {
        outer,
        dir: dir.clone(),
    };

    step("1. A fresh desk: an editor, three checkers and the sample's writer");
    desk.run("ed", &["init"])?;
    for (handle, name, role, skills) in [
        ("ed", "Edith Ortiz", "editor", ""),
        ("ana", "Ana Lima", "checker", "data,finance"),
        ("bo", "Bo Chen", "checker", "geography,documents,standards"),
        ("cy", "Cy Okafor", "checker", "interviews,names"),
        ("wes", "Wes Park", "writer", ""),
    ] {
        let mut args = vec!["reviewer", "add", handle, "--name", name, "--role", role];
        if !skills.is_empty() {
            args.extend(["--skills", skills]);
        }
        desk.run("ed", &args)?;
    }

    step("2. Ingest the seeds");
    for name in &files {
        let slug = if name.starts_with("cia-mexico") {
            SAMPLE.to_string()
        } else {
            crate::desk::slug_from_file_name(name)
        };
        let checklist = if name.starts_with("opinion") {
            "opinion"
        } else {
            crate::checklist::DEFAULT_NAME
        };
        let path = format!("seeds/{name}");
        let mut args = vec!["ingest", &path, "--slug", &slug, "--checklist", checklist];
        if slug == SAMPLE {
            args.extend(["--writer", "wes"]);
        }
        desk.run("ed", &args)?;
    }
    desk.run("ed", &["articles"])?;

    step("3. The sample article, split into statements");
    desk.run("ed", &["show", SAMPLE])?;

    step("4. Hand the statements out by skill and load");
    desk.run("ed", &["assign", SAMPLE, "--auto"])?;

    step("5. Reviewers check their queues");
    let statements = Context {
        db: db.clone(),
        actor: None,
        now: outer.now,
        color: false,
        outbox: Default::default(),
    }
    .desk()?
    .statements(SAMPLE, None)?;
    // The statements the later steps come back to: one left in progress (its checker queries
    // the writer), one disputed (the editor rules) and one verified (corrected after publication).
    let mut in_progress: Option<(String, String)> = None;
    let mut disputed: Option<String> = None;
    let mut verified: Option<String> = None;
    for (n, statement) in statements.iter().enumerate() {
        let Some(assignee) = statement.assignee.as_deref() else {
            continue;
        };
        // Two in three statements get a verdict this morning; the rest stay open.
        if n % 3 == 2 {
            continue;
        }
        let id = statement.id.to_string();
        let web = format!("web:https://www.justice.gov/opa/pr/statement-{id}");
        let args: Vec<&str> = match n % 11 {
            4 => vec![
                "check",
                &id,
                "--status",
                "disputed",
                "--source",
                "prior-reporting:Reuters, 2026-01-15",
                "--source",
                "web:https://www.gob.mx/presidencia",
                "--note",
                "Mexican and U.S. accounts differ on who commands.",
            ],
            7 => vec!["check", &id, "--status", "in-progress"],
            _ => vec![
                "check",
                &id,
                "--status",
                "verified",
                "--source",
                &web,
                "--source",
                "interview:Dana Ruiz, DOJ spokeswoman, 2026-01-16",
            ],
        };
        desk.run(assignee, &args)?;
        match args[3] {
            "in-progress" => in_progress = in_progress.or(Some((id.clone(), assignee.into()))),
            "disputed" => disputed = disputed.or(Some(id.clone())),
            _ if statement.element == crate::model::Element::Body => {
                verified = verified.or(Some(id.clone()))
            }
            _ => {}
        }
    }
    if let Some(opinion) = statements.iter().find(|s| s.kinds.is_opinion_only()) {
        let id = opinion.id.to_string();
        desk.run(
            "ed",
            &[
                "check",
                &id,
                "--status",
                "waived",
                "--note",
                "Analysis, not a factual claim.",
            ],
        )?;
    }
    desk.run("ed", &["articles"])?;

    step(
        "5b. A checker queries the writer, the writer answers with a source, the checker resolves",
    );
    if let Some((id, checker)) = &in_progress {
        desk.run(
            checker,
            &[
                "query",
                id,
                "--text",
                "Which briefing is this from? I cannot find it in the transcripts.",
            ],
        )?;
        desk.run("wes", &["queue"])?;
        desk.run(
            "wes",
            &[
                "answer",
                "1",
                "--text",
                "The background call with DOJ on Jan. 16; notes attached.",
                "--source",
                "document:Wes Park, call notes, 2026-01-16",
            ],
        )?;
        desk.run(checker, &["resolve", "1"])?;
        desk.run("ed", &["queries", SAMPLE])?;
    }
    if let Some(id) = &disputed {
        step("5c. The editor rules on the disputed statement");
        desk.run(
            "ed",
            &[
                "rule",
                id,
                "--keep",
                "--reason",
                "Both accounts are attributed in the text; the reader sees the disagreement.",
            ],
        )?;
    }

    step("6. The writer files revision 2: checks carry over only where the words did not change");
    let (name, text) = REVISION_2;
    let path = dir.join("seeds").join("revisions").join(name);
    std::fs::write(&path, text).map_err(Failure::io(path.display()))?;
    desk.run(
        "ed",
        &["revise", SAMPLE, &format!("seeds/revisions/{name}")],
    )?;
    desk.run("ed", &["diff", SAMPLE])?;

    step("7. The verification report after revision 2");
    desk.run("ed", &["report", SAMPLE, "-o", "cia-mexico-report.html"])?;
    desk.run("ed", &["report", SAMPLE])?;

    step("8. The gate: may the sample article be published?");
    let gate = desk.run("ed", &["gate", SAMPLE]);
    if let Some(id) = &verified {
        step("9. The editor publishes on deadline, then a reader's letter brings a correction");
        desk.run(
            "ed",
            &[
                "publish",
                SAMPLE,
                "--override",
                "Deadline; the open checks continue and any error is corrected.",
            ],
        )?;
        desk.run(
            "ed",
            &[
                "correct",
                id,
                "--note",
                "The statement was issued on Jan. 16, not Jan. 15.",
                "--source",
                "web:https://www.justice.gov/opa/pr/correction",
            ],
        )?;
        desk.run("ed", &["corrections"])?;
    }
    println!(
        "\nThe demo's folder is {} (database {DB_NAME}, seeds/, cia-mexico-report.html); delete it when done.",
        dir.display()
    );
    match gate {
        // A blocked gate is the expected answer mid-morning; the demo itself succeeded.
        Ok(()) | Err(Failure::Blocked) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Writes the bundled seeds under `dir/seeds/`; returns their file names.
fn write_seeds(dir: &Path) -> Result<Vec<&'static str>, Failure> {
    for (name, text) in SEEDS {
        let path = dir.join("seeds").join(name);
        std::fs::write(&path, text).map_err(Failure::io(path.display()))?;
    }
    Ok(SEEDS.iter().map(|(name, _)| *name).collect())
}

#[cfg(test)]
mod tests {
    use super::shell_line;

    /// The words a POSIX shell reads from `line`, as it would pass them to a program.
    fn words_by_shell(line: &str) -> Vec<String> {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("printf '%s\\0' {line}"))
            .output()
            .expect("sh runs");
        assert!(out.status.success(), "{line}");
        let mut words: Vec<String> = String::from_utf8(out.stdout)
            .unwrap()
            .split('\0')
            .map(String::from)
            .collect();
        assert_eq!(words.pop().as_deref(), Some(""), "ends with NUL");
        words
    }

    #[test]
    fn a_printed_line_read_back_by_a_shell_is_the_argument_vector_that_ran() {
        for argv in [
            &[
                "factdesk", "--as", "ed", "reviewer", "add", "ana", "--name", "Ana Lima",
            ][..],
            &[
                "check",
                "12",
                "--note",
                "Mexican and U.S. accounts differ on who commands.",
                "--source",
                "prior-reporting:Reuters, 2026-01-15",
            ],
            &[
                "it's",
                "$HOME",
                "a\\b",
                "",
                "*",
                "`x`",
                "é ü",
                "--skills",
                "data,finance",
            ],
        ] {
            let argv: Vec<String> = argv.iter().map(|a| a.to_string()).collect();
            assert_eq!(words_by_shell(&shell_line(&argv)), argv);
        }
    }
}
