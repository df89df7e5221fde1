//! The producer of `verifik-flow-rules/src/fast/generated.rs`: the schema's checks as plain
//! Rust over a borrowed [`Document`](verifik_flow_rules::Document), for the fast path of
//! validating text.
//!
//! jsonschema's compiled validator walks a tree of boxed keyword validators; on a valid body
//! that walk cost as much as the typed deserialization itself. The same checks written out as
//! code, one function per distinct subschema, cost a fraction of it. The code is generated from
//! the schema (the one rule set) by the schema's drift test, and a property test holds its
//! verdict to jsonschema's. A keyword this generator does not know stops generation: it never
//! drops a check silently.
//!
//! It writes the source with `format!` rather than `quote!`: the committed file is read and
//! reviewed as a diff, and `quote!`'s one-line output would need a formatter crate
//! (prettyplease) to be readable.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{Map, Value};

use verifik_flow::EXTENSION_KEYWORDS;

/// Keywords that annotate and never decide validity.
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$id",
    "$comment",
    "title",
    "description",
    "default",
    "examples",
    "definitions",
];

/// The Rust source of the fast check of `schema`.
///
/// # Panics
/// On a keyword or a form of one that it cannot write as code (say which, so the generator
/// learns it before the schema uses it).
pub fn fast_check_source(schema: &Value) -> String {
    let mut generator = Generator {
        root: schema,
        functions: Vec::new(),
        known: BTreeMap::new(),
        patterns: Vec::new(),
    };
    let root = generator.function(schema, "#");
    let mut out = String::new();
    out.push_str(
        "//! Generated from `schema/project-flow.schema.json` by `codegen/src/fast_check.rs`:\n\
         //! do not edit. Regenerate with\n\
         //! `UPDATE_EXPECT=1 TRYBUILD=overwrite cargo test --workspace --all-features`.\n\n\
         use crate::document::Document;\n",
    );
    let body = generator.functions.concat();
    let helpers: Vec<&str> = [
        "at_least",
        "at_most",
        "equals_json",
        "is_integer",
        "pattern",
        "unique_items",
        "unique_keys",
    ]
    .into_iter()
    .filter(|helper| body.contains(&format!("{helper}(")))
    .collect();
    let matchers: Vec<String> = generator
        .patterns
        .iter()
        .map(|pattern| crate::matcher::matcher(pattern))
        .collect();
    let mut helpers = helpers;
    if !generator.patterns.is_empty() {
        helpers.push("Matcher");
        helpers.sort_unstable();
    }
    let _ = writeln!(out, "use super::{{{}}};\n", helpers.join(", "));
    let _ = writeln!(
        out,
        "/// The schema's patterns, as written (ECMA-262), in the order the checks name them.\n\
         pub(super) static PATTERNS: [&str; {}] = [",
        generator.patterns.len()
    );
    for pattern in &generator.patterns {
        let _ = writeln!(out, "    {},", raw(pattern));
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "/// Each pattern as a table (`codegen/src/matcher.rs`), when its DFA is small enough.\n\
         pub(super) static MATCHERS: [Option<Matcher>; {}] = [",
        matchers.len()
    );
    for matcher in &matchers {
        let _ = writeln!(out, "    {matcher},");
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "/// Whether `v` keeps every rule of the schema.\n\
         pub fn is_valid(v: &Document<'_>) -> bool {{\n    {root}(v)\n}}"
    );
    for function in &generator.functions {
        out.push('\n');
        out.push_str(function);
    }
    out
}

struct Generator<'s> {
    root: &'s Value,
    /// The functions written so far, in order.
    functions: Vec<String>,
    /// Each distinct subschema (annotations removed, as text) and its function's name.
    known: BTreeMap<String, String>,
    patterns: Vec<String>,
}

