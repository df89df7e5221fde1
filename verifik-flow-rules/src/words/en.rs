//! The words of violations in English.

use super::{Syntax, Unit, Words};

/// English.
pub struct English;

impl Words for English {
    fn count(&self, n: u64, one: &str, many: &str) -> String {
        format!("{n} {}", if n == 1 { one } else { many })
    }

    fn the_body(&self) -> String {
        "the body".into()
    }

    fn item(&self, indexes: &str) -> String {
        format!("item `{indexes}`")
    }

    fn or(&self) -> String {
        " or ".into()
    }

    fn missing_key(&self, key: &str, subject: &str) -> String {
        format!("missing required key `{key}` in {subject}")
    }

    fn unknown_key(&self, key: &str, place: &str, near: Option<&str>, known: &str) -> String {
        match near {
            Some(near) => format!("unknown key `{key}` in {place}: did you mean `{near}`?"),
            None => format!("unknown key `{key}` in {place}; expected {known}"),
        }
    }

    fn type_name(&self, json_type: &str) -> String {
        match json_type {
            "null" => "`null`".into(),
            "integer" => "an integer (a whole number)".into(),
            "array" | "object" => format!("an {json_type}"),
            other => format!("a {other}"),
        }
    }

    fn wrong_type(&self, expected: &str, found: &str) -> String {
        format!("must be {expected}, found {found}")
    }

    fn allowed(&self, said: &str, how_many: usize) -> String {
        if how_many > 2 {
            format!("must be one of {said}")
        } else {
            format!("must be {said}")
        }
    }

    fn must_be(&self, value: &str) -> String {
        format!("must be {value}")
    }

    fn not_allowed(&self, allowed: &str, found: &str, near: Option<&str>) -> String {
        match near {
            Some(near) => format!("{allowed}, found {found}: did you mean `{near}`?"),
            None => format!("{allowed}, found {found}"),
        }
    }

    fn range(&self, min: Option<&str>, max: Option<&str>, found: &str) -> String {
        let range = match (min, max) {
            (Some(min), Some(max)) => format!("between {min} and {max}"),
            (Some(min), None) => format!("at least {min}"),
            (None, Some(max)) => format!("at most {max}"),
            (None, None) => "in range".into(),
        };
        format!("must be {range}, found {found}")
    }

    fn pattern(&self, form: Option<&str>, found: &str) -> String {
        format!(
            "{}, found {found}",
            form.unwrap_or("does not have the required form")
        )
    }

    fn length(&self, at_least: bool, limit: u64, unit: Unit, found: Option<&str>) -> String {
        let bound = if at_least { "at least" } else { "at most" };
        let limit = match unit {
            Unit::Characters => self.count(limit, "character", "characters"),
            Unit::Items => self.count(limit, "item", "items"),
        };
        match found {
            Some(found) => format!("must have {bound} {limit}, found {found}"),
            None => format!("must have {bound} {limit}"),
        }
    }

    fn repeated_item(&self) -> String {
        "lists an item more than once: each item must be unique".into()
    }

    fn repeated_key(&self, keys: &str, value: &str, first: usize, again: usize) -> String {
        format!(
            "lists `{keys}` `{value}` twice, in items {first} and {again}: list each once, with \
             all its configurations"
        )
    }

    fn not_valid_here(&self, keyword: &str) -> String {
        format!("is not valid here ({keyword})")
    }

    fn too_many_errors(&self, max: usize) -> String {
        format!(
            "more than {max} violations; the first {max} are shown: fix them and validate again"
        )
    }

    fn too_large(&self, mib: usize) -> String {
        format!(
            "the input is larger than {mib} MiB, the most this validator reads: a project flow \
             is a few KiB; check that this is the flow file"
        )
    }

    fn too_deep(&self, most: usize, flow: usize) -> String {
        format!("the input nests more than {most} levels deep; a project flow nests at most {flow}")
    }

    fn not_utf8(&self) -> String {
        "the input is not UTF-8 text".into()
    }

    fn two_byte_order_marks(&self) -> String {
        "the input starts with two byte-order marks: save it as UTF-8 with at most one".into()
    }

    fn duplicate_key(&self, key: &str) -> String {
        format!(
            "duplicate key {key}: each key may appear once in an object (JSON parsers disagree \
             on which copy wins)"
        )
    }

    fn syntax(&self, mistake: &Syntax<'_>) -> String {
        // serde_json's own words.
        match mistake {
            Syntax::EofInList => "EOF while parsing a list",
            Syntax::EofInObject => "EOF while parsing an object",
            Syntax::EofInString => "EOF while parsing a string",
            Syntax::EofInValue => "EOF while parsing a value",
            Syntax::ExpectedColon => "expected `:`",
            Syntax::ExpectedCommaOrBracket => "expected `,` or `]`",
            Syntax::ExpectedCommaOrBrace => "expected `,` or `}`",
            Syntax::ExpectedIdent => "expected ident",
            Syntax::ExpectedValue => "expected value",
            Syntax::ExpectedQuote => "expected `\"`",
            Syntax::InvalidEscape => "invalid escape",
            Syntax::InvalidNumber => "invalid number",
            Syntax::NumberOutOfRange => "number out of range",
            Syntax::InvalidCodePoint => "invalid unicode code point",
            Syntax::ControlCharacter => {
                "control character (\\u0000-\\u001F) found while parsing a string"
            }
            Syntax::KeyMustBeString => "key must be a string",
            Syntax::LoneSurrogate => "lone leading surrogate in hex escape",
            Syntax::TrailingComma => "trailing comma",
            Syntax::TrailingCharacters => "trailing characters",
            Syntax::UnexpectedEndOfHexEscape => "unexpected end of hex escape",
            Syntax::Other(other) => other,
        }
        .to_owned()
    }

    fn login_not_here(&self) -> String {
        "`type` is `login`: a Smart Access flow, which this function does not return; use \
         `validate_flow` (or `validate_flow_str`), which returns either kind"
            .into()
    }

    fn types_disagree(&self, error: &str) -> String {
        format!("the body passed the schema but not the types: {error}")
    }

    fn not_writable(&self, error: &str) -> String {
        format!("the flow cannot be written as JSON: {error}")
    }

    fn unknown_lang(&self, code: &str) -> String {
        format!("unknown language `{code}`: use `en` (English) or `es` (español)")
    }

    fn object_id_form(&self) -> String {
        "must be a MongoDB ObjectId: exactly 24 hexadecimal digits (0-9, a-f, A-F)".into()
    }
}
