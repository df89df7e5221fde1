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
use std::io;
use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::{SubsecRound, Utc};
use rusqlite::{Connection, params};
use serde_json::{Map, Value};

use super::data_file::{
    create_private, data_file_error, import_json, open_database, read_head, unreadable,
};
use crate::wire::response::rfc3339;
use crate::{Lang, Message, ObjectId, ProjectFlowRecord, RecordStatus};

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
    pub(super) fn new(kind: StoreErrorKind, message: Message) -> Self {
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
    registrations: BTreeMap<String, Registration>,
    webhooks: BTreeMap<String, Map<String, Value>>,
    /// Every event delivered or to deliver, in the order of the calls that made them.
    events: Vec<Map<String, Value>>,
    db: Option<Connection>,
}

/// One person's registration as the stand-in keeps it: the record the API answers, the
/// person's token and when it expires, the steps synced, and the flow's steps when it began.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Registration {
    pub(crate) record: Map<String, Value>,
    pub(crate) token: String,
    pub(crate) expires_at: chrono::DateTime<Utc>,
    pub(crate) synced: std::collections::BTreeSet<String>,
    pub(crate) steps: BTreeMap<String, String>,
}

impl Registration {
    pub(crate) fn id(&self) -> &str {
        self.record.get("_id").and_then(Value::as_str).unwrap_or("")
    }
}

pub(crate) struct Store {
    state: Mutex<State>,
    counter: AtomicU32,
    seed: u64,
    /// Seconds added to the system clock for the registrations' times and tokens (tests move
    /// it: `StandIn::move_clock`).
    clock_offset: std::sync::atomic::AtomicI64,
    /// What opening the data file did that a person should hear of (an import).
    notice: Option<Message>,
}

impl Store {
    pub fn in_memory() -> Self {
        Self {
            state: Mutex::new(State {
                flows: BTreeMap::new(),
                registrations: BTreeMap::new(),
                webhooks: BTreeMap::new(),
                events: Vec::new(),
                db: None,
            }),
            counter: AtomicU32::new(0),
            seed: seed(),
            clock_offset: std::sync::atomic::AtomicI64::new(0),
            notice: None,
        }
    }

