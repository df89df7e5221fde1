//! Value types that carry a rule of their own: identifiers, scores and attempt limits.
//!
//! Each type checks its rule when it is built (`FromStr`, `TryFrom`, `new`) and when it is
//! deserialized, and describes the same rule in the JSON Schema from the same constants.

#[cfg(feature = "schema-gen")]
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

#[cfg(feature = "schema-gen")]
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use verifik_flow_rules::{Lang, Message};

/// Why a value was refused by one of the value types of this module, in the words of the
/// rule it breaks (its `Display` is English; [`message_in`](Self::message_in) words it in
/// another language).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", message.get(Lang::En))]
pub struct InvalidValue {
    message: Message,
}

impl InvalidValue {
    fn new(message: Message) -> Self {
        Self { message }
    }

    /// The value does not have the form of an ObjectId.
    fn not_an_object_id(found: &str) -> Self {
        let found = verifik_flow_rules::render(&found.into());
        Self::new(Message::from_fn(move |lang| {
            let words = lang.words();
            words.pattern(Some(&words.object_id_form()), &found)
        }))
    }

    /// The value lies outside `min..=max`.
    fn out_of_range(min: String, max: String, found: &serde_json::Value) -> Self {
        let found = verifik_flow_rules::render(found);
        Self::new(Message::from_fn(move |lang| {
            lang.words().range(Some(&min), Some(&max), &found)
        }))
    }

    /// The value does not have the form of a person's contact (an e-mail, a phone, a dial
    /// code).
    pub(crate) fn not_a_contact(form: crate::wire::registration::ContactForm, found: &str) -> Self {
        let found = verifik_flow_rules::render(&found.into());
        Self::new(Message::from_fn(move |lang| {
            crate::words::of(lang).contact_form(form, &found)
        }))
    }

    /// Why, in `lang`.
    pub fn message_in(&self, lang: Lang) -> &str {
        self.message.get(lang)
    }
}

/// The project ID a starter body carries until you give yours: valid in form, owned by nobody.
pub const PLACEHOLDER_PROJECT: &str = "000000000000000000000000";

/// The pattern of an ObjectId in the schema.
#[cfg(feature = "schema-gen")]
pub(crate) const OBJECT_ID_PATTERN: &str = "^[0-9a-fA-F]{24}$";

/// [`NAME_MAX_CHARS`] as a literal, for the docs that state it (`concat!` takes no constant).
macro_rules! name_max_chars {
    () => {
        120
    };
}
pub(crate) use name_max_chars;

/// The most characters of a flow's `name` after trimming (Verifik's dashboard limit). Its
/// rule, its pattern and its docs are all written from this one number.
pub const NAME_MAX_CHARS: usize = name_max_chars!();

/// Whether `s` is an ObjectId: 24 hex digits, in either case.
pub(crate) fn is_object_id(s: &str) -> bool {
    s.len() == 24 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

macro_rules! object_id_type {
    ($(#[$doc:meta])* $name:ident, $title:literal, $example:literal) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The identifier as the 24 hex digits it was written with.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl $name {
            /// For `flow!`, which has checked the rule at compile time.
            #[doc(hidden)]
            pub fn __unchecked(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl FromStr for $name {
            type Err = InvalidValue;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                if is_object_id(s) {
                    Ok(Self(s.to_owned()))
                } else {
                    Err(InvalidValue::not_an_object_id(&s))
                }
            }
        }

        $crate::build::member::plain_value_is_refused!(TextWithAForm for $name);

        impl TryFrom<&str> for $name {
            type Error = InvalidValue;

            fn try_from(s: &str) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidValue;

            fn try_from(s: String) -> Result<Self, Self::Error> {
                if is_object_id(&s) {
                    Ok(Self(s))
                } else {
                    Err(InvalidValue::not_an_object_id(&s))
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = String::deserialize(deserializer)?;
                Self::try_from(s).map_err(serde::de::Error::custom)
            }
        }

        #[cfg(feature = "schema-gen")]
        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "title": $title,
                    "type": "string",
                    "x-rust-type": stringify!($name),
                    "pattern": OBJECT_ID_PATTERN,
                    "errorMessage": Lang::En.words().object_id_form(),
                    "examples": [$example],
                })
            }
        }
    };
}

