//! One HTTP/1.1 POST over a standard TCP stream: connect, write the request, read the status
//! line, close. Every step has a timeout, so a receiver that is down costs a refused connection
//! and one that hangs costs at most the timeout per step. Nothing but the status is read back.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use super::Target;

/// The longest status line and headers read before giving up on a reply.
const MAX_REPLY_BYTES: usize = 8 * 1024;

/// POSTs `body` (JSON) with `headers` to `target`, waiting at most `timeout` to connect, to
/// write and for each read. The receiver's HTTP status, or what went wrong in words.
pub fn post(
    target: &Target,
    headers: &[(&str, String)],
    body: &str,
    timeout: Duration,
) -> Result<u16, String> {
    let addresses = (target.host.as_str(), target.port)
        .to_socket_addrs()
        .map_err(|e| format!("cannot resolve {}: {e}", target.host))?;
    let mut last = format!("{} resolves to no address", target.host);
    let mut stream = None;
    for address in addresses {
        match TcpStream::connect_timeout(&address, timeout) {
            Ok(s) => {
                stream = Some(s);
                break;
            }
            Err(e) => last = format!("cannot connect to {address}: {e}"),
        }
    }
    let mut stream = stream.ok_or(last)?;
    stream
        .set_write_timeout(Some(timeout))
        .and_then(|()| stream.set_read_timeout(Some(timeout)))
        .map_err(|e| format!("cannot set timeouts: {e}"))?;
    let host = if target.host.contains(':') {
        format!("[{}]:{}", target.host, target.port)
    } else {
        format!("{}:{}", target.host, target.port)
    };
    let mut request = format!(
        "POST {} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: factdesk/{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        target.path,
        env!("CARGO_PKG_VERSION"),
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream
        .write_all(request.as_bytes())
        .and_then(|()| stream.flush())
        .map_err(|e| format!("cannot send: {e}"))?;
    status_of(&mut stream)
}

/// Reads until the status line is complete and returns its code.
fn status_of(stream: &mut impl Read) -> Result<u16, String> {
    let mut reply = Vec::new();
    let mut buffer = [0u8; 1024];
    while !reply.windows(2).any(|w| w == b"\r\n") {
        if reply.len() >= MAX_REPLY_BYTES {
            return Err("the receiver's reply has no status line".into());
        }
        let n = stream
            .read(&mut buffer)
            .map_err(|e| format!("no reply: {e}"))?;
        if n == 0 {
            return Err("the receiver closed the connection without replying".into());
        }
        reply.extend_from_slice(&buffer[..n]);
    }
    let line = String::from_utf8_lossy(&reply);
    let mut parts = line.split_whitespace();
    match (
        parts.next(),
        parts.next().and_then(|c| c.parse::<u16>().ok()),
    ) {
        (Some(version), Some(code)) if version.starts_with("HTTP/1.") => Ok(code),
        _ => Err(format!(
            "the receiver's reply is not HTTP: {:?}",
            line.lines().next().unwrap_or_default()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_code_is_read_from_the_status_line() {
        assert_eq!(
            status_of(&mut &b"HTTP/1.1 204 No Content\r\n\r\n"[..]),
            Ok(204)
        );
        assert_eq!(
            status_of(&mut &b"HTTP/1.0 500 Oops\r\nX: y\r\n\r\n"[..]),
            Ok(500)
        );
        assert!(status_of(&mut &b"SSH-2.0-OpenSSH\r\n"[..]).is_err());
        assert!(
            status_of(&mut &b""[..])
                .unwrap_err()
                .contains("without replying")
        );
    }
}
