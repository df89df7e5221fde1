//! `verifik-flow serve`: the local stand-in for Verifik's project-flow endpoints.

use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use verifik_flow::Lang;
use verifik_flow::server::StandIn;

use super::remote::{block_on, say};
use super::words;

#[derive(clap::Args)]
#[command(
    override_usage = "verifik-flow serve [--addr <ADDR>] [--token <TOKEN>] [--data <FILE>] [--forward-to <URL>]"
)]
pub(crate) struct Args {
    /// Where to listen: a loopback address and port.
    #[arg(long, default_value = "127.0.0.1:8787")]
    addr: SocketAddr,
    /// The bearer token callers must send. Left out, a random one is made and printed with
    /// the URL as two `export` lines on standard output; given, it is never printed.
    /// (VERIFIK_TOKEN in the shell is the token of the Verifik you call, not the stand-in's:
    /// it is not read.)
    #[arg(long)]
    token: Option<String>,
    /// Keep flows in this file across restarts (in memory when left out).
    #[arg(long, value_name = "FILE")]
    data: Option<PathBuf>,
    /// Send every webhook event here instead of its flow's webhook, flows without one too
    /// (as `stripe listen --forward-to`): a loopback http URL, checked at start.
    #[arg(long, value_name = "URL")]
    forward_to: Option<String>,
}

pub(crate) fn run(args: Args, lang: Lang) -> io::Result<ExitCode> {
    let Args {
        addr,
        token,
        data,
        forward_to,
    } = args;
    let (token, made) = match token {
        Some(token) if !token.trim().is_empty() => (token, false),
        Some(_) => {
            note!("error: {}", words::of(lang).serve_needs_token());
            return Ok(ExitCode::from(1));
        }
        None => (
            format!("stand-in-{}", verifik_flow::server::random_token()?),
            true,
        ),
    };
    if !addr.ip().is_loopback() {
        note!(
            "error: {}",
            words::of(lang).serve_loopback_only(&addr.to_string())
        );
        return Ok(ExitCode::from(1));
    }
    let stand_in = match &data {
        Some(path) => match StandIn::with_data_file(token.clone(), path) {
            Ok(stand_in) => {
                if let Some(notice) = stand_in.notice() {
                    note!("{}", notice.get(lang));
                }
                stand_in
            }
            Err(error) => {
                note!("error: {}", error.message_in(lang));
                return Ok(ExitCode::from(1));
            }
        },
        None => StandIn::in_memory(token.clone()),
    };
    block_on(async move {
        if let Some(url) = &forward_to {
            if let Err(why) = stand_in.forward_to(url).await {
                let url = verifik_flow::printable(url);
                note!(
                    "error: {}",
                    words::of(lang).cannot_forward(&url, why.get(lang))
                );
                return Ok(ExitCode::from(1));
            }
            note!(
                "{}",
                words::of(lang).forwarding(&verifik_flow::printable(url))
            );
        }
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|error| {
            io::Error::new(
                error.kind(),
                words::of(lang).cannot_listen(&addr.to_string(), &error),
            )
        })?;
        let data = data.as_ref().map(|p| p.display().to_string());
        let url = format!("http://{}", listener.local_addr()?);
        note!("{}", words::of(lang).listening(&url, data.as_deref()));
        stand_in.set_page_lang(lang);
        note!("{}", words::of(lang).page_address(&stand_in.page_url(&url)));
        // How to point the CLI and the client at it, on standard output (for `eval` or a file);
        // a token given is never echoed.
        say(&format!("export VERIFIK_BASE_URL={url}"), lang);
        if made {
            say(&format!("export VERIFIK_TOKEN={token}"), lang);
        }
        stand_in.serve(listener).await?;
        Ok(ExitCode::SUCCESS)
    })
}
