//! Expand stage: a checked `Builder` to tokens. Paths are absolute (`::core`,
//! `::verifik_flow::__private`), so the output means the same wherever it lands.

use heck::{ToSnakeCase as _, ToUpperCamelCase as _};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::Ident;

use super::model::{Builder, Member, Role};

pub(crate) fn expand(builder: &Builder) -> TokenStream {
    let target = &builder.target;
    let vis = &builder.vis;
    let name = builder_ident(builder);
    let module = module_ident(builder);
    let private = quote!(::verifik_flow::__private);

    let required: Vec<&Member> = builder.required().collect();
    let states: Vec<Ident> = required.iter().map(|m| state_ident(&m.ident)).collect();
    let required_list = words_list(&required);

    let traits = typestate_traits(builder, &required);
    let fixed = fixed_traits(builder);

    let fields = builder.members.iter().filter_map(|member| {
        let ident = &member.ident;
        match &member.role {
            Role::Required => {
                let state = state_ident(ident);
                Some(quote!(#ident: #state))
            }
            Role::Optional { inner, .. } => Some(quote!(#ident: ::core::option::Option<#inner>)),
            Role::Fixed(_) => None,
        }
    });
    let unset_fields = builder.members.iter().filter_map(|member| {
        let ident = &member.ident;
        match &member.role {
            Role::Required => Some(quote!(#ident: #private::Unset)),
            Role::Optional { .. } => Some(quote!(#ident: ::core::option::Option::None)),
            Role::Fixed(_) => None,
        }
    });

    let setters = builder
        .members
        .iter()
        .map(|member| setter(builder, member, &states));
    let build = build(builder, &module);
    let conversions = conversions(builder, &module, &states);
    let defaults = defaults(builder);
    let members = members(builder);

    let struct_doc = format!(
        "Builds a [`{target}`]; start with [`{target}::builder`].\n\n{}",
        if required.is_empty() {
            "Every member is optional; set any of them, in any order.".to_owned()
        } else {
            format!(
                "Set {required_list} {} (the compiler checks it), and any optional member; then \
                 call `build`.",
                if required.len() == 1 {
                    "once"
                } else {
                    "once each"
                }
            )
        }
    );
    let start_doc = format!("Starts building a [`{target}`]. See [`{name}`].");
    let module_doc = format!("Typestate traits of [`{name}`](super::{name}).");

    quote! {
        #[doc = #module_doc]
        #[doc(hidden)]
        #vis mod #module {
            #(#traits)*
            #(#fixed)*
        }

        #[doc = #struct_doc]
        #[must_use = "a builder does nothing until `.build()` is called"]
        #[derive(::core::clone::Clone, ::core::fmt::Debug)]
        #vis struct #name<#(#states = #private::Unset),*> {
            #(#fields,)*
        }

        impl #target {
            #[doc = #start_doc]
            #vis fn builder() -> #name {
                #name { #(#unset_fields,)* }
            }
        }

        impl<#(#states),*> #name<#(#states),*> {
            #(#setters)*
            #build
        }

        #conversions
        #defaults
        #members
    }
}

/// `__members()`: the wire key and the Rust field (the setter) of every member that has a
/// setter, from which the schema's `x-rust-field`s are written, so that `flow!` reads the
/// names instead of converting cases.
fn members(builder: &Builder) -> TokenStream {
    let target = &builder.target;
    let vis = &builder.vis;
    let entries = builder
        .members
        .iter()
        .filter(|member| !matches!(member.role, Role::Fixed(_)))
        .map(|member| {
            let wire = &member.wire;
            let field = member.ident.to_string();
            quote!((#wire, #field))
        });
    quote! {
        impl #target {
            /// The wire key and the Rust field of every member with a setter.
            #[doc(hidden)]
            #vis fn __members() -> &'static [(&'static str, &'static str)] {
                &[#(#entries),*]
            }
        }
    }
}

/// For every optional member with a `default`: `<member>_or_default()`, the value Verifik
/// applies, and `__defaults()`, every default as JSON, from which the schema's `default`s are
/// written (one source for both).
fn defaults(builder: &Builder) -> TokenStream {
    let target = &builder.target;
    let vis = &builder.vis;
    let private = quote!(::verifik_flow::__private);
    let mut accessors = Vec::new();
    let mut entries = Vec::new();
    for member in &builder.members {
        let Role::Optional {
            inner,
            default: Some(default),
            ..
        } = &member.role
        else {
            continue;
        };
        let ident = &member.ident;
        let accessor = format_ident!("{}_or_default", ident);
        let wire = &member.wire;
        let shown = default.to_token_stream().to_string().replace(" :: ", "::");
        let doc =
            format!("`{wire}` as Verifik applies it: the value when it is set, else `{shown}`.");
        accessors.push(quote! {
            #[doc = #doc]
            #vis fn #accessor(&self) -> #inner {
                match &self.#ident {
                    ::core::option::Option::Some(value) => ::core::clone::Clone::clone(value),
                    ::core::option::Option::None => #default,
                }
            }
        });
        entries.push(quote! {
            (#wire, #private::to_json(&{
                let value: #inner = #default;
                value
            }))
        });
    }
    // `__defaults` is there for every object (empty for one without a default), so that one
    // list of the body types (`verifik_flow::__body_types!`) serves every reader.
    quote! {
        impl #target {
            #(#accessors)*

            /// Every default of this object, by wire key, as JSON: the schema's `default`s.
            #[doc(hidden)]
            #vis fn __defaults() -> ::std::vec::Vec<(&'static str, #private::Json)> {
                ::std::vec![#(#entries),*]
            }
        }
    }
}

