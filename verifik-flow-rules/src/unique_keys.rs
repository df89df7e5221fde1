//! The schema's own keyword `x-unique-keys`: no two items of an array with the same value at
//! the named keys (a document type per country), checked by `jsonschema` as a custom keyword.

use std::borrow::Cow;

use jsonschema::json::{Array as _, Json, Node as _, Object as _};
use jsonschema::{Keyword, ValidationError};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `"x-unique-keys": ["country"]`: no two items of the array have the same `country`.
pub(crate) struct UniqueKeys<F: Json> {
    /// The keys, as the schema names them (for messages).
    names: Vec<String>,
    /// The same keys, prepared once for lookups in `F`'s objects.
    keys: Vec<F::PreparedKey>,
}

/// Up to this many items, a list is checked pair by pair, with nothing allocated: the lists
/// of a project flow are short. A longer list (hostile input) is checked with a hash map.
pub(crate) const PAIRWISE_ITEMS: usize = 32;

/// The value an item holds at `key`: a string as it is; any other value by its JSON text,
/// which is canonical for numbers.
fn key_value<'a, F: Json>(
    item: &F::Node<'a>,
    key: &F::PreparedKey,
) -> Option<Result<Cow<'a, str>, String>> {
    let value = item.as_object()?.get(key)?;
    Some(match value.as_string() {
        Some(text) => Ok(text),
        None => Err(value.to_value().to_string()),
    })
}

impl<F: Json> UniqueKeys<F> {
    pub(crate) fn new(names: Vec<String>) -> Self {
        let keys = names.iter().map(|name| F::prepare_key(name)).collect();
        Self { names, keys }
    }

    /// The first key value that repeats: its JSON text and the two items that have it.
    fn first_repeat(&self, instance: &F::Node<'_>) -> Option<(String, usize, usize)> {
        let items = instance.as_array()?;
        let shown = |value: Result<Cow<'_, str>, String>| match value {
            Ok(text) => Value::from(text.into_owned()).to_string(),
            Err(json) => json,
        };
        for key in &self.keys {
            if items.len() <= PAIRWISE_ITEMS {
                for (i, item) in items.elements().enumerate() {
                    let Some(value) = key_value::<F>(&item, key) else {
                        continue;
                    };
                    let first = items
                        .elements()
                        .take(i)
                        .position(|earlier| key_value::<F>(&earlier, key).as_ref() == Some(&value));
                    if let Some(first) = first {
                        return Some((shown(value), first, i));
                    }
                }
                continue;
            }
            let mut seen = std::collections::HashMap::with_capacity(items.len());
            for (i, item) in items.elements().enumerate() {
                let Some(value) = key_value::<F>(&item, key) else {
                    continue;
                };
                if let Some(&first) = seen.get(&value) {
                    return Some((shown(value), first, i));
                }
                seen.insert(value, i);
            }
        }
        None
    }
}

impl<'i, F: Json> Keyword<'i, F> for UniqueKeys<F> {
    fn validate(&self, instance: F::Node<'i>) -> Result<(), ValidationError<'i>> {
        match self.first_repeat(&instance) {
            None => Ok(()),
            // Worded by `describe`, in each language: `jsonschema` carries a custom keyword's
            // error as text only, so the payload goes as JSON and is read back by its type.
            Some((value, first, again)) => Err(ValidationError::custom(
                serde_json::to_string(&Repeat {
                    keys: self.names.clone(),
                    value,
                    first,
                    again,
                })
                .unwrap_or_default(),
            )),
        }
    }

    fn is_valid(&self, instance: F::Node<'i>) -> bool {
        self.first_repeat(&instance).is_none()
    }
}

/// What `x-unique-keys` found: the keys, the value that repeats (as shown), and the two items
/// that hold it.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Repeat {
    pub(crate) keys: Vec<String>,
    pub(crate) value: String,
    pub(crate) first: usize,
    pub(crate) again: usize,
}
