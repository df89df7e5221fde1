//! The planner's properties, on flows in memory: a plan applied and planned again is empty;
//! nothing the inventory does not name is deleted; each flow is claimed at most once; and each
//! bad input is refused with its own problem.

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde_json::{Value, json};

use super::*;

const PROJECT: &str = "65b03015c03e1a1b595fe61c";
const OTHER_PROJECT: &str = "65b03015c03e1a1b595fe6aa";

fn onboarding(name: &str) -> Value {
    json!({
        "$schema": "./.verifik-flow/project-flow.schema.json",
        "project": PROJECT, "type": "onboarding", "name": name,
        "target": "personal", "status": "draft",
        "signUpForm": { "email": true, "emailGateway": "mailgun" },
        "liveness": { "minScore": 0.65, "searchMode": "FAST" },
        "steps": { "liveness": "mandatory" },
    })
}

fn login(name: &str) -> Value {
    json!({
        "project": PROJECT, "type": "login", "name": name, "status": "draft",
        "loginSettings": { "email": true, "emailGateway": "mailgun", "faceLiveness": true },
    })
}

fn file(name: &str, body: Value) -> LocalFile {
    LocalFile {
        name: name.to_owned(),
        body,
    }
}

/// Verifik in memory: records by `_id`, made and changed as Verifik does (a create stores the
/// body with its own keys, an update replaces each top-level key sent, a delete removes). Its
/// creates can be told to fail: refused, stored with the answer lost, or stored and never
/// answered (the process killed).
#[derive(Default)]
struct Memory {
    records: BTreeMap<String, Value>,
    next: u32,
    /// What each coming create does (then `Answer::Complete`).
    script: std::collections::VecDeque<Answer>,
}

/// What a create does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Answer {
    Complete,
    /// Refused before acting (a 429): nothing stored.
    Refused,
    /// Stored, and the answer lost (a 504).
    Lost,
    /// Stored, and the process killed before the answer came.
    Killed,
    /// Stored and answered, a stop asked for (Ctrl-C) while it was in flight.
    Interrupted,
}

#[derive(Debug)]
struct Failure {
    may_have_happened: bool,
}

/// The memory behind `&self`, as a remote is shared, and the stop a run was given.
struct Shared(std::cell::RefCell<Memory>, Stop);

impl Remote for Shared {
    type Error = Failure;

    async fn list(&self, project: &str) -> Result<Vec<ProjectFlowRecord>, Failure> {
        Ok(self
            .0
            .borrow()
            .list()
            .into_iter()
            .filter(|r| r.project.as_deref() == Some(project))
            .collect())
    }

    async fn create(&self, body: &Value) -> Result<ProjectFlowRecord, Failure> {
        let answer = self
            .0
            .borrow_mut()
            .script
            .pop_front()
            .unwrap_or(Answer::Complete);
        if answer == Answer::Refused {
            return Err(Failure {
                may_have_happened: false,
            });
        }
        let id = self.0.borrow_mut().create(body);
        match answer {
            Answer::Lost => Err(Failure {
                may_have_happened: true,
            }),
            Answer::Killed => std::future::pending().await,
            Answer::Interrupted => {
                self.1.stop();
                Ok(serde_json::from_value(self.0.borrow().records[&id].clone()).unwrap())
            }
            _ => Ok(serde_json::from_value(self.0.borrow().records[&id].clone()).unwrap()),
        }
    }

    async fn update(&self, id: &str, partial: &Value) -> Result<(), Failure> {
        self.0.borrow_mut().update(id, partial);
        Ok(())
    }

    async fn delete(&self, id: &str) -> Result<(), Failure> {
        self.0.borrow_mut().records.remove(id);
        Ok(())
    }

    fn may_have_happened(error: &Failure) -> bool {
        error.may_have_happened
    }
}

/// Polls `future` once: every call of the memory is ready at once, so it ends unless a create
/// was `Killed` (then `None`, the run dropped where it stood, as `kill -9` leaves it).
fn run_once<F: std::future::Future>(future: F) -> Option<F::Output> {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut context) {
        std::task::Poll::Ready(output) => Some(output),
        std::task::Poll::Pending => None,
    }
}

