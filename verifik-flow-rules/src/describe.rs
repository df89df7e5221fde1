//! The rule and the words of one error of the schema check about a single value: range,
//! enum, type, pattern, a repeated key, ... each as `words` says it, in every language.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use crate::check::{Origins, render, suggest};
use crate::unique_keys::Repeat;
use crate::words::{self, Unit};
use crate::{Lang, Message, Rule};

/// The rule and message of an error about a single value.
pub(crate) fn describe(
    kind: &ValidationErrorKind,
    instance: &Value,
    pointer: &str,
    origins: &Origins<'_>,
) -> (Rule, Message) {
    let found = render(instance);
    let facts = origins.facts();
    // `subject` + the predicate, with the Spanish pages' name of the value when it is one.
    let said = |predicate: &dyn Fn(Lang) -> String| {
        Message::from_fn(|lang| {
            words::with_hint(
                format!("{} {}", words::subject(lang, pointer), predicate(lang)),
                origins.of(lang).spanish_name(instance),
            )
        })
    };
    match kind {
        ValidationErrorKind::Required { property } => {
            let key = property.as_str().unwrap_or_default();
            (
                Rule::MissingKey,
                Message::from_fn(|lang| {
                    words::missing_key(lang, key, &words::subject(lang, pointer))
                }),
            )
        }
        ValidationErrorKind::Type { kind } => (
            Rule::Type,
            said(&|lang| words::wrong_type(lang, &type_names(lang, kind), &found)),
        ),
        ValidationErrorKind::Enum { options } => {
            let options: Vec<&str> = options
                .as_array()
                .map(|options| options.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            // A name of the Spanish pages is named for what it is, rather than guessed at.
            let near = instance
                .as_str()
                .filter(|_| facts.spanish_name(instance).is_none())
                .and_then(|s| suggest(s, &options));
            (
                Rule::Enum,
                said(&|lang| {
                    let allowed = origins
                        .of(lang)
                        .error_message()
                        .map_or_else(|| words::allowed(lang, &options), str::to_owned);
                    words::not_allowed(lang, &allowed, &found, near)
                }),
            )
        }
        ValidationErrorKind::Constant { expected_value } => (
            Rule::Enum,
            said(&|lang| {
                words::not_allowed(
                    lang,
                    &words::must_be(lang, &render(expected_value)),
                    &found,
                    None,
                )
            }),
        ),
        ValidationErrorKind::Minimum { .. } | ValidationErrorKind::Maximum { .. } => {
            let bound = |key| facts.get(key).map(Value::to_string);
            let (min, max) = (bound("minimum"), bound("maximum"));
            (
                Rule::Range,
                said(&|lang| words::range(lang, min.as_deref(), max.as_deref(), &found)),
            )
        }
        ValidationErrorKind::Pattern { .. } => (
            Rule::Pattern,
            said(&|lang| words::pattern(lang, origins.of(lang).error_message(), &found)),
        ),
        ValidationErrorKind::MinLength { limit } => (
            Rule::Length,
            said(&|lang| words::length(lang, true, *limit, Unit::Characters, Some(&found))),
        ),
        ValidationErrorKind::MaxLength { limit } => (
            Rule::Length,
            said(&|lang| words::length(lang, false, *limit, Unit::Characters, None)),
        ),
        ValidationErrorKind::MinItems { limit } => (
            Rule::Length,
            said(&|lang| words::length(lang, true, *limit, Unit::Items, None)),
        ),
        ValidationErrorKind::MaxItems { limit } => (
            Rule::Length,
            said(&|lang| words::length(lang, false, *limit, Unit::Items, None)),
        ),
        ValidationErrorKind::UniqueItems => {
            (Rule::UniqueItems, said(&|lang| words::repeated_item(lang)))
        }
        ValidationErrorKind::Custom { message, .. } => {
            (Rule::UniqueItems, said(&|lang| repeated_key(lang, message)))
        }
        other => (
            Rule::Type,
            said(&|lang| words::not_valid_here(lang, other.keyword())),
        ),
    }
}

/// The JSON types a value may have, named in `lang`.
fn type_names(lang: Lang, kind: &TypeKind) -> String {
    let types: Vec<String> = match kind {
        TypeKind::Single(t) => vec![t.to_string()],
        TypeKind::Multiple(set) => set.iter().map(|t| t.to_string()).collect(),
    };
    let types: Vec<&str> = types.iter().map(String::as_str).collect();
    words::type_names(lang, &types)
}

/// The words of `UniqueKeys`' error, whose message is its typed payload ([`Repeat`]) as JSON
/// (read back by its type, not by position).
fn repeated_key(lang: Lang, message: &str) -> String {
    match serde_json::from_str::<Repeat>(message) {
        Ok(repeat) => words::repeated_key(
            lang,
            &repeat.keys.join("`, `"),
            &repeat.value,
            repeat.first,
            repeat.again,
        ),
        Err(_) => words::not_valid_here(lang, message),
    }
}
