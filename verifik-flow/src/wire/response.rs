//! What Verifik answers: the stored flow inside `{ "data": ... }`, and its error bodies.
//!
//! Response types accept keys they do not know: Verifik may add fields to what it returns, and
//! a client must not break when it does. Bodies sent to Verifik are strict; answers are not.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::body::onboarding::{FlowType, ProjectFlow, RecordStatus, Target};
use crate::body::values::ProjectId;

/// A time as Verifik writes it: RFC 3339, UTC, with milliseconds (`2024-01-15T10:30:00.000Z`).
#[cfg_attr(not(feature = "server"), allow(dead_code))]
pub(crate) fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
use crate::body::wire_enum::wire_enum;

/// Verifik's success envelope: `{ "data": ... }`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    /// What the call returned.
    pub data: T,
}

/// A project flow as Verifik answers it, of either kind, read tolerantly: an answer is never
/// refused for a key or value a body would not carry. What is typed is read when it is there
/// and of a known shape (`None` otherwise); every key, as Verifik sent it, stays in
/// [`raw`](Self::raw), which is also what the record serializes to. Only the flow's `_id`
/// (any string: Verifik's own pages show IDs of 23 digits) is required.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectFlowRecord {
    /// The flow's own ID, as Verifik wrote it.
    pub id: String,
    /// The project the flow belongs to (the v3 update answer has none).
    pub project: Option<String>,
    /// The kind of flow.
    pub flow_type: Option<FlowType>,
    /// The flow's name (a login flow, or the v3 update answer, may have none).
    pub name: Option<String>,
    /// Who is onboarded (onboarding flows).
    pub target: Option<Target>,
    /// The flow's status.
    pub status: Option<RecordStatus>,
    /// Starts at 1 and grows with every update (the v2 answers have none).
    pub version: Option<u64>,
    /// When the flow was created.
    pub created_at: Option<DateTime<Utc>>,
    /// When the flow was last changed.
    pub updated_at: Option<DateTime<Utc>>,
    raw: Map<String, Value>,
}

/// `key` of `raw` as a `T`, when it is there and has that shape.
fn parsed<T: serde::de::DeserializeOwned>(raw: &Map<String, Value>, key: &str) -> Option<T> {
    raw.get(key)
        .cloned()
        .and_then(|value| serde_json::from_value(value).ok())
}

/// Keys of a stored flow that are Verifik's, not the body's (the stand-in reads them here
/// too).
pub(crate) const STORED_ONLY: &[&str] =
    &["_id", "__v", "client", "version", "createdAt", "updatedAt"];

impl ProjectFlowRecord {
    /// Reads a record from the JSON object Verifik sent; `None` when it has no string `_id`,
    /// which is what makes an object a stored flow.
    pub fn from_raw(raw: Map<String, Value>) -> Option<Self> {
        let text = |key: &str| raw.get(key).and_then(Value::as_str).map(str::to_owned);
        Some(Self {
            id: text("_id")?,
            project: text("project"),
            flow_type: parsed(&raw, "type"),
            name: text("name"),
            target: parsed(&raw, "target"),
            status: parsed(&raw, "status"),
            version: raw.get("version").and_then(Value::as_u64),
            created_at: parsed(&raw, "createdAt"),
            updated_at: parsed(&raw, "updatedAt"),
            raw,
        })
    }

    /// Every key of the record, as Verifik sent it.
    pub fn raw(&self) -> &Map<String, Value> {
        &self.raw
    }

    /// The record's JSON object.
    pub fn into_raw(self) -> Map<String, Value> {
        self.raw
    }

    /// The stored flow as a body of either kind, for editing and sending again: the record
    /// without Verifik's own keys (`_id`s, `__v`, `client`, `version`, timestamps) and without
    /// empty values of keys the body does not have; then checked by every rule, whose
    /// violations say what is missing or in the way (a `paused` status, a key of the other
    /// flow type).
    pub fn to_any_flow(&self) -> Result<crate::Flow, crate::ValidationErrors> {
        crate::validate_flow(&Value::Object(self.body()))
    }

