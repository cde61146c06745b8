//! The web desk in a real browser: headless Chromium driven over WebDriver (fantoccini and
//! Debian's `chromium-driver`, which `.ci/run` installs) against `factdesk serve` on a free
//! 127.0.0.1 port with a database of its own. A reviewer signs in, works a queue from the
//! keyboard, checks a statement with two sources, watches the article's gate flip without a
//! reload, uploads a revision and finds the stale statements back in the queue. Without
//! chromedriver or Chromium this test fails and says what to install; it never skips.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};

const PASSWORD: &str = "correct horse battery";

/// A short article: a headline, a byline and five statements in two paragraphs.
const DRAFT_1: &str = "Port Strike Ends After Nine Days

By Ana Writer

The strike at the port of Valencia ended on Tuesday after nine days. The union said 4,200 workers would return to work on Wednesday. Shipping companies lost about $40 million, according to the port authority.

The agreement raises wages by 6 percent over two years.
";

/// The writer's second draft: two figures changed.
const DRAFT_2: &str = "Port Strike Ends After Nine Days

By Ana Writer

The strike at the port of Valencia ended on Tuesday after nine days. The union said 4,500 workers would return to work on Wednesday. Shipping companies lost about $40 million, according to the port authority.

The agreement raises wages by 7 percent over two years.
";

/// A child process killed when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

/// Debian's chromedriver, or a clear failure naming the package.
fn chromedriver() -> PathBuf {
    for candidate in ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"] {
        if Path::new(candidate).exists() {
            return PathBuf::from(candidate);
        }
    }
    if Command::new("chromedriver")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return PathBuf::from("chromedriver");
    }
    panic!(
        "the browser test needs chromedriver and Chromium: `apt-get install chromium chromium-driver` (.ci/run does it)"
    );
}

fn chromium() -> String {
    for candidate in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] {
        if Path::new(candidate).exists() {
            return candidate.to_string();
        }
    }
    panic!("the browser test needs Chromium: `apt-get install chromium` (.ci/run does it)");
}

/// The desk's database, set up with the real binary.
struct Desk {
    dir: tempfile::TempDir,
}

impl Desk {
    fn db(&self) -> PathBuf {
        self.dir.path().join("desk.db")
    }

    fn run(&self, args: &[&str], stdin: Option<&str>) -> String {
        let out = crate::run(
            crate::factdesk().arg("--db").arg(self.db()).args(args),
            stdin,
        );
        assert!(
            out.status.success(),
            "factdesk {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn statements(&self) -> Vec<serde_json::Value> {
        let json = self.run(&["statements", "port", "--json"], None);
        serde_json::from_str::<serde_json::Value>(&json)
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    }

    fn ids(&self) -> Vec<i64> {
        self.statements()
            .iter()
            .map(|s| s["id"].as_i64().unwrap())
            .collect()
    }

    fn status_of(&self, id: i64) -> String {
        let all = self.statements();
        let s = all.iter().find(|s| s["id"] == id).unwrap();
        s["status"].as_str().unwrap().to_string()
    }

    fn new() -> Desk {
        let desk = Desk {
            dir: tempfile::tempdir().unwrap(),
        };
        std::fs::write(desk.dir.path().join("port.txt"), DRAFT_1).unwrap();
        std::fs::write(desk.dir.path().join("port-2.txt"), DRAFT_2).unwrap();
        desk.run(&["init"], None);
        desk.run(
            &[
                "--as", "ed", "reviewer", "add", "ed", "--name", "Ed Itor", "--role", "editor",
            ],
            None,
        );
        desk.run(
            &["--as", "ed", "reviewer", "add", "ana", "--name", "Ana Lyst"],
            None,
        );
        for handle in ["ed", "ana"] {
            desk.run(
                &["--as", "ed", "reviewer", "password", handle],
                Some(&format!("{PASSWORD}\n")),
            );
        }
        let file = desk.dir.path().join("port.txt");
        desk.run(
            &[
                "--as",
                "ed",
                "ingest",
                file.to_str().unwrap(),
                "--slug",
                "port",
            ],
            None,
        );
        let ids: Vec<String> = desk.ids().iter().map(i64::to_string).collect();
        let mut assign = vec!["--as", "ed", "assign"];
        assign.extend(ids.iter().map(String::as_str));
        assign.extend(["--to", "ana"]);
        desk.run(&assign, None);
        desk
    }

    /// `factdesk serve` on a free port; its base URL.
    fn serve(&self) -> (Running, String) {
        let (server, _, address) = crate::serve(self.db(), Stdio::null());
        (Running(server), format!("http://{address}"))
    }
}

/// chromedriver on a free port and a headless Chromium session through it.
async fn browser() -> (Running, Client) {
    let driver = chromedriver();
    let port = free_port();
    let child = Command::new(&driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver.display()));
    let running = Running(child);
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not listen on port {port} within 20 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chromium(),
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1200,900",
            ],
        }),
    );
    // Plain HTTP to the local chromedriver: no TLS stack to build.
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let client = ClientBuilder::new(connector)
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session with headless Chromium");
    (running, client)
}

