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
