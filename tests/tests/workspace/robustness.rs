//! Whatever the input, validation answers with a result: no panic, no hang, and the text and
//! value entry points agree.

use proptest::prelude::*;
use serde_json::Value;
use verifik_flow::{Rule, validate, validate_str};
use verifik_flow_tests::{corpus, read, read_json};

fn seed() -> String {
    read("tests/corpus/valid/source-page.json")
}

/// Edits of the seed body: a byte range replaced by an arbitrary string.
fn edited_seed() -> impl Strategy<Value = String> {
    let seed = seed();
    let len = seed.len();
    (0..len, 0..8usize, ".{0,6}").prop_map(move |(at, cut, insert)| {
        let mut text = seed.clone();
        let mut start = at;
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + cut).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.replace_range(start..end, &insert);
        text
    })
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-10.0f64..10.0).prop_map(Value::from),
        prop_oneof![
            Just("FAST".to_owned()),
            Just("onboarding".to_owned()),
            Just("65b03015c03e1a1b595fe61c".to_owned()),
            ".{0,12}"
        ]
        .prop_map(Value::from),
    ];
    let keys = prop_oneof![
        Just("project".to_owned()),
        Just("liveness".to_owned()),
        Just("minScore".to_owned()),
        Just("steps".to_owned()),
        Just("document".to_owned()),
        Just("signUpForm".to_owned()),
        Just("documents".to_owned()),
        Just("documentTypes".to_owned()),
        "[a-zA-Z]{1,10}"
    ];
    leaf.prop_recursive(6, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map(keys.clone(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Every leaf of `value`, as a JSON pointer.
fn leaves(value: &Value, pointer: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                leaves(
                    child,
                    &format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                leaves(child, &format!("{pointer}/{i}"), out);
            }
        }
        _ => out.push(pointer.to_owned()),
    }
}

/// The seed body with one leaf replaced by an arbitrary value: mostly near-valid bodies, which
/// exercise the schema's rules rather than its first `type`.
fn mutated_seed() -> impl Strategy<Value = Value> {
    let seed: Value = serde_json::from_str(&seed()).unwrap();
    let mut pointers = Vec::new();
    leaves(&seed, "", &mut pointers);
    (0..pointers.len(), json_value()).prop_map(move |(at, leaf)| {
        let mut body = seed.clone();
        if let Some(slot) = body.pointer_mut(&pointers[at]) {
            *slot = leaf;
        }
        body
    })
}

/// Every member name and every string literal (`enum`, `const`) of the schema: the words a
/// near-valid body is made of.
fn schema_words(node: &Value, names: &mut Vec<String>, literals: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            for (key, value) in map {
                match key.as_str() {
                    "properties" => {
                        names.extend(
                            value
                                .as_object()
                                .into_iter()
                                .flatten()
                                .map(|(k, _)| k.clone()),
                        );
                    }
                    "enum" | "const" => {
                        let values = value
                            .as_array()
                            .cloned()
                            .unwrap_or_else(|| vec![value.clone()]);
                        literals.extend(values.iter().filter_map(Value::as_str).map(str::to_owned));
                        continue;
                    }
                    _ => {}
                }
                schema_words(value, names, literals);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| schema_words(v, names, literals)),
        _ => {}
    }
}

