//! The typed body of a Smart Access (sign-in) flow: `POST /v2/project-flows` with
//! `type: "login"`. A returning user proves who they are by an e-mail or phone code and a face
//! liveness search against the people the project enrolled; `security` says who may sign in.
//!
//! The decisions where Verifik's pages disagree are in `docs/decisions.md`, with their
//! sources, and each is in the field's documentation (so in the schema's descriptions).

#[cfg(feature = "schema-gen")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use verifik_flow_derive::Builder;

use crate::body::onboarding::{
    ApiTestType, EmailGateway, FlowType, PhoneGateway, SearchMode, Status,
};
#[cfg(feature = "schema-gen")]
use crate::body::onboarding::{
    HTTPS_URL_PATTERN, HTTPS_URL_RULE, NonEmptyString, REDIRECT_URL_PATTERN, REDIRECT_URL_RULE,
    name_pattern, name_rule,
};
use crate::body::values::{LivenessMinScore, ObjectId, ProjectId, SearchMinScore, name_max_chars};
use crate::body::wire_enum::wire_enum;

/// The pattern of a whitelist entry's dial code: `+` optional, then 1 to 4 digits.
#[cfg(feature = "schema-gen")]
pub(crate) const DIAL_CODE_PATTERN: &str = r"^\+?[0-9]{1,4}$";
#[cfg(feature = "schema-gen")]
pub(crate) const DIAL_CODE_RULE: &str = "must be a dial code such as `+57` or `57`";
/// The pattern of `collectionCode`: not empty, no white space.
#[cfg(feature = "schema-gen")]
pub(crate) const CODE_PATTERN: &str = r"^\S+$";
#[cfg(feature = "schema-gen")]
pub(crate) const CODE_RULE: &str = "must not be empty and must have no spaces";

/// The search score a login flow uses when `searchMinScore` is left out (onboarding flows use
/// [`ONBOARDING_SEARCH_MIN_SCORE`](crate::ONBOARDING_SEARCH_MIN_SCORE)).
pub const LOGIN_SEARCH_MIN_SCORE: SearchMinScore = SearchMinScore::__unchecked(0.85);

wire_enum! {
    /// A sign-in factor, as `loginSettings.steps` lists it.
    pub enum LoginStep {
        /// A code sent by e-mail (`loginSettings.email`).
        Email = "email",
        /// A code sent to the phone (`loginSettings.phone`).
        Phone = "phone",
        /// A face liveness search (`loginSettings.faceLiveness`).
        Liveness = "liveness",
    }
}

wire_enum! {
    /// Who may sign in. (`blacklist` belongs to onboarding flows and is refused here.)
    pub enum SecurityStrategy {
        /// Only the people the source lists.
        Whitelist = "whitelist",
        /// Anyone enrolled in the project.
        None = "none",
    }
}

wire_enum! {
    /// Where a whitelist's names come from.
    pub enum SecuritySource {
        /// Your API is asked (`apiUrl`, rule A5).
        Api = "API",
        /// A list sent as `whiteList`.
        Csv = "CSV",
        /// No source.
        None = "NONE",
        /// Anyone who completed Smart Enroll on this project.
        SmartEnroll = "SMART_ENROLL",
    }
}

