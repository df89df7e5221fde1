//! The JSON Schema that states every rule: the committed text, which `verifik-flow-rules` ships
//! and compiles (its producer is the unpublished `verifik-flow-codegen` crate, from the types).
//!
//! Draft-07, because VS Code's JSON language service, Ajv and Python's `jsonschema` all
//! support it fully. Extension keywords: `errorMessage`, `markdownDescription`,
//! `enumDescriptions`, `markdownEnumDescriptions` and `defaultSnippets` (read by VS Code),
//! `x-rule` (the rule an `allOf` entry states), `x-rust-type`, `x-rust-field` and
//! `x-rust-variant` (the Rust type of a value or object, the field of a member, the variant of
//! each enum value: what the `flow!` macro builds with) and `x-unique-keys` (items whose given keys
//! must differ, which draft-07 cannot say; enforced by this crate, an annotation to others).

use serde_json::Value;

/// The schema's `$id`: stable, and a URN, since the schema has no web home of its own yet.
pub const SCHEMA_ID: &str = "urn:verifik-flow:project-flow";

/// The keywords the schema uses beyond draft-07: the editors' own and `x-` annotations (a
/// validator in strict mode must be told of them; every one of this crate's own begins with
/// `x-`).
pub const EXTENSION_KEYWORDS: &[&str] = &[
    "x-rule",
    "x-rust-type",
    "x-rust-field",
    "x-rust-variant",
    "errorMessage",
    "markdownDescription",
    "enumDescriptions",
    "markdownEnumDescriptions",
    "x-intellij-enum-metadata",
    "defaultSnippets",
    "doNotSuggest",
    verifik_flow_rules::UNIQUE_KEYS,
];

/// The JSON Schema (draft-07) of a project-flow body of either kind, with every rule of
/// [`validate_flow`](crate::validate_flow): its `type` picks the Smart Enroll (`ProjectFlow`)
/// or the Smart Access (`LoginFlow`) definition.
///
/// Editors use it to complete, document and check flow files; `verifik-flow schema` prints it,
/// and `schema/project-flow.schema.json` in the repository is the same text.
///
/// # Panics
///
/// Only if the committed schema compiled into this crate were not JSON, which its drift test
/// rules out before any release.
///
/// ```
/// let schema = verifik_flow::schema();
/// assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
/// assert_eq!(schema["if"]["properties"]["type"]["const"], "login");
/// let onboarding = &schema["definitions"]["ProjectFlow"];
/// assert!(onboarding["required"].as_array().unwrap().contains(&"project".into()));
/// ```
pub fn schema() -> &'static Value {
    verifik_flow_rules::schema()
}

/// The schema as the text of `schema/project-flow.schema.json`: pretty JSON and a final
/// newline.
///
/// It is generated from the types (the `schema-gen` feature, used by its drift test and the
/// bless command); `verifik-flow-rules` ships the committed copy, so users do not build the
/// generator.
pub fn schema_text() -> &'static str {
    verifik_flow_rules::schema_text()
}

/// The schema's text with its titles, descriptions and messages in `lang`: the English one, or
/// the Spanish edition `schema/project-flow.schema.es.json` (its own `$id`, the same rules).
///
/// ```
/// use verifik_flow::{Lang, schema_text_in};
/// let spanish: serde_json::Value = serde_json::from_str(schema_text_in(Lang::Es)).unwrap();
/// assert_eq!(spanish["title"], "Flujo de proyecto de Verifik");
/// assert_eq!(schema_text_in(Lang::En), verifik_flow::schema_text());
/// ```
pub fn schema_text_in(lang: crate::Lang) -> &'static str {
    verifik_flow_rules::schema_text_in(lang)
}