impl Memory {
    fn list(&self) -> Vec<ProjectFlowRecord> {
        self.records
            .values()
            .map(|raw| serde_json::from_value(raw.clone()).unwrap())
            .collect()
    }

    fn create(&mut self, body: &Value) -> String {
        self.next += 1;
        let id = format!("{:024x}", 0xabc0_0000_u64 + u64::from(self.next));
        let mut raw = body.clone();
        let object = raw.as_object_mut().unwrap();
        object.remove("$schema");
        object.insert("_id".into(), Value::from(id.as_str()));
        object.insert("__v".into(), Value::from(0));
        object.insert("client".into(), Value::from("65b03015c03e1a1b595fe000"));
        object.insert("updatedAt".into(), Value::from(format!("t{}", self.next)));
        self.records.insert(id.clone(), raw);
        id
    }

    fn update(&mut self, id: &str, partial: &Value) {
        self.next += 1;
        let raw = self.records.get_mut(id).unwrap();
        for (key, value) in partial.as_object().unwrap() {
            raw[key] = value.clone();
        }
        raw["updatedAt"] = Value::from(format!("t{}", self.next));
    }

    /// Applies `plan` through the executor, returning the inventory it recorded last.
    fn apply(&mut self, plan: &Plan, inventory: &Inventory) -> Inventory {
        let memory = std::mem::take(self);
        let (after, _, memory) = apply_in(memory, plan, inventory);
        *self = memory;
        after
    }
}

/// Applies `plan` to `memory` with the executor; the inventory last recorded (as the disk
/// holds it), whether the run ended (not killed), and the memory.
fn apply_in(memory: Memory, plan: &Plan, inventory: &Inventory) -> (Inventory, bool, Memory) {
    let (recorded, ran, memory) = run_in(memory, plan, inventory);
    (recorded, ran.is_some(), memory)
}

/// [`apply_in`], with what the run said of itself (none: killed).
fn run_in(
    memory: Memory,
    plan: &Plan,
    inventory: &Inventory,
) -> (Inventory, Option<Executed>, Memory) {
    let shared = Shared(std::cell::RefCell::new(memory), Stop::new());
    let listing = shared.0.borrow().list();
    let mut recorded = inventory.clone();
    let ran = run_once(execute(
        plan,
        &shared,
        &listing,
        &shared.1,
        &mut |written| {
            recorded = written.clone();
            Ok(())
        },
        &mut |_| {},
    ));
    (recorded, ran, shared.0.into_inner())
}

#[test]
fn creates_then_nothing_then_exactly_the_key_edited() {
    let mut memory = Memory::default();
    let files = vec![
        file("a.verifik-flow.json", onboarding("A")),
        file("b.verifik-flow.json", onboarding("B")),
        file("c.verifik-flow.json", login("C")),
    ];
    let first = plan(
        &files,
        &memory.list(),
        &Inventory::new(),
        &PlanOptions::default(),
    )
    .unwrap();
    assert_eq!(first.count(Action::Create), 3);
    let inventory = memory.apply(&first, &Inventory::new());
    assert_eq!(inventory.projects[PROJECT].len(), 3);

    let again = plan(&files, &memory.list(), &inventory, &PlanOptions::default()).unwrap();
    assert!(again.is_empty(), "{}", again.summary());
    assert_eq!(again.count(Action::Unchanged), 3);

    let mut edited = files.clone();
    edited[0].body["liveness"]["minScore"] = json!(0.8);
    let third = plan(&edited, &memory.list(), &inventory, &PlanOptions::default()).unwrap();
    let update = &third.steps[0];
    assert_eq!(update.action, Action::Update);
    assert_eq!(update.changes.len(), 1);
    assert_eq!(update.changes[0].path(), "liveness.minScore");
    assert_eq!(update.changes[0].before, Some(json!(0.65)));
    assert_eq!(update.changes[0].after, Some(json!(0.8)));
    // Only the changed top-level key is sent, whole.
    let sent = update.send.as_ref().unwrap().as_object().unwrap();
    assert_eq!(sent.keys().collect::<Vec<_>>(), ["liveness"]);
    assert_eq!(sent["liveness"]["searchMode"], "FAST");
}

