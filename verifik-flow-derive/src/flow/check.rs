//! Check stage: the literal against the committed schema, with the rules engine `validate`
//! uses at run time, so a violation reads the same. Each violation becomes an error at the
//! token it is about; every one is reported.

use std::collections::BTreeMap;

use proc_macro2::Span;
use serde_json::{Map, Value};
use verifik_flow_rules::{Anchor, Rule, escape};

use super::ast::{Node, Object};
use super::schema::{checker, member, resolve, rule_keys, trigger};

/// How strict the check is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
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
    /// pointers of interpolated values
    holes: Vec<String>,
}

/// Checks the literal; `Ok` when it may be expanded.
pub(crate) fn check(object: &Object, mode: Mode) -> syn::Result<()> {
    let checker = checker().map_err(|message| syn::Error::new(object.span, message))?;
    let root = checker.schema();
    let mut spans = Spans::default();
    spans.members.insert(String::new(), (None, object.span));
    let mut errors: Option<syn::Error> = None;
    let mut push = |error: syn::Error| match &mut errors {
        Some(all) => all.combine(error),
        None => errors = Some(error),
    };

    let value = object_value(object, "", root, Some(root), &mut spans, mode, &mut push);
    for violation in checker.violations(&value) {
        let pointer = violation.pointer();
        if spans
            .holes
            .iter()
            .any(|hole| pointer == hole || pointer.starts_with(&format!("{hole}/")))
        {
            continue; // the value's own type, or `try_flow!` at run time, checks it
        }
        let span = locate(root, &spans, pointer, violation.rule(), violation.anchor());
        push(syn::Error::new(
            span,
            format!("{}: {}", violation.rule(), violation.message()),
        ));
    }
    match errors {
        Some(errors) => Err(errors),
        None => Ok(()),
    }
}

/// The literal as JSON. An interpolated value stands in as a valid example of its member, so
/// the rest can be checked; whether that is sound is decided here.
fn object_value(
    object: &Object,
    pointer: &str,
    root: &Value,
    schema: Option<&Value>,
    spans: &mut Spans,
    mode: Mode,
    push: &mut impl FnMut(syn::Error),
) -> Value {
    let mut map = Map::new();
    for member_node in &object.members {
        let child = format!("{pointer}/{}", escape(&member_node.key));
        spans.members.insert(
            child.clone(),
            (Some(member_node.key_span), member_node.value.span()),
        );
        let member_schema = schema.and_then(|schema| member(root, schema, &member_node.key));
        let value = node_value(
            &member_node.value,
            &child,
            &member_node.key,
            root,
            member_schema,
            spans,
            mode,
            push,
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
    root: &Value,
    schema: Option<&Value>,
    spans: &mut Spans,
    mode: Mode,
    push: &mut impl FnMut(syn::Error),
) -> Value {
    match node {
        Node::Null(_) => Value::Null,
        Node::Bool(value, _) => Value::Bool(*value),
        Node::Number(number, _) => Value::Number(number.clone()),
        Node::String(text, _) => Value::String(text.clone()),
        Node::Array(items, _) => {
            let item_schema = schema
                .and_then(|s| s.get("items"))
                .and_then(|s| resolve(root, s));
            Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let child = format!("{pointer}/{i}");
                        spans.members.insert(child.clone(), (None, item.span()));
                        node_value(item, &child, key, root, item_schema, spans, mode, push)
                    })
                    .collect(),
            )
        }
        Node::Object(object) => object_value(object, pointer, root, schema, spans, mode, push),
        Node::Expr(expr) => {
            let Some(schema) = schema else {
                // An unknown key: the check reports it, at the key.
                return Value::Null;
            };
            spans.holes.push(pointer.to_owned());
            if mode == Mode::Strict
                && let Some(reason) = unsound_hole(root, schema, key)
            {
                push(syn::Error::new(
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
fn unsound_hole(root: &Value, schema: &Value, key: &str) -> Option<String> {
    if rule_keys(root).contains(key) {
        return Some("takes part in a rule across fields".to_owned());
    }
    let carried = schema.get("x-rust-type").is_some()
        || (schema.get("type") == Some(&Value::from("boolean")));
    if carried {
        None
    } else if super::schema::reference(schema).is_some() || schema.get("properties").is_some() {
        Some("is an object whose rules across fields depend on its value".to_owned())
    } else {
        Some("has a rule that its Rust type does not carry".to_owned())
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

/// The span a violation is reported at: an unknown key at the key, a bad value at the value,
/// a missing key at the braces of its object, a rule across fields at the key that triggers
/// it.
fn locate(root: &Value, spans: &Spans, pointer: &str, rule: Rule, anchor: Anchor) -> Span {
    let Some(&(key_span, value_span)) = spans.members.get(pointer) else {
        return spans
            .members
            .get("")
            .map_or_else(Span::call_site, |(_, span)| *span);
    };
    if anchor == Anchor::Key {
        return key_span.unwrap_or(value_span);
    }
    if rule.is_cross_field() {
        if let Some(path) = trigger(root, rule.name()) {
            let mut at = pointer.to_owned();
            let mut best = None;
            for key in path {
                at = format!("{at}/{}", escape(&key));
                if let Some((Some(span), _)) = spans.members.get(&at) {
                    best = Some(*span);
                }
            }
            if let Some(span) = best {
                return span;
            }
        }
        if let Some(span) = key_span {
            return span;
        }
    }
    value_span
}
