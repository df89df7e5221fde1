//! The words of violations: one trait, [`Words`], with a method a kind of violation, and one
//! implementation a language in its own file (`en.rs`, `es.rs`). Every place that reports a
//! mistake (the schema check, the text reader, the value types, `flow!`, the CLI, the
//! stand-in) words it here, through [`Lang::words`](crate::Lang::words), so the same mistake reads the same
//! everywhere. The trait has no default methods: a language added is a file, and the compiler
//! lists every message it lacks.
//!
//! A value is shown as [`render`](crate::render) shows it: short JSON in backticks. The
//! methods that end in a predicate (`must be ...`) leave the subject to the caller, which
//! knows it ([`subject`]) or does not (a value type on its own). What the schema words itself
//! (a rule across fields, a pattern's form, a name of the Spanish pages) comes in its
//! language from the schema of that language.
//!
//! The other catalogues (`verifik_flow`'s, the CLI's) are written the same way, with
//! [`catalogue!`](crate::catalogue).

mod en;
mod es;

#[cfg(test)]
use crate::Lang;

/// Writes a catalogue's trait (every method `fn(&self, ...) -> String`, none with a body), a
/// unit type that implements [`Catalogue`](crate::Catalogue) for it from each language's
/// implementation, and (with the hidden `pseudo` feature) the pseudo-language's, which
/// brackets what English says.
#[macro_export]
#[doc(hidden)]
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        $vis:vis trait $name:ident, in every language $cat:ident { en: $en:expr, es: $es:expr $(,)? }
        {
            $( $(#[$m:meta])* fn $f:ident(&self $(, $a:ident : $t:ty)* $(,)?) -> String; )*
        }
    ) => {
        $(#[$meta])*
        $vis trait $name: Sync {
            $( $(#[$m])* fn $f(&self $(, $a: $t)*) -> String; )*
        }

        #[doc = concat!("[`", stringify!($name), "`] in every language.")]
        $vis struct $cat;

        impl $crate::Catalogue for $cat {
            type Words = dyn $name;
            const EN: &'static dyn $name = &$en;
            const ES: &'static dyn $name = &$es;
            $crate::__with_pseudo! {
                const PSEUDO: &'static dyn $name = &$crate::words::Bracketed($en);
            }
        }

        $crate::__with_pseudo! {
            impl<W: $name> $name for $crate::words::Bracketed<W> {
                $( $(#[$m])* fn $f(&self $(, $a: $t)*) -> String { $crate::words::bracket(&self.0.$f($($a),*)) } )*
            }
        }
    };
}

/// What it is given, when the pseudo-language is built (by this crate's feature, so that
/// every catalogue agrees with [`Lang`]).
#[cfg(feature = "pseudo")]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_pseudo {
    ($($item:tt)*) => { $($item)* };
}

/// Nothing: the pseudo-language is not built.
#[cfg(not(feature = "pseudo"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_pseudo {
    ($($item:tt)*) => {};
}

/// A catalogue's language whose every message is `⟦` what the inner one says `⟧`.
#[doc(hidden)]
pub struct Bracketed<W>(pub W);

/// `⟦text⟧`.
#[doc(hidden)]
pub fn bracket(text: &str) -> String {
    format!("⟦{text}⟧")
}

crate::catalogue! {
    /// The words of each kind of violation, from the rule's arguments: one implementation a
    /// language. Arguments come already shown (keys and values in backticks).
    pub trait Words, in every language Rules { en: en::English, es: es::Spanish }
    {
        /// `n` and its noun, the one or the many form as the language counts: `1 file`,
        /// `3 files` (`1 flujo`, never `1 flujos`). The one plural rule of the language, which
        /// every catalogue counts with.
        fn count(&self, n: u64, one: &str, many: &str) -> String;
        /// The whole body, as a subject.
        fn the_body(&self) -> String;
        /// An item of the body (an array): ``item `[0]` ``.
        fn item(&self, indexes: &str) -> String;
        /// The word between the last two of several choices: ` or `.
        fn or(&self) -> String;
        /// A required key that is missing: ``missing required key `status` in `liveness` ``.
        fn missing_key(&self, key: &str, subject: &str) -> String;
        /// A key the object does not have, with the closest known key when one is near (a
        /// typo), or the keys it has.
        fn unknown_key(&self, key: &str, place: &str, near: Option<&str>, known: &str) -> String;
        /// How a JSON type is named where a value of it is expected: `a boolean`, `an integer
        /// (a whole number)`. `json_type` is the schema's name (`boolean`, `integer`, ...).
        fn type_name(&self, json_type: &str) -> String;
        /// A value of the wrong JSON type: ``must be a boolean, found `"yes"` ``.
        fn wrong_type(&self, expected: &str, found: &str) -> String;
        /// The values an enum allows, as its predicate: ``must be `FAST` or `ACCURATE` ``;
        /// `said` is [`choices`] of them.
        fn allowed(&self, said: &str, how_many: usize) -> String;
        /// The one value a member may have: ``must be `"onboarding"` ``.
        fn must_be(&self, value: &str) -> String;
        /// A value outside its set: the set's predicate ([`Words::allowed`], or the schema's
        /// own words for it), what was found, and the value meant when one is near.
        fn not_allowed(&self, allowed: &str, found: &str, near: Option<&str>) -> String;
        /// A number outside its range: ``must be between 0.52 and 0.9, found `1.5` ``.
        fn range(&self, min: Option<&str>, max: Option<&str>, found: &str) -> String;
        /// A string that does not have its form: the form's own words (`must be a MongoDB
        /// ObjectId: ...`, from the schema of the language), and what was found.
        fn pattern(&self, form: Option<&str>, found: &str) -> String;
        /// A string or a list too short (`at_least`) or too long.
        fn length(&self, at_least: bool, limit: u64, unit: Unit, found: Option<&str>) -> String;
        /// A list that repeats an item.
        fn repeated_item(&self) -> String;
        /// A list whose items repeat a key that must differ: `` `country` `"Colombia"` ``
        /// twice, in items 0 and 2.
        fn repeated_key(&self, keys: &str, value: &str, first: usize, again: usize) -> String;
        /// A value that breaks a keyword no other message words (a bug of the schema, if ever).
        fn not_valid_here(&self, keyword: &str) -> String;
        /// More violations than a validation lists.
        fn too_many_errors(&self, max: usize) -> String;
        /// Input larger than the validator reads.
        fn too_large(&self, mib: usize) -> String;
        /// Input nested deeper than the validator reads (`most`), where a flow nests `flow` at
        /// most.
        fn too_deep(&self, most: usize, flow: usize) -> String;
        /// Bytes that are not UTF-8 text.
        fn not_utf8(&self) -> String;
        /// Two byte-order marks.
        fn two_byte_order_marks(&self) -> String;
        /// A key twice in one object; `key` as shown (`` `name` ``).
        fn duplicate_key(&self, key: &str) -> String;
        /// Text that is not JSON: the mistake `serde_json` found (its place is the violation's).
        fn syntax(&self, mistake: &Syntax<'_>) -> String;
        /// A body of the login kind given to a function that returns the onboarding kind.
        fn login_not_here(&self) -> String;
        /// The schema and the types disagree: a bug of this crate, reported rather than a panic.
        fn types_disagree(&self, error: &str) -> String;
        /// A built flow that cannot be written as JSON (a bug of this crate).
        fn not_writable(&self, error: &str) -> String;
        /// A language code that is not one of ours (shown in backticks).
        fn unknown_lang(&self, code: &str) -> String;
        /// The form of an ObjectId, as a predicate: the `errorMessage` of every ObjectId of
        /// the schema, and the words of the value types that hold one.
        fn object_id_form(&self) -> String;
    }
}

/// How a message names the member at `pointer`: `` `minScore` ``,
/// `` `verificationMethods[1]` ``, or the body.
pub fn subject(words: &dyn Words, pointer: &str) -> String {
    let mut segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(crate::pointer::unescape)
        .collect();
    let mut indexes = String::new();
    while let Some(last) = segments.last() {
        if !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) {
            indexes.insert_str(0, &format!("[{last}]"));
            segments.pop();
        } else {
            break;
        }
    }
    match segments.last() {
        Some(key) => format!("`{key}{indexes}`"),
        None if indexes.is_empty() => words.the_body(),
        None => words.item(&indexes),
    }
}

/// `` `a`, `b` or `c` ``.
pub fn choices(words: &dyn Words, values: &[&str]) -> String {
    let or = words.or();
    let mut out = String::new();
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == values.len() { &or } else { ", " });
        }
        out.push('`');
        out.push_str(value);
        out.push('`');
    }
    out
}

