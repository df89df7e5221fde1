//! Checking a JSON value against the schema, and explaining each failure in the words of the
//! schema: the rule named by the `x-rule` of the `allOf` entry an error comes from, or the
//! error's own keyword.

use jsonschema::error::ValidationErrorKind;
use jsonschema::json::{Json, SerdeJson};
use jsonschema::paths::LocationSegment;
use jsonschema::{ValidationError, Validator};
use serde_json::{Map, Value};

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use crate::describe::describe;
use crate::document::Document;
use crate::navigate::{rule_keys, triggers};
use crate::pointer::escape;
use crate::unique_keys::UniqueKeys;
use crate::words;
use crate::{Lang, Message, Rule, Token, Violation};

/// A schema compiled for checking: the validator, the schema it explains errors with, and
/// what placing a violation needs to know of it.
pub struct Checker {
    validator: Validator,
    /// Whether the schema is the committed one, which the generated fast check was made from.
    committed: bool,
    schema: Value,
    /// The same schema with its texts in Spanish (`errorMessage`, `x-spanish-names`), when
    /// there is one; else the messages' Spanish words quote the schema's English texts.
    spanish: Spanish,
    rule_keys: BTreeSet<String>,
    triggers: BTreeMap<Rule, Vec<String>>,
}

/// The committed project-flow schema, `schema/project-flow.schema.json` of the repository
/// (this crate ships an identical copy, which its drift test compares).
const SCHEMA_TEXT: &str = include_str!("../schema/project-flow.schema.json");

/// The project-flow schema's text, as committed: pretty JSON and a final newline.
pub fn schema_text() -> &'static str {
    SCHEMA_TEXT
}

/// The Spanish edition of the schema, `schema/project-flow.schema.es.json`: the same rules,
/// with Spanish titles, descriptions and messages (a test holds the two equal once their
/// texts are removed).
const SPANISH_SCHEMA_TEXT: &str = include_str!("../schema/project-flow.schema.es.json");

/// The schema's text in `lang`, as committed.
pub fn schema_text_in(lang: Lang) -> &'static str {
    match lang {
        Lang::En => SCHEMA_TEXT,
        Lang::Es => SPANISH_SCHEMA_TEXT,
        #[cfg(feature = "pseudo")]
        Lang::Pseudo => pseudo_schema_text(),
    }
}

/// The pseudo-language's schema: the English one with each text a person reads (those the
/// Spanish edition translates) bracketed.
#[cfg(feature = "pseudo")]
fn pseudo_schema_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut schema = schema().clone();
        crate::schema_texts::each_text(&mut schema, "", &mut |_, text| {
            *text = crate::words::bracket(text);
        });
        let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
        text.push('\n');
        text
    })
}

/// The schema in `lang`, parsed once per process.
///
/// # Panics
///
/// Only if a committed schema were not JSON, which its drift test rules out.
pub fn schema_in(lang: Lang) -> &'static Value {
    static SPANISH: OnceLock<Value> = OnceLock::new();
    match lang {
        Lang::En => schema(),
        Lang::Es => SPANISH.get_or_init(|| {
            serde_json::from_str(SPANISH_SCHEMA_TEXT)
                .expect("the committed Spanish schema is JSON (tested)")
        }),
        #[cfg(feature = "pseudo")]
        Lang::Pseudo => {
            static PSEUDO: OnceLock<Value> = OnceLock::new();
            PSEUDO.get_or_init(|| {
                serde_json::from_str(pseudo_schema_text()).expect("written from a Value")
            })
        }
    }
}

/// The project-flow schema, parsed once per process.
///
/// # Panics
///
/// Only if the committed schema were not JSON, which its drift test rules out.
pub fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        serde_json::from_str(SCHEMA_TEXT).expect("the committed schema is JSON (tested)")
    })
}

/// The project-flow schema compiled once per process (a process-wide cache: rust-analyzer
/// expands macros on fresh threads).
///
/// # Panics
///
/// Only if the committed schema did not compile, which its tests rule out.
pub fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| {
        let mut checker = Checker::new(schema().clone())
            .expect("the committed schema compiles (tested)")
            .with_spanish_from(|| schema_in(Lang::Es));
        checker.committed = true;
        checker
    })
}

/// The schema of a partial update (`PUT`): the committed schema without its `required`
/// lists and without its rules across fields (those belong to the merged flow, which the
/// server checks). Every key sent still follows its own rule: unknown or misspelt keys, types,
/// values, ranges and patterns, in the same words. (A `paused` status, which an update may
/// set, is read as a draft's by `verifik_flow`'s one reader of stored flows.)
///
/// # Panics
///
/// Only if the derived schema did not compile, which its tests rule out.
pub fn partial_checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| {
        Checker::new(partial(schema()))
            .expect("the partial schema compiles (tested)")
            .with_spanish_from(partial_spanish)
    })
}