impl<'s> Generator<'s> {
    /// The name of the function that checks `schema` (written on first use).
    fn function(&mut self, schema: &'s Value, path: &str) -> String {
        let key = serde_json::to_string(&checks_only(schema)).expect("JSON");
        if let Some(name) = self.known.get(&key) {
            return name.clone();
        }
        let name = format!("s{}", self.known.len());
        self.known.insert(key, name.clone());
        let body = self.body(schema, path);
        let parameter = if matches!(body.trim(), "true" | "false") {
            "_v"
        } else {
            "v"
        };
        self.functions.push(format!(
            "/// `{path}`\nfn {name}({parameter}: &Document<'_>) -> bool {{\n{body}}}\n"
        ));
        name
    }

    fn body(&mut self, schema: &'s Value, path: &str) -> String {
        let node = match schema {
            Value::Bool(b) => return format!("    {b}\n"),
            Value::Object(node) => node,
            other => panic!("`{path}` is `{other}`, not a schema"),
        };
        let mut out = String::new();
        if let Some(reference) = node.get("$ref") {
            let siblings: Vec<&String> = node
                .keys()
                .filter(|k| *k != "$ref" && !is_annotation(k))
                .collect();
            assert!(
                siblings.is_empty(),
                "`{path}`: draft-07 ignores {siblings:?} beside `$ref`; move them into an `allOf`"
            );
            let target = reference
                .as_str()
                .and_then(|r| r.strip_prefix("#/definitions/"))
                .unwrap_or_else(|| panic!("`{path}`: only `#/definitions/...` references"));
            let definition = &self.root["definitions"][target];
            assert!(!definition.is_null(), "`{path}`: no definition `{target}`");
            let name = self.function(definition, &format!("#/definitions/{target}"));
            let _ = writeln!(out, "    {name}(v)");
            return out;
        }
        for (keyword, value) in node {
            out.push_str(&self.keyword(node, path, keyword, value));
        }
        self.members(node, path, &mut out);
        out.push_str("    true\n");
        out
    }

