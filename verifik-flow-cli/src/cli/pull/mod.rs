//! `verifik-flow pull --project ID DIR`: every flow of a project as a file of DIR, and the
//! inventory that says which flow each file manages; `plan` right after shows nothing to do.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use verifik_flow::Lang;
use verifik_flow::plan::remote_body;
use verifik_flow::{FlowType, ProjectFlowRecord, ProjectId};

use super::flows::one;
use super::remote::{remote, say, show, wire};
use super::words;

mod rust;

/// The schema's copy beside the flows (in the directory's `STATE_DIR`), so that editors
/// check them offline.
const SCHEMA_FILE: &str = "project-flow.schema.json";
const SCHEMA_DIR: &str = verifik_flow::plan::STATE_DIR;

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

pub(crate) fn run(args: Args, lang: Lang) -> io::Result<ExitCode> {
    if let Some(module) = args.rust.clone() {
        return rust::rust(args, module, lang);
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
            note!("error: {}", error.message_in(lang));
            return Ok(ExitCode::from(1));
        }
    };
    let dir = path;
    remote(
        |client| async move {
            let records = match client.list_all(&args.project, args.flow_type).await {
                Ok(records) => records,
                Err(error) => {
                    return Ok(one(show::<()>(Err(error), lang)));
                }
            };
            let project = args.project.as_str().to_owned();
            let pulled = match write_flows(&args, &dir, &flows_dir, &mut inventory, &records, lang)
            {
                Ok(pulled) => pulled,
                Err(code) => return Ok(code),
            };
            let (counts, refused, written) = (pulled.counts, pulled.refused, pulled.written);
            // The schema beside the flows, in the reader's language: editors show its titles
            // and messages.
            let schema = verifik_flow::schema_text_in(lang);
            if let Err(error) = flows_dir.write_state_file(SCHEMA_FILE, schema.as_bytes()) {
                return Ok(stopped_at(&written, &error, lang));
            }
            if let Err(error) = flows_dir.write_inventory(&inventory) {
                return Ok(stopped_at(&written, &error, lang));
            }
            say(
                &words::of(lang).pulled(
                    records.len(),
                    &project,
                    &verifik_flow::printable(&dir.display().to_string()),
                    [
                        counts.written,
                        counts.restored,
                        counts.unchanged,
                        counts.kept,
                    ],
                ),
                lang,
            );
            Ok(if refused > 0 || counts.kept > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        },
        lang,
    )
}

/// What writing the flows' files did.
struct Pulled {
    counts: Counts,
    /// Flows our rules refuse (written all the same, and said).
    refused: usize,
    /// The files written, as shown.
    written: Vec<String>,
}

/// Writes each flow's file (files first: the caller writes the schema copy and the inventory
/// after), recording it in `inventory`; a write that fails stops here, said, with the exit
/// code.
fn write_flows(
    args: &Args,
    dir: &std::path::Path,
    flows_dir: &verifik_flow::plan::FlowsDir,
    inventory: &mut verifik_flow::plan::Inventory,
    records: &[ProjectFlowRecord],
    lang: Lang,
) -> Result<Pulled, ExitCode> {
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
            words::of(lang).pull_bad_inventory_line(
                &verifik_flow::printable(file),
                &dir.display().to_string()
            )
        );
        return Err(ExitCode::from(1));
    }
    let mut taken: BTreeSet<String> = by_id.values().cloned().collect();
    let mut refused = 0;
    let mut counts = Counts::default();
    let mut written: Vec<String> = Vec::new();
    // Files first, then the schema copy, the inventory last: an error stops the pull
    // there, naming what was written and what failed, and the inventory is not changed.
    for record in records {
        let id = verifik_flow::printable(&record.id);
        let file = by_id.get(&record.id).cloned().unwrap_or_else(|| {
            let name = file_name(record, &taken);
            taken.insert(name.clone());
            name
        });
        let text = file_text(record);
        let path = dir.join(&file);
        let shown = verifik_flow::printable(&path.display().to_string()).into_owned();
        let existing = std::fs::read_to_string(&path).ok();
        let outcome = match &existing {
            Some(existing) if *existing == text => Outcome::Unchanged,
            Some(_) if !args.force => Outcome::Kept,
            None if by_id.contains_key(&record.id) => Outcome::Restored,
            _ => Outcome::Written,
        };
        if outcome == Outcome::Kept {
            note!(
                "error: {}",
                words::of(lang).pull_kept(&shown, &words::KeptFrom::Flow(&id))
            );
            counts.kept += 1;
            continue;
        }
        if outcome != Outcome::Unchanged
            && let Err(error) = flows_dir.write_file(&file, text.as_bytes())
        {
            return Err(stopped_at(&written, &error, lang));
        }
        if outcome != Outcome::Unchanged {
            written.push(shown.clone());
        }
        counts.add(outcome);
        inventory.set(&project, &file, &record.id);
        say(
            &words::of(lang).pulled_file(&shown, &id, outcome.word()),
            lang,
        );
        if let Err(errors) = check(record) {
            refused += 1;
            for violation in &errors {
                note!(
                    "error: {}",
                    words::of(lang).pull_breaks_a_rule(
                        &verifik_flow::printable(&file),
                        &id,
                        &violation.what_in(lang)
                    )
                );
            }
        }
    }
    Ok(Pulled {
        counts,
        refused,
        written,
    })
}

