// L1: a liveness step that is not `skip` needs `liveness`; reported at `steps.liveness`.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft",
        "steps": {
            "liveness": "mandatory"
        }
    };
}