/// A Smart Access project flow: the body of `POST /v2/project-flows` with `type: "login"`.
///
/// Build one with [`validate_flow`](crate::validate_flow) from JSON, with
/// [`LoginFlow::builder`], or with the preset [`LoginFlow::smart_access`]. Every rule,
/// including A1-A8 across fields, is checked by `validate_flow` and described by
/// [`schema`](crate::schema).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Smart Access project flow"))]
#[builder(validate)]
pub struct LoginFlow {
    /// The ID of the Verifik project this flow belongs to: a MongoDB ObjectId of exactly 24 hex
    /// digits.
    #[cfg_attr(feature = "schema-gen", schemars(title = "Project ID"))]
    pub project: ProjectId,
    /// The kind of flow: `login` for Smart Access.
    #[serde(rename = "type")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Flow type"))]
    #[builder(fixed = FlowType::Login)]
    pub flow_type: FlowType,
    #[doc = concat!(
        " The name of the flow, shown in Verifik's dashboard: 1 to ",
        name_max_chars!(),
        " characters after trimming,"
    )]
    /// no control characters. Optional here (the Smart Access page does not list it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Name", with = "String", extend("pattern" = name_pattern(), "errorMessage" = name_rule(), "examples" = ["Smart Access Project Flow"])))]
    pub name: Option<String>,
    /// The status to create the flow with. (`paused` exists on stored flows but is not
    /// accepted on create.)
    #[cfg_attr(feature = "schema-gen", schemars(title = "Status"))]
    pub status: Status,
    /// Where a signed-in user goes: an absolute `https://` URL (`http://` only for
    /// `localhost`). Give it here or as `integrations.redirectUrl`, not both (rule A8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Redirect URL", with = "String", extend("pattern" = REDIRECT_URL_PATTERN, "errorMessage" = REDIRECT_URL_RULE, "examples" = ["https://example.com/signed-in"])))]
    pub redirect_url: Option<String>,
    /// Your identity endpoint: an absolute `https://` URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Identity URL", with = "String", extend("pattern" = HTTPS_URL_PATTERN, "errorMessage" = HTTPS_URL_RULE, "examples" = ["https://identity.example.com/passwordless-validation"])))]
    pub identity_url: Option<String>,
    /// The ObjectId of the webhook to notify.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Webhook", with = "ObjectId"))]
    pub webhook: Option<ObjectId>,
    /// An external webhook to notify: an absolute `https://` URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Webhook URL", with = "String", extend("pattern" = HTTPS_URL_PATTERN, "errorMessage" = HTTPS_URL_RULE, "examples" = ["https://example.com/verifik/events"])))]
    pub webhook_url: Option<String>,
    /// A collection identifier: not empty, no spaces. (The Smart Access page lists it as a body
    /// key; an older page calls it read-only.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Collection code", with = "String", extend("pattern" = CODE_PATTERN, "errorMessage" = CODE_RULE, "examples" = ["members"])))]
    pub collection_code: Option<String>,
    /// The ObjectId of a form for system forms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "System form", with = "ObjectId")
    )]
    pub system_form: Option<ObjectId>,
    /// The countries people may sign in from: unique English country names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Allowed countries", with = "Vec<NonEmptyString>", extend("uniqueItems" = true, "examples" = [["Colombia"]])))]
    #[builder(default = Vec::new())]
    pub allowed_countries: Option<Vec<String>>,
    /// Redirect and webhook, as the dashboard sends them for login flows. A redirect is given
    /// here or as the top-level `redirectUrl`, not both (rule A8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Integrations", with = "LoginIntegrations")
    )]
    #[builder(nested)]
    pub integrations: Option<LoginIntegrations>,
    /// How people sign in. **Decision**: required (older pages disagree), because without it
    /// no sign-in factor is on and nobody can sign in (rule A1).
    #[cfg_attr(feature = "schema-gen", schemars(title = "Login settings"))]
    pub login_settings: LoginSettings,
    /// Who may sign in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Security", with = "Security")
    )]
    #[builder(nested)]
    pub security: Option<Security>,
    /// Whether the flow uses its whitelist.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Uses whitelist", with = "bool")
    )]
    #[builder(default = false)]
    pub uses_white_list: Option<bool>,
    /// The people who may sign in, each with an `email` or a `phone` (rule A6). Entries may also
    /// be managed elsewhere, so an empty list is allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Whitelist", with = "Vec<WhiteListEntry>")
    )]
    #[builder(default = Vec::new())]
    pub white_list: Option<Vec<WhiteListEntry>>,
}

/// How people sign in (`loginSettings`).
///
/// At least one of `email`, `phone` and `faceLiveness` is on (rule A1), each with what it needs
/// (A2, A3), and every listed step is on (A4).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Login settings"))]
pub struct LoginSettings {
    /// Sign in with a code sent by e-mail. When `true`, `emailGateway` must be `mailgun` (rule
    /// A2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "E-mail code", with = "bool"))]
    #[builder(default = false)]
    pub email: Option<bool>,
    /// Who sends the e-mail code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "E-mail gateway", with = "EmailGateway")
    )]
    #[builder(default = EmailGateway::Mailgun)]
    pub email_gateway: Option<EmailGateway>,
    /// Sign in with a code sent to the phone. When `true`, `phoneGateway` must not be `none`
    /// (rule A3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Phone code", with = "bool"))]
    #[builder(default = false)]
    pub phone: Option<bool>,
    /// How the phone code is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Phone gateway", with = "PhoneGateway")
    )]
    #[builder(default = PhoneGateway::None)]
    pub phone_gateway: Option<PhoneGateway>,
    /// Sign in with a face liveness search against the people the project enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Face liveness", with = "bool")
    )]
    #[builder(default = false)]
    pub face_liveness: Option<bool>,
    /// The liveness score a selfie must reach (the Smart Access page's range; the dashboard
    /// narrows it to 0.52-0.89).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Liveness minimum score", with = "LivenessMinScore")
    )]
    #[builder(default = LivenessMinScore::DEFAULT)]
    pub liveness_min_score: Option<LivenessMinScore>,
    /// How faces are searched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Search mode", with = "SearchMode")
    )]
    #[builder(default = SearchMode::Fast)]
    pub search_mode: Option<SearchMode>,
    /// The score for a face-search match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Search minimum score", with = "SearchMinScore")
    )]
    #[builder(default = LOGIN_SEARCH_MIN_SCORE)]
    pub search_min_score: Option<SearchMinScore>,
    /// Show advice before the face liveness check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Show liveness advice", with = "bool")
    )]
    #[builder(default = false)]
    pub show_face_liveness_recommendation: Option<bool>,
    /// Let people sign in with a passkey (the dashboard's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Allow passkeys", with = "bool")
    )]
    #[builder(default = false)]
    pub allow_passkeys: Option<bool>,
    /// The sign-in steps, each once. **Decision**: a closed list, the only factors a login flow
    /// has; a listed step must be turned on (rule A4: `liveness` means `faceLiveness`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Steps", with = "Vec<LoginStep>", extend("uniqueItems" = true)))]
    #[builder(default = Vec::new())]
    pub steps: Option<Vec<LoginStep>>,
}

