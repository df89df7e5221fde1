//! The commands: one module each, and what they share (reading files, rendering
//! diagnostics, calling Verifik).

use clap::{Parser, Subcommand};

pub(crate) mod create;
pub(crate) mod delete;
pub(crate) mod get;
pub(crate) mod input;
pub(crate) mod list;
pub(crate) mod new;
pub(crate) mod remote;
pub(crate) mod render;
pub(crate) mod report;
pub(crate) mod schema;
pub(crate) mod serve;
pub(crate) mod update;
pub(crate) mod validate;

/// Check Verifik project flows (the body of `POST /v2/project-flows`), send them to Verifik,
/// or run a local stand-in.
#[derive(Parser)]
#[command(name = "verifik-flow", version, about, long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Check flow files against every rule; exit 0 when all are valid, 1 when any is not,
    /// 2 when a file cannot be read.
    Validate(validate::Args),
    /// Print the JSON Schema (the same text as `schema/project-flow.schema.json`).
    Schema,
    /// Print a Smart Enroll starter body that validates.
    New(new::Args),
    /// Create a flow from a file (`-` reads standard input) on Verifik, after checking it.
    /// Uses VERIFIK_TOKEN and VERIFIK_BASE_URL.
    Create(create::Args),
    /// Print a stored flow.
    Get(get::Args),
    /// Change some keys of a stored flow (`PUT`), after checking each key sent.
    Update(update::Args),
    /// List stored flows, one page.
    List(list::Args),
    /// Delete a stored flow.
    Delete(delete::Args),
    /// Run a local stand-in for Verifik's project-flow endpoints, for tests without
    /// credentials. The token is `--token` or, when it is left out, VERIFIK_TOKEN.
    Serve(serve::Args),
}
