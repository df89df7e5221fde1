//! Typed, validated Verifik project flows: Smart Enroll (onboarding) and Smart Access (sign-in).
//!
//! [Verifik](https://verifik.co) configures both with a *project flow*: the JSON body of
//! `POST /v2/project-flows`, whose `type` says which of two bodies it is. A Smart Enroll flow
//! (`"onboarding"`, a [`ProjectFlow`]) decides what a new user goes through; a Smart Access
//! flow (`"login"`, a [`LoginFlow`]) decides how a returning user signs in, and who may. This
//! crate gives both bodies
//!
//! - Rust types ([`ProjectFlow`], [`LoginFlow`], the either-kind [`Flow`], and one type per
//!   object), whose value types ([`ProjectId`], [`MinScore`], [`AttemptLimit`], ...) refuse
//!   out-of-range values;
//! - one rule set, as a JSON Schema ([`schema`]) that editors use and that
//!   [`validate_flow`] and [`validate_flow_str`] (either kind, by `type`), [`validate`] and
//!   [`validate_str`] (Smart Enroll) check, with every violation, its JSON pointer, its
//!   [`Rule`] and a message that says what to do;
//! - builders for every object ([`ProjectFlow::builder`], [`LoginFlow::builder`], the presets
//!   [`ProjectFlow::smart_enroll`], [`ProjectFlow::smart_enroll_business`] and
//!   [`LoginFlow::smart_access`]), whose types track the required members, and [`flow!`]
//!   literals of either kind checked at compile time;
//! - the response types ([`ProjectFlowRecord`], [`ApiError`]);
//! - with the `client` feature, a client for Verifik's endpoints (`client::Client`); with the
//!   `server` feature, a local stand-in that answers like Verifik (`server::StandIn`); with
//!   the `verifik-flow-cli` crate, the `verifik-flow` command.
//!
//! ```
//! let text = std::fs::read_to_string("../examples/smart-enroll.json")?;
//! let flow = verifik_flow::validate_str(&text)?;
//! assert_eq!(flow.name, "Smart Enroll Project Flow");
//! assert_eq!(flow.liveness.unwrap().min_score.unwrap().get(), 0.65);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A mistake is reported with the rule it breaks:
//!
//! ```
//! use serde_json::json;
//!
//! let body = json!({
//!     "project": "64a1b2c3d4e5f6789012345", // 23 digits: Verifik answers 400
//!     "type": "onboarding",
//!     "name": "KYC",
//!     "target": "personal",
//!     "status": "draft",
//! });
//! let errors = verifik_flow::validate(&body).unwrap_err();
//! assert_eq!(
//!     errors.to_string(),
//!     "pattern: /project: `project` must be a MongoDB ObjectId: exactly 24 hexadecimal digits \
//!      (0-9, a-f, A-F), found `\"64a1b2c3d4e5f6789012345\"`"
//! );
//! ```

#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
// The UI tests (trybuild) compile this crate with no feature, as most users do, and pass
// `--cfg trybuild`: there an import, an item or a variable that only a feature uses is an
// error, so CI needs no separate no-feature build of the library to find one. (Never for a
// user: nobody else sets `trybuild`.)
#![cfg_attr(trybuild, deny(unused))]

// The derive's output names `::verifik_flow`; this lets it compile inside this crate too.
extern crate self as verifik_flow;

mod body;
mod build;
mod check;
#[cfg(feature = "plan")]
pub mod plan;
#[cfg(feature = "preview")]
pub mod preview;
#[cfg(feature = "server")]
pub mod server;
mod wire;
mod words;

pub use body::login::{
    LOGIN_SEARCH_MIN_SCORE, LoginFlow, LoginFlowBuilder, LoginIntegrations,
    LoginIntegrationsBuilder, LoginSettings, LoginSettingsBuilder, LoginStep, Security,
    SecurityBuilder, SecuritySource, SecurityStrategy, WhiteListEntry, WhiteListEntryBuilder,
};
pub use body::onboarding::{
    AccessSource, AccessStrategy, ApiTestType, DocumentCategory, DocumentConfiguration,
    DocumentConfigurationBuilder, DocumentTemplate, DocumentTemplateBuilder, DocumentType,
    DocumentTypeBuilder, Documents, DocumentsBuilder, EmailGateway, FlowType, FullNameStyle,
    Integrations, IntegrationsBuilder, KycType, Liveness, LivenessBuilder,
    ONBOARDING_SEARCH_MIN_SCORE, PhoneGateway, ProjectFlow, ProjectFlowBuilder, RecordStatus,
    SearchMode, SignUpForm, SignUpFormBuilder, Status, StepMode, Steps, StepsBuilder, Target,
    TemplateRequirement, VerificationMethod,
};
pub use body::patch::FlowPatch;
pub use body::values::{
    AttemptLimit, CompareMinScore, InvalidValue, LivenessMinScore, MinScore, NAME_MAX_CHARS,
    ObjectId, PLACEHOLDER_PROJECT, ProjectId, SearchMinScore,
};
pub use body::wire_enum::UnknownVariant;
pub use build::member::IntoMember;
pub use build::preset::{SmartAccessPreset, SmartEnrollPreset};
#[doc(hidden)]
pub use build::private::__private;
/// An error of the file system in `lang`: its kind in the language's words where it is a
/// common one (a missing file, a permission, a full disk), else the operating system's own
/// words (and an error that carries a message of its own, that message).
pub fn io_error_in(error: &std::io::Error, lang: Lang) -> String {
    words::of(lang).io_error(error)
}
pub use check::schema::{EXTENSION_KEYWORDS, SCHEMA_ID, schema, schema_text, schema_text_in};
pub use check::validate::{
    Flow, StoredFlow, merge_update, validate, validate_flow, validate_flow_slice,
    validate_flow_str, validate_partial, validate_partial_slice, validate_slice, validate_stored,
    validate_stored_slice, validate_str, validate_update,
};
pub use verifik_flow_rules::text::{MAX_INPUT_BYTES, printable, strip_bom};
pub use verifik_flow_rules::{
    Lang, Location, MAX_VIOLATIONS, Message, Place, Report, Rule, Token, UnknownLang,
    ValidationErrors, Violation,
};
/// The client for Verifik's project-flow endpoints (the `client` feature).
#[cfg(feature = "client")]
pub use wire::client;
pub use wire::registration::{
    AppRegistration, CreatedRegistration, MAX_EMAIL_CHARS, NewAppRegistration,
    PERSON_TOKEN_MINUTES, PersonToken, RegistrationQuery, RegistrationStatus, SyncAnswer, SyncStep,
};
pub use wire::response::{
    ApiError, ApiErrorDetail, DeletedFlow, Envelope, ListPage, ListQuery, MAX_SHOWN_DETAILS,
    Populate, ProjectFlowRecord,
};
pub use wire::webhook::{EventKind, EventSuffix, NotAnEvent, WebhookEvent};