/// Who may sign in (`security`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Security"))]
pub struct Security {
    /// Who may sign in. **Decision**: the Smart Access page lists `whitelist` and `none`;
    /// `blacklist` belongs to onboarding flows and is refused here. A whitelist needs a source
    /// (rule A7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Strategy", with = "SecurityStrategy", extend("errorMessage" = "must be `whitelist` or `none` (`blacklist` is for onboarding flows, not login flows)")))]
    #[builder(default = SecurityStrategy::None)]
    pub strategy: Option<SecurityStrategy>,
    /// Where a whitelist's names come from, or `null` (not set, as the dashboard's default).
    /// `API` needs `apiUrl`, `apiTestType` and `apiTestValue` (rule A5).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::body::onboarding::explicit_null"
    )]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Source", with = "Option<SecuritySource>")
    )]
    #[allow(clippy::option_option)]
    // absent (`None`) and `null` (`Some(None)`) differ on the wire
    #[builder(default = None)]
    pub source: Option<Option<SecuritySource>>,
    /// Your security API: an absolute `https://` URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "API URL", with = "String", extend("pattern" = HTTPS_URL_PATTERN, "errorMessage" = HTTPS_URL_RULE, "examples" = ["https://identity.example.com/passwordless-validation"])))]
    pub api_url: Option<String>,
    /// The kind of `apiTestValue`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "API test type", with = "ApiTestType")
    )]
    pub api_test_type: Option<ApiTestType>,
    /// A value to test your API with: an e-mail address or a phone number, as `apiTestType`
    /// says (rule A5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "API test value", with = "NonEmptyString", extend("examples" = ["user@example.com", "+573001234567"])))]
    pub api_test_value: Option<String>,
}

/// Redirect and webhook of a login flow (`integrations`), as the dashboard sends them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Login integrations"))]
pub struct LoginIntegrations {
    /// Where a signed-in user goes: an absolute `https://` URL (`http://` only for
    /// `localhost`). Not with a top-level `redirectUrl` (rule A8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Redirect URL", with = "String", extend("pattern" = REDIRECT_URL_PATTERN, "errorMessage" = REDIRECT_URL_RULE, "examples" = ["https://example.com/signed-in"])))]
    pub redirect_url: Option<String>,
    /// The ObjectId of the webhook to notify, or `null` (the dashboard sends `null`), as in an
    /// onboarding flow's `integrations`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::body::onboarding::explicit_null"
    )]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Webhook", with = "Option<ObjectId>")
    )]
    #[allow(clippy::option_option)]
    // absent (`None`) and `null` (`Some(None)`) differ on the wire
    #[builder(default = None)]
    pub webhook: Option<Option<ObjectId>>,
}

/// A person who may sign in (an entry of `whiteList`): an `email` or a `phone` (rule A6).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Whitelist entry"))]
pub struct WhiteListEntry {
    /// The person's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Name", with = "NonEmptyString")
    )]
    pub name: Option<String>,
    /// The person's e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "E-mail", with = "NonEmptyString", extend("examples" = ["user@example.com"])))]
    pub email: Option<String>,
    /// The dial code of `phone`: `+` optional, then 1 to 4 digits (`+507`, `57`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Country code", with = "String", extend("pattern" = DIAL_CODE_PATTERN, "errorMessage" = DIAL_CODE_RULE, "examples" = ["+57"])))]
    pub country_code: Option<String>,
    /// The person's phone number, without the dial code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Phone", with = "NonEmptyString", extend("examples" = ["3001234567"])))]
    pub phone: Option<String>,
    /// The project the entry belongs to: a MongoDB ObjectId (the v2 update page sends it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Project ID", with = "ProjectId")
    )]
    pub project: Option<ProjectId>,
}
