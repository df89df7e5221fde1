//! What `plan`, `apply` and `pull` share: a flows directory (its flow files and its
//! inventory), the remote flows of its projects, and how a plan is shown.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{Value, json};
use verifik_flow::client::{Client, ClientError};
use verifik_flow::plan::{Action, INVENTORY_FILE, Inventory, LocalFile, Plan};
use verifik_flow::{ProjectFlowRecord, ProjectId, RecordStatus};

use super::input::{display_name, read_limited};
use super::lang::lang;
use super::remote::say;
use super::render::human_line;
use super::words;

/// The flow files of `dir` (`*.json` directly in it, by name) and its inventory; else the
/// exit code, every problem said (each file's violations with their lines).
pub(crate) fn read_dir(dir: &Path) -> Result<(Vec<LocalFile>, Inventory), ExitCode> {
    let entries = std::fs::read_dir(dir).map_err(|error| {
        note!(
            "error: {}",
            words::cannot_read_flows_dir(&display_name(dir), &error)
        );
        ExitCode::from(1)
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "json") && path.is_file())
        .collect();
    paths.sort();
    let mut files = Vec::new();
    let mut broken = false;
    for path in paths {
        let shown = display_name(&path);
        let bytes = match read_limited(&path) {
            Ok(bytes) => bytes,
            Err(error) => {
                note!("error: {}", words::cannot_read(&shown, &error));
                broken = true;
                continue;
            }
        };
        match check(&bytes) {
            Ok(body) => files.push(LocalFile {
                name: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                body,
            }),
            Err(lines) => {
                for violation in &lines {
                    say(&human_line(&shown, violation));
                }
                broken = true;
            }
        }
    }
    let inventory = read_inventory(dir).map_err(|why| {
        note!("error: {why}");
        ExitCode::from(1)
    })?;
    if broken {
        note!("error: {}", words::fix_the_files_above());
        return Err(ExitCode::from(1));
    }
    Ok((files, inventory))
}

/// A flow file's body, checked by every rule (`paused`, the status of a flow that exists, is
/// allowed here); else its violations, located in its text.
fn check(bytes: &[u8]) -> Result<Value, Vec<verifik_flow::Violation>> {
    let errors = match verifik_flow::validate_flow_slice(bytes) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.into_vec(),
    };
    let value: Option<Value> = serde_json::from_slice(verifik_flow::strip_bom(bytes)).ok();
    // Decided on the value, by rule and place: `status: paused` is the only thing the body
    // rules refuse that a file here may hold.
    let paused = value
        .as_ref()
        .and_then(|v| v.get("status"))
        .and_then(Value::as_str)
        == Some(RecordStatus::Paused.as_str());
    let others: Vec<verifik_flow::Violation> = errors
        .into_iter()
        .filter(|v| !(paused && v.pointer() == "/status" && v.rule() == verifik_flow::Rule::Enum))
        .collect();
    match value {
        Some(value) if others.is_empty() => Ok(value),
        _ => Err(others),
    }
}

/// The inventory of `dir`, or an empty one when there is none yet.
pub(crate) fn read_inventory(dir: &Path) -> Result<Inventory, String> {
    let path = dir.join(INVENTORY_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => Inventory::from_json(&text).map_err(|why| {
            // serde's words may quote the file: escaped as every output of input is.
            let why = verifik_flow::printable(why.get(lang())).into_owned();
            format!("{}: {why}", display_name(&path))
        }),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Inventory::new()),
        Err(error) => Err(words::cannot_read(&display_name(&path), &error)),
    }
}

/// Writes the inventory of `dir`.
pub(crate) fn write_inventory(dir: &Path, inventory: &Inventory) -> std::io::Result<()> {
    std::fs::write(dir.join(INVENTORY_FILE), inventory.to_json())
}

/// The projects whose flows a plan reads: the override, or the files' and the inventory's.
pub(crate) fn projects(
    files: &[LocalFile],
    inventory: &Inventory,
    over: Option<&ProjectId>,
) -> BTreeSet<String> {
    match over {
        Some(project) => BTreeSet::from([project.as_str().to_owned()]),
        None => files
            .iter()
            .filter_map(|f| {
                f.body
                    .get("project")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            })
            .chain(inventory.projects.keys().cloned())
            .collect(),
    }
}

/// Every flow of `projects`, listed a hundred at a time.
pub(crate) async fn remote_flows(
    client: &Client,
    projects: &BTreeSet<String>,
) -> Result<Vec<ProjectFlowRecord>, ClientError> {
    let mut flows = Vec::new();
    for project in projects {
        let Ok(id) = project.parse::<ProjectId>() else {
            continue;
        };
        flows.extend(client.list_all(&id, None).await?);
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
    format!(
        "{} ({}{name}){id}{}",
        verifik_flow::printable(&step.file),
        step.flow_type,
        if step.adopted { words::adopted() } else { "" }
    )
}

/// The plan as people read it: one line a flow, one a changed key.
pub(crate) fn human(plan: &Plan, personal: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let [create, update, delete] = words::step_verbs();
    for step in &plan.steps {
        let sign = match step.action {
            Action::Create => format!("+ {create}"),
            Action::Update => format!("~ {update}"),
            Action::Delete => format!("- {delete}"),
            Action::Unchanged => continue,
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
    let [create, update, delete] = words::step_verbs();
    for step in &plan.steps {
        let sign = match step.action {
            Action::Create => format!("➕ {create}"),
            Action::Update => format!("✏️ {update}"),
            Action::Delete => format!("🗑️ {delete}"),
            Action::Unchanged => continue,
        };
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

/// A saved plan: the plan, the base URL it was made against, and its format.
pub(crate) fn saved(plan: &Plan, base_url: &str) -> Value {
    json!({ "format_version": plan.format_version, "base_url": base_url, "plan": plan })
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
