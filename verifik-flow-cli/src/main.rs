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
    // Chosen before clap parses the arguments, so that its refusal of a value (`--set`, an
    // ID) is worded in it too.
    let lang = match cli::lang::choose(cli::lang::flag_in(args.iter().cloned())) {
        Ok(lang) => lang,
        Err(error) => {
            cli::write_note(format_args!("error: {error}"));
            return failure;
        }
    };
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(error) => return cli::exit::usage(&error, failure, lang),
    };
    let result = match cli.command {
        Command::Validate(args) => Ok(cli::validate::run(&args, lang)),
        Command::Schema => cli::schema::run(lang),
        Command::New(args) => cli::new::run(&args, lang),
        Command::Create(args) => cli::create::run(args, lang),
        Command::Get(args) => cli::get::run(args, lang),
        Command::Update(args) => cli::update::run(args, lang),
        Command::List(args) => cli::list::run(args, lang),
        Command::Delete(args) => cli::delete::run(args, lang),
        Command::Pull(args) => cli::pull::run(args, lang),
        Command::Plan(args) => cli::plan::run(args, lang),
        Command::Apply(args) => cli::apply::run(&args, lang),
        Command::Preview(args) => cli::preview::run(&args, lang),
        Command::Serve(args) => cli::serve::run(args, lang),
        Command::Trigger(args) => cli::trigger::run(args, lang),
    };
    match result {
        Ok(code) => code,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            cli::write_note(format_args!(
                "error: {}",
                verifik_flow::io_error_in(&error, lang)
            ));
            failure
        }
    }
}
