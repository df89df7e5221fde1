//! A saved plan (`plan --out`): what was reviewed, and what it was planned against. It holds
//! no body (so no personal data): `apply PLAN` sends from the files, after checking that no
//! file, no inventory and no flow it touches changed since.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::dir::DirContents;
use super::{Action, Plan, PlanOptions};
use crate::Lang;

/// The format of a saved plan this crate writes and reads.
pub const PLAN_FORMAT: u32 = 2;
/// The top-level key that marks a saved plan, holding its format: wherever a saved plan lies
/// (in the flows directory too), it is never read as a flow.
pub const PLAN_MARKER: &str = "verifik_flow_plan";

/// A saved plan, as its file holds it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedPlan {
    /// [`PLAN_FORMAT`], under the key [`PLAN_MARKER`].
    #[serde(rename = "verifik_flow_plan")]
    pub format_version: u32,
    /// The base URL of the Verifik it was planned against.
    pub base_url: String,
    /// The flows directory, relative to the plan file's folder when it can be.
    pub dir: String,
    /// The options it was planned with (applying it takes no others).
    pub options: SavedOptions,
    /// The projects in play.
    pub projects: Vec<String>,
    /// A digest of each flow file's bytes, by name.
    pub files: BTreeMap<String, String>,
    /// A digest of the inventory's bytes (none: there was no inventory).
    pub inventory: Option<String>,
    /// Each step, without its body.
    pub steps: Vec<SavedStep>,
}

/// The options a plan was made with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedOptions {
    /// `--project`.
    pub project: Option<String>,
    /// `--allow-delete`.
    pub allow_delete: bool,
    /// `--recreate`.
    pub recreate: bool,
}

impl From<&PlanOptions> for SavedOptions {
    fn from(options: &PlanOptions) -> Self {
        Self {
            project: options.project.clone(),
            allow_delete: options.allow_delete,
            recreate: options.recreate,
        }
    }
}

impl From<&SavedOptions> for PlanOptions {
    fn from(options: &SavedOptions) -> Self {
        Self {
            project: options.project.clone(),
            allow_delete: options.allow_delete,
            recreate: options.recreate,
        }
    }
}

/// A step as saved: what it does to which flow, and the places it changes (no values).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedStep {
    /// What it does.
    pub action: Action,
    /// Its file.
    pub file: String,
    /// Its project.
    pub project: String,
    /// `onboarding` or `login`.
    #[serde(rename = "type")]
    pub flow_type: String,
    /// The flow's name.
    pub name: Option<String>,
    /// The remote flow's `_id` (none for a create).
    pub remote_id: Option<String>,
    /// The remote flow's `updatedAt` when planned.
    pub remote_updated_at: Option<String>,
    /// The file it was moved from.
    pub moved_from: Option<String>,
    /// The places an update changes (`liveness.minScore`).
    pub changes: Vec<String>,
}

impl SavedStep {
    fn of(step: &super::Step) -> Self {
        Self {
            action: step.action,
            file: step.file.clone(),
            project: step.project.clone(),
            flow_type: step.flow_type.clone(),
            name: step.name.clone(),
            remote_id: step.remote_id.clone(),
            remote_updated_at: step.remote_updated_at.clone(),
            moved_from: step.moved_from.clone(),
            changes: step.changes.iter().map(super::Change::path).collect(),
        }
    }

    /// What must stay the same for the step to be applied as reviewed.
    fn identity(&self) -> (Action, &str, Option<&str>, Option<&str>, &[String]) {
        let updated = match self.action {
            Action::Update | Action::Delete => self.remote_updated_at.as_deref(),
            _ => None,
        };
        (
            self.action,
            &self.file,
            self.remote_id.as_deref(),
            updated,
            &self.changes,
        )
    }
}

/// Why a saved plan is not applied.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SavedPlanError {
    /// Not JSON, or not a saved plan at all.
    NotAPlan(String),
    /// Made by a verifik-flow of another plan format.
    Format {
        /// The plan's format.
        found: u64,
    },
    /// Made against another Verifik.
    OtherBaseUrl {
        /// The plan's.
        planned: String,
        /// This client's.
        now: String,
    },
    /// Something changed since it was made: each change, naming its file or flow.
    Stale(Vec<Stale>),
}

