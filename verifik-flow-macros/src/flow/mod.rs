//! `flow!` and `try_flow!`: parse (tokens to a spanned AST), check (against the committed
//! schema, with the runtime's rules engine), expand (to builder calls).

mod ast;
mod check;
mod checked;
mod expand;
mod parse;

use proc_macro2::TokenStream;
use quote::quote;

pub use check::Mode;

/// The whole macro: the literal `input` parsed, checked and expanded to builder calls, or every
/// error of the stage that failed, beside a well-typed stand-in.
pub fn flow(input: TokenStream, mode: Mode) -> TokenStream {
    flow_at(input, mode, proc_macro2::Span::call_site())
}

/// [`flow`], with what is said of the literal as a whole (a missing top-level key, a rule
/// across the body's fields) shown at `body`: the macro call's first character, when the caller
/// can make that span (a function-like macro is given no span of its braces).
pub fn flow_at(input: TokenStream, mode: Mode, body: proc_macro2::Span) -> TokenStream {
    let object = match parse::parse(input, body) {
        Ok(object) => object,
        Err(errors) => return fail(&errors, mode, None),
    };
    match check::check(&object, mode) {
        Ok(checked) => expand::expand(&checked, mode),
        Err(errors) => fail(&errors, mode, object.flow_type()),
    }
}

/// The errors, and a well-typed stand-in (of the literal's body type, as far as it is known)
/// so that no follow-on error appears.
fn fail(errors: &syn::Error, mode: Mode, flow_type: Option<&str>) -> TokenStream {
    let errors = errors.to_compile_error();
    let stand_in = if flow_type == Some("login") {
        quote!(::verifik_flow::__private::stand_in_login())
    } else {
        quote!(::verifik_flow::__private::stand_in())
    };
    match mode {
        Mode::Strict => quote!({ #errors #stand_in }),
        Mode::Fallible => {
            quote!({ #errors ::core::result::Result::Ok(#stand_in) })
        }
    }
}

#[cfg(test)]
mod tests;
