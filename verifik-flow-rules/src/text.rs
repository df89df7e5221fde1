//! Validating JSON text: size and depth limits, duplicate keys, and line and column numbers.
//!
//! The text is parsed once with `serde_json` (which bounds nesting: [`MAX_NESTING`]), refusing
//! duplicate keys as it goes. Only when something is wrong is it parsed a second time, with
//! `jsonc-parser` in strict JSON mode, to find where each violation stands.

use std::fmt;

use jsonc_parser::ast::{self, ObjectPropName};
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions};
use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::words::Syntax;
use crate::{Location, Message, Rule, Token, ValidationErrors, Violation, escape, unescape};

/// The largest text [`parse`] reads: 4 MiB. Real bodies are a few KiB; Verifik itself
/// refuses bodies over 1 MiB.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// The deepest nesting [`parse`] reads: under `serde_json`'s recursion limit (128, counted on
/// entering each array or object, so 128 levels are refused), which it applies and does not
/// export. A project flow nests [`FLOW_NESTING`] levels at most.
pub const MAX_NESTING: usize = 127;

/// The deepest a project flow's body nests (`documents.documentTypes[].configurations[]
/// .documentTemplates[]`), said beside [`MAX_NESTING`] to whoever meets it.
pub const FLOW_NESTING: usize = 6;

const START: Location = Location {
    line: 1,
    column: 1,
    offset: 0,
};

/// Parses JSON text into a value: refuses input over [`MAX_INPUT_BYTES`], nesting deeper than
/// [`MAX_NESTING`] levels and duplicate keys (which `serde_json` would silently resolve to the last one),
/// each as a located violation.
pub fn parse(text: &str) -> Result<Value, ValidationErrors> {
    if text.len() > MAX_INPUT_BYTES {
        let violation = Violation::new(
            Rule::TooLarge,
            "",
            Message::from_fn(|lang| lang.words().too_large(MAX_INPUT_BYTES / (1024 * 1024))),
        )
        .located(START, 0);
        return Err(ValidationErrors::new(vec![violation]));
    }
    parse_value(text)
}

/// The text of JSON bytes: a UTF-8 byte-order mark, which some editors write, is skipped
/// (offsets then count from after it); bytes that are not UTF-8 are a `syntax` violation at
/// the first byte that is not.
pub fn decode(bytes: &[u8]) -> Result<&str, ValidationErrors> {
    let bytes = strip_bom(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = String::from_utf8_lossy(&bytes[..error.valid_up_to()]);
        let violation = Violation::new(
            Rule::Syntax,
            "",
            Message::from_fn(|lang| lang.words().not_utf8()),
        )
        .located(LineIndex::new(&valid).location(valid.len()), 1);
        ValidationErrors::new(vec![violation])
    })?;
    if text.starts_with('\u{FEFF}') {
        // One mark is an editor's habit and is skipped everywhere; a second is part of the
        // text, which Verifik would refuse.
        let violation = Violation::new(
            Rule::Syntax,
            "",
            Message::from_fn(|lang| lang.words().two_byte_order_marks()),
        )
        .located(START, '\u{FEFF}'.len_utf8());
        return Err(ValidationErrors::new(vec![violation]));
    }
    Ok(text)
}

/// `text` with every control character (C0, DEL, C1) and every bidirectional-formatting
/// character written as an escape: `\n`, `\r`, `\t`, else `\u{1b}`, `\u{202e}`. What came from
/// input can then be printed without moving the terminal, setting its title, starting a line
/// that looks like a diagnostic of its own, or reordering what follows it. Every output of
/// this workspace that shows input (messages, pointers, file names, excerpts of answers)
/// passes it through here.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    use std::fmt::Write as _;
    if !text.chars().any(needs_escape) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// The bytes without a leading UTF-8 byte-order mark.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Parses JSON text into a value, refusing duplicate keys.
fn parse_value(text: &str) -> Result<Value, ValidationErrors> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed = StrictValue
        .deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value));
    parsed.map_err(|error| ValidationErrors::new(vec![syntax_violation(text, &error)]))
}

const DUPLICATE: &str = "duplicate key ";

fn syntax_violation(text: &str, error: &serde_json::Error) -> Violation {
    let index = LineIndex::new(text);
    let fallback = index.location_at_line_column(error.line(), error.column());
    let full = error.to_string();
    // serde_json appends " at line L column C"; the location is reported on its own.
    let message = full
        .rfind(" at line ")
        .map_or(full.as_str(), |cut| &full[..cut])
        .to_owned();
    if let Some(key) = message.strip_prefix(DUPLICATE) {
        if let Some(found) = find_duplicate(text, &index) {
            return found;
        }
        return Violation::new(Rule::DuplicateKey, "", {
            let key = key.to_owned();
            Message::from_fn(move |lang| lang.words().duplicate_key(&key))
        })
        .located(fallback, 0);
    }
    // serde_json gives its recursion limit no error kind of its own (`Category::Syntax`); its
    // text is the only sign of it.
    let (rule, message) = if message.contains("recursion limit exceeded") {
        (
            Rule::TooDeep,
            Message::from_fn(|lang| lang.words().too_deep(MAX_NESTING, FLOW_NESTING)),
        )
    } else {
        (
            Rule::Syntax,
            Message::from_fn(move |lang| lang.words().syntax(&Syntax::of(&message))),
        )
    };
    Violation::new(rule, "", message).located(fallback, 0)
}

