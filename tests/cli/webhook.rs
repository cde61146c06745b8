//! The desk's outgoing webhook (issue 17, item 9): set by an editor with a secret that is never
//! printed back; each notification POSTed as JSON with an HMAC-SHA256 signature over the
//! timestamp and body; retries bounded and spaced; a receiver that fails, is gone or hangs never
//! fails the write that caused the event. The receivers here are local TcpListeners.

use crate::Backend;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::Desk;
use crate::notifications::{council_desk, ids};

const SECRET: &str = "0123456789abcdef-shared-secret";

/// One request a receiver got: its headers (names lowercased) and body.
#[derive(Debug, Clone)]
struct Received {
    headers: HashMap<String, String>,
    body: String,
}

/// A local receiver answering every POST with `status`.
struct Receiver {
    url: String,
    got: Arc<Mutex<Vec<Received>>>,
}

impl Receiver {
    fn answering(status: u16) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/hooks/desk", listener.local_addr().unwrap());
        let got = Arc::new(Mutex::new(Vec::new()));
        let seen = got.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if let Some(request) = read_request(&stream) {
                    seen.lock().unwrap().push(request);
                }
                let mut stream = stream;
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} Whatever\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                );
            }
        });
        Receiver { url, got }
    }

    fn received(&self) -> Vec<Received> {
        self.got.lock().unwrap().clone()
    }
}

fn read_request(mut stream: &TcpStream) -> Option<Received> {
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 4096];
    let head_end = loop {
        if let Some(at) = bytes.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        let n = stream.read(&mut buffer).ok()?;
        if n == 0 {
            return None;
        }
        bytes.extend_from_slice(&buffer[..n]);
    };
    let head = String::from_utf8_lossy(&bytes[..head_end]).into_owned();
    let mut lines = head.lines();
    assert!(
        lines.next()?.starts_with("POST /hooks/desk HTTP/1.1"),
        "{head}"
    );
    let headers: HashMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length: usize = headers.get("content-length")?.parse().ok()?;
    let mut body = bytes[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut buffer).ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&buffer[..n]);
    }
    Some(Received {
        headers,
        body: String::from_utf8(body).ok()?,
    })
}

/// Sets the webhook to `url` as ed, with the secret in a file.
fn set_webhook(desk: &Desk, url: &str) {
    let file = desk.dir.path().join("secret.txt");
    std::fs::write(&file, format!("{SECRET}\n")).unwrap();
    desk.run_as(
        "ed",
        &[
            "webhook",
            "set",
            url,
            "--secret-file",
            file.to_str().unwrap(),
        ],
    )
    .ok();
}

/// The HMAC-SHA256 of "timestamp.body" under the secret, as the receiver computes it.
fn expected_signature(timestamp: &str, body: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(format!("{timestamp}.{body}").as_bytes());
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256={hex}")
}

