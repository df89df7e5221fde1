//! Flows as code: a directory of flow files and its inventory, compared with the flows Verifik
//! holds, give a plan (create, update, delete, unchanged; the flows no file manages are listed
//! and never touched).
//!
//! [`plan`] is a pure function: files, remote records and an inventory in, a [`Plan`] out; no
//! I/O and no HTTP stack, so that a plan can be made and checked in code and its properties
//! tested. The CLI (`verifik-flow plan`, `apply`, `pull`) reads the directory, lists the
//! projects' flows with the client, and sends what the plan says.
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

mod inventory;
mod normal;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::body::onboarding::{FlowType, RecordStatus, Status};
use crate::wire::response::ProjectFlowRecord;
use crate::{Lang, ValidationErrors, validate_flow};
pub use inventory::{INVENTORY_FILE, INVENTORY_FORMAT, Inventory};

/// The format of a saved plan (`plan --out`, `--format json`).
pub const PLAN_FORMAT: u32 = 1;

/// A flow file of a flows directory: its name (no folder) and its body as read.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalFile {
    /// The file's name, as the inventory records it (`kyc.verifik-flow.json`).
    pub name: String,
    /// The body, as the file holds it (a `$schema` editor hint is allowed).
    pub body: Value,
}

/// How to plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// `POST` the file's body.
    Create,
    /// `PUT` the changed top-level keys, each with its whole desired value.
    Update,
    /// `DELETE` a flow the inventory names, whose file is gone (`allow_delete`).
    Delete,
    /// Nothing to send: the file and the flow mean the same.
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
        dotted(&self.pointer)
    }
}

/// One flow of the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// What it does.
    pub action: Action,
    /// The file that manages the flow (none for a delete: its file is gone).
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
    /// Whether the file was matched to the flow by its name (the inventory did not name it).
    pub adopted: bool,
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
    /// [`PLAN_FORMAT`].
    pub format_version: u32,
    /// The projects in play, whose flows were read.
    pub projects: Vec<String>,
    /// One step a flow file (and one a delete), in the order `apply` takes them: creates,
    /// updates, deletes, then the unchanged.
    pub steps: Vec<Step>,
    /// The remote flows of those projects that no file manages.
    pub unmanaged: Vec<Unmanaged>,
}

impl Plan {
    /// How many steps do `action`.
    pub fn count(&self, action: Action) -> usize {
        self.steps.iter().filter(|s| s.action == action).count()
    }

    /// Whether applying it would send nothing.
    pub fn is_empty(&self) -> bool {
        self.steps.iter().all(|s| s.action == Action::Unchanged)
    }

    /// `Plan: 1 to create, 2 to update, 0 to delete; 3 unchanged, 1 unmanaged.`
    pub fn summary(&self) -> String {
        self.summary_in(Lang::En)
    }

    /// [`summary`](Self::summary) in `lang`.
    pub fn summary_in(&self, lang: Lang) -> String {
        let (create, update, delete, unchanged, unmanaged) = (
            self.count(Action::Create),
            self.count(Action::Update),
            self.count(Action::Delete),
            self.count(Action::Unchanged),
            self.unmanaged.len(),
        );
        match lang {
            Lang::En => format!(
                "Plan: {create} to create, {update} to update, {delete} to delete; {unchanged} \
                 unchanged, {unmanaged} unmanaged."
            ),
            Lang::Es => format!(
                "Plan: {create} por crear, {update} por actualizar, {delete} por borrar; \
                 {unchanged} sin cambios, {unmanaged} sin gestionar."
            ),
        }
    }

    /// The inventory once the plan is applied: every file with its flow (`created` gives the
    /// `_id` of each file created), the deleted flows forgotten.
    pub fn inventory_after(
        &self,
        before: &Inventory,
        created: &BTreeMap<String, String>,
    ) -> Inventory {
        let mut inventory = before.clone();
        inventory.format_version = INVENTORY_FORMAT;
        for step in &self.steps {
            match (step.action, &step.remote_id) {
                (Action::Delete, _) => inventory.remove(&step.project, &step.file),
                (Action::Create, _) => {
                    if let Some(id) = created.get(&step.file) {
                        inventory.set(&step.project, &step.file, id);
                    }
                }
                (_, Some(id)) => inventory.set(&step.project, &step.file, id),
                (_, None) => {}
            }
        }
        inventory
    }
}

/// Why no plan could be made: every problem found, each naming its file or flow.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanErrors(pub Vec<PlanProblem>);