/// Presses keys as a person would, on whatever has the focus.
async fn press(client: &Client, keys: &str) {
    let mut actions = KeyActions::new("keyboard".into());
    for c in keys.chars() {
        actions = actions
            .then(KeyAction::Down { value: c })
            .then(KeyAction::Up { value: c });
    }
    client.perform_actions(actions).await.unwrap();
}

/// The id of the focused element (or of the card around it).
async fn focused(client: &Client) -> String {
    let value = client
        .execute(
            "const el = document.activeElement; const card = el && el.closest('[data-card]'); return (card || el || {}).id || '';",
            vec![],
        )
        .await
        .unwrap();
    value.as_str().unwrap_or("").to_string()
}

/// Waits up to 10 s for `script` (a JavaScript expression) to be true on the page.
async fn until(client: &Client, what: &str, script: &str) {
    let started = Instant::now();
    loop {
        let value = client
            .execute(&format!("return !!({script});"), vec![])
            .await
            .unwrap();
        if value.as_bool() == Some(true) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{what}: not true within 10 s ({script})"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The element `css` selects, or a failure naming it.
async fn find(client: &Client, css: &str) -> Element {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css} on the page: {e}"))
}

async fn click(client: &Client, css: &str) {
    find(client, css).await.click().await.unwrap();
}

async fn type_in(client: &Client, css: &str, text: &str) {
    find(client, css).await.send_keys(text).await.unwrap();
}

async fn choose(client: &Client, css: &str, value: &str) {
    find(client, css)
        .await
        .select_by_value(value)
        .await
        .unwrap();
}

async fn path(client: &Client) -> String {
    let url = client.current_url().await.unwrap();
    url.path().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reviewer_works_the_desk_in_a_real_browser() {
    let desk = Desk::new();
    let (_server, base) = desk.serve();
    let (_driver, client) = browser().await;
    let ids = desk.ids();
    assert!(ids.len() >= 5, "{ids:?}");

    // Sign in: the form at /login, then the queue.
    client.goto(&format!("{base}/queue")).await.unwrap();
    assert_eq!(
        path(&client).await,
        "/login",
        "a stranger is sent to sign in"
    );
    type_in(&client, "#handle", "ana").await;
    let password = find(&client, "#password").await;
    password.send_keys(PASSWORD).await.unwrap();
    password.send_keys(&Key::Enter.to_string()).await.unwrap();
    until(
        &client,
        "the queue after sign-in",
        "document.querySelector('[data-queue]')",
    )
    .await;
    assert_eq!(path(&client).await, "/queue");

    // Work the queue from the keyboard: the first card has the focus; j and k move.
    let card = |id: i64| format!("q-{id}");
    until(
        &client,
        "a focused card",
        "document.activeElement.hasAttribute('data-card')",
    )
    .await;
    assert_eq!(focused(&client).await, card(ids[0]));
    press(&client, "j").await;
    assert_eq!(focused(&client).await, card(ids[1]));
    press(&client, "k").await;
    assert_eq!(focused(&client).await, card(ids[0]));
    // v chooses verified and puts the cursor in the first source's citation; Enter records it.
    press(&client, "v").await;
    let active = client.active_element().await.unwrap();
    assert_eq!(
        active.attr("name").await.unwrap().as_deref(),
        Some("s0_citation")
    );
    active
        .send_keys("Port authority statement, 2026-03-04")
        .await
        .unwrap();
    active.send_keys(&Key::Enter.to_string()).await.unwrap();
    until(
        &client,
        "the next card has the focus after the check",
        &format!(
            "document.activeElement && document.activeElement.id === 'q-{}'",
            ids[1]
        ),
    )
    .await;
    assert_eq!(desk.status_of(ids[0]), "verified");
    assert!(
        client
            .find_all(Locator::Id(&card(ids[0])))
            .await
            .unwrap()
            .is_empty(),
        "the checked statement left the queue"
    );
    // d on the focused card: disputed, with a source typed in and Enter.
    press(&client, "d").await;
    let citation = client.active_element().await.unwrap();
    citation.send_keys("Union press release").await.unwrap();
    citation.send_keys(&Key::Enter.to_string()).await.unwrap();
    until(
        &client,
        "the card after the disputed one",
        &format!(
            "document.activeElement && document.activeElement.id === 'q-{}'",
            ids[2]
        ),
    )
    .await;
    assert_eq!(desk.status_of(ids[1]), "disputed");

    // A statement with two sources, on its own page.
    client
        .goto(&format!("{base}/statements/{}", ids[2]))
        .await
        .unwrap();
    click(&client, "input[name=status][value=verified]").await;
    choose(&client, "[name=s0_kind]", "web").await;
    type_in(
        &client,
        "[name=s0_citation]",
        "https://www.valenciaport.com/en/news",
    )
    .await;
    choose(&client, "[name=s1_kind]", "interview").await;
    type_in(&client, "[name=s1_citation]", "phone call").await;
    type_in(&client, "[name=s1_contact]", "Marta Gil, port authority").await;
    click(&client, "form.check-form button[type=submit]").await;
    until(
        &client,
        "the page after the check",
        "location.search.includes('said=checked')",
    )
    .await;
    let history = desk.run(&["history", &ids[2].to_string(), "--json"], None);
    assert!(
        history.contains("https://www.valenciaport.com/en/news"),
        "{history}"
    );
    assert!(history.contains("Marta Gil, port authority"), "{history}");

    // The article page shows the gate blocked; the last checks flip it without a reload.
    client.goto(&format!("{base}/articles/port")).await.unwrap();
    find(&client, "section.gate.blocked").await;
    client
        .execute("window.sameDocument = true;", vec![])
        .await
        .unwrap();
    let article_window = client.window().await.unwrap();
    let other = client.new_window(true).await.unwrap();
    client.switch_to_window(other.handle).await.unwrap();
    let open: Vec<i64> = desk
        .statements()
        .iter()
        .filter(|s| s["status"] != "verified")
        .map(|s| s["id"].as_i64().unwrap())
        .collect();
    for id in open {
        client
            .goto(&format!("{base}/statements/{id}"))
            .await
            .unwrap();
        click(&client, "input[name=status][value=verified]").await;
        type_in(&client, "[name=s0_citation]", "Port authority statement").await;
        click(&client, "form.check-form button[type=submit]").await;
        until(
            &client,
            "the check went in",
            "location.search.includes('said=checked')",
        )
        .await;
    }
    let gate = desk.run(&["gate", "port"], None);
    assert!(gate.contains("READY"), "{gate}");
    client.close_window().await.unwrap();
    client.switch_to_window(article_window).await.unwrap();
    until(
        &client,
        "the gate flips to ready on the open article page",
        "document.querySelector('section.gate.ready')",
    )
    .await;
    until(
        &client,
        "no reload happened",
        "window.sameDocument === true",
    )
    .await;

    // A new draft, uploaded: the statements whose words changed come back to the queue.
    client
        .goto(&format!("{base}/upload?slug=port"))
        .await
        .unwrap();
    let draft = desk.dir.path().join("port-2.txt");
    type_in(&client, "#file", draft.to_str().unwrap()).await;
    click(&client, "form[action='/upload'] button[type=submit]").await;
    until(
        &client,
        "the article after the upload",
        "location.search.includes('said=revised')",
    )
    .await;
    client.goto(&format!("{base}/queue")).await.unwrap();
    let stale = client.find_all(Locator::Css(".card .since")).await.unwrap();
    assert_eq!(stale.len(), 2, "the two statements whose figures changed");
    let text = find(&client, "[data-queue]").await.text().await.unwrap();
    assert!(
        text.contains("4,500") && text.contains("7 percent"),
        "{text}"
    );

    // The pages at a desktop's and a phone's width: nothing runs off the side, and a
    // screenshot of each is kept for a person to look at (target/browser-screens/).
    let screens = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-screens");
    std::fs::create_dir_all(&screens).unwrap();
    let first = ids[0];
    for width in [1200u32, 360] {
        client.set_window_size(width, 900).await.unwrap();
        for (name, page) in [
            ("queue", "/queue".to_string()),
            ("article", "/articles/port".to_string()),
            ("statement", format!("/statements/{first}")),
            ("inbox", "/inbox".to_string()),
        ] {
            client.goto(&format!("{base}{page}")).await.unwrap();
            let overflow = client
                .execute(
                    "return document.documentElement.scrollWidth - window.innerWidth;",
                    vec![],
                )
                .await
                .unwrap();
            assert!(
                overflow.as_i64().unwrap_or(0) <= 0,
                "{page} is wider than a {width} px window by {overflow} px"
            );
            let png = client.screenshot().await.unwrap();
            std::fs::write(screens.join(format!("{name}-{width}.png")), png).unwrap();
        }
    }

    client.close().await.unwrap();
}