fn only_an_editor_sets_the_webhook_and_its_secret_is_never_printed(backend: Backend) {
    let desk = council_desk(backend);
    let file = desk.dir.path().join("secret.txt");
    std::fs::write(&file, SECRET).unwrap();
    let secret_file = file.to_str().unwrap();
    desk.run_as(
        "ana",
        &[
            "webhook",
            "set",
            "http://127.0.0.1:9/x",
            "--secret-file",
            secret_file,
        ],
    )
    .fails_with("only an editor");
    desk.run_as(
        "ed",
        &[
            "webhook",
            "set",
            "https://hooks.example/x",
            "--secret-file",
            secret_file,
        ],
    )
    .fails_with("https");
    let short = desk.dir.path().join("short.txt");
    std::fs::write(&short, "tooshort").unwrap();
    desk.run_as(
        "ed",
        &[
            "webhook",
            "set",
            "http://127.0.0.1:9/x",
            "--secret-file",
            short.to_str().unwrap(),
        ],
    )
    .fails_with("at least 16");
    assert_eq!(desk.count("webhook_settings"), 0);
    let set = desk
        .run_as(
            "ed",
            &[
                "webhook",
                "set",
                "http://127.0.0.1:9/x",
                "--secret-file",
                secret_file,
            ],
        )
        .ok();
    let show = desk.run_as("ed", &["webhook", "show"]).ok();
    assert!(
        show.stdout.contains("url: http://127.0.0.1:9/x"),
        "{}",
        show.stdout
    );
    let json = desk.run_as("ed", &["webhook", "show", "--json"]).ok();
    assert_eq!(json.json()["url"], "http://127.0.0.1:9/x");
    assert_eq!(json.json()["set_by"], "ed");
    for run in [&set, &show, &json] {
        assert!(!run.stdout.contains(SECRET) && !run.stderr.contains(SECRET));
    }
    desk.run_as("ana", &["webhook", "show"])
        .fails_with("only an editor");
    assert!(
        desk.run_as("ed", &["webhook", "off"])
            .ok()
            .stdout
            .contains("webhook off")
    );
    assert!(
        desk.run_as("ed", &["webhook", "show"])
            .ok()
            .stdout
            .contains("no webhook is set")
    );
    // Without a webhook, nothing goes in the outbox.
    desk.run_as("ed", &["assign", &ids(&desk)[0], "--to", "ana"])
        .ok();
    assert_eq!(desk.count("webhook_deliveries"), 0);
}

fn each_notification_is_posted_as_json_with_a_signature_the_receiver_can_verify(backend: Backend) {
    let desk = council_desk(backend);
    let receiver = Receiver::answering(204);
    set_webhook(&desk, &receiver.url);
    let id = ids(&desk)[1].clone();
    let run = desk.run_as("ed", &["assign", &id, "--to", "ana"]).ok();
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let got = receiver.received();
    assert_eq!(got.len(), 1, "{got:?}");
    let request = &got[0];
    assert_eq!(request.headers["content-type"], "application/json");
    assert_eq!(request.headers["x-factdesk-event"], "notification");
    let timestamp = &request.headers["x-factdesk-timestamp"];
    // FACTDESK_NOW, 2026-01-17T09:00:00Z, in seconds since 1970.
    assert_eq!(timestamp, "1768640400");
    assert_eq!(
        request.headers["x-factdesk-signature"],
        expected_signature(timestamp, &request.body)
    );
    let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
    assert_eq!(body["event"], "notification");
    assert_eq!(body["notification"]["kind"], "assigned");
    assert_eq!(body["notification"]["reviewer"], "ana");
    assert_eq!(body["notification"]["statement"].to_string(), id);
    assert_eq!(body["notification"]["article"], "council");
    assert_eq!(
        request.headers["x-factdesk-delivery"],
        desk.query_integers("SELECT max(id) FROM webhook_deliveries")[0].to_string()
    );
    // The attempt is recorded as delivered; nothing is left to send.
    assert_eq!(
        desk.query_text("SELECT outcome FROM webhook_attempts"),
        "delivered"
    );
    assert_eq!(
        desk.query_integers("SELECT status FROM webhook_attempts"),
        [204]
    );
    assert!(
        desk.run_as("ed", &["webhook", "deliver"])
            .ok()
            .stdout
            .contains("nothing is due")
    );
    assert_eq!(receiver.received().len(), 1);
    // A body changed in transit no longer matches its signature.
    assert_ne!(
        request.headers["x-factdesk-signature"],
        expected_signature(timestamp, &request.body.replace("ana", "bo"))
    );
}

