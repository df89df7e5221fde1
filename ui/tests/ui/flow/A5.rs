// A5: `source: "API"` needs `apiUrl`, `apiTestType` and `apiTestValue`.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "login",
        "status": "draft",
        "loginSettings": { "faceLiveness": true },
        "security": {
            "source": "API"
        }
    };
}
