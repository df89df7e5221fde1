//! A person's journey through an onboarding flow: an *app registration*
//! (`POST /v2/app-registrations`), its status as the person goes, and the steps the person's
//! page syncs (`PUT /v2/app-registrations/{id}/sync`).
//!
//! As the flow records are, answers are read tolerantly: what is typed is read when it is
//! there and of a known shape, every key stays in `raw`, and a status Verifik writes in lower
//! case (`"completed"`, as one of its examples) or one it adds later is still read. Requests
//! are built by constructors that make a wrong one impossible: a registration has an e-mail or
//! a phone with its country code.
//!
//! Sources: Verifik's app-registration pages (create, list, retrieve, sync) and its dashboard's
//! code; what they leave open, and what the stand-in decides there, is in `docs/journey.md`.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{InvalidValue, ObjectId, ProjectId, StepMode};

/// How long a person's token is valid, as Verifik documents it: 120 minutes.
pub const PERSON_TOKEN_MINUTES: i64 = 120;

/// Where a registration is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RegistrationStatus {
    /// Created; nothing synced yet.
    Started,
    /// A step was synced.
    Ongoing,
    /// Every required step done and verified.
    Completed,
    /// Ended without identity checks (`skipKYC`: no KYC step was mandatory).
    CompletedWithoutKyc,
    /// Ended, failed.
    Failed,
    /// Ended, waiting for a person at the project to decide.
    NeedsManualVerification,
    /// Its time ran out (Verifik does not document what moves a registration here).
    Expired,
    /// A status this crate does not know, as Verifik wrote it.
    Other(String),
}

impl RegistrationStatus {
    /// Every status Verifik documents, in a journey's order.
    pub const KNOWN: [RegistrationStatus; 7] = [
        Self::Started,
        Self::Ongoing,
        Self::Completed,
        Self::CompletedWithoutKyc,
        Self::Failed,
        Self::NeedsManualVerification,
        Self::Expired,
    ];

    /// The status as Verifik writes it (`COMPLETED_WITHOUT_KYC`).
    pub fn as_str(&self) -> &str {
        match self {
            Self::Started => "STARTED",
            Self::Ongoing => "ONGOING",
            Self::Completed => "COMPLETED",
            Self::CompletedWithoutKyc => "COMPLETED_WITHOUT_KYC",
            Self::Failed => "FAILED",
            Self::NeedsManualVerification => "NEEDS_MANUAL_VERIFICATION",
            Self::Expired => "EXPIRED",
            Self::Other(text) => text,
        }
    }

    /// A status as Verifik may write it, in any case; an unknown one is kept as
    /// [`Other`](Self::Other).
    pub fn parse(text: &str) -> Self {
        Self::KNOWN
            .into_iter()
            .find(|known| known.as_str().eq_ignore_ascii_case(text))
            .unwrap_or_else(|| Self::Other(text.to_owned()))
    }

    /// Whether the registration has ended (completed, failed, waiting for a person, expired).
    pub fn is_final(&self) -> bool {
        !matches!(self, Self::Started | Self::Ongoing | Self::Other(_))
    }
}

impl fmt::Display for RegistrationStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::printable(self.as_str()))
    }
}

impl Serialize for RegistrationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegistrationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Self::parse(&String::deserialize(deserializer)?))
    }
}

crate::body::wire_enum::wire_enum! {
    /// A step the person's page syncs (`PUT .../sync`): the first six with `ONGOING`, `end`
    /// with a final status, `skipKYC` with `COMPLETED_WITHOUT_KYC`.
    pub enum SyncStep {
        /// The instructions page.
        Instructions = "instructions",
        /// The sign-up form.
        SignUpForm = "signUpForm",
        /// Basic information.
        BasicInformation = "basicInformation",
        /// The identity document.
        Document = "document",
        /// The liveness check.
        Liveness = "liveness",
        /// An additional form.
        Form = "form",
        /// The end: `COMPLETED`, `FAILED` or `NEEDS_MANUAL_VERIFICATION`.
        End = "end",
        /// Ending without identity checks: `COMPLETED_WITHOUT_KYC`, only when no KYC step is
        /// mandatory.
        SkipKyc = "skipKYC",
    }
}

