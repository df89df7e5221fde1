//! The schema's producer: the types' JSON Schema (schemars, through `verifik-flow`'s
//! `schema-gen` feature), then the body chosen by `type`, the cross-field rules, the defaults the
//! builders declare, the Rust names `flow!` builds with, and the editors' hints.
//!
//! Draft-07, because VS Code's JSON language service, Ajv and Python's `jsonschema` all support
//! it fully.

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};
use verifik_flow::{FlowType, LoginFlow, PLACEHOLDER_PROJECT, ProjectFlow, SCHEMA_ID, Target};
use verifik_flow_rules::Rule;

use crate::rules::cross_field_rules;
use crate::spanish::Translator;

/// The Smart Enroll starter body of the editors' snippet: the documentation page's flow, with
/// the placeholder project.
fn starter_value() -> Value {
    let project = PLACEHOLDER_PROJECT
        .parse()
        .expect("the placeholder is 24 hex digits");
    // Not `build()`: it validates against the schema this snippet is part of.
    let flow =
        ProjectFlow::smart_enroll_for(Target::Personal, project, "Smart Enroll Project Flow")
            .__build_unchecked();
    serde_json::to_value(flow).expect("a flow always serializes")
}

/// The Smart Access starter body of the editors' snippet.
fn login_starter_value() -> Value {
    let project = PLACEHOLDER_PROJECT
        .parse()
        .expect("the placeholder is 24 hex digits");
    let flow = LoginFlow::smart_access(project).__build_unchecked();
    serde_json::to_value(flow).expect("a flow always serializes")
}

/// The schema generated from the types: what `schema/project-flow.schema.json` must be.
pub fn schema_text() -> String {
    format!("{:#}\n", generate_with(&Translator::english()))
}

/// The Spanish edition: what `schema/project-flow.schema.es.json` must be. The same rules,
/// with every text a person reads from the Spanish catalogue (`codegen/catalogue.es.json`).
///
/// # Errors
///
/// The English texts that the catalogue has no Spanish for.
pub fn spanish_schema_text() -> Result<String, Vec<String>> {
    let translator = Translator::spanish();
    let schema = generate_with(&translator);
    translator.finish()?;
    Ok(format!("{schema:#}\n"))
}

