//! A flows directory on disk: its flow files, its inventory, and a lock that one `apply` or
//! `pull` holds while it works there.
//!
//! Files are read by `validate`'s input rules: regular files only (a FIFO could block), no
//! symlink that leaves the directory, at most [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES), one
//! byte-order mark. A saved plan is recognised by its marker ([`is_saved_plan`]) wherever it
//! lies and is never read as a flow. The inventory is replaced atomically: a temporary file in
//! the same directory (its name does not end in `.json`), synced, renamed over the old one, and
//! the directory synced, so that a crash or a full disk leaves the old inventory or the new one,
//! never a part.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::inventory::{INVENTORY_FILE, Inventory, bytes_digest};
use super::{LocalFile, PLAN_MARKER};
use crate::{Lang, Message, ValidationErrors};

/// The directory of verifik-flow's own files inside a flows directory (the lock, the schema
/// copy `pull` writes for editors).
pub const STATE_DIR: &str = ".verifik-flow";
/// The lock file, in [`STATE_DIR`]: never renamed or removed, so that every process locks the
/// same file; the operating system releases a lock when its process ends, killed or not.
pub const LOCK_FILE: &str = "lock";

/// A flows directory: read freely; written only while locked ([`FlowsDir::lock`]).
#[derive(Debug)]
pub struct FlowsDir {
    path: PathBuf,
    lock: Option<File>,
}

/// Why a flows directory could not be used. Worded in the language asked; each names its
/// path.
#[derive(Debug)]
#[non_exhaustive]
pub enum DirError {
    /// Another `apply` or `pull` holds the directory.
    Locked {
        /// The directory.
        dir: PathBuf,
        /// How long this one waited (zero: it did not wait).
        waited: Duration,
    },
    /// A file or folder could not be read, made or written.
    Io {
        /// The path.
        path: PathBuf,
        /// Why.
        error: io::Error,
    },
    /// The inventory is not one this verifik-flow reads.
    Inventory {
        /// Its path.
        path: PathBuf,
        /// Why.
        why: Message,
    },
}

impl DirError {
    /// What is wrong and what to do, in `lang`; paths and quoted input escaped.
    pub fn message_in(&self, lang: Lang) -> String {
        let shown = |path: &Path| crate::printable(&path.display().to_string()).into_owned();
        match self {
            Self::Io { path, error } => {
                format!(
                    "{}: {}",
                    shown(path),
                    crate::printable(&crate::words::of(lang).io_error(error))
                )
            }
            Self::Inventory { path, why } => {
                format!("{}: {}", shown(path), crate::printable(why.get(lang)))
            }
            _ => crate::words::of(lang).dir_error(self),
        }
    }
}

impl std::fmt::Display for DirError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for DirError {}

/// Why one file of a flows directory is not a flow to plan.
#[derive(Debug)]
#[non_exhaustive]
pub enum FileProblem {
    /// It could not be read (not a regular file, too large, a symlink out of the directory,
    /// an I/O error).
    Unreadable {
        /// The file's name.
        name: String,
        /// Why.
        error: io::Error,
    },
    /// It breaks the rules.
    Invalid {
        /// The file's name.
        name: String,
        /// Its text, for showing each violation in it.
        text: String,
        /// Its violations, located in the text.
        errors: ValidationErrors,
    },
}

/// What a flows directory holds, as read.
#[derive(Debug, Default)]
pub struct DirContents {
    /// The flow files that keep every rule (`paused` allowed), by name.
    pub files: Vec<LocalFile>,
    /// The rest, each with why.
    pub problems: Vec<FileProblem>,
    /// A digest of each flow file's bytes (those with problems too), by name: what a saved
    /// plan compares.
    pub digests: BTreeMap<String, String>,
    /// The inventory (empty when there is none yet).
    pub inventory: Inventory,
    /// A digest of the inventory's bytes, when there is one.
    pub inventory_digest: Option<String>,
}

impl FlowsDir {
    /// The directory at `path`, to read. It is not locked and nothing is written.
    pub fn open(path: impl Into<PathBuf>) -> Self {
        Self {
            path: path.into(),
            lock: None,
        }
    }