/// The values an enum allows, as its predicate: ``must be `FAST` or `ACCURATE` ``.
pub fn allowed(words: &dyn Words, values: &[&str]) -> String {
    words.allowed(&choices(words, values), values.len())
}

/// Several types, any of which is expected: `a string or null`.
pub fn type_names(words: &dyn Words, json_types: &[&str]) -> String {
    json_types
        .iter()
        .map(|t| words.type_name(t))
        .collect::<Vec<_>>()
        .join(&words.or())
}

/// `message`, and a hint that names the value for what it is (the name Verifik's Spanish
/// pages give it, and what to write instead), already in the message's language.
pub fn with_hint(message: String, hint: Option<&str>) -> String {
    match hint {
        Some(hint) => format!("{message}: {hint}"),
        None => message,
    }
}

/// What a length counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// The characters of a string.
    Characters,
    /// The items of a list.
    Items,
}

/// A mistake of JSON syntax, as `serde_json` names it (without its place).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Syntax<'a> {
    EofInList,
    EofInObject,
    EofInString,
    EofInValue,
    ExpectedColon,
    ExpectedCommaOrBracket,
    ExpectedCommaOrBrace,
    ExpectedIdent,
    ExpectedValue,
    ExpectedQuote,
    InvalidEscape,
    InvalidNumber,
    NumberOutOfRange,
    InvalidCodePoint,
    ControlCharacter,
    KeyMustBeString,
    LoneSurrogate,
    TrailingComma,
    TrailingCharacters,
    UnexpectedEndOfHexEscape,
    /// One this crate does not know (a newer `serde_json`'s): its own words.
    Other(&'a str),
}