/// The schema, its texts written by `t`.
pub(crate) fn generate_with(t: &Translator) -> Value {
    let mut generator = SchemaSettings::draft07().into_generator();
    let onboarding = generator.subschema_for::<ProjectFlow>().to_value();
    let login = generator.subschema_for::<LoginFlow>().to_value();
    let flow_type = generator.subschema_for::<FlowType>().to_value();
    let definitions = generator.take_definitions(true);
    let mut flow_type_member = flow_type;
    flow_type_member["title"] = "Flow type".into();
    flow_type_member["description"] =
        "The kind of flow, which decides the body: `onboarding` (Smart Enroll) or `login` \
         (Smart Access)."
            .into();
    let editor_hint = json!({
        "title": "Schema",
        "description": "The JSON Schema this file follows, for editors. Not part of the body: \
                        the typed flows leave it out, so it is never sent to Verifik.",
        "type": "string",
        "examples": ["../schema/project-flow.schema.json"],
    });
    // One schema for the endpoint: `type` picks the body (`if`/`then`/`else`, not `oneOf`, so
    // that a validator reports the body's real mistake rather than "matches none").
    let mut root = json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        // A stable identifier for catalogs (SchemaStore) and tools: a URN until the schema has
        // a web home of its own.
        "$id": SCHEMA_ID,
        "title": "Verifik project flow",
        "description": "The body of Verifik's `POST /v2/project-flows`: a Smart Enroll \
                        (`onboarding`) or a Smart Access (`login`) flow, as `type` says. Unknown \
                        keys are errors: Verifik drops them silently, so a misspelt key would \
                        weaken the flow unnoticed.",
        "type": "object",
        "required": ["type"],
        "properties": { "type": flow_type_member, "$schema": editor_hint.clone() },
        "if": {
            "required": ["type"],
            "properties": { "type": { "const": FlowType::Login.as_str() } },
        },
        "then": login,
        "else": onboarding,
        "definitions": definitions,
        "defaultSnippets": [
            {
                "label": "Smart Enroll flow",
                "description": "A personal onboarding flow: sign-up, US government ID, liveness",
                "body": starter_value(),
            },
            {
                "label": "Smart Access flow",
                "description": "A sign-in flow: e-mail code and face liveness search",
                "body": login_starter_value(),
            },
        ],
    });
    for body in ["ProjectFlow", "LoginFlow"] {
        root["definitions"][body]["properties"]["$schema"] = editor_hint.clone();
    }
    // Every text so far (the types' docs, the texts above) in the translator's language.
    t.translate_schema(&mut root, "");
    if let Some(id) = t.schema_id() {
        root["$id"] = id.into();
    }
    add_flow_type_keys(&mut root, t);

    // A rule may have several fragments (A4 for each factor): each text's ID numbers them.
    let mut fragments: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for mut rule in cross_field_rules() {
        let n = fragments.entry(rule.rule.name()).or_default();
        let id = format!("rules/{}/{n}", rule.rule.name());
        *n += 1;
        t.translate_schema(&mut rule.schema, &id);
        let mut entry = Map::new();
        entry.insert("x-rule".into(), rule.rule.name().into());
        entry.insert(
            "errorMessage".into(),
            t.text(&format!("{id}/errorMessage"), &rule.message).into(),
        );
        let Value::Object(fragment) = rule.schema else {
            unreachable!("rule fragments are objects")
        };
        entry.extend(fragment);
        let node = &mut root["definitions"][rule.at];
        let all_of = node
            .as_object_mut()
            .expect("rules attach to object schemas")
            .entry("allOf")
            .or_insert_with(|| Value::Array(Vec::new()));
        all_of
            .as_array_mut()
            .expect("allOf is an array")
            .push(Value::Object(entry));
    }

    add_defaults(&mut root);
    add_rust_names(&mut root);
    describe_null_values(&mut root, t);
    add_facts(&mut root, t);
    add_editor_hints(&mut root);
    add_object_types(&mut root);
    add_spanish_names(&mut root, t);
    root
}

/// The defaults Verifik applies, from the model's `#[builder(default = ...)]`: the same
/// values its `<member>_or_default()` methods return.
fn add_defaults(root: &mut Value) {
    macro_rules! defaults {
        ($($ty:ident),*) => {
            [$((stringify!($ty), verifik_flow::$ty::__defaults())),*]
        };
    }
    let defaults = verifik_flow::__body_types!(defaults);
    for (definition, members) in defaults {
        for (key, value) in members {
            root["definitions"][definition]["properties"][key]["default"] = value;
        }
    }
}

/// A key of one flow type in the other's body is an error of its own rule, `flow-type-key`,
/// that names the flow type it belongs to (an unknown key would only say "unknown"). The keys
/// are those the other body has and this one has not; editors do not suggest them.
fn add_flow_type_keys(root: &mut Value, t: &Translator) {
    let keys = |body: &str| -> Vec<String> {
        root["definitions"][body]["properties"]
            .as_object()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default()
    };
    let (onboarding, login) = (keys("ProjectFlow"), keys("LoginFlow"));
    for (body, own, other, other_type) in [
        ("ProjectFlow", &onboarding, &login, FlowType::Login),
        ("LoginFlow", &login, &onboarding, FlowType::Onboarding),
    ] {
        for key in other.iter().filter(|key| !own.contains(key)) {
            let (title, description, message) = t.flow_type_key(key, other_type.as_str());
            root["definitions"][body]["properties"][key] = json!({
                "title": title,
                "description": description,
                "not": {},
                "x-rule": Rule::FlowTypeKey.name(),
                "errorMessage": message,
                "doNotSuggest": true,
            });
        }
    }
}

