//! Parse stage: `syn::DeriveInput` to `Input`. Every malformed `builder` attribute is reported,
//! each at its own tokens.

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Expr, Fields, LitStr, Meta};

use super::model::{Input, InputField};
use super::rename::RenameRule;

pub(crate) fn parse(input: &DeriveInput) -> syn::Result<Input> {
    let mut errors = Errors::default();
    let mut validate = None;
    for attr in builder_attrs(&input.attrs) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("validate") {
                if validate.replace(meta.path.span()).is_some() {
                    return Err(meta.error("`validate` is given twice"));
                }
                Ok(())
            } else {
                Err(meta.error(format!(
                    "unknown `builder` attribute `{}` on a struct; expected `validate`",
                    path_words(&meta.path)
                )))
            }
        });
        errors.push(result);
    }

    let named = match &input.data {
        Data::Struct(data) => {
            if let Fields::Named(named) = &data.fields {
                Some(named)
            } else {
                errors.push::<()>(Err(syn::Error::new(
                    data.fields.span(),
                    "`Builder` needs a struct with named fields",
                )));
                None
            }
        }
        Data::Enum(data) => {
            errors.push::<()>(Err(syn::Error::new(
                data.enum_token.span,
                "`Builder` needs a struct with named fields, not an enum",
            )));
            None
        }
        Data::Union(data) => {
            errors.push::<()>(Err(syn::Error::new(
                data.union_token.span,
                "`Builder` needs a struct with named fields, not a union",
            )));
            None
        }
    };
    if !input.generics.params.is_empty() {
        errors.push::<()>(Err(syn::Error::new(
            input.generics.span(),
            "`Builder` does not support generic structs",
        )));
    }

    let mut fields = Vec::new();
    for field in named.into_iter().flat_map(|named| &named.named) {
        let Some(ident) = field.ident.clone() else {
            continue;
        };
        let (fixed, nested, default) = field_attrs(&field.attrs, &mut errors);
        fields.push(InputField {
            rename: serde_value(&field.attrs, "rename").map(|(_, name)| name),
            ident,
            ty: field.ty.clone(),
            docs: docs(&field.attrs),
            fixed,
            nested,
            default,
        });
    }

    let rename_all = match serde_value(&input.attrs, "rename_all") {
        None => RenameRule::None,
        Some((span, name)) => RenameRule::from_name(&name).unwrap_or_else(|| {
            errors.push::<()>(Err(syn::Error::new(
                span,
                format!(
                    "unknown `rename_all` convention `{name}`; serde takes {}",
                    RenameRule::ALL
                        .iter()
                        .map(|(spelling, _)| format!("`{spelling}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )));
            RenameRule::None
        }),
    };
    errors.finish(Input {
        ident: input.ident.clone(),
        rename_all,
        vis: input.vis.clone(),
        validate,
        fields,
    })
}

/// The `builder` attributes of a field: `fixed = EXPR`, `nested`, `default = EXPR`.
type FieldAttrs = (Option<(Span, Expr)>, Option<Span>, Option<(Span, Expr)>);

fn field_attrs(attrs: &[Attribute], errors: &mut Errors) -> FieldAttrs {
    let mut fixed = None;
    let mut nested = None;
    let mut default = None;
    for attr in builder_attrs(attrs) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("fixed") {
                let expr: Expr = meta.value()?.parse()?;
                if fixed.replace((meta.path.span(), expr)).is_some() {
                    return Err(meta.error("`fixed` is given twice"));
                }
                Ok(())
            } else if meta.path.is_ident("default") {
                let expr: Expr = meta.value()?.parse()?;
                if default.replace((meta.path.span(), expr)).is_some() {
                    return Err(meta.error("`default` is given twice"));
                }
                Ok(())
            } else if meta.path.is_ident("nested") {
                if nested.replace(meta.path.span()).is_some() {
                    return Err(meta.error("`nested` is given twice"));
                }
                Ok(())
            } else {
                Err(meta.error(format!(
                    "unknown `builder` attribute `{}` on a field; expected `default = ...`, \
                     `fixed = ...` or `nested`",
                    path_words(&meta.path)
                )))
            }
        });
        errors.push(result);
    }
    (fixed, nested, default)
}

/// The string of `#[serde(name = "...")]`: how serde names a field on the wire.
/// The string of `#[serde(NAME = "...")]`, with its span.
fn serde_value(attrs: &[Attribute], name: &str) -> Option<(Span, String)> {
    use syn::punctuated::Punctuated;
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("serde"))
        .filter_map(|attr| {
            attr.parse_args_with(Punctuated::<Meta, syn::Token![,]>::parse_terminated)
                .ok()
        })
        .flatten()
        .find_map(|meta| match meta {
            Meta::NameValue(nv) if nv.path.is_ident(name) => match nv.value {
                Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some((s.span(), s.value())),
                _ => None,
            },
            _ => None,
        })
}

fn builder_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|attr| attr.path().is_ident("builder"))
}

fn path_words(path: &syn::Path) -> String {
    path.segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// The field's doc comment, line by line.
fn docs(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            Meta::NameValue(nv) => match &nv.value {
                Expr::Lit(lit) => match &lit.lit {
                    syn::Lit::Str(s) => Some(LitStr::value(s)),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// Errors of one stage, combined into one `syn::Error` (serde's `Ctxt`).
#[derive(Default)]
pub(crate) struct Errors(Option<syn::Error>);

impl Errors {
    pub fn push<T>(&mut self, result: syn::Result<T>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                match &mut self.0 {
                    Some(errors) => errors.combine(error),
                    None => self.0 = Some(error),
                }
                None
            }
        }
    }

    pub fn finish<T>(self, value: T) -> syn::Result<T> {
        match self.0 {
            Some(errors) => Err(errors),
            None => Ok(value),
        }
    }
}
