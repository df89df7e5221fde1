//! Compile-time guarantees, checked by compiling: one rule per file under `tests/ui/`, each
//! with the exact message a user sees. Regenerate the `.stderr` files with
//! `UPDATE_EXPECT=1 TRYBUILD=overwrite cargo test --workspace --all-features` and read the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/builder/*.rs");
    cases.pass("tests/ui/builder-pass/*.rs");
    cases.compile_fail("tests/ui/flow/*.rs");
    cases.pass("tests/ui/flow-pass/*.rs");
}
