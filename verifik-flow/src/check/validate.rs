//! Runtime validation: JSON text or a JSON value against the schema, then into the typed
//! model.
//!
//! The fast path is one `is_valid` of the compiled schema and one deserialization. Only when
//! a body is invalid are errors collected, explained and located (by `verifik-flow-rules`,
//! which owns the schema, its reading and where each violation is shown).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use verifik_flow_rules::{Document, Message, Rule, ValidationErrors, Violation, checker, text};

use crate::body::login::LoginFlow;
use crate::body::onboarding::{FlowType, ProjectFlow, RecordStatus, Status};

/// Checks a JSON value against every rule of a Smart Enroll project flow and, when it holds,
/// returns it as a typed [`ProjectFlow`].
///
/// All violations are returned, not only the first. To validate text with duplicate-key
/// detection and line and column numbers, use [`validate_str`].
///
/// ```
/// use serde_json::json;
///
/// let body = json!({
///     "project": "65b03015c03e1a1b595fe61c",
///     "type": "onboarding",
///     "name": "KYC",
///     "target": "personal",
///     "status": "draft",
///     "liveness": { "minScore": 1.5, "searchMode": "SLOW" },
/// });
/// let errors = verifik_flow::validate(&body).unwrap_err();
/// let found: Vec<_> = errors.iter().map(|v| (v.rule().name(), v.pointer())).collect();
/// assert!(found.contains(&("range", "/liveness/minScore")));
/// assert!(found.contains(&("enum", "/liveness/searchMode")));
/// ```
pub fn validate(value: &Value) -> Result<ProjectFlow, ValidationErrors> {
    check_value(value)?;
    typed(value)
}

/// Checks a JSON value against every rule of the body its `type` says (a Smart Enroll
/// `onboarding` flow or a Smart Access `login` flow) and, when it holds, returns it typed.
///
/// ```
/// use serde_json::json;
/// use verifik_flow::Flow;
///
/// let body = json!({
///     "project": "65b03015c03e1a1b595fe61c",
///     "type": "login",
///     "status": "draft",
///     "loginSettings": { "email": true, "emailGateway": "mailgun" },
/// });
/// let Flow::Login(flow) = verifik_flow::validate_flow(&body)? else { unreachable!() };
/// assert_eq!(flow.login_settings.email, Some(true));
/// # Ok::<(), verifik_flow::ValidationErrors>(())
/// ```
pub fn validate_flow(value: &Value) -> Result<Flow, ValidationErrors> {
    check_value(value)?;
    typed(value)
}

/// Every rule of the body `value` is, or every violation.
pub(crate) fn check_value(value: &Value) -> Result<(), ValidationErrors> {
    let checker = checker();
    if checker.is_valid(value) {
        Ok(())
    } else {
        Err(ValidationErrors::new(checker.violations(value)))
    }
}

/// A body that keeps every rule, as `T`.
fn typed<T: Body>(value: &Value) -> Result<T, ValidationErrors> {
    let typed = match value.get("$schema") {
        // An editor hint, not part of the body: the types leave it out.
        Some(_) => {
            let mut body = value.clone();
            body.as_object_mut().map(|body| body.remove("$schema"));
            T::deserialize(&body)
        }
        None => T::deserialize(value),
    };
    typed.map_err(|error| T::refused(value, &error.to_string()))
}

/// What `validate`, `validate_str` and `validate_slice` return: the Smart Enroll body, or the
/// either-kind [`Flow`].
pub(crate) trait Body: for<'de> Deserialize<'de> {
    /// Why a body that keeps every rule is still not a `Self`.
    fn refused(value: &Value, error: &str) -> ValidationErrors;

    /// The typed body of a valid document (the fast path); `None` sends the caller to the
    /// `Value` path, which explains.
    fn from_document(document: &Document<'_>) -> Option<Self> {
        Self::deserialize(document).ok()
    }
}

