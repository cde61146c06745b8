//! Help text is the documentation: every command has it.

use crate::Desk;

#[test]
fn every_command_has_help_text() {
    let desk = Desk::empty();
    let top = desk.run(&["--help"]).ok().stdout;
    let commands: Vec<String> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .filter(|c| c != "help")
        .collect();
    assert!(commands.len() >= 15, "{top}");
    for command in &commands {
        let line = top
            .lines()
            .find(|l| l.split_whitespace().next() == Some(command))
            .unwrap();
        assert!(
            line.split_whitespace().count() > 2,
            "`{command}` has no description in --help: {line:?}"
        );
        let help = desk.run(&[command, "--help"]).ok().stdout;
        assert!(help.contains("Usage:"), "{command}: {help}");
    }
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
