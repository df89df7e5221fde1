//! Comparing a file with the flow it manages, by meaning: the step that makes the flow what
//! the file says (unchanged, or an update of the changed top-level keys), or the keys an update
//! cannot remove.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::normal;
use super::{Action, Change, Desired, LEFT_TO_OTHERS, NESTED_LEFT_TO_OTHERS, PlanProblem, Step};
use crate::body::onboarding::FlowType;
use crate::wire::response::ProjectFlowRecord;

pub(crate) fn updated_at(record: &ProjectFlowRecord) -> Option<String> {
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
        for key in LEFT_TO_OTHERS {
            if body.get(*key).is_none() {
                meaning.remove(*key);
            }
        }
        // An object the file leaves out whose only value is one left to others (a webhook
        // linked in the dashboard, the rest defaults) is no difference either.
        for pointer in NESTED_LEFT_TO_OTHERS {
            let Some((parent, member)) = pointer.rsplit_once('/') else {
                continue;
            };
            let top = parent.trim_start_matches('/');
            if body.get(top).is_some() || body.pointer(pointer).is_some() {
                continue;
            }
            let empty = normal::normal(
                &serde_json::json!({ top: {} }),
                normal::body_schema(flow_type),
            );
            let only_left = |value: &Value| {
                let mut value = value.clone();
                if let Some(object) = value.as_object_mut() {
                    object.remove(member);
                }
                value
            };
            if let (Some(held), Some(default)) = (meaning.get(top), empty.get(top))
                && only_left(held) == only_left(default)
            {
                meaning.remove(top);
            }
        }
    }
    meaning
}

/// For each member a file may leave to others ([`NESTED_LEFT_TO_OTHERS`]) that `body` leaves
/// out, within an object it has: `wanted` takes Verifik's value (`before`'s), or none.
fn keep_nested(body: &Value, before: &Value, wanted: &mut Value) {
    for pointer in NESTED_LEFT_TO_OTHERS {
        if body.pointer(pointer).is_some() {
            continue;
        }
        let Some((parent, member)) = pointer.rsplit_once('/') else {
            continue;
        };
        let Some(Value::Object(object)) = wanted.pointer_mut(parent) else {
            continue;
        };
        match before.pointer(pointer) {
            Some(held) => {
                object.insert(member.to_owned(), held.clone());
            }
            None => {
                object.remove(member);
            }
        }
    }
}

/// The step of a file that manages `record`: unchanged, or the update that makes it the
/// file; else the keys it cannot change.
pub(crate) fn compare(
    file: &Desired,
    record: &ProjectFlowRecord,
) -> Result<Step, Vec<PlanProblem>> {
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
        for key in LEFT_TO_OTHERS {
            if file.body.get(*key).is_none() {
                wanted.remove(*key);
            }
        }
    }
    keep_nested(&file.body, &before, &mut wanted);
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
        moved_from: None,
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

/// The meaning of a body a file holds, as a create sends it: its type's keys, defaults filled
/// in (what [`meaning_digest`](super::meaning_digest) of a pending create is taken of).
pub(crate) fn body_meaning(body: &Value, flow_type: &str) -> Value {
    normal::normal(body, normal::body_schema(flow_type))
}