impl Body for ProjectFlow {
    fn refused(value: &Value, error: &str) -> ValidationErrors {
        let violation =
            if value.get("type").and_then(Value::as_str) == Some(FlowType::Login.as_str()) {
                Violation::new(
                    Rule::Enum,
                    "/type",
                    Message::from_fn(|lang| lang.words().login_not_here()),
                )
            } else {
                // The schema and the types say the same; this is a bug, but not a reason to panic.
                Violation::new(Rule::Type, "", {
                    let error = error.to_owned();
                    Message::from_fn(move |lang| lang.words().types_disagree(&error))
                })
            };
        ValidationErrors::new(vec![violation])
    }
}

impl Body for Flow {
    /// By `type`, read off the document: no `Value` is built to try the kinds in turn.
    fn from_document(document: &Document<'_>) -> Option<Self> {
        let login = matches!(document, Document::Object(members) if members.iter().any(|(key, value)| {
            key == "type" && matches!(value, Document::String(kind) if kind == FlowType::Login.as_str())
        }));
        if login {
            LoginFlow::deserialize(document).ok().map(Flow::Login)
        } else {
            ProjectFlow::deserialize(document)
                .ok()
                .map(Flow::Onboarding)
        }
    }

    fn refused(_: &Value, error: &str) -> ValidationErrors {
        ValidationErrors::new(vec![Violation::new(Rule::Type, "", {
            let error = error.to_owned();
            Message::from_fn(move |lang| lang.words().types_disagree(&error))
        })])
    }
}

/// A project flow of either kind, as `type` says: what [`validate_flow`] returns and what code
/// that handles both kinds takes.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Flow {
    /// A Smart Enroll flow (`type: "onboarding"`).
    Onboarding(ProjectFlow),
    /// A Smart Access flow (`type: "login"`).
    Login(LoginFlow),
}

impl Flow {
    /// The kind of flow.
    pub fn flow_type(&self) -> FlowType {
        match self {
            Flow::Onboarding(_) => FlowType::Onboarding,
            Flow::Login(_) => FlowType::Login,
        }
    }
}

impl From<ProjectFlow> for Flow {
    fn from(flow: ProjectFlow) -> Self {
        Flow::Onboarding(flow)
    }
}

impl From<LoginFlow> for Flow {
    fn from(flow: LoginFlow) -> Self {
        Flow::Login(flow)
    }
}

impl<'de> Deserialize<'de> for Flow {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Read once, then by `type`: a login body is a `LoginFlow`, anything else a
        // `ProjectFlow` (whose own `type` check then speaks).
        let value = Value::deserialize(deserializer)?;
        let login = value.get("type").and_then(Value::as_str) == Some(FlowType::Login.as_str());
        if login {
            LoginFlow::deserialize(value)
                .map(Flow::Login)
                .map_err(serde::de::Error::custom)
        } else {
            ProjectFlow::deserialize(value)
                .map(Flow::Onboarding)
                .map_err(serde::de::Error::custom)
        }
    }
}

/// Checks JSON text against every rule of a Smart Enroll project flow and, when it holds,
/// returns it as a typed [`ProjectFlow`].
///
/// Beyond [`validate`], it refuses duplicate keys (which `serde_json` would silently resolve
/// to the last one), refuses input over [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES) or nested
/// too deeply, and gives each violation its line and column.
///
/// ```
/// let text = r#"{
///   "project": "65b03015c03e1a1b595fe61c",
///   "type": "onboarding",
///   "name": "KYC",
///   "target": "personal",
///   "status": "draft",
///   "liveness": { "minScroe": 0.7 }
/// }"#;
/// let errors = verifik_flow::validate_str(text).unwrap_err();
/// let first = errors.iter().next().unwrap();
/// assert_eq!(first.rule().name(), "unknown-key");
/// assert_eq!(first.pointer(), "/liveness/minScroe");
/// assert_eq!((first.location().unwrap().line, first.location().unwrap().column), (7, 17));
/// assert!(first.message().contains("did you mean `minScore`?"));
/// ```
pub fn validate_str(text: &str) -> Result<ProjectFlow, ValidationErrors> {
    text_as(text)
}

/// [`validate_flow`] for JSON text, with the checks and places of [`validate_str`].
pub fn validate_flow_str(text: &str) -> Result<Flow, ValidationErrors> {
    text_as(text)
}

