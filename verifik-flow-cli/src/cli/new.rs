//! `verifik-flow new`: a starter body from the documentation page's preset.

use std::io::{self, Write};
use std::process::ExitCode;

use verifik_flow::Lang;
use verifik_flow::{Flow, FlowType, LoginFlow, ProjectFlow, ProjectId, Target};

use super::remote::wire;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The kind of flow: `onboarding` (Smart Enroll) or `login` (Smart Access).
    #[arg(long = "type", default_value = "onboarding", value_parser = wire::<FlowType>(FlowType::WIRE))]
    flow_type: FlowType,
    /// Who is onboarded (onboarding flows).
    #[arg(long, default_value = "personal", value_parser = wire::<Target>(Target::WIRE))]
    target: Target,
    /// Your Verifik project ID (24 hex digits); a placeholder when left out.
    #[arg(long)]
    project: Option<ProjectId>,
    /// The flow's name (default: "Smart Enroll Project Flow" or "Smart Access Project Flow").
    #[arg(long)]
    name: Option<String>,
}

pub(crate) fn run(args: &Args, lang: Lang) -> io::Result<ExitCode> {
    let placeholder = args.project.is_none();
    let project = args.project.clone().unwrap_or_else(|| {
        verifik_flow::PLACEHOLDER_PROJECT
            .parse()
            .expect("the placeholder is 24 hex digits")
    });
    let built: Result<Flow, _> = match args.flow_type {
        FlowType::Login => LoginFlow::smart_access(project)
            .name(args.name.as_deref().unwrap_or("Smart Access Project Flow"))
            .build()
            .map(Flow::from),
        FlowType::Onboarding => ProjectFlow::smart_enroll_for(
            args.target,
            project,
            args.name.as_deref().unwrap_or("Smart Enroll Project Flow"),
        )
        .build()
        .map(Flow::from),
    };
    let flow = match built {
        Ok(flow) => flow,
        Err(errors) => {
            note!("error: --name: {}", errors.message_in(lang));
            return Ok(ExitCode::from(1));
        }
    };
    let mut text = serde_json::to_string_pretty(&flow).map_err(io::Error::other)?;
    text.push('\n');
    if placeholder {
        note!("{}", super::words::of(lang).placeholder_note());
    }
    io::stdout().lock().write_all(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
