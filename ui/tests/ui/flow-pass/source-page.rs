// The documentation page's body (with a 24-digit project ID) as a literal.
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
