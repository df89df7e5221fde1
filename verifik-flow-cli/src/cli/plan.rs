//! `verifik-flow plan DIR`: what `apply` would do to make Verifik's flows what the files of
//! DIR say, and nothing else.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use verifik_flow::ProjectId;
use verifik_flow::plan::{PlanOptions, plan};

use super::flows::{human, markdown, no_plan, one, projects, read_dir, remote_flows, saved};
use super::remote::{remote, say, show};
use super::words;

/// How a plan is shown.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// One line a flow and one a changed key.
    Human,
    /// A versioned JSON document (what `--out` saves).
    Json,
    /// Markdown, for a job summary or a pull-request comment.
    Markdown,
}

// Each flag is one of the command's switches, as Terraform's `plan` has them.
#[allow(clippy::struct_excessive_bools)]
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The flows directory: flow files (`*.json`) and `verifik-flow.lock`.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Plan the files for this project instead of their own (staging, then production).
    #[arg(long, value_name = "ID")]
    pub project: Option<ProjectId>,
    /// Delete the flows the inventory names whose file is gone (else they are listed).
    #[arg(long)]
    pub allow_delete: bool,
    /// Create again a flow the inventory names that no longer exists (else an error).
    #[arg(long)]
    pub recreate: bool,
    /// Show the whitelist's people (names, e-mails, phones) instead of counting them.
    #[arg(long)]
    pub show_personal_data: bool,
    /// How to show the plan.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Exit 2 when there are changes (0: nothing to do; every error is 1).
    #[arg(long)]
    pub detailed_exitcode: bool,
    /// Save the plan, for `apply PLAN`.
    #[arg(long, value_name = "PLAN")]
    pub out: Option<PathBuf>,
}

impl Args {
    pub(crate) fn options(&self) -> PlanOptions {
        PlanOptions {
            project: self.project.as_ref().map(|p| p.as_str().to_owned()),
            allow_delete: self.allow_delete,
            recreate: self.recreate,
        }
    }
}

pub(crate) fn run(args: Args) -> io::Result<ExitCode> {
    let (files, inventory) = match read_dir(&args.dir) {
        Ok(read) => read,
        Err(code) => return Ok(code),
    };
    remote(|client| async move {
        let in_play = projects(&files, &inventory, args.project.as_ref());
        let records = match remote_flows(&client, &in_play).await {
            Ok(records) => records,
            Err(error) => return Ok(one(show::<()>(Err(error)))),
        };
        let planned = match plan(&files, &records, &inventory, &args.options()) {
            Ok(planned) => planned,
            Err(errors) => return Ok(no_plan(&errors)),
        };
        let document = saved(&planned, client.base_url());
        if let Some(out) = &args.out {
            let text = serde_json::to_string_pretty(&document).map_err(io::Error::other)? + "\n";
            if let Err(error) = std::fs::write(out, text) {
                note!(
                    "error: {}",
                    words::cannot_save_plan(&out.display().to_string(), &error)
                );
                return Ok(ExitCode::from(1));
            }
        }
        let written = match args.format {
            Format::Human => human(&planned, args.show_personal_data)
                .iter()
                .all(|line| say(line)),
            Format::Markdown => say(markdown(&planned, args.show_personal_data).trim_end()),
            Format::Json => {
                say(&serde_json::to_string_pretty(&document).map_err(io::Error::other)?)
            }
        };
        Ok(if !written {
            ExitCode::from(1)
        } else if args.detailed_exitcode && !planned.is_empty() {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        })
    })
}
