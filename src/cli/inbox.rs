//! `inbox`: the acting reviewer's notifications, and marking them read.

use super::{Context, Outcome, output};

/// Your notifications: what changed in your work (assigned, unassigned, gone stale, a query
/// answered, a ruling made...), newest first. Only the unread ones unless --all.
///
/// Each reviewer reads their own inbox only (`--as`). Marking read records when; a
/// notification itself is never changed.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// List every notification, read ones included.
    #[arg(long, conflicts_with_all = ["read", "read_all"])]
    pub all: bool,
    /// Mark these notifications read (their ids, as the listing shows them: `3` or `#3`).
    #[arg(long, num_args = 1.., value_name = "ID", value_parser = notification_id, conflicts_with = "read_all")]
    pub read: Vec<i64>,
    /// Mark every unread notification read.
    #[arg(long)]
    pub read_all: bool,
    #[command(flatten)]
    pub output: super::shared::JsonArg,
}

fn notification_id(text: &str) -> Result<i64, String> {
    text.trim_start_matches('#')
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| format!("'{text}' is not a notification id (a number such as 3)"))
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    if !args.read.is_empty() || args.read_all {
        let desk = ctx.desk()?;
        let outcome = if args.read_all {
            desk.mark_all_read()?
        } else {
            desk.mark_read(&args.read)?
        };
        if args.output.json {
            return output::print_json(&outcome);
        }
        println!("marked {} notification(s) read", outcome.marked.len());
        if !outcome.already_read.is_empty() {
            let ids: Vec<String> = outcome
                .already_read
                .iter()
                .map(|i| format!("#{i}"))
                .collect();
            println!("already read: {}", ids.join(", "));
        }
        return Ok(());
    }
    let inbox = ctx.reader()?.inbox(args.all)?;
    if args.output.json {
        return output::print_json(&inbox);
    }
    if inbox.is_empty() {
        println!(
            "{}",
            if args.all {
                "no notifications"
            } else {
                "no unread notifications"
            }
        );
        return Ok(());
    }
    for n in &inbox {
        let read = match &n.read_at {
            Some(at) => format!(" (read {})", output::local_at(at)),
            None => String::new(),
        };
        println!(
            "#{} {} {} {}{read}",
            n.id,
            output::local_at(&n.at),
            output::paint(n.kind.as_str(), "1", ctx.color),
            n.article
        );
        println!("  {}", n.message);
    }
    let unread = inbox.iter().filter(|n| n.read_at.is_none()).count();
    println!("{unread} unread; mark them read with `factdesk inbox --read ID...` or `--read-all`");
    Ok(())
}