impl PlanErrors {
    /// Every problem, one a line, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.0
            .iter()
            .map(|problem| problem.message_in(lang))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl fmt::Display for PlanErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for PlanErrors {}

/// One reason a plan cannot be made.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PlanProblem {
    /// A file breaks the rules.
    Invalid {
        /// The file.
        file: String,
        /// Its violations.
        errors: ValidationErrors,
    },
    /// Two files claim one flow.
    TwoFilesOneFlow {
        /// One file.
        first: String,
        /// The other.
        second: String,
        /// The flow.
        id: String,
    },
    /// A file's name is shared by several remote flows of its project and type.
    NameShared {
        /// The file.
        file: String,
        /// The project.
        project: String,
        /// The name.
        name: String,
        /// The flows that have it.
        ids: Vec<String>,
    },
    /// A key Verifik holds that the file leaves out and that has no default: a `PUT` cannot
    /// remove it.
    Conflict {
        /// The file.
        file: String,
        /// The flow.
        id: String,
        /// The key, as a JSON pointer.
        pointer: String,
        /// What Verifik holds there.
        remote: Value,
    },
    /// A new flow cannot be created paused.
    PausedCreate {
        /// The file.
        file: String,
    },
    /// The inventory names a flow that no longer exists.
    Gone {
        /// The file.
        file: String,
        /// The project.
        project: String,
        /// The flow the inventory names.
        id: String,
    },
    /// A file manages a flow of the other type.
    TypeChanged {
        /// The file.
        file: String,
        /// The flow.
        id: String,
        /// The file's type.
        local: String,
        /// The flow's.
        remote: String,
    },
}

impl PlanProblem {
    /// What is wrong and what to do, in `lang` (English is its `Display`).
    #[allow(clippy::too_many_lines)] // one arm a problem, each in both languages
    pub fn message_in(&self, lang: Lang) -> String {
        const INV: &str = INVENTORY_FILE;
        match (self, lang) {
            (Self::Invalid { file, errors }, _) => format!("{file}: {}", errors.message_in(lang)),
            (Self::TwoFilesOneFlow { first, second, id }, Lang::En) => {
                format!("{first} and {second} both manage flow {id}; keep one of them")
            }
            (Self::TwoFilesOneFlow { first, second, id }, Lang::Es) => {
                format!("{first} y {second} gestionan los dos el flujo {id}; deja solo uno")
            }
            (
                Self::NameShared {
                    file,
                    project,
                    name,
                    ids,
                },
                Lang::En,
            ) => format!(
                "{file}: {} flows of project {project} are named {name:?} ({}); nothing is \
                 guessed: name the one it manages in {INV}, or rename the others",
                ids.len(),
                ids.join(", ")
            ),
            (
                Self::NameShared {
                    file,
                    project,
                    name,
                    ids,
                },
                Lang::Es,
            ) => format!(
                "{file}: {} flujos del proyecto {project} se llaman {name:?} ({}); no se adivina \
                 nada: indica en {INV} cuál gestiona, o cambia el nombre de los otros",
                ids.len(),
                ids.join(", ")
            ),
            (
                Self::Conflict {
                    file,
                    id,
                    pointer,
                    remote,
                },
                Lang::En,
            ) => format!(
                "{file}: `{}` is {} on Verifik (flow {id}) and not in the file, and a key without \
                 a default cannot be removed through an update: put it back in the file, or \
                 clear it in Verifik's dashboard",
                dotted(pointer),
                render(remote)
            ),
            (
                Self::Conflict {
                    file,
                    id,
                    pointer,
                    remote,
                },
                Lang::Es,
            ) => format!(
                "{file}: `{}` vale {} en Verifik (flujo {id}) y no está en el archivo, y una clave \
                 sin valor por defecto no se puede quitar con una actualización: vuelve a ponerla \
                 en el archivo, o bórrala en el panel de Verifik",
                dotted(pointer),
                render(remote)
            ),
            (Self::PausedCreate { file }, Lang::En) => format!(
                "{file}: its status is `paused`, and no flow of it exists yet: Verifik creates \
                 flows as `draft` or `active`; create it as one of those, then pause it"
            ),
            (Self::PausedCreate { file }, Lang::Es) => format!(
                "{file}: su estado es `paused` y todavía no existe su flujo: Verifik crea los \
                 flujos como `draft` o `active`; créalo con uno de esos y luego ponlo en pausa"
            ),
            (Self::Gone { file, project, id }, Lang::En) => format!(
                "{file}: {INV} names flow {id} in project {project}, which no longer exists; plan \
                 with --recreate to create it again, or remove its line from {INV}"
            ),
            (Self::Gone { file, project, id }, Lang::Es) => format!(
                "{file}: {INV} nombra el flujo {id} del proyecto {project}, que ya no existe; haz \
                 el plan con --recreate para crearlo de nuevo, o quita su línea de {INV}"
            ),
            (
                Self::TypeChanged {
                    file,
                    id,
                    local,
                    remote,
                },
                Lang::En,
            ) => format!(
                "{file}: flow {id} is a `{remote}` flow and the file a `{local}` one; a flow's \
                 type cannot change: create a new flow (remove its line from {INV})"
            ),
            (
                Self::TypeChanged {
                    file,
                    id,
                    local,
                    remote,
                },
                Lang::Es,
            ) => format!(
                "{file}: el flujo {id} es de tipo `{remote}` y el archivo de tipo `{local}`; el \
                 tipo de un flujo no puede cambiar: crea un flujo nuevo (quita su línea de {INV})"
            ),
        }
    }
}

