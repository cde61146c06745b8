//! The command line: the only module that prints, reads the environment or the clock.
//!
//! Each command lives in its own file with a documented `Args` struct and one `run` function that
//! turns arguments into a request to [`crate::desk::Desk`] and prints the answer. `main` maps the
//! outcome to an exit code (`error.rs`): 0 success, 1 an error, 2 a usage error, 3 the gate is
//! blocked.

// Every command's output goes through `terminal`: control characters made visible, write
// errors handled (see terminal.rs). These shadow the standard macros in every file below.
macro_rules! print {
    ($($arg:tt)*) => { $crate::cli::terminal::out(format_args!($($arg)*)) };
}
macro_rules! println {
    () => { $crate::cli::terminal::out(format_args!("\n")) };
    ($($arg:tt)*) => {
        $crate::cli::terminal::out(format_args!("{}\n", format_args!($($arg)*)))
    };
}
macro_rules! eprintln {
    ($($arg:tt)*) => {
        $crate::cli::terminal::err(format_args!("{}\n", format_args!($($arg)*)))
    };
}

mod articles;
mod assign;
mod backup;
mod check;
mod checklist;
mod completions;
mod confirm;
mod context;
mod demo;
mod diff;
mod error;
mod gate;
mod history;
mod inbox;
mod ingest;
mod init;
mod input;
mod lint;
mod migrate;
mod output;
mod password;
mod pretty_json;
mod publish;
mod query;
mod queue;
mod report;
mod reviewer;
mod revise;
mod rule;
mod search;
mod serve;
mod shared;
mod show;
mod source;
mod split;
mod statements;
mod terminal;
mod token;
mod values;
mod verify;
mod webhook;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub use context::Context;
pub use error::{Failure, Outcome};

/// factdesk: a fact-check desk in one binary.
///
/// Split an article into checkable statements, hand them to reviewers, record each verdict with
/// its sources, carry verification across drafts only where the words did not change, and gate
/// publication on the result.
#[derive(Debug, Parser)]
#[command(name = "factdesk", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    /// The desk's database: an SQLite file, or `postgres://USER@HOST/DB` for PostgreSQL.
    #[arg(
        long,
        global = true,
        env = "FACTDESK_DB",
        hide_env_values = true,
        default_value = "factdesk.db",
        value_name = "PATH"
    )]
    pub db: PathBuf,

    /// Who is acting: a reviewer's handle, recorded on every write.
    #[arg(
        long = "as",
        global = true,
        env = "FACTDESK_USER",
        hide_env_values = true,
        value_name = "HANDLE"
    )]
    pub actor: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(init::Args),
    Split(split::Args),
    Ingest(ingest::Args),
    Revise(revise::Args),
    Articles(articles::Args),
    Statements(statements::Args),
    Show(show::Args),
    #[command(subcommand)]
    Reviewer(reviewer::Command),
    Assign(assign::AssignArgs),
    Unassign(assign::UnassignArgs),
    Queue(queue::Args),
    Inbox(inbox::Args),
    Check(check::Args),
    Query(query::AskArgs),
    Answer(query::AnswerArgs),
    Resolve(query::ResolveArgs),
    Queries(query::ListArgs),
    Rule(rule::Args),
    Publish(publish::PublishArgs),
    Correct(publish::CorrectArgs),
    Corrections(publish::CorrectionsArgs),
    #[command(subcommand)]
    Source(source::Command),
    History(history::Args),
    Diff(diff::Args),
    Lint(lint::Args),
    Search(search::Args),
    Report(report::Args),
    Gate(gate::Args),
    Verify(verify::Args),
    Backup(backup::Args),
    Migrate(migrate::Args),
    Confirm(confirm::Args),
    #[command(subcommand)]
    Checklist(checklist::Command),
    Demo(demo::Args),
    Serve(serve::Args),
    #[command(subcommand)]
    Token(token::Command),
    #[command(subcommand)]
    Webhook(webhook::Command),
    Completions(completions::CompletionsArgs),
    Man(completions::ManArgs),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = Context::from_env(&cli).and_then(|ctx| {
        terminal::allow_color(ctx.color);
        let outcome = run(&ctx, cli.command);
        // After the command's transaction, never inside it: a receiver that is down costs
        // one short timeout and a note, never the write.
        webhook::deliver_after_write(&ctx);
        outcome
    });
    terminal::finish();
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(),
    }
}

