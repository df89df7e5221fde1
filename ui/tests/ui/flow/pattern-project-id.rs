// The documentation page's own 23-digit project ID is refused, as Verifik refuses it.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "64a1b2c3d4e5f6789012345",
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft"
    };
}
