//! The stand-in's app registrations: `POST /v2/app-registrations`, `GET` one and the list,
//! and the person's `PUT /v2/app-registrations/{id}/sync`, as Verifik's pages document them;
//! where they are silent, the stand-in decides, and `docs/journey.md` says what (each answer
//! of ours has a code in lower snake case that says what it is, as Verifik's own do).

use std::collections::{BTreeMap, BTreeSet};

use axum::Json;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::answers::{Body, Refusal, bad_request, conflict, error, internal, refusal};
use super::store::Registration;
use super::{StandIn, blocking};
use crate::wire::registration::{is_dial_code, is_email, is_phone};
use crate::{FlowType, RecordStatus, RegistrationStatus, StepMode, SyncStep};

/// The keys a registration's body may have.
const KEYS: &[&str] = &[
    "project",
    "projectFlow",
    "email",
    "phone",
    "countryCode",
    "fullName",
    "firstName",
    "lastName",
    "language",
];

/// The longest name the stand-in takes (a flow's name's limit).
const MAX_NAME_CHARS: usize = crate::NAME_MAX_CHARS;

/// The steps of the sync answer's map that a flow body does not set: the documented
/// example's values.
const FIXED_STEPS: [(&str, StepMode); 3] = [
    ("signUpForm", StepMode::Mandatory),
    ("basicInformation", StepMode::Skip),
    ("form", StepMode::Skip),
];

fn not_found() -> Response {
    error(
        StatusCode::NOT_FOUND,
        "AppRegistration_not_found",
        "AppRegistration_not_found",
    )
}

/// A text member of the body: absent, a string, or a refusal.
fn text<'a>(body: &'a Map<String, Value>, key: &str) -> Result<Option<&'a str>, Refusal> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(_) => Err(bad_request(
            "invalid_body",
            format!("`{key}` must be a string"),
        )),
    }
}

/// A name: at most [`MAX_NAME_CHARS`], no control or bidirectional-formatting character.
fn check_name(key: &str, name: &str) -> Result<(), Refusal> {
    if name.chars().count() > MAX_NAME_CHARS || crate::printable(name) != name {
        return Err(bad_request(
            "invalid_name",
            format!(
                "`{key}` must be at most {MAX_NAME_CHARS} characters, without control or \
                 bidirectional-formatting characters"
            ),
        ));
    }
    Ok(())
}

/// The five-key map of a flow's steps, as the sync answers it.
fn steps_of(flow: &crate::ProjectFlowRecord) -> BTreeMap<String, String> {
    let body = &flow.raw()["steps"];
    let mut steps: BTreeMap<String, String> = FIXED_STEPS
        .iter()
        .map(|(key, mode)| ((*key).to_owned(), mode.as_str().to_owned()))
        .collect();
    for key in ["document", "liveness"] {
        let mode = body
            .get(key)
            .and_then(Value::as_str)
            .and_then(|m| m.parse::<StepMode>().ok())
            .unwrap_or(StepMode::Skip);
        steps.insert(key.to_owned(), mode.as_str().to_owned());
    }
    steps
}

/// What a body to create a registration gives, checked.
struct NewFields {
    body: Map<String, Value>,
    project: String,
    flow: String,
    email: Option<String>,
    phone: Option<String>,
    language: String,
}

