//! Compile-time guarantees, checked by compiling: one rule per file under `tests/ui/`, each
//! with the exact message a user sees. (What must compile is in `pass.rs`, as ordinary tests:
//! trybuild then only checks, and builds no dependency a second time.) Regenerate the `.stderr` files with
//! `UPDATE_EXPECT=1 TRYBUILD=overwrite cargo test --workspace --all-features` and read the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/builder/*.rs");
    cases.compile_fail("tests/ui/flow/*.rs");
}
