//! The whole flow on the bundled seeds, in a fresh database: the tour a newcomer takes.
//! It drives the same command functions a user types, so what it prints is what they would see.

use std::path::{Path, PathBuf};

use super::{Command, Context, Failure, Outcome};

/// Run the whole desk on the bundled sample articles in a fresh database.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to put the demo database, the seed files and the reports (default: a new temporary
    /// folder). An earlier demo's files there are replaced.
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

/// The seeds, compiled in so the demo needs no files: (file name, text).
const SEEDS: &[(&str, &str)] = &[
    (
        "cia-mexico-2026-01-17.txt",
        include_str!("../../seeds/cia-mexico-2026-01-17.txt"),
    ),
    (
        "wire-port-strike-2026-03-04.txt",
        include_str!("../../seeds/wire-port-strike-2026-03-04.txt"),
    ),
    (
        "cms-city-budget-2026-05-12.md",
        include_str!("../../seeds/cms-city-budget-2026-05-12.md"),
    ),
    (
        "feature-glacier-2026-08-30.txt",
        include_str!("../../seeds/feature-glacier-2026-08-30.txt"),
    ),
    (
        "opinion-transit-2026-06-02.txt",
        include_str!("../../seeds/opinion-transit-2026-06-02.txt"),
    ),
];
const REVISION_2: (&str, &str) = (
    "cia-mexico-2026-01-17.2.txt",
    include_str!("../../seeds/revisions/cia-mexico-2026-01-17.2.txt"),
);
const SAMPLE: &str = "cia-mexico";