impl fmt::Display for PlanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for PlanProblem {}

fn render(value: &Value) -> String {
    verifik_flow_rules::render(value)
}

/// `/liveness/minScore` as `liveness.minScore`.
fn dotted(pointer: &str) -> String {
    pointer
        .split('/')
        .skip(1)
        .map(verifik_flow_rules::unescape)
        .collect::<Vec<_>>()
        .join(".")
}

/// A file, checked and ready to compare.
struct Desired {
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
    let paused = text(&body, "status").as_deref() == Some(RecordStatus::Paused.as_str());
    let mut checked = body.clone();
    if paused {
        checked["status"] = Value::from(Status::Draft.as_str());
    }
    validate_flow(&checked).map_err(|errors| PlanProblem::Invalid {
        file: file.name.clone(),
        errors,
    })?;
    Ok(Desired {
        file: file.name.clone(),
        project: text(&body, "project").unwrap_or_default(),
        flow_type: text(&body, "type").unwrap_or_else(|| FlowType::Onboarding.as_str().into()),
        name: text(&body, "name").map(|n| n.trim().to_owned()),
        paused,
        body,
    })
}

/// The remote flows by project, `_id` -> record.
type Remote<'r> = BTreeMap<&'r str, &'r ProjectFlowRecord>;

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
    let projects: BTreeSet<String> = match &options.project {
        Some(project) => BTreeSet::from([project.clone()]),
        None => desired
            .iter()
            .map(|d| d.project.clone())
            .chain(inventory.projects.keys().cloned())
            .collect(),
    };
    let by_id: Remote<'_> = remote
        .iter()
        .filter(|r| r.project.as_deref().is_none_or(|p| projects.contains(p)))
        .map(|r| (r.id.as_str(), r))
        .collect();

    let (managed, claims) = identify(&desired, &by_id, inventory, options, &mut problems);
    let mut steps = Vec::new();
    for (file, record, adopted) in managed {
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
            }),
            Some(record) => match compare(file, record) {
                Ok(step) => steps.push(Step { adopted, ..step }),
                Err(mut found) => problems.append(&mut found),
            },
        }
    }

    let unmanaged = leftovers(
        &desired, &by_id, &claims, &projects, inventory, options, &mut steps,
    );
    if !problems.is_empty() {
        return Err(PlanErrors(problems));
    }
    let order = |action: Action| match action {
        Action::Create => 0,
        Action::Update => 1,
        Action::Delete => 2,
        Action::Unchanged => 3,
    };
    steps.sort_by(|a, b| {
        order(a.action)
            .cmp(&order(b.action))
            .then_with(|| a.file.cmp(&b.file))
    });
    Ok(Plan {
        format_version: PLAN_FORMAT,
        projects: projects.into_iter().collect(),
        steps,
        unmanaged,
    })
}

