//! The flows of Verifik project 65b03015c03e1a1b595fe61c, pulled by
//! `verifik-flow pull --rust`: one function a flow, returning its `flow!` literal
//! (checked when this compiles).

/// Flow `65b03015c03e1a1b595fe700` (`"Smart Enroll Project Flow"`), as Verifik holds it.
pub fn smart_enroll_project_flow() -> verifik_flow::ProjectFlow {
    verifik_flow::flow! {
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
    }
}

/// Flow `65b03015c03e1a1b595fe710` (`nameless login flow 65b03015c03e1a1b595fe710`), as Verifik holds it.
pub fn flow_65b03015c03e1a1b595fe710() -> verifik_flow::LoginFlow {
    verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "login",
        "status": "active",
        "redirectUrl": "https://verifik.co",
        "identityUrl": "https://identity.example.com/passwordless-validation?email=user@example.com",
        "allowedCountries": [],
        "loginSettings": {
          "email": true,
          "emailGateway": "mailgun",
          "phone": false,
          "phoneGateway": "both",
          "faceLiveness": true,
          "livenessMinScore": 0.9,
          "searchMode": "FAST",
          "searchMinScore": 0.95,
          "showFaceLivenessRecommendation": false
        },
        "security": {
          "strategy": "whitelist",
          "source": "API",
          "apiUrl": "https://identity.example.com/passwordless-validation",
          "apiTestType": "email",
          "apiTestValue": "user@example.com"
        }
    }
}
