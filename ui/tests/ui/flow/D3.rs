// D3: every country has an active configuration.
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
                            "active": false,
                            "documentCategory": "government_id"
                        }
                    ]
                }
            ]
        }
    };
}
