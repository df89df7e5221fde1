//! Flows as code: a directory of flow files and its inventory, compared with the flows Verifik
//! holds, give a plan (create, update, delete, unchanged; the flows no file manages are listed
//! and never touched).
//!
//! [`plan`] is a pure function: files, remote records and an inventory in, a [`Plan`] out; no
//! I/O and no HTTP stack, so that a plan can be made and checked in code and its properties
//! tested. [`FlowsDir`] is a flows directory on disk: locked while one `apply` or `pull` uses
//! it, its files read by `validate`'s input rules, its inventory replaced atomically.
//! [`execute`] applies a plan through any [`Remote`] (the client is one), recording each step
//! in the inventory as it goes (a create is recorded before it is sent), and stops between two
//! steps when asked ([`Stop`]). A [`SavedPlan`] is what `plan --out` writes and `apply PLAN`
//! checks before applying. The CLI (`verifik-flow plan`, `apply`, `pull`) is a face on these.
//!
//! ```
//! use serde_json::json;
//! use verifik_flow::plan::{Action, Inventory, LocalFile, PlanOptions, plan};
//!
//! let file = LocalFile {
//!     name: "kyc.verifik-flow.json".into(),
//!     body: json!({
//!         "project": "65b03015c03e1a1b595fe61c", "type": "onboarding", "name": "KYC",
//!         "target": "personal", "status": "draft",
//!         "signUpForm": { "email": true, "emailGateway": "mailgun" },
//!     }),
//! };
//! // Nothing on Verifik yet: one create.
//! let planned = plan(&[file], &[], &Inventory::new(), &PlanOptions::default()).unwrap();
//! assert_eq!(planned.steps[0].action, Action::Create);
//! assert_eq!(planned.summary(), "Plan: 1 to create, 0 to update, 0 to delete; 0 unchanged, 0 unmanaged.");
//! ```

mod apply;
mod compare;
mod dir;
mod identity;
mod inventory;
mod normal;
mod problem;
mod saved;

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Lang;
use crate::body::onboarding::FlowType;
use crate::wire::response::ProjectFlowRecord;
pub use apply::{Event, Executed, Remote, Stop, execute};
pub use compare::{remote_body, remote_meaning};
pub use dir::{
    DirContents, DirError, DirRefusal, FileProblem, FlowsDir, LOCK_FILE, STATE_DIR, is_saved_plan,
};
pub use inventory::{
    INVENTORY_FILE, INVENTORY_FORMAT, Inventory, Pending, bytes_digest, meaning_digest,
};
pub use problem::{PlanErrors, PlanProblem};
pub use saved::{
    PLAN_FORMAT, PLAN_MARKER, SavedOptions, SavedPlan, SavedPlanError, SavedStep, Stale,
};

/// The keys a file may leave to others: left out, they are not compared (entries of a
/// whitelist may come from a CSV; an older page calls `collectionCode` read-only).
pub(crate) const LEFT_TO_OTHERS: &[&str] = &["whiteList", "collectionCode"];

/// The members inside an object that a file may leave to others, as JSON pointers: left out,
/// Verifik's value is kept (and sent again whole with its object when another member of it
/// changes). A webhook is linked to a flow in Verifik's dashboard (`POST /v2/webhooks` with
/// `link`), which writes `integrations.webhook`: the next `apply` must not undo it.
pub(crate) const NESTED_LEFT_TO_OTHERS: &[&str] = &["/integrations/webhook"];

/// Where a body holds people's data (the whitelist's names, e-mails and phones, the
/// identity API's test value): a plan shows what changes there only when asked.
pub const PERSONAL_POINTERS: &[&str] = &[WHITELIST_POINTER, API_TEST_VALUE_POINTER];

/// The whitelist of a login flow: people's names, e-mails and phones.
pub const WHITELIST_POINTER: &str = "/whiteList";

/// The identity API's test value: an e-mail or a phone.
pub const API_TEST_VALUE_POINTER: &str = "/security/apiTestValue";

