//! `source show|attest`: a confidential source's identity for its permitted readers, and its
//! editor's attestation; and the `--source` / `--known-to` pair that `check`, `answer` and
//! `correct` read.

use super::{Context, Failure, Outcome, output};
use crate::model::Source;

/// Confidential sources: their identity is kept apart and shown only here, to editors and to
/// the assignee of a statement resting on the source; everywhere else a confidential source
/// reads "confidential source, identity known to EDITOR".
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Show who a confidential source is (editors, and the assignee of a statement resting on
    /// it; anyone else is refused).
    Show(IdArgs),
    /// Attest that you know a confidential source's identity (the editor it names, once). Until
    /// then a verified statement resting on it holds the gate.
    Attest(IdArgs),
}

#[derive(Debug, clap::Args)]
pub struct IdArgs {
    /// The source's number, as a confidential source prints it ("(source 12)": `12`).
    #[arg(value_parser = source_id)]
    pub id: i64,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

/// Who knows a confidential source's identity, for the commands that record a source.
#[derive(Debug, Clone, clap::Args)]
pub struct KnownToArg {
    /// For a confidential:IDENTITY source: the editor who knows the identity and attests it
    /// (default: you, when you are an editor). Another editor's attestation is awaited until
    /// they run `source attest ID`.
    #[arg(long, value_name = "EDITOR")]
    pub known_to: Option<String>,
}

impl KnownToArg {
    /// Reads `given` (KIND:CITATION each), naming the editor on the confidential ones.
    pub fn sources(&self, given: &[String]) -> Result<Vec<Source>, Failure> {
        let sources = given
            .iter()
            .map(|s| Source::parse_short(s))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| Failure::Error(format!("--source: {e}")))?;
        let Some(editor) = self.known_to.as_deref() else {
            return Ok(sources);
        };
        if !sources.iter().any(|s| s.confidential.is_some()) {
            return Err(Failure::Error(
                "--known-to names the editor who knows a confidential source, and no --source confidential:IDENTITY was given".into(),
            ));
        }
        Ok(sources.into_iter().map(|s| s.known_to(editor)).collect())
    }
}

/// A source number as printed (`12`, or `#12`).
pub fn source_id(text: &str) -> Result<i64, String> {
    text.trim()
        .trim_start_matches('#')
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| {
            format!(
                "'{text}' is not a source number (a confidential source prints it: \"(source 12)\")"
            )
        })
}

pub fn run(ctx: &Context, command: Command) -> Outcome {
    match command {
        Command::Show(args) => {
            let source = ctx.desk()?.reveal_source(args.id)?;
            if args.output.json {
                return output::print_json(&source);
            }
            println!("source {}: confidential", source.source_id);
            println!("  identity: {}", source.identity);
            match &source.attested_at {
                Some(at) => println!(
                    "  known to {}, attested {}",
                    source.known_to,
                    output::local_at(at)
                ),
                None => println!("  awaiting {}'s attestation", source.known_to),
            }
            println!(
                "  recorded by {} at {}",
                source.recorded_by,
                output::local_at(&source.recorded_at)
            );
            println!(
                "  statements resting on it: {}",
                statement_list(&source.statements)
            );
        }
        Command::Attest(args) => {
            let attested = ctx.desk()?.attest_source(args.id)?;
            if args.output.json {
                return output::print_json(&attested);
            }
            println!(
                "source {}: identity known to {}, attested {} (statements {})",
                attested.source_id,
                attested.known_to,
                output::local_at(&attested.attested_at),
                statement_list(&attested.statements)
            );
        }
    }
    Ok(())
}

fn statement_list(ids: &[crate::model::StatementId]) -> String {
    if ids.is_empty() {
        return "none".into();
    }
    ids.iter()
        .map(|id| format!("#{id}"))
        .collect::<Vec<_>>()
        .join(", ")
}
