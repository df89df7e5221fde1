// A name is 1 to 120 characters after trimming.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "   ",
        "target": "personal",
        "status": "draft"
    };
}