/// [`validate_flow`] for bytes, as [`validate_slice`] reads them.
pub fn validate_flow_slice(bytes: &[u8]) -> Result<Flow, ValidationErrors> {
    validate_flow_str(text::decode(bytes)?)
}

fn text_as<T: Body>(text: &str) -> Result<T, ValidationErrors> {
    // The fast path, for a valid body: no `Value` is built (see `Document`). Anything else
    // takes the `Value` path, which gives every violation its place.
    if text.len() <= text::MAX_INPUT_BYTES
        && let Some(document) = Document::parse(text)
        && checker().is_valid_document(&document)
        && let Some(flow) = T::from_document(&document)
    {
        return Ok(flow);
    }
    let value = text::parse(text)?;
    check_value(&value)
        .and_then(|()| typed(&value))
        .map_err(|errors| text::locate(text, errors))
}

/// [`validate_str`] for bytes: text that is not UTF-8 is a `syntax` violation at the first
/// byte that is not. A UTF-8 byte-order mark, which some editors write, is skipped; offsets
/// then count from after it, as [`strip_bom`](crate::strip_bom) gives the text.
pub fn validate_slice(bytes: &[u8]) -> Result<ProjectFlow, ValidationErrors> {
    validate_str(text::decode(bytes)?)
}

/// Checks a partial update (the body of `PUT /v2/project-flows/{id}`): every key sent follows
/// its own rule, in the words of [`validate`] (unknown or misspelt keys, types, values, ranges,
/// patterns; `status` may also be `paused`). Keys left out are fine, and the rules across
/// fields are left to the merged flow ([`validate_update`]). Without `type`, the partial is
/// read as the kind its keys belong to; keys of both kinds in one partial are refused
/// (`flow-type-key`).
pub fn validate_partial(partial: &Value) -> Result<(), ValidationErrors> {
    let typed = with_type(partial);
    let (typed, _) = as_body(&typed);
    let checker = verifik_flow_rules::partial_checker();
    if checker.is_valid(&typed) {
        Ok(())
    } else {
        Err(ValidationErrors::new(checker.violations(&typed)))
    }
}

/// [`validate_partial`] for JSON bytes (one byte-order mark skipped), with each violation's
/// line and column; the partial's value when it holds.
pub fn validate_partial_slice(bytes: &[u8]) -> Result<Value, ValidationErrors> {
    let text = text::decode(bytes)?;
    let value = text::parse(text)?;
    validate_partial(&value).map_err(|errors| text::locate(text, errors))?;
    Ok(value)
}

/// `partial` with a `type`, when it has none: the kind whose own keys it has (`login` when any
/// key is a Smart Access one).
fn with_type(partial: &Value) -> std::borrow::Cow<'_, Value> {
    let Some(members) = partial.as_object().filter(|m| !m.contains_key("type")) else {
        return std::borrow::Cow::Borrowed(partial);
    };
    let schema = crate::schema();
    let login = verifik_flow_rules::navigate::body(schema, Some(FlowType::Login.as_str()));
    let onboarding =
        verifik_flow_rules::navigate::body(schema, Some(FlowType::Onboarding.as_str()));
    let is_login = members.keys().any(|key| {
        verifik_flow_rules::navigate::is_member(login, key)
            && !verifik_flow_rules::navigate::is_member(onboarding, key)
    });
    let kind = if is_login {
        FlowType::Login
    } else {
        FlowType::Onboarding
    };
    let mut typed = members.clone();
    typed.insert("type".into(), Value::from(kind.as_str()));
    std::borrow::Cow::Owned(Value::Object(typed))
}

