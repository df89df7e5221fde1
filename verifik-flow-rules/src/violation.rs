//! What a check reports: violations, with their pointer, rule, message and place.

use std::fmt;

use crate::{Lang, Message, Rule};

/// One broken rule: where (a JSON pointer, and a line and column when validating text), which
/// rule, and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    rule: Rule,
    pointer: String,
    message: Message,
    place: Place,
    location: Option<Location>,
    /// The byte length of the offending token, for underlining it.
    len: usize,
}

/// The token a violation is shown at, in a text or in a `flow!` literal: the key or the value
/// of the member at `pointer`. Decided once, by this crate, so every place that shows a
/// violation underlines the same token.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Place {
    /// The member's JSON pointer (`""` for the whole body).
    pub pointer: String,
    /// Its key or its value.
    pub token: Token,
}

/// Which token of a member a violation is shown at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Token {
    /// The key (an unknown or duplicate key; the key that triggers a rule across fields). An
    /// array item has no key: its value stands in.
    Key,
    /// The value; for an object or array, its opening bracket (for a missing key: the object
    /// that lacks it).
    Value,
}

/// A place in a text: 1-based line, and 1-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, in characters.
    pub column: usize,
    /// The byte offset into the text.
    pub offset: usize,
}

impl Violation {
    /// A violation of `rule` at `pointer`, shown at the member's value, saying `message` (in
    /// every language: [`Message::from_fn`] with a function of [`words`](crate::words)).
    /// Control and bidirectional characters in the message (which quotes keys and values of
    /// the input) are escaped ([`printable`](crate::text::printable)).
    pub fn new(rule: Rule, pointer: impl Into<String>, message: Message) -> Self {
        let pointer = pointer.into();
        let message = message.map(|text| match crate::text::printable(&text) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(escaped) => escaped,
        });
        Self {
            rule,
            place: Place {
                pointer: pointer.clone(),
                token: Token::Value,
            },
            pointer,
            message,
            location: None,
            len: 0,
        }
    }

    /// The violation, shown at `place` instead.
    pub(crate) fn shown_at(mut self, pointer: String, token: Token) -> Self {
        self.place = Place { pointer, token };
        self
    }

    /// Places the violation in a text: where its token starts, and its length in bytes.
    pub(crate) fn locate(&mut self, location: Location, len: usize) {
        self.location = Some(location);
        self.len = len;
    }

    /// The violation, placed in a text.
    pub(crate) fn located(mut self, location: Location, len: usize) -> Self {
        self.locate(location, len);
        self
    }

    /// The rule that is broken.
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// The JSON pointer (RFC 6901) of the offending member: `/liveness/minScore`; `""` for the
    /// whole body.
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// What is wrong and what is allowed, in rustc's style, in English.
    pub fn message(&self) -> &str {
        self.message.get(Lang::En)
    }

    /// The message in `lang`: the same rule, pointer and place, in other words.
    pub fn message_in(&self, lang: Lang) -> &str {
        self.message.get(lang)
    }

    /// The token the violation is shown at (which may be another member than
    /// [`pointer`](Self::pointer): a rule across fields is shown at the key that triggers it).
    pub fn place(&self) -> &Place {
        &self.place
    }

    /// Where in the text, when the body was validated as text.
    pub fn location(&self) -> Option<Location> {
        self.location
    }

    /// The byte range of the offending token in the text, when validated as text.
    pub fn span(&self) -> Option<std::ops::Range<usize>> {
        self.location.map(|at| at.offset..at.offset + self.len)
    }
}

impl Violation {
    /// `rule: /pointer: message`: the violation without its place in the text, as every
    /// diagnostic shows it after its own prefix (`line:column: `, `file:line:column: `, a
    /// command-line argument's name). In English; [`what_in`](Self::what_in) for another
    /// language.
    pub fn what(&self) -> String {
        self.what_in(Lang::En)
    }

    /// `rule: /pointer: message`, the message in `lang`.
    pub fn what_in(&self, lang: Lang) -> String {
        let pointer = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        format!(
            "{}: {}: {}",
            self.rule,
            crate::text::printable(pointer),
            self.message.get(lang)
        )
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(at) = self.location {
            write!(f, "{}:{}: ", at.line, at.column)?;
        }
        f.write_str(&self.what())
    }
}

/// Every rule a body breaks, in the order of the text (or of the schema for a value).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationErrors {
    violations: Vec<Violation>,
}

impl ValidationErrors {
    /// The violations of one check; there is at least one.
    pub fn new(violations: Vec<Violation>) -> Self {
        debug_assert!(!violations.is_empty());
        Self { violations }
    }

    /// The violations.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.violations.iter()
    }

    /// How many violations there are (at least one).
    pub fn len(&self) -> usize {
        self.violations.len()
    }

    /// Always `false`: an error has at least one violation.
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// Every violation as its `Display` shows it (`line:column: rule: /pointer: message`, one
    /// a line), the messages in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        let lines: Vec<String> = self
            .violations
            .iter()
            .map(|violation| match violation.location {
                Some(at) => format!("{}:{}: {}", at.line, at.column, violation.what_in(lang)),
                None => violation.what_in(lang),
            })
            .collect();
        lines.join("\n")
    }

    /// The violations, by value.
    pub fn into_vec(self) -> Vec<Violation> {
        self.violations
    }
}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.violations.iter()
    }
}

impl IntoIterator for ValidationErrors {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.violations.into_iter()
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for ValidationErrors {}
