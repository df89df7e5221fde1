//! The rule catalogue: every rule's stable name.

use std::fmt;

/// Declares the catalogue once: each rule's variant, stable name and one-line summary (its
/// documentation, and the help text of the CLI's SARIF rules).
macro_rules! rules {
    ($($variant:ident = $name:literal, $summary:literal;)+) => {
        /// A rule a project-flow body can break. [`Rule::name`] is stable: match on it in
        /// scripts.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Rule {
            $(
                #[doc = $summary]
                $variant,
            )+
        }

        impl Rule {
            /// Every rule, in the order of this catalogue.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),+];

            /// The rule's stable name: `unknown-key`, `range`, `S1`, `D4`, ...
            pub fn name(self) -> &'static str {
                match self {
                    $(Rule::$variant => $name,)+
                }
            }

            /// What the rule refuses, in one sentence.
            pub fn summary(self) -> &'static str {
                match self {
                    $(Rule::$variant => $summary,)+
                }
            }
        }
    };
}

rules! {
    Syntax = "syntax", "The text is not JSON.";
    DuplicateKey = "duplicate-key", "A key appears twice in one object (`serde_json` would keep the last silently).";
    TooLarge = "too-large", "The input is larger than `MAX_INPUT_BYTES` (4 MiB).";
    TooDeep = "too-deep", "The input nests deeper than any project flow does.";
    TooManyErrors = "too-many-errors", "More violations than `MAX_VIOLATIONS`; only the first are listed.";
    UnknownKey = "unknown-key", "A key the body does not have (Verifik would drop it silently).";
    MissingKey = "missing-key", "A required key is missing.";
    Type = "type", "A value of the wrong JSON type (a string for a number, `3.5` for an integer).";
    Enum = "enum", "A value outside a closed set of strings.";
    Range = "range", "A number outside its range.";
    Pattern = "pattern", "A string that does not have the required form (an ID, a URL, a code).";
    Length = "length", "A string or list of the wrong length.";
    UniqueItems = "unique-items", "A list with an item twice.";
    S1 = "S1", "S1: the sign-up form asks for `email` or `phone`.";
    S2 = "S2", "S2: `email: true` needs an `emailGateway` other than `none`.";
    S3 = "S3", "S3: `phone: true` needs a `phoneGateway` other than `none`.";
    S4 = "S4", "S4: `allowAdditionalFields: true` needs a non-empty `additionalFields`.";
    D1 = "D1", "D1: unless `steps.document` is `skip`, `documents` has methods and countries.";
    D2 = "D2", "D2: `screening: true` needs criminal-history or information verification.";
    D3 = "D3", "D3: every country has an active configuration.";
    D4 = "D4", "D4: document categories match the target.";
    L1 = "L1", "L1: unless `steps.liveness` is `skip`, `liveness` is present.";
    I1 = "I1", "I1: `source: \"API\"` needs `apiUrl`, `apiTestType` and `apiTestValue`.";
    I2 = "I2", "I2: `apiTestValue` is what `apiTestType` says (an e-mail or a phone number).";
    FlowTypeKey = "flow-type-key", "A key of the other flow type: `target` is for onboarding flows, `loginSettings` for login flows.";
    A1 = "A1", "A1: a login flow turns on `email`, `phone` or `faceLiveness`: a sign-in needs a factor.";
    A2 = "A2", "A2: `email: true` needs `emailGateway: \"mailgun\"`.";
    A3 = "A3", "A3: `phone: true` needs a `phoneGateway` other than `none`.";
    A4 = "A4", "A4: a step listed in `loginSettings.steps` is turned on.";
    A5 = "A5", "A5: `source: \"API\"` needs `apiUrl`, `apiTestType` and an `apiTestValue` of that type.";
    A6 = "A6", "A6: each `whiteList` entry has an `email` or a `phone`.";
    A7 = "A7", "A7: `strategy: \"whitelist\"` needs a `source` other than `NONE` or `null`.";
    A8 = "A8", "A8: the redirect is given once: top-level `redirectUrl` or `integrations.redirectUrl`.";
}

impl Rule {
    /// Whether the rule relates several fields (the rules of `docs/decisions.md`: S1-S4,
    /// D1-D4, L1, I1, I2 and A1-A8), rather than one value or the text.
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
                | Rule::A1
                | Rule::A2
                | Rule::A3
                | Rule::A4
                | Rule::A5
                | Rule::A6
                | Rule::A7
                | Rule::A8
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

/// `` `a`, `b` or `c` `` ([`words::choices`](crate::words::choices) in any language).
pub fn choices(values: &[&str]) -> String {
    crate::words::choices(crate::Lang::En.words(), values)
}

/// Writes `` `a`, `b` or `c` ``.
pub fn write_choices(out: &mut impl fmt::Write, values: &[&str]) -> fmt::Result {
    out.write_str(&choices(values))
}
