//! The two models of a builder: as written (`Input`) and as checked (`Builder`).

use proc_macro2::Span;
use syn::{Expr, Ident, Type, Visibility};

/// A struct as the user wrote it, with the `builder` attributes read but not yet checked.
pub(crate) struct Input {
    pub ident: Ident,
    /// `#[serde(rename_all = "...")]`: how serde names the fields on the wire.
    pub rename_all: super::rename::RenameRule,
    pub vis: Visibility,
    pub validate: Option<Span>,
    pub fields: Vec<InputField>,
}

/// A field as written.
pub(crate) struct InputField {
    pub ident: Ident,
    /// `#[serde(rename = "...")]`.
    pub rename: Option<String>,
    pub ty: Type,
    pub docs: Vec<String>,
    pub fixed: Option<(Span, Expr)>,
    pub nested: Option<Span>,
    pub default: Option<(Span, Expr)>,
}

/// A builder ready to expand: every member's role is decided and consistent.
pub(crate) struct Builder {
    pub target: Ident,
    pub vis: Visibility,
    pub validate: bool,
    pub members: Vec<Member>,
}

/// One field of the built struct, and how the builder fills it.
pub(crate) struct Member {
    pub ident: Ident,
    /// The key on the wire, as serde writes it.
    pub wire: String,
    pub ty: Type,
    pub docs: Vec<String>,
    pub role: Role,
}

/// How the builder fills a field.
#[allow(clippy::large_enum_variant)] // a few per struct, at compile time
pub(crate) enum Role {
    /// Set exactly once; tracked in the builder's type.
    Required,
    /// `Option<inner>`: set any number of times, `None` until then; `default` is what
    /// Verifik applies when it is left out.
    Optional {
        inner: Type,
        nested: bool,
        default: Option<Expr>,
    },
    /// Not settable: `build()` puts this expression there.
    Fixed(Expr),
}

impl Builder {
    pub fn required(&self) -> impl Iterator<Item = &Member> {
        self.members
            .iter()
            .filter(|member| matches!(member.role, Role::Required))
    }
}
