//! `factdesk serve` as a process on a real socket: it starts, signs a reviewer in, serves the
//! API with the session, and stops on SIGTERM.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};

use crate::{PASSWORD, TestDesk};

/// One HTTP/1.1 request over a fresh connection; returns the whole response as text.
fn http(address: &str, request: &str) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

#[test]
fn serve_signs_in_over_a_socket_and_stops_on_sigterm() {
    let desk = TestDesk::new();
    let mut server = Command::new(env!("CARGO_BIN_EXE_factdesk"))
        .env_clear()
        .arg("--db")
        .arg(desk.db())
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(server.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    let address = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();

    let body = format!("handle=ana&password={}", PASSWORD.replace(' ', "+"));
    let response = http(
        &address,
        &format!(
            "POST /login HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert!(response.starts_with("HTTP/1.1 303"), "{response}");
    let cookie = response
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .unwrap_or_else(|| panic!("no cookie in {response}"))
        .to_string();

    let queue = http(
        &address,
        &format!(
            "GET /api/v1/queue HTTP/1.1\r\nHost: {address}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
        ),
    );
    assert!(queue.starts_with("HTTP/1.1 200"), "{queue}");
    assert!(
        queue.trim_end().ends_with("[]"),
        "ana's queue is empty: {queue}"
    );

    let refused = http(
        &address,
        &format!("GET /api/v1/queue HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"),
    );
    assert!(refused.starts_with("HTTP/1.1 401"), "{refused}");

    // SIGTERM: a graceful stop, exit 0, with the closing line.
    unsafe { libc::kill(server.id() as i32, libc::SIGTERM) };
    let status = server.wait().unwrap();
    let mut rest = String::new();
    out.read_to_string(&mut rest).unwrap();
    assert!(status.success(), "{status:?}");
    assert!(rest.contains("stopped"), "{rest}");
}
