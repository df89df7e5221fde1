//! `verifik-flow serve`: the local stand-in for Verifik's project-flow endpoints.

use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use verifik_flow::server::StandIn;

use super::remote::block_on;

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
            note!(
                "error: {}: give the one callers must send with --token, or in VERIFIK_TOKEN",
                if given.is_some() {
                    "the token is empty"
                } else {
                    "no token"
                }
            );
            return Ok(ExitCode::from(2));
        }
    };
    if !addr.ip().is_loopback() {
        note!("error: the stand-in listens on loopback only (127.0.0.1 or [::1]), not {addr}");
        return Ok(ExitCode::from(2));
    }
    let stand_in = match &data {
        Some(path) => match StandIn::with_data_file(token, path) {
            Ok(stand_in) => stand_in,
            Err(error) => {
                note!("error: {error}");
                return Ok(ExitCode::from(2));
            }
        },
        None => StandIn::in_memory(token),
    };
    block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|error| {
            io::Error::new(
                error.kind(),
                format!(
                    "cannot listen on {addr}: {error}; if another process uses that port, \
                     choose another with --addr"
                ),
            )
        })?;
        note!(
            "verifik-flow stand-in listening on http://{} ({})",
            listener.local_addr()?,
            data.as_ref().map_or_else(
                || "in memory".to_owned(),
                |p| format!("data in {}", p.display())
            )
        );
        stand_in.serve(listener).await?;
        Ok(ExitCode::SUCCESS)
    })
}