/// Which remote flow each file manages (none: a create), and which file claims each flow;
/// the problems found go to `problems`.
fn identify<'d, 'r>(
    desired: &'d [Desired],
    by_id: &Remote<'r>,
    inventory: &Inventory,
    options: &PlanOptions,
    problems: &mut Vec<PlanProblem>,
) -> (Vec<Managed<'d, 'r>>, BTreeMap<String, &'d str>) {
    let mut claims: BTreeMap<String, &'d str> = BTreeMap::new(); // remote id -> file
    let mut managed = Vec::new();
    for file in desired {
        let (record, adopted) = if let Some(id) = inventory.get(&file.project, &file.file) {
            match by_id.get(id) {
                Some(record) => (Some(*record), false),
                None if options.recreate => (None, false),
                None => {
                    problems.push(PlanProblem::Gone {
                        file: file.file.clone(),
                        project: file.project.clone(),
                        id: id.to_owned(),
                    });
                    continue;
                }
            }
        } else {
            let named = named_like(file, by_id, inventory);
            match named.as_slice() {
                [] => (None, false),
                [one] => (Some(*one), true),
                several => {
                    problems.push(PlanProblem::NameShared {
                        file: file.file.clone(),
                        project: file.project.clone(),
                        name: file.name.clone().unwrap_or_default(),
                        ids: several.iter().map(|r| r.id.clone()).collect(),
                    });
                    continue;
                }
            }
        };
        if let Some(record) = record
            && let Some(first) = claims.insert(record.id.clone(), &file.file)
        {
            problems.push(PlanProblem::TwoFilesOneFlow {
                first: first.to_owned(),
                second: file.file.clone(),
                id: record.id.clone(),
            });
            continue;
        }
        managed.push((file, record, adopted));
    }
    (managed, claims)
}

/// A file, the flow it manages (none: a create), and whether it was adopted by its name.
type Managed<'d, 'r> = (&'d Desired, Option<&'r ProjectFlowRecord>, bool);

/// The remote flows of the file's project and type with its name, that the inventory gives to
/// no file (a login flow without a name is matched through the inventory only).
fn named_like<'r>(
    file: &Desired,
    by_id: &Remote<'r>,
    inventory: &Inventory,
) -> Vec<&'r ProjectFlowRecord> {
    let Some(name) = &file.name else {
        return Vec::new();
    };
    let listed = |id: &str| {
        inventory
            .projects
            .get(&file.project)
            .is_some_and(|files| files.values().any(|known| known == id))
    };
    by_id
        .values()
        .filter(|r| {
            r.project.as_deref() == Some(file.project.as_str())
                && r.flow_type.map(FlowType::as_str) == Some(file.flow_type.as_str())
                && r.name.as_deref().map(str::trim) == Some(name.as_str())
                && !listed(&r.id)
        })
        .copied()
        .collect()
}

/// The flows no file manages: a delete step for each flow the inventory names whose file is
/// gone (with `allow_delete`), the rest listed as unmanaged.
fn leftovers(
    desired: &[Desired],
    by_id: &Remote<'_>,
    claims: &BTreeMap<String, &str>,
    projects: &BTreeSet<String>,
    inventory: &Inventory,
    options: &PlanOptions,
    steps: &mut Vec<Step>,
) -> Vec<Unmanaged> {
    let files_here: BTreeSet<(&str, &str)> = desired
        .iter()
        .map(|d| (d.project.as_str(), d.file.as_str()))
        .collect();
    let mut gone_files: BTreeMap<&str, &str> = BTreeMap::new(); // remote id -> file
    for project in projects {
        for (file, id) in inventory.projects.get(project).into_iter().flatten() {
            if !files_here.contains(&(project.as_str(), file.as_str())) {
                gone_files.insert(id.as_str(), file.as_str());
            }
        }
    }
    let mut unmanaged = Vec::new();
    for (id, record) in by_id {
        if claims.contains_key(*id) {
            continue;
        }
        let project = record.project.clone().unwrap_or_default();
        match gone_files.get(id) {
            Some(file) if options.allow_delete => steps.push(Step {
                action: Action::Delete,
                file: (*file).to_owned(),
                project,
                flow_type: record
                    .flow_type
                    .map_or_else(String::new, |t| t.as_str().to_owned()),
                name: record.name.clone(),
                remote_id: Some((*id).to_owned()),
                remote_updated_at: updated_at(record),
                remote_body: None,
                send: None,
                changes: Vec::new(),
                adopted: false,
            }),
            file => unmanaged.push(Unmanaged {
                project,
                id: (*id).to_owned(),
                name: record.name.clone(),
                file_gone: file.map(|f| (*f).to_owned()),
            }),
        }
    }
    unmanaged
}

