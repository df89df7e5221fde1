//! The inventory (`verifik-flow.lock`): which remote flow each file of a flows directory
//! manages, per project, and the creates sent whose answer was never recorded (pending). Only a
//! flow it names can ever be deleted; the flows made in the dashboard never are.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Message;

/// The inventory's file name, in the flows directory.
pub const INVENTORY_FILE: &str = "verifik-flow.lock";

/// The inventory format this crate writes, and the newest it reads. Format 2 added pending
/// creates; a format 1 inventory is read as one with none.
pub const INVENTORY_FORMAT: u32 = 2;

/// The inventory: for each project, each file's remote `_id`; and the creates in flight.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inventory {
    /// [`INVENTORY_FORMAT`].
    pub format_version: u32,
    /// Project ID -> file name -> remote flow `_id`.
    pub projects: BTreeMap<String, BTreeMap<String, String>>,
    /// Creates written ahead: recorded before each `POST`, removed when its answer is recorded
    /// (or when it surely never reached Verifik). One still here after a run was cut short
    /// (killed, a lost answer) is resolved by the next plan against a fresh listing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pending: Vec<Pending>,
}

/// A create sent (or about to be) whose answer the inventory has not recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pending {
    /// The flow's project.
    pub project: String,
    /// The file whose body was sent.
    pub file: String,
    /// `onboarding` or `login`.
    #[serde(rename = "type")]
    pub flow_type: String,
    /// [`meaning_digest`] of the body sent.
    pub digest: String,
    /// The `_id`s of that project and type that existed just before the create: the flow it
    /// made, if any, is not among them.
    pub seen: Vec<String>,
}

impl Inventory {
    /// An empty inventory of the current format.
    pub fn new() -> Self {
        Self {
            format_version: INVENTORY_FORMAT,
            projects: BTreeMap::new(),
            pending: Vec::new(),
        }
    }

    /// Reads an inventory's text; an error says what is wrong, for the file's name to be put
    /// in front of it. The format is read before anything else, so that an inventory of a
    /// newer format asks for a newer verifik-flow rather than being called "not an inventory".
    pub fn from_json(text: &str) -> Result<Self, Message> {
        let loose: Value = serde_json::from_str(text).map_err(|error| not_an_inventory(&error))?;
        match loose.get("format_version").and_then(Value::as_u64) {
            Some(found) if found > u64::from(INVENTORY_FORMAT) => {
                return Err(Message::from_fn(move |lang| {
                    crate::words::of(lang).inventory_too_new(found, INVENTORY_FORMAT)
                }));
            }
            _ => {}
        }
        let mut inventory: Self =
            serde_json::from_value(loose).map_err(|error| not_an_inventory(&error))?;
        inventory.format_version = INVENTORY_FORMAT;
        Ok(inventory)
    }

    /// The inventory as its file holds it: pretty JSON, sorted, a final newline (a stable
    /// diff in review).
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The remote `_id` the inventory names for `file` in `project`.
    pub fn get(&self, project: &str, file: &str) -> Option<&str> {
        self.projects.get(project)?.get(file).map(String::as_str)
    }

    /// Records that `file` manages the remote flow `id` in `project`.
    pub fn set(&mut self, project: &str, file: &str, id: &str) {
        self.projects
            .entry(project.to_owned())
            .or_default()
            .insert(file.to_owned(), id.to_owned());
    }

    /// Forgets `file` in `project`.
    pub fn remove(&mut self, project: &str, file: &str) {
        if let Some(files) = self.projects.get_mut(project) {
            files.remove(file);
            if files.is_empty() {
                self.projects.remove(project);
            }
        }
    }

    /// The file and project that the inventory gives flow `id` to, in any section.
    pub fn holder(&self, id: &str) -> Option<(&str, &str)> {
        self.projects.iter().find_map(|(project, files)| {
            files
                .iter()
                .find(|(_, known)| known.as_str() == id)
                .map(|(file, _)| (project.as_str(), file.as_str()))
        })
    }

    /// Whether some file of any section manages flow `id`.
    pub fn names(&self, id: &str) -> bool {
        self.holder(id).is_some()
    }
}

fn not_an_inventory(error: &serde_json::Error) -> Message {
    let error = error.to_string();
    Message::from_fn(move |lang| crate::words::of(lang).not_an_inventory(&error))
}

/// A body's meaning as a short, stable text: FNV-1a (64 bits) of its canonical JSON (keys
/// sorted at every level), after the keys a file may leave to others (`whiteList`,
/// `collectionCode`, `integrations.webhook`) are taken out. What a pending create records, and what a listed flow's
/// meaning is compared with; it says nothing of the whitelist's people.
pub fn meaning_digest(meaning: &Value) -> String {
    use std::hash::Hasher as _;
    let mut meaning = meaning.clone();
    if let Some(object) = meaning.as_object_mut() {
        for key in super::LEFT_TO_OTHERS {
            object.remove(*key);
        }
    }
    for pointer in super::NESTED_LEFT_TO_OTHERS {
        if let Some((parent, member)) = pointer.rsplit_once('/')
            && let Some(Value::Object(object)) = meaning.pointer_mut(parent)
        {
            object.remove(member);
        }
    }
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(canonical(&meaning).as_bytes());
    format!("fnv1a64:{:016x}", hasher.finish())
}

/// A digest of bytes as read (a file, the inventory), in the same form.
pub fn bytes_digest(bytes: &[u8]) -> String {
    use std::hash::Hasher as _;
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(bytes);
    format!("fnv1a64:{:016x}", hasher.finish())
}

/// JSON with every object's keys sorted, whatever order `serde_json` keeps (its
/// `preserve_order` feature may be on in a user's build).
fn canonical(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let members: Vec<String> = keys
                .into_iter()
                .map(|key| format!("{}:{}", Value::from(key.as_str()), canonical(&map[key])))
                .collect();
            format!("{{{}}}", members.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(canonical).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_format_1_inventory_is_read_and_a_newer_one_asks_for_an_update() {
        let old = r#"{"format_version": 1, "projects": {"p": {"a.json": "x"}}}"#;
        let read = Inventory::from_json(old).unwrap();
        assert_eq!(read.get("p", "a.json"), Some("x"));
        assert_eq!(read.format_version, INVENTORY_FORMAT);
        // A newer format with keys this one does not know still says "update".
        let newer = r#"{"format_version": 9, "projects": {}, "leases": []}"#;
        let why = Inventory::from_json(newer).unwrap_err();
        assert!(
            why.get(crate::Lang::En).contains("update verifik-flow"),
            "{why:?}"
        );
        let why = Inventory::from_json("<<<<<<< HEAD").unwrap_err();
        assert!(
            why.get(crate::Lang::En)
                .contains("is not a verifik-flow inventory")
        );
    }

    #[test]
    fn the_digest_ignores_key_order_and_the_keys_left_to_others() {
        let a =
            serde_json::json!({"name": "x", "liveness": {"minScore": 0.6, "searchMode": "FAST"}});
        let b = serde_json::json!({"liveness": {"searchMode": "FAST", "minScore": 0.6}, "name": "x",
            "whiteList": [{"email": "a@b.co"}]});
        assert_eq!(meaning_digest(&a), meaning_digest(&b));
        let c =
            serde_json::json!({"name": "y", "liveness": {"minScore": 0.6, "searchMode": "FAST"}});
        assert_ne!(meaning_digest(&a), meaning_digest(&c));
        assert!(meaning_digest(&a).starts_with("fnv1a64:"));
    }
}