impl SyncStep {
    /// Whether `status` is one this step is synced with, as Verifik's page documents them.
    pub fn takes(self, status: &RegistrationStatus) -> bool {
        match self {
            Self::End => matches!(
                status,
                RegistrationStatus::Completed
                    | RegistrationStatus::Failed
                    | RegistrationStatus::NeedsManualVerification
            ),
            Self::SkipKyc => *status == RegistrationStatus::CompletedWithoutKyc,
            _ => *status == RegistrationStatus::Ongoing,
        }
    }
}

/// A person's token: what `POST /v2/app-registrations` answers, for the person's own calls
/// (`sync`), valid [`PERSON_TOKEN_MINUTES`]. Never shown: its `Debug` is `PersonToken(***)`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PersonToken(String);

impl PersonToken {
    /// A token, as Verifik gave it.
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }

    /// The token itself, to send (never to print).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for PersonToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PersonToken(***)")
    }
}

/// One person's registration, as Verifik answers it, read tolerantly (see the module). Only
/// `_id` is required.
#[derive(Clone, Debug, PartialEq)]
pub struct AppRegistration {
    /// Its ID, as Verifik wrote it.
    pub id: String,
    /// The project.
    pub project: Option<String>,
    /// The onboarding flow the person goes through.
    pub project_flow: Option<String>,
    /// Where the registration is (read in any case).
    pub status: Option<RegistrationStatus>,
    /// The step the person is on (`"1"` at creation).
    pub current_step: Option<String>,
    /// The person's e-mail.
    pub email: Option<String>,
    /// The person's phone.
    pub phone: Option<String>,
    /// The phone's country code (`+57`).
    pub country_code: Option<String>,
    /// The person's full name.
    pub full_name: Option<String>,
    /// The person's first name.
    pub first_name: Option<String>,
    /// The person's last name.
    pub last_name: Option<String>,
    /// The language of the person's pages (`en` by default).
    pub language: Option<String>,
    /// When it was created.
    pub created_at: Option<DateTime<Utc>>,
    /// When it last changed.
    pub updated_at: Option<DateTime<Utc>>,
    raw: Map<String, Value>,
}

impl AppRegistration {
    /// Reads a registration from the JSON object Verifik sent; `None` without a string `_id`.
    pub fn from_raw(raw: Map<String, Value>) -> Option<Self> {
        let text = |key: &str| raw.get(key).and_then(Value::as_str).map(str::to_owned);
        let time = |key: &str| {
            raw.get(key)
                .cloned()
                .and_then(|v| serde_json::from_value(v).ok())
        };
        Some(Self {
            id: text("_id")?,
            project: text("project"),
            project_flow: text("projectFlow"),
            status: text("status").map(|s| RegistrationStatus::parse(&s)),
            current_step: raw.get("currentStep").and_then(|v| match v {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            }),
            email: text("email"),
            phone: text("phone"),
            country_code: text("countryCode"),
            full_name: text("fullName"),
            first_name: text("firstName"),
            last_name: text("lastName"),
            language: text("language"),
            created_at: time("createdAt"),
            updated_at: time("updatedAt"),
            raw,
        })
    }

    /// Every key of the record, as Verifik sent it.
    pub fn raw(&self) -> &Map<String, Value> {
        &self.raw
    }
}

impl Serialize for AppRegistration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.raw.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for AppRegistration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Map::deserialize(deserializer)?;
        Self::from_raw(raw)
            .ok_or_else(|| serde::de::Error::custom("an app registration has a string `_id`"))
    }
}

/// What creating a registration answers (inside `{ "data": ... }`): the registration, its
/// information validation (as Verifik sent it), and the person's token.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedRegistration {
    /// The registration.
    pub app_registration: AppRegistration,
    /// The information validation Verifik started, as it sent it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub information_validation: Option<Value>,
    /// The person's token, for [`Client::sync`](crate::client::Client::sync).
    pub token: PersonToken,
}

