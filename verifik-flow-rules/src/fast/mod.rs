//! The fast check of a [`Document`]: the schema's checks written out as Rust.
//!
//! `generated.rs` is produced from the schema (see `verifik-flow/src/fast_check.rs`); the
//! schema's drift test fails when it is stale. It answers only "is this document valid": when
//! it says no, or is unsure, the caller takes the `Value` path, where jsonschema decides and
//! explains. So every helper here may answer `false` when in doubt, never `true`; and a
//! property test holds the verdicts to jsonschema's.

use std::collections::HashSet;
use std::sync::OnceLock;

use num_cmp::NumCmp;
use serde_json::{Number, Value};

use crate::document::Document;

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic)]
mod generated;

pub(crate) use generated::is_valid;

/// An integer as draft-07 means it: a number with no fractional part, `1.0` included.
fn is_integer(n: &Number) -> bool {
    n.is_u64() || n.is_i64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
}

/// `n >= bound`, exactly (no rounding of large integers).
fn at_least(n: &Number, bound: f64) -> bool {
    if let Some(u) = n.as_u64() {
        u.num_ge(bound)
    } else if let Some(i) = n.as_i64() {
        i.num_ge(bound)
    } else {
        n.as_f64().is_some_and(|f| f >= bound)
    }
}

/// `n <= bound`, exactly.
fn at_most(n: &Number, bound: f64) -> bool {
    if let Some(u) = n.as_u64() {
        u.num_le(bound)
    } else if let Some(i) = n.as_i64() {
        i.num_le(bound)
    } else {
        n.as_f64().is_some_and(|f| f <= bound)
    }
}

/// Whether the schema's pattern number `index` matches somewhere in `text`, as jsonschema
/// reads it: translated from ECMA-262 by jsonschema's own translation.
fn pattern(index: usize, text: &str) -> bool {
    static COMPILED: OnceLock<Vec<Option<regex::Regex>>> = OnceLock::new();
    let compiled = COMPILED.get_or_init(|| {
        generated::PATTERNS
            .iter()
            .map(|pattern| {
                let translated = jsonschema_regex::to_rust_regex(pattern).ok()?;
                regex::Regex::new(&translated).ok()
            })
            .collect()
    });
    // A pattern that does not compile here: unsure, so the `Value` path decides.
    compiled
        .get(index)
        .and_then(Option::as_ref)
        .is_some_and(|regex| regex.is_match(text))
}

/// `const`/`enum` equality with a value other than a string, a boolean or `null` (none in
/// today's schema).
#[allow(dead_code)]
fn equals_json(v: &Document<'_>, expected: &str) -> bool {
    serde_json::from_str::<Value>(expected)
        .is_ok_and(|expected| jsonschema::json::cmp::equal(&v.to_value(), &expected))
}

/// `uniqueItems`: no two items equal as JSON.
fn unique_items(items: &[Document<'_>]) -> bool {
    // The body's lists are short: compared pairwise, without building `Value`s. A long list
    // (hostile input) goes to jsonschema's own check, which hashes.
    if items.len() <= 64 {
        return items
            .iter()
            .enumerate()
            .all(|(i, item)| !items[..i].iter().any(|earlier| same(earlier, item)));
    }
    let values: Vec<Value> = items.iter().map(Document::to_value).collect();
    jsonschema::json::unique::is_unique(&values)
}

/// JSON equality, as `uniqueItems` means it: numbers by value, objects whatever their order.
fn same(a: &Document<'_>, b: &Document<'_>) -> bool {
    match (a, b) {
        (Document::Null, Document::Null) => true,
        (Document::Bool(a), Document::Bool(b)) => a == b,
        (Document::Number(a), Document::Number(b)) => jsonschema::json::cmp::equal_numbers(a, b),
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

/// This crate's `x-unique-keys`: no two items hold the same value at any of `keys` (see the
/// keyword's own check in `check.rs`, which also explains).
fn unique_keys(items: &[Document<'_>], keys: &[&str]) -> bool {
    /// A string as it is; any other value by its JSON text, canonical for numbers.
    fn at<'d>(item: &'d Document<'_>, key: &str) -> Option<Result<&'d str, String>> {
        let Document::Object(members) = item else {
            return None;
        };
        let (_, value) = members.iter().find(|(name, _)| name == key)?;
        Some(match value {
            Document::String(s) => Ok(&**s),
            other => Err(other.to_value().to_string()),
        })
    }
    keys.iter().all(|key| {
        if items.len() <= crate::unique_keys::PAIRWISE_ITEMS {
            return items.iter().enumerate().all(|(i, item)| {
                at(item, key).is_none_or(|value| {
                    !items[..i]
                        .iter()
                        .any(|earlier| at(earlier, key).as_ref() == Some(&value))
                })
            });
        }
        let mut seen = HashSet::with_capacity(items.len());
        items
            .iter()
            .filter_map(|item| at(item, key))
            .all(|value| seen.insert(value))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_compare_exactly() {
        let big = Number::from(u64::MAX);
        assert!(at_least(&big, 1.0));
        assert!(!at_most(&big, 1e19));
        assert!(at_least(&Number::from(-3), -3.0));
        assert!(!at_least(&Number::from_f64(0.5).unwrap(), 0.51));
        assert!(is_integer(&Number::from_f64(2.0).unwrap()));
        assert!(!is_integer(&Number::from_f64(2.5).unwrap()));
    }

    #[test]
    fn repeated_keys_are_found_in_short_and_long_lists() {
        for len in [3, 40] {
            let mut text = (0..len)
                .map(|i| format!(r#"{{"country": "C{i}", "n": {i}}}"#))
                .collect::<Vec<_>>();
            let arena_text = format!("[{}]", text.join(","));
            let document = Document::parse(&arena_text).unwrap();
            let Document::Array(items) = &document else {
                unreachable!()
            };
            assert!(unique_keys(items, &["country"]), "{len}");
            text.push(r#"{"country": "C1"}"#.to_owned());
            let repeated = format!("[{}]", text.join(","));
            let document = Document::parse(&repeated).unwrap();
            let Document::Array(items) = &document else {
                unreachable!()
            };
            assert!(!unique_keys(items, &["country"]), "{len}");
            assert!(unique_keys(items, &["n"]), "{len}");
        }
    }
}