#[test]
fn verifiks_own_keys_defaults_number_forms_and_sets_are_no_difference() {
    let mut memory = Memory::default();
    let mut body = onboarding("A");
    body["documents"] = json!({ "verificationMethods": ["scan", "SCAN_PROMPT"], "documentTypes": [
        { "country": "Colombia", "configurations": [{ "active": true, "documentCategory": "passport" }] }
    ] });
    body["steps"]["document"] = json!("optional");
    let id = memory.create(&body);
    // What Verifik's v2 pages show besides the body.
    let raw = memory.records.get_mut(&id).unwrap();
    raw["redirectUrl"] = json!("");
    raw["allowedCountries"] = json!([]);
    raw["loginSettings"] = Value::Null;
    raw["linkSettings"] = Value::Null;
    raw["security"] =
        json!({ "_id": "65b03015c03e1a1b595fe001", "strategy": "none", "source": null });
    raw["liveness"] = json!({ "_id": "65b03015c03e1a1b595fe002", "minScore": 0.650, "searchMode": "FAST",
        "attemptLimit": 3.0, "kycType": "traditional", "searchMinScore": 0.8, "compareMinScore": 0.85 });
    raw["documents"]["verificationMethods"] = json!(["SCAN_PROMPT", "scan"]);
    let mut inventory = Inventory::new();
    inventory.set(PROJECT, "a.verifik-flow.json", &id);
    let planned = plan(
        &[file("a.verifik-flow.json", body)],
        &memory.list(),
        &inventory,
        &PlanOptions::default(),
    )
    .unwrap();
    assert!(planned.is_empty(), "{:?}", planned.steps[0].changes);
}

#[test]
fn a_key_without_a_default_that_only_verifik_holds_is_a_conflict() {
    let mut memory = Memory::default();
    let mut remote = onboarding("A");
    remote["signUpForm"]["countryCode"] = json!("+57");
    let id = memory.create(&remote);
    let error = plan(
        &[file("a.json", onboarding("A"))],
        &memory.list(),
        &Inventory::new(),
        &PlanOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(&error.0[..], [PlanProblem::Conflict { pointer, id: at, .. }] if pointer == "/signUpForm/countryCode" && *at == id),
        "{error}"
    );
    assert!(
        error.to_string().contains("signUpForm.countryCode"),
        "{error}"
    );
}

#[test]
fn identity_is_never_guessed() {
    let mut memory = Memory::default();
    let first = memory.create(&onboarding("Same"));
    let second = memory.create(&onboarding("Same"));
    // A name shared by two remote flows.
    let error = plan(
        &[file("a.json", onboarding("Same"))],
        &memory.list(),
        &Inventory::new(),
        &PlanOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(&error.0[..], [PlanProblem::NameShared { ids, .. }] if ids.len() == 2),
        "{error}"
    );
    // Two files claiming one flow.
    let mut inventory = Inventory::new();
    inventory.set(PROJECT, "a.json", &first);
    inventory.set(PROJECT, "b.json", &first);
    let error = plan(
        &[
            file("a.json", onboarding("Same")),
            file("b.json", onboarding("Other")),
        ],
        &memory.list(),
        &inventory,
        &PlanOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(&error.0[..], [PlanProblem::TwoFilesOneFlow { id, .. }] if *id == first),
        "{error}"
    );
    // An inventory entry whose flow is gone: an error, a create only when asked.
    let mut inventory = Inventory::new();
    inventory.set(PROJECT, "a.json", "65b03015c03e1a1b595fefff");
    let files = [file("a.json", onboarding("New"))];
    let error = plan(&files, &memory.list(), &inventory, &PlanOptions::default()).unwrap_err();
    assert!(
        matches!(&error.0[..], [PlanProblem::Gone { .. }]),
        "{error}"
    );
    let recreate = PlanOptions {
        recreate: true,
        ..PlanOptions::default()
    };
    let planned = plan(&files, &memory.list(), &inventory, &recreate).unwrap();
    assert_eq!(planned.count(Action::Create), 1);
    assert_eq!(
        planned.unmanaged.len(),
        2,
        "{second} and {first} stay unmanaged"
    );
}

