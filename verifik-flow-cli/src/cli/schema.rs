//! `verifik-flow schema`: the JSON Schema, as committed, in the chosen language (its texts:
//! the rules are the same).

use std::io::{self, Write};
use std::process::ExitCode;

pub(crate) fn run(lang: verifik_flow::Lang) -> io::Result<ExitCode> {
    io::stdout()
        .lock()
        .write_all(verifik_flow::schema_text_in(lang).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
