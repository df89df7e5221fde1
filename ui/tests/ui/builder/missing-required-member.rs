// Leaving out required members of a project flow: each one is named.
use verifik_flow::ProjectFlow;

fn main() {
    let project = "65b03015c03e1a1b595fe61c".parse().unwrap();
    let _ = ProjectFlow::builder().project(project).name("KYC").build();
}
