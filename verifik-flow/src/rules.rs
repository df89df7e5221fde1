//! The rule catalogue: every rule's stable name, and the cross-field rules as schema fragments.
//!
//! The schema carries each cross-field rule as an `allOf` entry marked with `x-rule` (its name)
//! and `errorMessage` (its message, which VS Code shows too); the validator reads both back
//! from the schema, so a rule is written once, here.

use std::fmt;

use serde_json::{Value, json};

use crate::model::{DocumentCategory, Target};

/// A rule a project-flow body can break. [`Rule::name`] is stable: match on it in scripts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Rule {
    /// The text is not JSON.
    Syntax,
    /// A key appears twice in one object (`serde_json` would keep the last silently).
    DuplicateKey,
    /// The input is larger than [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES).
    TooLarge,
    /// The input nests deeper than any project flow does.
    TooDeep,
    /// More violations than [`MAX_VIOLATIONS`](crate::MAX_VIOLATIONS); only the first are
    /// listed.
    TooManyErrors,
    /// A key the body does not have (Verifik would drop it silently).
    UnknownKey,
    /// A required key is missing.
    MissingKey,
    /// A value of the wrong JSON type (a string for a number, `3.5` for an integer).
    Type,
    /// A value outside a closed set of strings.
    Enum,
    /// A number outside its range.
    Range,
    /// A string that does not have the required form (an ID, a URL, a code).
    Pattern,
    /// A string or list of the wrong length.
    Length,
    /// A list with an item twice.
    UniqueItems,
    /// S1: the sign-up form asks for `email` or `phone`.
    S1,
    /// S2: `email: true` needs an `emailGateway` other than `none`.
    S2,
    /// S3: `phone: true` needs a `phoneGateway` other than `none`.
    S3,
    /// S4: `allowAdditionalFields: true` needs a non-empty `additionalFields`.
    S4,
    /// D1: unless `steps.document` is `skip`, `documents` has methods and countries.
    D1,
    /// D2: `screening: true` needs criminal-history or information verification.
    D2,
    /// D3: every country has an active configuration.
    D3,
    /// D4: document categories match the target.
    D4,
    /// L1: unless `steps.liveness` is `skip`, `liveness` is present.
    L1,
    /// I1: `source: "API"` needs `apiUrl`, `apiTestType` and `apiTestValue`.
    I1,
    /// I2: `apiTestValue` is what `apiTestType` says (an e-mail or a phone number).
    I2,
}

impl Rule {
    /// Every rule, in the order of this catalogue.
    pub const ALL: &'static [Rule] = &[
        Rule::Syntax,
        Rule::DuplicateKey,
        Rule::TooLarge,
        Rule::TooDeep,
        Rule::TooManyErrors,
        Rule::UnknownKey,
        Rule::MissingKey,
        Rule::Type,
        Rule::Enum,
        Rule::Range,
        Rule::Pattern,
        Rule::Length,
        Rule::UniqueItems,
        Rule::S1,
        Rule::S2,
        Rule::S3,
        Rule::S4,
        Rule::D1,
        Rule::D2,
        Rule::D3,
        Rule::D4,
        Rule::L1,
        Rule::I1,
        Rule::I2,
    ];

    /// The rule's stable name: `unknown-key`, `range`, `S1`, `D4`, ...
    pub fn name(self) -> &'static str {
        match self {
            Rule::Syntax => "syntax",
            Rule::DuplicateKey => "duplicate-key",
            Rule::TooLarge => "too-large",
            Rule::TooDeep => "too-deep",
            Rule::TooManyErrors => "too-many-errors",
            Rule::UnknownKey => "unknown-key",
            Rule::MissingKey => "missing-key",
            Rule::Type => "type",
            Rule::Enum => "enum",
            Rule::Range => "range",
            Rule::Pattern => "pattern",
            Rule::Length => "length",
            Rule::UniqueItems => "unique-items",
            Rule::S1 => "S1",
            Rule::S2 => "S2",
            Rule::S3 => "S3",
            Rule::S4 => "S4",
            Rule::D1 => "D1",
            Rule::D2 => "D2",
            Rule::D3 => "D3",
            Rule::D4 => "D4",
            Rule::L1 => "L1",
            Rule::I1 => "I1",
            Rule::I2 => "I2",
        }
    }

    /// The rule with this [name](Rule::name).
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|rule| rule.name() == name)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where a cross-field rule sits in the schema: the root, or a definition by name.
pub(crate) struct CrossFieldRule {
    pub rule: Rule,
    pub at: Option<&'static str>,
    pub message: String,
    pub schema: Value,
}