    /// Opens the database at `path`, or creates it (readable by its owner only). Refused,
    /// with what to do: a symbolic link, a folder that does not exist or cannot be written, a
    /// file of another kind, a database another stand-in holds. A JSON data file of an
    /// earlier stand-in is imported once; the original is kept beside it.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let shown = path.display();
        let fail = |kind, what: Message| data_file_error(kind, &shown, &what);
        let mut notice = None;
        match fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(fail(
                    StoreErrorKind::NotAFile,
                    Message::from_fn(|lang| crate::words::of(lang).data_symlink()),
                ));
            }
            Ok(meta) if !meta.is_file() => {
                return Err(fail(
                    StoreErrorKind::NotAFile,
                    Message::from_fn(|lang| crate::words::of(lang).data_not_regular()),
                ));
            }
            Ok(_) => {
                let head = read_head(path).map_err(|e| fail(StoreErrorKind::Io, unreadable(&e)))?;
                if head.first() == Some(&b'{') {
                    notice = Some(import_json(path)?);
                } else if !head.is_empty() && !head.starts_with(b"SQLite format 3\0") {
                    return Err(fail(
                        StoreErrorKind::NotOurs,
                        Message::from_fn(|lang| crate::words::of(lang).data_neither()),
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
                        Message::from_fn({
                            let (row, e) = ((row).to_string(), (e).to_string());
                            move |lang| crate::words::of(lang).data_bad_record(&row, &e)
                        }),
                    )
                })?;
                records.push((key, record));
            }
            check_records(&records, Holder::Row)
                .map_err(|what| fail(StoreErrorKind::Unreachable, what))?;
            for (key, record) in records {
                flows.insert(key, record);
            }
        }
        let registrations =
            load_registrations(&db).map_err(|e| fail(StoreErrorKind::Corrupt, unreadable(&e)))?;
        let webhooks = load_objects(&db, "SELECT id, record FROM webhooks")
            .map_err(|e| fail(StoreErrorKind::Corrupt, unreadable(&e)))?
            .into_iter()
            .collect();
        let events = load_objects(&db, "SELECT id, record FROM webhook_events ORDER BY seq")
            .map_err(|e| fail(StoreErrorKind::Corrupt, unreadable(&e)))?
            .into_iter()
            .map(|(_, event)| event)
            .collect();
        let mut store = Self::in_memory();
        store.notice = notice;
        *store.lock() = State {
            flows,
            registrations,
            webhooks,
            events,
            db: Some(db),
        };
        Ok(store)
    }

    /// What opening the data file did that a person should hear of.
    pub(crate) fn notice(&self) -> Option<&Message> {
        self.notice.as_ref()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A fresh ObjectId: seconds, a per-process random part and a counter, as MongoDB makes
    /// them.
    fn fresh_id(&self, state: &State) -> ObjectId {
        loop {
            let count = self.counter.fetch_add(1, Ordering::Relaxed);
            let seconds = u32::try_from(Utc::now().timestamp()).unwrap_or(u32::MAX);
            let id = format!(
                "{seconds:08x}{:010x}{:06x}",
                self.seed & 0xff_ffff_ffff,
                count & 0xff_ffff
            );
            if !state.flows.contains_key(&id)
                && !state.registrations.contains_key(&id)
                && !state.webhooks.contains_key(&id)
                && !state
                    .events
                    .iter()
                    .any(|e| e.get("_id").and_then(Value::as_str) == Some(&id))
            {
                return id.parse().expect("24 hex digits");
            }
        }
    }

    pub fn create(&self, body: Value) -> io::Result<ProjectFlowRecord> {
        let mut state = self.lock();
        let now = Utc::now().trunc_subsecs(3);
        let id = self.fresh_id(&state);
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

impl Store {
    /// The registrations' clock: the system's, moved by [`move_clock`](Self::move_clock).
    pub(crate) fn now(&self) -> chrono::DateTime<Utc> {
        Utc::now().trunc_subsecs(3)
            + chrono::Duration::seconds(self.clock_offset.load(Ordering::Relaxed))
    }

    /// Moves the registrations' clock forward by `seconds`.
    pub(crate) fn move_clock(&self, seconds: i64) {
        self.clock_offset.fetch_add(seconds, Ordering::Relaxed);
    }

    /// Creates a registration from what `make` builds, given the flows and a fresh ID (or
    /// what `make` refuses); written before it is answered.
    pub(crate) fn create_registration<E>(
        &self,
        make: impl FnOnce(
            &BTreeMap<String, ProjectFlowRecord>,
            &BTreeMap<String, Registration>,
            ObjectId,
        ) -> Result<Registration, E>,
        events: impl FnOnce(&Registration, &Outbox<'_>) -> Vec<Map<String, Value>>,
    ) -> io::Result<Made<E>> {
        let mut state = self.lock();
        let id = self.fresh_id(&state);
        let registration = match make(&state.flows, &state.registrations, id) {
            Ok(registration) => registration,
            Err(error) => return Ok(Err(error)),
        };
        let events = self.events_of(&state, |outbox| events(&registration, outbox));
        let mut writes = vec![Write::PutRegistration(&registration)];
        writes.extend(events.iter().map(Write::PutEvent));
        state.write_all(&writes)?;
        state
            .registrations
            .insert(registration.id().to_owned(), registration.clone());
        state.events.extend(events.iter().cloned());
        Ok(Ok((registration, events)))
    }

    /// The events `make` builds, each given a fresh ID (the outbox's view of the store).
    fn events_of(
        &self,
        state: &State,
        make: impl FnOnce(&Outbox<'_>) -> Vec<Map<String, Value>>,
    ) -> Vec<Map<String, Value>> {
        let outbox = Outbox {
            flows: &state.flows,
            webhooks: &state.webhooks,
        };
        let mut events = make(&outbox);
        let mut taken = std::collections::HashSet::new();
        for event in &mut events {
            let id = loop {
                let id = self.fresh_id(state);
                if taken.insert(id.to_string()) {
                    break id;
                }
            };
            event.insert("_id".into(), Value::from(id.as_str()));
        }
        events
    }

    pub(crate) fn registration(&self, id: &str) -> Option<Registration> {
        self.lock().registrations.get(id).cloned()
    }

    /// The registration whose person's token is `token`.
    pub(crate) fn registration_of_token(&self, token: &str) -> Option<Registration> {
        self.lock()
            .registrations
            .values()
            .find(|r| !token.is_empty() && r.token == token)
            .cloned()
    }

    pub(crate) fn registrations(
        &self,
        filter: impl Fn(&Registration) -> bool,
    ) -> Vec<Registration> {
        self.lock()
            .registrations
            .values()
            .filter(|r| filter(r))
            .cloned()
            .collect()
    }

    /// Applies `change` to a registration under the lock; written before it is answered.
    /// `Ok(None)` when there is none.
    pub(crate) fn update_registration<E>(
        &self,
        id: &str,
        change: impl FnOnce(Registration) -> Result<Registration, E>,
        events: impl FnOnce(&Registration, &Outbox<'_>) -> Vec<Map<String, Value>>,
    ) -> io::Result<Option<Made<E>>> {
        let mut state = self.lock();
        let Some(current) = state.registrations.get(id).cloned() else {
            return Ok(None);
        };
        let changed = match change(current) {
            Ok(changed) => changed,
            Err(error) => return Ok(Some(Err(error))),
        };
        let events = self.events_of(&state, |outbox| events(&changed, outbox));
        let mut writes = vec![Write::PutRegistration(&changed)];
        writes.extend(events.iter().map(Write::PutEvent));
        state.write_all(&writes)?;
        state.registrations.insert(id.to_owned(), changed.clone());
        state.events.extend(events.iter().cloned());
        Ok(Some(Ok((changed, events))))
    }

    /// Creates a webhook from what `make` builds with a fresh ID, linking it to the flows it
    /// names (their `integrations.webhook`), in one transaction.
    pub(crate) fn put_webhook<E>(
        &self,
        id: Option<&str>,
        make: impl FnOnce(
            Option<&Map<String, Value>>,
            &BTreeMap<String, ProjectFlowRecord>,
            ObjectId,
        ) -> Result<(Map<String, Value>, Vec<(String, Option<String>)>), E>,
    ) -> io::Result<Option<Result<Map<String, Value>, E>>> {
        let mut state = self.lock();
        let current = match id {
            Some(id) => match state.webhooks.get(id) {
                Some(current) => Some(current.clone()),
                None => return Ok(None),
            },
            None => None,
        };
        let fresh = self.fresh_id(&state);
        let (webhook, links) = match make(current.as_ref(), &state.flows, fresh) {
            Ok(built) => built,
            Err(error) => return Ok(Some(Err(error))),
        };
        let now = rfc3339(Utc::now().trunc_subsecs(3));
        let mut flows = Vec::new();
        for (flow_id, webhook_id) in links {
            let Some(flow) = state.flows.get(&flow_id) else {
                continue;
            };
            let mut raw = flow.raw().clone();
            let integrations = raw
                .entry("integrations")
                .or_insert_with(|| Value::Object(Map::new()));
            if !integrations.is_object() {
                *integrations = Value::Object(Map::new());
            }
            if let Some(object) = integrations.as_object_mut() {
                object.insert(
                    "webhook".into(),
                    webhook_id.map_or(Value::Null, Value::from),
                );
            }
            raw.insert("updatedAt".into(), Value::from(now.clone()));
            let record: ProjectFlowRecord =
                serde_json::from_value(Value::Object(raw)).map_err(io::Error::other)?;
            flows.push(record);
        }
        let mut writes = vec![Write::PutWebhook(&webhook)];
        writes.extend(flows.iter().map(Write::Put));
        state.write_all(&writes)?;
        for flow in flows {
            state.flows.insert(flow.id.clone(), flow);
        }
        let key = webhook
            .get("_id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        state.webhooks.insert(key, webhook.clone());
        Ok(Some(Ok(webhook)))
    }

    /// Deletes a webhook and unlinks the flows that named it; `None` when there is none.
    pub(crate) fn delete_webhook(&self, id: &str) -> io::Result<Option<Map<String, Value>>> {
        let linked: Vec<(String, Option<String>)> = self
            .lock()
            .flows
            .values()
            .filter(|f| {
                f.raw()
                    .get("integrations")
                    .and_then(|i| i.get("webhook"))
                    .and_then(Value::as_str)
                    == Some(id)
            })
            .map(|f| (f.id.clone(), None))
            .collect();
        let Some(Ok(webhook)) = self.put_webhook(Some(id), |current, _, _| {
            Ok::<_, ()>((current.cloned().unwrap_or_default(), linked))
        })?
        else {
            return Ok(None);
        };
        let mut state = self.lock();
        state.write_all(&[Write::DeleteWebhook(id)])?;
        state.webhooks.remove(id);
        Ok(Some(webhook))
    }

    /// Every event, in the order they were made.
    pub(crate) fn events(&self) -> Vec<Map<String, Value>> {
        self.lock().events.clone()
    }

    pub(crate) fn event(&self, id: &str) -> Option<Map<String, Value>> {
        self.lock()
            .events
            .iter()
            .find(|e| e.get("_id").and_then(Value::as_str) == Some(id))
            .cloned()
    }

    /// Records how a delivery of event `id` went (its `response` and `sentAt`).
    pub(crate) fn record_delivery(&self, id: &str, response: Value) -> io::Result<()> {
        let mut state = self.lock();
        let Some(at) = state
            .events
            .iter()
            .position(|e| e.get("_id").and_then(Value::as_str) == Some(id))
        else {
            return Ok(());
        };
        let mut event = state.events[at].clone();
        event.insert("response".into(), response);
        event.insert(
            "sentAt".into(),
            Value::from(rfc3339(Utc::now().trunc_subsecs(3))),
        );
        state.write_all(&[Write::PutEvent(&event)])?;
        state.events[at] = event;
        Ok(())
    }
}

/// An event of the outbox: its type, body, registration, webhook, URL and how its delivery
/// went, as `GET /v2/webhook-events` lists it.
pub(crate) type Event = Map<String, Value>;

/// A change of a registration and the events it made.
pub(crate) type Made<E> = Result<(Registration, Vec<Event>), E>;

/// What the events of a change may read: the flows and the webhooks.
pub(crate) struct Outbox<'a> {
    pub(crate) flows: &'a BTreeMap<String, ProjectFlowRecord>,
    pub(crate) webhooks: &'a BTreeMap<String, Map<String, Value>>,
}

/// `(id, record)` objects of a table.
fn load_objects(
    db: &Connection,
    query: &str,
) -> rusqlite::Result<Vec<(String, Map<String, Value>)>> {
    let mut statement = db.prepare(query)?;
    let rows = statement
        .query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(id, text)| {
            let object: Map<String, Value> = serde_json::from_str(&text).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    1,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })?;
            Ok((id, object))
        })
        .collect()
}

/// The registrations of a data file.
fn load_registrations(db: &Connection) -> rusqlite::Result<BTreeMap<String, Registration>> {
    let mut statement = db.prepare("SELECT id, record FROM app_registrations")?;
    let rows = statement
        .query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut registrations = BTreeMap::new();
    for (id, text) in rows {
        let registration: Registration = serde_json::from_str(&text).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e))
        })?;
        registrations.insert(id, registration);
    }
    Ok(registrations)
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
pub(super) fn check_records(
    records: &[(String, ProjectFlowRecord)],
    holder: Holder,
) -> Result<(), Message> {
    let mut seen = std::collections::HashSet::new();
    let mut problems: Vec<RecordProblem> = Vec::new();
    for (key, record) in records {
        let key_shown = crate::printable(key).into_owned();
        if *key != record.id {
            problems.push(RecordProblem::OtherId {
                key: key_shown,
                id: crate::printable(&record.id).into_owned(),
            });
        } else if !crate::body::values::is_object_id(key) {
            problems.push(RecordProblem::NotAnObjectId { key: key_shown });
        } else if key.bytes().any(|b| b.is_ascii_uppercase()) {
            problems.push(RecordProblem::Capitals { key: key_shown });
        } else if !seen.insert(key.as_str()) {
            problems.push(RecordProblem::Twice { key: key_shown });
        } else if let Some(version) = record.version.filter(|v| *v >= MAX_VERSION) {
            problems.push(RecordProblem::Version {
                key: key_shown,
                version,
            });
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(Message::from_fn(move |lang| {
        let words = crate::words::of(lang);
        let each: Vec<String> = problems
            .iter()
            .map(|problem| words.record_problem(holder, problem))
            .collect();
        words.data_unreachable_records(&each.join("; "))
    }))
}

/// What holds a stored record: a row of the database, or a record of a JSON data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holder {
    /// A row of the database.
    Row,
    /// A record of a JSON data file.
    Record,
}

/// Why a stored record cannot be reached through the API (keys and IDs escaped).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum RecordProblem {
    /// The key is not the record's `_id`.
    OtherId { key: String, id: String },
    /// The key is not an ObjectId.
    NotAnObjectId { key: String },
    /// The key has capitals.
    Capitals { key: String },
    /// The key is there twice.
    Twice { key: String },
    /// The `version` cannot be raised.
    Version { key: String, version: u64 },
}