fn step(title: &str) {
    println!("\n== {title} ==");
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
    std::fs::create_dir_all(dir.join("seeds"))?;
    let db = dir.join("demo.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let files = write_seeds(&dir)?;
    let ctx = |actor: &str| Context {
        db: db.clone(),
        actor: Some(actor.to_string()),
        now: outer.now,
        color: outer.color,
    };
    let ed = ctx("ed");
    let cmd = |ctx: &Context, line: &str, command: Command| -> Outcome {
        println!(
            "$ factdesk --as {} {line}",
            ctx.actor.as_deref().unwrap_or("-")
        );
        super::run(ctx, command)
    };

    step("1. A fresh desk: an editor and three checkers");
    cmd(&ed, "init", Command::Init(super::init::Args {}))?;
    for (handle, name, role, skills) in [
        ("ed", "Edith Ortiz", "editor", ""),
        ("ana", "Ana Lima", "checker", "data,finance"),
        ("bo", "Bo Chen", "checker", "politics,places,sources"),
        ("cy", "Cy Okafor", "checker", "interviews,names"),
    ] {
        let args = super::reviewer::AddArgs {
            handle: handle.into(),
            name: name.into(),
            role: role.into(),
            skills: skills
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
        };
        cmd(
            &ed,
            &format!("reviewer add {handle} --name '{name}' --role {role}"),
            Command::Reviewer(super::reviewer::Command::Add(args)),
        )?;
    }

    step("2. Ingest the seeds");
    for (name, path) in &files {
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
        let args = super::ingest::Args {
            files: vec![path.clone()],
            slug: Some(slug.clone()),
            desk: None,
            checklist: checklist.into(),
            json: false,
        };
        cmd(
            &ed,
            &format!("ingest seeds/{name} --slug {slug}"),
            Command::Ingest(args),
        )?;
    }
    cmd(
        &ed,
        "articles",
        Command::Articles(super::articles::Args::default()),
    )?;

    step("3. The sample article, split into statements");
    cmd(
        &ed,
        &format!("show {SAMPLE}"),
        Command::Show(super::show::Args {
            slug: SAMPLE.into(),
            revision: None,
        }),
    )?;

    step("4. Hand the statements out by skill and load");
    cmd(
        &ed,
        &format!("assign {SAMPLE} --auto"),
        Command::Assign(super::assign::AssignArgs {
            targets: vec![SAMPLE.into()],
            to: None,
            auto: true,
            json: false,
        }),
    )?;

    step("5. Reviewers check their queues");
    let desk = ed.desk()?;
    let statements = desk.statements(SAMPLE, None)?;
    drop(desk);
    for (n, statement) in statements.iter().enumerate() {
        let Some(assignee) = statement.assignee.as_deref() else {
            continue;
        };
        // Two in three statements get a verdict this morning; the rest stay open.
        if n % 3 == 2 {
            continue;
        }
        let (status, sources, note): (&str, Vec<String>, Option<&str>) = match n % 11 {
            4 => (
                "disputed",
                vec![
                    "prior-reporting:Reuters, 2026-01-15".into(),
                    "web:https://www.gob.mx/presidencia".into(),
                ],
                Some("Mexican and U.S. accounts differ on who commands."),
            ),
            7 => ("in-progress", vec![], None),
            _ => (
                "verified",
                vec![
                    format!(
                        "web:https://www.justice.gov/opa/pr/statement-{}",
                        statement.id
                    ),
                    "interview:Dana Ruiz, DOJ spokeswoman, 2026-01-16".into(),
                ],
                None,
            ),
        };
        let who = ctx(assignee);
        let args = super::check::Args {
            id: statement.id,
            status: status.into(),
            sources: sources.clone(),
            note: note.map(str::to_string),
            items: vec![],
            json: false,
        };
        let sources_line: String = sources.iter().map(|s| format!(" --source '{s}'")).collect();
        cmd(
            &who,
            &format!("check {} --status {status}{sources_line}", statement.id),
            Command::Check(args),
        )?;
    }
    if let Some(opinion) = statements.iter().find(|s| s.kinds.is_opinion_only()) {
        cmd(
            &ed,
            &format!(
                "check {} --status waived --note 'Analysis, not a factual claim.'",
                opinion.id
            ),
            Command::Check(super::check::Args {
                id: opinion.id,
                status: "waived".into(),
                sources: vec![],
                note: Some("Analysis, not a factual claim.".into()),
                items: vec![],
                json: false,
            }),
        )?;
    }
    cmd(
        &ed,
        "articles",
        Command::Articles(super::articles::Args::default()),
    )?;

    step("6. The writer files revision 2: checks carry over only where the words did not change");
    let (name, text) = REVISION_2;
    let path = dir.join("seeds").join(name);
    std::fs::write(&path, text)?;
    cmd(
        &ed,
        &format!("revise {SAMPLE} seeds/revisions/{name}"),
        Command::Revise(super::revise::Args {
            slug: SAMPLE.into(),
            file: path,
            json: false,
        }),
    )?;
    cmd(
        &ed,
        &format!("diff {SAMPLE}"),
        Command::Diff(super::diff::Args {
            slug: SAMPLE.into(),
            from: None,
            to: None,
            all: false,
            json: false,
        }),
    )?;

    step("7. The verification report after revision 2");
    let html = dir.join("cia-mexico-report.html");
    cmd(
        &ed,
        &format!("report {SAMPLE} --format html -o {}", html.display()),
        Command::Report(super::report::Args {
            slug: SAMPLE.into(),
            revision: None,
            format: "html".into(),
            output: Some(html.clone()),
        }),
    )?;
    cmd(
        &ed,
        &format!("report {SAMPLE}"),
        Command::Report(super::report::Args {
            slug: SAMPLE.into(),
            revision: None,
            format: "text".into(),
            output: None,
        }),
    )?;

    step("8. The gate: may the sample article be published?");
    let gate = cmd(
        &ed,
        &format!("gate {SAMPLE}"),
        Command::Gate(super::gate::Args {
            slug: SAMPLE.into(),
            json: false,
        }),
    );
    println!("\nThe demo database is {}", db.display());
    match gate {
        // A blocked gate is the expected answer mid-morning; the demo itself succeeded.
        Ok(()) | Err(Failure::Blocked) => Ok(()),
        Err(e) => Err(e),
    }
}

fn write_seeds(dir: &Path) -> Result<Vec<(String, PathBuf)>, Failure> {
    let mut out = Vec::new();
    for (name, text) in SEEDS {
        let path = dir.join("seeds").join(name);
        std::fs::write(&path, text)?;
        out.push((name.to_string(), path));
    }
    Ok(out)
}