/// Reads and checks the body of a registration to create.
fn read_new(bytes: &[u8]) -> Result<NewFields, Refusal> {
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(bytes) else {
        return Err(bad_request(
            "invalid_body",
            "the body must be a JSON object",
        ));
    };
    if let Some(key) = body.keys().find(|key| !KEYS.contains(&key.as_str())) {
        let key = crate::printable(&key.chars().take(64).collect::<String>()).into_owned();
        return Err(bad_request(
            "unknown_key",
            format!(
                "unknown key `{key}`: an app registration has {}",
                KEYS.join(", ")
            ),
        ));
    }
    let (Some(project), Some(flow)) = (text(&body, "project")?, text(&body, "projectFlow")?) else {
        return Err(bad_request(
            "missing_project_flow",
            "`project` and `projectFlow` are required",
        ));
    };
    if !crate::body::values::is_object_id(project) || !crate::body::values::is_object_id(flow) {
        return Err(bad_request("BadRequest", "Invalid project ID format"));
    }
    let email = text(&body, "email")?;
    let phone = text(&body, "phone")?;
    let country_code = text(&body, "countryCode")?;
    if email.is_none() && phone.is_none() {
        return Err(conflict("Conflict", "Needs an email or a phone at least"));
    }
    if phone.is_some() && country_code.is_none() {
        return Err(conflict("Conflict", "missing countryCode"));
    }
    if email.is_some_and(|e| !is_email(e)) {
        return Err(bad_request(
            "invalid_email",
            "`email` must be an e-mail address (local@domain, at most 254 characters)",
        ));
    }
    if phone.is_some_and(|p| !is_phone(p)) {
        return Err(bad_request(
            "invalid_phone",
            "`phone` must be 4 to 15 digits (spaces, -, ( and ) between them)",
        ));
    }
    if country_code.is_some_and(|c| !is_dial_code(c)) {
        return Err(bad_request(
            "invalid_country_code",
            "`countryCode` must be + and 1 to 4 digits",
        ));
    }
    for key in ["fullName", "firstName", "lastName"] {
        if let Some(name) = text(&body, key)? {
            check_name(key, name)?;
        }
    }
    let language = text(&body, "language")?.unwrap_or("en");
    if !(2..=8).contains(&language.len())
        || !language
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err(bad_request(
            "invalid_language",
            "`language` must be a language tag such as `en` or `es`",
        ));
    }
    Ok(NewFields {
        project: project.to_ascii_lowercase(),
        flow: flow.to_ascii_lowercase(),
        email: email.map(str::to_owned),
        phone: phone.map(str::to_owned),
        language: language.to_owned(),
        body,
    })
}

