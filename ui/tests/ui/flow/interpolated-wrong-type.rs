// An interpolated value is checked by rustc against the member's type.
fn main() {
    let id = "65b03015c03e1a1b595fe61c";
    let _ = verifik_flow::flow! {
        "project": id,
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft"
    };
}