object_id_type!(
    /// The ID of a Verifik project: a MongoDB ObjectId of exactly 24 hex digits.
    ///
    /// Verifik answers `400 Invalid project ID format` for anything else, including the
    /// 23-digit ID of its own documentation example.
    ///
    /// ```
    /// use verifik_flow::ProjectId;
    ///
    /// let id: ProjectId = "65b03015c03e1a1b595fe61c".parse()?;
    /// assert_eq!(id.as_str(), "65b03015c03e1a1b595fe61c");
    /// assert!("64a1b2c3d4e5f6789012345".parse::<ProjectId>().is_err()); // 23 digits
    /// # Ok::<(), verifik_flow::InvalidValue>(())
    /// ```
    ProjectId,
    "Project ID",
    "65b03015c03e1a1b595fe61c"
);

object_id_type!(
    /// Any other Verifik object ID (a webhook, a prompt template, a stored flow): a MongoDB
    /// ObjectId of exactly 24 hex digits.
    ObjectId,
    "ObjectId",
    "65b03015c03e1a1b595fe61d"
);

macro_rules! score_type {
    ($(#[$doc:meta])* $name:ident, $title:literal, $min:literal, $max:literal, default $default:literal) => {
        score_type!(@type $(#[$doc])* $name, $title, $min, $max);

        impl $name {
            /// The value Verifik uses when the key is left out (the one body that has this
            /// score declares it as its member's default too).
            pub const DEFAULT: Self = Self($default);
        }

        impl Default for $name {
            fn default() -> Self {
                Self::DEFAULT
            }
        }
    };
    // A score that two bodies default differently has no default of its own: each member
    // declares its own (see `LOGIN_SEARCH_MIN_SCORE` and `ONBOARDING_SEARCH_MIN_SCORE`).
    ($(#[$doc:meta])* $name:ident, $title:literal, $min:literal, $max:literal) => {
        score_type!(@type $(#[$doc])* $name, $title, $min, $max);
    };
    (@type $(#[$doc:meta])* $name:ident, $title:literal, $min:literal, $max:literal) => {
        $(#[$doc])*
        ///
        #[doc = concat!(
            "From ", stringify!($min), " to ", stringify!($max),
            " ([`MIN`](Self::MIN) and [`MAX`](Self::MAX))."
        )]
        #[derive(Clone, Copy, PartialEq, PartialOrd)]
        pub struct $name(f64);

        $crate::build::member::plain_value_is_refused!(NumberWithARange for $name);

        impl $name {
            /// The lowest value Verifik accepts.
            pub const MIN: f64 = $min;
            /// The highest value Verifik accepts.
            pub const MAX: f64 = $max;

            /// The score, when it lies within [`Self::MIN`]..=[`Self::MAX`].
            pub fn new(value: f64) -> Result<Self, InvalidValue> {
                if (Self::MIN..=Self::MAX).contains(&value) {
                    Ok(Self(value))
                } else {
                    Err(InvalidValue::out_of_range(
                        Self::MIN.to_string(),
                        Self::MAX.to_string(),
                        &value.into(),
                    ))
                }
            }

            /// The score as a number.
            pub fn get(self) -> f64 {
                self.0
            }

            /// For `flow!`, which has checked the range at compile time.
            #[doc(hidden)]
            pub const fn __unchecked(value: f64) -> Self {
                Self(value)
            }
        }

        impl TryFrom<f64> for $name {
            type Error = InvalidValue;

            fn try_from(value: f64) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl From<$name> for f64 {
            fn from(value: $name) -> f64 {
                value.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_f64(self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                Self::new(f64::deserialize(deserializer)?).map_err(serde::de::Error::custom)
            }
        }

        #[cfg(feature = "schema-gen")]
        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            // No `default` here: a default is the member's, which the schema's producer writes
            // from the member's declaration.
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "title": $title,
                    "type": "number",
                    "x-rust-type": stringify!($name),
                    "minimum": Self::MIN,
                    "maximum": Self::MAX,
                })
            }
        }
    };
}

score_type!(
    /// The liveness score a selfie must reach.
    ///
    /// ```
    /// use verifik_flow::MinScore;
    ///
    /// assert_eq!(MinScore::new(0.7)?.get(), 0.7);
    /// assert!(MinScore::new(1.5).is_err());
    /// # Ok::<(), verifik_flow::InvalidValue>(())
    /// ```
    MinScore,
    "Minimum liveness score",
    0.52,
    0.90,
    default 0.65
);

score_type!(
    /// The liveness score a selfie must reach to sign in to a login flow (the Smart Access
    /// page's range; Verifik's dashboard narrows it to 0.52-0.89).
    ///
    /// ```
    /// use verifik_flow::LivenessMinScore;
    ///
    /// assert_eq!(LivenessMinScore::new(0.51)?.get(), 0.51);
    /// assert!(LivenessMinScore::new(0.5).is_err());
    /// # Ok::<(), verifik_flow::InvalidValue>(())
    /// ```
    LivenessMinScore,
    "Minimum liveness score to sign in",
    0.51,
    0.90,
    default 0.65
);

score_type!(
    /// The face-search score for a match.
    SearchMinScore,
    "Minimum face-search score",
    0.70,
    0.95
);

score_type!(
    /// The face-comparison score between selfie and document.
    CompareMinScore,
    "Minimum face-comparison score",
    0.70,
    0.95,
    default 0.85
);

/// How many tries a person gets at a step: a whole number from [`AttemptLimit::MIN`] to
/// [`AttemptLimit::MAX`] (Verifik's default: [`AttemptLimit::DEFAULT`]).
///
/// ```
/// use verifik_flow::AttemptLimit;
///
/// assert_eq!(AttemptLimit::new(5)?.get(), 5);
/// assert!(AttemptLimit::new(0).is_err());
/// # Ok::<(), verifik_flow::InvalidValue>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AttemptLimit(u8);

crate::build::member::plain_value_is_refused!(NumberWithARange for AttemptLimit);

impl AttemptLimit {
    /// The fewest tries Verifik accepts.
    pub const MIN: u8 = 1;
    /// The most tries Verifik accepts.
    pub const MAX: u8 = 5;
    /// The limit Verifik uses when the key is left out.
    pub const DEFAULT: Self = Self(3);

    /// The limit, when it lies within [`Self::MIN`]..=[`Self::MAX`].
    pub fn new(value: u8) -> Result<Self, InvalidValue> {
        if (Self::MIN..=Self::MAX).contains(&value) {
            Ok(Self(value))
        } else {
            Err(Self::out_of_range(value))
        }
    }

    fn out_of_range(found: impl Into<serde_json::Value>) -> InvalidValue {
        InvalidValue::out_of_range(Self::MIN.to_string(), Self::MAX.to_string(), &found.into())
    }

    /// The limit as a number.
    pub fn get(self) -> u8 {
        self.0
    }

    /// For `flow!`, which has checked the range at compile time.
    #[doc(hidden)]
    pub const fn __unchecked(value: u8) -> Self {
        Self(value)
    }
}

impl Default for AttemptLimit {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl TryFrom<u8> for AttemptLimit {
    type Error = InvalidValue;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<AttemptLimit> for u8 {
    fn from(value: AttemptLimit) -> u8 {
        value.0
    }
}

impl fmt::Debug for AttemptLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AttemptLimit({})", self.0)
    }
}

impl fmt::Display for AttemptLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl Serialize for AttemptLimit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0)
    }
}

impl<'de> Deserialize<'de> for AttemptLimit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl serde::de::Visitor<'_> for Visitor {
            type Value = AttemptLimit;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(
                    f,
                    "a whole number from {} to {}",
                    AttemptLimit::MIN,
                    AttemptLimit::MAX
                )
            }

            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
                u8::try_from(v)
                    .map_err(|_| E::custom(AttemptLimit::out_of_range(v)))
                    .and_then(|v| AttemptLimit::new(v).map_err(E::custom))
            }

            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
                u64::try_from(v)
                    .map_err(|_| E::custom(AttemptLimit::out_of_range(v)))
                    .and_then(|v| self.visit_u64(v))
            }

            // JSON Schema counts `3.0` as an integer; so does this type, to agree with editors.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
                if v.fract() == 0.0 && (0.0..=255.0).contains(&v) {
                    self.visit_u64(v as u64)
                } else {
                    let words = Lang::En.words();
                    Err(E::custom(words.wrong_type(
                        &words.type_name("integer"),
                        &verifik_flow_rules::render(&v.into()),
                    )))
                }
            }
        }

        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(feature = "schema-gen")]
impl JsonSchema for AttemptLimit {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "AttemptLimit".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "title": "Attempt limit",
            "type": "integer",
            "x-rust-type": "AttemptLimit",
            "minimum": Self::MIN,
            "maximum": Self::MAX,
            "default": Self::DEFAULT.0,
            "examples": [Self::DEFAULT.0],
        })
    }
}