const ACTIVE_STEP: [&str; 2] = ["mandatory", "optional"];

fn is_true(key: &str) -> Value {
    json!({ "required": [key], "properties": { key: { "const": true } } })
}

fn categories_of(target: Target) -> Vec<&'static str> {
    DocumentCategory::ALL
        .iter()
        .filter(|category| category.target() == target)
        .map(|category| category.as_str())
        .collect()
}

fn ticked(values: &[&str]) -> String {
    let mut out = String::new();
    write_choices(&mut out, values).expect("writing to a String cannot fail");
    out
}

/// Writes `` `a`, `b` or `c` ``.
pub(crate) fn write_choices(out: &mut impl fmt::Write, values: &[&str]) -> fmt::Result {
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.write_str(if i + 1 == values.len() { " or " } else { ", " })?;
        }
        write!(out, "`{value}`")?;
    }
    Ok(())
}

/// The cross-field rules of SPEC.md, each with its message and its schema fragment.
#[allow(clippy::too_many_lines)] // one entry a rule reads best as one list
pub(crate) fn cross_field_rules() -> Vec<CrossFieldRule> {
    let mut rules = Vec::new();
    let mut add = |rule, at, message: String, schema: Value| {
        rules.push(CrossFieldRule {
            rule,
            at,
            message,
            schema,
        });
    };

    // S1 rejects `{ "email": false, "phone": false }`.
    add(
        Rule::S1,
        Some("SignUpForm"),
        "the sign-up form must ask for `email` or `phone`: set at least one to `true` so the \
         person can be reached"
            .into(),
        json!({ "anyOf": [is_true("email"), is_true("phone")] }),
    );
    // S2 rejects `{ "email": true }` (the gateway defaults to `none`).
    let s2 = "`email: true` needs an `emailGateway` other than `none`: set it to `mailgun`";
    add(
        Rule::S2,
        Some("SignUpForm"),
        s2.into(),
        json!({
            "if": is_true("email"),
            "then": {
                "required": ["emailGateway"],
                "properties": { "emailGateway": { "not": { "const": "none" }, "errorMessage": s2 } },
            },
        }),
    );
    // S3 rejects `{ "phone": true, "phoneGateway": "none" }`.
    let s3 = "`phone: true` needs a `phoneGateway` other than `none`: `sms`, `whatsapp` or `both`";
    add(
        Rule::S3,
        Some("SignUpForm"),
        s3.into(),
        json!({
            "if": is_true("phone"),
            "then": {
                "properties": { "phoneGateway": { "not": { "const": "none" }, "errorMessage": s3 } },
            },
        }),
    );
    // S4 rejects `{ "allowAdditionalFields": true, "additionalFields": [] }`.
    let s4 = "`allowAdditionalFields: true` needs a non-empty `additionalFields`";
    add(
        Rule::S4,
        Some("SignUpForm"),
        s4.into(),
        json!({
            "if": is_true("allowAdditionalFields"),
            "then": {
                "required": ["additionalFields"],
                "properties": { "additionalFields": { "minItems": 1, "errorMessage": s4 } },
            },
        }),
    );
    // D1 rejects `{ "steps": { "document": "mandatory" } }` without documents.
    let d1 = "`steps.document` is not `skip`, so `documents` needs a non-empty \
              `verificationMethods` and a non-empty `documentTypes`";
    add(
        Rule::D1,
        None,
        d1.into(),
        json!({
            "if": {
                "required": ["steps"],
                "properties": { "steps": {
                    "required": ["document"],
                    "properties": { "document": { "enum": ACTIVE_STEP } },
                } },
            },
            "then": {
                "required": ["documents"],
                "properties": { "documents": {
                    "required": ["verificationMethods", "documentTypes"],
                    "properties": {
                        "verificationMethods": { "minItems": 1, "errorMessage": d1 },
                        "documentTypes": { "minItems": 1, "errorMessage": d1 },
                    },
                } },
            },
        }),
    );
    // D2 rejects `{ "screening": true }` alone.
    add(
        Rule::D2,
        Some("Documents"),
        "`screening: true` needs `criminalHistoryVerification: true` or \
         `informationVerification: true`"
            .into(),
        json!({
            "if": is_true("screening"),
            "then": { "anyOf": [
                is_true("criminalHistoryVerification"),
                is_true("informationVerification"),
            ] },
        }),
    );
    // D3 rejects a country whose configurations are all `active: false`.
    add(
        Rule::D3,
        Some("DocumentType"),
        "every country needs at least one configuration with `active: true`".into(),
        json!({
            "properties": { "configurations": { "contains": is_true("active") } },
        }),
    );
    // D4 rejects `passport` in a business flow and `tax_document` in a personal one.
    for (target, other) in [
        (Target::Personal, Target::Business),
        (Target::Business, Target::Personal),
    ] {
        let allowed = categories_of(target);
        let message = format!(
            "a `{target}` flow takes only the document categories {}; {} belong to `{other}` \
             flows",
            ticked(&allowed),
            ticked(&categories_of(other)),
        );
        let schema = json!({
            "if": { "required": ["target"], "properties": { "target": { "const": target.as_str() } } },
            "then": { "properties": { "documents": { "properties": { "documentTypes": { "items": {
                "properties": { "configurations": { "items": {
                    "properties": { "documentCategory": {
                        "enum": allowed,
                        "errorMessage": message,
                    } },
                } } },
            } } } } } },
        });
        add(Rule::D4, None, message, schema);
    }
    // L1 rejects `{ "steps": { "liveness": "mandatory" } }` without liveness.
    add(
        Rule::L1,
        None,
        "`steps.liveness` is not `skip`, so `liveness` is required".into(),
        json!({
            "if": {
                "required": ["steps"],
                "properties": { "steps": {
                    "required": ["liveness"],
                    "properties": { "liveness": { "enum": ACTIVE_STEP } },
                } },
            },
            "then": { "required": ["liveness"], "properties": { "liveness": true } },
        }),
    );
    // I1 rejects `{ "source": "API" }` alone.
    add(
        Rule::I1,
        Some("Integrations"),
        "`source: \"API\"` needs `apiUrl`, `apiTestType` and `apiTestValue`".into(),
        json!({
            "if": { "required": ["source"], "properties": { "source": { "const": "API" } } },
            "then": {
                "required": ["apiUrl", "apiTestType", "apiTestValue"],
                "properties": { "apiUrl": true, "apiTestType": true, "apiTestValue": true },
            },
        }),
    );
    // I2 rejects `{ "apiTestType": "email", "apiTestValue": "+573001234567" }`.
    for (kind, pattern, what) in [
        (
            "email",
            EMAIL_PATTERN,
            "an e-mail address such as `test@example.com`",
        ),
        (
            "phone",
            PHONE_PATTERN,
            "a phone number of 7 to 15 digits, optionally after `+`",
        ),
    ] {
        let message = format!("`apiTestType` is `{kind}`, so `apiTestValue` must be {what}");
        let schema = json!({
            "if": { "required": ["apiTestType"], "properties": { "apiTestType": { "const": kind } } },
            "then": { "properties": { "apiTestValue": {
                "pattern": pattern,
                "errorMessage": message,
            } } },
        });
        add(Rule::I2, Some("Integrations"), message, schema);
    }
    rules
}

const EMAIL_PATTERN: &str = r"^[^\s@]+@[^\s@]+\.[^\s@]+$";
const PHONE_PATTERN: &str = r"^\+?[0-9]{7,15}$";
