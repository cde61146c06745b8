//! `factdesk serve` as a process on a real socket: it starts, signs a reviewer in, serves the
//! API with the session, and stops on SIGTERM. [`Served`] is shared with `pg_recovery.rs`.

use std::io::{BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, ChildStdout, Stdio};
use std::time::Duration;

use super::{PASSWORD, TestDesk};

/// One HTTP/1.1 request over a fresh connection; returns the whole response as text. A server
/// that hangs fails the test after 20 seconds instead of blocking it.
pub fn http(address: &str, request: &str) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .unwrap_or_else(|e| panic!("no answer from the web desk: {e}"));
    response
}

/// `factdesk serve` on a desk's database, on a free port.
pub struct Served {
    server: Child,
    out: BufReader<ChildStdout>,
    pub address: String,
}

impl Served {
    pub fn start(desk: &TestDesk) -> Served {
        let (server, out, address) = crate::serve(desk.db(), Stdio::piped());
        Served {
            server,
            out,
            address,
        }
    }

    /// Signs `handle` in with [`PASSWORD`] through `POST /login`; the session cookie.
    pub fn sign_in(&self, handle: &str) -> String {
        let address = &self.address;
        let body = format!("handle={handle}&password={}", PASSWORD.replace(' ', "+"));
        let response = http(
            address,
            &format!(
                "POST /login HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            ),
        );
        assert!(response.starts_with("HTTP/1.1 303"), "{response}");
        response
            .lines()
            .find_map(|l| l.strip_prefix("set-cookie: "))
            .and_then(|c| c.split(';').next())
            .unwrap_or_else(|| panic!("no cookie in {response}"))
            .to_string()
    }

    /// `GET path`, with the cookie when given.
    pub fn get(&self, path: &str, cookie: Option<&str>) -> String {
        let address = &self.address;
        let cookie = cookie.map_or(String::new(), |c| format!("Cookie: {c}\r\n"));
        http(
            address,
            &format!("GET {path} HTTP/1.1\r\nHost: {address}\r\n{cookie}Connection: close\r\n\r\n"),
        )
    }

    /// SIGTERM: the server must stop gracefully, exit 0, with its closing line.
    pub fn stop(mut self) {
        unsafe { libc::kill(self.server.id() as i32, libc::SIGTERM) };
        let status = self.server.wait().unwrap();
        let mut rest = String::new();
        self.out.read_to_string(&mut rest).unwrap();
        let mut log = String::new();
        if let Some(mut stderr) = self.server.stderr.take() {
            stderr.read_to_string(&mut log).unwrap();
        }
        assert!(status.success(), "{status:?}: {rest}\n{log}");
        assert!(rest.contains("stopped"), "{rest}");
    }
}

#[test]
fn serve_signs_in_over_a_socket_and_stops_on_sigterm() {
    let desk = TestDesk::new();
    let served = Served::start(&desk);
    let cookie = served.sign_in("ana");

    let queue = served.get("/api/v1/queue", Some(&cookie));
    assert!(queue.starts_with("HTTP/1.1 200"), "{queue}");
    assert!(
        queue.trim_end().ends_with("[]"),
        "ana's queue is empty: {queue}"
    );

    let refused = served.get("/api/v1/queue", None);
    assert!(refused.starts_with("HTTP/1.1 401"), "{refused}");

    served.stop();
}
