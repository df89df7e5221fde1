//! `flow!` and `validate` (so the CLI) underline the same token for the same rule: the
//! compile-fail UI cases whose literal is plain JSON are validated as text, with every other
//! character of the file blanked so that lines and columns stay, and each violation must stand
//! where rustc's `.stderr` shows the macro's error. (The shared corpus is compared inside
//! `verifik-flow-derive`, token by token.)

use std::collections::BTreeSet;

use verifik_flow::{Rule, Token, validate_str};
use verifik_flow_tests::root;

/// The file with everything but the macro's braced literal blanked, and the line and column
/// of the macro's path (where rustc shows an error about the whole literal).
fn literal_only(source: &str) -> Option<(String, (usize, usize))> {
    let path = source
        .find("verifik_flow::flow!")
        .or_else(|| source.find("verifik_flow::try_flow!"))?;
    let open = path + source[path..].find('{')?;
    let mut depth = 0;
    let mut close = None;
    for (i, c) in source[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(open + i);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    let blanked: String = source
        .char_indices()
        .map(|(i, c)| {
            if (open..=close).contains(&i) || c == '\n' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let line = source[..path].matches('\n').count() + 1;
    let column = path - source[..path].rfind('\n').map_or(0, |i| i + 1) + 1;
    Some((blanked, (line, column)))
}

/// `(rule, line, column)` of each error of a `.stderr`.
fn shown(stderr: &str) -> BTreeSet<(String, usize, usize)> {
    let mut found = BTreeSet::new();
    let mut rule = None;
    for line in stderr.lines() {
        if let Some(message) = line.strip_prefix("error: ") {
            rule = message.split(':').next().map(str::to_owned);
        } else if let (Some(at), Some(name)) = (line.trim_start().strip_prefix("--> "), &rule) {
            let mut parts = at.rsplitn(3, ':');
            let column = parts.next().and_then(|c| c.parse().ok());
            let line = parts.next().and_then(|l| l.parse().ok());
            if let (Some(line), Some(column)) = (line, column) {
                found.insert((name.clone(), line, column));
            }
            rule = None;
        }
    }
    found
}

#[test]
fn flow_and_validate_underline_the_same_token_in_every_json_ui_case() {
    let dir = root().join("ui/tests/ui/flow");
    let mut compared = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
    {
        let source = std::fs::read_to_string(path).unwrap();
        let Some((text, call_site)) = literal_only(&source) else {
            continue;
        };
        let Err(errors) = validate_str(&text) else {
            continue;
        };
        if errors.iter().any(|v| v.rule() == Rule::Syntax) {
            continue; // bare keys, trailing commas or Rust expressions: not JSON text
        }
        let expected: BTreeSet<(String, usize, usize)> = errors
            .iter()
            .map(|violation| {
                let place = violation.place();
                let (line, column) = if place.pointer.is_empty() && place.token == Token::Value {
                    call_site // the body itself: rustc shows the macro call
                } else {
                    let at = violation.location().unwrap();
                    (at.line, at.column)
                };
                (violation.rule().name().to_owned(), line, column)
            })
            .collect();
        let stderr = std::fs::read_to_string(path.with_extension("stderr")).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(shown(&stderr), expected, "{name}");
        compared.push(name);
    }
    assert!(
        compared.len() >= 25,
        "only {} JSON cases: {compared:?}",
        compared.len()
    );
    // Every rule across fields has a JSON case, and so do the single-value rules.
    for rule in [
        "S1", "S2", "S3", "S4", "D1", "D2", "D3", "D4", "L1", "I1", "I2", "enum", "range",
    ] {
        assert!(
            compared.iter().any(|name| name.starts_with(rule)),
            "no JSON UI case for {rule}: {compared:?}"
        );
    }
}
