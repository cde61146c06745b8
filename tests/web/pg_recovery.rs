//! The web desk on PostgreSQL (issue 15 item 7), built only into `on_postgres`:
//! `factdesk serve` takes its connections from a pool; when the database goes away the requests
//! get a clear error at once (no hang), and when it returns the desk serves again without a
//! restart, the sessions intact.

use super::TestDesk;
use super::socket::Served;

#[test]
fn the_web_desk_recovers_when_postgres_returns() {
    let desk = TestDesk::new();
    let served = Served::start(&desk);
    let cookie = served.sign_in("ana");
    // Several requests, so the pool holds idle connections that the outage will break.
    for _ in 0..3 {
        let answer = served.get("/api/v1/queue", Some(&cookie));
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    }

    // The database goes away: no new connection is let in, and every open one is cut (from
    // the server's maintenance database: a database cannot close itself).
    let url = desk.db().display().to_string();
    let (server_url, name) = url.rsplit_once('/').unwrap();
    let mut admin =
        postgres::Client::connect(&format!("{server_url}/postgres"), postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "ALTER DATABASE {name} ALLOW_CONNECTIONS false;
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}';"
        ))
        .unwrap();
    let down = served.get("/api/v1/queue", Some(&cookie));
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
    let back = served.get("/api/v1/queue", Some(&cookie));
    assert!(
        back.starts_with("HTTP/1.1 200"),
        "the desk recovers without a restart: {back}"
    );
    served.stop();
}