fn updated_at(record: &ProjectFlowRecord) -> Option<String> {
    record
        .raw()
        .get("updatedAt")
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// A remote record as a body: the keys its type has, Verifik's own left out, no default added
/// (what `pull` writes).
pub fn remote_body(record: &ProjectFlowRecord) -> Value {
    let flow_type = record
        .flow_type
        .map_or(FlowType::Onboarding.as_str(), FlowType::as_str);
    normal::shaped(
        &Value::Object(record.raw().clone()),
        normal::body_schema(flow_type),
        false,
    )
}

/// The meaning of a remote record, as its type's body (its keys only, defaults filled in,
/// numbers in one form, sets sorted), with the keys the file leaves to others (`whiteList`,
/// `collectionCode`) left out when the file leaves them out.
pub fn remote_meaning(record: &ProjectFlowRecord, file_body: Option<&Value>) -> Value {
    let flow_type = record
        .flow_type
        .map_or(FlowType::Onboarding.as_str(), FlowType::as_str);
    let mut meaning = normal::normal(
        &Value::Object(record.raw().clone()),
        normal::body_schema(flow_type),
    );
    if let (Some(body), Some(meaning)) = (file_body, meaning.as_object_mut()) {
        for key in ["whiteList", "collectionCode"] {
            if body.get(key).is_none() {
                meaning.remove(key);
            }
        }
    }
    meaning
}

/// The step of a file that manages `record`: unchanged, or the update that makes it the
/// file; else the keys it cannot change.
fn compare(file: &Desired, record: &ProjectFlowRecord) -> Result<Step, Vec<PlanProblem>> {
    let remote_type = record
        .flow_type
        .map_or(FlowType::Onboarding.as_str(), FlowType::as_str);
    if remote_type != file.flow_type {
        return Err(vec![PlanProblem::TypeChanged {
            file: file.file.clone(),
            id: record.id.clone(),
            local: file.flow_type.clone(),
            remote: remote_type.to_owned(),
        }]);
    }
    let schema = normal::body_schema(&file.flow_type);
    let mut wanted = normal::normal(&file.body, schema);
    let before = remote_meaning(record, Some(&file.body));
    if let Some(wanted) = wanted.as_object_mut() {
        for key in ["whiteList", "collectionCode"] {
            if file.body.get(key).is_none() {
                wanted.remove(key);
            }
        }
    }
    let mut conflicts = Vec::new();
    removed_keys(&before, &wanted, "", &mut |pointer, remote| {
        conflicts.push(PlanProblem::Conflict {
            file: file.file.clone(),
            id: record.id.clone(),
            pointer,
            remote: remote.clone(),
        });
    });
    if !conflicts.is_empty() {
        return Err(conflicts);
    }
    let mut send = Map::new();
    let mut changes = Vec::new();
    if let (Some(wanted), Some(before)) = (wanted.as_object(), before.as_object()) {
        for (key, value) in wanted {
            if before.get(key) != Some(value) {
                send.insert(key.clone(), value.clone());
                diff(
                    &format!("/{}", verifik_flow_rules::escape(key)),
                    before.get(key),
                    Some(value),
                    &mut changes,
                );
            }
        }
    }
    Ok(Step {
        action: if send.is_empty() {
            Action::Unchanged
        } else {
            Action::Update
        },
        file: file.file.clone(),
        project: file.project.clone(),
        flow_type: file.flow_type.clone(),
        name: file.name.clone(),
        remote_id: Some(record.id.clone()),
        remote_updated_at: updated_at(record),
        remote_body: Some(before),
        send: (!send.is_empty()).then_some(Value::Object(send)),
        changes,
        adopted: false,
    })
}

/// Calls `found` for each key of an object in `before` that `after` does not have (objects
/// are followed; arrays are whole values).
fn removed_keys(
    before: &Value,
    after: &Value,
    pointer: &str,
    found: &mut impl FnMut(String, &Value),
) {
    if let (Value::Object(before), Value::Object(after)) = (before, after) {
        for (key, value) in before {
            let at = format!("{pointer}/{}", verifik_flow_rules::escape(key));
            match after.get(key) {
                None => found(at, value),
                Some(other) => removed_keys(value, other, &at, found),
            }
        }
    }
}

/// The leaf differences between `before` and `after` (objects followed key by key).
fn diff(pointer: &str, before: Option<&Value>, after: Option<&Value>, out: &mut Vec<Change>) {
    match (before, after) {
        (Some(Value::Object(b)), Some(Value::Object(a))) => {
            let keys: BTreeSet<&String> = b.keys().chain(a.keys()).collect();
            for key in keys {
                diff(
                    &format!("{pointer}/{}", verifik_flow_rules::escape(key)),
                    b.get(key),
                    a.get(key),
                    out,
                );
            }
        }
        (b, a) if b != a => out.push(Change {
            pointer: pointer.to_owned(),
            before: b.cloned(),
            after: a.cloned(),
        }),
        _ => {}
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Delete => "delete",
            Self::Unchanged => "unchanged",
        })
    }
}

#[cfg(test)]
mod tests;
