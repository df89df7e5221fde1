//! The committed schema is what the code generates, and the code checks what it says.

use serde_json::Value;
use verifik_flow::{Rule, schema, schema_text};
use verifik_flow_codegen::{
    fast_check_source, schema_text as generated_schema_text, spanish_schema_text,
};
use verifik_flow_tests::root;

const REGENERATE: &str = "UPDATE_EXPECT=1 TRYBUILD=overwrite cargo test --workspace --all-features";

/// rust-analyzer's `ensure_file_contents`: with `UPDATE_EXPECT=1` the copies are rewritten.
/// The one producer writes two copies of each edition (English, and Spanish): `schema/` (what
/// editors, tools and the README point at) and the one `verifik-flow-rules` ships inside its
/// package (what the library and `flow!` read), so each crate packages what it reads; and the
/// fast check generated from the English one.
#[test]
fn the_committed_schema_is_up_to_date() {
    let schema_text = generated_schema_text();
    let fast_check = fast_check_source(&serde_json::from_str(&schema_text).unwrap());
    // Its texts all in the catalogue: `every_text_of_the_schema_has_its_spanish` lists any not.
    let spanish = spanish_schema_text().unwrap_or_default();
    let mut stale = Vec::new();
    for (copy, expected) in [
        ("schema/project-flow.schema.json", &schema_text),
        (
            "verifik-flow-rules/schema/project-flow.schema.json",
            &schema_text,
        ),
        ("schema/project-flow.schema.es.json", &spanish),
        (
            "verifik-flow-rules/schema/project-flow.schema.es.json",
            &spanish,
        ),
        ("verifik-flow-rules/src/fast/generated.rs", &fast_check),
    ] {
        let path = root().join(copy);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed == *expected {
            continue;
        }
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&path, expected).unwrap();
            eprintln!("updated {}", path.display());
        } else {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "{} stale: the types or rules changed since it was generated.\n\
         Regenerate with `{REGENERATE}` and commit the result.",
        stale.join(" and ")
    );
}

#[test]
fn the_schema_text_is_deterministic() {
    // Generated twice, the text is the same; and `schema()` is that text.
    let first = generated_schema_text();
    assert_eq!(first, generated_schema_text());
    assert_eq!(
        serde_json::from_str::<Value>(schema_text()).unwrap(),
        *schema()
    );
}

