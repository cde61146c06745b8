//! The HTML report as a reader sees it: loaded in headless Chromium, statuses visible, no script
//! run. Needs Debian's `chromium` (`.ci/run` installs it); without it this test fails, loudly.

use std::process::Command;

use crate::Desk;

fn chromium() -> String {
    for candidate in ["chromium", "chromium-browser", "google-chrome"] {
        if Command::new(candidate)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return candidate.to_string();
        }
    }
    panic!("the browser test needs Chromium: `apt-get install chromium` (.ci/run does it)");
}

fn headless(browser: &str, profile: &std::path::Path) -> Command {
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--virtual-time-budget=2000",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    cmd
}

#[test]
fn the_html_report_loads_in_a_browser_with_statuses_visible_and_no_script_run() {
    let browser = chromium();
    let desk = Desk::staffed();
    let article = desk.dir.path().join("hostile.txt");
    std::fs::write(
        &article,
        "Port Workers Strike In Rotterdam\n\n\
         The union said 4,200 workers joined the strike on Tuesday.<script>document.title='PWNED'</script>\n\n\
         Officials said <img src=x onerror=\"document.title='PWNED'\"> losses reached $1.5 billion.\n",
    )
    .unwrap();
    desk.run_as(
        "ed",
        &["ingest", &article.display().to_string(), "--slug", "strike"],
    )
    .ok();
    let ids: Vec<String> = desk
        .statements("strike")
        .iter()
        .map(|s| s["id"].to_string())
        .collect();
    desk.run_as(
        "ed",
        &[
            "check",
            &ids[0],
            "--status",
            "verified",
            "--source",
            "web:https://example.org/union",
        ],
    )
    .ok();
    desk.run_as(
        "ed",
        &[
            "check",
            &ids[1],
            "--status",
            "disputed",
            "--source",
            "document:javascript:alert(1)",
        ],
    )
    .ok();
    let html = desk.dir.path().join("report.html");
    desk.run(&[
        "report",
        "strike",
        "--format",
        "html",
        "-o",
        &html.display().to_string(),
    ])
    .ok();

    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}", html.display());
    let dom = headless(&browser, profile.path())
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .unwrap();
    assert!(
        dom.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&dom.stderr)
    );
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        !dom.contains("PWNED</title>"),
        "a script ran and changed the title"
    );
    let title = dom
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap_or("");
    assert!(
        !title.contains("PWNED") && title.contains("strike"),
        "title: {title:?}"
    );
    for label in ["verified", "disputed", "unchecked"] {
        assert!(
            dom.contains(label),
            "the reader sees the status label {label}"
        );
    }
    assert!(
        dom.contains("4,200 workers"),
        "the article's own text is shown"
    );

    let png = desk.dir.path().join("report.png");
    let shot = headless(&browser, profile.path())
        .arg(format!("--screenshot={}", png.display()))
        .arg("--window-size=1200,1600")
        .arg(&url)
        .output()
        .unwrap();
    assert!(
        shot.status.success(),
        "{}",
        String::from_utf8_lossy(&shot.stderr)
    );
    let bytes = std::fs::read(&png).unwrap();
    assert!(
        bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000,
        "a real screenshot"
    );
}
