//! Several reviewers writing at the same moment from separate processes: every write lands.

use std::process::Stdio;

use crate::Desk;

#[test]
fn concurrent_writers_from_separate_processes_all_succeed() {
    let desk = Desk::with_seed();
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
    let integrity: String = desk
        .sql()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
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
