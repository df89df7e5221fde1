// A text member given a number says what a text member takes.
use verifik_flow::ProjectFlow;

fn main() {
    let _ = ProjectFlow::builder().name(5);
}
