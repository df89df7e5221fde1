//! `verifik-flow get ID`.

use std::io;
use std::process::ExitCode;

use verifik_flow::Lang;

use super::remote::{flow_id, remote, show};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The flow's ID: its `_id`, as Verifik wrote it.
    #[arg(value_name = "ID", value_parser = flow_id)]
    id: String,
}

pub(crate) fn run(args: Args, lang: Lang) -> io::Result<ExitCode> {
    remote(
        |client| async move { Ok(show(client.get(&args.id).await, lang)) },
        lang,
    )
}
