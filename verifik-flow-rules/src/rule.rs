//! The rule catalogue: every rule's stable name.

use std::fmt;

/// A rule a project-flow body can break. [`Rule::name`] is stable: match on it in scripts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Rule {
    /// The text is not JSON.
    Syntax,
    /// A key appears twice in one object (`serde_json` would keep the last silently).
    DuplicateKey,
    /// The input is larger than `MAX_INPUT_BYTES` (4 MiB).
    TooLarge,
    /// The input nests deeper than any project flow does.
    TooDeep,
    /// More violations than [`MAX_VIOLATIONS`](crate::MAX_VIOLATIONS); only the first are
    /// listed.
    TooManyErrors,
    /// A key the body does not have (Verifik would drop it silently).
    UnknownKey,
    /// A required key is missing.
    MissingKey,
    /// A value of the wrong JSON type (a string for a number, `3.5` for an integer).
    Type,
    /// A value outside a closed set of strings.
    Enum,
    /// A number outside its range.
    Range,
    /// A string that does not have the required form (an ID, a URL, a code).
    Pattern,
    /// A string or list of the wrong length.
    Length,
    /// A list with an item twice.
    UniqueItems,
    /// S1: the sign-up form asks for `email` or `phone`.
    S1,
    /// S2: `email: true` needs an `emailGateway` other than `none`.
    S2,
    /// S3: `phone: true` needs a `phoneGateway` other than `none`.
    S3,
    /// S4: `allowAdditionalFields: true` needs a non-empty `additionalFields`.
    S4,
    /// D1: unless `steps.document` is `skip`, `documents` has methods and countries.
    D1,
    /// D2: `screening: true` needs criminal-history or information verification.
    D2,
    /// D3: every country has an active configuration.
    D3,
    /// D4: document categories match the target.
    D4,
    /// L1: unless `steps.liveness` is `skip`, `liveness` is present.
    L1,
    /// I1: `source: "API"` needs `apiUrl`, `apiTestType` and `apiTestValue`.
    I1,
    /// I2: `apiTestValue` is what `apiTestType` says (an e-mail or a phone number).
    I2,
}

impl Rule {
    /// Every rule, in the order of this catalogue.
    pub const ALL: &'static [Rule] = &[
        Rule::Syntax,
        Rule::DuplicateKey,
        Rule::TooLarge,
        Rule::TooDeep,
        Rule::TooManyErrors,
        Rule::UnknownKey,
        Rule::MissingKey,
        Rule::Type,
        Rule::Enum,
        Rule::Range,
        Rule::Pattern,
        Rule::Length,
        Rule::UniqueItems,
        Rule::S1,
        Rule::S2,
        Rule::S3,
        Rule::S4,
        Rule::D1,
        Rule::D2,
        Rule::D3,
        Rule::D4,
        Rule::L1,
        Rule::I1,
        Rule::I2,
    ];

    /// The rule's stable name: `unknown-key`, `range`, `S1`, `D4`, ...
    pub fn name(self) -> &'static str {
        match self {
            Rule::Syntax => "syntax",
            Rule::DuplicateKey => "duplicate-key",
            Rule::TooLarge => "too-large",
            Rule::TooDeep => "too-deep",
            Rule::TooManyErrors => "too-many-errors",
            Rule::UnknownKey => "unknown-key",
            Rule::MissingKey => "missing-key",
            Rule::Type => "type",
            Rule::Enum => "enum",
            Rule::Range => "range",
            Rule::Pattern => "pattern",
            Rule::Length => "length",
            Rule::UniqueItems => "unique-items",
            Rule::S1 => "S1",
            Rule::S2 => "S2",
            Rule::S3 => "S3",
            Rule::S4 => "S4",
            Rule::D1 => "D1",
            Rule::D2 => "D2",
            Rule::D3 => "D3",
            Rule::D4 => "D4",
            Rule::L1 => "L1",
            Rule::I1 => "I1",
            Rule::I2 => "I2",
        }
    }

    /// Whether the rule relates several fields (the rules of SPEC.md: S1-S4, D1-D4, L1, I1,
    /// I2), rather than one value or the text.
    pub fn is_cross_field(self) -> bool {
        matches!(
            self,
            Rule::S1
                | Rule::S2
                | Rule::S3
                | Rule::S4
                | Rule::D1
                | Rule::D2
                | Rule::D3
                | Rule::D4
                | Rule::L1
                | Rule::I1
                | Rule::I2
        )
    }

    /// The rule with this [name](Rule::name).
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|rule| rule.name() == name)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// `` `a`, `b` or `c` ``.
pub fn choices(values: &[&str]) -> String {
    let mut out = String::new();
    // Writing to a `String` cannot fail.
    let _ = write_choices(&mut out, values);
    out
}

/// Writes `` `a`, `b` or `c` ``.
pub fn write_choices(out: &mut impl fmt::Write, values: &[&str]) -> fmt::Result {
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.write_str(if i + 1 == values.len() { " or " } else { ", " })?;
        }
        write!(out, "`{value}`")?;
    }
    Ok(())
}
