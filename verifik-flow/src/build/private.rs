//! Support for the builders that `verifik-flow-derive` generates for the model.

/// What the generated builders call. Not public API: it may change in any release.
#[doc(hidden)]
pub mod __private {
    use crate::{ProjectFlow, Rule, ValidationErrors, Violation};

    /// A required member that is set, holding its value.
    #[derive(Clone, Debug)]
    pub struct Set<T>(pub T);

    /// A required member that is not set yet.
    #[derive(Clone, Copy, Debug)]
    pub struct Unset;

    /// A type whose builder has no required member, so that a value can be edited through it.
    pub trait Buildable: Sized {
        /// The builder.
        type Builder;
        /// A builder with nothing set.
        fn empty_builder() -> Self::Builder;
        /// A builder holding this value's members.
        fn to_builder(self) -> Self::Builder;
        /// The value a builder holds.
        fn from_builder(builder: Self::Builder) -> Self;
    }

    /// A builder whose required members are set: it builds a `T`. A setter of a member of type
    /// `T` takes it through one blanket `IntoMember<T>` impl a type, so that an error lists no
    /// builder as an "other type" that converts, and a builder missing a member is still
    /// refused with the words of what it misses.
    pub trait BuildsA<T> {
        /// The value built.
        fn build_it(self) -> T;
    }

    /// JSON, for the defaults the derive lists.
    pub type Json = serde_json::Value;

    /// A default as JSON; `Null` if it cannot be written (no model type fails to).
    pub fn to_json<T: serde::Serialize>(value: &T) -> Json {
        serde_json::to_value(value).unwrap_or(Json::Null)
    }

    /// What `flow!` stands for when it reports errors, so that no follow-on error appears.
    /// The program does not compile, so it never runs.
    pub fn stand_in() -> ProjectFlow {
        // The smallest flow: no preset, so that this module needs no other module of the
        // crate but the model's (the presets use the builders, not the other way round).
        ProjectFlow::builder()
            .project(crate::ProjectId::__unchecked(
                crate::body::values::PLACEHOLDER_PROJECT,
            ))
            .name("stand-in")
            .target(crate::Target::Personal)
            .status(crate::Status::Draft)
            .__build_unchecked()
    }

    /// What `flow!` stands for when a login literal has errors.
    pub fn stand_in_login() -> crate::LoginFlow {
        crate::LoginFlow::builder()
            .project(crate::ProjectId::__unchecked(
                crate::body::values::PLACEHOLDER_PROJECT,
            ))
            .status(crate::Status::Draft)
            .login_settings(crate::LoginSettings::default())
            .__build_unchecked()
    }

    /// `build()` of a flow's builder: every rule of the body, as `validate` checks it.
    pub fn check_built<T: serde::Serialize>(flow: T) -> Result<T, ValidationErrors> {
        let value = match serde_json::to_value(&flow) {
            Ok(value) => value,
            Err(error) => {
                return Err(ValidationErrors::new(vec![Violation::new(
                    Rule::Type,
                    "",
                    {
                        let error = error.to_string();
                        verifik_flow_rules::Message::from_fn(move |lang| {
                            lang.words().not_writable(&error)
                        })
                    },
                )]));
            }
        };
        crate::check::validate::check_value(&value).map(|()| flow)
    }
}

/// Calls `$callback!` with every object type of the bodies (each derives a builder, with
/// `__members()` and `__defaults()`): the one list that the schema's producer (`codegen/`) and
/// the tests read. Not public API.
#[doc(hidden)]
#[macro_export]
macro_rules! __body_types {
    ($callback:ident) => {
        $callback!(
            ProjectFlow,
            SignUpForm,
            Documents,
            DocumentType,
            DocumentConfiguration,
            DocumentTemplate,
            Liveness,
            Steps,
            Integrations,
            LoginFlow,
            LoginSettings,
            Security,
            LoginIntegrations,
            WhiteListEntry
        )
    };
}
