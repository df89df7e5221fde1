//! Runtime validation: a JSON value against the schema, then into the typed model.
//!
//! The fast path is one `is_valid` of the compiled schema and one deserialization. Only when
//! a body is invalid are errors collected and explained (by `verifik-flow-rules`).

use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::Value;
use verifik_flow_rules::{Checker, Rule, ValidationErrors, Violation};

use crate::model::ProjectFlow;
use crate::schema::schema;

/// Checks a JSON value against every rule of a Smart Enroll project flow and, when it holds,
/// returns it as a typed [`ProjectFlow`].
///
/// All violations are returned, not only the first. To validate text with duplicate-key
/// detection and line and column numbers, use [`validate_str`](crate::validate_str).
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

/// The schema compiled once per process.
pub(crate) fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| {
        Checker::new(schema().clone()).expect("the generated schema compiles (tested)")
    })
}
