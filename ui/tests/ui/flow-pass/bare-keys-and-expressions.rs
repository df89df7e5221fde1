// Bare keys (`type` too), trailing commas, interpolated values whose types carry their rules.
use verifik_flow::{MinScore, ProjectId, SearchMode, StepMode};

fn main() {
    let project: ProjectId = "65b03015c03e1a1b595fe61c".parse().unwrap();
    let score = MinScore::new(0.7).unwrap();
    let flow = verifik_flow::flow! {
        project: project,
        type: "onboarding",
        name: "Bare keys",
        target: "personal",
        status: "draft",
        liveness: { minScore: score, searchMode: "ACCURATE", attemptLimit: 5, },
        steps: { liveness: "mandatory", document: "skip", },
        integrations: { webhook: null, redirectUrl: "http://localhost:3000/done" },
    };
    let liveness = flow.liveness.unwrap();
    assert_eq!(liveness.search_mode, Some(SearchMode::Accurate));
    assert_eq!(liveness.min_score, Some(score));
    assert_eq!(flow.steps.unwrap().document, Some(StepMode::Skip));
}
