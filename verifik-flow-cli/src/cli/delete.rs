//! `verifik-flow delete ID`.

use std::io;
use std::process::ExitCode;

use verifik_flow::ObjectId;

use super::remote::{remote, show};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The flow's ID (24 hex digits).
    id: ObjectId,
}

pub(crate) fn run(args: Args) -> io::Result<ExitCode> {
    remote(|client| async move { Ok(show(client.delete(&args.id).await)) })
}
