// A key written twice is refused at its second copy, as `validate` refuses it in a file
// (a JSON object keeps one copy of a key, and readers disagree on which).
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Probe",
        "target": "personal",
        "status": "draft",
        "name": "Again"
    };
}
