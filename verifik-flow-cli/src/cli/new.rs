//! `verifik-flow new`: a starter body from the documentation page's preset.

use std::io::{self, Write};
use std::process::ExitCode;

use verifik_flow::{ProjectFlow, ProjectId, Target};

use super::remote::wire;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// Who is onboarded.
    #[arg(long, default_value = "personal", value_parser = wire::<Target>(Target::WIRE))]
    target: Target,
    /// Your Verifik project ID (24 hex digits); a placeholder when left out.
    #[arg(long)]
    project: Option<ProjectId>,
    /// The flow's name.
    #[arg(long, default_value = "Smart Enroll Project Flow")]
    name: String,
}

pub(crate) fn run(args: &Args) -> io::Result<ExitCode> {
    let placeholder = args.project.is_none();
    let project = args.project.clone().unwrap_or_else(|| {
        verifik_flow::PLACEHOLDER_PROJECT
            .parse()
            .expect("the placeholder is 24 hex digits")
    });
    let flow = match ProjectFlow::smart_enroll_for(args.target, project, &args.name).build() {
        Ok(flow) => flow,
        Err(errors) => {
            eprintln!("error: the starter body does not validate (a bug):\n{errors}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let mut text = serde_json::to_string_pretty(&flow).map_err(io::Error::other)?;
    text.push('\n');
    if placeholder {
        eprintln!("note: `project` is a placeholder; give yours with --project <24 hex digits>");
    }
    io::stdout().lock().write_all(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