/// The Rust names `flow!` builds with, as data: each object's type (`x-rust-type`) and each
/// member's field, which is its setter (`x-rust-field`), from the builders' `__members()`.
/// (Enum values carry their variants from `wire_enum!`: `x-rust-variant`.)
fn add_rust_names(root: &mut Value) {
    macro_rules! objects {
        ($($ty:ident),*) => {
            [$((stringify!($ty), verifik_flow::$ty::__members())),*]
        };
    }
    for (ty, members) in verifik_flow::__body_types!(objects) {
        let node = &mut root["definitions"][ty];
        node["x-rust-type"] = ty.into();
        for (key, field) in members {
            node["properties"][*key]["x-rust-field"] = (*field).into();
        }
    }
}

/// Calls `visit` on `schema` and every schema inside it (not on the maps of `properties` and
/// `definitions`, nor on instances such as `default` or `examples`).
fn for_each_schema(schema: &mut Value, visit: &mut impl FnMut(&mut Map<String, Value>)) {
    let Value::Object(map) = schema else { return };
    visit(map);
    for (key, child) in map.iter_mut() {
        match key.as_str() {
            "properties" | "definitions" | "patternProperties" => {
                if let Value::Object(children) = child {
                    children
                        .values_mut()
                        .for_each(|c| for_each_schema(c, visit));
                }
            }
            "allOf" | "anyOf" | "oneOf" => {
                if let Value::Array(children) = child {
                    for c in children.iter_mut() {
                        for_each_schema(c, visit);
                    }
                }
            }
            "items" => match child {
                Value::Array(children) => {
                    for c in children.iter_mut() {
                        for_each_schema(c, visit);
                    }
                }
                _ => for_each_schema(child, visit),
            },
            "not"
            | "if"
            | "then"
            | "else"
            | "contains"
            | "additionalProperties"
            | "additionalItems"
            | "propertyNames" => for_each_schema(child, visit),
            _ => {}
        }
    }
}

/// A nullable enum (`Option<SecuritySource>`) lists `null` after the wire values; its
/// per-value descriptions say what `null` means too, so each value has one.
fn describe_null_values(root: &mut Value, t: &Translator) {
    let not_set = t.not_set();
    for_each_schema(root, &mut |map| {
        let values = map.get("enum").and_then(Value::as_array).map(Vec::len);
        let has_null = map
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|values| values.contains(&Value::Null));
        for key in ["enumDescriptions", "markdownEnumDescriptions"] {
            if let (true, Some(Value::Array(descriptions))) = (has_null, map.get_mut(key))
                && Some(descriptions.len() + 1) == values
            {
                descriptions.push(not_set.clone().into());
            }
        }
    });
}

