//! `verifik-flow pull --project ID DIR`: every flow of a project as a file of DIR, and the
//! inventory that says which flow each file manages; `plan` right after shows nothing to do.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::Value;
use verifik_flow::plan::remote_body;
use verifik_flow::{FlowType, ProjectFlowRecord, ProjectId, RecordStatus};

use super::flows::one;
use super::remote::{remote, say, show, wire};
use super::words;

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
    /// Write a Rust module instead: one function a flow, returning its `flow!` literal.
    #[arg(long, value_name = "FILE.rs", conflicts_with = "dir")]
    rust: Option<PathBuf>,
    /// The flows directory (created if missing).
    #[arg(value_name = "DIR", required_unless_present = "rust")]
    dir: Option<PathBuf>,
    /// How long to wait, in seconds, for another apply or pull to leave the directory (by
    /// default, not at all: exit 1 at once).
    #[arg(long, value_name = "SECONDS", default_value_t = 0)]
    lock_timeout: u64,
}

pub(crate) fn run(args: Args) -> io::Result<ExitCode> {
    if let Some(module) = args.rust.clone() {
        return rust(args, module);
    }
    let path = args.dir.clone().unwrap_or_default();
    let locked = verifik_flow::plan::FlowsDir::lock(
        &path,
        std::time::Duration::from_secs(args.lock_timeout),
    )
    .and_then(|dir| dir.read_inventory().map(|(inventory, _)| (dir, inventory)));
    let (flows_dir, mut inventory) = match locked {
        Ok(read) => read,
        Err(error) => {
            note!("error: {}", error.message_in(super::lang::lang()));
            return Ok(ExitCode::from(1));
        }
    };
    let dir = path;
    remote(|client| async move {
        let records = match client.list_all(&args.project, args.flow_type).await {
            Ok(records) => records,
            Err(error) => {
                return Ok(one(show::<()>(Err(error))));
            }
        };
        std::fs::create_dir_all(dir.join(SCHEMA_DIR))?;
        std::fs::write(
            dir.join(SCHEMA_DIR).join(SCHEMA_FILE),
            // In the reader's language: editors show its titles and messages.
            verifik_flow::schema_text_in(super::lang::lang()),
        )?;
        let project = args.project.as_str().to_owned();
        let by_id: BTreeMap<String, String> = inventory
            .projects
            .get(&project)
            .into_iter()
            .flatten()
            .map(|(file, id)| (id.clone(), file.clone()))
            .collect();
        if let Some(file) = by_id.values().find(|file| !is_plain_file_name(file)) {
            note!(
                "error: {}",
                words::pull_bad_inventory_line(
                    &verifik_flow::printable(file),
                    &dir.display().to_string()
                )
            );
            return Ok(ExitCode::from(1));
        }
        let mut taken: BTreeSet<String> = by_id.values().cloned().collect();
        let mut refused = 0;
        let mut kept = 0;
        for record in &records {
            let id = verifik_flow::printable(&record.id);
            let file = by_id.get(&record.id).cloned().unwrap_or_else(|| {
                let name = file_name(record, &taken);
                taken.insert(name.clone());
                name
            });
            let text = file_text(record);
            let path = dir.join(&file);
            match std::fs::read_to_string(&path) {
                Ok(existing) if existing != text && !args.force => {
                    note!(
                        "error: {}",
                        words::pull_kept(&path.display().to_string(), &words::pull_flow(&id))
                    );
                    kept += 1;
                    continue;
                }
                _ => std::fs::write(&path, &text)?,
            }
            inventory.set(&project, &file, &record.id);
            say(&words::pulled_file(&path.display().to_string(), &id));
            if let Err(errors) = check(record) {
                refused += 1;
                for violation in &errors {
                    note!(
                        "error: {}",
                        words::pull_breaks_a_rule(
                            &file,
                            &id,
                            &violation.what_in(super::lang::lang())
                        )
                    );
                }
            }
        }
        if let Err(error) = flows_dir.write_inventory(&inventory) {
            note!("error: {}", error.message_in(super::lang::lang()));
            return Ok(ExitCode::from(1));
        }
        say(&words::pulled(records.len() - kept, &project, None));
        Ok(if refused > 0 || kept > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    })
}

/// `pull --rust FILE.rs`: the project's flows as a Rust module.
fn rust(args: Args, module: PathBuf) -> io::Result<ExitCode> {
    remote(|client| async move {
        let records = match client.list_all(&args.project, args.flow_type).await {
            Ok(records) => records,
            Err(error) => {
                return Ok(one(show::<()>(Err(error))));
            }
        };
        let text = rust_module(args.project.as_str(), &records);
        match std::fs::read_to_string(&module) {
            Ok(existing) if existing != text && !args.force => {
                note!(
                    "error: {}",
                    words::pull_kept(&module.display().to_string(), words::pull_project_flows())
                );
                return Ok(ExitCode::from(1));
            }
            _ => std::fs::write(&module, &text)?,
        }
        say(&words::pulled(
            records.len(),
            args.project.as_str(),
            Some(&module.display().to_string()),
        ));
        Ok(ExitCode::SUCCESS)
    })
}

/// A Rust module of `records`: one documented function a flow, returning its `flow!`
/// literal, one key a line; a flow that `flow!` would refuse (paused, or breaking a rule) is a
/// comment that says why.
pub(crate) fn rust_module(project: &str, records: &[ProjectFlowRecord]) -> String {
    use std::fmt::Write as _;
    let mut out = format!(
        "//! The flows of Verifik project {project}, pulled by\n\
         //! `verifik-flow pull --rust`: one function a flow, returning its `flow!` literal\n\
         //! (checked when this compiles).\n"
    );
    let mut names = BTreeSet::new();
    for record in records {
        let body = remote_body(record);
        let name = record.name.as_deref().map_or_else(
            || {
                format!(
                    "nameless {} flow {}",
                    record.flow_type.map_or("", FlowType::as_str),
                    verifik_flow::printable(&record.id)
                )
            },
            |n| format!("{n:?}"),
        );
        let refused =
            if body.get("status").and_then(Value::as_str) == Some(RecordStatus::Paused.as_str()) {
                Some("its status is `paused`, which a body to send cannot have".to_owned())
            } else {
                verifik_flow::validate_flow(&body)
                    .err()
                    .map(|errors| errors.to_string())
            };
        if let Some(why) = refused {
            let _ = writeln!(
                out,
                "\n// Flow {} ({}) is left out: `flow!` would refuse it:",
                verifik_flow::printable(&record.id),
                verifik_flow::printable(&name)
            );
            for line in why.lines() {
                let _ = writeln!(out, "// {}", verifik_flow::printable(line));
            }
            continue;
        }
        let typed =
            verifik_flow::validate_flow(&body).map(|flow| serde_json::to_string_pretty(&flow));
        let Ok(Ok(pretty)) = typed else { continue };
        let function = unique(&function_name(record), &mut names);
        let returns = if record.flow_type == Some(FlowType::Login) {
            "LoginFlow"
        } else {
            "ProjectFlow"
        };
        let members = pretty
            .strip_prefix("{\n")
            .and_then(|rest| rest.strip_suffix("\n}"))
            .unwrap_or_default();
        let _ = write!(
            out,
            "\n/// Flow `{}` ({}), as Verifik holds it.\npub fn {function}() -> verifik_flow::{returns} {{\n    verifik_flow::flow! {{\n",
            verifik_flow::printable(&record.id),
            verifik_flow::printable(&name)
        );
        for line in members.lines() {
            let _ = writeln!(out, "      {line}");
        }
        out.push_str("    }\n}\n");
    }
    out
}

/// The words of a flow's name, lower case, joined by `sep` (letters and digits only; empty
/// without a name).
fn slug(record: &ProjectFlowRecord, sep: char, keep: fn(char) -> bool) -> String {
    record
        .name
        .as_deref()
        .unwrap_or_default()
        .to_lowercase()
        .split(|c: char| !keep(c))
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(&sep.to_string())
}

/// The function of a flow: the snake case of its name's slug (`flow_<id>` without a name).
fn function_name(record: &ProjectFlowRecord) -> String {
    let slug = slug(record, '_', |c| c.is_ascii_alphanumeric());
    if slug.is_empty() {
        format!("flow_{}", plain_id(record))
    } else if slug.starts_with(|c: char| c.is_ascii_digit()) {
        format!("flow_{slug}")
    } else {
        slug
    }
}

/// A flow's `_id` as part of a file or function name: its ASCII letters and digits only (an ID
/// comes from Verifik's answer, and must not name another folder or break the module).
fn plain_id(record: &ProjectFlowRecord) -> String {
    let plain: String = record
        .id
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    if plain.is_empty() {
        "flow".to_owned()
    } else {
        plain
    }
}

/// `name`, or `name_2`, ... when taken.
fn unique(name: &str, taken: &mut BTreeSet<String>) -> String {
    let mut candidate = name.to_owned();
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{name}_{n}");
        n += 1;
    }
    candidate
}

