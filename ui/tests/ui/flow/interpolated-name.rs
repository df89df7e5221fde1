// `name` has a rule its Rust type (`String`) does not carry: `flow!` points to `try_flow!`.
fn main() {
    let team = "Payments";
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": (format!("{team} onboarding")),
        "target": "personal",
        "status": "draft"
    };
}
