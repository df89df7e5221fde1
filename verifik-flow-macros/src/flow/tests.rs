//! The macro's stages without a compiler: the shared corpus, and arbitrary input.

use std::path::Path;

use proc_macro2::TokenStream;
use proptest::prelude::*;

use super::check::{Mode, check};
use super::parse::parse;

fn corpus(kind: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/corpus")
        .join(kind);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// A JSON file as the members of a `flow!` literal: JSON is a Rust token stream.
fn literal(json: &str) -> TokenStream {
    let inner = json
        .trim()
        .strip_prefix('{')
        .unwrap()
        .strip_suffix('}')
        .unwrap();
    inner.parse().unwrap()
}

fn errors(json: &str) -> Vec<String> {
    let object = parse(literal(json), proc_macro2::Span::call_site()).unwrap();
    match check(&object, Mode::Strict) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
    }
}

/// The macro, `validate` and the committed schema agree: every valid body of the shared
/// corpus compiles, and every invalid one fails with its rule (named in its file name) and
/// nothing else. The Rust, Ajv, VS Code and Python checks read the same corpus.
#[test]
fn the_macro_agrees_with_the_shared_corpus() {
    for (name, json) in corpus("valid") {
        assert_eq!(errors(&json), Vec::<String>::new(), "{name}");
    }
    for (name, json) in corpus("invalid") {
        let rule = name.split("--").next().unwrap();
        let found = errors(&json);
        assert_eq!(found.len(), 1, "{name}: {found:?}");
        assert!(
            found[0].starts_with(&format!("{rule}: ")),
            "{name}: {found:?}"
        );
    }
}

/// A key twice in one object, at the top or nested, is refused at its second copy in the words
/// `validate` gives the same JSON text (`rule: message`), once, whatever else is right.
#[test]
fn a_duplicate_key_is_refused_as_validate_refuses_it() {
    let valid = r#"{"project": "65b03015c03e1a1b595fe61c", "type": "onboarding", "name": "Probe",
        "target": "personal", "status": "draft""#;
    for (extra, key) in [
        (r#", "name": "Again"}"#, "name"),
        (
            r#", "liveness": {"minScore": 0.7, "minScore": 0.8}}"#,
            "minScore",
        ),
    ] {
        let json = format!("{valid}{extra}");
        let by_validate = verifik_flow_rules::text::parse(&json).unwrap_err();
        let violation = by_validate.iter().next().unwrap();
        assert_eq!(violation.rule(), verifik_flow_rules::Rule::DuplicateKey);
        assert!(violation.message().contains(&format!("`{key}`")), "{json}");
        let expected = format!("{}: {}", violation.rule(), violation.message());
        assert_eq!(errors(&json), [expected], "{json}");
    }
}

#[test]
fn syntax_errors_are_reported_not_panicked() {
    for (input, message) in [
        ("\"project\" \"x\"", "expected `:` after the key `project`"),
        (
            "\"project\": \"x\" \"type\": 1",
            "expected `,` between members",
        ),
        ("42: 1", "expected a key"),
        ("\"project\": ,", "expected a value"),
        ("\"a\": 1.5f64", "a JSON number has no suffix"),
    ] {
        let error = parse(input.parse().unwrap(), proc_macro2::Span::call_site())
            .err()
            .unwrap()
            .to_string();
        assert!(error.starts_with(message), "{input}: {error}");
    }
}

#[test]
fn an_unknown_key_is_reported_even_with_an_interpolated_value() {
    let input: TokenStream = "project: \"65b03015c03e1a1b595fe61c\", type: \"onboarding\", \
        name: \"x\", target: \"personal\", status: \"draft\", liveness: { minScroe: score }"
        .parse()
        .unwrap();
    let errors = check(
        &parse(input, proc_macro2::Span::call_site()).unwrap(),
        Mode::Fallible,
    )
    .err()
    .unwrap()
    .to_string();
    assert!(
        errors.starts_with("unknown-key: unknown key `minScroe`"),
        "{errors}"
    );
}

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\"project\"".to_owned()),
        Just("\"liveness\"".to_owned()),
        Just("minScore".to_owned()),
        Just("type".to_owned()),
        Just(":".to_owned()),
        Just(",".to_owned()),
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("null".to_owned()),
        Just("true".to_owned()),
        Just("-".to_owned()),
        Just("0.65".to_owned()),
        Just("3".to_owned()),
        Just("1e999".to_owned()),
        Just("x.y".to_owned()),
        Just("::".to_owned()),
        Just("'c'".to_owned()),
        "[a-z]{1,6}",
        "\"[A-Za-z ]{0,6}\"",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    /// Whatever tokens it is given, the macro answers with tokens (an expansion or errors):
    /// it never panics.
    #[test]
    fn any_tokens_get_an_answer(tokens in prop::collection::vec(token(), 0..40)) {
        // Only balanced input reaches a macro: rustc refuses the rest before.
        if let Ok(stream) = tokens.join(" ").parse::<TokenStream>() {
            let _ = super::flow(stream.clone(), Mode::Strict);
            let _ = super::flow(stream, Mode::Fallible);
        }
    }
}

/// The macro underlines the token `validate` (and so the CLI) underlines, for every rule of the
/// shared corpus: both ask `verifik-flow-rules` where a violation is shown. The file's outer
/// braces are blanked, so the literal's tokens stand where the text's do.
#[test]
fn the_macro_shows_each_violation_at_the_token_validate_shows_it() {
    use verifik_flow_rules::{Token, ValidationErrors, checker, text};

    let mut compared = 0;
    for (name, json) in corpus("invalid") {
        let located = text::parse(&json).map(|value| {
            let violations = checker().violations(&value);
            text::locate(&json, ValidationErrors::new(violations))
        });
        let violations = located.expect("the corpus is JSON").into_vec();
        let open = json.find('{').unwrap();
        let close = json.rfind('}').unwrap();
        let mut blanked = json.clone();
        blanked.replace_range(open..=open, " ");
        blanked.replace_range(close..=close, " ");
        let object = parse(blanked.parse().unwrap(), proc_macro2::Span::call_site()).unwrap();
        let errors: Vec<syn::Error> = match check(&object, Mode::Strict) {
            Ok(_) => panic!("{name}: the macro accepted it"),
            Err(errors) => errors.into_iter().collect(),
        };
        assert_eq!(errors.len(), violations.len(), "{name}");
        for (violation, error) in violations.iter().zip(&errors) {
            let place = violation.place();
            if place.pointer.is_empty() && place.token == Token::Value {
                continue; // the body itself: the macro's own braces, not in the file
            }
            let at = violation.location().unwrap();
            let start = error.span().start();
            assert_eq!(
                (start.line, start.column + 1),
                (at.line, at.column),
                "{name}: {} at {place:?}",
                violation.rule()
            );
            compared += 1;
        }
    }
    assert!(compared >= 30, "only {compared} compared");
}

#[test]
fn errors_come_in_the_literals_order() {
    // The schema check meets `liveness` before `signUpForm` and the unknown key last; the
    // literal has them the other way round, and so must its errors.
    let found = errors(
        r#"{
        "nmae": "x",
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "Ordered",
        "target": "personal",
        "status": "draft",
        "signUpForm": { "phone": true, "phoneGateway": "none" },
        "liveness": { "searchMode": "SLOW", "minScore": 1.5 }
    }"#,
    );
    let rules: Vec<&str> = found.iter().map(|e| e.split(':').next().unwrap()).collect();
    assert_eq!(rules, ["unknown-key", "S3", "enum", "range"], "{found:?}");
}
