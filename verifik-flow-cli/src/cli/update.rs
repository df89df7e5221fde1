//! `verifik-flow update ID FILE`: check a partial update key by key, then send it.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use super::input::{display_name, read_limited};
use super::remote::{remote, say, show};
use super::render::human_line;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The flow's ID.
    #[arg(value_name = "ID")]
    id: String,
    /// The keys to change, as a JSON object (`-` reads standard input). Keys left out keep
    /// their values; objects change key by key.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Before sending, get the flow, merge the change into it and check the whole flow with
    /// every rule (the rules across fields too), as Verifik will.
    #[arg(long)]
    check_merged: bool,
}

pub(crate) fn run(args: Args) -> io::Result<ExitCode> {
    remote(|client| async move {
        let name = display_name(&args.file);
        let bytes = match read_limited(&args.file) {
            Ok(bytes) => bytes,
            Err(error) => {
                eprintln!("error: cannot read {name}: {error}");
                return Ok(ExitCode::from(2));
            }
        };
        let partial = match verifik_flow::validate_partial_slice(&bytes) {
            Ok(partial) => partial,
            Err(errors) => {
                for violation in &errors {
                    say(&human_line(&name, violation));
                }
                eprintln!("error: {name} breaks the rules above; nothing was sent");
                return Ok(ExitCode::from(1));
            }
        };
        if args.check_merged {
            let stored = match client.get(&args.id).await {
                Ok(record) => serde_json::Value::Object(record.body()),
                Err(error) => return Ok(show::<()>(Err(error))),
            };
            if let Err(errors) = verifik_flow::validate_update(&stored, &partial) {
                let merged = format!("{} merged into flow {}", name, args.id);
                for violation in &errors {
                    say(&human_line(&merged, violation));
                }
                eprintln!("error: the flow would break the rules above; nothing was sent");
                return Ok(ExitCode::from(1));
            }
        }
        Ok(show(client.update(&args.id, &partial).await))
    })
}
