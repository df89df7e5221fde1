//! Generators (the `schema-gen` feature only): the schema from the types, the cross-field rule
//! fragments, and the fast check's Rust source.

pub(crate) mod fast_check;
pub(crate) mod rules;
