// IDs carry their form in their type: a bare string is not a `ProjectId`, and the error says
// how to make one.
use verifik_flow::ProjectFlow;

fn main() {
    let _ = ProjectFlow::builder().project("65b03015c03e1a1b595fe61c");
}
