//! The checked literal: what the check stage hands to expansion. Every value carries the Rust
//! names the schema gives it (`x-rust-type`, `x-rust-field`, `x-rust-variant`), so expansion
//! reads no schema and has no fallback: only a literal that passed every rule can be built.

use proc_macro2::Span;
use syn::Ident;

/// A `flow!` literal that keeps every rule.
pub(crate) struct Checked {
    pub body: Object,
}

/// An object: its builder type and the setters to call.
pub(crate) struct Object {
    pub ty: Ident,
    pub setters: Vec<Setter>,
}

/// `.setter(value)`.
pub(crate) struct Setter {
    pub name: Ident,
    pub value: Value,
}

/// A value, as Rust builds it.
pub(crate) enum Value {
    /// An interpolated Rust expression, whose type rustc checks.
    Expr(syn::Expr),
    /// `null`: an optional value that is not set.
    None(Span),
    Bool(bool, Span),
    /// A whole number (the schema's `integer`); `ty` is the value type that carries its rule.
    Integer {
        ty: Option<Ident>,
        value: u64,
        span: Span,
    },
    /// A number; `ty` is the value type that carries its rule.
    Number {
        ty: Option<Ident>,
        value: f64,
        span: Span,
    },
    /// A string; `ty` is the value type that carries its rule.
    String {
        ty: Option<Ident>,
        text: String,
        span: Span,
    },
    /// A value of a wire enum.
    Variant {
        ty: Ident,
        variant: Ident,
    },
    /// A present value of a member that may also be `null`.
    Some(Box<Value>, Span),
    Array(Vec<Value>, Span),
    Object(Object),
}