#[test]
fn only_a_flow_the_inventory_names_is_deleted_and_only_when_asked() {
    let mut memory = Memory::default();
    let ours = memory.create(&onboarding("Ours"));
    let theirs = memory.create(&onboarding("Made in the dashboard"));
    let kept_file = memory.create(&onboarding("Kept"));
    let mut inventory = Inventory::new();
    inventory.set(PROJECT, "ours.json", &ours);
    inventory.set(PROJECT, "kept.json", &kept_file);
    // The project is in play through the file that stays.
    let files = [file("kept.json", onboarding("Kept"))];
    let kept = plan(&files, &memory.list(), &inventory, &PlanOptions::default()).unwrap();
    assert_eq!(kept.count(Action::Delete), 0);
    assert_eq!(kept.unmanaged.len(), 2);
    assert!(
        kept.unmanaged
            .iter()
            .any(|u| u.id == ours && u.file_gone.as_deref() == Some("ours.json"))
    );
    let allow = PlanOptions {
        allow_delete: true,
        ..PlanOptions::default()
    };
    let deleting = plan(&files, &memory.list(), &inventory, &allow).unwrap();
    assert_eq!(deleting.count(Action::Delete), 1);
    let delete = deleting
        .steps
        .iter()
        .find(|s| s.action == Action::Delete)
        .unwrap();
    assert_eq!(delete.remote_id.as_deref(), Some(ours.as_str()));
    assert_eq!(deleting.unmanaged.len(), 1);
    assert_eq!(deleting.unmanaged[0].id, theirs);
    let after = memory.apply(&deleting, &inventory);
    assert_eq!(after.projects[PROJECT].len(), 1);
    // With no file left, no project is in play: nothing is planned, unless it is named.
    let nothing = plan(&[], &memory.list(), &after, &allow).unwrap();
    assert!(nothing.steps.is_empty() && nothing.unmanaged.is_empty());
    let named = PlanOptions {
        project: Some(PROJECT.into()),
        allow_delete: true,
        ..PlanOptions::default()
    };
    assert_eq!(
        plan(&[], &memory.list(), &after, &named)
            .unwrap()
            .count(Action::Delete),
        1
    );
}

/// A second section (from `plan --project STAGING`) is never read as "its file is gone": a
/// flow is gone only when no file of the directory manages it, and only sections of the
/// projects in play are planned.
#[test]
fn another_projects_section_is_never_deleted_by_a_plain_plan() {
    let mut memory = Memory::default();
    let files = vec![file("a.json", onboarding("A"))];
    let production = memory.apply(
        &plan(
            &files,
            &memory.list(),
            &Inventory::new(),
            &PlanOptions::default(),
        )
        .unwrap(),
        &Inventory::new(),
    );
    let staging = PlanOptions {
        project: Some(OTHER_PROJECT.into()),
        ..PlanOptions::default()
    };
    let both = memory.apply(
        &plan(&files, &memory.list(), &production, &staging).unwrap(),
        &production,
    );
    assert_eq!(both.projects.len(), 2);
    let allow = PlanOptions {
        allow_delete: true,
        ..PlanOptions::default()
    };
    let planned = plan(&files, &memory.list(), &both, &allow).unwrap();
    assert_eq!(planned.count(Action::Delete), 0, "{}", planned.summary());
    assert!(planned.is_empty());
    // And the staging plan does not delete production's flow either.
    let staging_delete = PlanOptions {
        allow_delete: true,
        ..staging
    };
    assert!(
        plan(&files, &memory.list(), &both, &staging_delete)
            .unwrap()
            .is_empty()
    );
}

