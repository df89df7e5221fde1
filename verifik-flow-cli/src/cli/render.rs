//! How diagnostics are shown: the one place that renders a violation, as a
//! `file:line:column` line with the source line underlined, or as a JSON record.

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use verifik_flow::Violation;

/// The renderer of source snippets: styled on a terminal, plain elsewhere.
pub(crate) fn renderer(styled: bool) -> Renderer {
    if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Ascii)
}

/// `file:line:column: rule: /pointer: message`.
pub(crate) fn human_line(name: &str, violation: &Violation) -> String {
    let (line, column) = violation
        .location()
        .map_or((1, 1), |at| (at.line, at.column));
    format!("{name}:{line}:{column}: {}", violation.what())
}

/// `subject: rule: /pointer: message`, for a violation of something that is not a file (a
/// command-line argument, a merged flow): no line and column to give.
pub(crate) fn subject_line(subject: &str, violation: &Violation) -> String {
    format!("{subject}: {}", violation.what())
}

/// The line of the violation with its token underlined. Only that line (cut to a window
/// around the token when it is long, as in minified JSON) goes to the renderer.
pub(crate) fn snippet(renderer: &Renderer, text: &str, violation: &Violation) -> Option<String> {
    const CONTEXT: usize = 60;
    let span = violation.span()?;
    let line = violation.location()?.line;
    if span.start > text.len() {
        return None;
    }
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.start..]
        .find('\n')
        .map_or(text.len(), |i| span.start + i);
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let from = floor(span.start.saturating_sub(CONTEXT).max(line_start));
    let to = floor((span.end.max(span.start) + CONTEXT).min(line_end));
    let (prefix, suffix) = (
        if from > line_start { "..." } else { "" },
        if to < line_end { "..." } else { "" },
    );
    let source = format!("{prefix}{}{suffix}", &text[from..to]);
    let start = prefix.len() + span.start - from;
    let end = prefix.len() + floor(span.end.min(to)) - from;
    let report = &[Group::with_level(Level::ERROR).element(
        Snippet::source(&source).line_start(line).annotation(
            AnnotationKind::Primary
                .span(start..end.max(start))
                .label(violation.rule().name()),
        ),
    )];
    Some(renderer.render(report))
}

/// `{"file", "pointer", "line", "column", "rule", "message"}`.
pub(crate) fn json_record(name: &str, violation: &Violation) -> serde_json::Value {
    let (line, column) = violation
        .location()
        .map_or((1, 1), |at| (at.line, at.column));
    serde_json::json!({
        "file": name,
        "pointer": verifik_flow::printable(violation.pointer()),
        "line": line,
        "column": column,
        "rule": violation.rule().name(),
        "message": violation.message(),
    })
}

/// A file that could not be read: `{"file", "rule": "io", "message"}`, with no place.
pub(crate) fn json_unreadable(name: &str, error: &std::io::Error) -> serde_json::Value {
    serde_json::json!({
        "file": name,
        "pointer": "",
        "line": null,
        "column": null,
        "rule": super::report::IO_RULE,
        "message": verifik_flow::printable(&format!("cannot read the file: {error}")),
    })
}

/// `1 file`, `3 files`.
pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
