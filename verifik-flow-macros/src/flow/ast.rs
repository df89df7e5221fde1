//! The literal as written: JSON values with the span of every token, and Rust expressions
//! where a value is not JSON.

use proc_macro2::Span;

/// A value of the literal.
pub(crate) enum Node {
    Null(Span),
    Bool(bool, Span),
    /// A number, with its text as written (`0.65`, `-3`).
    Number(serde_json::Number, Span),
    String(String, Span),
    Array(Vec<Node>, Span),
    Object(Object),
    /// A Rust expression: checked by rustc against the field's type.
    Expr(syn::Expr),
}

/// `{ key: value, ... }`; `span` is the braces (or the whole input at the top level).
pub(crate) struct Object {
    pub members: Vec<Member>,
    pub span: Span,
}

pub(crate) struct Member {
    pub key: String,
    pub key_span: Span,
    pub value: Node,
}

impl Object {
    /// The literal's `type`, when it is written as a string.
    pub fn flow_type(&self) -> Option<&str> {
        self.members
            .iter()
            .find(|member| member.key == "type")
            .and_then(|member| match &member.value {
                Node::String(text, _) => Some(text.as_str()),
                _ => None,
            })
    }
}

impl Node {
    pub fn span(&self) -> Span {
        match self {
            Node::Null(span)
            | Node::Bool(_, span)
            | Node::Number(_, span)
            | Node::String(_, span)
            | Node::Array(_, span) => *span,
            Node::Object(object) => object.span,
            Node::Expr(expr) => syn::spanned::Spanned::span(expr),
        }
    }
}
