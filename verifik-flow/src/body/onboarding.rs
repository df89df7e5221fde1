//! The typed body of `POST /v2/project-flows`: one Rust type per JSON object of the body.
//!
//! Optional keys are `Option`s so that a body keeps exactly the keys it was written with;
//! each field's documentation and the schema name the default Verifik applies when it is left
//! out. The field documentation is also the schema's `description`, so editors show it.
//!
//! An optional member's `schemars(with = "T")` names its inner type: schemars 1 adds `null` to
//! every `Option<T>` and has no setting to leave it out (0.8's `option_add_null_type` is gone),
//! while Verifik refuses `null` wherever the body does not allow it.

#[cfg(feature = "schema-gen")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use verifik_flow_derive::Builder;

pub use crate::body::enums::{
    AccessSource, AccessStrategy, ApiTestType, DocumentCategory, EmailGateway, FlowType,
    FullNameStyle, KycType, PhoneGateway, RecordStatus, SearchMode, Status, StepMode, Target,
    TemplateRequirement, VerificationMethod,
};
#[cfg(feature = "schema-gen")]
use crate::body::values::NAME_MAX_CHARS;
use crate::body::values::{
    AttemptLimit, CompareMinScore, MinScore, ObjectId, ProjectId, SearchMinScore, name_max_chars,
};

/// The pattern of `name`: 1 to [`NAME_MAX_CHARS`] characters after trimming, no control
/// characters (a first and a last character that are not blank, and up to the rest between).
#[cfg(feature = "schema-gen")]
pub(crate) fn name_pattern() -> String {
    let between = NAME_MAX_CHARS - 2;
    format!(
        r"^[^\S\x00-\x1F\x7F]*[^\s\x00-\x1F\x7F](?:[^\x00-\x1F\x7F]{{0,{between}}}[^\s\x00-\x1F\x7F])?[^\S\x00-\x1F\x7F]*$"
    )
}
/// The rule of `name`, as its violations say it.
#[cfg(feature = "schema-gen")]
pub(crate) fn name_rule() -> String {
    format!("must have 1 to {NAME_MAX_CHARS} characters after trimming, and no control characters")
}
#[cfg(feature = "schema-gen")]
pub(crate) const COUNTRY_CODE_PATTERN: &str = r"^(?:[A-Z]{2}|\+[0-9]{1,4})$";
#[cfg(feature = "schema-gen")]
pub(crate) const COUNTRY_CODE_RULE: &str =
    "must be an ISO 3166-1 alpha-2 code such as `US`, or a dial code such as `+57`";
#[cfg(feature = "schema-gen")]
pub(crate) const REDIRECT_URL_PATTERN: &str = r"^(?:https://[^\s/?#:@]+(?::[0-9]{1,5})?|http://(?:localhost|127\.0\.0\.1|\[::1\])(?::[0-9]{1,5})?)(?:[/?#]\S*)?$";
#[cfg(feature = "schema-gen")]
pub(crate) const REDIRECT_URL_RULE: &str =
    "must be an absolute `https://` URL (`http://` only for `localhost`)";
#[cfg(feature = "schema-gen")]
pub(crate) const HTTPS_URL_PATTERN: &str = r"^https://[^\s/?#:@]+(?::[0-9]{1,5})?(?:[/?#]\S*)?$";
#[cfg(feature = "schema-gen")]
pub(crate) const HTTPS_URL_RULE: &str = "must be an absolute `https://` URL";
#[cfg(feature = "schema-gen")]
pub(crate) const NON_EMPTY_PATTERN: &str = r"\S";
#[cfg(feature = "schema-gen")]
pub(crate) const NON_EMPTY_RULE: &str = "must not be empty or blank";

/// The search score an onboarding flow uses when `liveness.searchMinScore` is left out (login
/// flows use [`LOGIN_SEARCH_MIN_SCORE`](crate::LOGIN_SEARCH_MIN_SCORE)): the default is the
/// member's, not the score type's.
pub const ONBOARDING_SEARCH_MIN_SCORE: SearchMinScore = SearchMinScore::__unchecked(0.8);

