//! The logic of [`verifik-flow`](https://docs.rs/verifik-flow)'s macros, over `proc_macro2`
//! tokens, so that it runs outside a compiler: in its own tests, in the fuzz targets, and behind
//! the one-line entry points of the proc-macro crate `verifik-flow-derive` (as typify-impl is
//! behind typify-macro).
//!
//! - [`builder`]: `#[derive(Builder)]`, parse (syn to the unchecked model), check (to the checked
//!   model), expand (to tokens).
//! - [`flow`]: `flow!` and `try_flow!`, parse (tokens to a spanned AST), check (against the
//!   committed schema, with the runtime's rules engine), expand (to builder calls).
#![warn(missing_docs)]

pub mod builder;
pub mod flow;
