//! A body as its meaning, for comparing: the keys the body type has (Verifik's own keys, and
//! those a record's type has no place for, left out), every object present filled with its
//! documented defaults (the schema's `default`), numbers in one form (`0.80` is `0.8`, `3.0` is
//! `3`), and the arrays whose items the rules keep unique sorted (they compare as sets).

use serde_json::{Map, Value};

/// The definition of a body type in the schema: `ProjectFlow` or `LoginFlow`.
pub(crate) fn body_schema(flow_type: &str) -> &'static Value {
    let kind = if flow_type == crate::FlowType::Login.as_str() {
        "LoginFlow"
    } else {
        "ProjectFlow"
    };
    &crate::schema()["definitions"][kind]
}

/// `node` with `$ref` (directly, or as the one entry of an `allOf`) followed.
fn resolve(node: &'static Value) -> &'static Value {
    let root = crate::schema();
    let reference = node.get("$ref").or_else(|| {
        node.get("allOf")
            .and_then(Value::as_array)
            .filter(|all| all.len() == 1)
            .and_then(|all| all[0].get("$ref"))
    });
    match reference.and_then(Value::as_str) {
        Some(reference) => reference
            .strip_prefix("#/")
            .map_or(node, |path| path.split('/').fold(root, |at, key| &at[key])),
        None => node,
    }
}

/// Whether a member of an object's `properties` is one of the other flow type's keys, which
/// stand there only to be refused.
fn is_refused(member: &Value) -> bool {
    member.get("not").is_some() && member.get("x-rule").is_some()
}

/// Whether `null` is a value the member takes (`webhook: null`), rather than "not set".
fn allows_null(member: &Value) -> bool {
    match member.get("type") {
        Some(Value::Array(types)) => types.iter().any(|t| t == "null"),
        Some(Value::String(t)) => t == "null",
        _ => false,
    }
}

/// The members an object schema declares, without the refused ones and the editor hint.
fn members(schema: &'static Value) -> impl Iterator<Item = (&'static String, &'static Value)> {
    resolve(schema)
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(key, member)| key.as_str() != "$schema" && !is_refused(member))
}

/// `value` as its meaning under `schema` (see the module).
pub(crate) fn normal(value: &Value, schema: &'static Value) -> Value {
    shaped(value, schema, true)
}

/// `value` with only the keys its body type has (Verifik's own keys left out), numbers in one
/// form and sets sorted; each object's defaults filled in when `fill`.
pub(crate) fn shaped(value: &Value, schema: &'static Value, fill: bool) -> Value {
    let schema = resolve(schema);
    match value {
        Value::Object(object) if schema.get("properties").is_some() => {
            let mut out = Map::new();
            for (key, member) in members(schema) {
                match object.get(key) {
                    // `null` where the member takes no `null`: "not set", as Verifik writes it.
                    Some(Value::Null) if !allows_null(member) => {}
                    Some(found) => {
                        out.insert(key.clone(), shaped(found, member, fill));
                    }
                    None => {
                        if let Some(default) = member.get("default").filter(|_| fill) {
                            out.insert(key.clone(), shaped(default, member, fill));
                        }
                    }
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => {
            let item_schema = schema.get("items");
            let mut items: Vec<Value> = items
                .iter()
                .map(|item| match item_schema {
                    Some(item_schema) => shaped(item, item_schema, fill),
                    None => number_form(item),
                })
                .collect();
            let is_set = schema.get("uniqueItems") == Some(&Value::Bool(true))
                || schema.get(verifik_flow_rules::UNIQUE_KEYS).is_some();
            if is_set {
                items.sort_by_cached_key(Value::to_string);
            }
            Value::Array(items)
        }
        other => number_form(other),
    }
}

/// A number in one form: a whole number as an integer, else as written in `f64`.
fn number_form(value: &Value) -> Value {
    match value {
        Value::Number(n) => match n.as_f64() {
            #[allow(clippy::cast_possible_truncation)] // checked: whole and within range
            Some(x) if n.is_f64() && x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 => {
                Value::from(x as i64)
            }
            _ => value.clone(),
        },
        Value::Array(items) => Value::Array(items.iter().map(number_form).collect()),
        Value::Object(object) => Value::Object(
            object
                .iter()
                .map(|(k, v)| (k.clone(), number_form(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn meaning_not_text() {
        let schema = body_schema("onboarding");
        let a = normal(
            &json!({
                "project": "65b03015c03e1a1b595fe61c", "type": "onboarding", "name": "x",
                "target": "personal", "status": "draft",
                "liveness": { "minScore": 0.80, "attemptLimit": 3.0 },
                "documents": { "verificationMethods": ["scan", "SCAN_PROMPT"] },
            }),
            schema,
        );
        let b = normal(
            &json!({
                "_id": "x", "__v": 0, "client": "y", "loginSettings": null,
                "allowedCountries": [], "redirectUrl": "",
                "status": "draft", "target": "personal", "name": "x", "type": "onboarding",
                "project": "65b03015c03e1a1b595fe61c",
                "liveness": { "_id": "z", "minScore": 0.8, "attemptLimit": 3,
                              "searchMode": "FAST", "kycType": "traditional" },
                "documents": { "verificationMethods": ["SCAN_PROMPT", "scan"], "attemptLimit": 3 },
            }),
            schema,
        );
        assert_eq!(a, b);
        assert_eq!(
            a["liveness"]["searchMinScore"],
            json!(0.8),
            "defaults filled in"
        );
    }
}
