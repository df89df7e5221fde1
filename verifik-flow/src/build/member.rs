//! What a builder's setter takes: the member's type, or what converts into it.

/// A value a builder's setter takes for a member of type `T`: a `T`, or what converts into
/// one (`&str` for a `String`, an array for a `Vec`, a builder for its value). A plain number or
/// string is not one where the member's type carries a rule (a score's range, an ID's form):
/// build that value first, and its rule is checked there, once.
#[diagnostic::on_unimplemented(
    message = "a builder setter takes a `{T}` here, not a `{Self}`",
    label = "not a `{T}`",
    note = "a setter takes its member's type, or what converts into it: `&str` for a `String`, an array for a `Vec`, a builder for its value"
)]
pub trait IntoMember<T> {
    /// The member's value.
    fn into_member(self) -> T;
}

// Explicit impls, not one over `Into`: a value that fits no impl is then refused with this
// trait's own words (rustc reports the deepest unmet bound, which would be std's `From`). None
// is recommended in an error: a list of every conversion under a setter's error hides its note.
#[diagnostic::do_not_recommend]
impl<T> IntoMember<T> for T {
    fn into_member(self) -> T {
        self
    }
}

/// What converts into a `String` member: one blanket `IntoMember<String>` over this, so that a
/// text given where a value type is wanted is not answered with "but `IntoMember<String>` is
/// implemented for it".
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "a builder setter takes a `String` here, not a `{Text}`",
    label = "not a `String`",
    note = "a text member takes a `&str`, a `String` or a `Cow<str>`"
)]
pub trait StringFrom<Text> {
    /// The string.
    fn string_from(text: Text) -> String;
}

impl<V> IntoMember<String> for V
where
    String: StringFrom<V>,
{
    fn into_member(self) -> String {
        String::string_from(self)
    }
}

impl StringFrom<&str> for String {
    fn string_from(text: &str) -> String {
        text.to_owned()
    }
}

impl StringFrom<&String> for String {
    fn string_from(text: &String) -> String {
        text.clone()
    }
}

impl StringFrom<std::borrow::Cow<'_, str>> for String {
    fn string_from(text: std::borrow::Cow<'_, str>) -> String {
        text.into_owned()
    }
}

#[diagnostic::do_not_recommend]
impl<T, const N: usize> IntoMember<Vec<T>> for [T; N] {
    fn into_member(self) -> Vec<T> {
        self.into()
    }
}

#[diagnostic::do_not_recommend]
impl<T: Clone> IntoMember<Vec<T>> for &[T] {
    fn into_member(self) -> Vec<T> {
        self.to_vec()
    }
}

// A plain value where a member's type carries a rule. Each such type has one impl of
// `IntoMember` for any `V` such that the type implements one of the traits below for `V`, which
// nothing does (hidden from the docs: they exist for the compiler's words). rustc then reports
// the unmet trait, whose words name that type's own way to build a value, and lists no "other
// types" (there are none); its self type is the member's type, not the plain value's, or rustc
// would word the error as `IntoMember`'s. (Coherence allows the impl beside the one for `T`
// itself: no crate can implement these traits of a type for that type.)

/// Never implemented: a plain number given to a setter whose member is a number with a range
/// (a score, an attempt limit). The compiler's error names `Self::new`.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "a builder setter takes a `{Self}` here, not a `{Plain}`",
    label = "not a `{Self}`",
    note = "a `{Self}` carries its range: build it first with `{Self}::new(...)?`, which checks it"
)]
pub trait NumberWithARange<Plain>: Sized {
    /// The value (never called: nothing implements this trait).
    fn from_plain(plain: Plain) -> Self;
}

/// Never implemented: a plain string given to a setter whose member is an ID. The compiler's
/// error names `str::parse`.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "a builder setter takes a `{Self}` here, not a `{Plain}`",
    label = "not a `{Self}`",
    note = "a `{Self}` carries its form: parse it first with `\"...\".parse::<{Self}>()?`, which checks it"
)]
pub trait TextWithAForm<Plain>: Sized {
    /// The value (never called: nothing implements this trait).
    fn from_plain(plain: Plain) -> Self;
}

/// Never implemented: a plain value given to a setter whose member is one of a closed set of
/// values. The compiler's error names the variants.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "a builder setter takes a `{Self}` here, not a `{Plain}`",
    label = "not a `{Self}`",
    note = "a `{Self}` is one of its variants: write `{Self}::` and the variant, or parse the wire text with `\"...\".parse::<{Self}>()?`"
)]
pub trait OneOfAClosedSet<Plain>: Sized {
    /// The value (never called: nothing implements this trait).
    fn from_plain(plain: Plain) -> Self;
}

/// The `IntoMember` impl of a type that carries a rule: `$way` is the trait whose words say how
/// to build one.
macro_rules! plain_value_is_refused {
    ($way:ident for $ty:ty) => {
        impl<V> $crate::IntoMember<$ty> for V
        where
            $ty: $crate::build::member::$way<V>,
        {
            fn into_member(self) -> $ty {
                <$ty as $crate::build::member::$way<V>>::from_plain(self)
            }
        }
    };
}
pub(crate) use plain_value_is_refused;
