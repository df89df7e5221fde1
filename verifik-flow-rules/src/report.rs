//! A violation as the CLI shows it: `path:line:column: rule: /pointer: message`, then the
//! source line with the token underlined. Public, so that a service shows what the CLI shows.

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::{Lang, Violation};

/// How violations of one source are shown.
#[derive(Clone, Debug)]
pub struct Report<'a> {
    path: &'a str,
    source: &'a str,
    styled: bool,
    lang: Lang,
}

impl<'a> Report<'a> {
    /// Violations of `source`, named `path` (a file name, `<stdin>`, a request's name).
    pub fn new(path: &'a str, source: &'a str) -> Self {
        Self {
            path,
            source,
            styled: false,
            lang: Lang::En,
        }
    }

    /// With the messages in `lang` (English by default). The rule names, pointers, lines and
    /// columns are the same in every language.
    #[must_use]
    pub fn lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// With a terminal's colours (ANSI escapes), or plain (the default).
    #[must_use]
    pub fn styled(mut self, styled: bool) -> Self {
        self.styled = styled;
        self
    }

    /// The first line: `path:line:column: rule: /pointer: message`.
    pub fn headline(&self, violation: &Violation) -> String {
        let (line, column) = violation
            .location()
            .map_or((1, 1), |at| (at.line, at.column));
        format!(
            "{}:{line}:{column}: {}",
            self.path,
            violation.what_in(self.lang)
        )
    }

    /// The line of the violation with its token underlined (cut to a window around the token
    /// when it is long, as in minified JSON); `None` when the violation has no place.
    pub fn snippet(&self, violation: &Violation) -> Option<String> {
        const CONTEXT: usize = 60;
        let text = self.source;
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
        let renderer = if self.styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        }
        .decor_style(DecorStyle::Ascii);
        Some(renderer.render(report))
    }

    /// The headline and, when the violation has a place, its snippet, each line ended.
    pub fn render(&self, violation: &Violation) -> String {
        let mut out = self.headline(violation);
        out.push('\n');
        if let Some(snippet) = self.snippet(violation) {
            out.push_str(&snippet);
            out.push('\n');
        }
        out
    }
}

impl Violation {
    /// This violation as the CLI shows it, plain: the headline and the source line with its
    /// token underlined. `source` is the text it was found in, `path` how to name it.
    pub fn render(&self, source: &str, path: &str) -> String {
        Report::new(path, source).render(self)
    }
}
