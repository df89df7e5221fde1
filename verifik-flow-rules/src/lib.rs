//! The rules of Verifik Smart Enroll project flows, as a plain library: the rule catalogue,
//! what a violation is, and the check of a JSON value against the project-flow schema, with
//! messages in the schema's words.
//!
//! It is the one reader of the schema: it ships the committed schema, compiles it once per
//! process ([`checker`]), reads JSON text ([`text`]: limits, duplicate keys, lines and
//! columns), follows `$ref`s ([`navigate`]) and decides which token each violation is shown at
//! ([`Place`]). `verifik_flow` checks with it at run time and the `flow!` macro of
//! `verifik-flow-derive` at compile time, so a violation reads the same, at the same token, in
//! both. Use it through `verifik_flow`, which re-exports what users need.
#![warn(missing_docs)]

mod check;
mod describe;
mod document;
mod fast;
mod lang;
pub mod navigate;
mod pointer;
mod report;
mod rule;
#[doc(hidden)]
pub mod schema_texts;
pub mod text;
mod unique_keys;
mod violation;
pub mod words;

pub use check::{
    Checker, MAX_VIOLATIONS, UNIQUE_KEYS, checker, partial_checker, render, schema, schema_in,
    schema_text, schema_text_in, suggest,
};
pub use document::Document;
pub use lang::{Catalogue, Lang, Message, UnknownLang};
pub use pointer::{dotted, escape, subject, unescape};
pub use report::Report;
pub use rule::{Rule, choices, write_choices};
pub use violation::{Location, Place, Token, ValidationErrors, Violation};

#[cfg(test)]
mod tests;
