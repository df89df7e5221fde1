// flow-type-key: a key of the other flow type names the type it belongs to.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "login",
        "status": "draft",
        "target": "personal",
        "loginSettings": { "faceLiveness": true }
    };
}
