//! Check stage: `Input` to `Builder`. Decides each member's role and refuses combinations that
//! make no sense, every one at the attribute that causes it.

use syn::{GenericArgument, PathArguments, Type};

use super::model::{Builder, Input, Member, Role};
use super::parse::Errors;

pub(crate) fn check(input: Input) -> syn::Result<Builder> {
    let mut errors = Errors::default();
    let mut members = Vec::new();
    for field in input.fields {
        let option_inner = option_inner(&field.ty).cloned();
        if let (Some((span, _)), None) = (&field.default, &option_inner) {
            errors.push::<()>(Err(syn::Error::new(
                *span,
                "`default` is for `Option<T>` fields: it is what Verifik applies when the key is \
                 left out",
            )));
            continue;
        }
        if let (Some((span, _)), Some(_)) = (&field.default, &field.fixed) {
            errors.push::<()>(Err(syn::Error::new(
                *span,
                "a `fixed` field has no default: it is always set",
            )));
            continue;
        }
        let default = field.default.map(|(_, expr)| expr);
        let role = match (field.fixed, field.nested, option_inner) {
            (Some((span, _)), Some(_), _) => {
                errors.push::<()>(Err(syn::Error::new(
                    span,
                    "a `fixed` field has no setter, so it cannot also be `nested`",
                )));
                continue;
            }
            (Some((_, expr)), None, _) => Role::Fixed(expr),
            (None, Some(span), None) => {
                errors.push::<()>(Err(syn::Error::new(
                    span,
                    "`nested` needs an `Option<T>` field whose `T` derives `Builder`",
                )));
                continue;
            }
            (None, nested, Some(inner)) => Role::Optional {
                inner,
                nested: nested.is_some(),
                default,
            },
            (None, None, None) => Role::Required,
        };
        let wire = match field.rename {
            Some(wire) => wire,
            None => input.rename_all.apply(&field.ident.to_string()),
        };
        members.push(Member {
            wire,
            ident: field.ident,
            ty: field.ty,
            docs: field.docs,
            role,
        });
    }
    errors.finish(Builder {
        target: input.ident,
        vis: input.vis,
        validate: input.validate.is_some(),
        members,
    })
}

/// `T` of `Option<T>` (also written `std::option::Option<T>` or `core::option::Option<T>`).
pub(crate) fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(inner) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}