    /// The directory at `path` (made if missing), locked for this process until the value is
    /// dropped: another process's `lock` fails at once (`wait` zero) or after trying for
    /// `wait`. The lock is `STATE_DIR/lock`, kept out of git by a `.gitignore` there.
    pub fn lock(path: impl Into<PathBuf>, wait: Duration) -> Result<Self, DirError> {
        let path = path.into();
        let state = path.join(STATE_DIR);
        // Its own folder is never a symlink: the lock, the schema copy and the `.gitignore`
        // would be written wherever it points.
        if fs::symlink_metadata(&state).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(io_error(&state, symlink_refused()));
        }
        fs::create_dir_all(&state).map_err(|error| io_error(&state, error))?;
        let ignore = state.join(".gitignore");
        if !ignore.exists() {
            write_atomically(&ignore, format!("{LOCK_FILE}\n").as_bytes())
                .map_err(|error| io_error(&ignore, error))?;
        }
        let lock_path = state.join(LOCK_FILE);
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|error| io_error(&lock_path, error))?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) if started.elapsed() < wait => {
                    std::thread::sleep(Duration::from_millis(50).min(wait));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(DirError::Locked {
                        dir: path,
                        waited: if wait.is_zero() {
                            Duration::ZERO
                        } else {
                            started.elapsed()
                        },
                    });
                }
                Err(fs::TryLockError::Error(error)) => return Err(io_error(&lock_path, error)),
            }
        }
        Ok(Self {
            path,
            lock: Some(file),
        })
    }

    /// The directory's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The inventory's path.
    pub fn inventory_path(&self) -> PathBuf {
        self.path.join(INVENTORY_FILE)
    }

    /// Reads the flow files (`*.json` directly in the directory, by name, saved plans left
    /// out) and the inventory. An unreadable directory or inventory is an error; a file that is
    /// not a flow to plan is one of the contents' `problems`.
    pub fn read(&self) -> Result<DirContents, DirError> {
        let mut contents = DirContents::default();
        let (inventory, digest) = self.read_inventory()?;
        contents.inventory = inventory;
        contents.inventory_digest = digest;
        let entries = fs::read_dir(&self.path).map_err(|error| io_error(&self.path, error))?;
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| {
                Path::new(name).extension().is_some_and(|e| e == "json") && !name.starts_with('.')
            })
            .collect();
        names.sort();
        for name in names {
            let bytes = match self.read_file(&name) {
                Ok(bytes) => bytes,
                Err(error) => {
                    contents
                        .problems
                        .push(FileProblem::Unreadable { name, error });
                    continue;
                }
            };
            // Parsed once: to recognise a saved plan, and as the body of a valid file.
            let body = serde_json::from_slice::<Value>(crate::strip_bom(&bytes));
            if body.as_ref().is_ok_and(|v| v.get(PLAN_MARKER).is_some()) {
                continue;
            }
            contents.digests.insert(name.clone(), bytes_digest(&bytes));
            match (crate::validate_stored_slice(&bytes), body) {
                (Ok(_), Ok(body)) => contents.files.push(LocalFile { name, body }),
                (Err(errors), _) => contents.problems.push(FileProblem::Invalid {
                    name,
                    text: String::from_utf8_lossy(crate::strip_bom(&bytes)).into_owned(),
                    errors,
                }),
                // Text that keeps every rule is JSON; never reached, said all the same.
                (Ok(_), Err(error)) => contents.problems.push(FileProblem::Unreadable {
                    name,
                    error: io::Error::other(error),
                }),
            }
        }
        Ok(contents)
    }

    /// The inventory and a digest of its bytes (an empty inventory and none when there is no
    /// file yet).
    pub fn read_inventory(&self) -> Result<(Inventory, Option<String>), DirError> {
        let path = self.inventory_path();
        let bytes = match self.read_file(INVENTORY_FILE) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                return Ok((Inventory::new(), None));
            }
            Err(error) => return Err(io_error(&path, error)),
        };
        let text = String::from_utf8_lossy(&bytes);
        let inventory =
            Inventory::from_json(&text).map_err(|why| DirError::Inventory { path, why })?;
        Ok((inventory, Some(bytes_digest(&bytes))))
    }

    /// Replaces the inventory atomically. Only a locked directory is written.
    pub fn write_inventory(&self, inventory: &Inventory) -> Result<(), DirError> {
        self.write_locked(&self.inventory_path(), inventory.to_json().as_bytes())
    }

    /// Writes `bytes` as the file `name` of the directory, atomically; a symlink there is
    /// refused, named, not written through. Only a locked directory is written.
    pub fn write_file(&self, name: &str, bytes: &[u8]) -> Result<(), DirError> {
        self.write_locked(&self.path.join(name), bytes)
    }

    /// Writes `bytes` as the file `name` of [`STATE_DIR`] (the schema copy `pull` writes for
    /// editors), as [`write_file`](Self::write_file) writes.
    pub fn write_state_file(&self, name: &str, bytes: &[u8]) -> Result<(), DirError> {
        self.write_locked(&self.path.join(STATE_DIR).join(name), bytes)
    }

    fn write_locked(&self, path: &Path, bytes: &[u8]) -> Result<(), DirError> {
        if self.lock.is_none() {
            return Err(io_error(path, not_locked()));
        }
        write_atomically(path, bytes).map_err(|e| io_error(path, e))
    }

    /// A file of the directory by `validate`'s rules: a regular file, or a symlink to one
    /// inside the directory; one byte more than the validator takes at most.
    fn read_file(&self, name: &str) -> io::Result<Vec<u8>> {
        let path = self.path.join(name);
        let meta = fs::symlink_metadata(&path)?;
        if meta.file_type().is_symlink() {
            let target = fs::canonicalize(&path)?;
            let root = fs::canonicalize(&self.path)?;
            if !target.starts_with(&root) {
                return Err(refusal(
                    io::ErrorKind::InvalidInput,
                    DirRefusal::SymlinkOutside,
                ));
            }
        }
        // The kind is checked without opening (opening a FIFO blocks until a writer comes),
        // and again on the opened file, in case the path was swapped in between.
        if !fs::metadata(&path)?.is_file() {
            return Err(refusal(io::ErrorKind::InvalidInput, DirRefusal::NotAFile));
        }
        let opened = File::open(&path)?;
        if !opened.metadata()?.is_file() {
            return Err(refusal(io::ErrorKind::InvalidInput, DirRefusal::NotAFile));
        }
        let limit = u64::try_from(crate::MAX_INPUT_BYTES).unwrap_or(u64::MAX) + 1;
        let mut bytes = Vec::new();
        opened.take(limit).read_to_end(&mut bytes)?;
        Ok(bytes)
    }
}

