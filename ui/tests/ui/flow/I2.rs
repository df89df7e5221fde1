// I2: the test value is what `apiTestType` says.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft",
        "integrations": {
            "source": "API",
            "apiUrl": "https://example.com/a",
            "apiTestType": "email",
            "apiTestValue": "+573001234567"
        }
    };
}