/// The registration `new` makes on the flows the stand-in holds, or why not: the project
/// must hold a flow (a project exists when one of its flows does), the flow must be one of
/// its onboarding flows, draft or active; the e-mail or phone must be new to the project.
fn make(
    new: &NewFields,
    flows: &BTreeMap<String, crate::ProjectFlowRecord>,
    existing: &BTreeMap<String, Registration>,
    id: &crate::ObjectId,
    token: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Registration, Refusal> {
    let mut of_project = flows.values().filter(|f| {
        f.project
            .as_deref()
            .is_some_and(|p| p.eq_ignore_ascii_case(&new.project))
    });
    let Some(first) = of_project.next() else {
        return Err(refusal(
            StatusCode::NOT_FOUND,
            "Project_not_found",
            "Project_not_found",
        ));
    };
    let Some(flow) = std::iter::once(first)
        .chain(of_project)
        .find(|f| f.id == new.flow)
    else {
        return Err(refusal(
            StatusCode::NOT_FOUND,
            "ProjectFlow_not_found",
            "ProjectFlow_not_found",
        ));
    };
    if flow.flow_type != Some(FlowType::Onboarding) {
        return Err(conflict(
            "project_flow_not_onboarding",
            "a registration goes through an onboarding flow; this is a login flow",
        ));
    }
    if !matches!(
        flow.status,
        Some(RecordStatus::Draft | RecordStatus::Active)
    ) {
        return Err(conflict(
            "project_flow_not_open",
            "a registration starts on a draft or active flow; this one is paused",
        ));
    }
    let registered = |key: &str, value: &Option<String>| {
        value.as_deref().is_some_and(|v| {
            existing.values().any(|r| {
                r.record.get("project").and_then(Value::as_str) == Some(new.project.as_str())
                    && r.record.get(key).and_then(Value::as_str) == Some(v)
            })
        })
    };
    if registered("email", &new.email) {
        return Err(conflict("Conflict", "email_is_registered_already"));
    }
    if registered("phone", &new.phone) {
        return Err(conflict("Conflict", "phone_is_registered_already"));
    }
    let at = crate::wire::response::rfc3339(now);
    let mut record = Map::new();
    record.insert("_id".into(), id.as_str().into());
    record.insert("client".into(), "stand-in".into());
    record.insert("project".into(), new.project.clone().into());
    record.insert("projectFlow".into(), new.flow.clone().into());
    record.insert("status".into(), RegistrationStatus::Started.as_str().into());
    record.insert("currentStep".into(), "1".into());
    for key in [
        "email",
        "phone",
        "countryCode",
        "fullName",
        "firstName",
        "lastName",
    ] {
        if let Some(value) = new.body.get(key).filter(|v| v.is_string()) {
            record.insert(key.into(), value.clone());
        }
    }
    record.insert("language".into(), new.language.clone().into());
    for key in [
        "informationValidation",
        "emailValidation",
        "phoneValidation",
        "documentValidation",
        "biometricValidation",
        "person",
    ] {
        record.insert(key.into(), Value::Null);
    }
    record.insert("createdAt".into(), at.clone().into());
    record.insert("updatedAt".into(), at.into());
    Ok(Registration {
        record,
        token: token.to_owned(),
        expires_at: now + chrono::Duration::minutes(crate::PERSON_TOKEN_MINUTES),
        synced: BTreeSet::new(),
        steps: steps_of(flow),
    })
}

/// `POST /v2/app-registrations`.
pub(super) async fn create(State(stand_in): State<StandIn>, Body(bytes): Body) -> Response {
    let new = match read_new(&bytes) {
        Ok(new) => new,
        Err(refused) => return refused.into_response(),
    };
    let Ok(person) = super::random_token() else {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalServerError",
            "the operating system's random source failed",
        );
    };
    let store = stand_in.clone();
    let forward_to = stand_in.forwarded_to();
    let outcome = blocking(move || {
        let now = store.inner.store.now();
        store.inner.store.create_registration(
            |flows, existing, id| make(&new, flows, existing, &id, &person, now),
            |registration, outbox| {
                super::webhooks::events(registration, outbox, forward_to.as_deref(), None)
            },
        )
    })
    .await;
    match outcome {
        Ok(Ok(Ok((registration, events)))) => {
            stand_in.send_events(&events);
            Json(json!({
                "data": {
                    "appRegistration": registration.record,
                    // Ours: Verifik's pages show the key, not its object.
                    "informationValidation": null,
                    "token": registration.token,
                }
            }))
            .into_response()
        }
        Ok(Ok(Err(refused))) => refused.into_response(),
        Ok(Err(io)) => internal(&io),
        Err(response) => response,
    }
}

/// A registration's ID from the path: an ObjectId, or 404 (an ID that names nothing).
fn registration_id(id: &str) -> Option<String> {
    crate::body::values::is_object_id(id).then(|| id.to_ascii_lowercase())
}

/// `GET /v2/app-registrations/{id}`.
pub(super) async fn retrieve(
    State(stand_in): State<StandIn>,
    UrlPath(id): UrlPath<String>,
) -> Response {
    match registration_id(&id).and_then(|id| stand_in.inner.store.registration(&id)) {
        Some(registration) => Json(json!({ "data": registration.record })).into_response(),
        None => not_found(),
    }
}

/// The list's query, as Verifik's page names it.
#[derive(Default)]
struct ListQuery {
    page: Option<u32>,
    limit: Option<u32>,
    where_status: Option<String>,
    where_project: Option<String>,
    where_project_flow: Option<String>,
    in_status: Vec<String>,
}

