// JSON Schema counts `3.0` as a whole number; so does `flow!`.
use verifik_flow::AttemptLimit;

fn main() {
    let flow = verifik_flow::flow! {
        project: "65b03015c03e1a1b595fe61c",
        type: "onboarding",
        name: "Whole numbers",
        target: "personal",
        status: "draft",
        liveness: { attemptLimit: 3.0 },
    };
    assert_eq!(flow.liveness.unwrap().attempt_limit, Some(AttemptLimit::DEFAULT));
}
