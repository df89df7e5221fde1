//! `verifik-flow apply DIR` or `apply PLAN`: creates, then updates, then deletes, as the plan
//! says; a saved plan only while no flow it touches changed since.

use std::collections::BTreeMap;
use std::io::{self, BufRead as _, IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::Value;
use verifik_flow::ProjectId;
use verifik_flow::client::Client;
use verifik_flow::plan::{Action, PLAN_FORMAT, Plan, PlanOptions, plan, remote_meaning};

use super::flows::{
    human, no_plan, one, projects, read_dir, read_inventory, remote_flows, write_inventory,
};
use super::lang::lang;
use super::remote::{remote, say, show};
use super::words::{self, BadPlan, Stale};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// A flows directory (planned now), or a plan saved by `plan --out`.
    #[arg(value_name = "DIR|PLAN")]
    target: PathBuf,
    /// With a directory: apply the files to this project instead of their own.
    #[arg(long, value_name = "ID")]
    project: Option<ProjectId>,
    /// With a directory: delete the flows the inventory names whose file is gone.
    #[arg(long)]
    allow_delete: bool,
    /// With a directory: create again a flow the inventory names that no longer exists.
    #[arg(long)]
    recreate: bool,
    /// Apply without asking (what CI does; without a terminal, apply refuses without it).
    #[arg(long)]
    auto_approve: bool,
    /// The longest wait, in seconds, between the tries of one call that Verifik refused for
    /// now (its `Retry-After`, else a growing pause): past it, that call fails.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    max_wait: u64,
    /// The flows directory whose inventory a saved plan updates (default: the folder of the
    /// plan file).
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

pub(crate) fn run(args: Args) -> io::Result<ExitCode> {
    if args.target.is_dir() {
        from_dir(args)
    } else {
        from_saved(&args)
    }
}

fn from_dir(args: Args) -> io::Result<ExitCode> {
    let dir = args.target.clone();
    let (files, inventory) = match read_dir(&dir) {
        Ok(read) => read,
        Err(code) => return Ok(code),
    };
    let max_wait = std::time::Duration::from_secs(args.max_wait);
    remote(|client| async move {
        let client = client.with_max_wait(max_wait);
        let in_play = projects(&files, &inventory, args.project.as_ref());
        let records = match remote_flows(&client, &in_play).await {
            Ok(records) => records,
            Err(error) => return Ok(one(show::<()>(Err(error)))),
        };
        let options = PlanOptions {
            project: args.project.as_ref().map(|p| p.as_str().to_owned()),
            allow_delete: args.allow_delete,
            recreate: args.recreate,
        };
        let planned = match plan(&files, &records, &inventory, &options) {
            Ok(planned) => planned,
            Err(errors) => return Ok(no_plan(&errors)),
        };
        for line in human(&planned, false) {
            say(&line);
        }
        if planned.is_empty() {
            return Ok(ExitCode::SUCCESS);
        }
        if !approved(args.auto_approve) {
            return Ok(ExitCode::from(1));
        }
        Ok(execute(&client, &planned, &dir).await)
    })
}

fn from_saved(args: &Args) -> io::Result<ExitCode> {
    let shown = args.target.display().to_string();
    let planned = match read_plan(&args.target) {
        Ok(planned) => planned,
        Err(why) => {
            note!(
                "error: {}",
                words::bad_plan(&verifik_flow::printable(&shown), &why)
            );
            return Ok(ExitCode::from(1));
        }
    };
    let (base_url, planned) = planned;
    let dir = args.dir.clone().unwrap_or_else(|| {
        args.target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    });
    let max_wait = std::time::Duration::from_secs(args.max_wait);
    remote(|client| async move {
        let client = client.with_max_wait(max_wait);
        if client.base_url() != base_url {
            note!(
                "error: {}",
                // The saved plan's URL is input: escaped as every output of input is.
                words::other_base_url(&verifik_flow::printable(&base_url), client.base_url())
            );
            return Ok(ExitCode::from(1));
        }
        let in_play = planned.projects.iter().cloned().collect();
        let records = match remote_flows(&client, &in_play).await {
            Ok(records) => records,
            Err(error) => return Ok(one(show::<()>(Err(error)))),
        };
        let stale = stale(&planned, &records);
        if !stale.is_empty() {
            for why in &stale {
                note!(
                    "error: {}",
                    words::stale_plan(&verifik_flow::printable(why))
                );
            }
            note!("error: {}", words::plan_again());
            return Ok(ExitCode::from(1));
        }
        for line in human(&planned, false) {
            say(&line);
        }
        if planned.is_empty() {
            return Ok(ExitCode::SUCCESS);
        }
        Ok(execute(&client, &planned, &dir).await)
    })
}

/// A saved plan, and the base URL it was made against.
fn read_plan(path: &Path) -> Result<(String, Plan), BadPlan> {
    let text = std::fs::read_to_string(path).map_err(|e| BadPlan::Unreadable(e.to_string()))?;
    let document: Value =
        serde_json::from_str(&text).map_err(|e| BadPlan::NotJson(e.to_string()))?;
    let format = document.get("format_version").and_then(Value::as_u64);
    match format {
        Some(f) if f == u64::from(PLAN_FORMAT) => {}
        Some(f) => return Err(BadPlan::Format(f, PLAN_FORMAT)),
        None => return Err(BadPlan::NotAPlan(None)),
    }
    let base_url = document
        .get("base_url")
        .and_then(Value::as_str)
        .ok_or(BadPlan::NoBaseUrl)?
        .to_owned();
    let plan: Plan = serde_json::from_value(document.get("plan").cloned().unwrap_or(Value::Null))
        .map_err(|e| BadPlan::NotAPlan(Some(e.to_string())))?;
    Ok((base_url, plan))
}

/// What changed since `plan` was made, each naming its flow.
fn stale(plan: &Plan, records: &[verifik_flow::ProjectFlowRecord]) -> Vec<String> {
    let by_id: BTreeMap<&str, &verifik_flow::ProjectFlowRecord> =
        records.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut found = Vec::new();
    for step in &plan.steps {
        match (&step.action, &step.remote_id) {
            (Action::Create, _) => {
                let exists = records.iter().any(|r| {
                    r.project.as_deref() == Some(step.project.as_str())
                        && r.flow_type.map(verifik_flow::FlowType::as_str)
                            == Some(step.flow_type.as_str())
                        && step.name.is_some()
                        && r.name.as_deref().map(str::trim) == step.name.as_deref()
                });
                if exists {
                    found.push(words::stale(
                        &step.file,
                        &Stale::NamedExists(step.name.as_deref().unwrap_or_default()),
                    ));
                }
            }
            (_, Some(id)) => match by_id.get(id.as_str()) {
                None => found.push(words::stale(&step.file, &Stale::Gone(id))),
                Some(record) => {
                    let updated = record.raw().get("updatedAt").and_then(Value::as_str);
                    let meaning = step
                        .send
                        .as_ref()
                        .map(|_| remote_meaning(record, step.remote_body.as_ref()));
                    let changed = updated != step.remote_updated_at.as_deref()
                        || (step.remote_body.is_some()
                            && meaning
                                .as_ref()
                                .map(|m| strip_unset(m, step.remote_body.as_ref()))
                                != step.remote_body.clone());
                    if changed {
                        found.push(words::stale(&step.file, &Stale::Changed(id)));
                    }
                }
            },
            _ => {}
        }
    }
    found
}

/// `meaning` with only the keys `like` has (the keys a file left to others stay out).
fn strip_unset(meaning: &Value, like: Option<&Value>) -> Value {
    match (meaning, like) {
        (Value::Object(m), Some(Value::Object(l))) => Value::Object(
            m.iter()
                .filter(|(k, _)| l.contains_key(*k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        (m, _) => m.clone(),
    }
}

/// Whether to go on: `--auto-approve`, or `yes` typed at a terminal. Without a terminal and
/// without the flag, no: apply never waits on an input nobody types.
fn approved(auto: bool) -> bool {
    if auto {
        return true;
    }
    if !io::stdin().is_terminal() {
        note!("error: {}", words::no_terminal_to_ask());
        return false;
    }
    let _ = write!(io::stderr(), "{}", words::confirm());
    let _ = io::stderr().flush();
    let mut answer = String::new();
    if io::stdin().lock().read_line(&mut answer).is_err() || answer.trim() != "yes" {
        note!("{}", words::not_applied());
        return false;
    }
    true
}

/// Sends the plan's steps in order, each reported; the inventory records what was done, even
/// when a step failed (so that `apply` again converges).
async fn execute(client: &Client, plan: &Plan, dir: &Path) -> ExitCode {
    let mut created = BTreeMap::new();
    let mut kept = Vec::new(); // deletes that failed: their flows stay in the inventory
    let mut failed = 0;
    let mut done = 0;
    for step in &plan.steps {
        let name = verifik_flow::printable(&step.file).into_owned();
        let outcome = match step.action {
            Action::Unchanged => continue,
            Action::Create => match step.send.as_ref() {
                Some(body) => client.create_value(body).await.map(|record| {
                    created.insert(step.file.clone(), record.id.clone());
                    words::step_done(Action::Create, &verifik_flow::printable(&record.id))
                }),
                None => continue,
            },
            Action::Update => match (step.remote_id.as_ref(), step.send.as_ref()) {
                (Some(id), Some(partial)) => client
                    .update(id, partial)
                    .await
                    .map(|_| words::step_done(Action::Update, &verifik_flow::printable(id))),
                _ => continue,
            },
            Action::Delete => match step.remote_id.as_ref() {
                Some(id) => client
                    .delete(id)
                    .await
                    .map(|_| words::step_done(Action::Delete, &verifik_flow::printable(id))),
                None => continue,
            },
        };
        match outcome {
            Ok(what) => {
                done += 1;
                say(&format!("{name}: {what}"));
            }
            Err(error) => {
                failed += 1;
                if step.action == Action::Delete {
                    kept.push(step);
                }
                note!(
                    "error: {}",
                    words::step_failed(&name, &error.message_in(lang()))
                );
            }
        }
    }
    let before = read_inventory(dir).unwrap_or_default();
    let mut after = plan.inventory_after(&before, &created);
    for step in kept {
        if let Some(id) = &step.remote_id {
            after.set(&step.project, &step.file, id);
        }
    }
    if let Err(error) = write_inventory(dir, &after) {
        note!(
            "error: {}",
            words::cannot_write_inventory(&dir.display().to_string(), &error)
        );
        return ExitCode::from(1);
    }
    say(&words::applied(done, failed));
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
