//! Check stage: the literal against the committed schema, with the runtime's rules engine
//! (`verifik-flow-rules`), so a violation reads the same and is shown at the same token as
//! `validate` shows it. Every violation is reported; a literal that keeps every rule becomes a
//! [`Checked`] literal, the only thing expansion takes.

use std::collections::BTreeMap;

use proc_macro2::Span;
use serde_json::{Map, Value};
use syn::Ident;
use verifik_flow_rules::navigate::{self, member, member_as_written, resolve};
use verifik_flow_rules::{Checker, Lang, Rule, Token, checker, escape};

use super::ast::{Node, Object};
use super::checked::{self, Checked};

/// How strict the check is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `flow!`: a valid body is guaranteed; a rule that depends on an interpolated value is an
    /// error pointing to `try_flow!`.
    Strict,
    /// `try_flow!`: rules that depend on interpolated values are checked at run time.
    Fallible,
}

/// Where each member stands in the source.
#[derive(Default)]
struct Spans {
    /// pointer -> (key span, value span)
    members: BTreeMap<String, (Option<Span>, Span)>,
    /// pointer -> where its member stands among the literal's, in source order
    order: BTreeMap<String, usize>,
    /// pointers of interpolated values
    holes: Vec<String>,
    /// a key's second copy in one object, with where it stands in source order
    duplicates: Vec<(usize, syn::Error)>,
}

/// Every error of a stage, combined.
#[derive(Default)]
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    fn finish<T>(self, value: T) -> syn::Result<T> {
        match self.0 {
            Some(errors) => Err(errors),
            None => Ok(value),
        }
    }
}

/// Checks the literal; a checked literal when it keeps every rule.
pub(crate) fn check(object: &Object, mode: Mode) -> syn::Result<Checked> {
    let checker = checker();
    let root = checker.schema();
    // The literal's `type` picks its body, as the schema's own `if` on `type` does.
    let body = navigate::body(root, object.flow_type());
    let mut spans = Spans::default();
    spans.members.insert(String::new(), (None, object.span));
    let mut errors = Errors::default();

    let value = object_value(
        object,
        "",
        checker,
        Some(body),
        &mut spans,
        mode,
        &mut errors,
    );
    // Reported in the literal's own order (a rule about the whole body first), as rustc reads
    // a file top to bottom; the schema check finds them in its own.
    let mut found: Vec<(usize, syn::Error)> = std::mem::take(&mut spans.duplicates);
    for violation in checker.violations(&value) {
        let pointer = violation.pointer();
        if spans
            .holes
            .iter()
            .any(|hole| pointer == hole || pointer.starts_with(&format!("{hole}/")))
        {
            continue; // the value's own type, or `try_flow!` at run time, checks it
        }
        let place = violation.place();
        let span = match spans.members.get(&place.pointer) {
            Some(&(Some(key), _)) if place.token == Token::Key => key,
            Some(&(_, value)) => value,
            None => object.span,
        };
        let at = spans.order.get(&place.pointer).copied().unwrap_or(0);
        found.push((
            at,
            syn::Error::new(
                span,
                format!("{}: {}", violation.rule(), violation.message()),
            ),
        ));
    }
    found.sort_by_key(|(at, _)| *at);
    for (_, error) in found {
        errors.push(error);
    }
    errors.finish(())?;

    let mut errors = Errors::default();
    let body = checked_object(object, root, body, &mut errors);
    errors.finish(Checked { body })
}