/// A file name directly in the flows directory: no folder, not hidden, not `.` or `..`.
fn is_plain_file_name(file: &str) -> bool {
    !file.is_empty()
        && !file.starts_with('.')
        && !file.contains(['/', '\\'])
        && std::path::Path::new(file).components().count() == 1
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
    let slug = slug(record, '-', char::is_alphanumeric);
    let base = if slug.is_empty() {
        plain_id(record)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn record(json: serde_json::Value) -> ProjectFlowRecord {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn a_flow_that_flow_would_refuse_is_a_comment_that_says_why() {
        let base = serde_json::json!({
            "project": "65b03015c03e1a1b595fe61c", "type": "onboarding", "target": "personal",
            "signUpForm": { "email": true, "emailGateway": "mailgun" },
        });
        let mut paused = base.clone();
        paused["_id"] = "65b03015c03e1a1b595fe7a1".into();
        paused["name"] = "Paused".into();
        paused["status"] = "paused".into();
        let mut broken = base.clone();
        broken["_id"] = "65b03015c03e1a1b595fe7a2".into();
        broken["name"] = "2 Unreachable".into();
        broken["status"] = "active".into();
        broken["signUpForm"] = serde_json::json!({ "email": false, "phone": false });
        let mut fine = base;
        fine["_id"] = "65b03015c03e1a1b595fe7a3".into();
        fine["name"] = "Fine".into();
        fine["status"] = "draft".into();
        let module = rust_module(
            "65b03015c03e1a1b595fe61c",
            &[record(paused), record(broken), record(fine)],
        );
        assert!(
            module.contains("// Flow 65b03015c03e1a1b595fe7a1 (\"Paused\") is left out"),
            "{module}"
        );
        assert!(module.contains("`paused`"), "{module}");
        assert!(
            module.contains("// Flow 65b03015c03e1a1b595fe7a2 (\"2 Unreachable\") is left out"),
            "{module}"
        );
        assert!(module.contains("S1: "), "{module}");
        assert_eq!(module.matches("pub fn ").count(), 1, "{module}");
        assert!(
            module.contains("pub fn fine() -> verifik_flow::ProjectFlow {"),
            "{module}"
        );
        // An `_id` from the answer never names another folder or breaks the module.
        let hostile = record(serde_json::json!({ "_id": "../../x\n}fn y(){" }));
        assert_eq!(
            file_name(&hostile, &BTreeSet::new()),
            "xfny.verifik-flow.json"
        );
        assert_eq!(function_name(&hostile), "flow_xfny");
        for bad in ["../a.json", "a/b.json", ".hidden.json", "..", ""] {
            assert!(!is_plain_file_name(bad), "{bad}");
        }
        assert!(is_plain_file_name("kyc.verifik-flow.json"));
        // A name that starts with a digit still makes a function name.
        assert_eq!(
            function_name(&record(
                serde_json::json!({ "_id": "x", "name": "2 Unreachable" })
            )),
            "flow_2_unreachable"
        );
    }
}
