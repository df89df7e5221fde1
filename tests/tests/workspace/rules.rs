//! The rule table: one body per rule of `docs/decisions.md` (and per structural rule), each with the rule
//! and the pointer `validate` must report, plus the valid variants.

use serde_json::{Value, json};
use verifik_flow::{MinScore, Rule, validate, validate_flow, validate_flow_str, validate_str};
use verifik_flow_tests::{corpus, read, read_json};

/// `tests/corpus/invalid/<file>.json` must give exactly this one violation.
const INVALID: &[(&str, &str, &str)] = &[
    ("A1--no-factor", "A1", "/loginSettings"),
    (
        "A2--email-gateway-none",
        "A2",
        "/loginSettings/emailGateway",
    ),
    ("A3--phone-without-gateway", "A3", "/loginSettings"),
    ("A4--email-step-off", "A4", "/loginSettings/email"),
    ("A4--liveness-step-off", "A4", "/loginSettings/faceLiveness"),
    ("A4--phone-step-off", "A4", "/loginSettings/phone"),
    ("A5--api-source-alone", "A5", "/security"),
    ("A5--phone-test-value", "A5", "/security/apiTestValue"),
    ("A6--entry-without-contact", "A6", "/whiteList/0"),
    ("A7--whitelist-without-source", "A7", "/security/source"),
    ("A8--redirect-twice", "A8", "/integrations"),
    ("D1--empty-methods", "D1", "/documents/verificationMethods"),
    ("D1--no-documents", "D1", ""),
    ("D2--screening-alone", "D2", "/documents"),
    (
        "D3--no-active-configuration",
        "D3",
        "/documents/documentTypes/0/configurations",
    ),
    (
        "D4--business-category-in-personal-flow",
        "D4",
        "/documents/documentTypes/0/configurations/0/documentCategory",
    ),
    (
        "D4--personal-category-in-business-flow",
        "D4",
        "/documents/documentTypes/0/configurations/0/documentCategory",
    ),
    ("I1--api-source-alone", "I1", "/integrations"),
    ("I2--email-test-value", "I2", "/integrations/apiTestValue"),
    ("I2--phone-test-value", "I2", "/integrations/apiTestValue"),
    ("L1--no-liveness", "L1", ""),
    ("S1--no-contact", "S1", "/signUpForm"),
    ("S2--email-gateway-none", "S2", "/signUpForm/emailGateway"),
    ("S2--no-email-gateway", "S2", "/signUpForm"),
    ("S3--phone-gateway-none", "S3", "/signUpForm/phoneGateway"),
    ("S4--no-additional-fields", "S4", "/signUpForm"),
    ("enum--search-mode", "enum", "/liveness/searchMode"),
    ("enum--source-csv", "enum", "/integrations/source"),
    ("enum--status-paused", "enum", "/status"),
    ("enum--strategy-blacklist", "enum", "/security/strategy"),
    ("enum--type-unknown", "enum", "/type"),
    (
        "flow-type-key--login-settings-in-onboarding",
        "flow-type-key",
        "/loginSettings",
    ),
    ("flow-type-key--target-in-login", "flow-type-key", "/target"),
    (
        "missing-key--configuration-category",
        "missing-key",
        "/documents/documentTypes/0/configurations/0",
    ),
    ("missing-key--project", "missing-key", ""),
    (
        "pattern--country-code",
        "pattern",
        "/signUpForm/countryCode",
    ),
    ("pattern--name-blank", "pattern", "/name"),
    ("pattern--name-too-long", "pattern", "/name"),
    ("pattern--project-23-digits", "pattern", "/project"),
    (
        "pattern--redirect-http",
        "pattern",
        "/integrations/redirectUrl",
    ),
    ("pattern--webhook", "pattern", "/integrations/webhook"),
    ("range--attempt-limit", "range", "/documents/attemptLimit"),
    (
        "range--compare-min-score",
        "range",
        "/liveness/compareMinScore",
    ),
    (
        "range--liveness-min-score",
        "range",
        "/loginSettings/livenessMinScore",
    ),
    ("range--min-score", "range", "/liveness/minScore"),
    (
        "type--attempt-limit-fraction",
        "type",
        "/liveness/attemptLimit",
    ),
    ("type--email-string", "type", "/signUpForm/email"),
    (
        "unique-items--verification-methods",
        "unique-items",
        "/documents/verificationMethods",
    ),
    ("unknown-key--minScroe", "unknown-key", "/liveness/minScroe"),
    ("unknown-key--top-level", "unknown-key", "/callbackUrl"),
];

