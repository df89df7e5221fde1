//! The stand-in's flows: in memory, and optionally in a file that every acknowledged write
//! reaches before it is acknowledged (temporary file, fsync, rename, fsync of the folder).

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::{SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::response::rfc3339;
use crate::{ObjectId, ProjectFlowRecord, RecordStatus};

/// What the data file holds.
#[derive(Serialize, Deserialize)]
struct DataFile {
    /// The format of this file; 1 so far.
    format: u32,
    flows: Vec<ProjectFlowRecord>,
}

/// Why the stand-in cannot start from its data file.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct StoreError(String);

pub(crate) struct Store {
    flows: Mutex<BTreeMap<String, ProjectFlowRecord>>,
    file: Option<PathBuf>,
    counter: AtomicU32,
    seed: u64,
}

impl Store {
    pub fn in_memory() -> Self {
        Self {
            flows: Mutex::new(BTreeMap::new()),
            file: None,
            counter: AtomicU32::new(0),
            seed: seed(),
        }
    }

    /// Opens `path`, or starts empty when it does not exist. A file that exists but is not a
    /// complete data file is an error: starting empty would lose what it held.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let mut store = Self::in_memory();
        store.file = Some(path.to_path_buf());
        match fs::read(path) {
            Err(error) if error.kind() == io::ErrorKind::NotFound => {}
            Err(error) => {
                return Err(StoreError(format!(
                    "cannot read the data file {}: {error}",
                    path.display()
                )));
            }
            Ok(bytes) => {
                let data: DataFile = serde_json::from_slice(&bytes).map_err(|error| {
                    StoreError(format!(
                        "the data file {} is corrupt or truncated ({error}); nothing was loaded. \
                         Restore it from a backup, or move it away to start empty",
                        path.display()
                    ))
                })?;
                if data.format != 1 {
                    return Err(StoreError(format!(
                        "the data file {} has format {}, this stand-in reads format 1",
                        path.display(),
                        data.format
                    )));
                }
                let mut flows = store.lock();
                for record in data.flows {
                    flows.insert(record.id.to_string(), record);
                }
            }
        }
        Ok(store)
    }

    fn lock(&self) -> MutexGuard<'_, BTreeMap<String, ProjectFlowRecord>> {
        self.flows.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A fresh ObjectId: seconds, a per-process random part and a counter, as MongoDB makes
    /// them.
    fn fresh_id(&self, taken: &BTreeMap<String, ProjectFlowRecord>) -> ObjectId {
        loop {
            let count = self.counter.fetch_add(1, Ordering::Relaxed);
            let seconds = u32::try_from(Utc::now().timestamp()).unwrap_or(u32::MAX);
            let id = format!(
                "{seconds:08x}{:010x}{:06x}",
                self.seed & 0xff_ffff_ffff,
                count & 0xff_ffff
            );
            if !taken.contains_key(&id) {
                return id.parse().expect("24 hex digits");
            }
        }
    }

    pub fn create(&self, body: Value) -> io::Result<ProjectFlowRecord> {
        let mut flows = self.lock();
        let now = Utc::now().trunc_subsecs(3);
        let id = self.fresh_id(&flows);
        let mut object = into_object(body);
        object.insert("_id".into(), Value::from(id.as_str()));
        object.insert("version".into(), Value::from(1));
        object.insert("createdAt".into(), Value::from(rfc3339(now)));
        object.insert("updatedAt".into(), object["createdAt"].clone());
        let record: ProjectFlowRecord =
            serde_json::from_value(Value::Object(object)).map_err(io::Error::other)?;
        flows.insert(id.to_string(), record.clone());
        if let Err(error) = self.persist(&flows) {
            flows.remove(id.as_str());
            return Err(error);
        }
        Ok(record)
    }

    pub fn get(&self, id: &str) -> Option<ProjectFlowRecord> {
        self.lock().get(id).cloned()
    }

    pub fn list(&self, filter: impl Fn(&ProjectFlowRecord) -> bool) -> Vec<ProjectFlowRecord> {
        self.lock()
            .values()
            .filter(|record| filter(record))
            .cloned()
            .collect()
    }

    /// Applies `change` to the stored body under the lock, so that concurrent updates of one
    /// flow each see the other's result; `Ok(None)` when there is no such flow.
    pub fn update<E>(
        &self,
        id: &str,
        change: impl FnOnce(Value) -> Result<Value, E>,
    ) -> io::Result<Option<Result<ProjectFlowRecord, E>>> {
        let mut flows = self.lock();
        let Some(current) = flows.get(id).cloned() else {
            return Ok(None);
        };
        let mut body = serde_json::to_value(&current).map_err(io::Error::other)?;
        if let Some(object) = body.as_object_mut() {
            for key in ["_id", "version", "createdAt", "updatedAt"] {
                object.remove(key);
            }
        }
        let changed = match change(body) {
            Ok(changed) => changed,
            Err(error) => return Ok(Some(Err(error))),
        };
        let mut object = into_object(changed);
        object.insert("_id".into(), Value::from(current.id.as_str()));
        object.insert("version".into(), Value::from(current.version + 1));
        object.insert("createdAt".into(), Value::from(rfc3339(current.created_at)));
        object.insert(
            "updatedAt".into(),
            Value::from(rfc3339(Utc::now().trunc_subsecs(3))),
        );
        let record: ProjectFlowRecord =
            serde_json::from_value(Value::Object(object)).map_err(io::Error::other)?;
        flows.insert(id.to_owned(), record.clone());
        if let Err(error) = self.persist(&flows) {
            flows.insert(id.to_owned(), current);
            return Err(error);
        }
        Ok(Some(Ok(record)))
    }

    pub fn delete(&self, id: &str) -> io::Result<Option<ProjectFlowRecord>> {
        let mut flows = self.lock();
        let Some(mut record) = flows.remove(id) else {
            return Ok(None);
        };
        if let Err(error) = self.persist(&flows) {
            flows.insert(id.to_owned(), record);
            return Err(error);
        }
        record.status = RecordStatus::Deleted;
        Ok(Some(record))
    }

    fn persist(&self, flows: &BTreeMap<String, ProjectFlowRecord>) -> io::Result<()> {
        let Some(path) = &self.file else {
            return Ok(());
        };
        let data = DataFile {
            format: 1,
            flows: flows.values().cloned().collect(),
        };
        let bytes = serde_json::to_vec_pretty(&data).map_err(io::Error::other)?;
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        // A temporary file of its own in the same folder (a unique name, so that two writers
        // never share one), written, synced, then renamed over the data file.
        let mut file = tempfile::NamedTempFile::new_in(folder)?;
        file.write_all(&bytes)?;
        file.as_file().sync_all()?;
        file.persist(path).map_err(|error| error.error)?;
        // The rename itself must reach the disk for the write to survive a crash.
        fs::File::open(folder)?.sync_all()
    }
}

fn into_object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(object) => object,
        _ => Map::new(),
    }
}

/// A per-process random number, from the standard library's randomly keyed hasher.
fn seed() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    hasher.finish()
}