/// `GET /v2/app-registrations`: `{ data, total, limit, page, pages }`.
pub(super) async fn list(State(stand_in): State<StandIn>, uri: axum::http::Uri) -> Response {
    // `in_status[]` repeats: read as pairs, not as one map.
    let pairs = form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()).into_owned();
    let mut query = ListQuery::default();
    for (key, value) in pairs {
        let number = || value.parse::<u32>().ok();
        match key.as_str() {
            "page" => match number() {
                Some(n) => query.page = Some(n),
                None => {
                    return bad_request("BadRequest", "`page` must be a whole number")
                        .into_response();
                }
            },
            "limit" => match number() {
                Some(n) => query.limit = Some(n),
                None => {
                    return bad_request("BadRequest", "`limit` must be a whole number")
                        .into_response();
                }
            },
            "where_status" => query.where_status = Some(value),
            "where_project" => query.where_project = Some(value),
            "where_projectFlow" => query.where_project_flow = Some(value),
            "in_status[]" | "in_status" => query.in_status.push(value),
            _ => {}
        }
    }
    let (page, limit) = match (crate::RegistrationQuery {
        page: query.page,
        limit: query.limit,
        ..crate::RegistrationQuery::default()
    })
    .page_and_limit()
    {
        Ok(page_and_limit) => page_and_limit,
        Err(message) => {
            return bad_request("BadRequest", message.get(crate::Lang::En)).into_response();
        }
    };
    let field =
        |r: &Registration, key: &str| r.record.get(key).and_then(Value::as_str).map(str::to_owned);
    let status_is = |r: &Registration, wanted: &str| {
        field(r, "status").is_some_and(|s| s.eq_ignore_ascii_case(wanted))
    };
    let matches = stand_in.inner.store.registrations(|r| {
        query
            .where_project
            .as_deref()
            .is_none_or(|p| field(r, "project").is_some_and(|f| f.eq_ignore_ascii_case(p)))
            && query
                .where_project_flow
                .as_deref()
                .is_none_or(|p| field(r, "projectFlow").is_some_and(|f| f.eq_ignore_ascii_case(p)))
            && query
                .where_status
                .as_deref()
                .is_none_or(|s| status_is(r, s))
            && (query.in_status.is_empty() || query.in_status.iter().any(|s| status_is(r, s)))
    });
    let total = matches.len() as u64;
    let skip = usize::try_from(u64::from(page - 1) * u64::from(limit)).unwrap_or(usize::MAX);
    let data: Vec<&Map<String, Value>> = matches
        .iter()
        .skip(skip)
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .map(|r| &r.record)
        .collect();
    Json(json!({
        "data": data,
        "total": total,
        "limit": limit,
        "page": page,
        "pages": total.div_ceil(u64::from(limit)),
    }))
    .into_response()
}

