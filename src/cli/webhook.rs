//! `factdesk webhook set|show|off|deliver`: the desk's outgoing webhook.

use std::path::PathBuf;
use std::time::Duration;

use super::{Context, Failure, Outcome, output};
use crate::desk::Attempted;

/// How long the command line waits on a receiver (to connect, to send, for its reply) when it
/// delivers its own events after a write: a dead receiver costs at most this, once per command.
pub const AFTER_WRITE_TIMEOUT: Duration = Duration::from_secs(2);

/// How long `webhook deliver` waits on a receiver.
const DELIVER_TIMEOUT: Duration = Duration::from_secs(10);

/// The longest secret file read.
const MAX_SECRET_BYTES: u64 = 4096;

/// The desk's outgoing webhook (editors only): every notification is POSTed as JSON to one
/// http:// URL, signed with HMAC-SHA256 under a shared secret (docs/api.md, "Webhook").
///
/// Events are put in an outbox in the same transaction as the write that caused them and sent
/// after it commits; a receiver that is down never fails or holds up a write. Undelivered events
/// are tried again, with growing waits, a bounded number of times, by `factdesk serve` in the
/// background or by `factdesk webhook deliver`.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Set the webhook's URL and secret, replacing any earlier ones.
    Set(SetArgs),
    /// Show the webhook's URL, who set it and how its deliveries stand (never the secret).
    Show(ShowArgs),
    /// Turn the webhook off: no more events are recorded for it; those waiting are dropped.
    Off,
    /// Send the events that are due now (for a cron job when no server runs).
    Deliver(ShowArgs),
}

#[derive(Debug, clap::Args)]
pub struct SetArgs {
    /// The receiver: an http:// URL (no TLS in this binary: put a relay in front of an https
    /// receiver).
    pub url: String,
    /// A file holding the shared secret (at least 16 characters; surrounding whitespace is
    /// ignored). Read from a file so that it never shows in the shell's history or `ps`.
    #[arg(long, value_name = "FILE")]
    pub secret_file: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

pub fn run(ctx: &Context, command: Command) -> Outcome {
    match command {
        Command::Set(args) => {
            let bytes = crate::bounded::read_limited(
                &args.secret_file,
                MAX_SECRET_BYTES,
                "a webhook secret",
            )?;
            let secret = String::from_utf8(bytes).map_err(|_| {
                Failure::Error(format!(
                    "{}: the secret is not UTF-8 text; write it as text (e.g. `openssl rand -hex 32 > FILE`)",
                    args.secret_file.display()
                ))
            })?;
            let view = ctx.desk()?.set_webhook(&args.url, &secret)?;
            println!(
                "webhook set: events go to {} signed with the secret from {}",
                view.url,
                args.secret_file.display()
            );
        }
        Command::Show(args) => {
            let view = ctx.reader()?.webhook()?;
            if args.output.json {
                return output::print_json(&view);
            }
            match view {
                None => {
                    println!("no webhook is set: `factdesk webhook set URL --secret-file FILE`")
                }
                Some(view) => {
                    println!("url: {}", view.url);
                    println!(
                        "set by {} {}",
                        view.set_by,
                        output::local_time(&view.set_at)
                    );
                    println!(
                        "deliveries: {} delivered, {} waiting or given up, {} dropped",
                        view.deliveries.delivered,
                        view.deliveries.undelivered,
                        view.deliveries.dropped
                    );
                }
            }
        }
        Command::Off => {
            if ctx.desk()?.webhook_off()? {
                println!("webhook off");
            } else {
                println!("no webhook was set");
            }
        }
        Command::Deliver(args) => {
            let desk = ctx.desk()?;
            desk.editor("deliver the webhook's events")?;
            let attempted = desk.deliver(None, false, &mut |o| {
                crate::webhook::post(&o.target, &o.headers, &o.body, DELIVER_TIMEOUT)
            })?;
            if args.output.json {
                return output::print_json(&attempted);
            }
            print_attempts(&attempted);
        }
    }
    Ok(())
}

fn print_attempts(attempted: &[Attempted]) {
    if attempted.is_empty() {
        println!("nothing is due");
    }
    for a in attempted {
        match &a.error {
            Some(error) => println!(
                "delivery {} attempt {}: {} ({error})",
                a.delivery, a.attempt, a.outcome
            ),
            None => println!(
                "delivery {} attempt {}: {}",
                a.delivery, a.attempt, a.outcome
            ),
        }
    }
}

/// Delivers the events the command's writes put in the outbox, once each, stopping at the
/// first failure; the command's outcome does not depend on it. A failure is one note on
/// standard error; the events stay in the outbox for a later attempt.
pub fn deliver_after_write(ctx: &Context) {
    let ids = std::mem::take(&mut *ctx.outbox.lock().unwrap_or_else(|p| p.into_inner()));
    if ids.is_empty() {
        return;
    }
    let delivered = ctx.desk().map_err(|f| f.to_string()).and_then(|desk| {
        desk.deliver(Some(&ids), true, &mut |o| {
            crate::webhook::post(&o.target, &o.headers, &o.body, AFTER_WRITE_TIMEOUT)
        })
        .map_err(|e| e.to_string())
    });
    let failed = match delivered {
        Ok(attempted) => attempted
            .into_iter()
            .find(|a| a.outcome == "failed")
            .and_then(|a| a.error),
        Err(error) => Some(error),
    };
    if let Some(error) = failed {
        eprintln!(
            "note: the webhook did not take this command's events ({error}); they wait in the outbox: `factdesk serve` or `factdesk webhook deliver` tries again"
        );
    }
}
