//! Derive macros for [`verifik-flow`](https://docs.rs/verifik-flow): one-line entry points
//! over `verifik-flow-macros`, where the logic is, as plain code over `proc_macro2` tokens.
//!
//! `#[derive(Builder)]` generates the typed builders of `verifik_flow`'s model: a
//! `TypeBuilder` whose required members are tracked in its type, so that a missing or repeated
//! member is a compile error that names it. It is meant for `verifik_flow`'s own types: the
//! generated code calls `::verifik_flow::__private`. Use the builders through `verifik_flow`.
#![warn(missing_docs)]

use proc_macro::TokenStream;
use verifik_flow_macros::{builder, flow};

/// Generates a typed builder for a struct with named fields.
///
/// - A field of type `Option<T>` is optional: its setter takes `impl Into<T>` and may be
///   called again (the last call wins). Any other field is required: its setter takes
///   `impl Into<T>` and may be called again too (so a preset's values are defaults), and
///   `build()` is only available once every required field is set.
/// - `#[builder(fixed = EXPR)]` on a field: no setter; `build()` puts `EXPR` there.
/// - `#[builder(nested)]` on an `Option<T>` field whose `T` derives `Builder` without required
///   fields: adds `<field>_with(|builder| ...)`, which edits the current value in place.
/// - `#[builder(validate)]` on the struct: `build()` returns
///   `Result<Self, verifik_flow::ValidationErrors>`, checking every rule of the body.
#[proc_macro_derive(Builder, attributes(builder))]
pub fn derive_builder(input: TokenStream) -> TokenStream {
    builder::derive(input.into()).into()
}

/// A project flow of either kind (Smart Enroll or Smart Access, by its `type`) written as JSON
/// and checked at compile time: see
/// `verifik_flow::flow!`.
#[proc_macro]
pub fn flow(input: TokenStream) -> TokenStream {
    flow::flow_at(input.into(), flow::Mode::Strict, body_span()).into()
}

/// Where what is said of the literal as a whole is shown: the first character of the macro
/// call, on the line of its opening brace (rather than every line of the call).
fn body_span() -> proc_macro2::Span {
    proc_macro::Span::call_site().start().into()
}

/// `flow!` whose interpolated values are checked when it runs: see `verifik_flow::try_flow!`.
#[proc_macro]
pub fn try_flow(input: TokenStream) -> TokenStream {
    flow::flow_at(input.into(), flow::Mode::Fallible, body_span()).into()
}
