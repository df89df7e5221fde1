//! Expand stage: a checked literal to the builder calls that make it. Values are built
//! directly (enum variants, unchecked newtype constructors): no JSON is parsed and no schema
//! is checked at run time.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{quote, quote_spanned};
use serde_json::Value;
use syn::Ident;

use super::ast::{Node, Object};
use super::check::Mode;
use super::schema::{checker, member, reference, resolve};

/// Keys that are not builder members: `type` is fixed by the builder, `$schema` is an editor
/// hint.
const NOT_MEMBERS: &[&str] = &["type", "$schema"];

pub(crate) fn expand(object: &Object, mode: Mode) -> TokenStream {
    let Ok(checker) = checker() else {
        return TokenStream::new(); // the check reported it
    };
    let root = checker.schema();
    let chain = object_builder(object, "ProjectFlow", root, root);
    match mode {
        Mode::Strict => quote!({ #chain.__build_unchecked() }),
        Mode::Fallible => {
            quote!({ ::verifik_flow::__private::check_built(#chain.__build_unchecked()) })
        }
    }
}

/// `Type::builder().member(value)...` for an object of definition `name`.
fn object_builder(object: &Object, name: &str, root: &Value, schema: &Value) -> TokenStream {
    let ty = Ident::new(name, Span::call_site());
    let setters = object.members.iter().filter_map(|m| {
        if name == "ProjectFlow" && NOT_MEMBERS.contains(&m.key.as_str()) {
            return None;
        }
        let setter = Ident::new(&snake_case(&m.key), m.key_span);
        let member_schema = member(root, schema, &m.key)?;
        let raw = schema.get("properties")?.get(&m.key)?;
        let value = value(&m.value, root, raw, member_schema);
        Some(quote!(.#setter(#value)))
    });
    quote!(::verifik_flow::#ty::builder() #(#setters)*)
}

/// The Rust value of `node`, whose member schema is `raw` (`$ref`s not followed) and
/// `schema` (followed).
fn value(node: &Node, root: &Value, raw: &Value, schema: &Value) -> TokenStream {
    let rust_type = schema.get("x-rust-type").and_then(Value::as_str);
    let nullable = schema
        .get("type")
        .and_then(Value::as_array)
        .is_some_and(|types| types.contains(&Value::from("null")));
    match node {
        Node::Expr(expr) => quote!(#expr),
        Node::Null(span) => quote_spanned!(*span=> ::core::option::Option::None),
        Node::Bool(value, span) => quote_spanned!(*span=> #value),
        Node::Number(number, span) => {
            // The check has run: an attempt limit is a whole number from 1 to 5 (JSON Schema
            // counts `3.0` as one too), a score a number in its range.
            let literal = match (rust_type, number.as_f64()) {
                (Some("AttemptLimit"), _) => {
                    let text = number.to_string();
                    Literal::u8_unsuffixed(text.trim_end_matches(".0").parse().unwrap_or(0))
                }
                (_, Some(f)) => Literal::f64_unsuffixed(f),
                (_, None) => Literal::u8_unsuffixed(0),
            };
            if let Some(name) = rust_type {
                let ty = Ident::new(name, *span);
                quote_spanned!(*span=> ::verifik_flow::#ty::__unchecked(#literal))
            } else {
                quote_spanned!(*span=> #literal)
            }
        }
        Node::String(text, span) => {
            let built = match rust_type {
                Some(name) if schema.get("enum").is_some() => {
                    let ty = Ident::new(name, *span);
                    let variant = Ident::new(&pascal_case(&text.to_lowercase()), *span);
                    quote_spanned!(*span=> ::verifik_flow::#ty::#variant)
                }
                Some(name) => {
                    let ty = Ident::new(name, *span);
                    quote_spanned!(*span=> ::verifik_flow::#ty::__unchecked(#text))
                }
                None => quote_spanned!(*span=> #text),
            };
            if nullable {
                quote_spanned!(*span=> ::core::option::Option::Some(#built))
            } else {
                built
            }
        }
        Node::Array(items, span) => {
            let item_raw = schema.get("items").unwrap_or(&Value::Null);
            let item_schema = resolve(root, item_raw).unwrap_or(&Value::Null);
            let items = items
                .iter()
                .map(|item| value(item, root, item_raw, item_schema));
            quote_spanned!(*span=> ::std::vec![#(#items),*])
        }
        Node::Object(object) => {
            let name = reference(raw)
                .or_else(|| reference(schema))
                .and_then(|r| r.strip_prefix("#/definitions/"))
                .unwrap_or("ProjectFlow");
            let chain = object_builder(object, name, root, schema);
            quote!(#chain.build())
        }
    }
}

pub(crate) fn snake_case(camel: &str) -> String {
    let mut out = String::new();
    for c in camel.chars() {
        if c.is_uppercase() {
            out.push('_');
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn pascal_case(snake: &str) -> String {
    crate::builder::pascal_case(snake)
}
