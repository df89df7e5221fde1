//! A body written from Verifik's Spanish pages gets, for each name only those pages use, what
//! the value is and what to write instead (the facts: `docs/decisions.md`, "The Spanish pages").

use serde_json::json;
use verifik_flow::{Rule, validate_flow};
use verifik_flow_tests::read_json;

fn message_at(body: &serde_json::Value, pointer: &str) -> (Rule, String) {
    let errors = validate_flow(body).unwrap_err();
    let violation = errors
        .iter()
        .find(|v| v.pointer() == pointer)
        .unwrap_or_else(|| panic!("nothing at {pointer}: {errors}"));
    (violation.rule(), violation.message().to_owned())
}

#[test]
fn the_spanish_pages_names_are_named_and_the_english_ones_given() {
    let mut body = read_json("tests/corpus/valid/source-page.json");
    body["steps"]["document"] = json!("disabled");
    body["signUpForm"]["emailGateway"] = json!("sendgrid");
    body["signUpForm"]["countryCode"] = json!(true);
    body["integrations"] = json!({ "source": "WEBHOOK" });
    let cases = [
        (
            "/steps/document",
            Rule::Enum,
            "found `\"disabled\"`: the Spanish documentation's name for `skip`",
        ),
        (
            "/signUpForm/emailGateway",
            Rule::Enum,
            "the Spanish documentation's name for `mailgun`",
        ),
        (
            "/signUpForm/countryCode",
            Rule::Type,
            "the Spanish documentation writes a boolean here",
        ),
        (
            "/integrations/source",
            Rule::Enum,
            "the Spanish documentation's name for `API`",
        ),
    ];
    for (pointer, rule, hint) in cases {
        let (found, message) = message_at(&body, pointer);
        assert_eq!(found, rule, "{pointer}: {message}");
        assert!(message.contains(hint), "{pointer}: {message}");
        assert!(!message.contains("did you mean"), "{pointer}: {message}");
    }
    let mut typed = read_json("tests/corpus/valid/minimal.json");
    typed["type"] = json!("verification");
    let (_, message) = message_at(&typed, "/type");
    assert!(
        message.contains("the Spanish documentation's name for `login`"),
        "{message}"
    );
    let mut login = read_json("tests/corpus/valid/login-source-page.json");
    login["security"]["strategy"] = json!("blacklist");
    let (_, message) = message_at(&login, "/security/strategy");
    assert!(message.contains("write `whitelist` or `none`"), "{message}");
}

/// One mistake of each rule, in the library: the message in English (`message`) and in
/// Spanish (`message_in(Lang::Es)`), as the table `tests/fixtures/messages.json` says; the
/// CLI's tests check the same table through `--lang`.
#[test]
fn each_rule_reads_as_the_table_says_in_both_languages() {
    let cases = verifik_flow_tests::expected_messages();
    let mut rules = std::collections::BTreeSet::new();
    for case in &cases {
        let text = verifik_flow_tests::message_case_text(case);
        let errors = verifik_flow::validate_flow_str(&text).unwrap_err();
        let rule = case["rule"].as_str().unwrap();
        let violation = errors
            .iter()
            .find(|v| v.rule().name() == rule && v.pointer() == case["pointer"].as_str().unwrap())
            .unwrap_or_else(|| panic!("no {rule} at {}: {errors}", case["pointer"]));
        assert_eq!(violation.message(), case["en"].as_str().unwrap(), "{rule}");
        assert_eq!(
            violation.message_in(verifik_flow::Lang::Es),
            case["es"].as_str().unwrap(),
            "{rule}"
        );
        rules.insert(violation.rule());
    }
    // Every rule a body can break has its case (`length` has no keyword of the committed
    // schema that reaches it).
    for rule in Rule::ALL {
        assert!(
            rules.contains(rule) || *rule == Rule::Length,
            "no case of {rule} in tests/fixtures/messages.json"
        );
    }
}

/// The body of the Spanish update page gets its hints in Spanish too.
#[test]
fn the_spanish_pages_names_are_named_in_spanish() {
    let mut body = read_json("tests/corpus/valid/source-page.json");
    body["steps"]["liveness"] = json!("disabled");
    let errors = validate_flow(&body).unwrap_err();
    let violation = errors.iter().next().unwrap();
    assert_eq!(violation.pointer(), "/steps/liveness");
    assert_eq!(
        violation.message_in(verifik_flow::Lang::Es),
        "`liveness` debe ser uno de estos valores: `mandatory`, `optional` o `skip`, no \
         `\"disabled\"`: es el nombre que usa la documentación en español para `skip`"
    );
}