    /// [`to_any_flow`](Self::to_any_flow), for a Smart Enroll flow.
    pub fn to_flow(&self) -> Result<ProjectFlow, crate::ValidationErrors> {
        crate::validate(&Value::Object(self.body()))
    }

    /// The record's body: its keys without Verifik's own (see
    /// [`to_any_flow`](Self::to_any_flow)), not checked. What a partial update is merged into
    /// to see the flow it would make.
    pub fn body(&self) -> Map<String, Value> {
        let kind = self.raw.get("type").and_then(Value::as_str);
        let body = verifik_flow_rules::navigate::body(crate::schema(), kind);
        self.raw
            .iter()
            .filter(|(key, value)| {
                !STORED_ONLY.contains(&key.as_str())
                    && !value.is_null()
                    && (verifik_flow_rules::navigate::is_member(body, key) || !is_empty(value))
            })
            .map(|(key, value)| (key.clone(), without_ids(value)))
            .collect()
    }
}

/// `null`, `""`, `[]` or `{}`: what a stored flow holds for a key it never set.
fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(members) => members.is_empty(),
        _ => false,
    }
}

/// `value` without the `_id`s of its sub-documents, or members that are `null`.
fn without_ids(value: &Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .filter(|(key, value)| key.as_str() != "_id" && !value.is_null())
                .map(|(key, value)| (key.clone(), without_ids(value)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_ids).collect()),
        other => other.clone(),
    }
}

impl Serialize for ProjectFlowRecord {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.raw.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ProjectFlowRecord {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Map::deserialize(deserializer)?;
        Self::from_raw(raw)
            .ok_or_else(|| serde::de::Error::custom("a stored flow has a string `_id`"))
    }
}

/// An answer's object: inside `{ "data": ... }` (the v3 routes, the Smart Enroll page) or
/// bare (the v2 routes).
#[cfg_attr(not(feature = "client"), allow(dead_code))]
pub(crate) fn unwrap_data(answer: Value) -> Value {
    match answer {
        Value::Object(mut members)
            if !members.contains_key("_id") && members.contains_key("data") =>
        {
            members.remove("data").unwrap_or(Value::Null)
        }
        other => other,
    }
}

/// The filters and page of `GET /v2/project-flows` (`Client::list`; the stand-in reads the
/// same type).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListQuery {
    /// The page, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Flows a page, 1 to [`ListQuery::MAX_LIMIT`] ([`ListQuery::DEFAULT_LIMIT`] when left
    /// out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Only this project's flows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<ProjectId>,
    /// Only flows of this type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub flow_type: Option<FlowType>,
    /// Only flows with this status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RecordStatus>,
    /// What Verifik fills in instead of IDs (`populates[]`). The stand-in has no projects or
    /// clients to fill in, and ignores it.
    #[serde(
        rename = "populates[]",
        skip_deserializing,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub populates: Vec<Populate>,
}

wire_enum! {
    /// A reference of a listed flow that Verifik can fill in (`populates[]`).
    pub enum Populate {
        /// The flow's project.
        Project = "project",
        /// The flow's client.
        Client = "client",
    }
}

