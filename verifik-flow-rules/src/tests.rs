//! The check on small schemas, as a table of inputs and expected `(rule, pointer, message)`.

use serde_json::{Value, json};

use crate::{Checker, MAX_VIOLATIONS, Rule, escape, subject, suggest, unescape};

fn schema() -> Value {
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "type": "object",
        "additionalProperties": false,
        "required": ["mode"],
        "properties": {
            "mode": { "type": "string", "enum": ["FAST", "ACCURATE"] },
            "score": { "type": "number", "minimum": 0.5, "maximum": 0.9 },
            "id": { "type": "string", "pattern": "^[0-9a-f]{4}$", "errorMessage": "must be 4 hex digits" },
            "items": { "type": "array", "x-unique-keys": ["name"] },
            "email": { "type": "boolean" },
            "gateway": { "type": "string" },
        },
        "allOf": [{
            "x-rule": "S2",
            "errorMessage": "`email: true` needs a `gateway`",
            "if": { "required": ["email"], "properties": { "email": { "const": true } } },
            "then": { "required": ["gateway"] },
        }],
    })
}

#[test]
fn each_failure_reads_as_its_rule() {
    let checker = Checker::new(schema()).unwrap();
    let cases: &[(Value, Rule, &str, &str)] = &[
        (
            json!({}),
            Rule::MissingKey,
            "",
            "missing required key `mode` in the body",
        ),
        (
            json!({ "mode": "SLOW" }),
            Rule::Enum,
            "/mode",
            "`mode` must be `FAST` or `ACCURATE`, found `\"SLOW\"`",
        ),
        (
            json!({ "mode": "fast" }),
            Rule::Enum,
            "/mode",
            "`mode` must be `FAST` or `ACCURATE`, found `\"fast\"`: did you mean `FAST`?",
        ),
        (
            json!({ "mode": "FAST", "score": 1.5 }),
            Rule::Range,
            "/score",
            "`score` must be between 0.5 and 0.9, found `1.5`",
        ),
        (
            json!({ "mode": "FAST", "id": "xyz" }),
            Rule::Pattern,
            "/id",
            "`id` must be 4 hex digits, found `\"xyz\"`",
        ),
        (
            json!({ "mode": "FAST", "scroe": 1 }),
            Rule::UnknownKey,
            "/scroe",
            "unknown key `scroe` in the body: did you mean `score`?",
        ),
        (
            json!({ "mode": "FAST", "email": "yes" }),
            Rule::Type,
            "/email",
            "`email` must be a boolean, found `\"yes\"`",
        ),
        (
            json!({ "mode": "FAST", "email": true }),
            Rule::S2,
            "",
            "`email: true` needs a `gateway`",
        ),
        (
            json!({ "mode": "FAST", "items": [{ "name": "a" }, { "name": "a" }] }),
            Rule::UniqueItems,
            "/items",
            "`items` lists `name` `\"a\"` twice, in items 0 and 1: list each once, with all its configurations",
        ),
    ];
    for (value, rule, pointer, message) in cases {
        let found = checker.violations(value);
        let found: Vec<(Rule, &str, &str)> = found
            .iter()
            .map(|v| (v.rule(), v.pointer(), v.message()))
            .collect();
        assert_eq!(found, [(*rule, *pointer, *message)], "{value}");
        assert!(!checker.is_valid(value));
    }
    assert!(checker.is_valid(&json!({ "mode": "FAST", "email": true, "gateway": "x" })));
    assert!(checker.violations(&json!({ "mode": "FAST" })).is_empty());
}

#[test]
fn past_the_limit_the_list_is_cut_and_says_so() {
    let checker = Checker::new(schema()).unwrap();
    let mut body = serde_json::Map::new();
    body.insert("mode".into(), json!("FAST"));
    for i in 0..(MAX_VIOLATIONS + 5) {
        body.insert(format!("extra{i}"), json!(i));
    }
    let found = checker.violations(&Value::Object(body));
    assert_eq!(found.len(), MAX_VIOLATIONS + 1);
    assert_eq!(found.last().unwrap().rule(), Rule::TooManyErrors);
}

#[test]
fn pointers_name_their_member() {
    assert_eq!(subject(""), "the body");
    assert_eq!(subject("/liveness/minScore"), "`minScore`");
    assert_eq!(
        subject("/documents/verificationMethods/1"),
        "`verificationMethods[1]`"
    );
    assert_eq!(subject("/a~1b"), "`a/b`");
    assert_eq!(unescape(&escape("a/b~c")), "a/b~c");
}

#[test]
fn suggestions_are_for_typos_only() {
    let keys = ["minScore", "searchMinScore", "searchMode"];
    assert_eq!(suggest("minScroe", &keys), Some("minScore"));
    assert_eq!(suggest("SEARCHMODE", &keys), Some("searchMode"));
    assert_eq!(suggest("webhookUrl", &keys), None);
}

