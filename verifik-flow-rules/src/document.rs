//! The fast path of validating text: a JSON document that borrows its strings from the text.
//!
//! A `serde_json::Value` allocates every key and every string, and builds a `BTreeMap` for
//! every object: for a project flow, that costs more than deserializing the typed body. A
//! [`Document`] is parsed by `serde_json`'s own parser (so it accepts exactly what
//! `serde_json` accepts, with its depth limit), keeps strings as slices of the text and
//! objects as short vectors, and is checked by the same compiled schema through jsonschema's
//! `Json` representation trait. Anything unusual (a duplicate key, an escape in a key, an error
//! of any kind) makes the parse give up, and the caller takes the `Value` path, which explains
//! every violation.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use jsonschema::json::{Array, Json, Node, NodeIdentity, Object, cmp};
use jsonschema::types::JsonType;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// A JSON value whose strings borrow from the text it was parsed from.
#[derive(Debug, Clone, PartialEq)]
pub enum Document<'t> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as `serde_json` reads it.
    Number(Number),
    /// A string (borrowed unless it had escapes).
    String(Cow<'t, str>),
    /// An array.
    Array(Vec<Document<'t>>),
    /// An object, its members in the order of the text, each key once.
    Object(Vec<(Cow<'t, str>, Document<'t>)>),
}

impl<'t> Document<'t> {
    /// Parses `text`, or `None` when it is not JSON, has a key twice in one object, or nests
    /// deeper than `serde_json` allows: the `Value` path reports those.
    pub fn parse(text: &'t str) -> Option<Self> {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let document = DocumentSeed.deserialize(&mut deserializer).ok()?;
        deserializer.end().ok()?;
        Some(document)
    }

    /// The document as a `serde_json::Value`.
    pub fn to_value(&self) -> Value {
        match self {
            Document::Null => Value::Null,
            Document::Bool(b) => Value::Bool(*b),
            Document::Number(n) => Value::Number(n.clone()),
            Document::String(s) => Value::String(s.clone().into_owned()),
            Document::Array(items) => Value::Array(items.iter().map(Document::to_value).collect()),
            Document::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|(k, v)| (k.clone().into_owned(), v.to_value()))
                    .collect::<Map<_, _>>(),
            ),
        }
    }
}

struct DocumentSeed;

impl<'de> DeserializeSeed<'de> for DocumentSeed {
    type Value = Document<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

/// Past this many members an object checks its keys with a hash set instead of a scan.
const SCAN_KEYS: usize = 16;

impl<'de> Visitor<'de> for DocumentSeed {
    type Value = Document<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Document::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Document::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Document::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Number::from_f64(v)
            .map(Document::Number)
            .ok_or_else(|| E::custom("not a finite number"))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Document::String(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Document::String(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Document::String(Cow::Owned(v)))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Document::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(4);
        while let Some(item) = seq.next_element_seed(DocumentSeed)? {
            items.push(item);
        }
        Ok(Document::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut members: Vec<(Cow<'de, str>, Document<'de>)> = Vec::with_capacity(8);
        let mut seen: Option<HashSet<Cow<'de, str>>> = None;
        while let Some(key) = access.next_key_seed(KeySeed)? {
            let repeated = match &mut seen {
                Some(seen) => !seen.insert(key.clone()),
                None if members.len() < SCAN_KEYS => members.iter().any(|(k, _)| *k == key),
                None => {
                    let mut set: HashSet<Cow<'de, str>> =
                        members.iter().map(|(k, _)| k.clone()).collect();
                    let repeated = !set.insert(key.clone());
                    seen = Some(set);
                    repeated
                }
            };
            if repeated {
                return Err(de::Error::custom("duplicate key"));
            }
            members.push((key, access.next_value_seed(DocumentSeed)?));
        }
        Ok(Document::Object(members))
    }
}

/// A key, borrowed from the text unless it has escapes (serde's `Cow<str>` always copies).
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

/// jsonschema's name for this representation.
pub(crate) struct Borrowed;

impl Json for Borrowed {
    type Node<'a> = &'a Document<'a>;
    type PreparedKey = String;
    type StringBuffer = ();

    // Objects are short vectors: a pass over their members is as cheap as a lookup.
    const KEYS_PER_LOOKUP: usize = 2;
    const ACYCLIC: bool = true;

    fn prepare_key(key: &str) -> String {
        key.to_owned()
    }

    fn with_string_node<T>((): &mut (), string: &str, f: impl FnOnce(Self::Node<'_>) -> T) -> T {
        f(&Document::String(Cow::Borrowed(string)))
    }
}

impl<'a> Node<'a, Borrowed> for &'a Document<'a> {
    type Object = &'a [(Cow<'a, str>, Document<'a>)];
    type Array = &'a [Document<'a>];
    type Number = &'a Number;

    fn as_object(&self) -> Option<Self::Object> {
        match self {
            Document::Object(members) => Some(members),
            _ => None,
        }
    }

    fn as_array(&self) -> Option<Self::Array> {
        match self {
            Document::Array(items) => Some(items),
            _ => None,
        }
    }