/// A file renamed keeps its flow (`git mv`): a move, nothing sent; a nameless one by meaning.
#[test]
fn a_renamed_file_moves_its_flow() {
    let mut memory = Memory::default();
    let mut nameless = login("x");
    nameless.as_object_mut().unwrap().remove("name");
    let files = vec![
        file("a.json", onboarding("A")),
        file("n.json", nameless.clone()),
    ];
    let inventory = memory.apply(
        &plan(
            &files,
            &memory.list(),
            &Inventory::new(),
            &PlanOptions::default(),
        )
        .unwrap(),
        &Inventory::new(),
    );
    let renamed = vec![file("b.json", onboarding("A")), file("m.json", nameless)];
    let allow = PlanOptions {
        allow_delete: true,
        ..PlanOptions::default()
    };
    let planned = plan(&renamed, &memory.list(), &inventory, &allow).unwrap();
    assert_eq!(planned.count(Action::Move), 2, "{:?}", planned.steps);
    assert_eq!(
        planned.count(Action::Create) + planned.count(Action::Delete),
        0
    );
    let moved = planned.steps.iter().find(|s| s.file == "b.json").unwrap();
    assert_eq!(moved.moved_from.as_deref(), Some("a.json"));
    let before = memory.records.len();
    let after = memory.apply(&planned, &inventory);
    assert_eq!(memory.records.len(), before);
    assert_eq!(
        after.get(PROJECT, "b.json"),
        inventory.get(PROJECT, "a.json")
    );
    assert_eq!(after.get(PROJECT, "a.json"), None);
    assert!(
        plan(&renamed, &memory.list(), &after, &allow)
            .unwrap()
            .is_empty()
    );
}

/// Two new files of one project, type and name would make two flows no plan could tell apart.
#[test]
fn two_new_files_of_one_name_are_an_error_naming_both() {
    let error = plan(
        &[
            file("a.json", onboarding("Same")),
            file("b.json", onboarding("Same")),
        ],
        &[],
        &Inventory::new(),
        &PlanOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(&error.0[..], [PlanProblem::SameName { first, second, .. }] if first == "a.json" && second == "b.json"),
        "{error}"
    );
}

/// A flow matched by its name is an action of its own, recorded even when nothing is sent.
#[test]
fn an_adoption_is_planned_applied_and_recorded() {
    let mut memory = Memory::default();
    let id = memory.create(&onboarding("A"));
    let files = [file("a.json", onboarding("A"))];
    let planned = plan(
        &files,
        &memory.list(),
        &Inventory::new(),
        &PlanOptions::default(),
    )
    .unwrap();
    assert_eq!(planned.count(Action::Adopt), 1);
    assert!(!planned.is_empty());
    assert!(
        planned.summary().contains("1 to adopt"),
        "{}",
        planned.summary()
    );
    let after = memory.apply(&planned, &Inventory::new());
    assert_eq!(after.get(PROJECT, "a.json"), Some(id.as_str()));
    assert!(
        plan(&files, &memory.list(), &after, &PlanOptions::default())
            .unwrap()
            .is_empty()
    );
}

/// A create whose answer was lost stays pending; the next plan finds the flow it made by its
/// meaning (nameless ones too, identical ones paired in `_id` order), and creates again only
/// what was never made. More candidates than pending creates is an error.
#[test]
fn a_pending_create_is_resolved_against_the_listing() {
    let mut nameless = login("x");
    nameless.as_object_mut().unwrap().remove("name");
    let files = vec![
        file("a.json", onboarding("A")),
        file("n1.json", nameless.clone()),
        file("n2.json", nameless.clone()),
        file("z.json", onboarding("Z")),
    ];
    // Creates run in file order: a lost, n1 lost, n2 refused, z lost.
    let mut memory = Memory {
        script: [Answer::Lost, Answer::Lost, Answer::Refused, Answer::Lost].into(),
        ..Memory::default()
    };
    let first = plan(
        &files,
        &memory.list(),
        &Inventory::new(),
        &PlanOptions::default(),
    )
    .unwrap();
    let recorded = memory.apply(&first, &Inventory::new());
    assert_eq!(recorded.pending.len(), 3, "{recorded:?}");
    assert_eq!(memory.records.len(), 3);
    let second = plan(&files, &memory.list(), &recorded, &PlanOptions::default()).unwrap();
    assert_eq!(second.count(Action::Adopt), 3, "{:?}", second.steps);
    assert_eq!(second.count(Action::Create), 1);
    let after = memory.apply(&second, &recorded);
    assert!(after.pending.is_empty());
    assert_eq!(memory.records.len(), 4);
    assert!(
        plan(&files, &memory.list(), &after, &PlanOptions::default())
            .unwrap()
            .is_empty()
    );

    // Someone made an identical nameless flow meanwhile: two candidates, one pending create.
    let mut memory = Memory {
        script: [Answer::Lost].into(),
        ..Memory::default()
    };
    let only = vec![file("n1.json", nameless.clone())];
    let recorded = memory.apply(
        &plan(
            &only,
            &memory.list(),
            &Inventory::new(),
            &PlanOptions::default(),
        )
        .unwrap(),
        &Inventory::new(),
    );
    memory.create(&nameless);
    let error = plan(&only, &memory.list(), &recorded, &PlanOptions::default()).unwrap_err();
    assert!(
        matches!(&error.0[..], [PlanProblem::PendingAmbiguous { ids, .. }] if ids.len() == 2),
        "{error}"
    );
}

