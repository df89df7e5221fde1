// An unknown key is reported at the key, with the key it was probably meant to be.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft",
        "liveness": {
            "minScroe": 0.7
        }
    };
}