/// A flow file of a flows directory: its name (no folder) and its body as read.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalFile {
    /// The file's name, as the inventory records it (`kyc.verifik-flow.json`).
    pub name: String,
    /// The body, as the file holds it (a `$schema` editor hint is allowed).
    pub body: Value,
}

/// How to plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanOptions {
    /// Plan every file for this project instead of its own `project` (staging, then
    /// production); the inventory keeps one section per project.
    pub project: Option<String>,
    /// Delete the flows the inventory names whose file is gone. Without it they are listed as
    /// unmanaged and left as they are.
    pub allow_delete: bool,
    /// Plan a create for a file whose inventory entry names a flow that no longer exists
    /// (without it, that is an error).
    pub recreate: bool,
}

/// What a step does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Record in the inventory that the file manages a flow it already matches (found by its
    /// name, or as the flow a create whose answer was lost made); nothing is sent.
    Adopt,
    /// Record that a renamed file manages its old file's flow; nothing is sent.
    Move,
    /// `POST` the file's body.
    Create,
    /// `PUT` the changed top-level keys, each with its whole desired value.
    Update,
    /// `DELETE` a flow the inventory names, whose file is gone (`allow_delete`).
    Delete,
    /// Nothing to send or record: the file and the flow mean the same.
    Unchanged,
}

/// One difference between a flow and its file, at a leaf of the body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Where, as a JSON pointer (`/liveness/minScore`).
    pub pointer: String,
    /// What Verifik holds (`None`: the key is not there).
    pub before: Option<Value>,
    /// What the file means (`None`: the key goes).
    pub after: Option<Value>,
}

impl Change {
    /// The place as people read it: `liveness.minScore`.
    pub fn path(&self) -> String {
        verifik_flow_rules::dotted(&self.pointer)
    }
}

/// One flow of the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// What it does.
    pub action: Action,
    /// The file that manages the flow (for a delete, the file that is gone).
    pub file: String,
    /// The flow's project.
    pub project: String,
    /// `onboarding` or `login`.
    pub flow_type: String,
    /// The flow's name, if it has one.
    pub name: Option<String>,
    /// The remote flow's `_id` (none for a create).
    pub remote_id: Option<String>,
    /// The remote flow's `updatedAt` when the plan was made: a saved plan is stale when it
    /// changed.
    pub remote_updated_at: Option<String>,
    /// The remote flow's body as compared (its meaning), when the plan was made.
    pub remote_body: Option<Value>,
    /// What is sent: the body of a create, the partial of an update.
    pub send: Option<Value>,
    /// The differences an update makes, leaf by leaf.
    pub changes: Vec<Change>,
    /// Whether the inventory did not record that the file manages the flow (matched by its
    /// name, or a pending create resolved): applying the step records it.
    pub adopted: bool,
    /// The file the inventory named for the flow, which is gone: this file is that one
    /// renamed, and applying the step moves the entry.
    pub moved_from: Option<String>,
}

/// A remote flow no file manages: listed, never changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unmanaged {
    /// Its project.
    pub project: String,
    /// Its `_id`.
    pub id: String,
    /// Its name, if it has one.
    pub name: Option<String>,
    /// The file the inventory names for it, when that file is gone (planned as a delete with
    /// `allow_delete`).
    pub file_gone: Option<String>,
}

/// A plan: what `apply` does, and nothing else.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// The projects in play, whose flows were read.
    pub projects: Vec<String>,
    /// One step a flow file (and one a delete), in the order `apply` takes them: adoptions
    /// and moves (nothing sent), creates, updates, deletes, then the unchanged.
    pub steps: Vec<Step>,
    /// The remote flows of those projects that no file manages.
    pub unmanaged: Vec<Unmanaged>,
    /// The inventory the steps start from: the one read, with the pending creates of the
    /// projects in play resolved (the flow each made, found in the listing, recorded as the
    /// file's; the rest dropped, their files planned as creates again). `apply` records it
    /// before anything is sent.
    #[serde(skip)]
    pub start: Inventory,
}

