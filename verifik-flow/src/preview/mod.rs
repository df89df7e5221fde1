//! Pictures of a flow (the `preview` feature): one self-contained HTML page a flow, showing the
//! journey it makes a person go through, for the people who decide a flow and do not read its
//! JSON (compliance, product, support).
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use verifik_flow::{Lang, preview::Preview};
//!
//! let text = std::fs::read_to_string("../examples/smart-enroll.json")?;
//! let flow = verifik_flow::validate_stored_slice(text.as_bytes())?;
//! let page = Preview::new(Lang::En).page(&flow);
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("Smart Enroll Project Flow"));
//! # Ok(()) }
//! ```
//!
//! A page is one document: its style inline, its drawings inline SVG, no script, nothing
//! fetched (a `Content-Security-Policy` forbids every source but inline styles and `data:`
//! images). Every value of the flow is escaped by the template engine (`maud`), wrapped in
//! `<bdi>` so that right-to-left text cannot reorder the page around it, and its control and
//! bidirectional-formatting characters are written visibly (`\u{202e}`), as
//! [`printable`](crate::printable) writes them in a terminal. A line at the top says the page
//! illustrates the flow and is not Verifik's own page.
//!
//! What a page says comes from Verifik's documentation of the hosted page (see
//! `docs/preview.md`): the sign-up form, the e-mail and phone codes, the document, the
//! liveness check and the redirect at the end, each step mandatory, optional or not shown;
//! a Smart Access (login) flow shows its sign-in page, who may sign in and the redirect.

mod index;
mod login;
mod onboarding;
mod page;
#[cfg(feature = "plan")]
mod plan;

/// The changes a plan makes to a step, listed on it.
#[cfg(feature = "plan")]
use plan::changes_list as plan_marks;

/// Nothing marks a step without a plan.
#[cfg(not(feature = "plan"))]
fn plan_marks(_: &Preview, _: &[maud::Markup]) -> maud::Markup {
    maud::html! {}
}

use crate::{FlowType, Lang, RecordStatus, StoredFlow};

pub use index::Entry;
pub(crate) use page::POLICY;

/// Makes preview pages in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    lang: Lang,
    show_personal_data: bool,
}

impl Preview {
    /// Pages in `lang`, the whitelist's people counted, not shown.
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            show_personal_data: false,
        }
    }

    /// Show the whitelist's people (names, e-mails and phones) on a login flow's page instead
    /// of counting them.
    #[must_use]
    pub fn show_personal_data(mut self, show: bool) -> Self {
        self.show_personal_data = show;
        self
    }

    /// The page of one flow (a stored flow: a `paused` status is shown as such).
    pub fn page(&self, flow: &StoredFlow) -> String {
        page::flow_page(self, flow).into_string()
    }

    /// A page that lists flows, each linking to its own page (`Entry::href`).
    pub fn index(&self, entries: &[Entry]) -> String {
        index::index_page(self, entries).into_string()
    }

    /// The page of a plan: each create, update and delete shown on its flow's journey, what
    /// an update changes marked on the step it changes, with its value before and after.
    #[cfg(feature = "plan")]
    pub fn plan(&self, plan: &crate::plan::Plan) -> String {
        plan::plan_page(self, plan).into_string()
    }

    /// A page that says one thing (the stand-in's 401 and 404).
    #[cfg(feature = "server")]
    pub(crate) fn message_page(&self, text: Text) -> String {
        let said = self.text(text);
        page::document(self, &said, &maud::html! { main { h1 { (said) } } }).into_string()
    }

    pub(crate) fn words(&self) -> &'static dyn crate::words::Words {
        crate::words::of(self.lang)
    }

    pub(crate) fn text(&self, text: Text) -> String {
        self.words().preview(text)
    }
}

/// The kind of flow, as a page names it.
pub(crate) fn kind_text(flow_type: FlowType) -> Text {
    match flow_type {
        FlowType::Onboarding => Text::KindOnboarding,
        FlowType::Login => Text::KindLogin,
    }
}

/// A stored status, as a page names it.
pub(crate) fn status_text(status: RecordStatus) -> Text {
    match status {
        RecordStatus::Draft => Text::StatusDraft,
        RecordStatus::Active => Text::StatusActive,
        RecordStatus::Paused => Text::StatusPaused,
        RecordStatus::Deleted => Text::StatusDeleted,
    }
}

/// Every fixed text of a page, worded by the library's catalogue (`Words::preview`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub(crate) enum Text {
    // The frame.
    Illustration,
    PreviewOf,
    KindOnboarding,
    KindLogin,
    LabelKind,
    LabelStatus,
    LabelProject,
    LabelTarget,
    StatusDraft,
    StatusActive,
    StatusPaused,
    StatusDeleted,
    TargetPersonal,
    TargetBusiness,
    Unnamed,
    JourneyHeading,
    GapsHeading,
    NoGaps,
    NoGapsLogin,
    // A step's mode.
    ModeMandatory,
    ModeOptional,
    ModeSkip,
    ModeMandatoryNote,
    ModeOptionalNote,
    ModeSkipNote,
    // The sign-up form.
    StepSignUp,
    CreateAccount,
    FullName,
    FirstName,
    LastName,
    NameAsOnId,
    Email,
    Phone,
    AcceptTerms,
    AcceptPrivacy,
    Continue,
    NoContactAsked,
    // The codes.
    StepEmailCode,
    EmailCodeSent,
    EmailNotVerified,
    StepPhoneCode,
    PhoneCodeSent,
    BySms,
    ByWhatsapp,
    BySmsOrWhatsapp,
    PhoneNotVerified,
    // The document.
    StepDocument,
    ChooseDocument,
    Front,
    Back,
    DocumentsByCountry,
    Scanned,
    Uploaded,
    CaptureHeading,
    ChecksHeading,
    CheckInformation,
    CheckCriminal,
    CheckScreening,
    NoChecks,
    GovernmentId,
    Passport,
    License,
    BankDocument,
    TaxDocument,
    BusinessDocument,
    ProofOfAddress,
    // The liveness check.
    StepLiveness,
    FaceInCircle,
    Lenient,
    Strict,
    SearchFast,
    SearchAccurate,
    // The end.
    StepEnd,
    SentTo,
    WithToken,
    NoRedirect,
    // What the flow does not check.
    GapNoFace,
    GapFaceOptional,
    GapNoDocument,
    GapDocumentOptional,
    GapEmail,
    GapPhone,
    GapNoDocumentChecks,
    GapLoginNoFace,
    GapLoginAnyone,
    // A login flow.
    StepSignIn,
    SignIn,
    FactorsHeading,
    FactorEmail,
    FactorPhone,
    FactorFace,
    Passkeys,
    WhoHeading,
    WhoAnyone,
    WhoWhitelist,
    SourceApi,
    SourceCsv,
    SourceSmartEnroll,
    SourceNone,
    PeopleHidden,
    Name,
    AllowedCountries,
    // Lists of flows.
    IndexTitle,
    ColUpdated,
    NoFlows,
    // A plan.
    PlanHeading,
    ActionCreate,
    ActionUpdate,
    ActionDelete,
    ChangesHeading,
    Before,
    After,
    Stricter,
    MoreLenient,
    Raised,
    Lowered,
    PersonalHidden,
    NotSet,
    NoJourney,
    // The stand-in's page.
    PageLocked,
    PageNoFlow,
}
