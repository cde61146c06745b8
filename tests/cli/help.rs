//! Help text is the documentation: the whole command-line reference, every command's `--help` as
//! the binary prints it, is one snapshot (`snapshots/cli__help__reference.snap`), so any change
//! to a command, flag, value or description shows in review. After an intended change, accept
//! the new text with `INSTA_UPDATE=always cargo test --test cli help::` and read the diff.

use clap::CommandFactory;

use crate::Desk;

/// Every command path under `command` (`reviewer add` …), depth first, and whether it has a
/// one-line description.
fn command_paths(command: &clap::Command, prefix: &[String], out: &mut Vec<(Vec<String>, bool)>) {
    for sub in command.get_subcommands() {
        let mut path = prefix.to_vec();
        path.push(sub.get_name().to_string());
        let described = sub
            .get_about()
            .is_some_and(|about| !about.to_string().trim().is_empty());
        out.push((path.clone(), described));
        command_paths(sub, &path, out);
    }
}

#[test]
fn the_command_line_reference_is_every_commands_help() {
    let desk = Desk::empty();
    let mut paths = Vec::new();
    command_paths(&factdesk::cli::Cli::command(), &[], &mut paths);
    assert!(paths.len() > 20, "walked {} commands", paths.len());
    let undescribed: Vec<String> = paths
        .iter()
        .filter(|(_, described)| !described)
        .map(|(path, _)| path.join(" "))
        .collect();
    assert!(
        undescribed.is_empty(),
        "commands without a description: {undescribed:?}"
    );
    let mut reference = format!("$ factdesk --help\n{}", desk.run(&["--help"]).ok().stdout);
    for (path, _) in &paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = desk.run(&args).ok().stdout;
        assert!(help.contains("Usage: factdesk "), "{args:?}: {help}");
        reference.push_str(&format!("\n$ factdesk {}\n{help}", args.join(" ")));
    }
    insta::assert_snapshot!("reference", reference);
}

#[test]
fn version_prints() {
    let desk = Desk::empty();
    assert!(
        desk.run(&["--version"])
            .ok()
            .stdout
            .starts_with("factdesk ")
    );
}
