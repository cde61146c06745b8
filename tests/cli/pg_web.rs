//! The web desk on PostgreSQL (issue 15 item 7): `factdesk serve` takes its connections from a
//! pool; when the database goes away the requests get a clear error at once (no hang), and when
//! it returns the desk serves again without a restart, the sessions intact.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::Stdio;
use std::time::Duration;

use super::{Backend, Desk};

const PASSWORD: &str = "correct horse battery";

/// One HTTP/1.1 request over a fresh connection; the whole response as text. A server that
/// hangs fails the test after 20 seconds instead of blocking it.
fn http(address: &str, request: &str) -> String {
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

fn queue(address: &str, cookie: &str) -> String {
    http(
        address,
        &format!(
            "GET /api/v1/queue HTTP/1.1\r\nHost: {address}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
        ),
    )
}

#[test]
fn the_web_desk_recovers_when_postgres_returns() {
    let desk = Desk::staffed_on(Backend::Postgres);
    let mut set = desk
        .command(Some("ed"), &["reviewer", "password", "ana"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    set.stdin
        .take()
        .unwrap()
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .unwrap();
    assert!(set.wait().unwrap().success());

    let mut server = desk
        .command(None, &["serve", "--listen", "127.0.0.1:0"])
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
    let login = http(
        &address,
        &format!(
            "POST /login HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert!(login.starts_with("HTTP/1.1 303"), "{login}");
    let cookie = login
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .unwrap()
        .to_string();
    // Several requests, so the pool holds idle connections that the outage will break.
    for _ in 0..3 {
        let answer = queue(&address, &cookie);
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    }

    // The database goes away: no new connection is let in, and every open one is cut.
    // (from the server's maintenance database: a database cannot close itself).
    let url = desk.db_arg();
    let (server_url, name) = url.rsplit_once('/').unwrap();
    let mut admin =
        postgres::Client::connect(&format!("{server_url}/postgres"), postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "ALTER DATABASE {name} ALLOW_CONNECTIONS false;
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE datname = '{name}';"
        ))
        .unwrap();
    let down = queue(&address, &cookie);
    assert!(
        down.starts_with("HTTP/1.1 503"),
        "a request while the database is away is 503, to try again later: {down}"
    );
    assert!(
        down.contains("PostgreSQL") && down.contains("\"hint\""),
        "the error says what is wrong and what to do: {down}"
    );

    // It returns: the same server serves the same session again.
    admin
        .batch_execute(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"))
        .unwrap();
    let back = queue(&address, &cookie);
    assert!(
        back.starts_with("HTTP/1.1 200"),
        "the desk recovers without a restart: {back}"
    );

    unsafe { libc::kill(server.id() as i32, libc::SIGTERM) };
    let status = server.wait().unwrap();
    let mut rest = String::new();
    out.read_to_string(&mut rest).unwrap();
    let mut log = String::new();
    server
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(status.success(), "{status:?}: {rest}\n{log}");
    assert!(rest.contains("stopped"), "{rest}");
}