/// Ctrl-C during each possible create: the create in flight is recorded as done (no pending
/// entry), nothing more is sent, the run says it stopped; apply again converges.
#[test]
fn interrupted_during_any_create_records_it_and_apply_again_converges() {
    let files: Vec<LocalFile> = (0..4)
        .map(|n| file(&format!("f{n}.json"), onboarding(&format!("Flow {n}"))))
        .chain([file("n.json", {
            let mut nameless = login("x");
            nameless.as_object_mut().unwrap().remove("name");
            nameless
        })])
        .collect();
    for interrupted_at in 0..files.len() {
        let (recorded, ran, memory) = first_run(&files, interrupted_at, Answer::Interrupted);
        let ran = ran.unwrap();
        // Stopped before the next step (after the last one, there is none to stop).
        let more = interrupted_at + 1 < files.len();
        assert!(
            ran.stopped == more && ran.done == interrupted_at + 1,
            "{ran:?}"
        );
        assert!(recorded.pending.is_empty(), "{recorded:?}");
        assert_eq!(memory.records.len(), interrupted_at + 1);
        again_converges(&files, memory, &recorded);
    }
}

/// A first apply of `files` in memory whose first `complete` creates complete and whose next
/// one does `then`: the inventory it recorded, what it said of itself (none: killed), and the
/// memory.
fn first_run(
    files: &[LocalFile],
    complete: usize,
    then: Answer,
) -> (Inventory, Option<Executed>, Memory) {
    let memory = Memory {
        script: std::iter::repeat_n(Answer::Complete, complete)
            .chain([then])
            .collect(),
        ..Memory::default()
    };
    let first = plan(
        files,
        &memory.list(),
        &Inventory::new(),
        &PlanOptions::default(),
    )
    .unwrap();
    run_in(memory, &first, &Inventory::new())
}

/// Plans and applies `files` again from `recorded`, every call going through: one flow a
/// file, and nothing left to do.
fn again_converges(files: &[LocalFile], mut memory: Memory, recorded: &Inventory) {
    memory.script.clear();
    let again = plan(files, &memory.list(), recorded, &PlanOptions::default()).unwrap();
    let after = memory.apply(&again, recorded);
    assert_eq!(memory.records.len(), files.len());
    let last = plan(files, &memory.list(), &after, &PlanOptions::default()).unwrap();
    assert!(last.is_empty(), "{}", last.summary());
}

/// kill -9 after each possible number of creates, 10 named flows and 2 nameless login ones:
/// after each, applying again ends with exactly 12 flows and nothing left to do.
#[test]
fn killed_after_any_number_of_creates_apply_again_converges() {
    let mut files: Vec<LocalFile> = (0..10)
        .map(|n| file(&format!("f{n:02}.json"), onboarding(&format!("Flow {n}"))))
        .collect();
    for (n, score) in [(1, 0.6), (2, 0.7)] {
        let mut nameless = login("x");
        nameless.as_object_mut().unwrap().remove("name");
        nameless["loginSettings"]["livenessMinScore"] = json!(score);
        files.push(file(&format!("nameless-{n}.json"), nameless));
    }
    for killed_after in 0..=12 {
        let (recorded, ran, memory) = first_run(&files, killed_after, Answer::Killed);
        assert_eq!(ran.is_some(), killed_after == 12, "{killed_after}");
        again_converges(&files, memory, &recorded);
    }
}