    /// The statements that check one keyword of `node` (none for the keywords checked
    /// elsewhere, or that only annotate).
    // One arm per keyword: the table of what the generator knows reads best as one match.
    #[allow(clippy::too_many_lines)]
    fn keyword(
        &mut self,
        node: &'s Map<String, Value>,
        path: &str,
        keyword: &str,
        value: &'s Value,
    ) -> String {
        let at = format!("{path}/{keyword}");
        match keyword {
            "type" => {
                let types: Vec<&str> = match value {
                    Value::String(t) => vec![t.as_str()],
                    Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                    _ => panic!("`{at}`: not a type"),
                };
                let test = types
                    .iter()
                    .map(|t| type_test(t, &at))
                    .collect::<Vec<_>>()
                    .join(" || ");
                guard("", &format!("!({test})"))
            }
            "enum" | "const" => {
                let values = match (keyword, value) {
                    ("enum", Value::Array(values)) => values.iter().collect(),
                    ("const", value) => vec![value],
                    _ => panic!("`{at}`: not a list"),
                };
                guard("", &format!("!({})", equals_any(&values)))
            }
            "pattern" => {
                let pattern = value.as_str().expect("a pattern is a string");
                let index = self.pattern_index(pattern);
                guard("Document::String(s)", &format!("!pattern({index}, s)"))
            }
            "minimum" | "maximum" => {
                let bound = value.as_f64().expect("a bound is a number");
                let helper = if keyword == "minimum" {
                    "at_least"
                } else {
                    "at_most"
                };
                guard("Document::Number(n)", &format!("!{helper}(n, {bound:?})"))
            }
            "minItems" => {
                let min = value.as_u64().expect("minItems is a count");
                guard("Document::Array(items)", &format!("items.len() < {min}"))
            }
            "uniqueItems" if value == &Value::Bool(true) => {
                guard("Document::Array(items)", "!unique_items(items)")
            }
            verifik_flow_rules::UNIQUE_KEYS => {
                let keys = value
                    .as_array()
                    .expect("x-unique-keys lists keys")
                    .iter()
                    .map(|k| format!("{:?}", k.as_str().expect("a key")))
                    .collect::<Vec<_>>()
                    .join(", ");
                guard(
                    "Document::Array(items)",
                    &format!("!unique_keys(items, &[{keys}])"),
                )
            }
            "items" => {
                assert!(
                    value.is_object() || value.is_boolean(),
                    "`{at}`: tuple items"
                );
                let item = self.function(value, &at);
                guard(
                    "Document::Array(items)",
                    &format!("!items.iter().all({item})"),
                )
            }
            "contains" => {
                let item = self.function(value, &at);
                guard(
                    "Document::Array(items)",
                    &format!("!items.iter().any({item})"),
                )
            }
            "allOf" | "anyOf" => {
                let parts = value
                    .as_array()
                    .unwrap_or_else(|| panic!("`{at}`: not a list"))
                    .iter()
                    .enumerate()
                    .map(|(i, part)| format!("{}(v)", self.function(part, &format!("{at}/{i}"))))
                    .collect::<Vec<_>>();
                let joint = if keyword == "allOf" { " && " } else { " || " };
                guard("", &format!("!({})", parts.join(joint)))
            }
            "not" => {
                let inner = self.function(value, &at);
                guard("", &format!("{inner}(v)"))
            }
            "if" => {
                let condition = self.function(value, &at);
                let mut branch = |key: &str| {
                    node.get(key).map_or("true".to_owned(), |schema| {
                        format!("{}(v)", self.function(schema, &format!("{path}/{key}")))
                    })
                };
                let (then, otherwise) = (branch("then"), branch("else"));
                if then == "true" && otherwise == "true" {
                    return String::new();
                }
                guard(
                    "",
                    &format!("!(if {condition}(v) {{ {then} }} else {{ {otherwise} }})"),
                )
            }
            // `properties`, `additionalProperties` and `required` are checked together in
            // `members`, `then` and `else` with their `if`.
            "properties"
            | "additionalProperties"
            | "required"
            | "then"
            | "else"
            | "uniqueItems" => String::new(),
            other if is_annotation(other) => String::new(),
            other => panic!(
                "`{at}`: the fast check cannot write the keyword `{other}` yet; teach \
                 codegen/src/fast_check.rs"
            ),
        }
    }

    /// `properties`, `additionalProperties` and `required`, in one pass over the members.
    fn members(&mut self, node: &'s Map<String, Value>, path: &str, out: &mut String) {
        let properties = node.get("properties").and_then(Value::as_object);
        let additional = node.get("additionalProperties");
        let required: Vec<&str> = node
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if properties.is_none() && additional.is_none() && required.is_empty() {
            return;
        }
        let mut arms = Vec::new();
        for (name, schema) in properties.into_iter().flatten() {
            let test = match schema {
                Value::Bool(b) => b.to_string(),
                _ => format!(
                    "{}(value)",
                    self.function(schema, &format!("{path}/properties/{name}"))
                ),
            };
            arms.push(format!("            {name:?} => {test},"));
        }
        let other = match additional {
            None | Some(Value::Bool(true)) => "true".to_owned(),
            Some(Value::Bool(false)) => "false".to_owned(),
            Some(schema) => format!(
                "{}(value)",
                self.function(schema, &format!("{path}/additionalProperties"))
            ),
        };
        let _ = writeln!(out, "    if let Document::Object(members) = v {{");
        if !arms.is_empty() || other != "true" {
            let uses_value =
                other.contains("(value)") || arms.iter().any(|a| a.contains("(value)"));
            let binding = if uses_value { "value" } else { "_" };
            let _ = writeln!(out, "        for (key, {binding}) in members.iter() {{");
            let _ = writeln!(out, "            let ok = match &**key {{");
            for arm in &arms {
                let _ = writeln!(out, "    {arm}");
            }
            let _ = writeln!(out, "                _ => {other},");
            let _ = writeln!(out, "            }};");
            let _ = writeln!(
                out,
                "            if !ok {{\n                return false;\n            }}"
            );
            let _ = writeln!(out, "        }}");
        }
        for name in required {
            let _ = writeln!(
                out,
                "        if !members.iter().any(|(key, _)| *key == {name:?}) {{\n            return false;\n        }}"
            );
        }
        let _ = writeln!(out, "    }}");
    }

