//! Issue 11, inputs and outputs: what an attacker or an unlucky user feeds factdesk. Each test
//! is named after the point of the issue it proves; each failed on the code before the fix.

use std::io::Write;
use std::process::Stdio;

use crate::Backend;
use crate::bad_input::{refused_untouched, write};
use crate::{Desk, Run, seed};

fn issue11_4_a_fixed_clock_needs_the_test_switch_is_well_formed_and_never_goes_back(
    backend: Backend,
) {
    let mut desk = Desk::with_seed_on(backend);
    let id = desk.statements("cia-mexico")[0]["id"].to_string();
    let before = desk.fingerprint();
    // The release binary, run by hand, without the test switch.
    let mut cmd = desk.command(Some("ed"), &["check", &id, "--status", "in-progress"]);
    cmd.env_remove("FACTDESK_TESTING");
    let run = Run::from(cmd.output().unwrap());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("for test runs only"), "{}", run.stderr);
    // A malformed value is an error, not the clock.
    let mut cmd = desk.command(Some("ed"), &["check", &id, "--status", "in-progress"]);
    cmd.env("FACTDESK_NOW", "yesterday");
    let run = Run::from(cmd.output().unwrap());
    assert!(
        run.code == 1 && run.stderr.contains("not an RFC 3339 time"),
        "{}",
        run.stderr
    );
    assert_eq!(desk.fingerprint(), before);
    // Before the article existed: refused, whatever writes.
    desk.now = "2019-01-01T00:00:00Z".into();
    let past = desk;
    for args in [
        vec!["check", &id, "--status", "in-progress"],
        vec!["assign", &id, "--to", "ana"],
        vec![
            "revise",
            "cia-mexico",
            &seed("revisions/cia-mexico-2026-01-17.2.txt"),
        ],
    ] {
        let before = past.fingerprint();
        past.run_as("ed", &args)
            .fails_with("earlier than this article's last recorded event");
        assert_eq!(past.fingerprint(), before);
    }
}

fn issue11_7_devices_pipes_and_endless_input_are_refused_without_reading_them(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    refused_untouched(
        &desk,
        &["ingest", "/dev/zero", "--slug", "z"],
        "not a regular file (a device)",
    );
    refused_untouched(
        &desk,
        &["revise", "cia-mexico", "/dev/zero"],
        "not a regular file",
    );
    let article = seed("cia-mexico-2026-01-17.txt");
    refused_untouched(
        &desk,
        &[
            "ingest",
            &article,
            "--slug",
            "z",
            "--checklist",
            "/dev/zero",
        ],
        "not a regular file (a device)",
    );
    let fifo = desk.dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let fifo = fifo.display().to_string();
    refused_untouched(
        &desk,
        &["ingest", &fifo, "--slug", "z"],
        "not a regular file (a named pipe)",
    );
    // Standard input is read through the limit: 6 MiB stops at 5 MiB + 1 byte.
    let before = desk.fingerprint();
    let mut child = desk
        .command(Some("ed"), &["ingest", "-", "--slug", "big"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let chunk = "All work and no play. ".repeat(1000);
        for _ in 0..(6 << 20) / chunk.len() {
            if stdin.write_all(chunk.as_bytes()).is_err() {
                break; // factdesk stopped reading, as it should.
            }
        }
    });
    let run = Run::from(child.wait_with_output().unwrap());
    feeder.join().unwrap();
    run.fails_with("standard input: over the 5 MiB limit for one article");
    assert_eq!(desk.fingerprint(), before);
}