/// A Smart Enroll project flow: the body of `POST /v2/project-flows`.
///
/// Build one with [`validate`](crate::validate) from JSON, or write it out in Rust. Every rule
/// of the body, including the ones across fields, is checked by [`validate`](crate::validate)
/// and described by [`schema`](crate::schema).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Smart Enroll project flow"))]
#[builder(validate)]
pub struct ProjectFlow {
    /// The ID of the Verifik project this flow belongs to: a MongoDB ObjectId of exactly 24 hex
    /// digits. Verifik answers `400 Invalid project ID format` for anything else (its own docs'
    /// example `64a1b2c3d4e5f6789012345` has 23 digits and is refused).
    #[cfg_attr(feature = "schema-gen", schemars(title = "Project ID"))]
    pub project: ProjectId,
    /// The kind of flow: `onboarding` for Smart Enroll.
    #[serde(rename = "type")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Flow type"))]
    #[builder(fixed = FlowType::Onboarding)]
    pub flow_type: FlowType,
    #[doc = concat!(
        " The name of the flow, shown in Verifik's dashboard: 1 to ",
        name_max_chars!(),
        " characters after trimming,"
    )]
    /// no control characters.
    #[cfg_attr(feature = "schema-gen", schemars(title = "Name", extend("pattern" = name_pattern(), "errorMessage" = name_rule(), "examples" = ["Smart Enroll Project Flow"])))]
    pub name: String,
    /// Who is onboarded: `personal` (a person) or `business` (a company).
    #[cfg_attr(feature = "schema-gen", schemars(title = "Target"))]
    pub target: Target,
    /// The status to create the flow with. (`paused` exists on stored
    /// flows but is not accepted on create.)
    #[cfg_attr(feature = "schema-gen", schemars(title = "Status"))]
    pub status: Status,
    /// The sign-up form: which contact details are asked for and how they are confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Sign-up form", with = "SignUpForm")
    )]
    #[builder(nested)]
    pub sign_up_form: Option<SignUpForm>,
    /// The identity documents and how they are checked. Required, with methods and countries,
    /// unless `steps.document` is `skip` (rule D1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Documents", with = "Documents")
    )]
    #[builder(nested)]
    pub documents: Option<Documents>,
    /// The liveness (selfie) thresholds. Required unless `steps.liveness` is `skip` (rule L1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Liveness", with = "Liveness")
    )]
    #[builder(nested)]
    pub liveness: Option<Liveness>,
    /// Which steps are shown and which must be completed. Both default to `skip`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Steps", with = "Steps"))]
    #[builder(nested)]
    pub steps: Option<Steps>,
    /// Where the person goes afterwards, the webhook to notify, and access control.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Integrations", with = "Integrations")
    )]
    #[builder(nested)]
    pub integrations: Option<Integrations>,
}

/// The sign-up form (`signUpForm`).
///
/// At least one of `email` and `phone` must be `true` (rule S1), each with a gateway (S2, S3).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Sign-up form"))]
pub struct SignUpForm {
    /// Ask for the person's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Ask for full name", with = "bool")
    )]
    #[builder(default = true)]
    pub full_name: Option<bool>,
    /// How the name is asked: in one input, or as first and last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Full name style", with = "FullNameStyle")
    )]
    #[builder(default = FullNameStyle::Separate)]
    pub full_name_style: Option<FullNameStyle>,
    /// Ask for an e-mail address. When `true`, `emailGateway` must not be
    /// `none` (rule S2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Ask for e-mail", with = "bool")
    )]
    #[builder(default = false)]
    pub email: Option<bool>,
    /// Who sends the e-mail code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "E-mail gateway", with = "EmailGateway")
    )]
    #[builder(default = EmailGateway::None)]
    pub email_gateway: Option<EmailGateway>,
    /// Ask for a phone number. When `true`, `phoneGateway` must not be
    /// `none` (rule S3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Ask for phone", with = "bool")
    )]
    #[builder(default = false)]
    pub phone: Option<bool>,
    /// How the phone code is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Phone gateway", with = "PhoneGateway")
    )]
    #[builder(default = PhoneGateway::Sms)]
    pub phone_gateway: Option<PhoneGateway>,
    /// The default country of the phone input. Decision: Verifik's docs show ISO 3166-1
    /// alpha-2 codes (`US`), its dashboard sends dial codes (`+57`); both forms are accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Country code", with = "String", extend("pattern" = COUNTRY_CODE_PATTERN, "errorMessage" = COUNTRY_CODE_RULE, "examples" = ["US", "+57"])))]
    pub country_code: Option<String>,
    /// Show the terms and conditions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Show terms and conditions", with = "bool")
    )]
    #[builder(default = false)]
    pub show_terms_and_conditions: Option<bool>,
    /// Show the privacy notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Show privacy notice", with = "bool")
    )]
    #[builder(default = false)]
    pub show_privacy_notice: Option<bool>,
    /// Ask for the fields listed in `additionalFields`. When `true`,
    /// `additionalFields` must not be empty (rule S4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Allow additional fields", with = "bool")
    )]
    #[builder(default = false)]
    pub allow_additional_fields: Option<bool>,
    /// Extra fields to ask for: unique, non-empty names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Additional fields", with = "Vec<NonEmptyString>", extend("uniqueItems" = true)))]
    #[builder(default = Vec::new())]
    pub additional_fields: Option<Vec<String>>,
}

