//! Verifik's webhooks: what a delivery's body says (`{ "type": ..., "object": {...} }`).
//!
//! A delivery is a `POST` of JSON to the URL of the flow's webhook. Its `type` is
//! `${flowType}_${suffix}` (`onboarding_app_registration_completed`; a login flow's events begin
//! with `login_`); its `object` is a snapshot of the entity the event is about, with OTP values
//! removed, and may gain optional fields. Events may arrive out of order by milliseconds, and
//! twice: a receiver must be idempotent ([`WebhookEvent::idempotency_key`]).
//!
//! Verifik documents no signature on a delivery, no retries and no timeout. Until it does,
//! protect the receiving URL otherwise: a secret path segment, TLS, and an allow-list at the
//! edge (`docs/journey.md`).

use serde_json::{Map, Value};

use crate::{AppRegistration, FlowType, RegistrationStatus};

macro_rules! suffixes {
    ($($(#[$doc:meta])* $variant:ident = $wire:literal,)*) => {
        /// What an event is about: every suffix Verifik documents, and [`Other`](Self::Other)
        /// for one it adds later.
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum EventSuffix {
            $($(#[$doc])* $variant,)*
            /// A suffix this crate does not know, as Verifik wrote it.
            Other(String),
        }

        impl EventSuffix {
            /// Every documented suffix, in a journey's usual order.
            pub const KNOWN: &'static [EventSuffix] = &[$(Self::$variant,)*];

            /// The suffix as Verifik writes it.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::Other(text) => text,
                }
            }

            /// The suffix of `text`, or [`Other`](Self::Other).
            pub fn parse(text: &str) -> Self {
                match text {
                    $($wire => Self::$variant,)*
                    other => Self::Other(other.to_owned()),
                }
            }
        }
    };
}

suffixes! {
    /// A registration was created (the object: the registration and its `projectFlow`).
    AppRegistrationCreated = "app_registration_created",
    /// The sign-up form was synced.
    AppRegistrationSyncSignUpForm = "app_registration_sync_sign_up_form",
    /// The instructions were synced.
    AppRegistrationSyncInstructions = "app_registration_sync_instructions",
    /// The document step was synced.
    AppRegistrationSyncDocument = "app_registration_sync_document",
    /// The liveness step was synced.
    AppRegistrationSyncLiveness = "app_registration_sync_liveness",
    /// `skipKYC` was synced.
    AppRegistrationSyncSkipKyc = "app_registration_sync_skip_kyc",
    /// An e-mail code was made.
    EmailValidationCreated = "email_validation_created",
    /// An e-mail code was sent again.
    EmailValidationResend = "email_validation_resend",
    /// The e-mail was verified.
    EmailValidationValidated = "email_validation_validated",
    /// A wrong e-mail code was typed (Verifik spells it `otp_incorect`).
    EmailValidationOtpIncorect = "email_validation_otp_incorect",
    /// The e-mail verification failed.
    EmailValidationFailed = "email_validation_failed",
    /// The e-mail code expired.
    EmailValidationExpired = "email_validation_expired",
    /// A phone code was made.
    PhoneValidationCreated = "phone_validation_created",
    /// A phone code was sent again.
    PhoneValidationResend = "phone_validation_resend",
    /// The phone was verified.
    PhoneValidationValidated = "phone_validation_validated",
    /// A wrong phone code was typed (Verifik spells it `otp_incorect`).
    PhoneValidationOtpIncorect = "phone_validation_otp_incorect",
    /// The phone verification failed.
    PhoneValidationFailed = "phone_validation_failed",
    /// The phone code expired.
    PhoneValidationExpired = "phone_validation_expired",
    /// A document validation began.
    DocumentValidationCreated = "document_validation_created",
    /// The document's data was looked up at its source.
    DocumentValidationSourceLookup = "document_validation_source_lookup",
    /// The document's source failed.
    DocumentValidationDataSourceError = "document_validation_data_source_error",
    /// The document needs a person to check it.
    DocumentValidationManualVerificationRequired =
        "document_validation_manual_verification_required",
    /// A biometric validation began.
    BiometricValidationNew = "biometric_validation_new",
    /// The face was validated.
    BiometricValidationValidated = "biometric_validation_validated",
    /// The face validation failed.
    BiometricValidationFailed = "biometric_validation_failed",
    /// A person was enrolled from the face.
    BiometricValidationCreatedPerson = "biometric_validation_created_person",
    /// The liveness check failed.
    BiometricValidationLivenessFailed = "biometric_validation_liveness_failed",
    /// The liveness score was below the flow's minimum.
    BiometricsLivenessScoreNotAcceptable = "biometrics_liveness_score_not_acceptable",
    /// A face was compared with the document's.
    FaceVerificationCompare = "face_verification_compare",
    /// The registration completed.
    AppRegistrationCompleted = "app_registration_completed",
    /// The registration waits for a person at the project.
    AppRegistrationNeedsManualVerification = "app_registration_needs_manual_verification",
    /// The registration completed without identity checks.
    AppRegistrationCompletedWithoutKyc = "app_registration_completed_without_kyc",
    /// The registration failed.
    AppRegistrationFailed = "app_registration_failed",
}

impl EventSuffix {
    /// Whether the event's object is the registration itself (the `app_registration_*`
    /// events).
    pub fn is_about_the_registration(&self) -> bool {
        self.as_str().starts_with("app_registration_")
    }
}

/// An event's `type`: the flow type it comes from, and its suffix.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EventKind {
    /// `onboarding` or `login`; `None` when the type begins with neither (then the whole type
    /// is the suffix, as [`EventSuffix::Other`]).
    pub flow_type: Option<FlowType>,
    /// What the event is about.
    pub suffix: EventSuffix,
}

impl EventKind {
    /// Splits `type` into its flow type and suffix.
    pub fn parse(text: &str) -> Self {
        for flow_type in [FlowType::Onboarding, FlowType::Login] {
            if let Some(suffix) = text
                .strip_prefix(flow_type.as_str())
                .and_then(|rest| rest.strip_prefix('_'))
            {
                return Self {
                    flow_type: Some(flow_type),
                    suffix: EventSuffix::parse(suffix),
                };
            }
        }
        Self {
            flow_type: None,
            suffix: EventSuffix::Other(text.to_owned()),
        }
    }

    /// The type as Verifik writes it.
    pub fn to_type(&self) -> String {
        match self.flow_type {
            Some(flow_type) => format!("{}_{}", flow_type.as_str(), self.suffix.as_str()),
            None => self.suffix.as_str().to_owned(),
        }
    }
}

/// Why a delivery's body is not an event (its `Display` is English;
/// [`message_in`](Self::message_in) words it in another language).
#[derive(Debug)]
#[non_exhaustive]
pub enum NotAnEvent {
    /// It is not JSON (`serde_json`'s words).
    Json(serde_json::Error),
    /// It is JSON, but no `{ "type": "...", "object": {...} }`.
    Shape,
}

impl NotAnEvent {
    /// What is wrong, in `lang`.
    pub fn message_in(&self, lang: crate::Lang) -> String {
        let json = match self {
            Self::Json(error) => Some(error.to_string()),
            Self::Shape => None,
        };
        crate::words::of(lang).not_an_event(json.as_deref())
    }
}

impl std::fmt::Display for NotAnEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(crate::Lang::En))
    }
}