#[test]
fn a_paused_file_is_for_a_flow_that_exists() {
    let mut memory = Memory::default();
    let mut paused = onboarding("A");
    paused["status"] = json!("paused");
    let error = plan(
        &[file("a.json", paused.clone())],
        &memory.list(),
        &Inventory::new(),
        &PlanOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(&error.0[..], [PlanProblem::PausedCreate { .. }]),
        "{error}"
    );
    memory.create(&onboarding("A"));
    let planned = plan(
        &[file("a.json", paused)],
        &memory.list(),
        &Inventory::new(),
        &PlanOptions::default(),
    )
    .unwrap();
    assert_eq!(planned.steps[0].action, Action::Update);
    assert_eq!(planned.steps[0].send, Some(json!({ "status": "paused" })));
    assert!(planned.steps[0].adopted);
}

#[test]
fn another_project_gets_the_same_files_and_its_own_inventory_section() {
    let mut memory = Memory::default();
    let files = vec![file("a.json", onboarding("A")), file("c.json", login("C"))];
    let staging = plan(
        &files,
        &memory.list(),
        &Inventory::new(),
        &PlanOptions::default(),
    )
    .unwrap();
    let inventory = memory.apply(&staging, &Inventory::new());
    let production = PlanOptions {
        project: Some(OTHER_PROJECT.into()),
        ..PlanOptions::default()
    };
    let planned = plan(&files, &memory.list(), &inventory, &production).unwrap();
    assert_eq!(planned.count(Action::Create), 2);
    assert!(
        planned.unmanaged.is_empty(),
        "the first project's flows are not in play"
    );
    let inventory = memory.apply(&planned, &inventory);
    assert_eq!(inventory.projects.len(), 2);
    assert!(
        plan(&files, &memory.list(), &inventory, &production)
            .unwrap()
            .is_empty()
    );
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        Just(Answer::Complete),
        Just(Answer::Refused),
        Just(Answer::Lost),
        Just(Answer::Killed),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Any set of files, over any remote state of their names: applying the plan and planning
    /// again gives nothing to do; no flow outside the inventory is deleted; each flow is
    /// claimed once.
    #[test]
    fn a_plan_applied_then_planned_again_is_empty(
        local in proptest::collection::btree_map(0u8..6, (0.52f64..0.9, any::<bool>()), 0..5),
        remote in proptest::collection::btree_map(0u8..8, 0.52f64..0.9, 0..6),
        allow_delete in any::<bool>(),
    ) {
        let mut memory = Memory::default();
        for (n, score) in &remote {
            let mut body = onboarding(&format!("Flow {n}"));
            body["liveness"]["minScore"] = json!(score);
            memory.create(&body);
        }
        let files: Vec<LocalFile> = local
            .iter()
            .map(|(n, (score, skip))| {
                let mut body = onboarding(&format!("Flow {n}"));
                body["liveness"]["minScore"] = json!(score);
                if *skip {
                    body["steps"]["liveness"] = json!("skip");
                }
                file(&format!("flow-{n}.json"), body)
            })
            .collect();
        let options = PlanOptions { allow_delete, ..PlanOptions::default() };
        let planned = plan(&files, &memory.list(), &Inventory::new(), &options).unwrap();
        // Nothing was in the inventory, so nothing is deleted.
        prop_assert_eq!(planned.count(Action::Delete), 0);
        let mut claimed = std::collections::BTreeSet::new();
        for step in &planned.steps {
            if let Some(id) = &step.remote_id {
                prop_assert!(claimed.insert(id.clone()), "{} claimed twice", id);
            }
        }
        let inventory = memory.apply(&planned, &Inventory::new());
        let again = plan(&files, &memory.list(), &inventory, &options).unwrap();
        prop_assert!(again.is_empty(), "{}", again.summary());
        prop_assert_eq!(memory.records.len(), remote.keys().chain(local.keys()).collect::<std::collections::BTreeSet<_>>().len());
    }

    /// The planner and the recorder together: any run whose creates complete, are refused,
    /// lose their answer or are killed, then a plan and an apply that go through, ends with
    /// the files' flows exactly (no duplicate: one flow a file) and every flow made elsewhere
    /// still there (nothing deleted outside the inventory, even with `allow_delete`).
    #[test]
    fn any_interrupted_apply_then_apply_again_converges(
        named in proptest::collection::btree_set(0u8..6, 0..5),
        nameless in proptest::collection::btree_set(0u8..3, 0..3),
        elsewhere in proptest::collection::btree_set(0u8..8, 0..4),
        script in proptest::collection::vec(answer(), 0..8),
        allow_delete in any::<bool>(),
    ) {
        let mut memory = Memory::default();
        for n in &elsewhere {
            memory.create(&onboarding(&format!("Dashboard {n}")));
        }
        let mut files: Vec<LocalFile> = named
            .iter()
            .map(|n| file(&format!("flow-{n}.json"), onboarding(&format!("Flow {n}"))))
            .collect();
        for n in &nameless {
            let mut body = login("x");
            body.as_object_mut().unwrap().remove("name");
            body["loginSettings"]["livenessMinScore"] = json!(0.6 + f64::from(*n) / 10.0);
            files.push(file(&format!("nameless-{n}.json"), body));
        }
        let options = PlanOptions { allow_delete, ..PlanOptions::default() };
        memory.script = script.into();
        let first = plan(&files, &memory.list(), &Inventory::new(), &options).unwrap();
        let (recorded, _, mut memory) = apply_in(memory, &first, &Inventory::new());
        memory.script.clear();
        let again = plan(&files, &memory.list(), &recorded, &options).unwrap();
        let after = memory.apply(&again, &recorded);
        prop_assert!(after.pending.is_empty());
        prop_assert_eq!(memory.records.len(), elsewhere.len() + files.len());
        let last = plan(&files, &memory.list(), &after, &options).unwrap();
        prop_assert!(last.is_empty(), "{}", last.summary());
        // The flows made elsewhere are listed (while a file puts their project in play).
        let listed = if files.is_empty() { 0 } else { elsewhere.len() };
        prop_assert_eq!(last.unmanaged.len(), listed);
    }
}

