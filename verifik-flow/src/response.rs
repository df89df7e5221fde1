//! What Verifik answers: the stored flow inside `{ "data": ... }`, and its error bodies.
//!
//! Response types accept keys they do not know: Verifik may add fields to what it returns, and
//! a client must not break when it does. Bodies sent to Verifik are strict; answers are not.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{
    Documents, FlowType, Integrations, Liveness, ProjectFlow, SignUpForm, Status, Steps, Target,
};
use crate::values::{ObjectId, ProjectId};

/// A time as Verifik writes it: RFC 3339, UTC, with milliseconds (`2024-01-15T10:30:00.000Z`).
#[cfg_attr(not(feature = "server"), allow(dead_code))]
pub(crate) fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
use crate::wire_enum::wire_enum;

/// Verifik's success envelope: `{ "data": ... }`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    /// What the call returned.
    pub data: T,
}

wire_enum! {
    /// The status of a stored flow.
    pub enum RecordStatus {
        /// Saved, not yet live.
        Draft = "draft",
        /// Live: new users go through it.
        Active = "active",
        /// Stopped for now.
        Paused = "paused",
        /// Deleted (what `DELETE` answers).
        Deleted = "deleted",
    }
}

impl From<Status> for RecordStatus {
    fn from(status: Status) -> Self {
        match status {
            Status::Draft => Self::Draft,
            Status::Active => Self::Active,
        }
    }
}

/// A project flow as Verifik stores it, of either kind: the body plus its ID, version and
/// timestamps. The Smart Enroll members are typed; every other key (a login flow's
/// `loginSettings`, `security`, ..., and whatever Verifik adds) is kept in [`other`](Self::other).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectFlowRecord {
    /// The flow's own ID.
    #[serde(rename = "_id")]
    pub id: ObjectId,
    /// The project the flow belongs to.
    pub project: ProjectId,
    /// The kind of flow.
    #[serde(rename = "type")]
    pub flow_type: FlowType,
    /// The flow's name (a login flow may have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Who is onboarded (onboarding flows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// The flow's status.
    pub status: RecordStatus,
    /// Starts at 1 and grows with every update.
    pub version: u64,
    /// The sign-up form, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_up_form: Option<SignUpForm>,
    /// The document settings, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents: Option<Documents>,
    /// The liveness settings, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liveness: Option<Liveness>,
    /// The steps, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<Steps>,
    /// The integrations, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrations: Option<Integrations>,
    /// When the flow was created (RFC 3339).
    pub created_at: DateTime<Utc>,
    /// When the flow was last changed (RFC 3339).
    pub updated_at: DateTime<Utc>,
    /// Every other key of the record, as Verifik sent it.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

impl ProjectFlowRecord {
    /// The stored flow as a body, for editing and sending again; `None` when its status
    /// (`paused`, `deleted`) is not one a body can carry.
    pub fn to_flow(&self) -> Option<ProjectFlow> {
        let status = match self.status {
            RecordStatus::Draft => Status::Draft,
            RecordStatus::Active => Status::Active,
            RecordStatus::Paused | RecordStatus::Deleted => return None,
        };
        if self.flow_type != FlowType::Onboarding {
            return None;
        }
        Some(ProjectFlow {
            project: self.project.clone(),
            flow_type: self.flow_type,
            name: self.name.clone()?,
            target: self.target?,
            status,
            sign_up_form: self.sign_up_form.clone(),
            documents: self.documents.clone(),
            liveness: self.liveness.clone(),
            steps: self.steps.clone(),
            integrations: self.integrations.clone(),
        })
    }
}

impl ProjectFlowRecord {
    /// The stored flow as a body of either kind, for editing and sending again; `None` when
    /// its status (`paused`, `deleted`) or its keys are not a body's.
    pub fn to_any_flow(&self) -> Option<crate::Flow> {
        if matches!(self.status, RecordStatus::Paused | RecordStatus::Deleted) {
            return None;
        }
        let mut value = serde_json::to_value(self).ok()?;
        let object = value.as_object_mut()?;
        for key in ["_id", "version", "createdAt", "updatedAt", "__v", "client"] {
            object.remove(key);
        }
        serde_json::from_value(value).ok()
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
}

/// One page of `GET /v2/project-flows` (what `Client::list` returns and the stand-in sends).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListPage {
    /// The flows of this page.
    pub data: Vec<ProjectFlowRecord>,
    /// How many flows match, on every page.
    pub total: u64,
    /// Flows a page.
    pub limit: u64,
    /// This page, from 1.
    pub page: u64,
    /// How many pages there are.
    pub pages: u64,
}

/// What `DELETE /v3/project-flows/{id}` answers inside `{ "data": ... }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletedFlow {
    /// The deleted flow's ID.
    #[serde(rename = "_id")]
    pub id: ObjectId,
    /// Its type (not known when a retried call found the flow already deleted).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub flow_type: Option<FlowType>,
    /// Its target (onboarding flows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// `deleted`.
    pub status: RecordStatus,
}

impl ListQuery {
    /// The most flows a page holds.
    pub const MAX_LIMIT: u32 = 100;
    /// Flows a page when `limit` is left out.
    pub const DEFAULT_LIMIT: u32 = 10;

    /// The page asked for, from 1, and its size, when both are in range; else what is wrong.
    pub fn page_and_limit(&self) -> Result<(u32, u32), String> {
        let page = self.page.unwrap_or(1);
        let limit = self.limit.unwrap_or(Self::DEFAULT_LIMIT);
        if page == 0 {
            return Err("`page` must be a whole number from 1".into());
        }
        if !(1..=Self::MAX_LIMIT).contains(&limit) {
            return Err(format!(
                "`limit` must be a whole number from 1 to {}",
                Self::MAX_LIMIT
            ));
        }
        Ok((page, limit))
    }
}

/// Verifik's error body: `{ "message", "code" }`, sometimes with `status`, `timestamp` and,
/// on 422, `details`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{code}: {message}{}", details_text(.details))]
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

/// `; field: message` for each detail of a 422.
fn details_text(details: &[ApiErrorDetail]) -> String {
    use std::fmt::Write as _;
    let mut text = String::new();
    for detail in details {
        // Writing to a `String` cannot fail.
        let _ = write!(text, "; {}: {}", detail.field, detail.message);
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
