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

/// A page that frames `report` and writes what it measured into its title: per width, the
/// most line boxes any id takes in the statement table, the tallest and shortest id, and how
/// far the page runs past the window's right edge. The report itself runs no script (its CSP
/// forbids it); the probe reads its layout from outside, as a reader's eye would.
const PROBE: &str = r#"<!DOCTYPE html><html><head><title>probe</title></head><body style="margin:0">
<iframe id="f" src="report.html" style="border:0;width:100vw;height:100vh"></iframe>
<script>
window.addEventListener('load', function () {
  var d = document.getElementById('f').contentDocument;
  var ids = Array.prototype.slice.call(d.querySelectorAll('.statements td.n a'));
  var heights = ids.map(function (a) { return a.getBoundingClientRect().height; });
  var out = {
    ids: ids.length,
    most_lines: Math.max.apply(null, ids.map(function (a) {
      var r = d.createRange(); r.selectNodeContents(a); return r.getClientRects().length;
    })),
    tallest: Math.max.apply(null, heights),
    shortest: Math.min.apply(null, heights),
    widest_id: Math.max.apply(null, ids.map(function (a) { return a.textContent.length; })),
    overflow: d.documentElement.scrollWidth - d.documentElement.clientWidth
  };
  document.title = 'MEASURED ' + JSON.stringify(out);
});
</script></body></html>"#;

#[test]
fn the_html_report_keeps_ids_on_one_line_and_fits_a_phone_and_a_desktop() {
    let browser = chromium();
    let desk = Desk::staffed();
    // Other articles first, so the sample's ids run to three digits.
    for other in [
        "wire-port-strike-2026-03-04.txt",
        "feature-glacier-2026-08-30.txt",
        "cms-city-budget-2026-05-12.md",
    ] {
        desk.run_as("ed", &["ingest", &crate::seed(other)]).ok();
    }
    desk.run_as(
        "ed",
        &[
            "ingest",
            &crate::seed("cia-mexico-2026-01-17.txt"),
            "--slug",
            "cia-mexico",
        ],
    )
    .ok();
    let ids: Vec<String> = desk
        .statements("cia-mexico")
        .iter()
        .map(|s| s["id"].to_string())
        .collect();
    assert!(ids.iter().any(|id| id.len() >= 3), "{ids:?}");
    for id in &ids {
        desk.verify("ed", id, "web:https://example.org/a");
    }
    desk.run_as(
        "ed",
        &[
            "revise",
            "cia-mexico",
            &crate::seed("revisions/cia-mexico-2026-01-17.2.txt"),
        ],
    )
    .ok();
    let count = desk.statements("cia-mexico").len();

    let folder = desk.dir.path().join("view");
    std::fs::create_dir_all(&folder).unwrap();
    let report = folder.join("report.html");
    desk.run(&["report", "cia-mexico", "-o", &report.display().to_string()])
        .ok();
    let json = desk
        .run(&["report", "cia-mexico", "--format", "json"])
        .ok()
        .json();
    let stale_verified = json["statements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["status"] == "verified" && s["stale"] == true)
        .count();
    assert!(stale_verified > 0);
    // The verified chip counts them, progress does not: the page says so, in both places.
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(
        html.contains(&format!(
            "{stale_verified} verified before their words changed are stale and not counted"
        )),
        "progress says why it differs from the chip"
    );
    assert!(
        html.contains(&format!(
            "</b> verified <small>({stale_verified} stale)</small>"
        )),
        "the verified chip says how many of its statements are stale"
    );

    let probe = folder.join("probe.html");
    std::fs::write(&probe, PROBE).unwrap();
    for width in [1200, 360] {
        let profile = tempfile::tempdir().unwrap();
        let dom = headless(&browser, profile.path())
            .arg("--allow-file-access-from-files")
            .arg(format!("--window-size={width},900"))
            .arg("--dump-dom")
            .arg(format!("file://{}", probe.display()))
            .output()
            .unwrap();
        let dom = String::from_utf8_lossy(&dom.stdout);
        let measured = dom
            .split("<title>MEASURED ")
            .nth(1)
            .and_then(|t| t.split("</title>").next())
            .unwrap_or_else(|| panic!("the probe did not run at {width} px: {dom}"));
        let m: serde_json::Value = serde_json::from_str(&measured.replace("&quot;", "\"")).unwrap();
        assert_eq!(m["ids"].as_u64().unwrap() as usize, count, "{m}");
        assert!(m["widest_id"].as_u64().unwrap() >= 3, "{m}");
        assert_eq!(m["most_lines"], 1, "an id wraps at {width} px: {m}");
        let spread = m["tallest"].as_f64().unwrap() - m["shortest"].as_f64().unwrap();
        assert!(
            spread < 1.0,
            "ids of one line are all one height at {width} px: {m}"
        );
        assert!(
            m["overflow"].as_f64().unwrap() <= 0.0,
            "runs off the side at {width} px: {m}"
        );
    }
}