    fn pattern_index(&mut self, pattern: &str) -> usize {
        if let Some(index) = self.patterns.iter().position(|p| p == pattern) {
            return index;
        }
        self.patterns.push(pattern.to_owned());
        self.patterns.len() - 1
    }
}

fn is_annotation(keyword: &str) -> bool {
    ANNOTATIONS.contains(&keyword)
        || ((EXTENSION_KEYWORDS.contains(&keyword) || keyword.starts_with("x-"))
            && keyword != verifik_flow_rules::UNIQUE_KEYS)
}

/// `schema` without its annotations: two subschemas that check the same share a function.
fn checks_only(schema: &Value) -> Value {
    match schema {
        Value::Object(node) => Value::Object(
            node.iter()
                .filter(|(k, _)| !is_annotation(k))
                .map(|(k, v)| {
                    let v = match k.as_str() {
                        // Names and literals, not schemas: kept as they are.
                        "enum" | "const" | "required" | verifik_flow_rules::UNIQUE_KEYS => {
                            v.clone()
                        }
                        "properties" => Value::Object(
                            v.as_object()
                                .into_iter()
                                .flatten()
                                .map(|(name, s)| (name.clone(), checks_only(s)))
                                .collect(),
                        ),
                        _ => checks_only(v),
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(checks_only).collect()),
        other => other.clone(),
    }
}

fn type_test(name: &str, at: &str) -> String {
    match name {
        "object" => "matches!(v, Document::Object(_))".into(),
        "array" => "matches!(v, Document::Array(_))".into(),
        "string" => "matches!(v, Document::String(_))".into(),
        "boolean" => "matches!(v, Document::Bool(_))".into(),
        "null" => "matches!(v, Document::Null)".into(),
        "number" => "matches!(v, Document::Number(_))".into(),
        "integer" => "matches!(v, Document::Number(n) if is_integer(n))".into(),
        other => panic!("`{at}`: unknown type `{other}`"),
    }
}

/// A test that `v` equals one of `values`, as JSON equality means it.
fn equals_any(values: &[&Value]) -> String {
    let strings: Vec<String> = values
        .iter()
        .filter_map(|v| v.as_str().map(|s| format!("{s:?}")))
        .collect();
    let mut tests = Vec::new();
    if !strings.is_empty() {
        tests.push(format!(
            "matches!(v, Document::String(s) if matches!(&**s, {}))",
            strings.join(" | ")
        ));
    }
    for value in values.iter().filter(|v| !v.is_string()) {
        tests.push(match value {
            Value::Bool(b) => format!("matches!(v, Document::Bool({b}))"),
            Value::Null => "matches!(v, Document::Null)".to_owned(),
            other => format!("equals_json(v, {})", raw(&other.to_string())),
        });
    }
    if tests.is_empty() {
        return "false".to_owned();
    }
    tests.join(" || ")
}

/// `text` as a raw string literal.
fn raw(text: &str) -> String {
    let mut hashes = String::from("#");
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}")
}

/// `return false` when `failed` holds; with a `pattern`, only for a value of its kind.
fn guard(pattern: &str, failed: &str) -> String {
    if pattern.is_empty() {
        format!("    if {failed} {{\n        return false;\n    }}\n")
    } else {
        format!(
            "    if let {pattern} = v\n        && {failed}\n    {{\n        return false;\n    }}\n"
        )
    }
}