/// What `pull` did with one flow's file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Written anew (a new flow, or with `--force` over an edited file).
    Written,
    /// The inventory names it and it was gone: written again.
    Restored,
    /// Already what the flow says.
    Unchanged,
    /// Edited here: left as it is (without `--force`).
    Kept,
}

impl Outcome {
    fn word(self) -> words::Pulled {
        match self {
            Self::Written => words::Pulled::Written,
            Self::Restored => words::Pulled::Restored,
            Self::Unchanged | Self::Kept => words::Pulled::Unchanged,
        }
    }
}

#[derive(Default)]
struct Counts {
    written: usize,
    restored: usize,
    unchanged: usize,
    kept: usize,
}

impl Counts {
    fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Written => self.written += 1,
            Outcome::Restored => self.restored += 1,
            Outcome::Unchanged => self.unchanged += 1,
            Outcome::Kept => self.kept += 1,
        }
    }
}

/// A write that failed: what was written before it, and the path that failed (exit 1).
fn stopped_at(written: &[String], error: &verifik_flow::plan::DirError, lang: Lang) -> ExitCode {
    note!(
        "error: {}",
        words::of(lang).pull_stopped(written, &error.message_in(lang))
    );
    ExitCode::from(1)
}

/// The words of a flow's name, lower case, joined by `sep` (letters and digits only; empty
/// without a name).
pub(super) fn slug(record: &ProjectFlowRecord, sep: char, keep: fn(char) -> bool) -> String {
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

/// A flow's `_id` as part of a file or function name: its ASCII letters and digits only (an ID
/// comes from Verifik's answer, and must not name another folder or break the module).
pub(super) fn plain_id(record: &ProjectFlowRecord) -> String {
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

/// A file name directly in the flows directory: no folder, not hidden, not `.` or `..`.
fn is_plain_file_name(file: &str) -> bool {
    !file.is_empty()
        && !file.starts_with('.')
        && !file.contains(['/', '\\'])
        && std::path::Path::new(file).components().count() == 1
}

/// The flow's body checked by our rules (`paused` allowed: the flow exists).
fn check(record: &ProjectFlowRecord) -> Result<(), verifik_flow::ValidationErrors> {
    verifik_flow::validate_stored(&remote_body(record)).map(drop)
}

/// The most bytes of a file name (most file systems' limit).
const MAX_FILE_NAME_BYTES: usize = 255;

/// `<slug of the name>.verifik-flow.json` (by `_id` when it has no name), with a suffix when
/// that is taken; at most [`MAX_FILE_NAME_BYTES`]: a longer slug is cut on a character boundary
/// and the `_id` added, so that two long names stay apart.
fn file_name(record: &ProjectFlowRecord, taken: &BTreeSet<String>) -> String {
    const SUFFIX: &str = ".verifik-flow.json";
    let slug = slug(record, '-', char::is_alphanumeric);
    let id = plain_id(record);
    let base = if slug.is_empty() {
        id
    } else if slug.len() + SUFFIX.len() + 4 > MAX_FILE_NAME_BYTES {
        // Room for `-<id>`, and for `-NN` should that be taken too.
        let room = MAX_FILE_NAME_BYTES.saturating_sub(SUFFIX.len() + 1 + id.len() + 4);
        let mut cut = room.min(slug.len());
        while !slug.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}-{id}", slug[..cut].trim_end_matches('-'))
    } else {
        slug
    };
    let mut name = format!("{base}{SUFFIX}");
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base}-{n}{SUFFIX}");
        n += 1;
    }
    name
}

/// The file of a flow: `$schema` first, then the body in the typed model's order (the
/// documentation's) when our rules take it, two-space indents and a final newline.
fn file_text(record: &ProjectFlowRecord) -> String {
    let body = remote_body(record);
    let pretty = match verifik_flow::validate_stored(&body) {
        Ok(stored) => stored.to_pretty_json(),
        Err(_) => serde_json::to_string_pretty(&body).unwrap_or_default(),
    };
    let rest = pretty.strip_prefix("{\n").unwrap_or(&pretty);
    format!("{{\n  \"$schema\": \"./{SCHEMA_DIR}/{SCHEMA_FILE}\",\n{rest}\n")
}