/// A trait no type implements, so that calling the setter of a fixed member says why there
/// is none.
fn fixed_traits(builder: &Builder) -> Vec<TokenStream> {
    builder
        .members
        .iter()
        .filter_map(|member| {
            let Role::Fixed(expr) = &member.role else {
                return None;
            };
            let trait_ident = is_fixed_trait(&member.ident);
            let value = expr.to_token_stream().to_string().replace(" :: ", "::");
            let message = format!(
                "`{}` has no setter: the builder always sets it to `{value}`",
                member.ident
            );
            Some(quote! {
                #[diagnostic::on_unimplemented(message = #message, label = "remove this call")]
                pub trait #trait_ident {}
            })
        })
        .collect()
}

/// The hidden traits that make rustc say, in words, which member is missing or repeated.
fn typestate_traits(builder: &Builder, required: &[&Member]) -> Vec<TokenStream> {
    let target = &builder.target;
    let private = quote!(::verifik_flow::__private);
    let required_list = words_list(required);
    required
        .iter()
        .map(|member| {
            let field = member.ident.to_string();
            let is_set = is_set_trait(&member.ident);
            let missing = format!("the `{target}` builder is missing `{field}`");
            let label = format!("`{field}` is not set: call `.{field}(...)` before `.build()`");
            let note = format!("a `{target}` needs {required_list}");
            quote! {
                #[diagnostic::on_unimplemented(message = #missing, label = #label, note = #note)]
                pub trait #is_set<T> {
                    /// The member's value.
                    fn take(self) -> T;
                }
                impl<T> #is_set<T> for #private::Set<T> {
                    fn take(self) -> T {
                        self.0
                    }
                }
            }
        })
        .collect()
}

fn setter(builder: &Builder, member: &Member, states: &[Ident]) -> TokenStream {
    let name = builder_ident(builder);
    let module = module_ident(builder);
    let private = quote!(::verifik_flow::__private);
    let ident = &member.ident;
    let vis = &builder.vis;
    let wire = &member.wire;
    let docs = member.docs.iter();
    let heading = format!("Sets `{wire}`.");
    match &member.role {
        Role::Fixed(_) => {
            let fixed = is_fixed_trait(ident);
            quote! {
                #[doc(hidden)]
                #vis fn #ident(self, _value: impl #module::#fixed) -> Self {
                    self
                }
            }
        }
        Role::Required => {
            let ty = &member.ty;
            let own_state = state_ident(ident);
            let next_states = states.iter().map(|state| {
                if *state == own_state {
                    quote!(#private::Set<#ty>)
                } else {
                    quote!(#state)
                }
            });
            let moved = builder.members.iter().filter_map(|other| {
                let other_ident = &other.ident;
                match &other.role {
                    Role::Fixed(_) => None,
                    _ if other_ident == ident => {
                        Some(quote!(#ident: #private::Set(::verifik_flow::IntoMember::into_member(value))))
                    }
                    _ => Some(quote!(#other_ident: self.#other_ident)),
                }
            });
            quote! {
                #[doc = #heading]
                #[doc = ""]
                #(#[doc = #docs])*
                #vis fn #ident(
                    self,
                    value: impl ::verifik_flow::IntoMember<#ty>,
                ) -> #name<#(#next_states),*> {
                    #name { #(#moved,)* }
                }
            }
        }
        Role::Optional { inner, nested, .. } => {
            let set = quote! {
                #[doc = #heading]
                #[doc = ""]
                #(#[doc = #docs])*
                #vis fn #ident(mut self, value: impl ::verifik_flow::IntoMember<#inner>) -> Self {
                    self.#ident = ::core::option::Option::Some(::verifik_flow::IntoMember::into_member(value));
                    self
                }
            };
            if !nested {
                return set;
            }
            let with = format_ident!("{}_with", ident);
            let with_doc = format!(
                "Edits `{wire}` with its builder, starting from its current value (or from \
                 nothing when it is not set)."
            );
            quote! {
                #set

                #[doc = #with_doc]
                #vis fn #with(
                    mut self,
                    edit: impl ::core::ops::FnOnce(
                        <#inner as #private::Buildable>::Builder,
                    ) -> <#inner as #private::Buildable>::Builder,
                ) -> Self {
                    let start = match self.#ident.take() {
                        ::core::option::Option::Some(value) => #private::Buildable::to_builder(value),
                        ::core::option::Option::None => <#inner as #private::Buildable>::empty_builder(),
                    };
                    self.#ident = ::core::option::Option::Some(
                        <#inner as #private::Buildable>::from_builder(edit(start)),
                    );
                    self
                }
            }
        }
    }
}

