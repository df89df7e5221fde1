//! What went wrong with a call, told apart by what to do about it, in each language.

use reqwest::StatusCode;

use super::MAX_ANSWER_BYTES;
use super::send::Reach;
use crate::{ApiError, Lang, Message, ValidationErrors};

/// What went wrong with a call, told apart by what to do about it. Its `Display` is English;
/// [`message_in`](Self::message_in) says it in another language (Verifik's own words, its
/// message and code, stay as Verifik wrote them).
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientError {
    /// The body broke a rule; nothing was sent.
    Invalid(ValidationErrors),
    /// Verifik answered with an error (422 carries `details`).
    Api {
        /// The HTTP status.
        status: u16,
        /// Verifik's error body.
        error: ApiError,
    },
    /// Verifik (or a proxy in front of it) answered an error status with a body that is not
    /// Verifik's error JSON: an HTML page, plain text, nothing.
    Http {
        /// The HTTP status.
        status: u16,
        /// The start of the body, controls escaped (`(an empty body)` when there is none).
        excerpt: String,
    },
    /// Verifik answered with a redirect, which the client does not follow (a redirect would
    /// resend the token, and a POST, elsewhere).
    Redirect {
        /// The HTTP status (301, 302, 307, ...).
        status: u16,
        /// The `Location` it points to (controls escaped).
        location: String,
    },
    /// The answer was larger than [`MAX_ANSWER_BYTES`]; it was not read further.
    TooLarge {
        /// The HTTP status.
        status: u16,
    },
    /// The request did not complete: connection, TLS, timeout.
    Transport {
        /// The base URL the call went to (which Verifik: a network error always names it).
        base_url: String,
        /// Why, as the HTTP stack words it.
        cause: String,
    },
    /// Verifik answered, but not with what the endpoint returns.
    Decode {
        /// The HTTP status.
        status: u16,
        /// Why the body could not be read.
        message: String,
    },
    /// The client is not set up right (no token, a bad base URL, an ID that cannot be a path
    /// segment).
    Config(Message),
    /// An ID that cannot name a project flow in a path ([`check_flow_id`](super::check_flow_id)); nothing was sent.
    FlowId(Message),
    /// The body's `project` is [`PLACEHOLDER_PROJECT`](crate::PLACEHOLDER_PROJECT), and the
    /// base URL is not a loopback stand-in; nothing was sent.
    Placeholder,
    /// An update with no key to change (`{}`, or only the editor hint `$schema`): nothing was
    /// sent, so Verifik did not raise the flow's `version` for nothing.
    NothingToChange,
    /// A list's `page` or `limit` is out of the range Verifik takes
    /// ([`ListQuery::page_and_limit`](super::ListQuery::page_and_limit)); nothing was sent.
    Query(Message),
    /// Reading every flow of a project ([`Client::list_all`](super::Client::list_all)) did not give an exact list.
    Listing {
        /// The project listed.
        project: String,
        /// What was wrong with the pages.
        problem: crate::wire::listing::ListingProblem,
    },
    /// A stop was asked for ([`Client::with_stop`](super::Client::with_stop)) while the call waited to be tried again;
    /// it was abandoned.
    Stopped {
        /// Whether an earlier try of it may have been carried out.
        may_have_happened: bool,
    },
}