/// The Spanish edition of the partial schema, made once per process when first needed.
fn partial_spanish() -> &'static Value {
    static SPANISH: OnceLock<Value> = OnceLock::new();
    SPANISH.get_or_init(|| partial(schema_in(Lang::Es)))
}

/// Where a checker's Spanish texts come from.
enum Spanish {
    /// Nowhere: the Spanish words quote the schema's English texts.
    None,
    /// A schema given to it.
    Owned(Value),
    /// A committed edition, parsed when a violation is first worded.
    Lazy(fn() -> &'static Value),
}

/// `schema`, for bodies of which any key may be left out.
fn partial(schema: &Value) -> Value {
    fn strip(node: &mut Value) {
        match node {
            Value::Object(members) => {
                members.remove("required");
                if let Some(Value::Array(parts)) = members.get_mut("allOf") {
                    parts.retain(|part| part.get("x-rule").is_none());
                }
                if members
                    .get("allOf")
                    .and_then(Value::as_array)
                    .is_some_and(Vec::is_empty)
                {
                    members.remove("allOf");
                }
                members.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut partial = schema.clone();
    strip(&mut partial);
    partial
}

impl std::fmt::Debug for Checker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Checker").finish_non_exhaustive()
    }
}

/// The keyword of this crate's own: the items of an array whose given keys must differ, which
/// draft-07 cannot say (`"x-unique-keys": ["country"]`). An `x-` annotation, as the JSON Schema
/// project advises for keywords of one's own, so that validators in strict mode (Ajv) accept
/// the schema; this crate enforces it.
pub const UNIQUE_KEYS: &str = "x-unique-keys";

/// The most violations one validation reports; past it, one `too-many-errors` violation says
/// so. A body with more mistakes than that is not a flow with typos, and listing them all
/// would cost more than it tells.
pub const MAX_VIOLATIONS: usize = 100;

/// The validator options: draft-07 with this crate's [`UNIQUE_KEYS`] keyword, for any JSON
/// representation.
fn options<'o, F: Json>()
-> jsonschema::ValidationOptions<'o, std::sync::Arc<dyn jsonschema::Retrieve>, F> {
    jsonschema::options_for::<F>()
        .with_draft(jsonschema::Draft::Draft7)
        .with_keyword(UNIQUE_KEYS, |_, keys: &Value, _| {
            let names = keys
                .as_array()
                .map(|keys| {
                    keys.iter()
                        .filter_map(|k| k.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            Ok(Box::new(UniqueKeys::<F>::new(names)))
        })
}

impl Checker {
    /// Compiles `schema` (draft-07, with this crate's [`UNIQUE_KEYS`] keyword).
    pub fn new(schema: Value) -> Result<Self, String> {
        let validator = options::<SerdeJson>()
            .build(&schema)
            .map_err(|error| error.to_string())?;
        Ok(Self {
            validator,
            committed: false,
            rule_keys: rule_keys(&schema),
            triggers: triggers(&schema),
            schema,
            spanish: Spanish::None,
        })
    }

    /// With the Spanish texts of `spanish`, the same schema as this checker's with its texts
    /// in Spanish, for the Spanish words of each violation.
    #[must_use]
    pub fn with_spanish(mut self, spanish: Value) -> Self {
        self.spanish = Spanish::Owned(spanish);
        self
    }

    /// With the Spanish texts that `spanish` gives, read only when a violation is first
    /// worded (a valid body never parses the Spanish schema).
    fn with_spanish_from(mut self, spanish: fn() -> &'static Value) -> Self {
        self.spanish = Spanish::Lazy(spanish);
        self
    }

    /// The schema whose texts a message in `lang` quotes.
    fn texts(&self, lang: Lang) -> &Value {
        match (lang, &self.spanish) {
            (Lang::Es, Spanish::Owned(spanish)) => spanish,
            (Lang::Es, Spanish::Lazy(spanish)) => spanish(),
            _ => &self.schema,
        }
    }

    /// Whether a [`Document`] parsed from text keeps every rule: the fast path of validating
    /// text, with no `Value` built. For the committed schema, this is code generated from it
    /// (the same verdict as the compiled schema, faster); for any other, the compiled schema
    /// on the document's `Value`.
    pub fn is_valid_document(&self, document: &Document<'_>) -> bool {
        if self.committed {
            crate::fast::is_valid(document)
        } else {
            self.is_valid(&document.to_value())
        }
    }

    /// Whether `key` is one a rule across fields speaks of: its value decides more than its
    /// own rule.
    pub fn is_rule_key(&self, key: &str) -> bool {
        self.rule_keys.contains(key)
    }

    /// Where a violation of `value` is shown: an unknown or duplicate key, or a key of the
    /// other flow type, at the key; a rule
    /// across fields at the innermost key of its condition that the body has (`email` for
    /// S2), else at the key of the member it is about; anything else at the value (a missing
    /// key at the object that lacks it).
    fn place(&self, violation: Violation, value: &Value) -> Violation {
        let pointer = violation.pointer().to_owned();
        let rule = violation.rule();
        if matches!(
            rule,
            Rule::UnknownKey | Rule::DuplicateKey | Rule::FlowTypeKey
        ) {
            return violation.shown_at(pointer, Token::Key);
        }
        if !rule.is_cross_field() {
            return violation;
        }
        let mut at = pointer.clone();
        let mut trigger = None;
        for key in self.triggers.get(&rule).into_iter().flatten() {
            at = format!("{at}/{}", escape(key));
            if value.pointer(&at).is_some() {
                trigger = Some(at.clone());
            }
        }
        match trigger {
            Some(trigger) => violation.shown_at(trigger, Token::Key),
            None if !pointer.is_empty() => violation.shown_at(pointer, Token::Key),
            None => violation,
        }
    }

    /// The schema this checker checks against.
    pub fn schema(&self) -> &Value {
        &self.schema
    }

    /// Whether `value` keeps every rule (the fast path: no explanation is made).
    pub fn is_valid(&self, value: &Value) -> bool {
        self.validator.is_valid(value)
    }

    /// Every rule `value` breaks, explained, up to [`MAX_VIOLATIONS`] (then one
    /// `too-many-errors`); empty when it keeps them all.
    pub fn violations(&self, value: &Value) -> Vec<Violation> {
        let mut violations: Vec<Violation> = Vec::new();
        let mut more = false;
        'errors: for error in self.validator.iter_errors(value) {
            for violation in self.explain(&error) {
                if violations.len() == MAX_VIOLATIONS {
                    more = true;
                    break 'errors;
                }
                let violation = self.place(violation, value);
                if !violations.contains(&violation) {
                    violations.push(violation);
                }
            }
        }
        if more {
            violations.push(Violation::new(
                Rule::TooManyErrors,
                "",
                Message::from_fn(|lang| lang.words().too_many_errors(MAX_VIOLATIONS)),
            ));
        }
        violations
    }
}

/// The schema node an error's keyword sits in, and the cross-field rule it belongs to.
pub(crate) struct Origin<'s> {
    node: Option<&'s Map<String, Value>>,
    rule: Option<(Rule, &'s str)>,
}

impl Origin<'_> {
    pub(crate) fn get(&self, key: &str) -> Option<&Value> {
        self.node.and_then(|node| node.get(key))
    }

    /// What the value is when it is a name only Verifik's Spanish pages use
    /// (`x-spanish-names`), and what to write instead.
    pub(crate) fn spanish_name(&self, instance: &Value) -> Option<&str> {
        let key = instance
            .as_str()
            .map_or_else(|| instance.to_string(), str::to_owned);
        self.get("x-spanish-names")?.get(key)?.as_str()
    }

    /// The `errorMessage` of the node: how the schema words this value's rule.
    pub(crate) fn error_message(&self) -> Option<&str> {
        self.get("errorMessage").and_then(Value::as_str)
    }
}

/// The origins of one error in the schema of each language: `[English, Spanish]`.
pub(crate) struct Origins<'s>([Origin<'s>; 2]);

