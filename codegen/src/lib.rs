//! The producers of the workspace's generated files, kept out of the published crates (as
//! rust-analyzer's `xtask codegen` is): the JSON Schema from the types
//! (`schema/project-flow.schema.json` and the copy `verifik-flow-rules` ships), and the fast
//! check from the schema (`verifik-flow-rules/src/fast/generated.rs`). The drift test in
//! `tests/tests/workspace/schema.rs` runs them; with `UPDATE_EXPECT=1` it writes their output.

// A generator stops on what it cannot write, naming it: its panics are its error reports.
#![allow(clippy::missing_panics_doc)]

mod fast_check;
mod matcher;
mod rules;
mod schema;
mod spanish;

pub use fast_check::fast_check_source;
pub use rules::{CrossFieldRule, cross_field_rules};
pub use schema::{schema_text, spanish_schema_text};
pub use spanish::catalogue_check;
