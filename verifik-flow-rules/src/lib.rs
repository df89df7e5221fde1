//! The rules of Verifik Smart Enroll project flows, as a plain library: the rule catalogue,
//! what a violation is, and the check of a JSON value against the project-flow schema, with
//! messages in the schema's words.
//!
//! It has two consumers: `verifik_flow` checks at run time with it, and the `flow!` macro of
//! `verifik-flow-derive` will check at compile time with it, so that a violation reads the same
//! in both places. Use it through `verifik_flow`, which re-exports what users need.
#![warn(missing_docs)]

mod check;
mod pointer;
mod rule;
mod violation;

pub use check::{Checker, MAX_VIOLATIONS, render, suggest};
pub use pointer::{escape, subject, unescape};
pub use rule::{Rule, write_choices};
pub use violation::{Anchor, Location, ValidationErrors, Violation};

#[cfg(test)]
mod tests;