/// Whether `bytes` are a saved plan (its marker at the top level), not a flow.
pub fn is_saved_plan(bytes: &[u8]) -> bool {
    serde_json::from_slice::<Value>(crate::strip_bom(bytes))
        .ok()
        .is_some_and(|value| value.get(PLAN_MARKER).is_some())
}

/// Writes `bytes` to `path` so that a reader sees the old file or the new one: a temporary
/// file beside it (`.NAME.tmp-PID`), synced, renamed over it, the folder synced. A symlink at
/// `path` is refused (renaming over it would replace a link the user made).
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(symlink_refused());
    }
    let folder = path.parent().unwrap_or(Path::new("."));
    // Not named after the file: a name at the file system's limit leaves no room for more.
    let temporary = folder.join(temporary_name());
    let written = (|| {
        let mut file = File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temporary, path)?;
        File::open(folder)?.sync_all()
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temporary); // best effort: the error said is the write's
    }
    written
}

/// The temporary file of a write: hidden, not `*.json` (never read as a flow), this
/// process's (a directory is written by one process at a time: the lock).
fn temporary_name() -> String {
    format!(".verifik-flow-write.tmp-{}", std::process::id())
}

fn io_error(path: &Path, error: io::Error) -> DirError {
    DirError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// Why a flows directory refused to read or write a path: an error of its own, carried in an
/// `io::Error` and worded by the catalogue (`verifik_flow::io_error_in`) in any language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DirRefusal {
    /// A write outside [`FlowsDir::lock`].
    NotLocked,
    /// A write through a symbolic link.
    SymlinkWrite,
    /// A symbolic link that leads outside the directory.
    SymlinkOutside,
    /// Not a regular file (a FIFO, a device, a directory).
    NotAFile,
}

impl std::fmt::Display for DirRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::words::of(Lang::En).dir_refusal(*self))
    }
}

impl std::error::Error for DirRefusal {}

