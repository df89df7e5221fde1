// A7: a whitelist needs a source of names.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "login",
        "status": "draft",
        "loginSettings": { "faceLiveness": true },
        "security": {
            "strategy": "whitelist",
            "source": "NONE"
        }
    };
}
