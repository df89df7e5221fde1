// A key is a string or a name.
fn main() {
    let _ = verifik_flow::flow! {
    42: "onboarding",
    };
}
