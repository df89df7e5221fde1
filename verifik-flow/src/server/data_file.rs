//! The stand-in's data file: told apart (SQLite, an earlier stand-in's JSON, anything else),
//! made private, opened as the stand-in's database (or refused when it is another program's),
//! and an earlier JSON data file imported once.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, params};
use serde::Deserialize;

use super::store::{StoreError, StoreErrorKind, check_records};
use crate::{Message, ProjectFlowRecord};

/// `PRAGMA application_id` of a stand-in database ("VFLW"): another program's SQLite file is
/// refused, not written to.
const APPLICATION_ID: i64 = 0x5646_4C57;

/// The JSON data file of the stand-in before it used SQLite (format 1).
#[derive(Deserialize)]
struct JsonDataFile {
    format: u32,
    flows: Vec<ProjectFlowRecord>,
}

/// The first bytes of `path`: enough to tell SQLite from JSON.
pub(super) fn read_head(path: &Path) -> io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut head = Vec::new();
    fs::File::open(path)?.take(16).read_to_end(&mut head)?;
    Ok(head)
}

/// Creates an empty data file that only its owner can read and write, refusing to follow a
/// symbolic link planted in between.
pub(super) fn create_private(path: &Path) -> Result<(), StoreError> {
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
            Some(folder) if !folder.is_dir() => Message::from_fn({
                let arg0 = (folder.display()).to_string();
                move |lang| crate::words::of(lang).data_folder_missing(&arg0)
            }),
            _ => Message::from_fn(|lang| crate::words::of(lang).data_folder_check()),
        };
        let shown = path.display();
        StoreError::new(
            StoreErrorKind::Io,
            Message::from_fn({
                let (shown, error) = (shown.to_string(), error.to_string());
                move |lang| {
                    crate::words::of(lang).data_cannot_create(&shown, &error, hint.get(lang))
                }
            }),
        )
    })
}

/// Opens the database, takes its exclusive lock and makes sure it is a stand-in's.
pub(super) fn open_database(path: &Path) -> Result<Connection, StoreError> {
    let shown = path.display();
    let db = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| {
        StoreError::new(
            StoreErrorKind::Io,
            Message::from_fn({
                let (shown, e) = ((shown).to_string(), (e).to_string());
                move |lang| crate::words::of(lang).data_cannot_open(&shown, &e)
            }),
        )
    })?;
    let locked = |e: rusqlite::Error| {
        if matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseBusy)
        ) {
            StoreError::new(
                StoreErrorKind::InUse,
                Message::from_fn({
                    let shown = (shown).to_string();
                    move |lang| crate::words::of(lang).data_in_use(&shown)
                }),
            )
        } else {
            StoreError::new(
                StoreErrorKind::Corrupt,
                Message::from_fn({
                    let (shown, e) = ((shown).to_string(), (e).to_string());
                    move |lang| crate::words::of(lang).data_cannot_use(&shown, &e)
                }),
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
            Message::from_fn({
                let shown = (shown).to_string();
                move |lang| crate::words::of(lang).data_not_ours(&shown)
            }),
        ));
    }
    db.execute_batch(&format!(
        "BEGIN EXCLUSIVE; \
         PRAGMA application_id = {APPLICATION_ID}; \
         CREATE TABLE IF NOT EXISTS flows (id TEXT PRIMARY KEY, record TEXT NOT NULL); \
         CREATE TABLE IF NOT EXISTS app_registrations (id TEXT PRIMARY KEY, record TEXT NOT NULL); \
         CREATE TABLE IF NOT EXISTS webhooks (id TEXT PRIMARY KEY, record TEXT NOT NULL); \
         CREATE TABLE IF NOT EXISTS webhook_events \
           (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, record TEXT NOT NULL); \
         COMMIT;"
    ))
    .map_err(locked)?;
    Ok(db)
}

/// What is wrong with the data file `shown`: `the data file PATH: WHAT`.
pub(super) fn data_file_error(
    kind: StoreErrorKind,
    shown: &std::path::Display<'_>,
    what: &Message,
) -> StoreError {
    StoreError::new(
        kind,
        Message::from_fn({
            let (shown, what) = (shown.to_string(), what.clone());
            move |lang| crate::words::of(lang).data_file_says(&shown, what.get(lang))
        }),
    )
}

/// A data file that cannot be read, and why.
pub(super) fn unreadable(error: &dyn std::fmt::Display) -> Message {
    Message::from_fn({
        let error = (error).to_string();
        move |lang| crate::words::of(lang).data_unreadable(&error)
    })
}

/// The import of the JSON data file `shown` failed on `error`.
pub(super) fn cannot_import(
    shown: &std::path::Display<'_>,
    error: &dyn std::fmt::Display,
) -> Message {
    Message::from_fn({
        let (shown, error) = ((shown).to_string(), (error).to_string());
        move |lang| crate::words::of(lang).data_cannot_import(&shown, &error)
    })
}

/// The JSON data file of an earlier stand-in at `path`, read whole.
fn read_json_data(path: &Path) -> Result<JsonDataFile, StoreError> {
    let shown = path.display();
    let bytes = fs::read(path).map_err(|e| {
        StoreError::new(
            StoreErrorKind::Io,
            Message::from_fn({
                let (shown, e) = ((shown).to_string(), (e).to_string());
                move |lang| crate::words::of(lang).data_cannot_read(&shown, &e)
            }),
        )
    })?;
    let data: JsonDataFile = serde_json::from_slice(&bytes).map_err(|error| {
        StoreError::new(
            StoreErrorKind::Corrupt,
            Message::from_fn({
                let (shown, error) = ((shown).to_string(), (error).to_string());
                move |lang| crate::words::of(lang).data_json_incomplete(&shown, &error)
            }),
        )
    })?;
    Ok(data)
}

/// Imports the JSON data file of an earlier stand-in at `path` into a new database there.
/// The JSON file is kept, renamed `<path>.v1.json`; nothing is overwritten.
pub(super) fn import_json(path: &Path) -> Result<Message, StoreError> {
    let shown = path.display();
    let kept = PathBuf::from(format!("{}.v1.json", path.display()));
    let data = read_json_data(path)?;
    if data.format != 1 {
        return Err(StoreError::new(
            StoreErrorKind::Import,
            Message::from_fn({
                let (shown, arg0) = ((shown).to_string(), (data.format).to_string());
                move |lang| crate::words::of(lang).data_format(&shown, &arg0)
            }),
        ));
    }
    if kept.exists() {
        return Err(StoreError::new(
            StoreErrorKind::Import,
            Message::from_fn({
                let (shown, arg0) = ((shown).to_string(), (kept.display()).to_string());
                move |lang| crate::words::of(lang).data_json_both(&shown, &arg0)
            }),
        ));
    }
    let records: Vec<(String, ProjectFlowRecord)> = data
        .flows
        .iter()
        .map(|record| (record.id.clone(), record.clone()))
        .collect();
    check_records(&records, super::store::Holder::Record).map_err(|what| {
        StoreError::new(
            StoreErrorKind::Unreachable,
            Message::from_fn({
                let (shown, what) = (shown.to_string(), what.clone());
                move |lang| crate::words::of(lang).json_data_file_says(&shown, what.get(lang))
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
    // Said by whoever opened the store, in their language.
    let (count, shown, kept) = (
        data.flows.len(),
        shown.to_string(),
        kept.display().to_string(),
    );
    Ok(Message::from_fn(move |lang| {
        crate::words::of(lang).imported_json(count, &shown, &kept)
    }))
}
