// Scores carry their range in their type: a bare number is not a `MinScore`.
use verifik_flow::Liveness;

fn main() {
    let _ = Liveness::builder().min_score(1.5);
}
