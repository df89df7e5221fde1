//! How diagnostics are shown: a violation as a `file:line:column` line with the source line
//! underlined (the library's `Report`, which services can use too), or as a JSON record.

use verifik_flow::{Report, Violation};

use verifik_flow::Lang;

/// `file:line:column: rule: /pointer: message` (the library's [`Report`] words it).
pub(crate) fn human_line(name: &str, violation: &Violation, lang: Lang) -> String {
    Report::new(name, "").lang(lang).headline(violation)
}

/// `subject: rule: /pointer: message`, for a violation of something that is not a file (a
/// command-line argument, a merged flow): no line and column to give.
pub(crate) fn subject_line(subject: &str, violation: &Violation, lang: Lang) -> String {
    format!("{subject}: {}", violation.what_in(lang))
}

/// `{"file", "pointer", "line", "column", "rule", "message"}`.
pub(crate) fn json_record(name: &str, violation: &Violation, lang: Lang) -> serde_json::Value {
    let (line, column) = violation
        .location()
        .map_or((1, 1), |at| (at.line, at.column));
    serde_json::json!({
        "file": name,
        "pointer": verifik_flow::printable(violation.pointer()),
        "line": line,
        "column": column,
        "rule": violation.rule().name(),
        "message": violation.message_in(lang),
    })
}

/// A file that could not be read: `{"file", "rule": "io", "message"}`, with no place.
pub(crate) fn json_unreadable(name: &str, error: &std::io::Error, lang: Lang) -> serde_json::Value {
    serde_json::json!({
        "file": name,
        "pointer": "",
        "line": null,
        "column": null,
        "rule": super::report::IO_RULE,
        "message": verifik_flow::printable(&super::words::of(lang).cannot_read_file(error)),
    })
}
