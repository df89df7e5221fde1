//! `verifik-flow`: check Verifik project-flow files, print the schema, start a body, send
//! flows to Verifik and run a local stand-in. One module a command, under `cli/`.

mod cli;

use std::io;
use std::process::ExitCode;

use clap::Parser as _;

use cli::{Cli, Command};

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let failure = cli::exit::failure(&args);
    // Chosen before clap parses the arguments, so that the value parsers (`--set`, an ID)
    // word their refusals in it too.
    if let Err(error) = cli::lang::choose(cli::lang::flag_in(args.iter().cloned())) {
        cli::write_note(format_args!("error: {error}"));
        return failure;
    }
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(error) => return cli::exit::usage(&error, failure),
    };
    let result = match cli.command {
        Command::Validate(args) => Ok(cli::validate::run(&args)),
        Command::Schema => cli::schema::run(),
        Command::New(args) => cli::new::run(&args),
        Command::Create(args) => cli::create::run(args),
        Command::Get(args) => cli::get::run(args),
        Command::Update(args) => cli::update::run(args),
        Command::List(args) => cli::list::run(args),
        Command::Delete(args) => cli::delete::run(args),
        Command::Pull(args) => cli::pull::run(args),
        Command::Plan(args) => cli::plan::run(args),
        Command::Apply(args) => cli::apply::run(&args),
        Command::Serve(args) => cli::serve::run(args),
    };
    match result {
        Ok(code) => code,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            cli::write_note(format_args!("error: {error}"));
            failure
        }
    }
}
