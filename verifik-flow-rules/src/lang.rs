//! The languages a person reads verifik-flow in, and a message, worded in the language it is
//! shown in.
//!
//! The catalogues are Rust: a trait a catalogue (this crate's [`words::Words`](crate::words::Words)
//! for violations, `verifik_flow`'s for the client, the stand-in and flows as code, the CLI's
//! for its own lines), with no default methods, and one implementation a language in its own
//! file (`en.rs`, `es.rs`). A language added is a file a catalogue and a line in [`Catalogue`],
//! and the compiler lists every message it still lacks. (Fluent, the usual catalogue format in
//! Rust, was measured for this: 24 more crates and about 4 s more of build on 2 cores, into the
//! `flow!` macro's build too, a proc macro reading `.ftl` files, and a missing message found
//! only by a test when it runs. The messages here are few and all ours.)

use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

/// A language verifik-flow writes for people in. Rule names, JSON pointers and every machine
/// format stay the same in every language; only the text a person reads changes.
///
/// More languages may come: a `match` on it needs a `_` arm.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Lang {
    /// English, the default (and the language of Verifik's English pages).
    #[default]
    En,
    /// Spanish (español), the language of Verifik's Spanish pages.
    Es,
    /// For tests only (the hidden `pseudo` feature): English with every message of every
    /// catalogue in `⟦…⟧`, so a sentence written outside the catalogues stands out.
    #[cfg(feature = "pseudo")]
    #[doc(hidden)]
    Pseudo,
}

/// How many languages a [`Message`] may be worded in (the pseudo-language too).
const LANGS: usize = 3;

impl Lang {
    /// Every language a person may choose, in the order of their codes.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language's code: `en`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            #[cfg(feature = "pseudo")]
            Lang::Pseudo => "pseudo",
        }
    }

    /// The catalogue `C` in this language.
    pub fn words_of<C: Catalogue>(self) -> &'static C::Words {
        match self {
            Lang::En => C::EN,
            Lang::Es => C::ES,
            #[cfg(feature = "pseudo")]
            Lang::Pseudo => C::PSEUDO,
        }
    }

    /// This crate's catalogue (the words of violations) in this language.
    pub fn words(self) -> &'static dyn crate::words::Words {
        self.words_of::<crate::words::Rules>()
    }

    /// Every language, the pseudo-language too when it is built.
    fn every() -> impl Iterator<Item = Lang> {
        let all = Lang::ALL.into_iter();
        #[cfg(feature = "pseudo")]
        let all = all.chain([Lang::Pseudo]);
        all
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Es => 1,
            #[cfg(feature = "pseudo")]
            Lang::Pseudo => 2,
        }
    }

    /// The language a POSIX locale names (`es_CO.UTF-8`, `es`, `en_US`, `es-MX`): its
    /// language part, when it is one of ours. `C`, `POSIX` and other languages are `None`.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        Lang::every().find(|lang| language.eq_ignore_ascii_case(lang.code()))
    }
}

/// A catalogue in every language: one implementation a catalogue, written by
/// [`catalogue!`](crate::catalogue). A language added here is a constant every catalogue then
/// lacks, which the compiler names.
pub trait Catalogue {
    /// The catalogue's trait, as `dyn Trait`.
    type Words: ?Sized + Sync + 'static;
    /// In English.
    const EN: &'static Self::Words;
    /// In Spanish.
    const ES: &'static Self::Words;
    /// English, each message in `⟦…⟧` (tests only).
    #[cfg(feature = "pseudo")]
    #[doc(hidden)]
    const PSEUDO: &'static Self::Words;
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that is not one of ours (worded in English: no language is chosen yet).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            &Lang::En
                .words()
                .unknown_lang(&crate::text::printable(&self.0)),
        )
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// `en` or `es` (any case).
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Lang::every()
            .find(|lang| code.eq_ignore_ascii_case(lang.code()))
            .ok_or_else(|| UnknownLang(code.to_owned()))
    }
}

/// A message, worded when it is first shown in a language, in that language only: what a
/// [`Violation`](crate::Violation) says, what an error of the client or the stand-in says.
/// Cheap to clone; equal when its words are equal in every language.
#[derive(Clone)]
pub struct Message(Arc<Worded>);

struct Worded {
    write: Box<dyn Fn(Lang) -> String + Send + Sync>,
    shown: [OnceLock<String>; LANGS],
}

impl Message {
    /// The message `write` words in the language asked, from a catalogue:
    /// `Message::from_fn(move |lang| lang.words().duplicate_key(&key))`.
    pub fn from_fn(write: impl Fn(Lang) -> String + Send + Sync + 'static) -> Self {
        Self(Arc::new(Worded {
            write: Box::new(write),
            shown: Default::default(),
        }))
    }

    /// The message in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        self.0.shown[lang.index()].get_or_init(|| (self.0.write)(lang))
    }

    /// Each language's text changed by `change` (escaping, say) when it is worded.
    #[must_use]
    pub fn map(self, change: impl Fn(String) -> String + Send + Sync + 'static) -> Self {
        Self::from_fn(move |lang| change(self.get(lang).to_owned()))
    }
}

impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Message").field(&self.get(Lang::En)).finish()
    }
}

impl PartialEq for Message {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
            || Lang::every().all(|lang| self.get(lang) == other.get(lang))
    }
}

impl Eq for Message {}

impl std::hash::Hash for Message {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.get(Lang::En).hash(state);
    }
}
