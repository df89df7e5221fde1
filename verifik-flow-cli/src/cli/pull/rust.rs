//! `pull --rust FILE.rs`: a project's flows as a Rust module, one documented function a flow
//! returning its `flow!` literal, written so that it compiles whatever Verifik holds (names
//! that are keywords, controls and bidirectional characters, backticks and HTML).

use std::collections::BTreeSet;
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use verifik_flow::plan::remote_body;
use verifik_flow::{FlowType, Lang, ProjectFlowRecord};

use super::super::flows::one;
use super::super::remote::{remote, say, show};
use super::super::words;
use super::{Args, plain_id, slug};

/// `pull --rust FILE.rs`: the project's flows as a Rust module.
pub(super) fn rust(args: Args, module: PathBuf, lang: Lang) -> io::Result<ExitCode> {
    remote(
        |client| async move {
            let records = match client.list_all(&args.project, args.flow_type).await {
                Ok(records) => records,
                Err(error) => {
                    return Ok(one(show::<()>(Err(error), lang)));
                }
            };
            let text = rust_module(args.project.as_str(), &records);
            match std::fs::read_to_string(&module) {
                Ok(existing) if existing != text && !args.force => {
                    note!(
                        "error: {}",
                        words::of(lang).pull_kept(
                            &verifik_flow::printable(&module.display().to_string()),
                            &words::KeptFrom::ProjectFlows,
                        )
                    );
                    return Ok(ExitCode::from(1));
                }
                _ => std::fs::write(&module, &text)?,
            }
            say(
                &words::of(lang).pulled_module(
                    records.len(),
                    args.project.as_str(),
                    &verifik_flow::printable(&module.display().to_string()),
                ),
                lang,
            );
            Ok(ExitCode::SUCCESS)
        },
        lang,
    )
}

/// A Rust module of `records`: one documented function a flow, returning its `flow!`
/// literal, one key a line; a flow that `flow!` would refuse (paused, or breaking a rule) is a
/// comment that says why.
pub(crate) fn rust_module(project: &str, records: &[ProjectFlowRecord]) -> String {
    use std::fmt::Write as _;
    let mut out = format!(
        "//! The flows of Verifik project {project}, pulled by\n\
         //! `verifik-flow pull --rust`: one function a flow, returning its `flow!` literal\n\
         //! (checked when this compiles).\n"
    );
    let mut names = BTreeSet::new();
    for record in records {
        let body = remote_body(record);
        let name = record.name.as_deref().map_or_else(
            || {
                format!(
                    "nameless {} flow {}",
                    record.flow_type.map_or("", FlowType::as_str),
                    verifik_flow::printable(&record.id)
                )
            },
            |n| format!("{n:?}"),
        );
        // The module is code: its comments are English whatever the language of the run, so
        // that a pull in another language finds the same file unchanged.
        let refused = match verifik_flow::validate_stored(&body) {
            Ok(stored) if stored.paused => {
                Some("its status is `paused`, which a body to send cannot have".to_owned())
            }
            Ok(_) => None,
            Err(errors) => Some(errors.to_string()),
        };
        if let Some(why) = refused {
            let _ = writeln!(
                out,
                "\n// Flow {} ({}) is left out: `flow!` would refuse it:",
                verifik_flow::printable(&record.id),
                verifik_flow::printable(&name)
            );
            for line in why.lines() {
                let _ = writeln!(out, "// {}", verifik_flow::printable(line));
            }
            continue;
        }
        let typed =
            verifik_flow::validate_flow(&body).map(|flow| serde_json::to_string_pretty(&flow));
        let Ok(Ok(pretty)) = typed else { continue };
        let function = unique(&function_name(record), &mut names);
        let returns = if record.flow_type == Some(FlowType::Login) {
            "LoginFlow"
        } else {
            "ProjectFlow"
        };
        let members = pretty
            .strip_prefix("{\n")
            .and_then(|rest| rest.strip_suffix("\n}"))
            .unwrap_or_default();
        let _ = write!(
            out,
            "\n/// Flow {} ({}), as Verifik holds it.\npub fn {function}() -> verifik_flow::{returns} {{\n    verifik_flow::flow! {{\n",
            code_span(&record.id),
            code_span(&name)
        );
        for line in rust_strings(members).lines() {
            let _ = writeln!(out, "      {line}");
        }
        out.push_str("    }\n}\n");
    }
    out
}

/// `text` as a Markdown code span in a doc comment: escaped as a Rust string shows it (no
/// control or bidirectional character, no line break), between backticks one longer than any
/// run inside it; raw HTML in a code span is text.
fn code_span(text: &str) -> String {
    let shown = verifik_flow::printable(text).into_owned();
    let longest = shown.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    if shown.starts_with('`') || shown.ends_with('`') {
        format!("{fence} {shown} {fence}")
    } else {
        format!("{fence}{shown}{fence}")
    }
}

