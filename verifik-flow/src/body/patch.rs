//! A partial update (`PUT`), built like a flow: each key set with its typed value, whose type
//! keeps the key's rules, so a patch cannot hold a misspelt key or an out-of-range value.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::IntoMember;
use crate::body::login::{LoginIntegrations, LoginSettings, Security, WhiteListEntry};
use crate::body::onboarding::{Documents, Integrations, Liveness, RecordStatus, SignUpForm, Steps};

/// A partial update of a stored flow: only the keys set are sent, each whole (an object
/// replaces what Verifik merges or replaces alike). Send it with
/// `Client::update_patch` (the `client` feature).
///
/// ```
/// use verifik_flow::{FlowPatch, Liveness, MinScore, RecordStatus};
///
/// let patch = FlowPatch::new()
///     .status(RecordStatus::Paused)
///     .liveness(Liveness::builder().min_score(MinScore::new(0.8)?));
/// assert_eq!(
///     patch.to_json(),
///     serde_json::json!({ "status": "paused", "liveness": { "minScore": 0.8 } })
/// );
/// # Ok::<(), verifik_flow::InvalidValue>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FlowPatch {
    keys: Map<String, Value>,
}

macro_rules! keys {
    ($($(#[$doc:meta])* $setter:ident: $ty:ty = $wire:literal;)*) => {
        $(
            $(#[$doc])*
            #[must_use]
            pub fn $setter(self, value: impl IntoMember<$ty>) -> Self {
                self.with($wire, &value.into_member())
            }
        )*
    };
}

impl FlowPatch {
    /// A patch that changes nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    fn with(mut self, key: &str, value: &impl Serialize) -> Self {
        // Every typed value of the model serializes.
        self.keys.insert(
            key.to_owned(),
            serde_json::to_value(value).unwrap_or(Value::Null),
        );
        self
    }

    keys! {
        /// Sets `name`.
        name: String = "name";
        /// Sets `status`: `draft`, `active`, or `paused` (a status of stored flows).
        status: RecordStatus = "status";
        /// Sets `signUpForm` (onboarding flows).
        sign_up_form: SignUpForm = "signUpForm";
        /// Sets `documents` (onboarding flows).
        documents: Documents = "documents";
        /// Sets `liveness` (onboarding flows).
        liveness: Liveness = "liveness";
        /// Sets `steps` (onboarding flows).
        steps: Steps = "steps";
        /// Sets `integrations` of an onboarding flow.
        integrations: Integrations = "integrations";
        /// Sets `integrations` of a login flow.
        login_integrations: LoginIntegrations = "integrations";
        /// Sets `loginSettings` (login flows).
        login_settings: LoginSettings = "loginSettings";
        /// Sets `security` (login flows).
        security: Security = "security";
        /// Sets `whiteList` (login flows).
        white_list: Vec<WhiteListEntry> = "whiteList";
        /// Sets `usesWhiteList` (login flows).
        uses_white_list: bool = "usesWhiteList";
    }

    /// Whether nothing is set (such a patch is not sent).
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The patch as the JSON object sent.
    pub fn to_json(&self) -> Value {
        Value::Object(self.keys.clone())
    }
}
