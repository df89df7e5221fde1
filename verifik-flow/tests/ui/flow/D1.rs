// D1: a document step that is not `skip` needs documents; reported at `steps.document`.
fn main() {
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
