// A value a rule across fields looks at cannot be interpolated in `flow!`.
fn main() {
    let gateway = verifik_flow::PhoneGateway::Sms;
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
            "phone": true,
            "phoneGateway": gateway
        }
    };
}
