//! The committed schema, as the macro reads it: compiled once per compiler process, and
//! walked to find what each key of a literal is.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde_json::Value;
use verifik_flow_rules::Checker;

/// The committed schema file; `include_str!` makes a change to it rebuild the macro.
const SCHEMA: &str = include_str!("../../../schema/project-flow.schema.json");

/// The checker of the committed schema, built once per compiler process (a process-wide
/// cache: rust-analyzer expands on fresh threads).
pub(crate) fn checker() -> Result<&'static Checker, String> {
    static CHECKER: OnceLock<Result<Checker, String>> = OnceLock::new();
    CHECKER
        .get_or_init(|| {
            let schema: Value = serde_json::from_str(SCHEMA)
                .map_err(|error| format!("the committed schema is not JSON: {error}"))?;
            Checker::new(schema)
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The schema of an object's member `key`, with `$ref`s followed; `None` for an unknown key.
pub(crate) fn member<'s>(root: &'s Value, object: &'s Value, key: &str) -> Option<&'s Value> {
    resolve(root, object.get("properties")?.get(key)?)
}

/// Follows `$ref` (also inside a one-entry `allOf`, as schemars writes a described `$ref`).
pub(crate) fn resolve<'s>(root: &'s Value, schema: &'s Value) -> Option<&'s Value> {
    if let Some(reference) = reference(schema) {
        let name = reference.strip_prefix("#/definitions/")?;
        return root.get("definitions")?.get(name);
    }
    Some(schema)
}

/// The name of the definition a schema refers to: the Rust type of a nested object.
pub(crate) fn reference(schema: &Value) -> Option<&str> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return Some(reference);
    }
    let all_of = schema.get("allOf")?.as_array()?;
    match all_of.as_slice() {
        [only] => only.get("$ref").and_then(Value::as_str),
        _ => None,
    }
}

/// Every key a cross-field rule speaks of: an interpolated value there cannot be checked at
/// compile time.
pub(crate) fn rule_keys(root: &Value) -> &'static BTreeSet<String> {
    static KEYS: OnceLock<BTreeSet<String>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys = BTreeSet::new();
        collect_rules(root, &mut keys);
        keys
    })
}

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

/// The keys of a rule's `if`, from the outside in: `["steps", "document"]` for D1. The key a
/// cross-field violation is reported at.
pub(crate) fn trigger(root: &Value, rule: &str) -> Option<Vec<String>> {
    fn find<'v>(node: &'v Value, rule: &str) -> Option<&'v Value> {
        match node {
            Value::Object(map) => {
                if map.get("x-rule").and_then(Value::as_str) == Some(rule) {
                    return Some(node);
                }
                map.values().find_map(|child| find(child, rule))
            }
            Value::Array(items) => items.iter().find_map(|child| find(child, rule)),
            _ => None,
        }
    }
    let mut condition = find(root, rule)?.get("if")?;
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
    (!path.is_empty()).then_some(path)
}
