// All violations of a literal are reported in one compile.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft",
        "liveness": {
            "minScore": 1.5,
            "searchMode": "SLOW"
        },
        "signUpForm": {
            "phone": true,
            "phoneGateway": "none"
        },
        "nmae": "x"
    };
}