/// What a sync answers: the step, the flow's steps (each mandatory, optional or skip), the
/// registration's status and a token; read tolerantly, every key kept in `raw`.
#[derive(Clone, Debug, PartialEq)]
pub struct SyncAnswer {
    /// The step synced, as Verifik wrote it.
    pub step: Option<String>,
    /// The flow's steps: `signUpForm`, `basicInformation`, `document`, `liveness`, `form`
    /// (those whose value is a known mode).
    pub steps: BTreeMap<String, StepMode>,
    /// The registration's status.
    pub status: Option<RegistrationStatus>,
    /// A token for the person's next calls.
    pub token: Option<PersonToken>,
    raw: Map<String, Value>,
}

impl SyncAnswer {
    /// Every key of the answer, as Verifik sent it.
    pub fn raw(&self) -> &Map<String, Value> {
        &self.raw
    }
}

impl<'de> Deserialize<'de> for SyncAnswer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Map::deserialize(deserializer)?;
        let text = |key: &str| raw.get(key).and_then(Value::as_str).map(str::to_owned);
        let steps = raw
            .get("steps")
            .and_then(Value::as_object)
            .map(|steps| {
                steps
                    .iter()
                    .filter_map(|(key, mode)| {
                        let mode = mode.as_str()?.parse::<StepMode>().ok()?;
                        Some((key.clone(), mode))
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(Self {
            step: text("step"),
            steps,
            status: text("status").map(|s| RegistrationStatus::parse(&s)),
            token: text("token").map(PersonToken),
            raw,
        })
    }
}

impl Serialize for SyncAnswer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.raw.serialize(serializer)
    }
}

/// The form a person's contact must have, for the message that refuses one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ContactForm {
    /// An e-mail address.
    Email,
    /// A phone number.
    Phone,
    /// A country dial code.
    DialCode,
}

/// How the person is reached: an e-mail, or a phone with its country code.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Contact {
    Email(String),
    Phone { phone: String, country_code: String },
}

/// A registration to create (`POST /v2/app-registrations`): one person about to go through
/// an onboarding flow. Made by [`with_email`](Self::with_email) or
/// [`with_phone`](Self::with_phone), so it always has what Verifik requires (an e-mail or a
/// phone, and a phone's country code).
///
/// ```
/// use verifik_flow::NewAppRegistration;
///
/// let person = NewAppRegistration::with_phone(
///     "65b03015c03e1a1b595fe61c".parse()?,
///     "65b03015c03e1a1b595fe61d".parse()?,
///     "3001234567",
///     "+57",
/// )?
/// .names("Ana", "Pérez")
/// .language("es");
/// assert_eq!(person.to_json()["countryCode"], "+57");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAppRegistration {
    project: ProjectId,
    project_flow: ObjectId,
    contact: Contact,
    full_name: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    language: Option<String>,
}

/// The longest e-mail address (RFC 5321's path limit): past it, Verifik could not send to it.
pub const MAX_EMAIL_CHARS: usize = 254;

impl NewAppRegistration {
    /// A person reached by e-mail: `local@domain`, at most [`MAX_EMAIL_CHARS`] characters, no
    /// spaces or control characters.
    pub fn with_email(
        project: ProjectId,
        project_flow: ObjectId,
        email: &str,
    ) -> Result<Self, InvalidValue> {
        if !is_email(email) {
            return Err(InvalidValue::not_a_contact(ContactForm::Email, email));
        }
        Ok(Self::new(
            project,
            project_flow,
            Contact::Email(email.into()),
        ))
    }

    /// A person reached by phone: digits (spaces, `-`, `(`, `)` allowed between them), and the
    /// country code Verifik requires with a phone (`+` and 1 to 4 digits).
    pub fn with_phone(
        project: ProjectId,
        project_flow: ObjectId,
        phone: &str,
        country_code: &str,
    ) -> Result<Self, InvalidValue> {
        if !is_phone(phone) {
            return Err(InvalidValue::not_a_contact(ContactForm::Phone, phone));
        }
        if !is_dial_code(country_code) {
            return Err(InvalidValue::not_a_contact(
                ContactForm::DialCode,
                country_code,
            ));
        }
        Ok(Self::new(
            project,
            project_flow,
            Contact::Phone {
                phone: phone.into(),
                country_code: country_code.into(),
            },
        ))
    }

