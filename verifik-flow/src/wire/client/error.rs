//! What went wrong with a call, told apart by what to do about it, in each language.

use reqwest::StatusCode;

use super::send::Reach;
use crate::{ApiError, Lang, Message, ValidationErrors};

/// What failed of a request that did not complete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Failure {
    /// It took longer than the timeout.
    TimedOut,
    /// No connection could be made (a wrong address, nothing listening, DNS, TLS).
    Connect,
    /// It failed otherwise (the connection dropped, ...).
    Other,
}

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
        /// The start of the body, controls escaped (empty when there is none).
        excerpt: String,
    },
    /// Verifik answered with a redirect, which the client does not follow (a redirect would
    /// resend the token, and a POST, elsewhere).
    Redirect {
        /// The HTTP status (301, 302, 307, ...).
        status: u16,
        /// The `Location` it points to (controls escaped), when it gives one.
        location: Option<String>,
    },
    /// The answer was larger than [`MAX_ANSWER_BYTES`](super::MAX_ANSWER_BYTES); it was not read further.
    TooLarge {
        /// The HTTP status.
        status: u16,
    },
    /// The request did not complete: connection, TLS, timeout.
    Transport {
        /// The base URL the call went to (which Verifik: a network error always names it).
        base_url: String,
        /// What failed.
        failure: Failure,
        /// Why, as the HTTP stack words it (its own words, in English; may be empty).
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
    /// Verifik refused to create or move an app registration for a documented reason (a
    /// 409): the e-mail or phone registered already, no contact, no country code, `end`
    /// before the sign-up form passed.
    Conflict {
        /// Which one.
        conflict: super::RegistrationConflict,
        /// Verifik's error body.
        error: ApiError,
    },
    /// A walk on the stand-in ([`Client::walk`](super::Client::walk)) was refused before
    /// anything was created.
    Walk(super::WalkRefused),
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
        match self {
            Self::Invalid(errors) => format!(
                "{}:\n{}",
                crate::words::of(lang).body_breaks_rules(),
                errors.message_in(lang)
            ),
            Self::Config(message) | Self::FlowId(message) => message.get(lang).to_owned(),
            Self::Query(message) => crate::words::of(lang).query_refused(message.get(lang)),
            Self::Listing { project, problem } => problem.message_in(project, lang),
            Self::Walk(refused) => refused.message_in(lang),
            _ => crate::words::of(lang).client_error(self),
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
            | Self::Listing { .. }
            | Self::Walk(_)
            // Refused before acting.
            | Self::Conflict { .. } => false,
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
            Self::Api { error, .. } | Self::Conflict { error, .. } => Some(error),
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
    ClientError::Config(Message::from_fn(move |lang| {
        lang.words().not_writable(&error)
    }))
}