impl ClientError {
    /// What went wrong and what to do, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        let mib = MAX_ANSWER_BYTES / (1024 * 1024);
        let placeholder = crate::PLACEHOLDER_PROJECT;
        match (self, lang) {
            (Self::Invalid(errors), Lang::En) => format!(
                "the body breaks rules; nothing was sent:\n{}",
                errors.message_in(lang)
            ),
            (Self::Invalid(errors), Lang::Es) => format!(
                "el cuerpo incumple reglas; no se envió nada:\n{}",
                errors.message_in(lang)
            ),
            (Self::Api { status, error }, Lang::En) => {
                format!("Verifik answered {status}: {error}")
            }
            (Self::Api { status, error }, Lang::Es) => {
                format!("Verifik respondió {status}: {error}")
            }
            (Self::Http { status, excerpt }, Lang::En) => {
                format!("Verifik answered {status}: {excerpt}")
            }
            (Self::Http { status, excerpt }, Lang::Es) => {
                format!("Verifik respondió {status}: {excerpt}")
            }
            (Self::Redirect { status, location }, Lang::En) => format!(
                "Verifik answered {status} and points to {location}; the client follows no \
                 redirect: check VERIFIK_BASE_URL"
            ),
            (Self::Redirect { status, location }, Lang::Es) => format!(
                "Verifik respondió {status} y apunta a {location}; el cliente no sigue \
                 redirecciones: revisa VERIFIK_BASE_URL"
            ),
            (Self::TooLarge { status }, Lang::En) => {
                format!("Verifik's answer ({status}) is larger than {mib} MiB; it was not read")
            }
            (Self::TooLarge { status }, Lang::Es) => {
                format!("la respuesta de Verifik ({status}) pasa de {mib} MiB; no se leyó")
            }
            (Self::Transport { base_url, cause }, Lang::En) => {
                format!("the request to {base_url} failed: {cause}")
            }
            (Self::Transport { base_url, cause }, Lang::Es) => {
                format!("la solicitud a {base_url} falló: {cause}")
            }
            (Self::Decode { status, message }, Lang::En) => {
                format!("Verifik's answer ({status}) could not be read: {message}")
            }
            (Self::Decode { status, message }, Lang::Es) => {
                format!("la respuesta de Verifik ({status}) no se pudo leer: {message}")
            }
            (Self::Config(message) | Self::FlowId(message), _) => message.get(lang).to_owned(),
            (Self::Placeholder, Lang::En) => format!(
                "the flow's `project` is the placeholder {placeholder}, not a project of yours; \
                 nothing was sent. Give your project's ID"
            ),
            (Self::Placeholder, Lang::Es) => format!(
                "el `project` del flujo es el marcador {placeholder}, no un proyecto tuyo; no se \
                 envió nada. Pon el ID de tu proyecto"
            ),
            (Self::NothingToChange, Lang::En) => {
                "the update has no key to change; nothing was sent".into()
            }
            (Self::NothingToChange, Lang::Es) => {
                "la actualización no tiene ninguna clave que cambiar; no se envió nada".into()
            }
            (Self::Query(message), Lang::En) => format!("{}; nothing was sent", message.get(lang)),
            (Self::Query(message), Lang::Es) => format!("{}; no se envió nada", message.get(lang)),
            (Self::Listing { project, problem }, _) => problem.message_in(project, lang),
            (Self::Stopped { .. }, Lang::En) => {
                "stopped while waiting to try the call again".into()
            }
            (Self::Stopped { .. }, Lang::Es) => {
                "detenido mientras esperaba para volver a intentar la llamada".into()
            }
        }
    }

    /// Whether the call may still have been carried out: its answer was lost or unreadable, or
    /// a gateway answered 502 or 504. `false` when it surely was not: refused before acting
    /// (429, 503, any other 4xx), never sent (a rule, the configuration), or stopped before a
    /// try that could have. A create that may have happened is not repeated blindly.
    pub fn may_have_happened(&self) -> bool {
        match self {
            Self::Invalid(_)
            | Self::Config(_)
            | Self::FlowId(_)
            | Self::Placeholder
            | Self::NothingToChange
            | Self::Query(_)
            | Self::Listing { .. } => false,
            Self::Stopped { may_have_happened } => *may_have_happened,
            Self::Api { status, .. } | Self::Http { status, .. } => {
                let status = StatusCode::from_u16(*status).unwrap_or(StatusCode::BAD_GATEWAY);
                !status.is_client_error() && Reach::of_status(status).may_have_happened()
            }
            // Answered, but not readably (or a redirect, which a proxy may send after acting),
            // or the answer lost: it may have been done.
            Self::Redirect { .. }
            | Self::TooLarge { .. }
            | Self::Decode { .. }
            | Self::Transport { .. } => true,
        }
    }
}

// `Display` and `Error` by hand rather than `thiserror`: the words are `message_in`'s, one match
// a language; an `#[error("...")]` would word each error a second time, in English only.
impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for ClientError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Invalid(errors) => Some(errors),
            Self::Api { error, .. } => Some(error),
            _ => None,
        }
    }
}

impl From<ValidationErrors> for ClientError {
    fn from(errors: ValidationErrors) -> Self {
        Self::Invalid(errors)
    }
}

/// A typed flow that serde could not write (a bug of this crate, reported, not a panic).
pub(super) fn not_json(error: &serde_json::Error) -> ClientError {
    let error = error.to_string();
    ClientError::Config(Message::from_fn(|lang| {
        verifik_flow_rules::words::not_writable(lang, &error)
    }))
}
