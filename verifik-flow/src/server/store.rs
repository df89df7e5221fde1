//! The stand-in's flows: in memory, and optionally in a SQLite database that every
//! acknowledged write reaches before it is acknowledged.
//!
//! The database is in write-ahead-log mode with `synchronous=NORMAL`: a commit is one append
//! to the log (no `fsync`), so a write costs the same however many flows are stored, and every
//! acknowledged write survives the process being killed (`kill -9`): the log is in the
//! operating system's hands. A power loss may lose the last commits since the log was last
//! checkpointed to disk. The stand-in holds SQLite's exclusive lock for as long as it runs,
//! so a second stand-in on the same file refuses to start. Read the file with `sqlite3`.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::{SubsecRound, Utc};
use rusqlite::{Connection, OpenFlags, params};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::wire::response::rfc3339;
use crate::{Lang, Message, ObjectId, ProjectFlowRecord, RecordStatus};

/// `PRAGMA application_id` of a stand-in database ("VFLW"): another program's SQLite file is
/// refused, not written to.
const APPLICATION_ID: i64 = 0x5646_4C57;

/// The JSON data file of the stand-in before it used SQLite (format 1).
#[derive(Deserialize)]
struct JsonDataFile {
    format: u32,
    flows: Vec<ProjectFlowRecord>,
}

/// The highest `version` a flow may reach: JavaScript's largest exact integer, as Verifik's
/// records are read by JavaScript. A record at it is refused at start; an update of a flow at
/// it is refused (409), never wrapped.
pub(crate) const MAX_VERSION: u64 = (1 << 53) - 1;

/// Why the stand-in cannot start from its data file: its [`kind`](Self::kind) to act on, and
/// a message that names the file and says what to do.
#[derive(Debug, thiserror::Error)]
#[error("{}", message.get(Lang::En))]
pub struct StoreError {
    kind: StoreErrorKind,
    message: Message,
}

/// What is wrong with a data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum StoreErrorKind {
    /// The path is a symbolic link, or not a regular file.
    NotAFile,
    /// The file cannot be created, opened, read or written.
    Io,
    /// The file is not a stand-in's: another program's database, or neither a database nor
    /// an earlier stand-in's JSON data file.
    NotOurs,
    /// Another stand-in holds the file's lock.
    InUse,
    /// The file is a stand-in's, but broken: truncated, or a record that is not a flow.
    Corrupt,
    /// A JSON data file of a format this stand-in does not import, or one whose `.v1.json`
    /// copy exists already.
    Import,
    /// Records the API could never reach or change: named in the message.
    Unreachable,
}

impl StoreError {
    fn new(kind: StoreErrorKind, message: Message) -> Self {
        Self { kind, message }
    }

    /// What is wrong with the data file.
    pub fn kind(&self) -> StoreErrorKind {
        self.kind
    }

    /// What is wrong and what to do, in `lang` (English is its `Display`).
    pub fn message_in(&self, lang: Lang) -> &str {
        self.message.get(lang)
    }
}

struct State {
    flows: BTreeMap<String, ProjectFlowRecord>,
    db: Option<Connection>,
}

pub(crate) struct Store {
    state: Mutex<State>,
    counter: AtomicU32,
    seed: u64,
}

impl Store {
    pub fn in_memory() -> Self {
        Self {
            state: Mutex::new(State {
                flows: BTreeMap::new(),
                db: None,
            }),
            counter: AtomicU32::new(0),
            seed: seed(),
        }
    }

