//! Which strings of a schema are texts a person reads: the one list, which the Spanish
//! edition's generator translates by and the pseudo-language brackets by.

use serde_json::Value;

use crate::escape;

/// The keys whose value is a text a person reads, in a schema node.
const TEXT_KEYS: [&str; 4] = [
    "title",
    "description",
    "markdownDescription",
    "errorMessage",
];
/// The keys whose value is a list of texts, one a value of the node's `enum`.
const TEXT_LIST_KEYS: [&str; 2] = ["enumDescriptions", "markdownEnumDescriptions"];

/// Calls `text` with every text a person reads in `schema` and the schemas inside it, and the
/// text's ID: `base` and its JSON pointer there.
pub fn each_text(schema: &mut Value, base: &str, text: &mut dyn FnMut(&str, &mut String)) {
    let Value::Object(map) = schema else {
        if let Value::Array(items) = schema {
            for (i, item) in items.iter_mut().enumerate() {
                each_text(item, &format!("{base}/{i}"), text);
            }
        }
        return;
    };
    for (key, value) in map.iter_mut() {
        let at = format!("{base}/{}", escape(key));
        match (key.as_str(), value) {
            (key, Value::String(said)) if TEXT_KEYS.contains(&key) => text(&at, said),
            (key, Value::Array(texts)) if TEXT_LIST_KEYS.contains(&key) => {
                for (i, said) in texts.iter_mut().enumerate() {
                    if let Value::String(said) = said {
                        text(&format!("{at}/{i}"), said);
                    }
                }
            }
            ("x-intellij-enum-metadata", Value::Object(values)) => {
                for (value, meta) in values.iter_mut() {
                    if let Some(Value::String(said)) = meta.get_mut("description") {
                        text(&format!("{at}/{}/description", escape(value)), said);
                    }
                }
            }
            ("defaultSnippets", Value::Array(snippets)) => {
                for (i, snippet) in snippets.iter_mut().enumerate() {
                    for key in ["label", "description"] {
                        if let Some(Value::String(said)) = snippet.get_mut(key) {
                            text(&format!("{at}/{i}/{key}"), said);
                        }
                    }
                }
            }
            // Instances, not schemas: their strings are values, never texts.
            ("default" | "examples" | "enum" | "const" | "body", _) => {}
            (_, value) => each_text(value, &at, text),
        }
    }
}
