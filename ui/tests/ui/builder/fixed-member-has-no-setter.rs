// `type` is always `onboarding` for Smart Enroll: the builder sets it, there is no setter.
use verifik_flow::{FlowType, ProjectFlow};

fn main() {
    let _ = ProjectFlow::builder().flow_type(FlowType::Onboarding);
}
