// A key written twice inside a nested object is refused at its second copy too.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Probe",
        "target": "personal",
        "status": "draft",
        "liveness": { "minScore": 0.7, "minScore": 0.8 }
    };
}