/// Finds the first key that repeats in its object, with its pointer and place.
fn find_duplicate(text: &str, index: &LineIndex) -> Option<Violation> {
    fn visit(value: &ast::Value<'_>, pointer: &str, index: &LineIndex) -> Option<Violation> {
        match value {
            ast::Value::Object(object) => {
                let mut seen = std::collections::HashSet::with_capacity(object.properties.len());
                for prop in &object.properties {
                    let name = prop.name.as_str();
                    let child = format!("{pointer}/{}", escape(name));
                    if !seen.insert(name) {
                        let violation = Violation::new(Rule::DuplicateKey, child.clone(), {
                            let key = format!("`{name}`");
                            Message::from_fn(move |lang| lang.words().duplicate_key(&key))
                        })
                        .shown_at(child, Token::Key)
                        .located(
                            index.location(prop.name.start()),
                            prop.name.end() - prop.name.start(),
                        );
                        return Some(violation);
                    }
                    if let Some(found) = visit(&prop.value, &child, index) {
                        return Some(found);
                    }
                }
                None
            }
            ast::Value::Array(array) => array
                .elements
                .iter()
                .enumerate()
                .find_map(|(i, element)| visit(element, &format!("{pointer}/{i}"), index)),
            _ => None,
        }
    }
    let ast = parse_ast(text)?;
    visit(&ast, "", index)
}

fn parse_ast(text: &str) -> Option<ast::Value<'_>> {
    let strict = ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    jsonc_parser::parse_to_ast(text, &CollectOptions::default(), &strict)
        .ok()
        .and_then(|parsed| parsed.value)
}

/// Gives each violation of `text`'s value the line and column of the token it is shown at
/// ([`Violation::place`]), and sorts them in the order of the text.
pub fn locate(text: &str, errors: ValidationErrors) -> ValidationErrors {
    let index = LineIndex::new(text);
    let ast = parse_ast(text);
    let mut violations = errors.into_vec();
    for violation in &mut violations {
        let place = violation.place();
        let (offset, len) = ast
            .as_ref()
            .and_then(|ast| find(ast, &place.pointer, place.token))
            .unwrap_or((0, 0));
        violation.locate(index.location(offset), len);
    }
    violations.sort_by_key(Violation::location);
    ValidationErrors::new(violations)
}

/// The byte offset and length of the member at `pointer`: its key, or its value (only the
/// opening bracket of an object or array, which may span many lines).
fn find(root: &ast::Value<'_>, pointer: &str, token: Token) -> Option<(usize, usize)> {
    let mut node = root;
    let mut key = None;
    for segment in pointer.split('/').skip(1) {
        let segment = unescape(segment);
        match node {
            ast::Value::Object(object) => {
                let prop = object
                    .properties
                    .iter()
                    .rev()
                    .find(|prop| prop.name.as_str() == segment)?;
                key = Some(match &prop.name {
                    ObjectPropName::String(s) => s.range,
                    ObjectPropName::Word(w) => w.range,
                });
                node = &prop.value;
            }
            ast::Value::Array(array) => {
                node = array.elements.get(segment.parse::<usize>().ok()?)?;
                key = None;
            }
            _ => return None,
        }
    }
    let value = match node {
        ast::Value::Object(_) | ast::Value::Array(_) => (node.start(), 1),
        _ => (node.start(), node.end() - node.start()),
    };
    match (token, key) {
        (Token::Key, Some(key)) => Some((key.start, key.end - key.start)),
        _ => Some(value),
    }
}

/// Byte offsets to lines and columns.
struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { text, starts }
    }

    fn location(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        Location {
            line,
            column,
            offset,
        }
    }

    /// `serde_json` counts columns in bytes; this turns them into characters.
    fn location_at_line_column(&self, line: usize, byte_column: usize) -> Location {
        let line = line.clamp(1, self.starts.len());
        let start = self.starts[line - 1];
        let mut offset = (start + byte_column.saturating_sub(1)).min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        self.location(offset)
    }
}

/// A `serde_json::Value`, refusing objects with a key twice.
struct StrictValue;

impl<'de> DeserializeSeed<'de> for StrictValue {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictValue {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element_seed(StrictValue)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            match map.entry(key) {
                serde_json::map::Entry::Occupied(entry) => {
                    return Err(A::Error::custom(format_args!(
                        "{DUPLICATE}`{}`",
                        entry.key()
                    )));
                }
                serde_json::map::Entry::Vacant(entry) => {
                    entry.insert(access.next_value_seed(StrictValue)?);
                }
            }
        }
        Ok(Value::Object(map))
    }
}
