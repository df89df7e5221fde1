// S3: `phone: true` needs a phone gateway other than `none`.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
            "phone": true,
            "phoneGateway": "none"
        }
    };
}