fn run(ctx: &Context, command: Command) -> Outcome {
    match command {
        Command::Init(args) => init::run(ctx, args),
        Command::Split(args) => split::run(ctx, args),
        Command::Ingest(args) => ingest::run(ctx, args),
        Command::Revise(args) => revise::run(ctx, args),
        Command::Articles(args) => articles::run(ctx, args),
        Command::Statements(args) => statements::run(ctx, args),
        Command::Show(args) => show::run(ctx, args),
        Command::Reviewer(command) => reviewer::run(ctx, command),
        Command::Assign(args) => assign::run_assign(ctx, args),
        Command::Unassign(args) => assign::run_unassign(ctx, args),
        Command::Queue(args) => queue::run(ctx, args),
        Command::Inbox(args) => inbox::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
        Command::Query(args) => query::run_ask(ctx, args),
        Command::Answer(args) => query::run_answer(ctx, args),
        Command::Resolve(args) => query::run_resolve(ctx, args),
        Command::Queries(args) => query::run_list(ctx, args),
        Command::Rule(args) => rule::run(ctx, args),
        Command::Publish(args) => publish::run_publish(ctx, args),
        Command::Correct(args) => publish::run_correct(ctx, args),
        Command::Corrections(args) => publish::run_corrections(ctx, args),
        Command::Source(command) => source::run(ctx, command),
        Command::History(args) => history::run(ctx, args),
        Command::Diff(args) => diff::run(ctx, args),
        Command::Lint(args) => lint::run(ctx, args),
        Command::Search(args) => search::run(ctx, args),
        Command::Report(args) => report::run(ctx, args),
        Command::Gate(args) => gate::run(ctx, args),
        Command::Verify(args) => verify::run(ctx, args),
        Command::Backup(args) => backup::run(ctx, args),
        Command::Migrate(args) => migrate::run(ctx, args),
        Command::Confirm(args) => confirm::run(ctx, args),
        Command::Checklist(command) => checklist::run(ctx, command),
        Command::Demo(args) => demo::run(ctx, args),
        Command::Serve(args) => serve::run(ctx, args),
        Command::Token(command) => token::run(ctx, command),
        Command::Webhook(command) => webhook::run(ctx, command),
        Command::Completions(args) => completions::run_completions(args),
        Command::Man(args) => completions::run_man(args),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Every argument of every command, with the command path that holds it.
    fn arguments(command: &clap::Command, path: &str, out: &mut Vec<(String, String, bool)>) {
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            // clap's own --help and --version carry their help already.
            if id == "help" || id == "version" {
                continue;
            }
            let has_help = arg
                .get_help()
                .is_some_and(|h| !h.to_string().trim().is_empty());
            out.push((path.to_string(), id.to_string(), has_help));
        }
        for sub in command.get_subcommands() {
            arguments(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn clap_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }

    #[test]
    fn every_argument_of_every_command_has_help() {
        let mut all = Vec::new();
        arguments(&super::Cli::command(), "factdesk", &mut all);
        assert!(all.len() > 40, "walked {} arguments", all.len());
        let missing: Vec<String> = all
            .iter()
            .filter(|(_, _, has_help)| !has_help)
            .map(|(path, id, _)| format!("{path}: {id}"))
            .collect();
        assert!(
            missing.is_empty(),
            "arguments without help:\n{}",
            missing.join("\n")
        );
    }
}
