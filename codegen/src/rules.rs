//! The cross-field rules of `docs/decisions.md` as schema fragments (the catalogue of names is in
//! `verifik-flow-rules`).
//!
//! The schema carries each cross-field rule as an `allOf` entry marked with `x-rule` (its name)
//! and `errorMessage` (its message, which VS Code shows too); the validator reads both back
//! from the schema, so a rule is written once, here.

use serde_json::{Value, json};

use verifik_flow_rules::{Rule, choices as ticked};

use verifik_flow::{
    AccessSource, ApiTestType, DocumentCategory, EmailGateway, LoginStep, PhoneGateway,
    SecuritySource, SecurityStrategy, StepMode, Target,
};

/// Where a cross-field rule sits in the schema: the root, or a definition by name.
pub struct CrossFieldRule {
    pub rule: Rule,
    pub at: &'static str,
    pub message: String,
    pub schema: Value,
}

/// The step modes that show a step: every mode but `skip`.
fn active_step() -> Vec<&'static str> {
    without(StepMode::WIRE, StepMode::Skip.as_str())
}

/// The values of a wire enum but one.
fn without(values: &[&'static str], left_out: &str) -> Vec<&'static str> {
    values.iter().copied().filter(|v| *v != left_out).collect()
}

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

/// The cross-field rules of `docs/decisions.md`, each with its message and its schema fragment.
#[allow(clippy::too_many_lines)] // one entry a rule reads best as one list
pub fn cross_field_rules() -> Vec<CrossFieldRule> {
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
        "SignUpForm",
        "the sign-up form must ask for `email` or `phone`: set at least one to `true` so the \
         person can be reached"
            .into(),
        json!({ "anyOf": [is_true("email"), is_true("phone")] }),
    );
    // S2 rejects `{ "email": true }` (the gateway defaults to `none`).
    let no_email = EmailGateway::None.as_str();
    let s2 = format!(
        "`email: true` needs an `emailGateway` other than `{no_email}`: set it to {}",
        ticked(&without(EmailGateway::WIRE, no_email))
    );
    add(
        Rule::S2,
        "SignUpForm",
        s2.clone(),
        json!({
            "if": is_true("email"),
            "then": {
                "required": ["emailGateway"],
                "properties": { "emailGateway": { "not": { "const": no_email }, "errorMessage": s2 } },
            },
        }),
    );
    // S3 rejects `{ "phone": true, "phoneGateway": "none" }` (the gateway defaults to `sms`).
    let (message, schema) = phone_gateway(false);
    add(Rule::S3, "SignUpForm", message, schema);
    // S4 rejects `{ "allowAdditionalFields": true, "additionalFields": [] }`.
    let s4 = "`allowAdditionalFields: true` needs a non-empty `additionalFields`";
    add(
        Rule::S4,
        "SignUpForm",
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
        "ProjectFlow",
        d1.into(),
        json!({
            "if": {
                "required": ["steps"],
                "properties": { "steps": {
                    "required": ["document"],
                    "properties": { "document": { "enum": active_step() } },
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
        "Documents",
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
        "DocumentType",
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
        add(Rule::D4, "ProjectFlow", message, schema);
    }
    // L1 rejects `{ "steps": { "liveness": "mandatory" } }` without liveness.
    add(
        Rule::L1,
        "ProjectFlow",
        "`steps.liveness` is not `skip`, so `liveness` is required".into(),
        json!({
            "if": {
                "required": ["steps"],
                "properties": { "steps": {
                    "required": ["liveness"],
                    "properties": { "liveness": { "enum": active_step() } },
                } },
            },
            "then": { "required": ["liveness"], "properties": { "liveness": true } },
        }),
    );
    // I1 rejects `{ "source": "API" }` alone.
    let (message, schema) = api_source(AccessSource::Api.as_str());
    add(Rule::I1, "Integrations", message, schema);
    // I2 rejects `{ "apiTestType": "email", "apiTestValue": "+573001234567" }`.
    for (kind, pattern, what) in [
        (
            ApiTestType::Email.as_str(),
            EMAIL_PATTERN,
            "an e-mail address such as `test@example.com`",
        ),
        (
            ApiTestType::Phone.as_str(),
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
        add(Rule::I2, "Integrations", message.clone(), schema.clone());
        // A5's second half, for login flows: the test value is of the type it says.
        add(Rule::A5, "Security", message, schema);
    }
    login_rules(&mut add);
    rules
}

/// S3 and A3: `phone: true` needs a gateway other than `none`; `required` when the gateway's
/// default is `none` (login flows), so that leaving it out is refused too.
fn phone_gateway(required: bool) -> (String, Value) {
    let no_phone = PhoneGateway::None.as_str();
    let message = format!(
        "`phone: true` needs a `phoneGateway` other than `{no_phone}`: {}",
        ticked(&without(PhoneGateway::WIRE, no_phone))
    );
    let mut then = json!({
        "properties": { "phoneGateway": { "not": { "const": no_phone }, "errorMessage": message } },
    });
    if required {
        then["required"] = json!(["phoneGateway"]);
    }
    let schema = json!({ "if": is_true("phone"), "then": then });
    (message, schema)
}

/// I1 and A5: a `source` of `API` needs the API's URL and a test value of a given type.
fn api_source(api: &str) -> (String, Value) {
    let message = format!("`source: \"{api}\"` needs `apiUrl`, `apiTestType` and `apiTestValue`");
    let schema = json!({
        "if": { "required": ["source"], "properties": { "source": { "const": api } } },
        "then": {
            "required": ["apiUrl", "apiTestType", "apiTestValue"],
            "properties": { "apiUrl": true, "apiTestType": true, "apiTestValue": true },
        },
    });
    (message, schema)
}

/// A1-A8: the rules of a Smart Access (login) body.
#[allow(clippy::too_many_lines)] // one entry a rule reads best as one list
fn login_rules(add: &mut impl FnMut(Rule, &'static str, String, Value)) {
    // A1 rejects `{ "email": false, "phone": false, "faceLiveness": false }`.
    add(
        Rule::A1,
        "LoginSettings",
        "a login flow needs a sign-in factor: set `email`, `phone` or `faceLiveness` to `true`"
            .into(),
        json!({ "anyOf": [is_true("email"), is_true("phone"), is_true("faceLiveness")] }),
    );
    // A2 rejects `{ "email": true, "emailGateway": "none" }`.
    let mailgun = EmailGateway::Mailgun.as_str();
    let a2 = format!("`email: true` needs `emailGateway: \"{mailgun}\"`: the code must be sent");
    add(
        Rule::A2,
        "LoginSettings",
        a2.clone(),
        json!({
            "if": is_true("email"),
            "then": { "properties": { "emailGateway": { "const": mailgun, "errorMessage": a2 } } },
        }),
    );
    // A3 rejects `{ "phone": true }` (the gateway defaults to `none` in login flows).
    let (message, schema) = phone_gateway(true);
    add(Rule::A3, "LoginSettings", message, schema);
    // A4 rejects `{ "steps": ["liveness"] }` with `faceLiveness` off.
    for (step, factor) in [
        (LoginStep::Email, "email"),
        (LoginStep::Phone, "phone"),
        (LoginStep::Liveness, "faceLiveness"),
    ] {
        let step = step.as_str();
        let message = format!(
            "`steps` lists `{step}`, so `{factor}` must be `true`: a listed step that is off can \
             never run"
        );
        add(
            Rule::A4,
            "LoginSettings",
            message,
            json!({
                "if": {
                    "required": ["steps"],
                    "properties": { "steps": { "contains": { "const": step } } },
                },
                "then": is_true(factor),
            }),
        );
    }
    // A5 rejects `{ "source": "API" }` alone.
    let (message, schema) = api_source(SecuritySource::Api.as_str());
    add(Rule::A5, "Security", message, schema);
    // A6 rejects a whitelist entry `{ "name": "Ana" }`.
    add(
        Rule::A6,
        "WhiteListEntry",
        "each `whiteList` entry needs an `email` or a `phone`: a listed person must be reachable"
            .into(),
        json!({ "anyOf": [
            { "required": ["email"], "properties": { "email": true } },
            { "required": ["phone"], "properties": { "phone": true } },
        ] }),
    );
    // A7 rejects `{ "strategy": "whitelist", "source": "NONE" }` (or no source, or `null`).
    let whitelist = SecurityStrategy::Whitelist.as_str();
    let none = SecuritySource::None.as_str();
    let a7 = format!(
        "`strategy: \"{whitelist}\"` needs a `source` other than `{none}` or `null`: {}; a \
         whitelist with no source of names admits nobody",
        ticked(&without(SecuritySource::WIRE, none))
    );
    add(
        Rule::A7,
        "Security",
        a7.clone(),
        json!({
            "if": { "required": ["strategy"], "properties": { "strategy": { "const": whitelist } } },
            "then": {
                "required": ["source"],
                "properties": { "source": { "not": { "enum": [none, null] }, "errorMessage": a7 } },
            },
        }),
    );
    // A8 rejects a top-level `redirectUrl` beside `integrations.redirectUrl`.
    let a8 = "the redirect is given twice: keep the top-level `redirectUrl` or \
              `integrations.redirectUrl`, not both";
    add(
        Rule::A8,
        "LoginFlow",
        a8.into(),
        json!({
            "if": { "required": ["redirectUrl"], "properties": { "redirectUrl": true } },
            "then": { "properties": { "integrations": {
                "not": { "required": ["redirectUrl"], "properties": { "redirectUrl": true } },
                "errorMessage": a8,
            } } },
        }),
    );
}

const EMAIL_PATTERN: &str = r"^[^\s@]+@[^\s@]+\.[^\s@]+$";
const PHONE_PATTERN: &str = r"^\+?[0-9]{7,15}$";
