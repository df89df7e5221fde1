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
/// body with its own keys, an update replaces each top-level key sent, a delete removes).
#[derive(Default)]
struct Memory {
    records: BTreeMap<String, Value>,
    next: u32,
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

    /// Applies `plan`, returning the inventory after it.
    fn apply(&mut self, plan: &Plan, inventory: &Inventory) -> Inventory {
        let mut created = BTreeMap::new();
        for step in &plan.steps {
            match step.action {
                Action::Create => {
                    let id = self.create(step.send.as_ref().unwrap());
                    created.insert(step.file.clone(), id);
                }
                Action::Update => {
                    self.update(
                        step.remote_id.as_ref().unwrap(),
                        step.send.as_ref().unwrap(),
                    );
                }
                Action::Delete => {
                    self.records.remove(step.remote_id.as_ref().unwrap());
                }
                Action::Unchanged => {}
            }
        }
        plan.inventory_after(inventory, &created)
    }
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
    let mut inventory = Inventory::new();
    inventory.set(PROJECT, "ours.json", &ours);
    let kept = plan(&[], &memory.list(), &inventory, &PlanOptions::default()).unwrap();
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
    let deleting = plan(&[], &memory.list(), &inventory, &allow).unwrap();
    assert_eq!(deleting.count(Action::Delete), 1);
    assert_eq!(deleting.steps[0].remote_id.as_deref(), Some(ours.as_str()));
    assert_eq!(deleting.unmanaged.len(), 1);
    assert_eq!(deleting.unmanaged[0].id, theirs);
    let after = memory.apply(&deleting, &inventory);
    assert!(after.projects.is_empty());
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
}