/// Merges a partial update into a stored flow's body as Verifik does: objects key by key
/// (only the keys sent change), every other value replaced.
pub fn merge_update(stored: &mut Value, partial: &Value) {
    match (stored, partial) {
        (Value::Object(stored), Value::Object(partial)) => {
            for (key, value) in partial {
                match stored.get_mut(key) {
                    Some(existing) if existing.is_object() && value.is_object() => {
                        merge_update(existing, value);
                    }
                    _ => {
                        stored.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (stored, partial) => *stored = partial.clone(),
    }
}

/// The flow a partial update of `stored` (a stored flow's body) makes, checked by every rule:
/// the merged body as it would be stored (a `paused` status kept), or its violations.
pub fn validate_update(stored: &Value, partial: &Value) -> Result<Value, ValidationErrors> {
    let mut merged = stored.clone();
    merge_update(&mut merged, partial);
    validate_stored(&merged).map(|flow| flow.to_value())
}

/// A stored flow, checked: its typed body, and whether its status is `paused`.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredFlow {
    /// The body, typed (a paused flow's status reads `draft` here: the body types know no
    /// other).
    pub flow: Flow,
    /// Whether the flow is paused.
    pub paused: bool,
}

impl StoredFlow {
    /// Its status: `paused`, or the body's own.
    pub fn status(&self) -> crate::RecordStatus {
        if self.paused {
            return crate::RecordStatus::Paused;
        }
        match &self.flow {
            Flow::Onboarding(flow) => flow.status.into(),
            Flow::Login(flow) => flow.status.into(),
        }
    }

    /// Its name (a login flow may have none).
    pub fn name(&self) -> Option<&str> {
        match &self.flow {
            Flow::Onboarding(flow) => Some(&flow.name),
            Flow::Login(flow) => flow.name.as_deref(),
        }
    }

    /// The flow as Verifik stores it: the typed body, its `paused` status kept.
    pub fn to_value(&self) -> Value {
        let mut value = serde_json::to_value(&self.flow).unwrap_or(Value::Null);
        if self.paused {
            value["status"] = Value::from(RecordStatus::Paused.as_str());
        }
        value
    }

    /// [`to_value`](Self::to_value) as pretty JSON in the typed model's order (the
    /// documentation's): the top-level `status` member, the one at the top level's indent, is
    /// written `paused` when the flow is.
    pub fn to_pretty_json(&self) -> String {
        let pretty = serde_json::to_string_pretty(&self.flow).unwrap_or_default();
        if !self.paused {
            return pretty;
        }
        let draft = format!("  \"status\": \"{}\"", Status::Draft.as_str());
        let paused = format!("  \"status\": \"{}\"", RecordStatus::Paused.as_str());
        pretty
            .lines()
            .map(|line| match line.strip_prefix(draft.as_str()) {
                Some(rest @ ("" | ",")) => format!("{paused}{rest}"),
                _ => line.to_owned(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// A stored flow's body (what `pull` writes, a flows directory holds, an update makes) checked
/// by every rule of its body, a `paused` status allowed: a flow that exists may be paused, and
/// the body rules (draft or active) check the rest as they would a draft. The one place that
/// decides what a stored flow may hold.
pub fn validate_stored(body: &Value) -> Result<StoredFlow, ValidationErrors> {
    let (checked, paused) = as_body(body);
    let flow = validate_flow(&checked)?;
    Ok(StoredFlow { flow, paused })
}

/// A stored flow's body (or a partial update of one) as the body rules read it, and whether
/// its status is `paused`: a paused flow is checked as a draft, the one status the body rules
/// know besides `active`. What [`validate_stored`] and [`validate_partial`] both read.
fn as_body(stored: &Value) -> (std::borrow::Cow<'_, Value>, bool) {
    let paused =
        stored.get("status").and_then(Value::as_str) == Some(RecordStatus::Paused.as_str());
    if !paused {
        return (std::borrow::Cow::Borrowed(stored), false);
    }
    let mut body = stored.clone();
    body["status"] = Value::from(Status::Draft.as_str());
    (std::borrow::Cow::Owned(body), true)
}

/// [`validate_stored`] for bytes, read as [`validate_flow_slice`] reads them (a byte-order
/// mark, limits, duplicate keys), each violation at its place in the text.
pub fn validate_stored_slice(bytes: &[u8]) -> Result<StoredFlow, ValidationErrors> {
    let text = text::decode(bytes)?;
    let value = text::parse(text)?;
    validate_stored(&value).map_err(|errors| text::locate(text, errors))
}
