//! Reading the schema: `$ref`s, the members of an object, the keys rules across fields speak
//! of and the key that triggers each. The one place that walks the schema's structure, for the
//! checker's placement of violations and for the `flow!` macro.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::Rule;

/// The schema of an object's member `key`, with `$ref`s followed; `None` for an unknown key.
pub fn member<'s>(root: &'s Value, object: &'s Value, key: &str) -> Option<&'s Value> {
    resolve(root, object.get("properties")?.get(key)?)
}

/// The schema of an object's member `key` as written (a `$ref` is not followed): where the
/// member's own annotations (`x-rust-field`) stand.
pub fn member_as_written<'s>(object: &'s Value, key: &str) -> Option<&'s Value> {
    object.get("properties")?.get(key)
}

/// Follows `$ref` (also inside a one-entry `allOf`, as schemars writes a described `$ref`).
pub fn resolve<'s>(root: &'s Value, schema: &'s Value) -> Option<&'s Value> {
    if let Some(reference) = reference(schema) {
        let name = reference.strip_prefix("#/definitions/")?;
        return root.get("definitions")?.get(name);
    }
    Some(schema)
}

/// The `$ref` of a schema (also inside a one-entry `allOf`).
pub fn reference(schema: &Value) -> Option<&str> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return Some(reference);
    }
    let all_of = schema.get("allOf")?.as_array()?;
    match all_of.as_slice() {
        [only] => only.get("$ref").and_then(Value::as_str),
        _ => None,
    }
}

/// The name of the definition a schema refers to (`Liveness`): the Rust type of a nested
/// object.
pub fn definition_name(schema: &Value) -> Option<&str> {
    reference(schema)?.strip_prefix("#/definitions/")
}

/// Every key a rule across fields speaks of.
pub(crate) fn rule_keys(root: &Value) -> BTreeSet<String> {
    fn collect_rules(node: &Value, keys: &mut BTreeSet<String>) {
        match node {
            Value::Object(map) => {
                if map.contains_key("x-rule") {
                    collect_keys(node, keys);
                }
                map.values().for_each(|child| collect_rules(child, keys));
            }
            Value::Array(items) => items.iter().for_each(|child| collect_rules(child, keys)),
            _ => {}
        }
    }
    fn collect_keys(node: &Value, keys: &mut BTreeSet<String>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::Object(properties)) = map.get("properties") {
                    keys.extend(properties.keys().cloned());
                }
                if let Some(Value::Array(required)) = map.get("required") {
                    keys.extend(required.iter().filter_map(Value::as_str).map(str::to_owned));
                }
                map.values().for_each(|child| collect_keys(child, keys));
            }
            Value::Array(items) => items.iter().for_each(|child| collect_keys(child, keys)),
            _ => {}
        }
    }
    let mut keys = BTreeSet::new();
    collect_rules(root, &mut keys);
    keys
}

/// For each rule across fields, the keys of its `if`, from the outside in: `["steps",
/// "document"]` for D1. A violation of the rule is shown at the innermost of them that the
/// body has.
pub(crate) fn triggers(root: &Value) -> BTreeMap<Rule, Vec<String>> {
    fn visit(node: &Value, found: &mut BTreeMap<Rule, Vec<String>>) {
        match node {
            Value::Object(map) => {
                if let Some(rule) = map
                    .get("x-rule")
                    .and_then(Value::as_str)
                    .and_then(Rule::from_name)
                    && let Some(condition) = map.get("if")
                {
                    found.entry(rule).or_insert_with(|| trigger(condition));
                }
                map.values().for_each(|child| visit(child, found));
            }
            Value::Array(items) => items.iter().for_each(|child| visit(child, found)),
            _ => {}
        }
    }
    let mut found = BTreeMap::new();
    visit(root, &mut found);
    found.retain(|_, path| !path.is_empty());
    found
}

fn trigger(mut condition: &Value) -> Vec<String> {
    let mut path = Vec::new();
    while let Some(key) = condition
        .get("required")
        .and_then(Value::as_array)
        .and_then(|required| required.first())
        .and_then(Value::as_str)
    {
        path.push(key.to_owned());
        match condition.get("properties").and_then(|p| p.get(key)) {
            Some(next) => condition = next,
            None => break,
        }
    }
    path
}

/// The schema of the body a flow of this `type` has: the root's `if` on `type` picks the
/// `then` or the `else` definition (the schema's own choice, read, not repeated). A root with
/// no such `if` is the body itself.
pub fn body<'s>(root: &'s Value, flow_type: Option<&str>) -> &'s Value {
    let Some(condition) = root.get("if") else {
        return root;
    };
    let expected = condition
        .get("properties")
        .and_then(|p| p.get("type"))
        .and_then(|t| t.get("const"))
        .and_then(Value::as_str);
    let branch = if flow_type.is_some() && flow_type == expected {
        "then"
    } else {
        "else"
    };
    root.get(branch)
        .and_then(|branch| resolve(root, branch))
        .unwrap_or(root)
}

/// Whether `key` is a member of `body` (a body's definition, as [`body`] gives it) in its own
/// right: listed in its `properties` and not as a key of the other flow type, which the
/// schema lists only to refuse it (`flow-type-key`).
pub fn is_member(body: &Value, key: &str) -> bool {
    body.get("properties")
        .and_then(|properties| properties.get(key))
        .is_some_and(|member| {
            member.get("x-rule").and_then(Value::as_str) != Some(Rule::FlowTypeKey.name())
        })
}