/// A valid corpus body of either flow type, one edit away: a node replaced or removed, an
/// object given a member named as some member of the schema, a list given one more item or
/// a copy of one of its items.
fn edited_valid_body() -> impl Strategy<Value = Value> {
    let bodies: Vec<Value> = corpus("valid")
        .iter()
        .map(|name| read_json(format!("tests/corpus/valid/{name}.json")))
        .collect();
    let (mut names, mut literals) = (Vec::new(), Vec::new());
    schema_words(verifik_flow::schema(), &mut names, &mut literals);
    names.sort();
    names.dedup();
    literals.sort();
    literals.dedup();
    let value = prop_oneof![
        json_value(),
        prop::sample::select(literals).prop_map(Value::from),
        Just(Value::Array(Vec::new())),
        Just(serde_json::json!({})),
    ];
    (
        prop::sample::select(bodies),
        any::<prop::sample::Index>(),
        0..5u8,
        prop::sample::select(names),
        value,
    )
        .prop_map(|(mut body, at, edit, name, value)| {
            let mut nodes = Vec::new();
            every_node(&body, "", &mut nodes);
            let pointer = at.get(&nodes).clone();
            match edit {
                0 => {
                    if let Some(slot) = body.pointer_mut(&pointer) {
                        *slot = value;
                    }
                }
                1 => {
                    if let Some((parent, last)) = pointer.rsplit_once('/') {
                        match body.pointer_mut(parent) {
                            Some(Value::Object(map)) => {
                                map.remove(&last.replace("~1", "/").replace("~0", "~"));
                            }
                            Some(Value::Array(items)) => {
                                if let Ok(i) = last.parse::<usize>() {
                                    items.remove(i);
                                }
                            }
                            _ => {}
                        }
                    }
                }
                2 => {
                    if let Some(Value::Object(map)) = body.pointer_mut(&pointer) {
                        map.insert(name, value);
                    }
                }
                3 => {
                    if let Some(Value::Array(items)) = body.pointer_mut(&pointer) {
                        items.push(value);
                    }
                }
                _ => {
                    if let Some(Value::Array(items)) = body.pointer_mut(&pointer)
                        && let Some(first) = items.first().cloned()
                    {
                        items.push(first);
                    }
                }
            }
            body
        })
}

/// Every node of `value` (the root included), as a JSON pointer.
fn every_node(value: &Value, pointer: &str, out: &mut Vec<String>) {
    out.push(pointer.to_owned());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let key = key.replace('~', "~0").replace('/', "~1");
                every_node(child, &format!("{pointer}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                every_node(child, &format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The fast path of text validation (a borrowed document, checked by the code generated
    /// from the schema) gives the verdict the `Value` path gives, and the same body.
    #[test]
    fn the_borrowed_document_and_the_value_agree(body in mutated_seed()) {
        let checker = verifik_flow_rules::checker();
        let text = serde_json::to_string_pretty(&body).unwrap();
        let document = verifik_flow_rules::Document::parse(&text).unwrap();
        prop_assert_eq!(document.to_value(), body.clone());
        prop_assert_eq!(checker.is_valid_document(&document), checker.is_valid(&body));
        prop_assert_eq!(validate_str(&text).ok(), validate(&body).ok());
    }

    /// The generated check and jsonschema agree one edit away from every valid body, of both
    /// flow types: where the rules are.
    #[test]
    fn the_generated_check_agrees_with_jsonschema(body in edited_valid_body()) {
        let checker = verifik_flow_rules::checker();
        let text = serde_json::to_string(&body).unwrap();
        let document = verifik_flow_rules::Document::parse(&text).unwrap();
        prop_assert_eq!(
            checker.is_valid_document(&document),
            checker.is_valid(&body),
            "{}",
            text
        );
    }

    #[test]
    fn arbitrary_text_gets_an_answer(text in ".{0,200}") {
        let _ = validate_str(&text);
    }

    #[test]
    fn edited_bodies_get_located_answers_and_agree_with_validate(text in edited_seed()) {
        match validate_str(&text) {
            Ok(flow) => {
                let value: Value = serde_json::from_str(&text).unwrap();
                prop_assert_eq!(validate(&value).unwrap(), flow);
            }
            Err(errors) => {
                for violation in &errors {
                    let at = violation.location().expect("text violations are located");
                    prop_assert!(at.line >= 1 && at.column >= 1);
                    prop_assert!(at.offset <= text.len());
                    prop_assert!(!violation.message().is_empty());
                }
                // Where the text is JSON without duplicate keys, `validate` refuses it too.
                let structural = errors.iter().any(|v| matches!(v.rule(), Rule::Syntax | Rule::DuplicateKey));
                if !structural {
                    let value: Value = serde_json::from_str(&text).unwrap();
                    prop_assert!(validate(&value).is_err());
                }
            }
        }
    }

    #[test]
    fn arbitrary_values_get_an_answer_and_valid_ones_round_trip(value in json_value()) {
        if let Ok(flow) = validate(&value) {
            prop_assert_eq!(serde_json::to_value(&flow).unwrap(), value);
        }
    }
}