/// The literal as JSON. An interpolated value stands in as a valid example of its member, so
/// the rest can be checked; whether that is sound is decided here.
fn object_value(
    object: &Object,
    pointer: &str,
    checker: &Checker,
    schema: Option<&Value>,
    spans: &mut Spans,
    mode: Mode,
    errors: &mut Errors,
) -> Value {
    let mut map = Map::new();
    for member_node in &object.members {
        if map.contains_key(&member_node.key) {
            // As `validate` reads JSON text: the second copy is the mistake, at its key (the
            // first copy is the one checked).
            let at = spans.order.len() + 1;
            let message = Lang::En
                .words()
                .duplicate_key(&format!("`{}`", member_node.key));
            spans.duplicates.push((
                at,
                syn::Error::new(
                    member_node.key_span,
                    format!("{}: {message}", Rule::DuplicateKey),
                ),
            ));
            continue;
        }
        let child = format!("{pointer}/{}", escape(&member_node.key));
        spans.members.insert(
            child.clone(),
            (Some(member_node.key_span), member_node.value.span()),
        );
        let next = spans.order.len() + 1;
        spans.order.insert(child.clone(), next);
        let member_schema =
            schema.and_then(|schema| member(checker.schema(), schema, &member_node.key));
        let value = node_value(
            &member_node.value,
            &child,
            &member_node.key,
            checker,
            member_schema,
            spans,
            mode,
            errors,
        );
        map.insert(member_node.key.clone(), value);
    }
    Value::Object(map)
}

#[allow(clippy::too_many_arguments)]
fn node_value(
    node: &Node,
    pointer: &str,
    key: &str,
    checker: &Checker,
    schema: Option<&Value>,
    spans: &mut Spans,
    mode: Mode,
    errors: &mut Errors,
) -> Value {
    match node {
        Node::Null(_) => Value::Null,
        Node::Bool(value, _) => Value::Bool(*value),
        Node::Number(number, _) => Value::Number(number.clone()),
        Node::String(text, _) => Value::String(text.clone()),
        Node::Array(items, _) => {
            let item_schema = schema
                .and_then(|s| s.get("items"))
                .and_then(|s| resolve(checker.schema(), s));
            Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let child = format!("{pointer}/{i}");
                        spans.members.insert(child.clone(), (None, item.span()));
                        let next = spans.order.len() + 1;
                        spans.order.insert(child.clone(), next);
                        node_value(item, &child, key, checker, item_schema, spans, mode, errors)
                    })
                    .collect(),
            )
        }
        Node::Object(object) => object_value(object, pointer, checker, schema, spans, mode, errors),
        Node::Expr(expr) => {
            let Some(schema) = schema else {
                // An unknown key: the check reports it, at the key.
                return Value::Null;
            };
            spans.holes.push(pointer.to_owned());
            if mode == Mode::Strict
                && let Some(reason) = unsound_hole(checker, schema, key)
            {
                errors.push(syn::Error::new(
                    syn::spanned::Spanned::span(expr),
                    format!(
                        "`{key}` {reason}, so `flow!` cannot guarantee it at compile time; use \
                         `try_flow!`, which checks it when the flow is built and returns \
                         `Result<ProjectFlow, ValidationErrors>`"
                    ),
                ));
            }
            example(schema)
        }
    }
}

/// Why an interpolated value at `key` cannot be checked through its type, if it cannot.
fn unsound_hole(checker: &Checker, schema: &Value, key: &str) -> Option<&'static str> {
    if checker.is_rule_key(key) {
        return Some("takes part in a rule across fields");
    }
    let carried = schema.get("x-rust-type").is_some()
        || (schema.get("type") == Some(&Value::from("boolean")));
    if carried {
        None
    } else if schema.get("properties").is_some() {
        Some("is an object whose rules across fields depend on its value")
    } else {
        Some("has a rule that its Rust type does not carry")
    }
}

/// A valid value of a member, to stand in for an interpolated one while the rest is checked.
fn example(schema: &Value) -> Value {
    if let Some(first) = schema.get("examples").and_then(|e| e.get(0)) {
        return first.clone();
    }
    if let Some(default) = schema.get("default") {
        return default.clone();
    }
    if let Some(first) = schema.get("enum").and_then(|e| e.get(0)) {
        return first.clone();
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("boolean") => Value::Bool(false),
        Some("array") => Value::Array(Vec::new()),
        Some("integer" | "number") => schema.get("minimum").cloned().unwrap_or(Value::from(0)),
        Some("string") => Value::from("x"),
        _ => Value::Object(Map::new()),
    }
}

/// A schema that has no Rust name where `flow!` needs one: the committed schema is out of
/// step with the types (its drift test says how to regenerate it).
fn no_rust_name(span: Span, what: &str) -> syn::Error {
    syn::Error::new(
        span,
        format!(
            "the committed schema gives no Rust name for {what}; regenerate the schema (see the \
             repository's docs/generated-files.md)"
        ),
    )
}