    /// Opens the database at `path`, or creates it (readable by its owner only). Refused,
    /// with what to do: a symbolic link, a folder that does not exist or cannot be written, a
    /// file of another kind, a database another stand-in holds. A JSON data file of an
    /// earlier stand-in is imported once; the original is kept beside it.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let shown = path.display();
        let fail = |kind, what: Message| data_file_error(kind, &shown, &what);
        match fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(fail(
                    StoreErrorKind::NotAFile,
                    Message::new(
                        "is a symbolic link; give the path of the file itself",
                        "es un enlace simbólico; da la ruta del archivo mismo",
                    ),
                ));
            }
            Ok(meta) if !meta.is_file() => {
                return Err(fail(
                    StoreErrorKind::NotAFile,
                    Message::new(
                        "is not a regular file; give a file's path",
                        "no es un archivo normal; da la ruta de un archivo",
                    ),
                ));
            }
            Ok(_) => {
                let head = read_head(path).map_err(|e| fail(StoreErrorKind::Io, unreadable(&e)))?;
                if head.first() == Some(&b'{') {
                    import_json(path)?;
                } else if !head.is_empty() && !head.starts_with(b"SQLite format 3\0") {
                    return Err(fail(
                        StoreErrorKind::NotOurs,
                        Message::new(
                            "is neither a stand-in database nor a JSON data file of an earlier \
                             stand-in; nothing was read or written. Give another --data path",
                            "no es ni una base de datos de la réplica local ni un archivo de \
                             datos JSON de una réplica anterior; no se leyó ni se escribió nada. \
                             Da otra ruta en --data",
                        ),
                    ));
                }
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => create_private(path)?,
            Err(error) => {
                return Err(fail(StoreErrorKind::Io, unreadable(&error)));
            }
        }
        let db = open_database(path)?;
        let mut flows = BTreeMap::new();
        {
            let rows = db
                .prepare("SELECT id, record FROM flows")
                .and_then(|mut statement| {
                    statement
                        .query_map([], |row| {
                            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
                        })?
                        .collect::<Result<Vec<_>, _>>()
                })
                .map_err(|e| fail(StoreErrorKind::Corrupt, unreadable(&e)))?;
            let mut records = Vec::with_capacity(rows.len());
            for (key, text) in rows {
                let record: ProjectFlowRecord = serde_json::from_str(&text).map_err(|e| {
                    let row = crate::printable(&key);
                    fail(
                        StoreErrorKind::Corrupt,
                        Message::new(
                            format!(
                                "holds a record that is not a flow (row `{row}`: {e}); nothing \
                                 was loaded"
                            ),
                            format!(
                                "tiene un registro que no es un flujo (fila `{row}`: {e}); no se \
                                 cargó nada"
                            ),
                        ),
                    )
                })?;
                records.push((key, record));
            }
            check_records(&records, ("row", "la fila"))
                .map_err(|what| fail(StoreErrorKind::Unreachable, what))?;
            for (key, record) in records {
                flows.insert(key, record);
            }
        }
        let store = Self::in_memory();
        *store.lock() = State {
            flows,
            db: Some(db),
        };
        Ok(store)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
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
        let mut state = self.lock();
        let now = Utc::now().trunc_subsecs(3);
        let id = self.fresh_id(&state.flows);
        let mut object = into_object(body);
        object.insert("_id".into(), Value::from(id.as_str()));
        object.insert("version".into(), Value::from(1));
        object.insert("createdAt".into(), Value::from(rfc3339(now)));
        object.insert("updatedAt".into(), object["createdAt"].clone());
        let record: ProjectFlowRecord =
            serde_json::from_value(Value::Object(object)).map_err(io::Error::other)?;
        state.write(Write::Put(&record))?;
        state.flows.insert(id.to_string(), record.clone());
        Ok(record)
    }

    pub fn get(&self, id: &str) -> Option<ProjectFlowRecord> {
        self.lock().flows.get(id).cloned()
    }

    pub fn list(&self, filter: impl Fn(&ProjectFlowRecord) -> bool) -> Vec<ProjectFlowRecord> {
        self.lock()
            .flows
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
    ) -> io::Result<Option<Result<ProjectFlowRecord, UpdateRefused<E>>>> {
        let mut state = self.lock();
        let Some(current) = state.flows.get(id).cloned() else {
            return Ok(None);
        };
        let mut body = serde_json::to_value(&current).map_err(io::Error::other)?;
        if let Some(object) = body.as_object_mut() {
            for key in crate::wire::response::STORED_ONLY {
                object.remove(*key);
            }
        }
        let changed = match change(body) {
            Ok(changed) => changed,
            Err(error) => return Ok(Some(Err(UpdateRefused::Rules(error)))),
        };
        let Some(version) = current
            .version
            .unwrap_or(0)
            .checked_add(1)
            .filter(|v| *v <= MAX_VERSION)
        else {
            return Ok(Some(Err(UpdateRefused::VersionExhausted)));
        };
        let mut object = into_object(changed);
        object.insert("_id".into(), Value::from(current.id.as_str()));
        object.insert("version".into(), Value::from(version));
        if let Some(created) = current.raw().get("createdAt") {
            object.insert("createdAt".into(), created.clone());
        }
        object.insert(
            "updatedAt".into(),
            Value::from(rfc3339(Utc::now().trunc_subsecs(3))),
        );
        let record: ProjectFlowRecord =
            serde_json::from_value(Value::Object(object)).map_err(io::Error::other)?;
        state.write(Write::Put(&record))?;
        state.flows.insert(id.to_owned(), record.clone());
        Ok(Some(Ok(record)))
    }

    pub fn delete(&self, id: &str) -> io::Result<Option<ProjectFlowRecord>> {
        let mut state = self.lock();
        if !state.flows.contains_key(id) {
            return Ok(None);
        }
        state.write(Write::Delete(id))?;
        let Some(mut record) = state.flows.remove(id) else {
            return Ok(None);
        };
        record.status = Some(RecordStatus::Deleted);
        Ok(Some(record))
    }
}

