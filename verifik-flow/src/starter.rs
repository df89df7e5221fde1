//! Starter bodies: what `verifik-flow new` prints and editors offer as a snippet.

use serde_json::Value;

use crate::model::{
    DocumentCategory, DocumentConfiguration, DocumentType, Documents, EmailGateway, FlowType,
    FullNameStyle, Liveness, PhoneGateway, ProjectFlow, SearchMode, SignUpForm, Status, StepMode,
    Steps, Target, VerificationMethod,
};
use crate::values::{AttemptLimit, MinScore, ProjectId, SearchMinScore};

/// The project ID a starter body carries until you give yours: valid in form, owned by nobody.
pub const PLACEHOLDER_PROJECT: &str = "000000000000000000000000";

impl ProjectFlow {
    /// A Smart Enroll starter body: the configuration of Verifik's documentation page
    /// (sign-up by e-mail and WhatsApp, a US government ID checked with `SCAN_PROMPT` or, for
    /// `business`, a US business document, liveness 0.65/0.8/`FAST`, both steps mandatory),
    /// created as a `draft`.
    ///
    /// ```
    /// use verifik_flow::{ProjectFlow, Target};
    ///
    /// let flow = ProjectFlow::starter(Target::Personal, "65b03015c03e1a1b595fe61c".parse()?, "KYC");
    /// let json = serde_json::to_value(&flow)?;
    /// assert!(verifik_flow::validate(&json).is_ok());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn starter(target: Target, project: ProjectId, name: impl Into<String>) -> Self {
        let category = match target {
            Target::Personal => DocumentCategory::GovernmentId,
            Target::Business => DocumentCategory::BusinessDocument,
        };
        ProjectFlow {
            project,
            flow_type: FlowType::Onboarding,
            name: name.into(),
            target,
            status: Status::Draft,
            sign_up_form: Some(SignUpForm {
                full_name: Some(true),
                full_name_style: Some(FullNameStyle::Separate),
                email: Some(true),
                email_gateway: Some(EmailGateway::Mailgun),
                phone: Some(true),
                phone_gateway: Some(PhoneGateway::Whatsapp),
                country_code: Some("US".into()),
                show_terms_and_conditions: Some(true),
                show_privacy_notice: Some(true),
                ..SignUpForm::default()
            }),
            documents: Some(Documents {
                attempt_limit: Some(AttemptLimit::DEFAULT),
                criminal_history_verification: Some(true),
                information_verification: Some(true),
                screening: Some(true),
                verification_methods: Some(vec![VerificationMethod::ScanPrompt]),
                document_types: Some(vec![DocumentType {
                    country: "United States".into(),
                    configurations: vec![DocumentConfiguration {
                        active: true,
                        document_category: category,
                        document_templates: Some(Vec::new()),
                    }],
                }]),
                ..Documents::default()
            }),
            liveness: Some(Liveness {
                attempt_limit: Some(AttemptLimit::DEFAULT),
                min_score: Some(MinScore::DEFAULT),
                search_min_score: Some(SearchMinScore::DEFAULT),
                search_mode: Some(SearchMode::Fast),
                ..Liveness::default()
            }),
            steps: Some(Steps {
                document: Some(StepMode::Mandatory),
                liveness: Some(StepMode::Mandatory),
            }),
            integrations: None,
        }
    }
}

pub(crate) fn starter_value(
    target: Target,
    project: Option<ProjectId>,
    name: Option<&str>,
) -> Value {
    let project = project.unwrap_or_else(|| {
        PLACEHOLDER_PROJECT
            .parse()
            .expect("the placeholder is 24 hex digits")
    });
    let flow = ProjectFlow::starter(target, project, name.unwrap_or("Smart Enroll Project Flow"));
    serde_json::to_value(flow).expect("a flow always serializes")
}
