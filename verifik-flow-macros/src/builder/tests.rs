//! The derive's stages, tested on token input without a compiler.

use proc_macro2::TokenStream;
use quote::quote;

use super::model::Role;
use super::{check, derive, expand, parse};

fn model(input: TokenStream) -> syn::Result<super::model::Builder> {
    let input: syn::DeriveInput = syn::parse2(input).unwrap();
    parse::parse(&input).and_then(check::check)
}

fn error_messages(input: TokenStream) -> Vec<String> {
    match model(input) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn roles_follow_the_field_types_and_attributes() {
    let builder = model(quote! {
        #[builder(validate)]
        pub struct Flow {
            /// The project.
            pub project: ProjectId,
            #[builder(fixed = FlowType::Onboarding)]
            pub flow_type: FlowType,
            #[builder(nested)]
            pub liveness: Option<Liveness>,
            pub name: ::core::option::Option<String>,
        }
    })
    .unwrap();
    assert!(builder.validate);
    let roles: Vec<&str> = builder
        .members
        .iter()
        .map(|m| match &m.role {
            Role::Required => "required",
            Role::Optional { nested: true, .. } => "nested",
            Role::Optional { nested: false, .. } => "optional",
            Role::Fixed(_) => "fixed",
        })
        .collect();
    assert_eq!(roles, ["required", "fixed", "nested", "optional"]);
    assert_eq!(builder.members[0].docs, [" The project."]);
}

#[test]
fn every_attribute_error_is_reported_at_once() {
    let messages = error_messages(quote! {
        #[builder(validat)]
        struct Flow {
            #[builder(fixd = 1)]
            a: u8,
            #[builder(nested)]
            b: u8,
            #[builder(fixed = 1, nested)]
            c: Option<u8>,
        }
    });
    assert_eq!(
        messages,
        [
            "unknown `builder` attribute `validat` on a struct; expected `validate`",
            "unknown `builder` attribute `fixd` on a field; expected `default = ...`, `fixed = ...` or `nested`",
        ],
        "parse errors stop before the checks"
    );
    let messages = error_messages(quote! {
        struct Flow {
            #[builder(nested)]
            b: u8,
            #[builder(fixed = 1, nested)]
            c: Option<u8>,
        }
    });
    assert_eq!(
        messages,
        [
            "`nested` needs an `Option<T>` field whose `T` derives `Builder`",
            "a `fixed` field has no setter, so it cannot also be `nested`",
        ]
    );
}

#[test]
fn a_default_belongs_to_an_optional_member() {
    let messages = error_messages(quote! {
        struct Flow {
            #[builder(default = 3)]
            a: u8,
            #[builder(fixed = Some(1), default = Some(2))]
            b: Option<u8>,
            #[builder(default = 3)]
            c: Option<u8>,
        }
    });
    assert_eq!(
        messages,
        [
            "`default` is for `Option<T>` fields: it is what Verifik applies when the key is left out",
            "a `fixed` field has no default: it is always set",
        ]
    );
    let out = derive(quote! {
        pub struct Limits { #[builder(default = 3)] pub tries: Option<u8> }
    })
    .to_string();
    assert!(
        out.contains("pub fn tries_or_default (& self) -> u8"),
        "{out}"
    );
    assert!(
        out.contains("(\"tries\" , :: verifik_flow :: __private :: to_json"),
        "{out}"
    );
}

#[test]
fn attribute_errors_point_at_the_attribute() {
    let input: syn::DeriveInput =
        syn::parse_str("struct Flow {\n    #[builder(nested)]\n    b: u8,\n}").unwrap();
    let error = parse::parse(&input).and_then(check::check).err().unwrap();
    let start = error.span().start();
    assert_eq!((start.line, start.column), (2, 14));
}

#[test]
fn shapes_other_than_named_structs_are_refused() {
    for (input, expected) in [
        (
            quote!(
                enum E {
                    A,
                }
            ),
            "`Builder` needs a struct with named fields, not an enum",
        ),
        (
            quote!(
                struct T(u8);
            ),
            "`Builder` needs a struct with named fields",
        ),
        (
            quote!(
                struct G<T> {
                    t: T,
                }
            ),
            "`Builder` does not support generic structs",
        ),
    ] {
        assert_eq!(error_messages(input), [expected]);
    }
}

#[test]
fn errors_expand_to_compile_errors_only() {
    let out = derive(quote!(
        enum E {
            A,
        }
    ))
    .to_string();
    assert!(out.contains("compile_error"), "{out}");
    assert!(!out.contains("Builder <"), "{out}");
}

#[test]
fn the_expansion_tracks_required_members_in_the_type() {
    let builder = model(quote! {
        pub struct Pair { pub left: u8, pub right: Option<u8> }
    })
    .unwrap();
    let out = expand::expand(&builder).to_string();
    // One state parameter for the required member, none for the optional one.
    assert!(
        out.contains(
            "pub struct PairBuilder < __LeftState = :: verifik_flow :: __private :: Unset >"
        ),
        "{out}"
    );
    // A required member may be set again (the last call wins): no bound on its own state.
    assert!(!out.contains("IsUnset"), "{out}");
    assert!(
        out.contains("__LeftState : __pair_builder :: LeftIsSet < u8 >"),
        "{out}"
    );
    assert!(
        out.contains("the `Pair` builder is missing `left`"),
        "{out}"
    );
    assert!(!out.contains("RightIsSet"), "{out}");
    // The expansion's own paths are absolute.
    assert!(
        out.contains("right : :: core :: option :: Option :: None"),
        "{out}"
    );
    assert!(
        out.contains("left : :: verifik_flow :: __private :: Unset"),
        "{out}"
    );
}

#[test]
fn the_expansion_is_deterministic() {
    let input = quote! {
        #[builder(validate)]
        pub struct Flow { pub a: u8, pub b: Option<String>, #[builder(fixed = 3)] pub c: u8 }
    };
    assert_eq!(derive(input.clone()).to_string(), derive(input).to_string());
}

#[test]
fn members_name_their_wire_keys_as_serde_does() {
    let input = quote! {
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub struct Flow {
            pub sign_up_form: Option<u8>,
            #[serde(rename = "kind")]
            pub flow_kind: u8,
            #[builder(fixed = 3)]
            #[serde(rename = "type")]
            pub flow_type: u8,
        }
    };
    let out = derive(input).to_string();
    assert!(
        out.contains(r#"& [("signUpForm" , "sign_up_form") , ("kind" , "flow_kind")]"#),
        "{out}"
    );
}