#[test]
fn every_rule_name_reads_back() {
    for rule in Rule::ALL {
        assert_eq!(Rule::from_name(rule.name()), Some(*rule));
    }
}

/// The borrowed document gives every corpus file the verdict its `Value` gets, and gives up
/// (so the `Value` path explains) on a duplicate key, an error, or nesting past the limit.
#[test]
fn the_borrowed_document_agrees_with_the_value_on_the_corpus() {
    use crate::{Document, checker};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus");
    let mut checked = 0;
    for kind in ["valid", "invalid"] {
        for entry in std::fs::read_dir(root.join(kind)).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let value: Value = serde_json::from_str(&text).unwrap();
            let document = Document::parse(&text).unwrap();
            assert_eq!(document.to_value(), value);
            assert_eq!(
                checker().is_valid_document(&document),
                kind == "valid",
                "{text}"
            );
            checked += 1;
        }
    }
    assert!(checked > 30);
    assert_eq!(Document::parse(r#"{"a": 1, "a": 2}"#), None);
    assert_eq!(Document::parse(r#"{"a": 1,}"#), None);
    assert_eq!(Document::parse(&"[".repeat(200)), None);
    let many = (0..40)
        .map(|i| format!("\"k{i}\": {i},"))
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(Document::parse(&format!("{{{many} \"k39\": 0}}")), None);
    assert!(Document::parse(&format!("{{{many} \"k40\": 0}}")).is_some());
}

#[test]
fn input_is_printed_with_controls_and_bidi_characters_escaped() {
    use crate::text::printable;
    assert!(matches!(
        printable("minScore"),
        std::borrow::Cow::Borrowed(_)
    ));
    assert_eq!(
        printable("a\u{1b}[2J\u{7}\r\n\t\u{9b}\u{202e}é"),
        r"a\u{1b}[2J\u{7}\r\n\t\u{9b}\u{202e}é"
    );
    // The message of a violation quotes the key; what it prints cannot move the terminal.
    let violation = crate::Violation::new(
        Rule::UnknownKey,
        "/x",
        crate::Message::from_fn(|lang| {
            lang.words().unknown_key("\u{1b}]0;t\u{7}", "`x`", None, "")
        }),
    );
    assert!(violation.message().contains(r"`\u{1b}]0;t\u{7}`"));
    assert!(
        violation
            .message_in(crate::Lang::Es)
            .contains(r"`\u{1b}]0;t\u{7}`")
    );
}

/// A pointer as a dotted path, the one way every place writes one (plans, the stand-in's
/// errors): segments unescaped, the body itself empty.
#[test]
fn a_pointer_reads_as_a_dotted_path() {
    assert_eq!(
        crate::dotted("/documents/documentTypes/0"),
        "documents.documentTypes.0"
    );
    assert_eq!(crate::dotted("/a~1b/c~0d"), "a/b.c~d");
    assert_eq!(crate::dotted(""), "");
}

/// `MAX_NESTING` is `serde_json`'s recursion limit, which it does not export: that many levels
/// parse, one more is `too-deep`, and the message says the number.
#[test]
fn the_nesting_limit_is_serde_jsons() {
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(crate::text::parse(&nested(crate::text::MAX_NESTING)).is_ok());
    let errors = crate::text::parse(&nested(crate::text::MAX_NESTING + 1)).unwrap_err();
    let violation = errors.iter().next().unwrap();
    assert_eq!(violation.rule(), crate::Rule::TooDeep);
    assert!(
        violation
            .message()
            .contains(&crate::text::MAX_NESTING.to_string())
    );
}

/// The pseudo-language's schema is the English one with every text a person reads (each text
/// the Spanish edition translates, by the one list of `schema_texts`) in brackets: a text of
/// the schema that no catalogue entry covers would show unbracketed in it.
#[cfg(feature = "pseudo")]
#[test]
fn the_pseudo_schema_brackets_every_text() {
    let mut pseudo = crate::schema_in(crate::Lang::Pseudo).clone();
    let mut english = crate::schema_in(crate::Lang::En).clone();
    let mut texts = 0;
    crate::schema_texts::each_text(&mut pseudo, "", &mut |id, text| {
        assert!(text.starts_with('⟦') && text.ends_with('⟧'), "{id}: {text}");
        texts += 1;
    });
    // And nothing else changed: unbracketed, it is the English schema.
    crate::schema_texts::each_text(&mut pseudo, "", &mut |_, text| {
        *text = text
            .strip_prefix('⟦')
            .and_then(|t| t.strip_suffix('⟧'))
            .unwrap_or(text)
            .to_owned();
    });
    crate::schema_texts::each_text(&mut english, "", &mut |_, _| {});
    assert_eq!(pseudo, english);
    assert!(texts > 100, "{texts}");
}