/// Each member's description ends with the facts the schema states elsewhere (its values, its
/// range, its default), written from the schema itself, so that no field's documentation
/// repeats a number or a list that a value type or a wire enum owns.
fn add_facts(root: &mut Value, t: &Translator) {
    fn facts(member: &Map<String, Value>, t: &Translator) -> Vec<String> {
        let words = |values: &Value| {
            let values: Vec<&str> = values
                .as_array()
                .map(|values| values.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            verifik_flow_rules::words::choices(t.lang().words(), &values)
        };
        let mut facts = Vec::new();
        if let Some(values) = member.get("enum") {
            facts.push(t.fact_allowed(&words(values)));
        }
        if let Some(values) = member.get("items").and_then(|items| items.get("enum")) {
            facts.push(t.fact_each_item(&words(values)));
        }
        if let (Some(min), Some(max)) = (member.get("minimum"), member.get("maximum")) {
            let integer = member.get("type") == Some(&Value::from("integer"));
            facts.push(t.fact_range(integer, &min.to_string(), &max.to_string()));
        }
        if let Some(default) = member.get("default") {
            let shown = default
                .as_str()
                .map_or_else(|| default.to_string(), str::to_owned);
            facts.push(t.fact_default(&shown));
        }
        facts
    }
    fn describe(object: &mut Value, t: &Translator) {
        let Some(properties) = object.get_mut("properties").and_then(Value::as_object_mut) else {
            return;
        };
        for member in properties.values_mut() {
            let Value::Object(member) = member else {
                continue;
            };
            let facts = facts(member, t);
            if let (false, Some(Value::String(description))) =
                (facts.is_empty(), member.get_mut("description"))
            {
                description.push(' ');
                description.push_str(&facts.join(" "));
            }
        }
    }
    describe(root, t);
    if let Some(definitions) = root.get_mut("definitions").and_then(Value::as_object_mut) {
        definitions.values_mut().for_each(|d| describe(d, t));
    }
}

/// VS Code renders `markdownDescription` as Markdown; the descriptions are written in it.
fn add_editor_hints(root: &mut Value) {
    for_each_schema(root, &mut |map| {
        if let Some(Value::String(description)) = map.get("description") {
            let description = description.clone();
            map.insert("markdownDescription".into(), description.into());
        }
    });
}

/// Rule fragments speak of `properties`, `items` or `pattern`; stating the `type` beside them
/// keeps Ajv's strict mode content (`strictTypes`).
fn add_object_types(root: &mut Value) {
    for_each_schema(root, &mut |map| {
        if map.contains_key("type") || map.contains_key("$ref") {
            return;
        }
        if map.contains_key("properties") || map.contains_key("required") {
            map.insert("type".into(), "object".into());
        } else if map.contains_key("items")
            || map.contains_key("contains")
            || map.contains_key("minItems")
        {
            map.insert("type".into(), "array".into());
        } else if map.contains_key("pattern") {
            map.insert("type".into(), "string".into());
        }
    });
}

/// The names Verifik's Spanish pages use where the English ones (which this project follows)
/// use others: each member that has one says, as the annotation `x-spanish-names` (the value's
/// JSON text -> what to write instead), so that a violation names the value for what it is.
/// The facts: `docs/decisions.md`, "The Spanish pages".
fn add_spanish_names(root: &mut Value, t: &Translator) {
    let name_for = |instead: &str| t.spanish_name_for(instead);
    let boolean_country = t.text(
        "spanish-names/countryCode",
        "the Spanish documentation writes a boolean here; write a dial code such as `\"+57\"`, \
         or a country code such as `\"US\"`",
    );
    let names: [(&[&str], Value); 7] = [
        (
            &["definitions", "Steps", "properties", "document"],
            json!({ "disabled": name_for("`skip`") }),
        ),
        (
            &["definitions", "Steps", "properties", "liveness"],
            json!({ "disabled": name_for("`skip`") }),
        ),
        (
            &["definitions", "SignUpForm", "properties", "emailGateway"],
            json!({ "sendgrid": name_for(&t.text("spanish-names/sendgrid", "`mailgun` (or write `none`)")) }),
        ),
        (
            &["properties", "type"],
            json!({ "verification": name_for(&t.text("spanish-names/verification", "`login` (a Smart Access flow)")) }),
        ),
        (
            &["definitions", "Integrations", "properties", "source"],
            json!({ "WEBHOOK": name_for(&t.text(
                "spanish-names/WEBHOOK",
                "`API` (a webhook is `integrations.webhook`, an ObjectId)",
            )) }),
        ),
        (
            &["definitions", "Security", "properties", "strategy"],
            json!({ "blacklist": t.text(
                "spanish-names/blacklist",
                "the Spanish documentation's name here; in a login flow write `whitelist` or `none`",
            ) }),
        ),
        (
            &["definitions", "SignUpForm", "properties", "countryCode"],
            json!({ "true": boolean_country, "false": boolean_country }),
        ),
    ];
    for (path, hints) in names {
        let node = path.iter().fold(&mut *root, |at, key| &mut at[*key]);
        assert!(node.is_object(), "no member at {path:?}");
        node["x-spanish-names"] = hints;
    }
}
