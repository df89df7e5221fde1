//! `wire_enum!`: the closed sets of strings of the body, as Rust enums.
//!
//! One declaration gives the enum, its wire strings (serde), `Display`/`FromStr`, and a JSON
//! Schema with `enum` plus one description per value (`enumDescriptions`, read by VS Code).
//! A wire enum has no default of its own: the same enum defaults differently in two bodies
//! (`emailGateway` is `none` in a sign-up form and `mailgun` in login settings), so each default
//! is the member's, written once where the member is declared (`#[builder(default = ...)]`),
//! and the schema's `default` is read from there.

/// Why a string is not one of the values of a wire enum, in the words of every enum violation
/// (``must be `FAST` or `ACCURATE`, found `"SLOW"` ``).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message_in(verifik_flow_rules::Lang::En))]
pub struct UnknownVariant {
    pub(crate) found: String,
    pub(crate) expected: &'static [&'static str],
}

impl UnknownVariant {
    /// Why, in `lang`.
    pub fn message_in(&self, lang: verifik_flow_rules::Lang) -> String {
        let words = lang.words();
        words.not_allowed(
            &verifik_flow_rules::words::allowed(words, self.expected),
            &verifik_flow_rules::render(&self.found.as_str().into()),
            verifik_flow_rules::suggest(&self.found, self.expected),
        )
    }
}

macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[doc = $vdoc:literal])+
                $variant:ident = $wire:literal,
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(
                $(#[doc = $vdoc])+
                $variant,
            )+
        }

        impl $name {
            /// Every value, in the order of the schema.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];
            /// Every value as written on the wire.
            pub const WIRE: &'static [&'static str] = &[$($wire),+];

            /// The value as written on the wire.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $wire,)+
                }
            }

            #[cfg(feature = "schema-gen")]
            fn describe(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!($($vdoc),+).trim_ascii(),)+
                }
            }
        }

        $crate::build::member::plain_value_is_refused!(OneOfAClosedSet for $name);

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::UnknownVariant;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($wire => Ok(Self::$variant),)+
                    _ => Err($crate::UnknownVariant { found: s.to_owned(), expected: Self::WIRE }),
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = <::std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                s.parse().map_err(|_| ::serde::de::Error::unknown_variant(&s, Self::WIRE))
            }
        }

        #[cfg(feature = "schema-gen")]
        impl ::schemars::JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                let descriptions: Vec<&str> = Self::ALL.iter().map(|v| v.describe()).collect();
                // JetBrains IDEs read per-value docs from their own keyword.
                let metadata: ::serde_json::Map<String, ::serde_json::Value> = Self::ALL
                    .iter()
                    .map(|v| (v.as_str().to_owned(), ::serde_json::json!({ "description": v.describe() })))
                    .collect();
                ::schemars::json_schema!({
                    "type": "string",
                    "x-rust-type": stringify!($name),
                    "enum": Self::WIRE,
                    "x-rust-variant": [$(stringify!($variant)),+],
                    "enumDescriptions": descriptions,
                    "markdownEnumDescriptions": descriptions,
                    "x-intellij-enum-metadata": metadata,
                })
            }
        }
    };
}

pub(crate) use wire_enum;
