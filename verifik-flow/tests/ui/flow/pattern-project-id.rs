// The documentation page's own 23-digit project ID is refused, as Verifik refuses it.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "64a1b2c3d4e5f6789012345",
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
