// A3: `phone: true` needs a `phoneGateway` (it defaults to `none` here); reported at `phone`.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "login",
        "status": "draft",
        "loginSettings": {
            "phone": true
        }
    };
}
