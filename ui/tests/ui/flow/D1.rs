// D1: a document step that is not `skip` needs documents; reported at `steps.document`.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft",
        "steps": {
            "document": "mandatory"
        }
    };
}
