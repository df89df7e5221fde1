// The required members in any order, optional ones any number of times, nested builders inline.
use verifik_flow::{
    DocumentCategory, DocumentConfiguration, DocumentType, Documents, EmailGateway, ProjectFlow,
    SignUpForm, Status, StepMode, Steps, Target, VerificationMethod,
};

fn main() {
    let flow = ProjectFlow::builder()
        .status(Status::Active)
        .target(Target::Personal)
        .name(String::from("KYC"))
        .project("65b03015c03e1a1b595fe61c".parse::<verifik_flow::ProjectId>().unwrap())
        .sign_up_form(SignUpForm::builder().email(true).email_gateway(EmailGateway::Mailgun))
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