/// `PUT /v2/app-registrations/{id}/sync`, with the person's token.
pub(super) async fn sync(
    State(stand_in): State<StandIn>,
    UrlPath(id): UrlPath<String>,
    headers: HeaderMap,
    Body(bytes): Body,
) -> Response {
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim().to_owned());
    let Some(given) = given else {
        return error(StatusCode::UNAUTHORIZED, "Forbidden", "Access forbidden");
    };
    let Some(owner) = stand_in.inner.store.registration_of_token(&given) else {
        return error(StatusCode::UNAUTHORIZED, "Forbidden", "Access forbidden");
    };
    // A person's token opens its own registration only: any other ID is not found.
    if registration_id(&id).as_deref() != Some(owner.id()) {
        return not_found();
    }
    if stand_in.inner.store.now() >= owner.expires_at {
        return error(
            StatusCode::UNAUTHORIZED,
            "token_expired",
            "the person's token has expired (it is valid 120 minutes): create the registration's \
             token again",
        );
    }
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(&bytes) else {
        return bad_request("invalid_body", "the body must be `{ step, status }`").into_response();
    };
    let Some(step) = body
        .get("step")
        .and_then(Value::as_str)
        .and_then(|s| s.parse::<SyncStep>().ok())
    else {
        return error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "step_not_supported",
            "step_not_supported",
        );
    };
    let Some(status) = body.get("status").and_then(Value::as_str) else {
        return bad_request("invalid_body", "the body must be `{ step, status }`").into_response();
    };
    let status = RegistrationStatus::parse(status);
    if !step.takes(&status) {
        return bad_request(
            "status_not_allowed_for_step",
            "the pages sync with ONGOING, `end` with COMPLETED, FAILED or \
             NEEDS_MANUAL_VERIFICATION, `skipKYC` with COMPLETED_WITHOUT_KYC",
        )
        .into_response();
    }
    let store = stand_in.clone();
    let owner_id = owner.id().to_owned();
    let forward_to = stand_in.forwarded_to();
    let outcome = blocking(move || {
        let now = store.inner.store.now();
        store.inner.store.update_registration(
            &owner_id,
            |mut registration| {
                advance(&mut registration, step, &status, now)?;
                Ok::<_, Refusal>(registration)
            },
            |registration, outbox| {
                super::webhooks::events(
                    registration,
                    outbox,
                    forward_to.as_deref(),
                    Some((step, &status)),
                )
            },
        )
    })
    .await;
    match outcome {
        Ok(Ok(Some(Ok((registration, events))))) => {
            stand_in.send_events(&events);
            let status = registration
                .record
                .get("status")
                .cloned()
                .unwrap_or(Value::Null);
            Json(json!({
                "data": {
                    "step": step.as_str(),
                    "steps": registration.steps,
                    "status": status,
                    "token": registration.token,
                }
            }))
            .into_response()
        }
        Ok(Ok(Some(Err(refused)))) => refused.into_response(),
        Ok(Ok(None)) => not_found(),
        Ok(Err(io)) => internal(&io),
        Err(response) => response,
    }
}

/// Moves `registration` by one sync, or refuses it.
fn advance(
    registration: &mut Registration,
    step: SyncStep,
    status: &RegistrationStatus,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), Refusal> {
    let current = registration
        .record
        .get("status")
        .and_then(Value::as_str)
        .map(RegistrationStatus::parse);
    if current.as_ref().is_some_and(RegistrationStatus::is_final) {
        return Err(conflict(
            "app_registration_ended",
            "this registration has ended; nothing more is synced",
        ));
    }
    let mandatory = |key: &str| {
        registration.steps.get(key).map(String::as_str) == Some(StepMode::Mandatory.as_str())
    };
    let synced = |key: &str| registration.synced.contains(key);
    match step {
        SyncStep::End if *status == RegistrationStatus::Completed => {
            if !synced("signUpForm") {
                return Err(conflict("Conflict", "signUpForm_validation_not_passed"));
            }
            for (key, code) in [
                ("document", "document_step_not_passed"),
                ("liveness", "liveness_step_not_passed"),
            ] {
                if mandatory(key) && !synced(key) {
                    return Err(conflict(
                        code,
                        format!("the flow's `{key}` step is mandatory and was never synced"),
                    ));
                }
            }
        }
        SyncStep::SkipKyc
            if ["basicInformation", "document", "form", "liveness"]
                .iter()
                .any(|key| mandatory(key)) =>
        {
            return Err(conflict(
                "kyc_steps_mandatory",
                "skipKYC only when no KYC step (basicInformation, document, form, liveness) is \
                 mandatory",
            ));
        }
        _ => {}
    }
    registration.synced.insert(step.as_str().to_owned());
    registration
        .record
        .insert("status".into(), status.as_str().into());
    registration
        .record
        .insert("currentStep".into(), step.as_str().into());
    registration.record.insert(
        "updatedAt".into(),
        crate::wire::response::rfc3339(now).into(),
    );
    if matches!(
        status,
        RegistrationStatus::Completed | RegistrationStatus::CompletedWithoutKyc
    ) {
        registration.record.insert(
            "completedAt".into(),
            crate::wire::response::rfc3339(now).into(),
        );
    }
    Ok(())
}
