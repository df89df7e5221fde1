//! What compiles, and runs as it reads: the builders and `flow!` literals that must be accepted.
//! Ordinary tests (they build with the crate's tests, sharing its dependencies); the cases
//! that must not compile are trybuild's, in `ui.rs`.

// The values compared are the literals written, exactly.
#![allow(clippy::float_cmp)]

/// The required members in any order, optional ones any number of times, nested builders inline.
#[test]
fn every_member_in_any_order_builds() {
    use verifik_flow::{
        DocumentCategory, DocumentConfiguration, DocumentType, Documents, EmailGateway,
        ProjectFlow, SignUpForm, Status, StepMode, Steps, Target, VerificationMethod,
    };

    let flow = ProjectFlow::builder()
        .status(Status::Active)
        .target(Target::Personal)
        .name(String::from("KYC"))
        .project(
            "65b03015c03e1a1b595fe61c"
                .parse::<verifik_flow::ProjectId>()
                .unwrap(),
        )
        .sign_up_form(
            SignUpForm::builder()
                .email(true)
                .email_gateway(EmailGateway::Mailgun),
        )
        .documents(
            Documents::builder()
                .verification_methods([VerificationMethod::ScanPrompt])
                .document_types([DocumentType::builder()
                    .configurations([DocumentConfiguration::builder()
                        .document_category(DocumentCategory::Passport)
                        .active(true)
                        .build()])
                    .country("Colombia")
                    .build()]),
        )
        .steps(Steps::builder().document(StepMode::Mandatory))
        .steps_with(|steps| steps.document(StepMode::Optional))
        .build();
    assert!(flow.is_ok());
}

/// Bare keys (`type` too), trailing commas, interpolated values whose types carry their rules.
#[test]
fn bare_keys_and_expressions() {
    use verifik_flow::{MinScore, ProjectId, SearchMode, StepMode};

    let project: ProjectId = "65b03015c03e1a1b595fe61c".parse().unwrap();
    let score = MinScore::new(0.7).unwrap();
    let flow = verifik_flow::flow! {
        project: project,
        type: "onboarding",
        name: "Bare keys",
        target: "personal",
        status: "draft",
        liveness: { minScore: score, searchMode: "ACCURATE", attemptLimit: 5, },
        steps: { liveness: "mandatory", document: "skip", },
        integrations: { webhook: null, redirectUrl: "http://localhost:3000/done" },
    };
    let liveness = flow.liveness.unwrap();
    assert_eq!(liveness.search_mode, Some(SearchMode::Accurate));
    assert_eq!(liveness.min_score, Some(score));
    assert_eq!(flow.steps.unwrap().document, Some(StepMode::Skip));
}

/// A Smart Access literal: `type: "login"` picks the login body, checked and built as a
/// `LoginFlow` (the Smart Access page's example, its artifacts removed).
#[test]
fn a_login_literal_is_a_login_flow() {
    use verifik_flow::{LoginFlow, SecuritySource, SecurityStrategy};

    let flow: LoginFlow = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "login",
        "status": "active",
        "redirectUrl": "https://verifik.co",
        "loginSettings": {
            "searchMode": "FAST",
            "email": true,
            "emailGateway": "mailgun",
            "phone": false,
            "phoneGateway": "both",
            "faceLiveness": true,
            "showFaceLivenessRecommendation": false,
            "livenessMinScore": 0.9,
            "searchMinScore": 0.95,
            "steps": ["email", "liveness"]
        },
        "security": {
            "strategy": "whitelist",
            "source": "API",
            "apiUrl": "https://identity.example.com/passwordless-validation",
            "apiTestType": "email",
            "apiTestValue": "user@example.com"
        },
        "whiteList": [{ "name": "Ana", "email": "ana@example.com", "countryCode": "+57" }]
    };
    assert_eq!(flow.flow_type.as_str(), "login");
    assert_eq!(flow.login_settings.liveness_min_score.unwrap().get(), 0.9);
    let security = flow.security.unwrap();
    assert_eq!(security.strategy, Some(SecurityStrategy::Whitelist));
    assert_eq!(security.source, Some(Some(SecuritySource::Api)));
}

/// The documentation page's body (with a 24-digit project ID) as a literal.
#[test]
fn the_source_pages_body() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
            "fullName": true,
            "fullNameStyle": "separate",
            "email": true,
            "emailGateway": "mailgun",
            "phone": true,
            "phoneGateway": "whatsapp",
            "countryCode": "US",
            "showTermsAndConditions": true,
            "showPrivacyNotice": true
        },
        "documents": {
            "attemptLimit": 3,
            "criminalHistoryVerification": true,
            "informationVerification": true,
            "screening": true,
            "verificationMethods": [
                "SCAN_PROMPT"
            ],
            "documentTypes": [
                {
                    "country": "United States",
                    "configurations": [
                        {
                            "active": true,
                            "documentCategory": "government_id",
                            "documentTemplates": []
                        }
                    ]
                }
            ]
        },
        "liveness": {
            "attemptLimit": 3,
            "minScore": 0.65,
            "searchMinScore": 0.8,
            "searchMode": "FAST"
        },
        "steps": {
            "document": "mandatory",
            "liveness": "mandatory"
        }
    };
}

/// JSON Schema counts `3.0` as a whole number; so does `flow!`.
#[test]
fn whole_numbers_written_as_fractions() {
    use verifik_flow::AttemptLimit;

    let flow = verifik_flow::flow! {
        project: "65b03015c03e1a1b595fe61c",
        type: "onboarding",
        name: "Whole numbers",
        target: "personal",
        status: "draft",
        liveness: { attemptLimit: 3.0 },
    };
    assert_eq!(
        flow.liveness.unwrap().attempt_limit,
        Some(AttemptLimit::DEFAULT)
    );
}

/// A preset's values are defaults: every member, `status` included, can be set again, and the
/// last call wins.
#[test]
fn a_preset_can_change_anything() {
    use verifik_flow::{LoginFlow, ProjectFlow, Status};
    let project: verifik_flow::ProjectId = "65b03015c03e1a1b595fe61c".parse().unwrap();
    let flow = ProjectFlow::smart_enroll(project.clone(), "KYC")
        .status(Status::Active)
        .name("KYC, renamed")
        .build()
        .unwrap();
    assert_eq!(
        (flow.status, flow.name.as_str()),
        (Status::Active, "KYC, renamed")
    );
    let login = LoginFlow::smart_access(project)
        .status(Status::Active)
        .build()
        .unwrap();
    assert_eq!(login.status, Status::Active);
}