impl Plan {
    /// How many steps do `action`.
    pub fn count(&self, action: Action) -> usize {
        self.steps.iter().filter(|s| s.action == action).count()
    }

    /// Whether applying it would send and record nothing.
    pub fn is_empty(&self) -> bool {
        self.steps.iter().all(|s| s.action == Action::Unchanged)
    }

    /// `Plan: 1 to create, 2 to update, 0 to delete; 3 unchanged, 1 unmanaged.` (adoptions
    /// and moves are counted when there are any).
    pub fn summary(&self) -> String {
        self.summary_in(Lang::En)
    }

    /// [`summary`](Self::summary) in `lang`.
    pub fn summary_in(&self, lang: Lang) -> String {
        crate::words::of(lang).plan_summary(&Counts {
            create: self.count(Action::Create),
            update: self.count(Action::Update),
            delete: self.count(Action::Delete),
            adopt: self.count(Action::Adopt),
            moved: self.count(Action::Move),
            unchanged: self.count(Action::Unchanged),
            unmanaged: self.unmanaged.len(),
        })
    }
}

/// How many steps of each kind a plan has, and how many flows no file manages: what its
/// summary line says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    /// Flows to create.
    pub create: usize,
    /// Flows to update.
    pub update: usize,
    /// Flows to delete.
    pub delete: usize,
    /// Flows to adopt (recorded only).
    pub adopt: usize,
    /// Files to move (recorded only).
    pub moved: usize,
    /// Files whose flow is the same.
    pub unchanged: usize,
    /// Remote flows no file manages.
    pub unmanaged: usize,
}

/// A file, checked and ready to compare.
pub(crate) struct Desired {
    file: String,
    project: String,
    flow_type: String,
    name: Option<String>,
    paused: bool,
    body: Value,
}

