//! `verifik-flow`: check Verifik project-flow files, print the schema, start a body, send
//! flows to Verifik and run a local stand-in. One module a command, under `cli/`.

mod cli;

use std::io;
use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};

fn main() -> ExitCode {
    // Chosen before clap parses the arguments, so that the value parsers (`--set`, an ID)
    // word their refusals in it too.
    if let Err(error) = cli::lang::choose(cli::lang::flag_in(std::env::args_os())) {
        cli::write_note(format_args!("error: {error}"));
        return ExitCode::from(2);
    }
    let cli = Cli::parse();
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
        Command::Apply(args) => cli::apply::run(args),
        Command::Serve(args) => cli::serve::run(args),
    };
    match result {
        Ok(code) => code,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            cli::write_note(format_args!("error: {error}"));
            ExitCode::from(2)
        }
    }
}