/// Why an update of a stored flow was refused.
pub(crate) enum UpdateRefused<E> {
    /// The change broke the rules.
    Rules(E),
    /// The flow's `version` is at [`MAX_VERSION`] and cannot be raised.
    VersionExhausted,
}

/// Whether stored `records` (each with the key it is stored under; `what` names that key: a
/// row, a record) can all be reached through the API: each key is its record's `_id`, an
/// ObjectId in lower case (as the routes look it up), met once, with a `version` that can
/// still be raised. Else every record that cannot, named, and what to do.
fn check_records(
    records: &[(String, ProjectFlowRecord)],
    (what, que): (&str, &str),
) -> Result<(), Message> {
    let mut seen = std::collections::HashSet::new();
    // Each problem in English and in Spanish.
    let mut problems: Vec<(String, String)> = Vec::new();
    for (key, record) in records {
        let shown = crate::printable(key);
        if *key != record.id {
            let id = crate::printable(&record.id);
            problems.push((
                format!("{what} `{shown}` holds the record of `_id` `{id}`"),
                format!("{que} `{shown}` tiene el registro de `_id` `{id}`"),
            ));
        } else if !crate::body::values::is_object_id(key) {
            problems.push((
                format!("{what} `{shown}`: its `_id` is not an ObjectId (24 hexadecimal digits)"),
                format!("{que} `{shown}`: su `_id` no es un ObjectId (24 dígitos hexadecimales)"),
            ));
        } else if key.bytes().any(|b| b.is_ascii_uppercase()) {
            problems.push((
                format!("{what} `{shown}`: its `_id` has capitals (IDs are stored in lower case)"),
                format!(
                    "{que} `{shown}`: su `_id` tiene mayúsculas (los ID se guardan en minúsculas)"
                ),
            ));
        } else if !seen.insert(key.as_str()) {
            problems.push((
                format!("{what} `{shown}` is there twice"),
                format!("{que} `{shown}` está dos veces"),
            ));
        }
        if let Some(version) = record.version.filter(|v| *v >= MAX_VERSION) {
            problems.push((
                format!(
                    "{what} `{shown}`: its `version` {version} cannot be raised (the most is \
                     {MAX_VERSION})"
                ),
                format!(
                    "{que} `{shown}`: su `version` {version} no se puede subir (el máximo es \
                     {MAX_VERSION})"
                ),
            ));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let (en, es): (Vec<String>, Vec<String>) = problems.into_iter().unzip();
    Err(Message::new(
        format!(
            "holds records the API could never reach or change; nothing was loaded. Fix or \
             remove them (the key of each must be its record's `_id`, 24 hexadecimal digits in \
             lower case, once; a `version` below {MAX_VERSION}): {}",
            en.join("; ")
        ),
        format!(
            "tiene registros a los que la API nunca podría llegar ni cambiar; no se cargó nada. \
             Corrígelos o quítalos (la clave de cada uno tiene que ser el `_id` de su registro, \
             24 dígitos hexadecimales en minúsculas, una sola vez; una `version` menor que \
             {MAX_VERSION}): {}",
            es.join("; ")
        ),
    ))
}

/// One change of the database.
#[derive(Clone, Copy)]
enum Write<'a> {
    Put(&'a ProjectFlowRecord),
    Delete(&'a str),
}

impl State {
    /// Commits `change` to the database (when there is one) before the memory changes: what
    /// is acknowledged is in the log.
    fn write(&self, change: Write<'_>) -> io::Result<()> {
        let Some(db) = &self.db else {
            return Ok(());
        };
        let result = match change {
            Write::Put(record) => {
                let text = serde_json::to_string(record).map_err(io::Error::other)?;
                db.execute(
                    "INSERT INTO flows (id, record) VALUES (?1, ?2) \
                     ON CONFLICT (id) DO UPDATE SET record = excluded.record",
                    params![record.id.as_str(), text],
                )
            }
            Write::Delete(id) => db.execute("DELETE FROM flows WHERE id = ?1", params![id]),
        };
        result.map(drop).map_err(io::Error::other)
    }
}

/// The first bytes of `path`: enough to tell SQLite from JSON.
fn read_head(path: &Path) -> io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut head = Vec::new();
    fs::File::open(path)?.take(16).read_to_end(&mut head)?;
    Ok(head)
}

/// Creates an empty data file that only its owner can read and write, refusing to follow a
/// symbolic link planted in between.
fn create_private(path: &Path) -> Result<(), StoreError> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    options.open(path).map(drop).map_err(|error| {
        let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
        let hint = match folder {
            Some(folder) if !folder.is_dir() => Message::new(
                format!(
                    "the folder {} does not exist; create it first",
                    folder.display()
                ),
                format!("la carpeta {} no existe; créala primero", folder.display()),
            ),
            _ => Message::new(
                "check that its folder exists and can be written",
                "revisa que su carpeta exista y se pueda escribir",
            ),
        };
        let shown = path.display();
        StoreError::new(
            StoreErrorKind::Io,
            Message::from_fn(|lang| match lang {
                Lang::En => format!(
                    "the data file {shown} cannot be created ({error}): {}",
                    hint.get(lang)
                ),
                Lang::Es => format!(
                    "el archivo de datos {shown} no se puede crear ({error}): {}",
                    hint.get(lang)
                ),
            }),
        )
    })
}

/// Opens the database, takes its exclusive lock and makes sure it is a stand-in's.
fn open_database(path: &Path) -> Result<Connection, StoreError> {
    let shown = path.display();
    let db = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| {
        StoreError::new(
            StoreErrorKind::Io,
            Message::new(
                format!("the data file {shown} cannot be opened: {e}"),
                format!("el archivo de datos {shown} no se puede abrir: {e}"),
            ),
        )
    })?;
    let locked = |e: rusqlite::Error| {
        if matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseBusy)
        ) {
            StoreError::new(
                StoreErrorKind::InUse,
                Message::new(
                    format!(
                        "the data file {shown} is in use by another stand-in (it holds the \
                         file's SQLite lock); stop that one, or give this one another --data file"
                    ),
                    format!(
                        "el archivo de datos {shown} lo usa otra réplica local (tiene el bloqueo \
                         SQLite del archivo); detén esa, o da a esta otro archivo en --data"
                    ),
                ),
            )
        } else {
            StoreError::new(
                StoreErrorKind::Corrupt,
                Message::new(
                    format!("the data file {shown} cannot be used: {e}"),
                    format!("el archivo de datos {shown} no se puede usar: {e}"),
                ),
            )
        }
    };
    // The exclusive lock is taken by the first write and kept until the connection closes;
    // WAL in exclusive mode keeps no shared-memory file.
    db.execute_batch("PRAGMA locking_mode = EXCLUSIVE; PRAGMA synchronous = NORMAL;")
        .map_err(locked)?;
    db.query_row("PRAGMA journal_mode = WAL", [], |row| {
        row.get::<_, String>(0)
    })
    .map_err(locked)?;
    let application: i64 = db
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .map_err(locked)?;
    let tables: i64 = db
        .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
        .map_err(locked)?;
    if application != APPLICATION_ID && tables > 0 {
        return Err(StoreError::new(
            StoreErrorKind::NotOurs,
            Message::new(
                format!(
                    "the data file {shown} is a SQLite database of another program; nothing was \
                     written. Give another --data path"
                ),
                format!(
                    "el archivo de datos {shown} es una base de datos SQLite de otro programa; no \
                     se escribió nada. Da otra ruta en --data"
                ),
            ),
        ));
    }
    db.execute_batch(&format!(
        "BEGIN EXCLUSIVE; \
         PRAGMA application_id = {APPLICATION_ID}; \
         CREATE TABLE IF NOT EXISTS flows (id TEXT PRIMARY KEY, record TEXT NOT NULL); \
         COMMIT;"
    ))
    .map_err(locked)?;
    Ok(db)
}