fn a_failing_receiver_is_tried_again_with_growing_waits_and_given_up_after_five_attempts(
    backend: Backend,
) {
    let mut desk = council_desk(backend);
    let receiver = Receiver::answering(500);
    set_webhook(&desk, &receiver.url);
    let run = desk
        .run_as("ed", &["assign", &ids(&desk)[0], "--to", "ana"])
        .ok();
    // The write stands; the note says the event waits.
    assert!(run.stderr.contains("answered 500"), "{}", run.stderr);
    assert_eq!(inbox_len(&desk), 1);
    assert_eq!(receiver.received().len(), 1);
    // Not due again before the first wait (30 s) is over.
    desk.now = "2026-01-17T09:00:29Z".into();
    assert_nothing_due(&desk);
    assert_eq!(receiver.received().len(), 1);
    for (at, attempt) in [
        ("2026-01-17T09:00:30Z", 2),
        ("2026-01-17T09:03:00Z", 3),
        ("2026-01-17T09:12:00Z", 4),
        ("2026-01-17T10:00:00Z", 5),
    ] {
        desk.now = at.into();
        let out = desk
            .run_as("ed", &["webhook", "deliver", "--json"])
            .ok()
            .json();
        assert_eq!(out[0]["attempt"], attempt, "{out}");
        assert_eq!(out[0]["outcome"], "failed");
        assert_eq!(out[0]["status"], 500);
    }
    // Five attempts, then never again (well within the week an event stays deliverable).
    desk.now = "2026-01-17T12:00:00Z".into();
    assert_nothing_due(&desk);
    assert_eq!(receiver.received().len(), 5);
    assert_eq!(desk.count("webhook_attempts"), 5);
    let show = desk
        .run_as("ed", &["webhook", "show", "--json"])
        .ok()
        .json();
    assert_eq!(show["deliveries"]["delivered"], 0);
    assert_eq!(show["deliveries"]["undelivered"], 1);
}

fn assert_nothing_due(desk: &Desk) {
    let run = desk.run_as("ed", &["webhook", "deliver"]).ok();
    assert!(run.stdout.contains("nothing is due"), "{}", run.stdout);
}

fn inbox_len(desk: &Desk) -> usize {
    desk.run_as("ana", &["inbox", "--json"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .len()
}

fn a_receiver_that_is_gone_or_hangs_never_fails_the_write(backend: Backend) {
    let mut desk = council_desk(backend);
    let ids = ids(&desk);
    // Gone: a port nobody listens on.
    let gone = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/hooks/desk", listener.local_addr().unwrap())
    };
    set_webhook(&desk, &gone);
    let run = desk.run_as("ed", &["assign", &ids[0], "--to", "ana"]).ok();
    assert!(run.stderr.contains("cannot connect"), "{}", run.stderr);
    assert_eq!(inbox_len(&desk), 1);

    // Hangs: accepts the connection and never answers. The command still ends (after the
    // command line's short timeout), its write committed, the attempt recorded as failed.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let hangs = format!("http://{}/hooks/desk", listener.local_addr().unwrap());
    let held = Arc::new(Mutex::new(Vec::new()));
    let keep = held.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            keep.lock().unwrap().push(stream);
        }
    });
    set_webhook(&desk, &hangs);
    let run = desk
        .run_as("ed", &["assign", &ids[1], &ids[2], "--to", "ana"])
        .ok();
    assert!(run.stderr.contains("no reply"), "{}", run.stderr);
    assert_eq!(inbox_len(&desk), 3);
    // One connection only: after the first failure the command stops trying.
    assert_eq!(held.lock().unwrap().len(), 1);
    let failed =
        desk.query_integers("SELECT count(*) FROM webhook_attempts WHERE outcome = 'failed'")[0];
    assert_eq!(failed, 2);
    // Turned off, the events still waiting are dropped when their turn comes, without a
    // connection.
    desk.now = "2026-01-17T10:00:00Z".into();
    desk.run_as("ed", &["webhook", "off"]).ok();
    let out = desk
        .run_as("ed", &["webhook", "deliver", "--json"])
        .ok()
        .json();
    let outcomes: Vec<&str> = out
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, vec!["dropped"; 3], "{out}");
    assert_eq!(held.lock().unwrap().len(), 1);
}

both_backends!(
    only_an_editor_sets_the_webhook_and_its_secret_is_never_printed,
    each_notification_is_posted_as_json_with_a_signature_the_receiver_can_verify,
    a_failing_receiver_is_tried_again_with_growing_waits_and_given_up_after_five_attempts,
    a_receiver_that_is_gone_or_hangs_never_fails_the_write,
);