/// The violations of `body`, as `(rule, pointer)`: the same whether it is checked as a value
/// or as text (whose valid bodies take the generated fast check).
fn found(body: &Value) -> Vec<(String, String)> {
    let list = |result: Result<verifik_flow::Flow, verifik_flow::ValidationErrors>| match result {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .iter()
            .map(|v| (v.rule().name().to_owned(), v.pointer().to_owned()))
            .collect(),
    };
    let from_value = list(validate_flow(body));
    // Text reports in the order of the text; the value, in the order of the schema.
    let mut from_text = list(validate_flow_str(&body.to_string()));
    let mut sorted = from_value.clone();
    sorted.sort();
    from_text.sort();
    assert_eq!(sorted, from_text, "value and text disagree on {body}");
    from_value
}

#[test]
fn every_invalid_body_reports_its_rule_at_its_pointer() {
    let mut failures = Vec::new();
    for &(file, rule, pointer) in INVALID {
        let body = read_json(format!("tests/corpus/invalid/{file}.json"));
        let got = found(&body);
        if got != [(rule.to_owned(), pointer.to_owned())] {
            failures.push(format!(
                "{file}: expected [{rule} at {pointer:?}], got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_table_covers_the_corpus_and_every_rule_of_spec() {
    let listed: Vec<&str> = INVALID.iter().map(|(file, ..)| *file).collect();
    assert_eq!(
        listed,
        corpus("invalid"),
        "every invalid corpus file has one row, in order"
    );
    for rule in [
        "S1",
        "S2",
        "S3",
        "S4",
        "D1",
        "D2",
        "D3",
        "D4",
        "L1",
        "I1",
        "I2",
        "A1",
        "A2",
        "A3",
        "A4",
        "A5",
        "A6",
        "A7",
        "A8",
        "flow-type-key",
    ] {
        assert!(
            INVALID.iter().any(|(_, r, _)| *r == rule),
            "no body breaks {rule}"
        );
    }
}

#[test]
fn every_valid_body_validates_and_round_trips() {
    let names = corpus("valid");
    assert!(names.len() >= 5);
    for name in names {
        let body = read_json(format!("tests/corpus/valid/{name}.json"));
        let flow = validate_flow(&body).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(serde_json::to_value(&flow).unwrap(), body, "{name}");
    }
}

#[test]
fn all_violations_are_reported_in_one_pass() {
    let mut body = read_json("tests/corpus/valid/source-page.json");
    body["liveness"]["minScore"] = json!(1.5);
    body["liveness"]["searchMode"] = json!("SLOW");
    body["signUpForm"]["phoneGateway"] = json!("none");
    body["nmae"] = json!("typo");
    let mut got = found(&body);
    got.sort();
    assert_eq!(
        got,
        [
            ("S3".to_owned(), "/signUpForm/phoneGateway".to_owned()),
            ("enum".to_owned(), "/liveness/searchMode".to_owned()),
            ("range".to_owned(), "/liveness/minScore".to_owned()),
            ("unknown-key".to_owned(), "/nmae".to_owned()),
        ]
    );
}

#[test]
fn a_country_listed_twice_is_refused() {
    let mut body = read_json("tests/corpus/valid/source-page.json");
    let first = body["documents"]["documentTypes"][0].clone();
    body["documents"]["documentTypes"]
        .as_array_mut()
        .unwrap()
        .push(json!({
            "country": first["country"],
            "configurations": [{ "active": true, "documentCategory": "passport" }],
        }));
    assert_eq!(
        found(&body),
        [(
            "unique-items".to_owned(),
            "/documents/documentTypes".to_owned()
        )]
    );
    let errors = validate(&body).unwrap_err();
    let violation = errors.iter().next().unwrap();
    assert_eq!(violation.rule(), Rule::UniqueItems);
    assert_eq!(violation.pointer(), "/documents/documentTypes");
    assert!(
        violation.message().contains("\"United States\""),
        "{}",
        violation.message()
    );
}

#[test]
fn messages_say_what_is_allowed() {
    let cases: &[(&str, Value, &str)] = &[
        (
            "/liveness/searchMode",
            json!("SLOW"),
            "`searchMode` must be `FAST` or `ACCURATE`, found `\"SLOW\"`",
        ),
        (
            "/liveness/searchMode",
            json!("fast"),
            "`searchMode` must be `FAST` or `ACCURATE`, found `\"fast\"`: did you mean `FAST`?",
        ),
        (
            "/liveness/minScore",
            json!(1.5),
            &format!(
                "`minScore` must be between {} and {}, found `1.5`",
                MinScore::MIN,
                MinScore::MAX
            ),
        ),
        (
            "/liveness/attemptLimit",
            json!(9),
            "`attemptLimit` must be between 1 and 5, found `9`",
        ),
        (
            "/steps/document",
            json!("required"),
            "`document` must be one of `mandatory`, `optional` or `skip`, found `\"required\"`",
        ),
        (
            "/liveness/searchMinScroe",
            json!(0.8),
            "unknown key `searchMinScroe` in `liveness`: did you mean `searchMinScore`?",
        ),
        (
            "/signUpForm/email",
            json!("yes"),
            "`email` must be a boolean, found `\"yes\"`",
        ),
    ];
    for (pointer, value, message) in cases {
        let mut body = read_json("tests/corpus/valid/source-page.json");
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        body.pointer_mut(parent).unwrap()[key] = value.clone();
        let errors = validate(&body).unwrap_err();
        let messages: Vec<&str> = errors
            .iter()
            .map(verifik_flow::Violation::message)
            .collect();
        assert!(messages.contains(message), "{pointer}: {messages:?}");
    }
}

#[test]
fn the_body_itself_must_be_an_object() {
    for body in [json!([]), json!("flow"), json!(null)] {
        let errors = validate(&body).unwrap_err();
        assert_eq!(errors.iter().next().unwrap().rule(), Rule::Type, "{body}");
    }
}

#[test]
fn text_errors_have_lines_and_columns() {
    let text = read("tests/corpus/invalid/unknown-key--minScroe.json");
    let errors = validate_str(&text).unwrap_err();
    let violation = errors.iter().next().unwrap();
    let at = violation.location().unwrap();
    let line = text.lines().nth(at.line - 1).unwrap();
    // The location is the key itself, not its value.
    assert!(line[at.column - 1..].starts_with("\"minScroe\""), "{line}");
    assert_eq!(&text[violation.span().unwrap()], "\"minScroe\"");
}

#[test]
fn text_errors_are_in_the_order_of_the_text() {
    let text = r#"{"name": 5, "project": "x", "type": "onboarding", "target": "personal", "status": "draft"}"#;
    let errors = validate_str(text).unwrap_err();
    let columns: Vec<usize> = errors
        .iter()
        .map(|v| v.location().unwrap().column)
        .collect();
    assert_eq!(columns, [10, 24]);
}

#[test]
fn duplicate_keys_are_refused_at_the_second_key() {
    let text = "{\n  \"project\": \"65b03015c03e1a1b595fe61c\",\n  \"liveness\": { \"minScore\": 0.6, \"minScore\": 0.7 }\n}";
    let errors = validate_str(text).unwrap_err();
    let violation = errors.iter().next().unwrap();
    assert_eq!(violation.rule(), Rule::DuplicateKey);
    assert_eq!(violation.pointer(), "/liveness/minScore");
    let at = violation.location().unwrap();
    assert_eq!((at.line, at.column), (3, 34));
}

#[test]
fn syntax_errors_are_located() {
    let errors = validate_str("{\n  \"project\": \"65b03015c03e1a1b595fe61c\",\n}").unwrap_err();
    let violation = errors.iter().next().unwrap();
    assert_eq!(violation.rule(), Rule::Syntax);
    assert_eq!(violation.location().unwrap().line, 3);
    assert!(
        violation.message().contains("trailing comma"),
        "{}",
        violation.message()
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for open in ["[", "{\"a\":"] {
        let text = open.repeat(100_000);
        let errors = validate_str(&text).unwrap_err();
        assert_eq!(
            errors.iter().next().unwrap().rule(),
            Rule::TooDeep,
            "{open}"
        );
    }
}

#[test]
fn huge_input_is_refused_before_parsing() {
    let text = " ".repeat(verifik_flow::MAX_INPUT_BYTES + 1);
    let errors = validate_str(&text).unwrap_err();
    assert_eq!(errors.iter().next().unwrap().rule(), Rule::TooLarge);
}

#[test]
fn bytes_that_are_not_utf8_are_a_syntax_error_where_they_start() {
    let errors = verifik_flow::validate_slice(b"{\n  \"name\": \"\xff\"\n}").unwrap_err();
    let violation = errors.iter().next().unwrap();
    assert_eq!(violation.rule(), Rule::Syntax);
    let at = violation.location().unwrap();
    assert_eq!((at.line, at.column), (2, 12));
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = "{\"name\": \"Incorporación\", \"projekt\": 1}";
    let errors = validate_str(text).unwrap_err();
    let unknown = errors
        .iter()
        .find(|v| v.rule() == Rule::UnknownKey)
        .unwrap();
    assert_eq!(unknown.location().unwrap().column, 27);
}

#[test]
fn the_schema_key_is_an_editor_hint_not_part_of_the_body() {
    let text = read("examples/smart-enroll.json");
    let flow = validate_str(&text).unwrap();
    let again = serde_json::to_value(&flow).unwrap();
    assert!(again.get("$schema").is_none());
}

#[test]
fn past_the_limit_one_violation_says_how_many_were_left_out() {
    let mut body = read_json("tests/corpus/valid/source-page.json");
    for i in 0..150 {
        body[format!("extra{i}")] = json!(i);
    }
    let errors = validate(&body).unwrap_err();
    assert_eq!(errors.len(), verifik_flow::MAX_VIOLATIONS + 1);
    let last = errors.iter().last().unwrap();
    assert_eq!(last.rule(), Rule::TooManyErrors);
    assert!(
        last.message().contains("first 100 are shown"),
        "{}",
        last.message()
    );
    // At the limit exactly, nothing is left out and nothing says so.
    let mut body = read_json("tests/corpus/valid/source-page.json");
    for i in 0..verifik_flow::MAX_VIOLATIONS {
        body[format!("extra{i}")] = json!(i);
    }
    let errors = validate(&body).unwrap_err();
    assert_eq!(errors.len(), verifik_flow::MAX_VIOLATIONS);
    assert!(errors.iter().all(|v| v.rule() == Rule::UnknownKey));
}

#[test]
fn a_repeated_country_far_down_a_long_list_is_found() {
    let mut body = read_json("tests/corpus/valid/source-page.json");
    let mut countries: Vec<Value> = (0..5000)
        .map(|i| json!({ "country": format!("Country {i}"), "configurations": [{ "active": true, "documentCategory": "passport" }] }))
        .collect();
    countries.push(json!({ "country": "Country 4321", "configurations": [{ "active": true, "documentCategory": "license" }] }));
    body["documents"]["documentTypes"] = Value::from(countries);
    assert_eq!(
        found(&body),
        [(
            "unique-items".to_owned(),
            "/documents/documentTypes".to_owned()
        )]
    );
    let errors = validate(&body).unwrap_err();
    let violation = errors.iter().next().unwrap();
    assert_eq!(violation.rule(), Rule::UniqueItems);
    assert!(
        violation.message().contains("items 4321 and 5000"),
        "{}",
        violation.message()
    );
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(read("examples/smart-enroll.json").as_bytes());
    assert!(verifik_flow::validate_slice(&bytes).is_ok());
    // Lines and columns are the editor's, which does not show the mark.
    bytes.extend_from_slice(b" x");
    let errors = verifik_flow::validate_slice(&bytes).unwrap_err();
    let at = errors.iter().next().unwrap().location().unwrap();
    assert_eq!((at.line, at.column), (49, 2));
}

#[test]
fn a_partial_update_is_checked_key_by_key_and_leaves_the_rules_across_fields_to_the_merge() {
    use verifik_flow::{validate_partial, validate_update};
    let found = |partial: Value| match validate_partial(&partial) {
        Ok(()) => Vec::new(),
        Err(errors) => errors
            .iter()
            .map(|v| (v.rule().name().to_owned(), v.pointer().to_owned()))
            .collect(),
    };
    let pair = |rule: &str, pointer: &str| vec![(rule.to_owned(), pointer.to_owned())];
    // Keys left out are fine; so is a status only stored flows have.
    assert!(found(json!({})).is_empty());
    assert!(found(json!({ "status": "paused" })).is_empty());
    assert!(found(json!({ "loginSettings": { "email": true } })).is_empty());
    // A rule across fields waits for the merged flow (D1 needs `documents`).
    assert!(found(json!({ "steps": { "document": "mandatory" } })).is_empty());
    // Each key sent follows its rule, in the words of `validate`.
    assert_eq!(
        found(json!({ "liveness": { "minScroe": 0.7 } })),
        pair("unknown-key", "/liveness/minScroe")
    );
    assert_eq!(
        found(json!({ "liveness": { "minScore": 1.5 } })),
        pair("range", "/liveness/minScore")
    );
    assert_eq!(
        found(json!({ "status": "deleted" })),
        pair("enum", "/status")
    );
    assert_eq!(
        found(json!({ "project": "123" })),
        pair("pattern", "/project")
    );
    // Keys of both kinds in one partial: the key of the other kind is named.
    assert_eq!(
        found(json!({ "loginSettings": { "email": true }, "target": "personal" })),
        pair("flow-type-key", "/target")
    );
    // The merged flow keeps every rule: turning the liveness step on without liveness...
    let stored = read_json("tests/corpus/valid/source-page.json");
    let merged = validate_update(&stored, &json!({ "liveness": { "minScore": 0.8 } })).unwrap();
    assert_eq!(merged["liveness"]["minScore"], 0.8);
    assert_eq!(
        merged["liveness"]["searchMode"], "FAST",
        "objects merge key by key"
    );
    let errors = validate_update(
        &stored,
        &json!({ "documents": { "verificationMethods": [] } }),
    )
    .unwrap_err();
    assert_eq!(errors.iter().next().unwrap().rule(), Rule::D1);
    let paused = validate_update(&stored, &json!({ "status": "paused" })).unwrap();
    assert_eq!(paused["status"], "paused");
}

/// A stored flow may be paused, a body to send may not: one reader decides it
/// (`validate_stored`), read by plans, flows directories, `pull` and updates alike. Its pretty
/// form keeps the typed model's order and writes `paused` at the top level only.
#[test]
fn a_stored_flow_may_be_paused_and_keeps_its_order() {
    let mut body = read_json("tests/corpus/valid/source-page.json");
    body["status"] = json!("paused");
    assert_eq!(
        validate_flow(&body)
            .unwrap_err()
            .iter()
            .next()
            .unwrap()
            .rule(),
        Rule::Enum
    );
    let stored = verifik_flow::validate_stored(&body).unwrap();
    assert!(stored.paused);
    assert_eq!(stored.to_value()["status"], "paused");
    let pretty = stored.to_pretty_json();
    assert_eq!(pretty.matches("\"paused\"").count(), 1, "{pretty}");
    let keys: Vec<&str> = pretty
        .lines()
        .filter(|l| l.starts_with("  \"") && !l.starts_with("   "))
        .map(|l| l.trim_start().split('"').nth(1).unwrap())
        .collect();
    assert_eq!(&keys[..5], ["project", "type", "name", "target", "status"]);
    let errors =
        verifik_flow::validate_stored_slice(b"{\n  \"status\": \"paused\"\n}").unwrap_err();
    assert!(errors.iter().all(|v| v.location().is_some()));
    assert!(!errors.iter().any(|v| v.pointer() == "/status"));
}