fn rust_ident(schema: &Value, keyword: &str, span: Span) -> Option<Ident> {
    schema
        .get(keyword)
        .and_then(Value::as_str)
        .map(|name| Ident::new(name, span))
}

/// The checked form of an object whose schema (`$ref`s followed) is `schema`.
fn checked_object(
    object: &Object,
    root: &Value,
    schema: &Value,
    errors: &mut Errors,
) -> checked::Object {
    let ty = rust_ident(schema, "x-rust-type", object.span).unwrap_or_else(|| {
        errors.push(no_rust_name(object.span, "this object"));
        Ident::new("ProjectFlow", object.span)
    });
    let setters = object
        .members
        .iter()
        .filter_map(|m| {
            let written = member_as_written(schema, &m.key)?;
            // A key with no Rust field is not a builder member: `type` is fixed by the
            // builder, `$schema` is an editor hint.
            let name = rust_ident(written, "x-rust-field", m.key_span)?;
            let resolved = resolve(root, written)?;
            Some(checked::Setter {
                name,
                value: checked_value(&m.value, root, resolved, errors),
            })
        })
        .collect();
    checked::Object { ty, setters }
}

/// The checked form of a value whose schema (`$ref`s followed) is `schema`.
fn checked_value(node: &Node, root: &Value, schema: &Value, errors: &mut Errors) -> checked::Value {
    let rust_type = |span| rust_ident(schema, "x-rust-type", span);
    let types = |name: &str| match schema.get("type") {
        Some(Value::String(one)) => one == name,
        Some(Value::Array(many)) => many.iter().any(|t| t == name),
        _ => false,
    };
    match node {
        Node::Expr(expr) => checked::Value::Expr(expr.clone()),
        Node::Null(span) => checked::Value::None(*span),
        Node::Bool(value, span) => checked::Value::Bool(*value, *span),
        Node::Number(number, span) => {
            let ty = rust_type(*span);
            if types("integer") {
                // JSON Schema counts `3.0` as a whole number too; the check has run.
                let whole = number.as_u64().or_else(|| {
                    number
                        .as_f64()
                        .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= 9_007_199_254_740_992.0)
                        .map(|f| {
                            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                            let whole = f as u64;
                            whole
                        })
                });
                let Some(value) = whole else {
                    errors.push(syn::Error::new(*span, "expected a whole number"));
                    return checked::Value::None(*span);
                };
                checked::Value::Integer {
                    ty,
                    value,
                    span: *span,
                }
            } else {
                let Some(value) = number.as_f64() else {
                    errors.push(syn::Error::new(*span, "expected a number"));
                    return checked::Value::None(*span);
                };
                checked::Value::Number {
                    ty,
                    value,
                    span: *span,
                }
            }
        }
        Node::String(text, span) => {
            let value = match (
                rust_type(*span),
                schema.get("enum").and_then(Value::as_array),
            ) {
                (Some(ty), Some(wire)) => {
                    let variant = wire
                        .iter()
                        .position(|w| w.as_str() == Some(text))
                        .and_then(|i| schema.get("x-rust-variant")?.get(i)?.as_str());
                    let Some(variant) = variant else {
                        errors.push(no_rust_name(*span, &format!("the value `{text}`")));
                        return checked::Value::None(*span);
                    };
                    checked::Value::Variant {
                        ty,
                        variant: Ident::new(variant, *span),
                    }
                }
                (ty, _) => checked::Value::String {
                    ty,
                    text: text.clone(),
                    span: *span,
                },
            };
            if types("null") {
                checked::Value::Some(Box::new(value), *span)
            } else {
                value
            }
        }
        Node::Array(items, span) => {
            let item_schema = schema
                .get("items")
                .and_then(|items| resolve(root, items))
                .unwrap_or(&Value::Null);
            checked::Value::Array(
                items
                    .iter()
                    .map(|item| checked_value(item, root, item_schema, errors))
                    .collect(),
                *span,
            )
        }
        Node::Object(object) => {
            checked::Value::Object(checked_object(object, root, schema, errors))
        }
    }
}
