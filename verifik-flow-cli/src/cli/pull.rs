//! `verifik-flow pull --project ID DIR`: every flow of a project as a file of DIR, and the
//! inventory that says which flow each file manages; `plan` right after shows nothing to do.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::Value;
use verifik_flow::plan::remote_body;
use verifik_flow::{FlowType, ProjectFlowRecord, ProjectId, RecordStatus};

use super::flows::{read_inventory, write_inventory};
use super::remote::{remote, say, show, wire};

/// Where the schema is written beside the flows, so that editors check them offline.
const SCHEMA_DIR: &str = ".verifik-flow";
const SCHEMA_FILE: &str = "project-flow.schema.json";

#[derive(clap::Args)]
pub(crate) struct Args {
    /// The project whose flows to pull.
    #[arg(long, value_name = "ID")]
    project: ProjectId,
    /// Only flows of this type.
    #[arg(long = "type", value_parser = wire::<FlowType>(FlowType::WIRE))]
    flow_type: Option<FlowType>,
    /// Overwrite files that differ from the flow they hold.
    #[arg(long)]
    force: bool,
    /// The flows directory (created if missing).
    #[arg(value_name = "DIR")]
    dir: PathBuf,
}

pub(crate) fn run(args: Args) -> io::Result<ExitCode> {
    let mut inventory = match read_inventory(&args.dir) {
        Ok(inventory) => inventory,
        Err(why) => {
            note!("error: {why}");
            return Ok(ExitCode::from(1));
        }
    };
    remote(|client| async move {
        let records = match client.list_all(&args.project, args.flow_type).await {
            Ok(records) => records,
            Err(error) => {
                let code = show::<()>(Err(error));
                return Ok(if code == ExitCode::SUCCESS {
                    code
                } else {
                    ExitCode::from(1)
                });
            }
        };
        std::fs::create_dir_all(args.dir.join(SCHEMA_DIR))?;
        std::fs::write(
            args.dir.join(SCHEMA_DIR).join(SCHEMA_FILE),
            verifik_flow::schema_text(),
        )?;
        let project = args.project.as_str().to_owned();
        let by_id: BTreeMap<String, String> = inventory
            .projects
            .get(&project)
            .into_iter()
            .flatten()
            .map(|(file, id)| (id.clone(), file.clone()))
            .collect();
        let mut taken: BTreeSet<String> = by_id.values().cloned().collect();
        let mut refused = 0;
        let mut kept = 0;
        for record in &records {
            let file = by_id.get(&record.id).cloned().unwrap_or_else(|| {
                let name = file_name(record, &taken);
                taken.insert(name.clone());
                name
            });
            let text = file_text(record);
            let path = args.dir.join(&file);
            match std::fs::read_to_string(&path) {
                Ok(existing) if existing != text && !args.force => {
                    note!(
                        "error: {} differs from flow {}: kept as it is (--force overwrites it)",
                        path.display(),
                        record.id
                    );
                    kept += 1;
                    continue;
                }
                _ => std::fs::write(&path, &text)?,
            }
            inventory.set(&project, &file, &record.id);
            say(&format!("{}: flow {}", path.display(), record.id));
            if let Err(errors) = check(record) {
                refused += 1;
                for violation in &errors {
                    note!(
                        "error: {file}: flow {} breaks a rule: {violation}",
                        record.id
                    );
                }
            }
        }
        write_inventory(&args.dir, &inventory)?;
        say(&format!(
            "Pulled {} flows of project {project}.",
            records.len() - kept
        ));
        Ok(if refused > 0 || kept > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    })
}

/// The flow's body checked by our rules (`paused` allowed: the flow exists).
fn check(record: &ProjectFlowRecord) -> Result<(), verifik_flow::ValidationErrors> {
    let mut body = remote_body(record);
    if body.get("status").and_then(Value::as_str) == Some(RecordStatus::Paused.as_str()) {
        body["status"] = Value::from("draft");
    }
    verifik_flow::validate_flow(&body).map(drop)
}

/// `<slug of the name>.verifik-flow.json` (by `_id` when it has no name), with a suffix when
/// that is taken.
fn file_name(record: &ProjectFlowRecord, taken: &BTreeSet<String>) -> String {
    let slug: String = record
        .name
        .as_deref()
        .unwrap_or_default()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if slug.is_empty() {
        record.id.clone()
    } else {
        slug
    };
    let mut name = format!("{base}.verifik-flow.json");
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base}-{n}.verifik-flow.json");
        n += 1;
    }
    name
}

/// The file of a flow: `$schema` first, then the body in the typed model's order (the
/// documentation's) when our rules take it, two-space indents and a final newline.
fn file_text(record: &ProjectFlowRecord) -> String {
    let body = remote_body(record);
    let paused = body.get("status").and_then(Value::as_str) == Some(RecordStatus::Paused.as_str());
    let mut typed_body = body.clone();
    if paused {
        typed_body["status"] = Value::from("draft");
    }
    let mut pretty = match verifik_flow::validate_flow(&typed_body) {
        Ok(flow) => serde_json::to_string_pretty(&flow).unwrap_or_default(),
        Err(_) => serde_json::to_string_pretty(&body).unwrap_or_default(),
    };
    if paused {
        pretty = pretty.replacen("\"status\": \"draft\"", "\"status\": \"paused\"", 1);
    }
    let rest = pretty.strip_prefix("{\n").unwrap_or(&pretty);
    format!("{{\n  \"$schema\": \"./{SCHEMA_DIR}/{SCHEMA_FILE}\",\n{rest}\n")
}
