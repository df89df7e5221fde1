// A missing key of a nested object is reported at that object's braces.
fn main() {
    let _ = verifik_flow::flow! {
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Smart Enroll Project Flow",
        "target": "personal",
        "status": "draft",
        "documents": {
            "documentTypes": [
                {
                    "country": "United States",
                    "configurations": [
                        {
                            "active": true
                        }
                    ]
                }
            ]
        }
    };
}