impl<'s> Origins<'s> {
    /// The facts of the rule (values, bounds, keys), which every language's schema states
    /// alike: read from the English one.
    pub(crate) fn facts(&self) -> &Origin<'s> {
        &self.0[0]
    }

    /// A text the schema of each language gives (`read` of its origin), kept for when the
    /// message is worded.
    pub(crate) fn text(
        &self,
        read: impl for<'o> Fn(&'o Origin<'s>) -> Option<&'o str>,
    ) -> SchemaText {
        SchemaText(
            self.0
                .each_ref()
                .map(|origin| read(origin).map(str::to_owned)),
        )
    }
}

/// A text of the schema, as each language's schema words it: what a message quotes.
#[derive(Clone, Debug)]
pub(crate) struct SchemaText([Option<String>; 2]);

impl SchemaText {
    /// The text in `lang` (the pseudo-language's is the English one, bracketed as the
    /// catalogues' are).
    pub(crate) fn get(&self, lang: Lang) -> Option<String> {
        match lang {
            Lang::En => self.0[0].clone(),
            Lang::Es => self.0[1].clone(),
            #[cfg(feature = "pseudo")]
            Lang::Pseudo => self.0[0].as_deref().map(crate::words::bracket),
        }
    }
}

impl Checker {
    /// Turns one error of the schema into the violations a person reads.
    fn explain(&self, error: &ValidationError<'_>) -> Vec<Violation> {
        let pointer = error.instance_path().as_str();
        let origins = Origins(
            [Lang::En, Lang::Es].map(|lang| walk(self.texts(lang), error.schema_path().segments())),
        );
        if let Some((rule, _)) = origins.facts().rule {
            // A cross-field rule speaks with one voice, whichever keyword of it failed.
            let said = origins.text(|origin| origin.rule.map(|(_, message)| message));
            let message = Message::from_fn(move |lang| {
                said.get(lang)
                    .or_else(|| said.get(Lang::En))
                    .unwrap_or_default()
            });
            return vec![Violation::new(rule, pointer, message)];
        }
        if let ValidationErrorKind::AdditionalProperties { unexpected } = error.kind() {
            return unknown_keys(pointer, unexpected, origins.facts());
        }
        let (rule, message) = describe(error.kind(), error.instance(), pointer, &origins);
        vec![Violation::new(rule, pointer, message)]
    }
}

