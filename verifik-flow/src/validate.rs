//! Runtime validation: JSON text or a JSON value against the schema, then into the typed
//! model.
//!
//! The fast path is one `is_valid` of the compiled schema and one deserialization. Only when
//! a body is invalid are errors collected, explained and located (by `verifik-flow-rules`,
//! which owns the schema, its reading and where each violation is shown).

use serde::Deserialize;
use serde_json::Value;
use verifik_flow_rules::{Document, Rule, ValidationErrors, Violation, checker, text};

use crate::model::ProjectFlow;

/// Checks a JSON value against every rule of a Smart Enroll project flow and, when it holds,
/// returns it as a typed [`ProjectFlow`].
///
/// All violations are returned, not only the first. To validate text with duplicate-key
/// detection and line and column numbers, use [`validate_str`].
///
/// ```
/// use serde_json::json;
///
/// let body = json!({
///     "project": "65b03015c03e1a1b595fe61c",
///     "type": "onboarding",
///     "name": "KYC",
///     "target": "personal",
///     "status": "draft",
///     "liveness": { "minScore": 1.5, "searchMode": "SLOW" },
/// });
/// let errors = verifik_flow::validate(&body).unwrap_err();
/// let found: Vec<_> = errors.iter().map(|v| (v.rule().name(), v.pointer())).collect();
/// assert!(found.contains(&("range", "/liveness/minScore")));
/// assert!(found.contains(&("enum", "/liveness/searchMode")));
/// ```
pub fn validate(value: &Value) -> Result<ProjectFlow, ValidationErrors> {
    let checker = checker();
    if checker.is_valid(value) {
        let typed = match value.get("$schema") {
            // An editor hint, not part of the body: the types leave it out.
            Some(_) => {
                let mut body = value.clone();
                body.as_object_mut().map(|body| body.remove("$schema"));
                ProjectFlow::deserialize(&body)
            }
            None => ProjectFlow::deserialize(value),
        };
        return typed.map_err(|error| {
            // The schema and the types say the same; this is a bug, but not a reason to panic.
            ValidationErrors::new(vec![Violation::new(
                Rule::Type,
                "",
                format!("the body passed the schema but not the types: {error}"),
            )])
        });
    }
    Err(ValidationErrors::new(checker.violations(value)))
}

/// Checks JSON text against every rule of a Smart Enroll project flow and, when it holds,
/// returns it as a typed [`ProjectFlow`].
///
/// Beyond [`validate`], it refuses duplicate keys (which `serde_json` would silently resolve
/// to the last one), refuses input over [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES) or nested
/// too deeply, and gives each violation its line and column.
///
/// ```
/// let text = r#"{
///   "project": "65b03015c03e1a1b595fe61c",
///   "type": "onboarding",
///   "name": "KYC",
///   "target": "personal",
///   "status": "draft",
///   "liveness": { "minScroe": 0.7 }
/// }"#;
/// let errors = verifik_flow::validate_str(text).unwrap_err();
/// let first = errors.iter().next().unwrap();
/// assert_eq!(first.rule().name(), "unknown-key");
/// assert_eq!(first.pointer(), "/liveness/minScroe");
/// assert_eq!((first.location().unwrap().line, first.location().unwrap().column), (7, 17));
/// assert!(first.message().contains("did you mean `minScore`?"));
/// ```
pub fn validate_str(text: &str) -> Result<ProjectFlow, ValidationErrors> {
    // The fast path, for a valid body: no `Value` is built (see `Document`). Anything else
    // takes the `Value` path, which gives every violation its place.
    if text.len() <= text::MAX_INPUT_BYTES
        && let Some(document) = Document::parse(text)
        && checker().is_valid_document(&document)
        && let Ok(flow) = ProjectFlow::deserialize(&document)
    {
        return Ok(flow);
    }
    let value = text::parse(text)?;
    validate(&value).map_err(|errors| text::locate(text, errors))
}

/// [`validate_str`] for bytes: text that is not UTF-8 is a `syntax` violation at the first
/// byte that is not. A UTF-8 byte-order mark, which some editors write, is skipped; offsets
/// then count from after it, as [`strip_bom`](crate::strip_bom) gives the text.
pub fn validate_slice(bytes: &[u8]) -> Result<ProjectFlow, ValidationErrors> {
    validate_str(text::decode(bytes)?)
}
