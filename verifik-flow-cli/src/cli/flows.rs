//! What `plan`, `apply` and `pull` share: a flows directory (its flow files and its
//! inventory), the remote flows of its projects, and how a plan is shown.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::Value;
use verifik_flow::ProjectFlowRecord;
use verifik_flow::client::{Client, ClientError};
use verifik_flow::plan::{Action, DirContents, FileProblem, FlowsDir, Plan, Remote};

use super::input::display_name;
use super::lang::lang;
use super::remote::say;
use super::render::human_line;
use super::words;

/// The flows directory `dir` as read (its flow files, their digests, the inventory); else the
/// exit code, every problem said (each file's violations with their lines).
pub(crate) fn read_dir(dir: &FlowsDir) -> Result<DirContents, ExitCode> {
    let contents = dir.read().map_err(|error| {
        note!("error: {}", error.message_in(lang()));
        ExitCode::from(1)
    })?;
    if contents.problems.is_empty() {
        return Ok(contents);
    }
    for problem in &contents.problems {
        match problem {
            FileProblem::Unreadable { name, error } => {
                let shown = display_name(&dir.path().join(name));
                note!("error: {}", words::cannot_read(&shown, error));
            }
            FileProblem::Invalid { name, errors, .. } => {
                let shown = display_name(&dir.path().join(name));
                for violation in errors {
                    say(&human_line(&shown, violation));
                }
            }
            _ => {}
        }
    }
    note!("error: {}", words::fix_the_files_above());
    Err(ExitCode::from(1))
}

/// Every flow of `projects`, each project's listing exact.
pub(crate) async fn remote_flows(
    client: &Client,
    projects: &BTreeSet<String>,
) -> Result<Vec<ProjectFlowRecord>, ClientError> {
    let mut flows = Vec::new();
    for project in projects {
        flows.extend(Remote::list(client, project).await?);
    }
    Ok(flows)
}

/// A value as a plan line shows it: short JSON.
fn shown(value: Option<&Value>) -> String {
    value.map_or_else(
        || words::none().to_owned(),
        |v| verifik_flow::printable(&v.to_string()).into_owned(),
    )
}

/// What a change says, with a whitelist's people left out unless `personal`: plans end up in
/// pull requests and job summaries.
fn change_text(change: &verifik_flow::plan::Change, personal: bool) -> String {
    let path = verifik_flow::printable(&change.path()).into_owned();
    if !personal && change.pointer == "/whiteList" {
        let count = |v: Option<&Value>| v.and_then(Value::as_array).map_or(0, Vec::len);
        let (before, after) = (count(change.before.as_ref()), count(change.after.as_ref()));
        return words::whitelist_change(&path, after, before);
    }
    format!(
        "{path}: {} -> {}",
        shown(change.before.as_ref()),
        shown(change.after.as_ref())
    )
}

fn title(step: &verifik_flow::plan::Step) -> String {
    let name = step.name.as_deref().map_or_else(String::new, |n| {
        format!(" \"{}\"", verifik_flow::printable(n))
    });
    let id = step.remote_id.as_deref().map_or_else(String::new, |id| {
        words::flow_id(&verifik_flow::printable(id))
    });
    let how = match &step.moved_from {
        Some(old) => words::moved_from(&verifik_flow::printable(old)),
        None if step.adopted => words::adopted().to_owned(),
        None => String::new(),
    };
    format!(
        "{} ({}{name}){id}{how}",
        verifik_flow::printable(&step.file),
        step.flow_type,
    )
}

/// The plan as people read it: one line a flow, one a changed key.
pub(crate) fn human(plan: &Plan, personal: bool) -> Vec<String> {
    let mut lines = Vec::new();
    for step in &plan.steps {
        let sign = match step.action {
            Action::Unchanged => continue,
            action => format!("{} {}", sign(action), words::step_verb(action)),
        };
        lines.push(format!("{sign} {}", title(step)));
        for change in &step.changes {
            lines.push(format!("    ~ {}", change_text(change, personal)));
        }
    }
    for flow in &plan.unmanaged {
        let file_gone = flow
            .file_gone
            .as_deref()
            .map(|file| verifik_flow::printable(file).into_owned());
        lines.push(words::unmanaged(
            &verifik_flow::printable(&flow.id),
            &flow.name.as_deref().map_or_else(String::new, |n| {
                format!(" \"{}\"", verifik_flow::printable(n))
            }),
            &verifik_flow::printable(&flow.project),
            file_gone.as_deref(),
        ));
    }
    lines.push(plan.summary_in(lang()));
    lines
}

/// The plan for a job summary or a pull-request comment.
pub(crate) fn markdown(plan: &Plan, personal: bool) -> String {
    let mut out = String::from("### verifik-flow plan\n\n");
    for step in &plan.steps {
        let icon = match step.action {
            Action::Create => "➕",
            Action::Update => "✏️",
            Action::Delete => "🗑️",
            Action::Adopt => "📌",
            Action::Move => "➡️",
            Action::Unchanged => continue,
        };
        let sign = format!("{icon} {}", words::step_verb(step.action));
        let _ = writeln!(out, "- {sign} `{}`", title(step).replace('`', "'"));
        for change in &step.changes {
            let _ = writeln!(
                out,
                "  - `{}`",
                change_text(change, personal).replace('`', "'")
            );
        }
    }
    let _ = write!(out, "\n**{}**\n", plan.summary_in(lang()));
    out
}

/// The sign of a step in a human plan: `+` create, `~` update, `-` delete, `=` adopt, `>`
/// move.
fn sign(action: Action) -> &'static str {
    match action {
        Action::Create => "+",
        Action::Update => "~",
        Action::Delete => "-",
        Action::Adopt => "=",
        Action::Move => ">",
        Action::Unchanged => " ",
    }
}

/// Every error of the flows-as-code commands exits 1 (a plan's 2 means changes, and nothing
/// else).
pub(crate) fn one(code: ExitCode) -> ExitCode {
    if code == ExitCode::SUCCESS {
        code
    } else {
        ExitCode::from(1)
    }
}

/// Says why no plan could be made; exit 1, nothing sent.
pub(crate) fn no_plan(errors: &verifik_flow::plan::PlanErrors) -> ExitCode {
    for problem in &errors.0 {
        note!(
            "error: {}",
            verifik_flow::printable(&problem.message_in(lang()))
        );
    }
    note!("error: {}", words::no_plan());
    ExitCode::from(1)
}