impl<'a> Syntax<'a> {
    /// The mistake `serde_json`'s message names (its text is `serde_json`'s, not ours).
    pub fn of(serde_json_message: &'a str) -> Self {
        match serde_json_message {
            "EOF while parsing a list" => Self::EofInList,
            "EOF while parsing an object" => Self::EofInObject,
            "EOF while parsing a string" => Self::EofInString,
            "EOF while parsing a value" => Self::EofInValue,
            "expected `:`" => Self::ExpectedColon,
            "expected `,` or `]`" => Self::ExpectedCommaOrBracket,
            "expected `,` or `}`" => Self::ExpectedCommaOrBrace,
            "expected ident" => Self::ExpectedIdent,
            "expected value" => Self::ExpectedValue,
            "expected `\"`" => Self::ExpectedQuote,
            "invalid escape" => Self::InvalidEscape,
            "invalid number" => Self::InvalidNumber,
            "number out of range" => Self::NumberOutOfRange,
            "invalid unicode code point" => Self::InvalidCodePoint,
            "control character (\\u0000-\\u001F) found while parsing a string" => {
                Self::ControlCharacter
            }
            "key must be a string" => Self::KeyMustBeString,
            "lone leading surrogate in hex escape" => Self::LoneSurrogate,
            "trailing comma" => Self::TrailingComma,
            "trailing characters" => Self::TrailingCharacters,
            "unexpected end of hex escape" => Self::UnexpectedEndOfHexEscape,
            other => Self::Other(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_reads_as_its_rule_says() {
        let (en, es) = (Lang::En.words(), Lang::Es.words());
        assert_eq!(
            en.range(Some("0.52"), Some("0.9"), "`1.5`"),
            "must be between 0.52 and 0.9, found `1.5`"
        );
        assert_eq!(
            es.range(Some("0.52"), Some("0.9"), "`1.5`"),
            "debe estar entre 0.52 y 0.9, no `1.5`"
        );
        assert_eq!(
            en.range(None, Some("5"), "`9`"),
            "must be at most 5, found `9`"
        );
        assert_eq!(
            en.not_allowed(&allowed(en, &["FAST", "ACCURATE"]), "`\"SLOW\"`", None),
            "must be `FAST` or `ACCURATE`, found `\"SLOW\"`"
        );
        assert_eq!(
            es.not_allowed(&allowed(es, &["FAST", "ACCURATE"]), "`\"SLOW\"`", None),
            "debe ser `FAST` o `ACCURATE`, no `\"SLOW\"`"
        );
        assert_eq!(
            en.unknown_key("minScroe", "`liveness`", Some("minScore"), ""),
            "unknown key `minScroe` in `liveness`: did you mean `minScore`?"
        );
        assert_eq!(
            en.wrong_type(&en.type_name("boolean"), "`\"yes\"`"),
            "must be a boolean, found `\"yes\"`"
        );
        assert_eq!(
            es.length(true, 1, Unit::Characters, None),
            "debe tener al menos 1 carácter"
        );
        assert_eq!(
            en.length(true, 1, Unit::Items, None),
            "must have at least 1 item"
        );
        assert_eq!(subject(es, ""), "el cuerpo");
        assert_eq!(subject(es, "/documentTypes/0"), "`documentTypes[0]`");
        assert_eq!(subject(en, "/0/1"), "item `[0][1]`");
    }

    #[test]
    fn a_count_agrees_with_its_noun() {
        let (en, es) = (Lang::En.words(), Lang::Es.words());
        assert_eq!(es.count(1, "flujo", "flujos"), "1 flujo");
        assert_eq!(es.count(2, "flujo", "flujos"), "2 flujos");
        assert_eq!(en.count(0, "flow", "flows"), "0 flows");
        assert_eq!(en.count(1, "flow", "flows"), "1 flow");
    }

    /// Every message `serde_json` can give has its Spanish words (a new one of a newer
    /// `serde_json` still reads, marked as not translated).
    #[test]
    fn syntax_messages_are_translated() {
        for text in [
            "{",
            "{\"a\" 1}",
            "[1 2]",
            "{\"a\": 1 \"b\"}",
            "tru",
            "{\"a\": }",
            "{\"a\": \"\\x\"}",
            "{\"a\": 1,}",
            "{} x",
            "{1: 2}",
        ] {
            let error = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            let full = error.to_string();
            let message = &full[..full.rfind(" at line ").unwrap()];
            let mistake = Syntax::of(message);
            assert!(!matches!(mistake, Syntax::Other(_)), "{message}");
            // English is serde_json's own words.
            assert_eq!(Lang::En.words().syntax(&mistake), message);
            assert!(!Lang::Es.words().syntax(&mistake).starts_with("no es JSON"));
        }
    }
}
