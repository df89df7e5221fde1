// A setter takes its member's type (or what converts into it), not the wire string.
use verifik_flow::ProjectFlow;

fn main() {
    let _ = ProjectFlow::builder().target("personal");
}