/// The identity documents (`documents`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Documents"))]
pub struct Documents {
    /// How many tries the person gets at the document step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Document attempt limit", with = "AttemptLimit")
    )]
    #[builder(default = AttemptLimit::DEFAULT)]
    pub attempt_limit: Option<AttemptLimit>,
    /// Check criminal records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Criminal history verification", with = "bool")
    )]
    #[builder(default = false)]
    pub criminal_history_verification: Option<bool>,
    /// Which criminal-record sources to ask: unique names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Criminal history endpoints", with = "Vec<String>", extend("uniqueItems" = true)))]
    #[builder(default = Vec::new())]
    pub criminal_history_verification_endpoints: Option<Vec<String>>,
    /// Check the document's data against official sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Information verification", with = "bool")
    )]
    #[builder(default = false)]
    pub information_verification: Option<bool>,
    /// Screen the person against watch lists. Needs
    /// `criminalHistoryVerification` or `informationVerification` (rule D2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Screening", with = "bool"))]
    #[builder(default = false)]
    pub screening: Option<bool>,
    /// How documents are captured: unique values; must not be empty unless
    /// `steps.document` is `skip` (rule D1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Verification methods", with = "Vec<VerificationMethod>", extend("uniqueItems" = true)))]
    #[builder(default = Vec::new())]
    pub verification_methods: Option<Vec<VerificationMethod>>,
    /// The countries whose documents are accepted, each with its configurations; a country
    /// appears once; must not be empty unless `steps.document` is `skip`
    /// (rule D1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Document types", with = "Vec<DocumentType>", extend("uniqueItems" = true, "x-unique-keys" = ["country"])))]
    #[builder(default = Vec::new())]
    pub document_types: Option<Vec<DocumentType>>,
}

/// The documents accepted for one country (`documents.documentTypes[]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Document type"))]
pub struct DocumentType {
    /// The country, by its English name (`United States`).
    #[cfg_attr(feature = "schema-gen", schemars(title = "Country", extend("pattern" = NON_EMPTY_PATTERN, "errorMessage" = NON_EMPTY_RULE, "examples" = ["United States", "Colombia"])))]
    pub country: String,
    /// The document configurations of this country; at least one must be `active` (rule D3).
    #[cfg_attr(feature = "schema-gen", schemars(title = "Configurations"))]
    pub configurations: Vec<DocumentConfiguration>,
}

/// One kind of document accepted for a country (`documentTypes[].configurations[]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Document configuration"))]
pub struct DocumentConfiguration {
    /// Whether this configuration is in use.
    #[cfg_attr(feature = "schema-gen", schemars(title = "Active"))]
    pub active: bool,
    /// The kind of document. Personal flows take `government_id`, `passport`, `license`;
    /// business flows take `bank_document`, `tax_document`, `business_document`,
    /// `proof_of_address` (rule D4).
    #[cfg_attr(feature = "schema-gen", schemars(title = "Document category"))]
    pub document_category: DocumentCategory,
    /// Prompt templates that guide the capture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Document templates", with = "Vec<DocumentTemplate>")
    )]
    #[builder(default = Vec::new())]
    pub document_templates: Option<Vec<DocumentTemplate>>,
}

/// A prompt template of a document configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Document template"))]
pub struct DocumentTemplate {
    /// The ObjectId of the prompt template.
    #[cfg_attr(feature = "schema-gen", schemars(title = "Prompt template ID"))]
    pub prompt_template: ObjectId,
    /// Whether the person must provide it.
    #[cfg_attr(feature = "schema-gen", schemars(title = "Required"))]
    pub required: TemplateRequirement,
}

