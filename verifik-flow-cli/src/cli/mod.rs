//! The commands: one module each, and what they share (reading files, rendering
//! diagnostics, calling Verifik).

use clap::{Parser, Subcommand};

/// Writes a line on standard error, as `eprintln!` does, but a standard error that cannot be
/// written (closed, a full disk) changes nothing: the exit status still tells what happened
/// (`eprintln!` would panic, and the process exit 101 with no message at all).
macro_rules! note {
    ($($arg:tt)*) => {
        $crate::cli::write_note(format_args!($($arg)*))
    };
}

/// What [`note!`] writes with.
pub(crate) fn write_note(line: std::fmt::Arguments<'_>) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}

pub(crate) mod apply;
pub(crate) mod create;
pub(crate) mod delete;
pub(crate) mod exit;
pub(crate) mod flows;
pub(crate) mod get;
pub(crate) mod input;
pub(crate) mod lang;
pub(crate) mod list;
pub(crate) mod new;
pub(crate) mod plan;
pub(crate) mod preview;
pub(crate) mod pull;
pub(crate) mod refusal;
pub(crate) mod remote;
pub(crate) mod render;
pub(crate) mod report;
pub(crate) mod schema;
pub(crate) mod serve;
pub(crate) mod trigger;
pub(crate) mod update;
pub(crate) mod validate;
pub(crate) mod words;

/// Check Verifik project flows (the body of `POST /v2/project-flows`), send them to Verifik,
/// or run a local stand-in.
#[derive(Parser)]
#[command(name = "verifik-flow", version, about, long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of the messages: `en` or `es`. Without it, VERIFIK_FLOW_LANG, else the
    /// locale (LC_ALL, LC_MESSAGES, LANG), else English. Rule names, pointers and the machine
    /// formats are the same in every language; this help stays English.
    #[allow(clippy::doc_markdown)] // clap's help text, shown as it is written
    #[allow(dead_code)] // read before parsing (`lang::flag_in`); declared for `--help` and its check
    #[arg(long, global = true, value_name = "en|es")]
    pub lang: Option<verifik_flow::Lang>,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Check flow files against every rule; exit 0 when all are valid, 1 when any is not,
    /// 2 when a file cannot be read.
    Validate(validate::Args),
    /// Print the JSON Schema (the same text as `schema/project-flow.schema.json`; with
    /// `--lang es`, `schema/project-flow.schema.es.json`).
    Schema,
    /// Print a starter body that validates: Smart Enroll (`--type onboarding`, the default) or
    /// Smart Access (`--type login`).
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
    /// Write every flow of a project as a file of DIR, with the inventory of which flow each
    /// file manages (flows as code).
    Pull(pull::Args),
    /// Show what `apply` would do to make Verifik's flows what the files of DIR say: exit 0
    /// (nothing to do) or, with --detailed-exitcode, 2 (changes); every error is 1.
    Plan(plan::Args),
    /// Make Verifik's flows what the files of DIR (or a saved plan) say: creates, updates,
    /// then deletes (only of flows the inventory names, with --allow-delete).
    Apply(apply::Args),
    /// Write a page for each flow file: the journey it makes a person go through, for the
    /// people who decide a flow and do not read JSON (one file: to standard output, or
    /// --out FILE.html; several: --out DIR, with an index).
    Preview(preview::Args),
    /// Run a local stand-in for Verifik's project-flow endpoints, for tests without
    /// credentials. Prints `export VERIFIK_BASE_URL=...` (and, when --token is left out, the
    /// random token it made as `export VERIFIK_TOKEN=...`) to point the CLI at it.
    Serve(serve::Args),
    /// On the stand-in only: register a person on an onboarding flow and sync them to where
    /// EVENT fires, so that its webhook receiver gets it. Refused (exit 1, nothing sent) for a
    /// server that does not name itself as the stand-in, or an event the flow cannot make.
    Trigger(trigger::Args),
}