    fn as_string(&self) -> Option<Cow<'a, str>> {
        match self {
            Document::String(s) => Some(Cow::Borrowed(s)),
            _ => None,
        }
    }

    fn as_number(&self) -> Option<&'a Number> {
        match self {
            Document::Number(n) => Some(n),
            _ => None,
        }
    }

    fn as_boolean(&self) -> Option<bool> {
        match self {
            Document::Bool(b) => Some(*b),
            _ => None,
        }
    }

    fn is_null(&self) -> bool {
        matches!(self, Document::Null)
    }

    fn json_type(&self) -> JsonType {
        match self {
            Document::Null => JsonType::Null,
            Document::Bool(_) => JsonType::Boolean,
            Document::Number(_) => JsonType::Number,
            Document::String(_) => JsonType::String,
            Document::Array(_) => JsonType::Array,
            Document::Object(_) => JsonType::Object,
        }
    }

    fn equals_value(&self, expected: &Value) -> bool {
        // `const` and `enum` compare strings on every check: without building a `Value`.
        match (self, expected) {
            (Document::String(s), Value::String(e)) => s == e,
            (Document::String(_), _) | (_, Value::String(_)) => false,
            (Document::Bool(b), Value::Bool(e)) => b == e,
            (Document::Null, Value::Null) => true,
            (Document::Number(n), Value::Number(e)) => cmp::equal_numbers(n, e),
            _ => cmp::equal(&self.to_value(), expected),
        }
    }

    fn to_value(&self) -> Cow<'a, Value> {
        Cow::Owned(Document::to_value(self))
    }

    fn identity(&self) -> Option<NodeIdentity> {
        Some(NodeIdentity::new(
            std::ptr::from_ref::<Document<'_>>(*self) as usize
        ))
    }
}

impl<'a> Object<'a, Borrowed> for &'a [(Cow<'a, str>, Document<'a>)] {
    type Node = &'a Document<'a>;
    type MemberName = &'a str;
    type MembersIter = std::iter::Map<
        std::slice::Iter<'a, (Cow<'a, str>, Document<'a>)>,
        fn(&'a (Cow<'a, str>, Document<'a>)) -> (&'a str, &'a Document<'a>),
    >;

    fn len(&self) -> usize {
        <[_]>::len(self)
    }

    fn get(&self, key: &String) -> Option<&'a Document<'a>> {
        self.iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    fn members(&self) -> Self::MembersIter {
        self.iter().map(|(name, value)| (&**name, value))
    }
}

impl<'a> Array<'a, Borrowed> for &'a [Document<'a>] {
    type Node = &'a Document<'a>;
    type ElementsIter = std::slice::Iter<'a, Document<'a>>;

    fn len(&self) -> usize {
        <[_]>::len(self)
    }

    fn elements(&self) -> Self::ElementsIter {
        self.iter()
    }

    fn is_unique(&self) -> bool {
        // The body's lists are short: compared pairwise, without building `Value`s. A long
        // list (hostile input) goes to jsonschema's own check, which hashes.
        if self.len() <= 64 {
            return self
                .iter()
                .enumerate()
                .all(|(i, item)| !self[..i].iter().any(|earlier| same(earlier, item)));
        }
        let values: Vec<Value> = self.iter().map(Document::to_value).collect();
        jsonschema::json::unique::is_unique(&values)
    }
}

/// JSON equality, as `uniqueItems` means it: numbers by value, objects whatever their order.
fn same(a: &Document<'_>, b: &Document<'_>) -> bool {
    match (a, b) {
        (Document::Null, Document::Null) => true,
        (Document::Bool(a), Document::Bool(b)) => a == b,
        (Document::Number(a), Document::Number(b)) => cmp::equal_numbers(a, b),
        (Document::String(a), Document::String(b)) => a == b,
        (Document::Array(a), Document::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
        }
        (Document::Object(a), Document::Object(b)) => {
            a.len() == b.len()
                && a.iter().all(|(key, value)| {
                    b.iter()
                        .any(|(other, found)| key == other && same(value, found))
                })
        }
        _ => false,
    }
}

/// The typed body of a document: `serde` deserializes from it as from text, borrowing its
/// strings.
impl<'de> Deserializer<'de> for &'de Document<'de> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Document::Null => visitor.visit_unit(),
            Document::Bool(b) => visitor.visit_bool(*b),
            Document::Number(n) => {
                if let Some(u) = n.as_u64() {
                    visitor.visit_u64(u)
                } else if let Some(i) = n.as_i64() {
                    visitor.visit_i64(i)
                } else {
                    visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            Document::String(s) => visitor.visit_borrowed_str(s),
            Document::Array(items) => {
                visitor.visit_seq(de::value::SeqDeserializer::new(items.iter()))
            }
            Document::Object(members) => visitor.visit_map(de::value::MapDeserializer::new(
                members.iter().map(|(k, v)| (&**k, v)),
            )),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Document::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self {
            Document::String(s) => visitor.visit_enum(de::value::BorrowedStrDeserializer::new(s)),
            _ => Err(de::Error::custom("expected a string")),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

impl<'de> de::IntoDeserializer<'de, de::value::Error> for &'de Document<'de> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}
