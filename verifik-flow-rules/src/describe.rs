//! The rule and the words of one error of the schema check about a single value: range,
//! enum, type, pattern, a repeated key, ... each as [`Words`] says it, worded when shown.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use crate::check::{Origin, Origins, SchemaText, render, suggest};
use crate::unique_keys::Repeat;
use crate::words::{self, Unit, Words};
use crate::{Lang, Message, Rule};

/// The rule and message of an error about a single value.
#[allow(clippy::too_many_lines)] // one arm a kind of error, each capturing what it words
pub(crate) fn describe(
    kind: &ValidationErrorKind,
    instance: &Value,
    pointer: &str,
    origins: &Origins<'_>,
) -> (Rule, Message) {
    let found = render(instance);
    let facts = origins.facts();
    let hint = origins.text(|origin| origin.spanish_name(instance));
    // `subject` + the predicate, with the Spanish pages' name of the value when it is one.
    let said = |predicate: Predicate| said(pointer, hint.clone(), predicate);
    match kind {
        ValidationErrorKind::Required { property } => {
            let key = property.as_str().unwrap_or_default().to_owned();
            let pointer = pointer.to_owned();
            (
                Rule::MissingKey,
                Message::from_fn(move |lang| {
                    let words = lang.words();
                    words.missing_key(&key, &words::subject(words, &pointer))
                }),
            )
        }
        ValidationErrorKind::Type { kind } => {
            let types: Vec<String> = match kind {
                TypeKind::Single(t) => vec![t.to_string()],
                TypeKind::Multiple(set) => set.iter().map(|t| t.to_string()).collect(),
            };
            (
                Rule::Type,
                said(Box::new(move |_, words| {
                    let types: Vec<&str> = types.iter().map(String::as_str).collect();
                    words.wrong_type(&words::type_names(words, &types), &found)
                })),
            )
        }
        ValidationErrorKind::Enum { options } => {
            let options: Vec<String> = options
                .as_array()
                .map(|options| {
                    options
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            let option_names: Vec<&str> = options.iter().map(String::as_str).collect();
            // A name of the Spanish pages is named for what it is, rather than guessed at.
            let near = instance
                .as_str()
                .filter(|_| facts.spanish_name(instance).is_none())
                .and_then(|s| suggest(s, &option_names))
                .map(str::to_owned);
            let own_words = origins.text(Origin::error_message);
            (
                Rule::Enum,
                said(Box::new(move |lang, words| {
                    let allowed = own_words.get(lang).unwrap_or_else(|| {
                        let options: Vec<&str> = options.iter().map(String::as_str).collect();
                        words::allowed(words, &options)
                    });
                    words.not_allowed(&allowed, &found, near.as_deref())
                })),
            )
        }
        ValidationErrorKind::Constant { expected_value } => {
            let expected = render(expected_value);
            (
                Rule::Enum,
                said(Box::new(move |_, words| {
                    words.not_allowed(&words.must_be(&expected), &found, None)
                })),
            )
        }
        ValidationErrorKind::Minimum { .. } | ValidationErrorKind::Maximum { .. } => {
            let bound = |key| facts.get(key).map(Value::to_string);
            let (min, max) = (bound("minimum"), bound("maximum"));
            (
                Rule::Range,
                said(Box::new(move |_, words| {
                    words.range(min.as_deref(), max.as_deref(), &found)
                })),
            )
        }
        ValidationErrorKind::Pattern { .. } => {
            let form = origins.text(Origin::error_message);
            (
                Rule::Pattern,
                said(Box::new(move |lang, words| {
                    words.pattern(form.get(lang).as_deref(), &found)
                })),
            )
        }
        ValidationErrorKind::MinLength { limit } => {
            let limit = *limit;
            (
                Rule::Length,
                said(Box::new(move |_, words| {
                    words.length(true, limit, Unit::Characters, Some(&found))
                })),
            )
        }
        ValidationErrorKind::MaxLength { limit } => {
            (Rule::Length, length(&said, false, *limit, Unit::Characters))
        }
        ValidationErrorKind::MinItems { limit } => {
            (Rule::Length, length(&said, true, *limit, Unit::Items))
        }
        ValidationErrorKind::MaxItems { limit } => {
            (Rule::Length, length(&said, false, *limit, Unit::Items))
        }
        ValidationErrorKind::UniqueItems => (
            Rule::UniqueItems,
            said(Box::new(|_, words| words.repeated_item())),
        ),
        ValidationErrorKind::Custom { message, .. } => {
            let message = message.clone();
            (
                Rule::UniqueItems,
                said(Box::new(move |_, words| repeated_key(words, &message))),
            )
        }
        other => {
            let keyword = other.keyword().to_owned();
            (
                Rule::Type,
                said(Box::new(move |_, words| words.not_valid_here(&keyword))),
            )
        }
    }
}

type Predicate = Box<dyn Fn(Lang, &dyn Words) -> String + Send + Sync>;

/// The member at `pointer`, then `predicate`, then the Spanish pages' name of the value when
/// it is one: worded when shown.
fn said(pointer: &str, hint: SchemaText, predicate: Predicate) -> Message {
    let pointer = pointer.to_owned();
    Message::from_fn(move |lang| {
        let words = lang.words();
        words::with_hint(
            format!(
                "{} {}",
                words::subject(words, &pointer),
                predicate(lang, words)
            ),
            hint.get(lang).as_deref(),
        )
    })
}

/// A length's message, with no value found.
fn length(said: &impl Fn(Predicate) -> Message, at_least: bool, limit: u64, unit: Unit) -> Message {
    said(Box::new(move |_, words| {
        words.length(at_least, limit, unit, None)
    }))
}

/// The words of `UniqueKeys`' error, whose message is its typed payload ([`Repeat`]) as JSON
/// (read back by its type, not by position).
fn repeated_key(words: &dyn Words, message: &str) -> String {
    match serde_json::from_str::<Repeat>(message) {
        Ok(repeat) => words.repeated_key(
            &repeat.keys.join("`, `"),
            &repeat.value,
            repeat.first,
            repeat.again,
        ),
        Err(_) => words.not_valid_here(message),
    }
}
