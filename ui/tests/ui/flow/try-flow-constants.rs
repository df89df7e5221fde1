// `try_flow!` still reports at compile time what it can check there.
fn main() {
    let _ = verifik_flow::try_flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft",
        "liveness": {
            "searchMode": "SLOW"
        }
    };
}
