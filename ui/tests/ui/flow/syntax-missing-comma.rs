// Members are separated by `,`.
fn main() {
    let _ = verifik_flow::flow! {
    "project": "65b03015c03e1a1b595fe61c"
    "type": "onboarding",
    };
}
