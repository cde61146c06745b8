//! Several reviewers writing at the same moment from separate processes: every write lands.

use std::process::Stdio;

use crate::Backend;
use crate::Desk;

fn concurrent_writers_from_separate_processes_all_succeed(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let ids: Vec<String> = desk
        .statements("cia-mexico")
        .iter()
        .map(|s| s["id"].to_string())
        .collect();
    const WRITERS: usize = 8;
    const CHECKS_EACH: usize = 6;
    // Each writer checks its own statements; all start together.
    let mut children = Vec::new();
    for w in 0..WRITERS {
        let mut script = String::new();
        for c in 0..CHECKS_EACH {
            let id = &ids[(w * CHECKS_EACH + c) % ids.len()];
            script.push_str(&format!(
                "\"$BIN\" check {id} --status verified --source web:https://example.org/{w}/{c} --note writer{w} || exit 1\n"
            ));
        }
        let child = desk
            .command(Some("ed"), &[])
            .env("BIN", env!("CARGO_BIN_EXE_factdesk"))
            .env("PATH", "/usr/bin:/bin")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn_shell(&script);
        children.push(child);
    }
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "a writer failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(
        desk.count("checks") as usize,
        WRITERS * CHECKS_EACH,
        "every check landed"
    );
    assert_eq!(desk.count("check_sources") as usize, WRITERS * CHECKS_EACH);
    // Every chain holds, and on SQLite the file passes its integrity check.
    desk.run(&["verify"]).ok();
}

trait SpawnShell {
    fn spawn_shell(&mut self, script: &str) -> std::process::Child;
}

impl SpawnShell for std::process::Command {
    /// Runs `script` with sh in this command's environment and folder.
    fn spawn_shell(&mut self, script: &str) -> std::process::Child {
        let mut sh = std::process::Command::new("sh");
        sh.arg("-c").arg(script);
        sh.env_clear();
        for (k, v) in self.get_envs() {
            if let Some(v) = v {
                sh.env(k, v);
            }
        }
        if let Some(dir) = self.get_current_dir() {
            sh.current_dir(dir);
        }
        sh.stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }
}

fn concurrent_revisions_of_one_article_all_land_in_order(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let base = std::fs::read_to_string(crate::seed("cia-mexico-2026-01-17.txt")).unwrap();
    const WRITERS: usize = 5;
    let mut children = Vec::new();
    for w in 0..WRITERS {
        let path = desk.dir.path().join(format!("draft-{w}.txt"));
        std::fs::write(
            &path,
            format!("{base}\nA late addition number {w} was confirmed by the ministry.\n"),
        )
        .unwrap();
        let script = format!("\"$BIN\" revise cia-mexico {} || exit 1\n", path.display());
        children.push(
            desk.command(Some("ed"), &[])
                .env("BIN", env!("CARGO_BIN_EXE_factdesk"))
                .spawn_shell(&script),
        );
    }
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "a revise failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let numbers = desk.query_integers("SELECT number FROM revisions ORDER BY number");
    assert_eq!(
        numbers,
        (1..=WRITERS as i64 + 1).collect::<Vec<_>>(),
        "every draft stored, numbered in turn"
    );
    // Each revision was aligned with the one before it: the previous draft's added sentence is
    // either unchanged-in-place or edited, never lost, so each revision holds the base statements
    // plus exactly one late addition.
    let base_count = desk
        .run(&["statements", "cia-mexico", "--revision", "1", "--json"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .len();
    for n in 2..=WRITERS + 1 {
        let count = desk
            .run(&[
                "statements",
                "cia-mexico",
                "--revision",
                &n.to_string(),
                "--json",
            ])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len();
        assert_eq!(count, base_count + 1, "revision {n}");
    }
}

fn concurrent_auto_assignments_hand_out_each_statement_once(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let total = desk.statements("cia-mexico").len();
    let mut children = Vec::new();
    for _ in 0..4 {
        children.push(
            desk.command(Some("ed"), &[])
                .env("BIN", env!("CARGO_BIN_EXE_factdesk"))
                .spawn_shell("\"$BIN\" assign cia-mexico --auto || exit 1\n"),
        );
    }
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(
        desk.count("assignments") as usize,
        total,
        "no statement handed out twice"
    );
}

both_backends!(
    concurrent_revisions_of_one_article_all_land_in_order,
    concurrent_writers_from_separate_processes_all_succeed,
    concurrent_auto_assignments_hand_out_each_statement_once,
);
