// A4: a listed step must be turned on.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "login",
        "status": "draft",
        "loginSettings": {
            "email": true,
            "steps": ["email", "liveness"]
        }
    };
}