#[cfg(unix)]
fn issue11_8_folder_walk_does_not_follow_symbolic_link_loops(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    let folder = desk.dir.path().join("archive");
    std::fs::create_dir_all(folder.join("sub")).unwrap();
    std::fs::copy(
        seed("wire-port-strike-2026-03-04.txt"),
        folder.join("sub").join("port.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(".", folder.join("loop-a")).unwrap();
    std::os::unix::fs::symlink(".", folder.join("sub").join("loop-b")).unwrap();
    std::os::unix::fs::symlink(
        folder.join("sub").join("port.txt"),
        folder.join("linked.txt"),
    )
    .unwrap();
    let run = desk
        .run_as("ed", &["ingest", &folder.display().to_string(), "--json"])
        .ok();
    let summary = run.json();
    assert_eq!(
        summary["ingested"].as_array().unwrap().len(),
        1,
        "{summary}"
    );
    assert_eq!(summary["ingested"][0]["article"], "port");
    assert!(
        summary["skipped"].as_array().unwrap().is_empty(),
        "{summary}"
    );
}

fn issue11_9_checklists_with_aliases_deep_nesting_or_too_large_are_refused(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let article = seed("cia-mexico-2026-01-17.txt");
    // The issue's bomb: one anchor expanded thousands of times.
    let mut bomb =
        String::from("name: bomb\ntitle: &a [\"lol\", \"lol\", \"lol\", \"lol\"]\nitems:\n");
    for i in 0..5000 {
        bomb.push_str(&format!("  k{i}: *a\n"));
    }
    let bomb = write(&desk, "bomb.yaml", bomb.as_bytes());
    refused_untouched(
        &desk,
        &["ingest", &article, "--slug", "x", "--checklist", &bomb],
        "bomb.yaml:2:8: YAML anchors (&name) are not accepted",
    );
    let nested = write(&desk, "nested.yaml", "[".repeat(200_000).as_bytes());
    refused_untouched(
        &desk,
        &["ingest", &article, "--slug", "x", "--checklist", &nested],
        "nested more than 16 deep",
    );
    let mut big = String::from("name: big\ntitle: Big\n");
    while big.len() < 1 << 20 {
        big.push_str("# a desk that wrote a very long comment\n");
    }
    let big = write(&desk, "big.yaml", big.as_bytes());
    refused_untouched(
        &desk,
        &["ingest", &article, "--slug", "x", "--checklist", &big],
        "over the 256 KiB limit for a checklist",
    );
    desk.run(&["checklist", "validate", &bomb])
        .fails_with("YAML anchors");
}

fn issue11_11_a_closed_pipe_ends_quietly_and_a_full_disk_is_one_message(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let run = Run::from(
        desk.command(None, &["statements", "cia-mexico"])
            .stdout(full)
            .output()
            .unwrap(),
    );
    run.fails_with("cannot write to standard output: No space left on device");
    // A reader that goes away at once: more output than a pipe buffer holds.
    let big = write(
        &desk,
        "big.txt",
        "A sentence about the port. ".repeat(40_000).as_bytes(),
    );
    let mut child = desk
        .command(None, &["split", &big, "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let run = Run::from(child.wait_with_output().unwrap());
    assert_eq!(
        run.code, 0,
        "a closed pipe is a quiet success: {}",
        run.stderr
    );
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

/// Text with a terminal title change (ESC ] ... BEL), a clear-screen, and a right-to-left
/// override, as it might come from a pasted article, a note or a reviewer's name.
const HOSTILE: &str =
    "Officials \u{1b}]0;owned\u{7}said \u{1b}[2J the file \u{202e}fdp.exe is new.";

fn assert_inert(what: &str, out: &str) {
    for c in ['\u{1b}', '\u{7}', '\u{202e}'] {
        assert!(!out.contains(c), "{what} printed {c:?} raw:\n{out}");
    }
}

fn issue11_12_control_and_bidi_characters_are_shown_not_obeyed(backend: Backend) {
    let desk = Desk::staffed_on(backend);
    desk.run_as(
        "ed",
        &["reviewer", "add", "eve", "--name", "Eve \u{202e}rotide"],
    )
    .ok();
    let file = write(
        &desk,
        "hostile.txt",
        format!("Port news\n\n{HOSTILE}\n").as_bytes(),
    );
    desk.run_as("ed", &["ingest", &file, "--slug", "hostile"])
        .ok();
    let id = desk.statements("hostile")[0]["id"].to_string();
    desk.run_as("ed", &["assign", &id, "--to", "eve"]).ok();
    desk.run_as(
        "eve",
        &[
            "check",
            &id,
            "--status",
            "verified",
            "--source",
            "web:https://example.org/\u{202e}lmth.exe",
            "--note",
            HOSTILE,
        ],
    )
    .ok();
    for args in [
        vec!["show", "hostile"],
        vec!["statements", "hostile"],
        vec!["history", &id],
        vec!["split", &file],
        vec!["reviewer", "list"],
        vec!["report", "hostile"],
    ] {
        let run = desk.run_as("ed", &args).ok();
        assert_inert(&format!("{args:?}"), &run.stdout);
        // Shown, not just dropped (the text report replaces them with U+FFFD instead).
        if args[0] != "report" {
            assert!(run.stdout.contains("<U+202E>"), "{args:?}:\n{}", run.stdout);
        }
    }
    // JSON is data: the text is returned exactly.
    let statements = desk.statements("hostile");
    assert!(statements[0]["text"].as_str().unwrap().contains('\u{202e}'));
    // HTML: the name and the link are isolated and shown, and the disguised link is no link.
    let html = desk
        .run_as("ed", &["report", "hostile", "--format", "html"])
        .ok()
        .stdout;
    assert!(!html.contains('\u{202e}') && !html.contains('\u{1b}'));
    assert!(
        html.contains("<bdi>Eve &lt;U+202E&gt;rotide</bdi>"),
        "{html}"
    );
    assert!(
        !html.contains("href=\"https://example.org/"),
        "a disguised link stays text"
    );
    assert!(html.contains("<bdi>https://example.org/&lt;U+202E&gt;lmth.exe</bdi>"));
}

fn issue11_14_a_byte_order_mark_alone_and_an_empty_name_are_refused(backend: Backend) {
    let desk = Desk::with_seed_on(backend);
    let bom = write(&desk, "bom.txt", b"\xEF\xBB\xBF");
    let bom_space = write(&desk, "bom2.txt", b"\xEF\xBB\xBF \n\n");
    refused_untouched(&desk, &["ingest", &bom, "--slug", "x"], "the file is empty");
    refused_untouched(
        &desk,
        &["ingest", &bom_space, "--slug", "x"],
        "the file is empty",
    );
    for name in ["", "   ", "\u{202e}"] {
        refused_untouched(
            &desk,
            &["reviewer", "add", "nobody", "--name", name],
            "needs a name",
        );
    }
}

both_backends!(
    issue11_4_a_fixed_clock_needs_the_test_switch_is_well_formed_and_never_goes_back,
    issue11_7_devices_pipes_and_endless_input_are_refused_without_reading_them,
    issue11_8_folder_walk_does_not_follow_symbolic_link_loops,
    issue11_9_checklists_with_aliases_deep_nesting_or_too_large_are_refused,
    issue11_11_a_closed_pipe_ends_quietly_and_a_full_disk_is_one_message,
    issue11_12_control_and_bidi_characters_are_shown_not_obeyed,
    issue11_14_a_byte_order_mark_alone_and_an_empty_name_are_refused,
);