/// A project flow written as Verifik's JSON and checked at compile time: a Smart Enroll
/// [`ProjectFlow`] for `type: "onboarding"`, a Smart Access [`LoginFlow`] for `type: "login"`.
///
/// It reads like the JSON of Verifik's documentation:
///
/// ```
/// let flow = verifik_flow::flow! {
///     "project": "65b03015c03e1a1b595fe61c",
///     "type": "onboarding",
///     "name": "Smart Enroll Project Flow",
///     "target": "personal",
///     "status": "draft",
///     "liveness": { "minScore": 0.65, "searchMode": "FAST" },
///     "steps": { "document": "skip", "liveness": "mandatory" },
/// };
/// assert_eq!(flow.liveness.unwrap().search_mode, Some(verifik_flow::SearchMode::Fast));
///
/// let login: verifik_flow::LoginFlow = verifik_flow::flow! {
///     "project": "65b03015c03e1a1b595fe61c",
///     "type": "login",
///     "status": "active",
///     "loginSettings": { "email": true, "emailGateway": "mailgun" },
/// };
/// assert_eq!(login.login_settings.email, Some(true));
/// ```
///
/// Keys may be bare names (`type` too) or strings; trailing commas are fine. Every rule of
/// [`validate`] is checked against the committed schema when the crate compiles, and each
/// violation is an error at its token, in the words `validate` and the CLI use: an unknown key
/// at the key (with "did you mean"), a bad value at the value, a missing key at the braces of
/// its object, a rule across fields at the key that triggers it. Nothing is parsed or checked
/// at run time.
///
/// A value that is not JSON is a Rust expression, and rustc checks it against the member's
/// type, so a [`ProjectId`] or a [`MinScore`] carries its own rule in:
///
/// ```
/// use verifik_flow::{MinScore, ProjectId};
///
/// let project: ProjectId = "65b03015c03e1a1b595fe61c".parse()?;
/// let stricter = MinScore::new(0.8)?;
/// let flow = verifik_flow::flow! {
///     project: project,
///     type: "onboarding",
///     name: "EU onboarding",
///     target: "personal",
///     status: "active",
///     liveness: { minScore: stricter },
///     steps: { liveness: "mandatory" },
/// };
/// assert_eq!(flow.liveness.unwrap().min_score, Some(stricter));
/// # Ok::<(), verifik_flow::InvalidValue>(())
/// ```
///
/// Where an interpolated value decides a rule that its type does not carry (a `name` of 1 to
/// [`NAME_MAX_CHARS`] characters, a gateway that a rule across fields looks at), `flow!` cannot guarantee the
/// body and says so; [`try_flow!`] checks those when it runs.
///
/// A mistake of the literal as a whole (a missing top-level key) is shown at the first character
/// of the call, on the line of its opening brace: a function-like macro is given no span of its
/// braces.
#[doc(inline)]
pub use verifik_flow_derive::flow;

/// [`flow!`] for bodies with interpolated values that decide a rule: what can be checked at
/// compile time is, the rest when it runs; it returns `Result<ProjectFlow, ValidationErrors>`
/// (`Result<LoginFlow, ValidationErrors>` for a `type: "login"` literal).
///
/// ```
/// let team = "Payments";
/// let flow = verifik_flow::try_flow! {
///     project: "65b03015c03e1a1b595fe61c",
///     type: "onboarding",
///     name: (format!("{team} onboarding")),
///     target: "personal",
///     status: "draft",
/// }?;
/// assert_eq!(flow.name, "Payments onboarding");
///
/// let blank = String::from("   ");
/// let refused = verifik_flow::try_flow! {
///     project: "65b03015c03e1a1b595fe61c",
///     type: "onboarding",
///     name: (blank),
///     target: "personal",
///     status: "draft",
/// };
/// assert_eq!(refused.unwrap_err().iter().next().unwrap().pointer(), "/name");
/// # Ok::<(), verifik_flow::ValidationErrors>(())
/// ```
#[doc(inline)]
pub use verifik_flow_derive::try_flow;

/// The README's Rust examples, run as doctests so they stay true (with the features they use:
/// the stand-in's and the client's).
#[cfg(all(doctest, feature = "client", feature = "server"))]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
