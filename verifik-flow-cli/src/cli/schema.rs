//! `verifik-flow schema`: the JSON Schema, as committed.

use std::io::{self, Write};
use std::process::ExitCode;

pub(crate) fn run() -> io::Result<ExitCode> {
    io::stdout()
        .lock()
        .write_all(verifik_flow::schema_text().as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
