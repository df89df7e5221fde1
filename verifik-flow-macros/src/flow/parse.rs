//! Parse stage: tokens to the literal's AST. JSON, plus: keys may be bare identifiers (`type`
//! included), trailing commas are fine, and a value that is not JSON is a Rust expression.
//! Every syntax error is reported, each at its token; nothing here panics on any input.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitFloat, LitInt, LitStr, Token};

use super::ast::{Member, Node, Object};

/// Parses the members of the top-level object (the macro's input, without braces), whose
/// place is `span` (its braces are the macro invocation's, which the macro is not given).
pub(crate) fn parse(input: TokenStream, span: Span) -> syn::Result<Object> {
    let members = (|stream: ParseStream<'_>| members(stream)).parse2(input)?;
    Ok(Object { members, span })
}

fn members(input: ParseStream<'_>) -> syn::Result<Vec<Member>> {
    let mut members = Vec::new();
    while !input.is_empty() {
        let (key, key_span) = key(input)?;
        input.parse::<Token![:]>().map_err(|error| {
            syn::Error::new(error.span(), format!("expected `:` after the key `{key}`"))
        })?;
        let value = value(input)?;
        members.push(Member {
            key,
            key_span,
            value,
        });
        if input.is_empty() {
            break;
        }
        input
            .parse::<Token![,]>()
            .map_err(|error| syn::Error::new(error.span(), "expected `,` between members"))?;
    }
    Ok(members)
}

fn key(input: ParseStream<'_>) -> syn::Result<(String, Span)> {
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        return Ok((lit.value(), lit.span()));
    }
    if input.peek(Ident::peek_any) {
        let ident = Ident::parse_any(input)?;
        let text = ident.to_string();
        let text = text.strip_prefix("r#").map_or(text.clone(), str::to_owned);
        return Ok((text, ident.span()));
    }
    Err(input.error("expected a key: a string such as `\"minScore\"` or a name such as `minScore`"))
}

fn value(input: ParseStream<'_>) -> syn::Result<Node> {
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        return Ok(Node::String(lit.value(), lit.span()));
    }
    if input.peek(LitInt)
        || input.peek(LitFloat)
        || (input.peek(Token![-]) && (input.peek2(LitInt) || input.peek2(LitFloat)))
    {
        return number(input);
    }
    if input.peek(syn::token::Brace) {
        let (span, inner) = group(input, Delimiter::Brace)?;
        let members = (|stream: ParseStream<'_>| members(stream)).parse2(inner)?;
        return Ok(Node::Object(Object { members, span }));
    }
    if input.peek(syn::token::Bracket) {
        let (span, inner) = group(input, Delimiter::Bracket)?;
        let items = (|stream: ParseStream<'_>| {
            let mut items = Vec::new();
            while !stream.is_empty() {
                items.push(value(stream)?);
                if stream.is_empty() {
                    break;
                }
                stream
                    .parse::<Token![,]>()
                    .map_err(|error| syn::Error::new(error.span(), "expected `,` between items"))?;
            }
            Ok(items)
        })
        .parse2(inner)?;
        return Ok(Node::Array(items, span));
    }
    if input.peek(Ident::peek_any)
        && !input.peek2(Token![.])
        && !input.peek2(Token![::])
        && !input.peek2(syn::token::Paren)
    {
        let fork = input.fork();
        let ident = Ident::parse_any(&fork)?;
        match ident.to_string().as_str() {
            "null" => {
                Ident::parse_any(input)?;
                return Ok(Node::Null(ident.span()));
            }
            "true" | "false" => {
                Ident::parse_any(input)?;
                return Ok(Node::Bool(ident == "true", ident.span()));
            }
            _ => {}
        }
    }
    if input.is_empty() || input.peek(Token![,]) {
        return Err(input.error("expected a value: JSON, or a Rust expression"));
    }
    // Anything else is a Rust expression: `id`, `config.id`, `(format!("{team} onboarding"))`.
    let expr: syn::Expr = input.parse()?;
    Ok(Node::Expr(expr))
}

fn number(input: ParseStream<'_>) -> syn::Result<Node> {
    let negative = input.parse::<Option<Token![-]>>()?.is_some();
    let (digits, suffix, span) = if input.peek(LitInt) {
        let lit: LitInt = input.parse()?;
        (
            lit.base10_digits().to_owned(),
            lit.suffix().to_owned(),
            lit.span(),
        )
    } else {
        let lit: LitFloat = input.parse()?;
        (
            lit.base10_digits().to_owned(),
            lit.suffix().to_owned(),
            lit.span(),
        )
    };
    if !suffix.is_empty() {
        return Err(syn::Error::new(
            span,
            format!("a JSON number has no suffix: write it without `{suffix}`"),
        ));
    }
    let text = if negative {
        format!("-{digits}")
    } else {
        digits
    };
    let number: serde_json::Number = serde_json::from_str(&text)
        .map_err(|_| syn::Error::new(span, format!("`{text}` is not a JSON number")))?;
    Ok(Node::Number(number, span))
}

fn group(input: ParseStream<'_>, delimiter: Delimiter) -> syn::Result<(Span, TokenStream)> {
    match input.parse::<TokenTree>()? {
        TokenTree::Group(group) if group.delimiter() == delimiter => {
            Ok((group.span_open(), group.stream()))
        }
        other => Err(syn::Error::new(other.span(), "expected a group")),
    }
}

use syn::ext::IdentExt as _;
