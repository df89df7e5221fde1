#![warn(missing_docs)]
//! Derive macros for [`verifik-flow`](https://docs.rs/verifik-flow).
//!
//! This crate is a placeholder for now: the builder derive and the `flow!` literal are
//! generated here once they land. Use them through `verifik_flow`, never directly.