/// The liveness (selfie) thresholds (`liveness`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Liveness"))]
pub struct Liveness {
    /// How many tries the person gets at the selfie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Liveness attempt limit", with = "AttemptLimit")
    )]
    #[builder(default = AttemptLimit::DEFAULT)]
    pub attempt_limit: Option<AttemptLimit>,
    /// The liveness score a selfie must reach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Minimum liveness score", with = "MinScore")
    )]
    #[builder(default = MinScore::DEFAULT)]
    pub min_score: Option<MinScore>,
    /// The score for a face-search match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Minimum search score", with = "SearchMinScore")
    )]
    #[builder(default = ONBOARDING_SEARCH_MIN_SCORE)]
    pub search_min_score: Option<SearchMinScore>,
    /// How faces are searched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Search mode", with = "SearchMode")
    )]
    #[builder(default = SearchMode::Fast)]
    pub search_mode: Option<SearchMode>,
    /// The score for selfie-to-document comparison.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Minimum comparison score", with = "CompareMinScore")
    )]
    #[builder(default = CompareMinScore::DEFAULT)]
    pub compare_min_score: Option<CompareMinScore>,
    /// How identity data is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "KYC type", with = "KycType"))]
    #[builder(default = KycType::Traditional)]
    pub kyc_type: Option<KycType>,
}

/// Which steps are shown and which must be completed (`steps`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Steps"))]
pub struct Steps {
    /// The document step. Unless `skip`,
    /// `documents` needs methods and countries (rule D1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Document step", with = "StepMode")
    )]
    #[builder(default = StepMode::Skip)]
    pub document: Option<StepMode>,
    /// The liveness step. Unless `skip`,
    /// `liveness` is required (rule L1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Liveness step", with = "StepMode")
    )]
    #[builder(default = StepMode::Skip)]
    pub liveness: Option<StepMode>,
}

/// Redirect, webhook and access control (`integrations`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Builder)]
#[cfg_attr(feature = "schema-gen", derive(JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "schema-gen", schemars(title = "Integrations"))]
pub struct Integrations {
    /// Where the person is sent when the flow ends: an absolute `https://` URL (`http://` only
    /// for `localhost`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Redirect URL", with = "String", extend("pattern" = REDIRECT_URL_PATTERN, "errorMessage" = REDIRECT_URL_RULE, "examples" = ["https://example.com/onboarding/done"])))]
    pub redirect_url: Option<String>,
    /// The ObjectId of the webhook to notify, or `null`.
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
    /// Where access control looks people up. (`CSV` is
    /// documented as coming soon and is refused.) `API` needs `apiUrl`, `apiTestType` and
    /// `apiTestValue` (rule I1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Access-control source", with = "AccessSource", extend("errorMessage" = "must be `NONE` or `API` (a `CSV` source is documented as coming soon and is not accepted yet)")))]
    #[builder(default = AccessSource::None)]
    pub source: Option<AccessSource>,
    /// What access control does with a match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "Access-control strategy", with = "AccessStrategy")
    )]
    #[builder(default = AccessStrategy::None)]
    pub strategy: Option<AccessStrategy>,
    /// Your access-control API: an absolute `https://` URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "Access-control API URL", with = "String", extend("pattern" = HTTPS_URL_PATTERN, "errorMessage" = HTTPS_URL_RULE, "examples" = ["https://example.com/verifik/access"])))]
    pub api_url: Option<String>,
    /// The kind of `apiTestValue`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema-gen",
        schemars(title = "API test type", with = "ApiTestType")
    )]
    pub api_test_type: Option<ApiTestType>,
    /// A value to test your API with: an e-mail address or a phone number, as `apiTestType`
    /// says (rule I2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema-gen", schemars(title = "API test value", with = "NonEmptyString", extend("examples" = ["test@example.com", "+573001234567"])))]
    pub api_test_value: Option<String>,
}

/// A string with at least one non-blank character; only the schema uses this type.
#[cfg(feature = "schema-gen")]
pub(crate) struct NonEmptyString;

#[cfg(feature = "schema-gen")]
impl JsonSchema for NonEmptyString {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "NonEmptyString".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": NON_EMPTY_PATTERN,
            "errorMessage": NON_EMPTY_RULE,
        })
    }
}

/// `webhook` tells a missing key (`None`) from an explicit `null` (`Some(None)`), so a body
/// keeps what it was written with. `Option<Option<T>>` is serde's idiom for exactly that; this
/// one helper does what `serde_with`'s `double_option` does, without a crate for one function.
#[allow(clippy::option_option, clippy::ref_option)]
pub(crate) mod explicit_null {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(
        value: &Option<Option<T>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(deserializer).map(Some)
    }
}
