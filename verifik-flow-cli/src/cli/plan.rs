//! `verifik-flow plan DIR`: what `apply` would do to make Verifik's flows what the files of
//! DIR say, and nothing else.

use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use verifik_flow::Lang;
use verifik_flow::ProjectId;
use verifik_flow::plan::{FlowsDir, PlanOptions, SavedPlan, plan, projects_in_play};

use super::flows::{human, markdown, no_plan, one, read_dir, remote_flows};
use super::remote::{remote, say, show};
use super::words;

/// How a plan is shown.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// One line a flow and one a changed key.
    Human,
    /// The saved plan's JSON document (what `--out` writes).
    Json,
    /// Markdown, for a job summary or a pull-request comment.
    Markdown,
}

/// The options that decide what a plan does: `plan` and `apply DIR` share them.
#[derive(clap::Args)]
pub(crate) struct Shape {
    /// Plan the files for this project instead of their own (staging, then production).
    #[arg(long, value_name = "ID")]
    pub project: Option<ProjectId>,
    /// Delete the flows the inventory names whose file is gone (else they are listed).
    #[arg(long)]
    pub allow_delete: bool,
    /// Create again a flow the inventory names that no longer exists (else an error).
    #[arg(long)]
    pub recreate: bool,
}

impl Shape {
    pub(crate) fn options(&self) -> PlanOptions {
        PlanOptions {
            project: self.project.as_ref().map(|p| p.as_str().to_owned()),
            allow_delete: self.allow_delete,
            recreate: self.recreate,
        }
    }
}

// Each flag is one of the command's switches, as Terraform's `plan` has them.
#[allow(clippy::struct_excessive_bools)]
#[derive(clap::Args)]
pub(crate) struct Args {
    /// The flows directory: flow files (`*.json`) and `verifik-flow.lock`.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    #[command(flatten)]
    pub shape: Shape,
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
    /// Also write the plan as a page: each create, update and delete shown on its flow's
    /// journey, what changes marked before and after (for people who do not read JSON).
    #[arg(long, value_name = "PLAN.html")]
    pub html: Option<PathBuf>,
}

pub(crate) fn run(args: Args, lang: Lang) -> io::Result<ExitCode> {
    let dir = FlowsDir::open(&args.dir);
    let contents = match read_dir(&dir, lang) {
        Ok(contents) => contents,
        Err(code) => return Ok(code),
    };
    let options = args.shape.options();
    remote(
        |client| async move {
            let in_play = projects_in_play(&contents.files, &options);
            let records = match remote_flows(&client, &in_play).await {
                Ok(records) => records,
                Err(error) => return Ok(one(show::<()>(Err(error), lang))),
            };
            let planned = match plan(&contents.files, &records, &contents.inventory, &options) {
                Ok(planned) => planned,
                Err(errors) => return Ok(no_plan(&errors, lang)),
            };
            let relative = args.out.as_deref().map_or_else(
                || args.dir.display().to_string(),
                |out| relative_to(&args.dir, out),
            );
            let saved = SavedPlan::new(&planned, &contents, &options, client.base_url(), &relative);
            if let Some(out) = &args.out
                && let Err(error) = std::fs::write(out, saved.to_json())
            {
                note!(
                    "error: {}",
                    words::of(lang).cannot_save_plan(&out.display().to_string(), &error)
                );
                return Ok(ExitCode::from(1));
            }
            if let Some(html) = &args.html {
                let page = verifik_flow::preview::Preview::new(lang)
                    .show_personal_data(args.show_personal_data)
                    .plan(&planned);
                if let Err((path, error)) = super::preview::write_file(html, &page) {
                    let shown = verifik_flow::printable(&path.display().to_string()).into_owned();
                    note!(
                        "error: {}",
                        words::of(lang).cannot_write_preview(&shown, &error)
                    );
                    return Ok(ExitCode::from(1));
                }
            }
            let page_name = args
                .html
                .as_deref()
                .map(|html| verifik_flow::printable(&html.display().to_string()).into_owned());
            let written = match args.format {
                Format::Human => human(&planned, args.show_personal_data, lang)
                    .iter()
                    .all(|line| say(line, lang)),
                Format::Markdown => say(
                    markdown(
                        &planned,
                        args.show_personal_data,
                        client.base_url(),
                        page_name.as_deref(),
                        lang,
                    )
                    .trim_end(),
                    lang,
                ),
                Format::Json => say(saved.to_json().trim_end(), lang),
            };
            Ok(if !written {
                ExitCode::from(1)
            } else if args.detailed_exitcode && !planned.is_empty() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            })
        },
        lang,
    )
}

/// `dir` as a path from the folder of the plan file `out` (what `apply PLAN` joins to that
/// folder): relative when both are, else `dir` made absolute.
fn relative_to(dir: &Path, out: &Path) -> String {
    let absolute = |path: &Path| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = absolute(dir);
    let folder = absolute(out.parent().unwrap_or(Path::new(".")));
    let (dir_parts, folder_parts): (Vec<_>, Vec<_>) =
        (dir.components().collect(), folder.components().collect());
    let shared = dir_parts
        .iter()
        .zip(&folder_parts)
        .take_while(|(a, b)| a == b)
        .count();
    if shared == 0 {
        return dir.display().to_string();
    }
    let mut path = PathBuf::new();
    for _ in shared..folder_parts.len() {
        path.push("..");
    }
    for part in &dir_parts[shared..] {
        path.push(part);
    }
    if path.as_os_str().is_empty() {
        ".".into()
    } else {
        path.display().to_string()
    }
}
