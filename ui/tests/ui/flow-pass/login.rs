// A Smart Access literal: `type: "login"` picks the login body, checked and built as a
// `LoginFlow` (the Smart Access page's example, its artifacts removed).
use verifik_flow::{LoginFlow, SecuritySource, SecurityStrategy};

fn main() {
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