/// One thing that changed since a plan was made.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stale {
    /// A flow file's bytes changed, or it came or went.
    File(String),
    /// The inventory changed (the plan was applied already, or another apply ran).
    Inventory,
    /// What a file's step would do now differs (a flow changed on Verifik, came or went).
    Step(String),
}

impl SavedPlanError {
    /// What is wrong and what to do, in `lang`; what came from the plan file escaped.
    pub fn message_in(&self, lang: Lang) -> String {
        match self {
            Self::Stale(found) => {
                let mut lines: Vec<String> = found.iter().map(|s| s.message_in(lang)).collect();
                lines.push(crate::words::of(lang).plan_is_stale());
                lines.join("\n")
            }
            _ => crate::words::of(lang).saved_plan_error(self),
        }
    }
}

impl Stale {
    /// What changed, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        crate::words::of(lang).stale(self)
    }
}

impl std::fmt::Display for SavedPlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for SavedPlanError {}

impl SavedPlan {
    /// The saved form of `plan`, made from `contents` with `options` against `base_url`;
    /// `dir` as the plan file will name it.
    pub fn new(
        plan: &Plan,
        contents: &DirContents,
        options: &PlanOptions,
        base_url: &str,
        dir: &str,
    ) -> Self {
        Self {
            format_version: PLAN_FORMAT,
            base_url: base_url.to_owned(),
            dir: dir.to_owned(),
            options: options.into(),
            projects: plan.projects.clone(),
            files: contents.digests.clone(),
            inventory: contents.inventory_digest.clone(),
            steps: plan.steps.iter().map(SavedStep::of).collect(),
        }
    }

    /// Reads a saved plan's text: its format first, so that a plan of another format says so.
    pub fn from_json(text: &str) -> Result<Self, SavedPlanError> {
        let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|e| SavedPlanError::NotAPlan(e.to_string()))?;
        match value.get(PLAN_MARKER).map(Value::as_u64) {
            None => {
                return Err(SavedPlanError::NotAPlan(format!("no `{PLAN_MARKER}` key")));
            }
            Some(Some(found)) if found != u64::from(PLAN_FORMAT) => {
                return Err(SavedPlanError::Format { found });
            }
            _ => {}
        }
        serde_json::from_value(value).map_err(|e| SavedPlanError::NotAPlan(e.to_string()))
    }

    /// The plan as its file holds it: pretty JSON and a final newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// What changed since the plan was made, given the directory read again and the plan made
    /// again from it with a fresh listing: nothing when it can be applied as reviewed.
    pub fn stale(&self, contents: &DirContents, fresh: &Plan) -> Vec<Stale> {
        let mut found = Vec::new();
        let names: std::collections::BTreeSet<&String> =
            self.files.keys().chain(contents.digests.keys()).collect();
        for name in names {
            if self.files.get(name) != contents.digests.get(name) {
                found.push(Stale::File(name.clone()));
            }
        }
        if self.inventory != contents.inventory_digest {
            found.push(Stale::Inventory);
        }
        if !found.is_empty() {
            return found;
        }
        let now: Vec<SavedStep> = fresh.steps.iter().map(SavedStep::of).collect();
        let by_file = |steps: &[SavedStep]| -> BTreeMap<String, SavedStep> {
            steps
                .iter()
                .map(|s| (format!("{}\u{0}{}", s.file, s.action), s.clone()))
                .collect()
        };
        let (then, now) = (by_file(&self.steps), by_file(&now));
        let keys: std::collections::BTreeSet<&String> = then.keys().chain(now.keys()).collect();
        for key in keys {
            let (a, b) = (then.get(key), now.get(key));
            if a.map(SavedStep::identity) != b.map(SavedStep::identity) {
                let file = a.or(b).map(|s| s.file.clone()).unwrap_or_default();
                if !found.contains(&Stale::Step(file.clone())) {
                    found.push(Stale::Step(file));
                }
            }
        }
        found
    }
}