impl std::error::Error for NotAnEvent {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Json(error) => Some(error),
            Self::Shape => None,
        }
    }
}

impl From<serde_json::Error> for NotAnEvent {
    fn from(error: serde_json::Error) -> Self {
        Self::Json(error)
    }
}

/// One delivery of a webhook: its kind and the object it is about, kept whole.
#[derive(Clone, Debug, PartialEq)]
pub struct WebhookEvent {
    /// The event's type, split.
    pub kind: EventKind,
    /// The object, as Verifik sent it (OTP values removed by Verifik).
    pub object: Map<String, Value>,
}

impl WebhookEvent {
    /// Reads a delivery's body.
    pub fn from_slice(body: &[u8]) -> Result<Self, NotAnEvent> {
        let value: Value = serde_json::from_slice(crate::strip_bom(body))?;
        Self::from_value(value)
    }

    /// Reads a delivery's body, already parsed.
    pub fn from_value(value: Value) -> Result<Self, NotAnEvent> {
        let Value::Object(mut body) = value else {
            return Err(NotAnEvent::Shape);
        };
        let (Some(Value::String(kind)), Some(Value::Object(object))) =
            (body.remove("type"), body.remove("object"))
        else {
            return Err(NotAnEvent::Shape);
        };
        Ok(Self {
            kind: EventKind::parse(&kind),
            object,
        })
    }

    /// The registration the event is about: the object itself for the `app_registration_*`
    /// events, else the object's `appRegistration` when it holds one (as an object).
    pub fn registration(&self) -> Option<AppRegistration> {
        if self.kind.suffix.is_about_the_registration() {
            return AppRegistration::from_raw(self.object.clone());
        }
        match self.object.get("appRegistration") {
            Some(Value::Object(inner)) => AppRegistration::from_raw(inner.clone()),
            _ => None,
        }
    }

    /// The registration's status, when the event carries the registration.
    pub fn status(&self) -> Option<RegistrationStatus> {
        self.registration().and_then(|r| r.status)
    }

    /// The ID of the flow the event comes from, when the object names it (`projectFlow`, an
    /// ID or the flow itself).
    pub fn flow_id(&self) -> Option<&str> {
        let holder = match self.object.get("appRegistration") {
            Some(Value::Object(inner)) if !self.kind.suffix.is_about_the_registration() => inner,
            _ => &self.object,
        };
        match holder.get("projectFlow") {
            Some(Value::String(id)) => Some(id),
            Some(Value::Object(flow)) => flow.get("_id").and_then(Value::as_str),
            _ => None,
        }
    }

    /// A key that is the same for the same delivery sent twice, and differs between two
    /// events: the type, the object's `_id` and its `updatedAt` (Verifik documents no event
    /// ID).
    pub fn idempotency_key(&self) -> String {
        let text = |key: &str| self.object.get(key).and_then(Value::as_str).unwrap_or("");
        format!(
            "{}:{}:{}",
            self.kind.to_type(),
            text("_id"),
            text("updatedAt")
        )
    }

    /// The body Verifik sends for this event.
    pub fn to_json(&self) -> Value {
        serde_json::json!({ "type": self.kind.to_type(), "object": self.object })
    }
}