/// One page of `GET /v2/project-flows` (what `Client::list` returns and the stand-in sends),
/// or, as `ListPage<AppRegistration>`, of `GET /v2/app-registrations`.
/// Read from either shape Verifik's pages show: the v2 list (`{ success, data, pagination:
/// { page, limit, total, pages }, signature }`) or the v3 page (`{ data, total, limit, page,
/// pages }`); a count that is missing reads as 0, and every other key of the answer
/// (`success`, `pagination`, `signature`, ...) stays in [`other`](Self::other).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ListPage<T = ProjectFlowRecord> {
    /// The records of this page.
    pub data: Vec<T>,
    /// How many flows match, on every page.
    pub total: u64,
    /// Flows a page.
    pub limit: u64,
    /// This page, from 1.
    pub page: u64,
    /// How many pages there are.
    pub pages: u64,
    /// Whether the answer gave its counts (`total` and `pages`, at the top or under
    /// `pagination`); without them the counts above are 0, and a listing of every flow reads
    /// until an empty page.
    pub counted: bool,
    /// Every other key of the answer, as Verifik sent it.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for ListPage<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut answer = Map::deserialize(deserializer)?;
        let data = match answer.remove("data") {
            Some(Value::Array(items)) => items
                .into_iter()
                .map(|item| serde_json::from_value(item).map_err(serde::de::Error::custom))
                .collect::<Result<Vec<T>, _>>()?,
            _ => return Err(serde::de::Error::custom("a list answer has a `data` array")),
        };
        let counts = match answer.get("pagination") {
            Some(Value::Object(pagination)) => pagination.clone(),
            _ => answer.clone(),
        };
        let count = |key: &str| counts.get(key).and_then(Value::as_u64).unwrap_or(0);
        let counted = ["total", "pages"]
            .iter()
            .all(|key| counts.get(*key).is_some_and(Value::is_u64));
        for key in ["total", "limit", "page", "pages"] {
            answer.remove(key);
        }
        Ok(Self {
            total: count("total"),
            limit: count("limit"),
            page: count("page"),
            pages: count("pages"),
            counted,
            data,
            other: answer,
        })
    }
}

/// What `DELETE /v3/project-flows/{id}` answers inside `{ "data": ... }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletedFlow {
    /// The deleted flow's ID, as Verifik wrote it.
    #[serde(rename = "_id")]
    pub id: String,
    /// Its type (not known when a retried call found the flow already deleted).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub flow_type: Option<FlowType>,
    /// Its target (onboarding flows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// `deleted`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RecordStatus>,
    /// Every other key of the answer, as Verifik sent it.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl ListQuery {
    /// The most flows a page holds.
    pub const MAX_LIMIT: u32 = 100;
    /// Flows a page when `limit` is left out.
    pub const DEFAULT_LIMIT: u32 = 10;

    /// The page asked for, from 1, and its size, when both are in range; else what is wrong.
    pub fn page_and_limit(&self) -> Result<(u32, u32), crate::Message> {
        let page = self.page.unwrap_or(1);
        let limit = self.limit.unwrap_or(Self::DEFAULT_LIMIT);
        if page == 0 {
            return Err(crate::Message::from_fn(|lang| {
                crate::words::of(lang).page_out_of_range()
            }));
        }
        if !(1..=Self::MAX_LIMIT).contains(&limit) {
            let max = Self::MAX_LIMIT;
            return Err(crate::Message::from_fn(move |lang| {
                crate::words::of(lang).limit_out_of_range(max)
            }));
        }
        Ok((page, limit))
    }
}

/// Verifik's error body: `{ "message", "code" }`, sometimes with `status`, `timestamp` and,
/// on 422, `details`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{}: {}{}", crate::printable(.code), crate::printable(.message), details_text(.details))]
pub struct ApiError {
    /// What went wrong, in Verifik's words (`Invalid project ID format`).
    pub message: String,
    /// The error's code: `BadRequest`, `Forbidden`, `NotFound`, `Conflict`,
    /// `UnprocessableEntity`, ...
    pub code: String,
    /// The HTTP status, when Verifik repeats it in the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// When the error happened, when Verifik says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// One entry a field, on 422.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<ApiErrorDetail>,
}

/// The most details of a 422 that an [`ApiError`] shows; the rest are counted.
pub const MAX_SHOWN_DETAILS: usize = 20;

/// `; field: message` for each detail of a 422 (at most [`MAX_SHOWN_DETAILS`]), controls
/// escaped.
fn details_text(details: &[ApiErrorDetail]) -> String {
    use std::fmt::Write as _;
    let mut text = String::new();
    for detail in details.iter().take(MAX_SHOWN_DETAILS) {
        // Writing to a `String` cannot fail.
        let _ = write!(
            text,
            "; {}: {}",
            crate::printable(&detail.field),
            crate::printable(&detail.message)
        );
    }
    if details.len() > MAX_SHOWN_DETAILS {
        let _ = write!(text, "; and {} more", details.len() - MAX_SHOWN_DETAILS);
    }
    text
}

/// One field of a 422 answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiErrorDetail {
    /// The field, as a dotted path (`documents.verificationMethods`).
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}