    fn new(project: ProjectId, project_flow: ObjectId, contact: Contact) -> Self {
        Self {
            project,
            project_flow,
            contact,
            full_name: None,
            first_name: None,
            last_name: None,
            language: None,
        }
    }

    /// The person's name as one text (`fullName`).
    #[must_use]
    pub fn full_name(mut self, name: impl Into<String>) -> Self {
        self.full_name = Some(name.into());
        self
    }

    /// The person's first and last names (`firstName`, `lastName`).
    #[must_use]
    pub fn names(mut self, first: impl Into<String>, last: impl Into<String>) -> Self {
        self.first_name = Some(first.into());
        self.last_name = Some(last.into());
        self
    }

    /// The language of the person's pages (`en` when left out).
    #[must_use]
    pub fn language(mut self, language: impl Into<String>) -> Self {
        self.language = Some(language.into());
        self
    }

    /// The body sent.
    pub fn to_json(&self) -> Value {
        let mut body = Map::new();
        body.insert("project".into(), self.project.as_str().into());
        body.insert("projectFlow".into(), self.project_flow.as_str().into());
        match &self.contact {
            Contact::Email(email) => {
                body.insert("email".into(), email.as_str().into());
            }
            Contact::Phone {
                phone,
                country_code,
            } => {
                body.insert("phone".into(), phone.as_str().into());
                body.insert("countryCode".into(), country_code.as_str().into());
            }
        }
        for (key, value) in [
            ("fullName", &self.full_name),
            ("firstName", &self.first_name),
            ("lastName", &self.last_name),
            ("language", &self.language),
        ] {
            if let Some(value) = value {
                body.insert(key.into(), value.as_str().into());
            }
        }
        Value::Object(body)
    }
}

/// Whether `text` is an e-mail address as a registration takes it (see
/// [`NewAppRegistration::with_email`]); the stand-in reads it too.
pub(crate) fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    text.chars().count() <= MAX_EMAIL_CHARS
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(char::is_whitespace)
        && crate::printable(text) == text
}

/// Whether `text` is a phone number: 4 to 15 digits, with spaces, `-`, `(` and `)` between.
pub(crate) fn is_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (4..=15).contains(&digits)
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'))
}

/// Whether `text` is a dial code: `+` and 1 to 4 digits.
pub(crate) fn is_dial_code(text: &str) -> bool {
    text.strip_prefix('+').is_some_and(|digits| {
        (1..=4).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
    })
}

/// The filters and page of `GET /v2/app-registrations`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegistrationQuery {
    /// The page, from 1 (1 when left out).
    pub page: Option<u32>,
    /// Registrations a page, 1 to 100 (10 when left out).
    pub limit: Option<u32>,
    /// Only this project's (`where_project`).
    pub project: Option<ProjectId>,
    /// Only this flow's (`where_projectFlow`).
    pub project_flow: Option<ObjectId>,
    /// Only those with this status (`where_status`).
    pub status: Option<RegistrationStatus>,
    /// Only those with one of these statuses (`in_status[]`).
    pub statuses: Vec<RegistrationStatus>,
}

impl RegistrationQuery {
    /// The query's pairs, as Verifik reads them.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        let mut push = |key: &str, value: String| pairs.push((key.to_owned(), value));
        if let Some(page) = self.page {
            push("page", page.to_string());
        }
        if let Some(limit) = self.limit {
            push("limit", limit.to_string());
        }
        if let Some(project) = &self.project {
            push("where_project", project.as_str().to_owned());
        }
        if let Some(flow) = &self.project_flow {
            push("where_projectFlow", flow.as_str().to_owned());
        }
        if let Some(status) = &self.status {
            push("where_status", status.as_str().to_owned());
        }
        for status in &self.statuses {
            push("in_status[]", status.as_str().to_owned());
        }
        pairs
    }

    /// The page and limit when both are in range (the flows' listing's rule).
    pub fn page_and_limit(&self) -> Result<(u32, u32), crate::Message> {
        crate::ListQuery {
            page: self.page,
            limit: self.limit,
            ..crate::ListQuery::default()
        }
        .page_and_limit()
    }
}
