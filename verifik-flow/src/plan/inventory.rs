//! The inventory (`verifik-flow.lock`): which remote flow each file of a flows directory
//! manages, per project. Only a flow it names can ever be deleted; the flows made in the
//! dashboard never are.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The inventory's file name, in the flows directory.
pub const INVENTORY_FILE: &str = "verifik-flow.lock";

/// The inventory format this crate writes and reads.
pub const INVENTORY_FORMAT: u32 = 1;

/// The inventory: for each project, each file's remote `_id`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inventory {
    /// [`INVENTORY_FORMAT`].
    pub format_version: u32,
    /// Project ID -> file name -> remote flow `_id`.
    pub projects: BTreeMap<String, BTreeMap<String, String>>,
}

impl Inventory {
    /// An empty inventory of the current format.
    pub fn new() -> Self {
        Self {
            format_version: INVENTORY_FORMAT,
            projects: BTreeMap::new(),
        }
    }

    /// Reads an inventory's text; an error says what is wrong, for the file's name to be put
    /// in front of it.
    pub fn from_json(text: &str) -> Result<Self, crate::Message> {
        let inventory: Self = serde_json::from_str(text).map_err(|error| {
            crate::Message::new(
                format!("is not a verifik-flow inventory ({error})"),
                format!("no es un inventario de verifik-flow ({error})"),
            )
        })?;
        if inventory.format_version > INVENTORY_FORMAT {
            let found = inventory.format_version;
            return Err(crate::Message::new(
                format!(
                    "has format {found}, newer than this verifik-flow reads ({INVENTORY_FORMAT}): \
                     update verifik-flow"
                ),
                format!(
                    "tiene el formato {found}, más nuevo que el que lee este verifik-flow \
                     ({INVENTORY_FORMAT}): actualiza verifik-flow"
                ),
            ));
        }
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
}
