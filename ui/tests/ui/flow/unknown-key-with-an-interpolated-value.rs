// An unknown key is reported even when its value is a Rust expression.
fn main() {
    let score = verifik_flow::MinScore::DEFAULT;
    let _ = verifik_flow::flow! {
        project: "65b03015c03e1a1b595fe61c",
        type: "onboarding",
        name: "Typo",
        target: "personal",
        status: "draft",
        liveness: { minScroe: score },
    };
}
