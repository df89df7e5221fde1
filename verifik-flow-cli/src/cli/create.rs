//! `verifik-flow create FILE`: validate, then create on Verifik.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use verifik_flow::Lang;

use super::input::{display_name, read_limited};
use super::remote::{remote, say, show};
use super::render::human_line;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The flow's JSON body.
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

pub(crate) fn run(args: Args, lang: Lang) -> io::Result<ExitCode> {
    remote(
        |client| async move {
            let file = args.file;
            let name = display_name(&file);
            let bytes = match read_limited(&file, lang) {
                Ok(bytes) => bytes,
                Err(error) => {
                    note!(
                        "error: {}",
                        super::words::of(lang).cannot_read(&name, &error)
                    );
                    return Ok(ExitCode::from(1));
                }
            };
            // The typed flow is what is sent: the file's `$schema` editor hint stays here.
            let flow = match verifik_flow::validate_flow_slice(&bytes) {
                Ok(flow) => flow,
                Err(errors) => {
                    for violation in &errors {
                        say(&human_line(&name, violation, lang), lang);
                    }
                    note!(
                        "error: {}",
                        super::words::of(lang).breaks_the_rules_above(&name)
                    );
                    return Ok(ExitCode::from(1));
                }
            };
            Ok(show(client.create_flow(&flow).await, lang))
        },
        lang,
    )
}
