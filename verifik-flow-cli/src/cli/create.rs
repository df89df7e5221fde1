//! `verifik-flow create FILE`: validate, then create on Verifik.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use super::input::{display_name, read_limited};
use super::remote::{remote, show};
use super::render::human_line;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The flow's JSON body.
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

pub(crate) fn run(args: Args) -> io::Result<ExitCode> {
    remote(|client| async move {
        let file = args.file;
        let bytes = read_limited(&file)?;
        if let Err(errors) = verifik_flow::validate_flow_slice(&bytes) {
            let name = display_name(&file);
            for violation in &errors {
                println!("{}", human_line(&name, violation));
            }
            eprintln!("error: {name} breaks the rules above; nothing was sent");
            return Ok(ExitCode::from(1));
        }
        let body: serde_json::Value = serde_json::from_slice(&bytes).map_err(io::Error::other)?;
        Ok(show(client.create_value(&body).await))
    })
}
