//! The demo prints exactly the command lines it runs: replayed by hand, they give the same desk.

use crate::Desk;

/// Splits a line the way a POSIX shell reads the demo's quoting: bare words and single quotes
/// (with `'\''` for a quote inside).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for q in chars.by_ref() {
                    if q == '\'' {
                        break;
                    }
                    word.push(q);
                }
            }
            '\\' => {
                in_word = true;
                word.extend(chars.next());
            }
            ' ' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            other => {
                in_word = true;
                word.push(other);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn the_demo_runs_exactly_the_commands_it_prints() {
    let demo = Desk::empty();
    let folder = demo.dir.path().join("demo");
    let run = demo
        .run(&["demo", "--dir", &folder.display().to_string()])
        .ok();
    let lines: Vec<Vec<String>> = run
        .stdout
        .lines()
        .filter_map(|l| l.strip_prefix("$ "))
        .map(shell_words)
        .collect();
    assert!(lines.len() > 20, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("--note 'Mexican and U.S. accounts differ"),
        "notes are printed as passed"
    );
    assert!(run.stdout.contains("--skills data,finance"));

    // Replay by hand in a fresh folder holding the same seed files.
    let replay = Desk::empty();
    copy_dir(&folder.join("seeds"), &replay.dir.path().join("seeds"));
    for argv in &lines {
        assert_eq!(argv[0], "factdesk");
        let args: Vec<&str> = argv[1..].iter().map(String::as_str).collect();
        let out = replay.command(None, &args).output().unwrap();
        let gate = args.contains(&"gate");
        assert!(
            out.status.success() || (gate && out.status.code() == Some(3)),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let read = |desk: &Desk, db: std::path::PathBuf, args: &[&str]| {
        let out = desk
            .command(None, args)
            .env("FACTDESK_DB", db)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    for args in [
        &["report", "cia-mexico", "--format", "json"][..],
        &["articles", "--json"][..],
        &["history", "5", "--json"][..],
    ] {
        assert_eq!(
            read(&demo, folder.join("factdesk.db"), args),
            read(&replay, replay.db(), args),
            "{args:?} differs between the demo and its replay"
        );
    }
    assert!(replay.dir.path().join("cia-mexico-report.html").exists());
}

#[test]
fn the_demo_without_a_folder_says_where_it_left_its_files() {
    let desk = Desk::empty();
    let tmp = desk.dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let out = desk
        .command(None, &["demo"])
        .env("TMPDIR", &tmp)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let made: Vec<_> = std::fs::read_dir(&tmp).unwrap().collect();
    assert_eq!(made.len(), 1, "one demo folder");
    let folder = made[0].as_ref().unwrap().path();
    let said = format!("The demo's folder is {}", folder.display());
    assert!(stdout.contains(&said), "{stdout}");
    assert!(folder.join("factdesk.db").exists());
}
