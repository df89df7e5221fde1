// A required member may be set only once.
use verifik_flow::{ProjectFlow, Status};

fn main() {
    let _ = ProjectFlow::builder().status(Status::Draft).status(Status::Active);
}