/// What is wrong with the data file `shown`: `the data file PATH: WHAT`.
fn data_file_error(
    kind: StoreErrorKind,
    shown: &std::path::Display<'_>,
    what: &Message,
) -> StoreError {
    StoreError::new(
        kind,
        Message::from_fn(|lang| match lang {
            Lang::En => format!("the data file {shown}: {}", what.get(lang)),
            Lang::Es => format!("el archivo de datos {shown}: {}", what.get(lang)),
        }),
    )
}

/// A data file that cannot be read, and why.
fn unreadable(error: &dyn std::fmt::Display) -> Message {
    Message::new(
        format!("cannot be read: {error}"),
        format!("no se puede leer: {error}"),
    )
}

/// The import of the JSON data file `shown` failed on `error`.
fn cannot_import(shown: &std::path::Display<'_>, error: &dyn std::fmt::Display) -> Message {
    Message::new(
        format!("cannot import {shown}: {error}"),
        format!("no se puede importar {shown}: {error}"),
    )
}

/// The JSON data file of an earlier stand-in at `path`, read whole.
fn read_json_data(path: &Path) -> Result<JsonDataFile, StoreError> {
    let shown = path.display();
    let bytes = fs::read(path).map_err(|e| {
        StoreError::new(
            StoreErrorKind::Io,
            Message::new(
                format!("the data file {shown} cannot be read: {e}"),
                format!("el archivo de datos {shown} no se puede leer: {e}"),
            ),
        )
    })?;
    let data: JsonDataFile = serde_json::from_slice(&bytes).map_err(|error| {
        StoreError::new(
            StoreErrorKind::Corrupt,
            Message::new(
                format!(
                    "the data file {shown} is JSON but not a complete data file of an earlier \
                     stand-in ({error}); nothing was read or written. Restore it from a backup, \
                     or move it away to start empty"
                ),
                format!(
                    "el archivo de datos {shown} es JSON pero no un archivo de datos completo de \
                     una réplica anterior ({error}); no se leyó ni se escribió nada. Recupéralo \
                     de una copia de seguridad, o muévelo para empezar vacío"
                ),
            ),
        )
    })?;
    Ok(data)
}

