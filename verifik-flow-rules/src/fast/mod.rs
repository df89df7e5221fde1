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

/// A pattern of the schema as a table, generated from the same translation that `regex`
/// compiles below (`codegen/src/matcher.rs`): a DFA's byte classes and its transitions
/// (`width` a state). The states that go on come first, then those that have matched (from
/// `matched_from`), then those that never will (from `dead_from`); `stays` holds, a state, the
/// classes on which it stays (a bit each), and `at_end` whether the end of the text after it is
/// a match.
pub(super) struct Matcher {
    pub(super) width: usize,
    pub(super) matched_from: usize,
    pub(super) dead_from: usize,
    pub(super) classes: &'static [u8; 256],
    pub(super) next: &'static [u8],
    pub(super) stays: &'static [u64],
    pub(super) at_end: &'static [bool],
}

impl Matcher {
    /// Whether the pattern matches somewhere in `text`. A run of bytes on which the state stays
    /// (a URL's path, a name) costs a test of each byte against the state's mask, which does
    /// not wait on the previous byte's lookup as a DFA's next state does; a match is known, or
    /// known impossible, as soon as a state says so.
    fn is_match(&self, text: &str) -> bool {
        let mut state = 0_usize;
        let mut stays = self.stays.first().copied().unwrap_or(0);
        for &byte in text.as_bytes() {
            let class = self.classes[usize::from(byte)];
            if stays >> class & 1 == 1 {
                continue;
            }
            let Some(&next) = self.next.get(state * self.width + usize::from(class)) else {
                return false;
            };
            state = usize::from(next);
            if state >= self.matched_from {
                return state < self.dead_from;
            }
            stays = self.stays.get(state).copied().unwrap_or(0);
        }
        self.at_end.get(state).copied().unwrap_or(false)
    }
}

/// Whether the schema's pattern number `index` matches somewhere in `text`, as jsonschema
/// reads it: translated from ECMA-262 by jsonschema's own translation. Its table when it has
/// one, else `regex` itself.
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
    if let Some(Some(matcher)) = generated::MATCHERS.get(index) {
        return matcher.is_match(text);
    }
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

#[cfg(test)]
mod table_tests {
    use super::*;

    /// Every pattern's table says what `regex` says, on every string of up to three characters
    /// of an alphabet that touches each pattern's edges (ASCII classes, white space of both
    /// kinds, control characters, multi-byte UTF-8), and on longer strings of every form the
    /// schema names.
    #[test]
    fn each_table_agrees_with_regex() {
        let alphabet = [
            "a", "F", "0", "9", "+", "@", ".", "/", ":", "?", "#", " ", "\t", "\u{1f}", "\u{7f}",
            "é", "\u{a0}", "\u{2028}", "\u{85}", "😀", "[",
        ];
        let mut texts: Vec<String> = vec![String::new()];
        let mut layer: Vec<String> = vec![String::new()];
        for _ in 0..3 {
            layer = layer
                .iter()
                .flat_map(|prefix| alphabet.iter().map(move |c| format!("{prefix}{c}")))
                .collect();
            texts.extend(layer.iter().cloned());
        }
        texts.extend(
            [
                "https://verifik.co",
                "https://identity.example.com/passwordless-validation?email=user@example.com",
                "https://a:443/x",
                "https://a:123456/x",
                "https://user@a/",
                "https://a b/",
                "https://a/ b",
                "http://localhost:8080/done",
                "http://127.0.0.1/x",
                "http://[::1]:9/",
                "http://example.com/",
                "65b03015c03e1a1b595fe61c",
                "65b03015c03e1a1b595fe61",
                "65b03015c03e1a1b595fe61cc",
                "65B03015C03E1A1B595FE61G",
                "user@example.com",
                "user@@example.com",
                "+573001234567",
                "+5730012345678901",
                "US",
                "us",
                "+57",
                "  Smart Enroll  ",
                "Smart\u{a0}Enroll",
            ]
            .map(str::to_owned),
        );
        let mut compared = 0;
        for (index, matcher) in generated::MATCHERS.iter().enumerate() {
            let Some(matcher) = matcher else { continue };
            let translated = jsonschema_regex::to_rust_regex(generated::PATTERNS[index]).unwrap();
            let regex = regex::Regex::new(&translated).unwrap();
            for text in &texts {
                assert_eq!(
                    matcher.is_match(text),
                    regex.is_match(text),
                    "pattern {index} ({}) on {text:?}",
                    generated::PATTERNS[index]
                );
                compared += 1;
            }
        }
        // The patterns with a run to cross have a table: the URLs', the e-mail's, a code's.
        assert!(compared > 4 * 9_000, "{compared}");
    }
}
