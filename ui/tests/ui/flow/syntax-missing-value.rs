// A key has a value.
fn main() {
    let _ = verifik_flow::flow! {
    "project": ,
    };
}
