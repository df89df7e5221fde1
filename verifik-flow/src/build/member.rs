//! What a builder's setter takes: the member's type, or what converts into it.

/// A value a builder's setter takes for a member of type `T`: a `T`, or what converts into
/// one (`&str` for a `String`, an array for a `Vec`, a builder for its value). A plain number or
/// string is not one where the member's type carries a rule (a score's range, an ID's form):
/// build that value first, and its rule is checked there, once.
#[diagnostic::on_unimplemented(
    message = "a builder setter takes a `{T}` here, not a `{Self}`",
    label = "not a `{T}`",
    note = "a `{T}` carries its rule: build it first, as `{T}::new(...)?` for a score or an attempt limit, or `\"...\".parse::<{T}>()?` for an ID"
)]
pub trait IntoMember<T> {
    /// The member's value.
    fn into_member(self) -> T;
}

// Explicit impls, not one over `Into`: a value that fits no impl is then refused with this
// trait's own words (rustc reports the deepest unmet bound, which would be std's `From`).
impl<T> IntoMember<T> for T {
    fn into_member(self) -> T {
        self
    }
}

impl IntoMember<String> for &str {
    fn into_member(self) -> String {
        self.to_owned()
    }
}

impl IntoMember<String> for &String {
    fn into_member(self) -> String {
        self.clone()
    }
}

impl IntoMember<String> for std::borrow::Cow<'_, str> {
    fn into_member(self) -> String {
        self.into_owned()
    }
}

impl<T, const N: usize> IntoMember<Vec<T>> for [T; N] {
    fn into_member(self) -> Vec<T> {
        self.into()
    }
}

impl<T: Clone> IntoMember<Vec<T>> for &[T] {
    fn into_member(self) -> Vec<T> {
        self.to_vec()
    }
}
