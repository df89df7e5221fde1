//! The languages a person reads verifik-flow in, and a message in each of them.
//!
//! The catalogue is Rust: every message is one function of [`words`](crate::words) that writes
//! each language from the same arguments, in one `match` on [`Lang`]. A language missing from a
//! message, or a message that takes other arguments in another language, does not compile.
//! (Fluent, the usual catalogue format in Rust, was measured for this: 24 more crates and about
//! 4 s more of build on 2 cores, into the `flow!` macro's build too, and a missing message or
//! argument found only by a test when it runs. The messages here are few and all ours.)

use std::fmt;
use std::str::FromStr;

/// A language verifik-flow writes for people in. Rule names, JSON pointers and every machine
/// format stay the same in every language; only the text a person reads changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English, the default (and the language of Verifik's English pages).
    #[default]
    En,
    /// Spanish (español), the language of Verifik's Spanish pages.
    Es,
}

impl Lang {
    /// Every language, in the order of their codes.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language's code: `en`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language a POSIX locale names (`es_CO.UTF-8`, `es`, `en_US`, `es-MX`): its
    /// language part, when it is one of ours. `C`, `POSIX` and other languages are `None`.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| language.eq_ignore_ascii_case(lang.code()))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that is not one of ours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown language `{}`: use `en` (English) or `es` (español)",
            crate::text::printable(&self.0)
        )
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// `en` or `es` (any case).
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|lang| code.eq_ignore_ascii_case(lang.code()))
            .ok_or_else(|| UnknownLang(code.to_owned()))
    }
}

/// One message in every language: what a [`Violation`](crate::Violation) says.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Message {
    en: String,
    es: String,
}

impl Message {
    /// The message in English and in Spanish, written out.
    pub fn new(en: impl Into<String>, es: impl Into<String>) -> Self {
        Self {
            en: en.into(),
            es: es.into(),
        }
    }

    /// The message each language's `write` gives.
    pub fn from_fn(mut write: impl FnMut(Lang) -> String) -> Self {
        Self {
            en: write(Lang::En),
            es: write(Lang::Es),
        }
    }

    /// The message in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
        }
    }

    /// Each language's text changed by `change` (escaping, say).
    #[must_use]
    pub fn map(self, mut change: impl FnMut(String) -> String) -> Self {
        Self {
            en: change(self.en),
            es: change(self.es),
        }
    }
}
