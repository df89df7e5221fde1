//! Expand stage: a checked literal to the builder calls that make it. Values are built
//! directly (enum variants, unchecked newtype constructors): no JSON is parsed and no schema
//! is checked at run time.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::Ident;

use super::check::Mode;
use super::checked::{Checked, Object, Value};

pub(crate) fn expand(literal: &Checked, mode: Mode) -> TokenStream {
    let chain = object_builder(&literal.body);
    match mode {
        Mode::Strict => quote!({ #chain.__build_unchecked() }),
        Mode::Fallible => {
            quote!({ ::verifik_flow::__private::check_built(#chain.__build_unchecked()) })
        }
    }
}

/// `Type::builder().member(value)...`.
fn object_builder(object: &Object) -> TokenStream {
    let ty = &object.ty;
    let setters = object.setters.iter().map(|setter| {
        let name = &setter.name;
        let value = value(&setter.value);
        quote!(.#name(#value))
    });
    quote!(::verifik_flow::#ty::builder() #(#setters)*)
}

fn value(value: &Value) -> TokenStream {
    match value {
        Value::Expr(expr) => quote!(#expr),
        Value::None(span) => quote_spanned!(*span=> ::core::option::Option::None),
        Value::Bool(value, span) => quote_spanned!(*span=> #value),
        Value::Integer { ty, value, span } => {
            typed(ty.as_ref(), *span, &Literal::u64_unsuffixed(*value))
        }
        Value::Number { ty, value, span } => {
            typed(ty.as_ref(), *span, &Literal::f64_unsuffixed(*value))
        }
        Value::String { ty, text, span } => typed(ty.as_ref(), *span, text),
        Value::Variant { ty, variant } => quote!(::verifik_flow::#ty::#variant),
        Value::Some(inner, span) => {
            let inner = self::value(inner);
            quote_spanned!(*span=> ::core::option::Option::Some(#inner))
        }
        Value::Array(items, span) => {
            let items = items.iter().map(self::value);
            quote_spanned!(*span=> ::std::vec![#(#items),*])
        }
        Value::Object(object) => {
            let chain = object_builder(object);
            quote!(#chain.build())
        }
    }
}

/// A literal, through the value type that carries its rule when it has one (checked already,
/// so built unchecked).
fn typed(ty: Option<&Ident>, span: Span, literal: &impl ToTokens) -> TokenStream {
    let Some(ty) = ty else {
        return quote_spanned!(span=> #literal);
    };
    quote_spanned!(span=> ::verifik_flow::#ty::__unchecked(#literal))
}
