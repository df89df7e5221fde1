//! Presets: builders filled with the configuration of Verifik's documentation page.

use crate::body::login::{LoginFlow, LoginFlowBuilder, LoginSettings};
use crate::body::onboarding::{
    DocumentCategory, DocumentConfiguration, DocumentType, Documents, EmailGateway, FullNameStyle,
    Liveness, PhoneGateway, ProjectFlow, ProjectFlowBuilder, SearchMode, SignUpForm, Status,
    StepMode, Steps, Target, VerificationMethod,
};
use crate::body::values::{AttemptLimit, LivenessMinScore, MinScore, ProjectId, SearchMinScore};
use crate::build::private::__private::Set;

/// A project-flow builder whose required members (`project`, `name`, `target`, `status`) are
/// all set, as [`ProjectFlow::smart_enroll`] returns it. Change its optional members with
/// their setters or their `_with` editors, then call `build()`.
pub type SmartEnrollPreset =
    ProjectFlowBuilder<Set<ProjectId>, Set<String>, Set<Target>, Set<Status>>;

impl ProjectFlow {
    /// A Smart Enroll flow for people, as Verifik's documentation page configures it: sign-up
    /// by e-mail (Mailgun) and phone (WhatsApp) with the `US` country code, terms and privacy
    /// notice shown; a US `government_id` checked with `SCAN_PROMPT`, with criminal-history,
    /// information and screening checks; liveness 0.65 / 0.8 / `FAST`; both steps mandatory;
    /// created as a `draft`.
    ///
    /// Built as it is, it is the page's request body. Change what you need before building:
    ///
    /// ```
    /// use verifik_flow::{MinScore, ProjectFlow, SearchMode};
    ///
    /// let stricter = MinScore::new(0.75)?;
    /// let flow = ProjectFlow::smart_enroll("65b03015c03e1a1b595fe61c".parse()?, "EU onboarding")
    ///     .liveness_with(|l| l.min_score(stricter).search_mode(SearchMode::Accurate))
    ///     .build()?;
    /// let liveness = flow.liveness.unwrap();
    /// assert_eq!(liveness.min_score, Some(stricter));
    /// assert_eq!(liveness.search_min_score.unwrap().get(), 0.8); // the rest of the preset stays
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// The flow is created as a `draft`. Every member of a preset, `status` included, can be set
    /// again: the preset's values are defaults, and the last call wins
    /// (`ProjectFlow::smart_enroll(project, "KYC").status(Status::Active)`).
    pub fn smart_enroll(project: ProjectId, name: impl Into<String>) -> SmartEnrollPreset {
        preset(
            Target::Personal,
            DocumentCategory::GovernmentId,
            project,
            name.into(),
        )
    }

    /// The [`smart_enroll`](Self::smart_enroll) preset for companies: `target: business`, with
    /// a US `business_document` in place of the government ID.
    pub fn smart_enroll_business(project: ProjectId, name: impl Into<String>) -> SmartEnrollPreset {
        preset(
            Target::Business,
            DocumentCategory::BusinessDocument,
            project,
            name.into(),
        )
    }

    /// The preset of `target`: [`smart_enroll`](Self::smart_enroll) or
    /// [`smart_enroll_business`](Self::smart_enroll_business).
    pub fn smart_enroll_for(
        target: Target,
        project: ProjectId,
        name: impl Into<String>,
    ) -> SmartEnrollPreset {
        match target {
            Target::Personal => Self::smart_enroll(project, name),
            Target::Business => Self::smart_enroll_business(project, name),
        }
    }
}

fn preset(
    target: Target,
    category: DocumentCategory,
    project: ProjectId,
    name: String,
) -> SmartEnrollPreset {
    ProjectFlow::builder()
        .project(project)
        .name(name)
        .target(target)
        .status(Status::Draft)
        .sign_up_form(
            SignUpForm::builder()
                .full_name(true)
                .full_name_style(FullNameStyle::Separate)
                .email(true)
                .email_gateway(EmailGateway::Mailgun)
                .phone(true)
                .phone_gateway(PhoneGateway::Whatsapp)
                .country_code("US")
                .show_terms_and_conditions(true)
                .show_privacy_notice(true),
        )
        .documents(
            Documents::builder()
                .attempt_limit(AttemptLimit::DEFAULT)
                .criminal_history_verification(true)
                .information_verification(true)
                .screening(true)
                .verification_methods([VerificationMethod::ScanPrompt])
                .document_types([DocumentType::builder()
                    .country("United States")
                    .configurations([DocumentConfiguration::builder()
                        .active(true)
                        .document_category(category)
                        .document_templates([])
                        .build()])
                    .build()]),
        )
        .liveness(
            Liveness::builder()
                .attempt_limit(AttemptLimit::DEFAULT)
                .min_score(MinScore::DEFAULT)
                .search_min_score(crate::ONBOARDING_SEARCH_MIN_SCORE)
                .search_mode(SearchMode::Fast),
        )
        .steps(
            Steps::builder()
                .document(StepMode::Mandatory)
                .liveness(StepMode::Mandatory),
        )
}

/// A login-flow builder whose required members (`project`, `status`, `loginSettings`) are set,
/// as [`LoginFlow::smart_access`] returns it.
pub type SmartAccessPreset = LoginFlowBuilder<Set<ProjectId>, Set<Status>, Set<LoginSettings>>;

impl LoginFlow {
    /// A Smart Access (sign-in) flow as Verifik's Smart Access page configures its sign-in: an
    /// e-mail code sent by Mailgun and a face liveness search (`FAST`, liveness score 0.9,
    /// search score 0.95), phone codes off; created as a `draft`. Who may sign in (`security`)
    /// and where they go (`redirectUrl`) are yours to add:
    ///
    /// ```
    /// use verifik_flow::{LoginFlow, Security, SecuritySource, SecurityStrategy};
    ///
    /// let flow = LoginFlow::smart_access("65b03015c03e1a1b595fe61c".parse()?)
    ///     .redirect_url("https://example.com/signed-in")
    ///     .security(
    ///         Security::builder()
    ///             .strategy(SecurityStrategy::Whitelist)
    ///             .source(Some(SecuritySource::SmartEnroll)),
    ///     )
    ///     .build()?;
    /// assert_eq!(flow.login_settings.face_liveness, Some(true));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn smart_access(project: ProjectId) -> SmartAccessPreset {
        LoginFlow::builder()
            .project(project)
            .status(Status::Draft)
            .login_settings(
                LoginSettings::builder()
                    .search_mode(SearchMode::Fast)
                    .email(true)
                    .email_gateway(EmailGateway::Mailgun)
                    .phone(false)
                    .phone_gateway(PhoneGateway::Both)
                    .face_liveness(true)
                    .show_face_liveness_recommendation(false)
                    .liveness_min_score(LivenessMinScore::__unchecked(0.9))
                    .search_min_score(SearchMinScore::__unchecked(0.95)),
            )
    }
}