/// Imports the JSON data file of an earlier stand-in at `path` into a new database there.
/// The JSON file is kept, renamed `<path>.v1.json`; nothing is overwritten.
fn import_json(path: &Path) -> Result<(), StoreError> {
    let shown = path.display();
    let kept = PathBuf::from(format!("{}.v1.json", path.display()));
    let data = read_json_data(path)?;
    if data.format != 1 {
        return Err(StoreError::new(
            StoreErrorKind::Import,
            Message::new(
                format!(
                    "the data file {shown} has format {}; this stand-in imports format 1",
                    data.format
                ),
                format!(
                    "el archivo de datos {shown} tiene el formato {}; esta réplica importa el \
                     formato 1",
                    data.format
                ),
            ),
        ));
    }
    if kept.exists() {
        return Err(StoreError::new(
            StoreErrorKind::Import,
            Message::new(
                format!(
                    "the data file {shown} is JSON, and {} exists already: move one of them away",
                    kept.display()
                ),
                format!(
                    "el archivo de datos {shown} es JSON, y {} ya existe: mueve uno de los dos",
                    kept.display()
                ),
            ),
        ));
    }
    let records: Vec<(String, ProjectFlowRecord)> = data
        .flows
        .iter()
        .map(|record| (record.id.clone(), record.clone()))
        .collect();
    check_records(&records, ("the record", "el registro")).map_err(|what| {
        StoreError::new(
            StoreErrorKind::Unreachable,
            Message::from_fn(|lang| match lang {
                Lang::En => format!("the JSON data file {shown} {}", what.get(lang)),
                Lang::Es => format!("el archivo de datos JSON {shown} {}", what.get(lang)),
            }),
        )
    })?;
    // The new database is built beside it, then takes its name: a crash in between leaves the
    // JSON file where it was.
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let building = tempfile::Builder::new()
        .prefix(".verifik-flow-import")
        .tempfile_in(folder)
        .map_err(|e| StoreError::new(StoreErrorKind::Io, cannot_import(&shown, &e)))?
        .into_temp_path();
    let db = open_database(&building)?;
    for record in &data.flows {
        let text = serde_json::to_string(record)
            .map_err(|e| StoreError::new(StoreErrorKind::Io, cannot_import(&shown, &e)))?;
        db.execute(
            "INSERT INTO flows (id, record) VALUES (?1, ?2)",
            params![record.id.as_str(), text],
        )
        .map_err(|e| StoreError::new(StoreErrorKind::Io, cannot_import(&shown, &e)))?;
    }
    db.close()
        .map_err(|(_, e)| StoreError::new(StoreErrorKind::Io, cannot_import(&shown, &e)))?;
    fs::rename(path, &kept)
        .map_err(|e| StoreError::new(StoreErrorKind::Io, cannot_import(&shown, &e)))?;
    building
        .persist(path)
        .map_err(|e| StoreError::new(StoreErrorKind::Io, cannot_import(&shown, &e)))?;
    // A notice only: a standard error that cannot be written changes nothing.
    let _ = writeln!(
        io::stderr(),
        "imported {} flows from the JSON data file {shown}; it is kept as {}",
        data.flows.len(),
        kept.display()
    );
    Ok(())
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