fn refusal(kind: io::ErrorKind, why: DirRefusal) -> io::Error {
    io::Error::new(kind, why)
}

fn not_locked() -> io::Error {
    refusal(io::ErrorKind::Other, DirRefusal::NotLocked)
}

fn symlink_refused() -> io::Error {
    refusal(io::ErrorKind::InvalidInput, DirRefusal::SymlinkWrite)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A refusal of the directory is its own error, worded in the language asked (not the
    /// English of an `io::Error`'s text).
    #[test]
    fn a_refusal_is_worded_in_the_language_asked() {
        let error = symlink_refused();
        assert_eq!(error.kind(), io::ErrorKind::InvalidInput);
        assert!(
            crate::io_error_in(&error, Lang::Es).starts_with("un enlace simbólico: no se escribe"),
            "{error}"
        );
        assert!(
            error
                .to_string()
                .starts_with("a symlink: nothing is written")
        );
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(
            crate::io_error_in(&missing, Lang::Es),
            "no existe ese archivo o directorio"
        );
    }

    /// A write that fails (here: its temporary file cannot be made) leaves the inventory as it
    /// was, whole, and says which path; only a locked directory is written.
    #[test]
    fn a_failed_write_leaves_the_old_inventory_whole() {
        let folder = tempfile::tempdir().unwrap();
        let unlocked = FlowsDir::open(folder.path());
        assert!(unlocked.write_inventory(&Inventory::new()).is_err());
        let dir = FlowsDir::lock(folder.path(), Duration::ZERO).unwrap();
        let mut inventory = Inventory::new();
        inventory.set("p", "a.json", "x");
        dir.write_inventory(&inventory).unwrap();
        let before = fs::read_to_string(dir.inventory_path()).unwrap();
        let temporary = folder.path().join(temporary_name());
        fs::create_dir(&temporary).unwrap();
        inventory.set("p", "b.json", "y");
        let error = dir.write_inventory(&inventory).unwrap_err();
        assert!(error.to_string().contains(INVENTORY_FILE), "{error}");
        assert_eq!(fs::read_to_string(dir.inventory_path()).unwrap(), before);
        fs::remove_dir(&temporary).unwrap();
        dir.write_inventory(&inventory).unwrap();
        assert_eq!(dir.read_inventory().unwrap().0, inventory);
        // The temporary file's name does not end in `.json`: never read as a flow file.
        assert!(!temporary.to_string_lossy().ends_with(".json"));
    }

    /// A second lock of the same directory fails at once, naming it, until the first is
    /// dropped; a saved plan in the directory is not a flow file.
    #[test]
    fn one_lock_at_a_time_and_a_saved_plan_is_not_a_flow() {
        let folder = tempfile::tempdir().unwrap();
        let first = FlowsDir::lock(folder.path(), Duration::ZERO).unwrap();
        let second = FlowsDir::lock(folder.path(), Duration::ZERO).unwrap_err();
        assert!(matches!(second, DirError::Locked { .. }), "{second}");
        assert!(
            second
                .to_string()
                .contains(&folder.path().display().to_string())
        );
        drop(first);
        let again = FlowsDir::lock(folder.path(), Duration::ZERO).unwrap();
        fs::write(
            folder.path().join("reviewed.json"),
            format!("{{\"{PLAN_MARKER}\": 2}}"),
        )
        .unwrap();
        let contents = again.read().unwrap();
        assert!(contents.files.is_empty() && contents.problems.is_empty());
        assert_eq!(
            fs::read_to_string(folder.path().join(STATE_DIR).join(".gitignore")).unwrap(),
            "lock\n"
        );
    }

    /// A symlink to a file outside the directory is not read (its values would be quoted in
    /// errors); one to a file inside is.
    #[test]
    fn a_symlink_out_of_the_directory_is_not_read() {
        let folder = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        fs::write(
            outside.path().join("secret.json"),
            "{\"project\": \"secret\"}",
        )
        .unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.json"),
            folder.path().join("a.json"),
        )
        .unwrap();
        let contents = FlowsDir::open(folder.path()).read().unwrap();
        assert!(
            matches!(&contents.problems[..], [FileProblem::Unreadable { name, error }]
                if name == "a.json" && error.to_string().contains("outside the flows directory")),
            "{:?}",
            contents.problems
        );
    }
}
