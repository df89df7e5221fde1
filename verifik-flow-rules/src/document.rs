//! The fast path of validating text: a JSON document that borrows its strings from the text.
//!
//! A `serde_json::Value` allocates every key and every string, and builds a `BTreeMap` for
//! every object: for a project flow, that costs more than deserializing the typed body. A
//! [`Document`] is parsed by `serde_json`'s own parser (so it accepts exactly what
//! `serde_json` accepts, with its depth limit), keeps strings as slices of the text and
//! objects as short vectors, and is checked by code generated from the schema (`fast`). Anything unusual (a duplicate key, an escape in a key, an error
//! of any kind) makes the parse give up, and the caller takes the `Value` path, which explains
//! every violation.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

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
        // A body's lists are short, and often empty (`documentTemplates`): no allocation
        // until an item comes.
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(DocumentSeed)? {
            items.push(item);
        }
        Ok(Document::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        // One allocation for any object of the body (the largest has 11 keys).
        let mut members: Vec<(Cow<'de, str>, Document<'de>)> = Vec::with_capacity(SCAN_KEYS);
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