/// Pretty JSON with each string literal written as Rust writes it (`"\u{1b}"`, not JSON's
/// `"\u001b"`, which is no Rust escape), bidirectional characters escaped too (a literal
/// holding one is a deny-by-default lint). The layout and the order of keys stay.
fn rust_strings(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut rest = json;
    while let Some(start) = rest.find('"') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let mut end = 0;
        let mut escaped = false;
        for (i, c) in after.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        let literal = &rest[start..=start + 1 + end];
        let text: String = serde_json::from_str(literal).unwrap_or_default();
        out.push_str(&verifik_flow::printable(&format!("{text:?}")));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Rust's keywords, strict, reserved and weak: a function of one of these names would not
/// compile (`r#self` is no valid raw identifier either), so such a name gets `_flow`.
const KEYWORDS: &[&str] = &[
    "abstract",
    "as",
    "async",
    "await",
    "become",
    "box",
    "break",
    "const",
    "continue",
    "crate",
    "do",
    "dyn",
    "else",
    "enum",
    "extern",
    "false",
    "final",
    "fn",
    "for",
    "gen",
    "if",
    "impl",
    "in",
    "let",
    "loop",
    "macro",
    "macro_rules",
    "match",
    "mod",
    "move",
    "mut",
    "override",
    "priv",
    "pub",
    "raw",
    "ref",
    "return",
    "safe",
    "self",
    "static",
    "struct",
    "super",
    "trait",
    "true",
    "try",
    "type",
    "typeof",
    "union",
    "unsafe",
    "unsized",
    "use",
    "virtual",
    "where",
    "while",
    "yield",
];

/// The function of a flow: the snake case of its name's slug (`flow_<id>` without a name), an
/// identifier that compiles whatever the name (a keyword gets `_flow`).
fn function_name(record: &ProjectFlowRecord) -> String {
    let slug = slug(record, '_', |c| c.is_ascii_alphanumeric());
    if slug.is_empty() {
        format!("flow_{}", plain_id(record))
    } else if slug.starts_with(|c: char| c.is_ascii_digit()) {
        format!("flow_{slug}")
    } else if KEYWORDS.contains(&slug.as_str()) {
        format!("{slug}_flow")
    } else {
        slug
    }
}

/// `name`, or `name_2`, ... when taken.
fn unique(name: &str, taken: &mut BTreeSet<String>) -> String {
    let mut candidate = name.to_owned();
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{name}_{n}");
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::super::{file_name, is_plain_file_name};
    use super::*;

    fn record(json: serde_json::Value) -> ProjectFlowRecord {
        serde_json::from_value(json).unwrap()
    }

    /// JSON's escapes are not all Rust's (`\u001b` is no Rust escape): each string literal is
    /// written as Rust writes it, bidirectional characters escaped; the layout stays.
    #[test]
    fn strings_are_written_as_rust_literals() {
        let json = "{\n  \"a\": \"x\\u001by\",\n  \"b\": [\"\u{202e}\\\"q\\\\\"]\n}";
        assert_eq!(
            rust_strings(json),
            "{\n  \"a\": \"x\\u{1b}y\",\n  \"b\": [\"\\u{202e}\\\"q\\\\\"]\n}"
        );
        assert_eq!(code_span("a `b` c"), "``a `b` c``");
        assert_eq!(code_span("`x"), "`` `x ``");
        assert_eq!(code_span("<img src=x>"), "`<img src=x>`");
    }

    #[test]
    fn a_flow_that_flow_would_refuse_is_a_comment_that_says_why() {
        let base = serde_json::json!({
            "project": "65b03015c03e1a1b595fe61c", "type": "onboarding", "target": "personal",
            "signUpForm": { "email": true, "emailGateway": "mailgun" },
        });
        let mut paused = base.clone();
        paused["_id"] = "65b03015c03e1a1b595fe7a1".into();
        paused["name"] = "Paused".into();
        paused["status"] = "paused".into();
        let mut broken = base.clone();
        broken["_id"] = "65b03015c03e1a1b595fe7a2".into();
        broken["name"] = "2 Unreachable".into();
        broken["status"] = "active".into();
        broken["signUpForm"] = serde_json::json!({ "email": false, "phone": false });
        let mut fine = base;
        fine["_id"] = "65b03015c03e1a1b595fe7a3".into();
        fine["name"] = "Fine".into();
        fine["status"] = "draft".into();
        let module = rust_module(
            "65b03015c03e1a1b595fe61c",
            &[record(paused), record(broken), record(fine)],
        );
        assert!(
            module.contains("// Flow 65b03015c03e1a1b595fe7a1 (\"Paused\") is left out"),
            "{module}"
        );
        assert!(module.contains("`paused`"), "{module}");
        assert!(
            module.contains("// Flow 65b03015c03e1a1b595fe7a2 (\"2 Unreachable\") is left out"),
            "{module}"
        );
        assert!(module.contains("S1: "), "{module}");
        assert_eq!(module.matches("pub fn ").count(), 1, "{module}");
        assert!(
            module.contains("pub fn fine() -> verifik_flow::ProjectFlow {"),
            "{module}"
        );
        // An `_id` from the answer never names another folder or breaks the module.
        let hostile = record(serde_json::json!({ "_id": "../../x\n}fn y(){" }));
        assert_eq!(
            file_name(&hostile, &BTreeSet::new()),
            "xfny.verifik-flow.json"
        );
        assert_eq!(function_name(&hostile), "flow_xfny");
        for bad in ["../a.json", "a/b.json", ".hidden.json", "..", ""] {
            assert!(!is_plain_file_name(bad), "{bad}");
        }
        assert!(is_plain_file_name("kyc.verifik-flow.json"));
        // A name that starts with a digit still makes a function name.
        assert_eq!(
            function_name(&record(
                serde_json::json!({ "_id": "x", "name": "2 Unreachable" })
            )),
            "flow_2_unreachable"
        );
    }
}
