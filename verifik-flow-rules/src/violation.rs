//! What a check reports: violations, with their pointer, rule, message and place.

use std::fmt;

use crate::Rule;

/// One broken rule: where (a JSON pointer, and a line and column when validating text), which
/// rule, and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    rule: Rule,
    pointer: String,
    message: String,
    anchor: Anchor,
    location: Option<Location>,
    /// The byte length of the offending token, for underlining it.
    len: usize,
}

/// What of the pointed-at member a violation is about.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The key itself (an unknown or duplicate key).
    Key,
    /// The value (for a missing key: the object that lacks it).
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
    /// A violation of `rule` at `pointer`.
    pub fn new(rule: Rule, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            rule,
            pointer: pointer.into(),
            message: message.into(),
            anchor: Anchor::Value,
            location: None,
            len: 0,
        }
    }

    /// The violation, about the key itself rather than its value.
    #[doc(hidden)]
    #[must_use]
    pub fn on_key(mut self) -> Self {
        self.anchor = Anchor::Key;
        self
    }

    /// Whether it is about the key rather than the value.
    #[doc(hidden)]
    pub fn anchor(&self) -> Anchor {
        self.anchor
    }

    /// Places the violation in a text: where its token starts, and its length in bytes.
    #[doc(hidden)]
    pub fn place(&mut self, location: Location, len: usize) {
        self.location = Some(location);
        self.len = len;
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

    /// What is wrong and what is allowed, in rustc's style.
    pub fn message(&self) -> &str {
        &self.message
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

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(at) = self.location {
            write!(f, "{}:{}: ", at.line, at.column)?;
        }
        let pointer = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(f, "{}: {}: {}", self.rule, pointer, self.message)
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
        for (i, violation) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{violation}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}
