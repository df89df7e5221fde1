// A8: the redirect is given once; reported at the second one.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "login",
        "status": "draft",
        "redirectUrl": "https://example.com/signed-in",
        "loginSettings": { "faceLiveness": true },
        "integrations": {
            "redirectUrl": "https://example.com/other"
        }
    };
}
