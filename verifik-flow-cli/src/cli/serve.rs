//! `verifik-flow serve`: the local stand-in for Verifik's project-flow endpoints.

use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use verifik_flow::server::StandIn;

use super::remote::block_on;
use super::words;

#[derive(clap::Args)]
#[command(override_usage = "verifik-flow serve [--addr <ADDR>] [--token <TOKEN>] [--data <FILE>]")]
pub(crate) struct Args {
    /// Where to listen: a loopback address and port.
    #[arg(long, default_value = "127.0.0.1:8787")]
    addr: SocketAddr,
    /// The bearer token callers must send (VERIFIK_TOKEN when left out; one of the two is
    /// needed).
    #[arg(long, env = "VERIFIK_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Keep flows in this file across restarts (in memory when left out).
    #[arg(long, value_name = "FILE")]
    data: Option<PathBuf>,
}

pub(crate) fn run(args: Args) -> io::Result<ExitCode> {
    let Args { addr, token, data } = args;
    let token = match token {
        Some(token) if !token.trim().is_empty() => token,
        given => {
            note!("error: {}", words::serve_needs_token(given.is_some()));
            return Ok(ExitCode::from(1));
        }
    };
    if !addr.ip().is_loopback() {
        note!("error: {}", words::serve_loopback_only(&addr.to_string()));
        return Ok(ExitCode::from(1));
    }
    let stand_in = match &data {
        Some(path) => match StandIn::with_data_file(token, path) {
            Ok(stand_in) => stand_in,
            Err(error) => {
                note!("error: {}", error.message_in(super::lang::lang()));
                return Ok(ExitCode::from(1));
            }
        },
        None => StandIn::in_memory(token),
    };
    block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|error| {
            io::Error::new(
                error.kind(),
                words::cannot_listen(&addr.to_string(), &error),
            )
        })?;
        let data = data.as_ref().map(|p| p.display().to_string());
        note!(
            "{}",
            words::listening(
                &format!("http://{}", listener.local_addr()?),
                data.as_deref()
            )
        );
        stand_in.serve(listener).await?;
        Ok(ExitCode::SUCCESS)
    })
}
