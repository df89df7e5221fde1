//! `#[derive(Builder)]`: parse (syn to the unchecked model), check (to the checked model),
//! expand (to tokens). Each stage takes and returns plain data or `proc_macro2` tokens, so it
//! is tested without a compiler.

mod check;
mod expand;
mod model;
mod parse;
pub mod rename;

use proc_macro2::TokenStream;

/// The whole derive: every error of a stage is reported, and expansion only sees a model that
/// passed its checks.
pub fn derive(input: TokenStream) -> TokenStream {
    let result = syn::parse2::<syn::DeriveInput>(input)
        .and_then(|input| parse::parse(&input))
        .and_then(check::check);
    match result {
        Ok(model) => expand::expand(&model),
        Err(errors) => errors.to_compile_error(),
    }
}

#[cfg(test)]
mod tests;