fn all_nodes<'a>(value: &'a Value, out: &mut Vec<&'a serde_json::Map<String, Value>>) {
    match value {
        Value::Object(map) => {
            out.push(map);
            map.values().for_each(|v| all_nodes(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| all_nodes(v, out)),
        _ => {}
    }
}

/// The rules across fields are one list (`Rule::is_cross_field`): each is in the schema (an
/// `x-rule` there), and every other `x-rule` of the schema is `flow-type-key`.
#[test]
fn every_cross_field_rule_of_spec_is_in_the_schema() {
    let mut nodes = Vec::new();
    all_nodes(schema(), &mut nodes);
    let mut rules: std::collections::BTreeSet<&str> = nodes
        .iter()
        .filter_map(|n| n.get("x-rule")?.as_str())
        .collect();
    // The other flow type's keys are marked `x-rule` too (`flow-type-key`): one key, no rule
    // across fields.
    assert!(rules.remove(Rule::FlowTypeKey.name()));
    let cross_field: std::collections::BTreeSet<&str> = Rule::ALL
        .iter()
        .filter(|rule| rule.is_cross_field())
        .map(|rule| rule.name())
        .collect();
    assert!(cross_field.len() >= 19, "{cross_field:?}");
    assert_eq!(rules, cross_field);
    // Each rule states its message for editors.
    for node in nodes.iter().filter(|n| n.contains_key("x-rule")) {
        assert!(
            node.get("errorMessage")
                .and_then(Value::as_str)
                .is_some_and(|m| !m.is_empty())
        );
    }
}

#[test]
fn every_property_has_a_title_and_a_description() {
    let schema = schema();
    let mut objects = vec![("", schema)];
    for (name, definition) in schema["definitions"].as_object().unwrap() {
        objects.push((name, definition));
    }
    for (name, object) in objects {
        for (key, property) in object["properties"].as_object().unwrap() {
            for annotation in ["title", "description", "markdownDescription"] {
                assert!(
                    property
                        .get(annotation)
                        .and_then(Value::as_str)
                        .is_some_and(|s| !s.is_empty()),
                    "{name}.{key} has no {annotation}"
                );
            }
        }
    }
}

#[test]
fn every_enum_value_is_described() {
    let mut nodes = Vec::new();
    all_nodes(schema(), &mut nodes);
    let enums: Vec<_> = nodes
        .iter()
        .filter(|n| n.contains_key("enumDescriptions"))
        .collect();
    assert!(enums.len() >= 10);
    for node in enums {
        assert_eq!(
            node["enum"].as_array().unwrap().len(),
            node["enumDescriptions"].as_array().unwrap().len()
        );
    }
}

#[test]
fn the_defaults_of_spec_are_in_the_schema() {
    let d = &schema()["definitions"];
    let cases = [
        (
            &d["SignUpForm"]["properties"]["fullName"]["default"],
            Value::from(true),
        ),
        (
            &d["SignUpForm"]["properties"]["fullNameStyle"]["default"],
            Value::from("separate"),
        ),
        (
            &d["SignUpForm"]["properties"]["phoneGateway"]["default"],
            Value::from("sms"),
        ),
        (
            &d["Documents"]["properties"]["attemptLimit"]["default"],
            Value::from(3),
        ),
        (
            &d["Liveness"]["properties"]["minScore"]["default"],
            Value::from(0.65),
        ),
        (
            &d["Liveness"]["properties"]["searchMinScore"]["default"],
            Value::from(0.8),
        ),
        (
            &d["Liveness"]["properties"]["compareMinScore"]["default"],
            Value::from(0.85),
        ),
        (
            &d["Liveness"]["properties"]["kycType"]["default"],
            Value::from("traditional"),
        ),
        (
            &d["Steps"]["properties"]["document"]["default"],
            Value::from("skip"),
        ),
        (
            &d["Integrations"]["properties"]["source"]["default"],
            Value::from("NONE"),
        ),
        (
            &d["Integrations"]["properties"]["webhook"]["default"],
            Value::Null,
        ),
    ];
    for (i, (found, expected)) in cases.into_iter().enumerate() {
        assert_eq!(*found, expected, "case {i}");
    }
}

#[test]
fn the_editor_snippet_is_a_valid_body() {
    let snippet = &schema()["defaultSnippets"][0]["body"];
    verifik_flow::validate(snippet).unwrap();
}

/// Ready for `SchemaStore`'s catalog: a stable absolute `$id` (a URN until the schema has a web
/// home), a title, and the catalog entry's file names are the ones the pre-commit hooks and the
/// README use.
#[test]
fn the_schema_and_its_catalog_entry_are_ready_for_schemastore() {
    let schema = schema();
    let id = schema["$id"].as_str().unwrap();
    assert_eq!(id, verifik_flow::SCHEMA_ID);
    assert!(id.starts_with("urn:"), "{id}");
    assert!(!schema["title"].as_str().unwrap().is_empty());

    let entry: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schema/schemastore-catalog-entry.json")).unwrap(),
    )
    .unwrap();
    for key in ["name", "description", "url"] {
        assert!(entry[key].as_str().is_some_and(|v| !v.is_empty()), "{key}");
    }
    let names: Vec<&str> = entry["fileMatch"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(names, ["verifik-flow.json", "*.verifik-flow.json"]);
    let hooks = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    assert!(
        hooks.contains(r"files: (^|/)([^/]+\.)?verifik-flow\.json$"),
        "{hooks}"
    );
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for name in names {
        assert!(
            readme.contains(&format!("\"{name}\"")),
            "the README does not map {name}"
        );
    }
}

/// What only VS Code reads has a portable counterpart: every `markdownDescription` a plain
/// `description`, every `markdownEnumDescriptions` the plain `enumDescriptions` and `JetBrains`'
/// `x-intellij-enum-metadata`, one entry a value.
#[test]
fn editor_only_annotations_have_portable_counterparts() {
    let mut nodes = Vec::new();
    all_nodes(schema(), &mut nodes);
    let mut enums = 0;
    for node in nodes {
        if node.contains_key("markdownDescription") {
            assert!(node.contains_key("description"), "{node:?}");
        }
        if let Some(markdown) = node.get("markdownEnumDescriptions") {
            enums += 1;
            assert_eq!(node.get("enumDescriptions"), Some(markdown));
            let values = node["enum"].as_array().unwrap();
            let metadata = node["x-intellij-enum-metadata"].as_object().unwrap();
            // `null` (of a nullable enum) is described, but JetBrains' keys are strings.
            assert_eq!(
                metadata.len(),
                values.iter().filter(|v| v.is_string()).count()
            );
            for (value, text) in values.iter().zip(markdown.as_array().unwrap()) {
                if let Some(value) = value.as_str() {
                    assert_eq!(&metadata[value]["description"], text);
                }
            }
        }
    }
    assert!(enums >= 10, "{enums}");
}

/// Each default is the member's, declared once (`#[builder(default = ...)]`, which its
/// `<member>_or_default()` returns): the committed schema's `default` of every member is that
/// value, and no member has a `default` that its body does not declare. (The same enum or score
/// defaults differently in two bodies: `emailGateway`, `phoneGateway`, `searchMinScore`.)
#[test]
fn every_schema_default_is_the_members_declared_default() {
    macro_rules! declared {
        ($($ty:ident),*) => {
            [$((stringify!($ty), verifik_flow::$ty::__defaults())),*]
        };
    }
    let declared = verifik_flow::__body_types!(declared);
    let definitions = schema()["definitions"].as_object().unwrap();
    let mut compared = 0;
    for (ty, definition) in definitions {
        let Some(properties) = definition["properties"].as_object() else {
            continue;
        };
        let defaults = declared
            .iter()
            .find(|(name, _)| name == ty)
            .map(|(_, defaults)| defaults.clone())
            .unwrap_or_default();
        for (key, member) in properties {
            let declared = defaults.iter().find(|(k, _)| k == key).map(|(_, v)| v);
            assert_eq!(
                member.get("default"),
                declared,
                "{ty}.{key}: the schema's default is not the member's declared one"
            );
            compared += usize::from(declared.is_some());
        }
    }
    assert!(compared >= 30, "only {compared} defaults");
    // The two bodies' search scores differ, each its own.
    assert_eq!(
        definitions["Liveness"]["properties"]["searchMinScore"]["default"],
        0.8
    );
    assert_eq!(
        definitions["LoginSettings"]["properties"]["searchMinScore"]["default"],
        0.85
    );
    assert_eq!(
        definitions["SignUpForm"]["properties"]["emailGateway"]["default"],
        "none"
    );
    assert_eq!(
        definitions["LoginSettings"]["properties"]["emailGateway"]["default"],
        "mailgun"
    );
}

/// Every text of the schema has its Spanish in the catalogue (`codegen/catalogue.es.json`), for
/// its English as it is now, and every entry of the catalogue is a place of the schema.
#[test]
fn every_text_of_the_schema_has_its_spanish() {
    let (unused, missing) = verifik_flow_codegen::catalogue_check();
    assert!(
        missing.is_empty(),
        "codegen/catalogue.es.json lacks these texts, or translates an older English of them:\n{}",
        serde_json::to_string_pretty(&missing).unwrap()
    );
    assert!(
        unused.is_empty(),
        "codegen/catalogue.es.json has entries no text of the schema uses; remove them:\n{}",
        serde_json::to_string_pretty(&unused).unwrap()
    );
}

/// The Spanish schema is the English one with other texts: once every annotation a person
/// reads is removed (and the `$id`), the two are equal, so the tools that check the English
/// schema's rules check the Spanish one's too.
#[test]
fn the_two_schemas_are_equal_without_their_texts() {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(map) => {
                for key in [
                    "$id",
                    "title",
                    "description",
                    "markdownDescription",
                    "enumDescriptions",
                    "markdownEnumDescriptions",
                    "x-intellij-enum-metadata",
                    "errorMessage",
                    "defaultSnippets",
                    "x-spanish-names",
                ] {
                    map.remove(key);
                }
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let read = |name: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(root().join(name)).unwrap()).unwrap()
    };
    let (mut english, mut spanish) = (
        read("schema/project-flow.schema.json"),
        read("schema/project-flow.schema.es.json"),
    );
    assert_ne!(english, spanish, "the Spanish schema is the English one");
    assert_eq!(
        spanish["$id"].as_str(),
        Some(format!("{}:es", verifik_flow::SCHEMA_ID).as_str())
    );
    strip(&mut english);
    strip(&mut spanish);
    assert_eq!(english, spanish);
}
