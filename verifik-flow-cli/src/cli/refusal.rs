//! Why an argument's value was refused, typed by the value parsers and worded after clap has
//! parsed, in the language chosen (`exit::usage`), so that no parser words anything itself.

use std::error::Error;
use std::fmt;

use verifik_flow::Lang;

/// Why a value parser of this CLI refused an argument.
#[derive(Clone, Debug)]
pub(crate) enum Refusal {
    /// A `--set` without `=`.
    SetWithoutEquals,
    /// A `--set` whose path has an empty key.
    SetEmptyKey,
    /// A flow ID the library would not send.
    FlowId(verifik_flow::Message),
}

impl Refusal {
    /// Why, in `lang`.
    pub(crate) fn worded(&self, lang: Lang) -> String {
        let words = super::words::of(lang);
        match self {
            Self::SetWithoutEquals => words.set_without_equals(),
            Self::SetEmptyKey => words.set_empty_key(),
            Self::FlowId(message) => message.get(lang).to_owned(),
        }
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.worded(Lang::En))
    }
}

impl Error for Refusal {}

/// Why clap refused a value, in `lang`, when the refusal is one of ours or the library's
/// (an ID, a score, a `--set`, a wire value); `None` for clap's own.
pub(crate) fn worded(error: &clap::Error, lang: Lang) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        _ => None,
    };
    let why = match error.kind() {
        ErrorKind::ValueValidation => {
            let source: &(dyn Error + 'static) = error.source()?;
            if let Some(refusal) = source.downcast_ref::<Refusal>() {
                refusal.worded(lang)
            } else if let Some(invalid) = source.downcast_ref::<verifik_flow::InvalidValue>() {
                invalid.message_in(lang).to_owned()
            } else if let Some(unknown) = source.downcast_ref::<verifik_flow::UnknownVariant>() {
                unknown.message_in(lang)
            } else {
                return None;
            }
        }
        // A value outside a closed set (`--type`): the set's own words.
        ErrorKind::InvalidValue => {
            let Some(ContextValue::Strings(valid)) = error.get(ContextKind::ValidValue) else {
                return None;
            };
            let valid: Vec<&str> = valid.iter().map(String::as_str).collect();
            let found = context(ContextKind::InvalidValue)?;
            let words = lang.words();
            words.not_allowed(
                &verifik_flow_rules::words::allowed(words, &valid),
                &verifik_flow_rules::render(&found.as_str().into()),
                verifik_flow_rules::suggest(&found, &valid),
            )
        }
        _ => return None,
    };
    let arg = context(ContextKind::InvalidArg)?;
    let value = context(ContextKind::InvalidValue).unwrap_or_default();
    // The reason quotes the value too (a score, an ID): escaped as every output is.
    Some(super::words::of(lang).invalid_value(
        &verifik_flow::printable(&value),
        &verifik_flow::printable(&arg),
        &verifik_flow::printable(&why),
    ))
}
