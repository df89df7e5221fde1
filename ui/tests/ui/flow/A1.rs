// A1: a login flow turns on a sign-in factor.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "login",
        "status": "draft",
        "loginSettings": {
            "email": false,
            "faceLiveness": false
        }
    };
}