/// One change of the database.
#[derive(Clone, Copy)]
enum Write<'a> {
    Put(&'a ProjectFlowRecord),
    Delete(&'a str),
    PutRegistration(&'a Registration),
    PutWebhook(&'a Map<String, Value>),
    DeleteWebhook(&'a str),
    PutEvent(&'a Map<String, Value>),
}

impl State {
    /// Commits `change` to the database (when there is one) before the memory changes: what
    /// is acknowledged is in the log.
    fn write(&self, change: Write<'_>) -> io::Result<()> {
        self.write_all(&[change])
    }

    /// Commits `changes` in one transaction (a registration and the events it makes: the
    /// outbox is written with the change), before the memory changes.
    fn write_all(&self, changes: &[Write<'_>]) -> io::Result<()> {
        let Some(db) = &self.db else {
            return Ok(());
        };
        let transaction = db.unchecked_transaction().map_err(io::Error::other)?;
        for change in changes {
            write_one(&transaction, *change)?;
        }
        transaction.commit().map_err(io::Error::other)
    }
}

fn write_one(db: &Connection, change: Write<'_>) -> io::Result<()> {
    let id_of = |object: &Map<String, Value>| {
        object
            .get("_id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    match change {
        Write::Put(record) => upsert(db, "flows", &record.id, record),
        Write::Delete(id) => delete(db, "flows", id),
        Write::PutRegistration(registration) => {
            upsert(db, "app_registrations", registration.id(), registration)
        }
        Write::PutWebhook(webhook) => upsert(db, "webhooks", &id_of(webhook), webhook),
        Write::DeleteWebhook(id) => delete(db, "webhooks", id),
        Write::PutEvent(event) => upsert(db, "webhook_events", &id_of(event), event),
    }
}

/// Writes `record` as JSON under `id` in `table` (one of this store's own tables).
fn upsert(
    db: &Connection,
    table: &str,
    id: &str,
    record: &impl serde::Serialize,
) -> io::Result<()> {
    let text = serde_json::to_string(record).map_err(io::Error::other)?;
    db.execute(
        &format!(
            "INSERT INTO {table} (id, record) VALUES (?1, ?2) \
             ON CONFLICT (id) DO UPDATE SET record = excluded.record"
        ),
        params![id, text],
    )
    .map(drop)
    .map_err(io::Error::other)
}

/// Removes `id` from `table` (one of this store's own tables).
fn delete(db: &Connection, table: &str, id: &str) -> io::Result<()> {
    db.execute(&format!("DELETE FROM {table} WHERE id = ?1"), params![id])
        .map(drop)
        .map_err(io::Error::other)
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