fn text(value: &Value, key: &str) -> Option<String> {
    value.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Checks a file (a `paused` status is allowed: it is the status of an existing flow).
fn desired(file: &LocalFile, options: &PlanOptions) -> Result<Desired, PlanProblem> {
    let mut body = file.body.clone();
    if let Some(object) = body.as_object_mut() {
        object.remove("$schema");
        if let Some(project) = &options.project {
            object.insert("project".into(), Value::from(project.as_str()));
        }
    }
    let paused = crate::validate_stored(&body)
        .map_err(|errors| PlanProblem::Invalid {
            file: file.name.clone(),
            errors,
        })?
        .paused;
    Ok(Desired {
        file: file.name.clone(),
        project: text(&body, "project").unwrap_or_default(),
        flow_type: text(&body, "type").unwrap_or_else(|| FlowType::Onboarding.as_str().into()),
        name: text(&body, "name").map(|n| n.trim().to_owned()),
        paused,
        body,
    })
}

/// The projects a plan of `files` reads: `--project`, else the files' own. An inventory
/// section of another project is not in play: none of its flows is touched.
pub fn projects_in_play(files: &[LocalFile], options: &PlanOptions) -> BTreeSet<String> {
    match &options.project {
        Some(project) => BTreeSet::from([project.clone()]),
        None => files
            .iter()
            .filter_map(|f| text(&f.body, "project"))
            .collect(),
    }
}

/// The plan that makes the flows of `remote` (every flow of the projects in play) what
/// `files` say, with `inventory` naming which flow each file manages.
pub fn plan(
    files: &[LocalFile],
    remote: &[ProjectFlowRecord],
    inventory: &Inventory,
    options: &PlanOptions,
) -> Result<Plan, PlanErrors> {
    let mut problems = Vec::new();
    let desired: Vec<Desired> = files
        .iter()
        .filter_map(|file| desired(file, options).map_err(|p| problems.push(p)).ok())
        .collect();
    if !problems.is_empty() {
        return Err(PlanErrors(problems));
    }
    let projects = projects_in_play(files, options);
    let by_id: identity::Remote<'_> = remote
        .iter()
        .filter(|r| r.project.as_deref().is_none_or(|p| projects.contains(p)))
        .map(|r| (r.id.as_str(), r))
        .collect();

    let effective = identity::resolve_pending(inventory, &by_id, &projects, &mut problems);
    let (managed, claims) = identity::identify(
        &desired,
        &by_id,
        &effective,
        inventory,
        options,
        &mut problems,
    );
    let mut steps = Vec::new();
    for (file, record, found) in managed {
        match record {
            None if file.paused => problems.push(PlanProblem::PausedCreate {
                file: file.file.clone(),
            }),
            None => steps.push(Step {
                action: Action::Create,
                file: file.file.clone(),
                project: file.project.clone(),
                flow_type: file.flow_type.clone(),
                name: file.name.clone(),
                remote_id: None,
                remote_updated_at: None,
                remote_body: None,
                send: Some(file.body.clone()),
                changes: Vec::new(),
                adopted: false,
                moved_from: None,
            }),
            Some(record) => match compare::compare(file, record) {
                Ok(mut step) => {
                    match found {
                        identity::Found::Named => {}
                        identity::Found::Adopted => step.adopted = true,
                        identity::Found::Moved(old) => step.moved_from = Some(old),
                    }
                    if step.action == Action::Unchanged && step.moved_from.is_some() {
                        step.action = Action::Move;
                    } else if step.action == Action::Unchanged && step.adopted {
                        step.action = Action::Adopt;
                    }
                    steps.push(step);
                }
                Err(mut found) => problems.append(&mut found),
            },
        }
    }

    let unmanaged = leftovers(
        &desired, &by_id, &claims, &projects, &effective, options, &mut steps,
    );
    if !problems.is_empty() {
        return Err(PlanErrors(problems));
    }
    steps.sort_by(|a, b| a.action.cmp(&b.action).then_with(|| a.file.cmp(&b.file)));
    Ok(Plan {
        projects: projects.into_iter().collect(),
        steps,
        unmanaged,
        start: effective,
    })
}

/// The flows no file manages: a delete step for each flow the inventory names whose file is
/// gone (with `allow_delete`), the rest listed as unmanaged.
fn leftovers(
    desired: &[Desired],
    by_id: &identity::Remote<'_>,
    claims: &std::collections::BTreeMap<String, &str>,
    projects: &BTreeSet<String>,
    inventory: &Inventory,
    options: &PlanOptions,
    steps: &mut Vec<Step>,
) -> Vec<Unmanaged> {
    let gone = identity::gone(desired, claims, projects, inventory);
    let mut unmanaged = Vec::new();
    for (id, record) in by_id {
        if claims.contains_key(*id) {
            continue;
        }
        let project = record.project.clone().unwrap_or_default();
        match gone.get(id) {
            Some((section, file)) if options.allow_delete => steps.push(Step {
                action: Action::Delete,
                file: (*file).to_owned(),
                project: (*section).to_owned(),
                flow_type: record
                    .flow_type
                    .map_or_else(String::new, |t| t.as_str().to_owned()),
                name: record.name.clone(),
                remote_id: Some((*id).to_owned()),
                remote_updated_at: compare::updated_at(record),
                remote_body: None,
                send: None,
                changes: Vec::new(),
                adopted: false,
                moved_from: None,
            }),
            found => unmanaged.push(Unmanaged {
                project,
                id: (*id).to_owned(),
                name: record.name.clone(),
                file_gone: found.map(|(_, file)| (*file).to_owned()),
            }),
        }
    }
    unmanaged
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Adopt => "adopt",
            Self::Move => "move",
            Self::Create => "create",
            Self::Update => "update",
            Self::Delete => "delete",
            Self::Unchanged => "unchanged",
        })
    }
}

#[cfg(test)]
mod tests;