/// `build()`, available once every required member is set.
fn build(builder: &Builder, module: &Ident) -> TokenStream {
    let target = &builder.target;
    let vis = &builder.vis;
    let private = quote!(::verifik_flow::__private);
    let bounds = bounds(builder, module);
    let values = builder.members.iter().map(|member| {
        let ident = &member.ident;
        match &member.role {
            Role::Required => {
                let ty = &member.ty;
                let is_set = is_set_trait(ident);
                quote!(#ident: <_ as #module::#is_set<#ty>>::take(self.#ident))
            }
            Role::Optional { .. } => quote!(#ident: self.#ident),
            Role::Fixed(expr) => quote!(#ident: #expr),
        }
    });
    let value = quote!(#target { #(#values,)* });
    if builder.validate {
        let doc = format!(
            "Builds the [`{target}`] and checks every rule of the body, as \
             [`validate`](::verifik_flow::validate) does, with the same errors."
        );
        quote! {
            #[doc = #doc]
            #vis fn build(self) -> ::core::result::Result<#target, ::verifik_flow::ValidationErrors>
            where
                #(#bounds,)*
            {
                #private::check_built(self.__build_unchecked())
            }

            /// The value, without the checks of `build()`: for the schema's own snippet, which
            /// is made before there is a schema to check against.
            #[doc(hidden)]
            #vis fn __build_unchecked(self) -> #target
            where
                #(#bounds,)*
            {
                #value
            }
        }
    } else {
        let doc = format!(
            "Builds the [`{target}`]. Rules across its fields are checked when the whole \
             project flow is built."
        );
        quote! {
            #[doc = #doc]
            #vis fn build(self) -> #target
            where
                #(#bounds,)*
            {
                #value
            }
        }
    }
}

fn bounds(builder: &Builder, module: &Ident) -> Vec<TokenStream> {
    builder
        .required()
        .map(|member| {
            let state = state_ident(&member.ident);
            let is_set = is_set_trait(&member.ident);
            let ty = &member.ty;
            quote!(#state: #module::#is_set<#ty>)
        })
        .collect()
}

/// `From<Builder> for Target` (so a nested builder can be passed to a setter), and, when every
/// member is optional, `Buildable` for the `_with` editors.
fn conversions(builder: &Builder, module: &Ident, states: &[Ident]) -> TokenStream {
    if builder.validate {
        return TokenStream::new();
    }
    let target = &builder.target;
    let name = builder_ident(builder);
    let private = quote!(::verifik_flow::__private);
    let bounds = bounds(builder, module);
    let from = quote! {
        impl<#(#states),*> ::core::convert::From<#name<#(#states),*>> for #target
        where
            #(#bounds,)*
        {
            fn from(builder: #name<#(#states),*>) -> Self {
                builder.build()
            }
        }

        impl<#(#states),*> #private::BuildsA<#target> for #name<#(#states),*>
        where
            #(#bounds,)*
        {
            fn build_it(self) -> #target {
                self.build()
            }
        }

        impl<__B: #private::BuildsA<#target>> ::verifik_flow::IntoMember<#target> for __B {
            fn into_member(self) -> #target {
                #private::BuildsA::build_it(self)
            }
        }
    };
    if !states.is_empty() {
        return from;
    }
    let fields = builder.members.iter().filter_map(|member| {
        let ident = &member.ident;
        match member.role {
            Role::Optional { .. } => Some(quote!(#ident: value.#ident)),
            _ => None,
        }
    });
    quote! {
        #from

        impl #private::Buildable for #target {
            type Builder = #name;

            fn empty_builder() -> #name {
                #target::builder()
            }

            fn to_builder(self) -> #name {
                let value = self;
                #name { #(#fields,)* }
            }

            fn from_builder(builder: #name) -> Self {
                builder.build()
            }
        }
    }
}

pub(crate) fn builder_ident(builder: &Builder) -> Ident {
    format_ident!("{}Builder", builder.target)
}

fn module_ident(builder: &Builder) -> Ident {
    Ident::new(
        &format!("__{}_builder", builder.target.to_string().to_snake_case()),
        Span::call_site(),
    )
}

fn state_ident(member: &Ident) -> Ident {
    format_ident!("__{}State", member.to_string().to_upper_camel_case())
}

fn is_set_trait(member: &Ident) -> Ident {
    format_ident!("{}IsSet", member.to_string().to_upper_camel_case())
}

fn is_fixed_trait(member: &Ident) -> Ident {
    format_ident!("{}IsFixed", member.to_string().to_upper_camel_case())
}

/// `` `a`, `b` and `c` ``.
fn words_list(members: &[&Member]) -> String {
    let names: Vec<String> = members.iter().map(|m| format!("`{}`", m.ident)).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}