/// One `unknown-key` violation a key, pointing at the key itself.
fn unknown_keys(pointer: &str, unexpected: &[String], origin: &Origin<'_>) -> Vec<Violation> {
    // The keys of the other flow type stand in `properties` only to be refused with their own
    // rule: they are never suggested.
    let known: Vec<&str> = origin
        .get("properties")
        .and_then(Value::as_object)
        .map(|properties| {
            properties
                .iter()
                .filter(|(_, member)| member.get("x-rule").is_none())
                .map(|(key, _)| key.as_str())
                .collect()
        })
        .unwrap_or_default();
    unexpected
        .iter()
        // Past the limit, explain_all reports `too-many-errors`; one more tells it so.
        .take(MAX_VIOLATIONS + 1)
        .map(|key| {
            let near = suggest(key, &known);
            let (said_key, said_pointer) = (key.clone(), pointer.to_owned());
            let near = near.map(str::to_owned);
            let known: Vec<String> = known.iter().map(|k| (*k).to_owned()).collect();
            let message = Message::from_fn(move |lang| {
                let words = lang.words();
                let known: Vec<&str> = known.iter().map(String::as_str).collect();
                words.unknown_key(
                    &said_key,
                    &words::subject(words, &said_pointer),
                    near.as_deref(),
                    &words::choices(words, &known),
                )
            });
            Violation::new(
                Rule::UnknownKey,
                format!("{pointer}/{}", escape(key)),
                message,
            )
        })
        .collect()
}

/// Follows a schema path (`/definitions/Liveness/properties/minScore/maximum`) to the node
/// holding the failed keyword, noting the innermost rule (`x-rule`) on the way.
fn walk<'s, 'p>(
    root: &'s Value,
    segments: impl Iterator<Item = LocationSegment<'p>>,
) -> Origin<'s> {
    let mut origin = Origin {
        node: None,
        rule: None,
    };
    let mut node = Some(root);
    for segment in segments {
        let Some(current) = node else { break };
        if let Some(object) = current.as_object() {
            origin.node = Some(object);
            let name = object.get("x-rule").and_then(Value::as_str);
            let message = object.get("errorMessage").and_then(Value::as_str);
            if let (Some(rule), Some(message)) = (name.and_then(Rule::from_name), message) {
                origin.rule = Some((rule, message));
            }
        }
        node = match segment {
            LocationSegment::Property(name) => current.get(name.as_ref()),
            LocationSegment::Index(index) => current.get(index),
        };
    }
    origin
}

/// The closest of `candidates` to `found`, when it is close enough to be a typo.
pub fn suggest<'c>(found: &str, candidates: &[&'c str]) -> Option<&'c str> {
    if let Some(same) = candidates.iter().find(|c| c.eq_ignore_ascii_case(found)) {
        return Some(same);
    }
    candidates
        .iter()
        .map(|candidate| (strsim::jaro_winkler(found, candidate), *candidate))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// A value as a message shows it: short JSON in backticks.
pub fn render(value: &Value) -> String {
    const MAX: usize = 40;
    let text = value.to_string();
    if text.chars().count() > MAX {
        let cut: String = text.chars().take(MAX).collect();
        format!("`{cut}…`")
    } else {
        format!("`{text}`")
    }
}
