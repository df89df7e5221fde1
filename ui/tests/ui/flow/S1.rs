// S1: the sign-up form asks for `email` or `phone`.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
            "email": false,
            "phone": false
        }
    };
}