#[test]
fn a_webhook_linked_in_the_dashboard_is_left_alone_when_the_file_leaves_it_out() {
    let mut memory = Memory::default();
    let body = onboarding("A");
    let id = memory.create(&body);
    let mut inventory = Inventory::new();
    inventory.set(PROJECT, "a.json", &id);
    // Linked in the dashboard: Verifik writes `integrations.webhook`.
    let webhook = json!("65b03015c03e1a1b595fe6bb");
    memory.records.get_mut(&id).unwrap()["integrations"] = json!({ "webhook": webhook });
    let files = [file("a.json", body.clone())];
    let planned = plan(&files, &memory.list(), &inventory, &PlanOptions::default()).unwrap();
    assert!(planned.is_empty(), "{:?}", planned.steps[0].changes);

    // The file changes another member of `integrations`: the update sends it whole, the
    // webhook Verifik holds kept.
    let mut edited = body.clone();
    edited["integrations"] = json!({ "redirectUrl": "https://example.com/done" });
    let planned = plan(
        &[file("a.json", edited.clone())],
        &memory.list(),
        &inventory,
        &PlanOptions::default(),
    )
    .unwrap();
    let step = &planned.steps[0];
    assert_eq!(step.action, Action::Update);
    assert_eq!(step.changes.len(), 1, "{:?}", step.changes);
    assert_eq!(step.changes[0].path(), "integrations.redirectUrl");
    assert_eq!(
        step.send.as_ref().unwrap()["integrations"]["webhook"],
        webhook
    );

    // A file that names a webhook of its own manages it.
    edited["integrations"]["webhook"] = Value::Null;
    let planned = plan(
        &[file("a.json", edited)],
        &memory.list(),
        &inventory,
        &PlanOptions::default(),
    )
    .unwrap();
    assert!(
        planned.steps[0]
            .changes
            .iter()
            .any(|c| c.path() == "integrations.webhook" && c.after == Some(Value::Null)),
        "{:?}",
        planned.steps[0].changes
    );
}
