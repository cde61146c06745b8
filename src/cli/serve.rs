//! `factdesk serve`: the web desk on this database, until Ctrl-C or SIGTERM.

use std::net::SocketAddr;
use std::sync::Arc;

use super::{Context, Failure, Outcome};
use crate::store::Store;
use crate::web::{self, AppState, Config};

/// Serve the web desk on this database: pages for reviewers signed in with a password
/// (`reviewer password`), the JSON API under /api/v1 for tokens (`token create`). Stops
/// gracefully on Ctrl-C or SIGTERM.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The address and port to listen on (port 0 picks a free one; the line printed says which).
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR:PORT")]
    pub listen: SocketAddr,
    /// The desk is served over https (by a proxy in front): mark cookies Secure.
    #[arg(long)]
    pub secure: bool,
    /// A reverse proxy in front sets X-Forwarded-For and X-Forwarded-Proto: trust them (for
    /// throttling by client address, and Secure cookies when it says https).
    #[arg(long)]
    pub trusted_proxy: bool,
}

pub fn run(ctx: &Context, args: Args) -> Outcome {
    // Open once: recognise the file and migrate it before the first request.
    Store::open_at(&ctx.location(), crate::store::Access::Write)?;
    let fixed = ctx.clock_is_fixed().then_some(ctx.now);
    let clock: web::Clock = Arc::new(move || fixed.unwrap_or_else(chrono::Utc::now));
    let config = Config {
        secure_cookies: args.secure,
        trusted_proxy: args.trusted_proxy,
        ..Config::default()
    };
    let state = AppState::new(ctx.db.clone(), clock, config);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Error(format!("cannot start the server's runtime: {e}")))?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.listen)
            .await
            .map_err(|e| {
                Failure::Error(format!(
                    "cannot listen on {}: {e} (is another server using it? pick another with --listen)",
                    args.listen
                ))
            })?;
        let address = listener
            .local_addr()
            .map_err(|e| Failure::Error(format!("cannot read the listening address: {e}")))?;
        println!("serving {} on http://{address}/ (Ctrl-C stops)", ctx.db.display());
        super::terminal::finish();
        web::serve(listener, state, shutdown_signal())
            .await
            .map_err(|e| Failure::Error(format!("the server stopped: {e}")))?;
        println!("stopped");
        Ok(())
    })
}

/// Resolves on Ctrl-C or SIGTERM: the server then stops accepting and finishes what it has.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}
