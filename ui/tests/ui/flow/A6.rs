// A6: each whitelist entry has an `email` or a `phone`.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "login",
        "status": "draft",
        "loginSettings": { "faceLiveness": true },
        "whiteList": [
            { "name": "Ana" }
        ]
    };
}
