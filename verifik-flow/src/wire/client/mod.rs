//! A client for Verifik's project-flow endpoints.
//!
//! Bodies are validated before they are sent: a flow that breaks a rule never leaves the
//! process. The token is sent only in the `Authorization` header, marked sensitive, and never
//! appears in `Debug` output or in errors.
//!
//! ```no_run
//! # async fn run() -> Result<(), verifik_flow::client::ClientError> {
//! use verifik_flow::ProjectFlow;
//! use verifik_flow::client::Client;
//!
//! let client = Client::from_env()?; // VERIFIK_TOKEN, and VERIFIK_BASE_URL if set
//! let flow = ProjectFlow::smart_enroll("65b03015c03e1a1b595fe61c".parse().unwrap(), "KYC")
//!     .build()?;
//! let record = client.create(&flow).await?;
//! println!("created {} (version {:?})", record.id, record.version);
//! # Ok(())
//! # }
//! ```

mod address;
mod endpoints;
mod error;
mod pace;
mod registrations;
mod send;
mod token;
mod walk;

use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::Message;
pub use crate::wire::listing::{ListingProblem, MAX_FLOWS_A_PROJECT};
pub use crate::wire::response::{DeletedFlow, ListPage, ListQuery};
/// A request to stop (`with_stop`); the same as `plan::Stop`.
pub use crate::wire::stop::Stop;
pub use address::check_flow_id;
use address::{check_base_url, host_is_loopback};
pub use error::{ClientError, Failure};
pub use pace::{Pace, VERIFIK_CALLS_PER_MINUTE};
pub use registrations::RegistrationConflict;
#[doc(hidden)]
pub use send::__read_answer;
use token::Token;
pub use walk::{WalkRefused, Walked};

/// Verifik's API, used when `VERIFIK_BASE_URL` is not set.
pub const DEFAULT_BASE_URL: &str = "https://api.verifik.co";
/// How long connecting may take by default.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a whole request may take by default.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The largest answer the client reads; past it the call fails (an endless answer must not
/// grow the client's memory without bound).
pub const MAX_ANSWER_BYTES: usize = 16 * 1024 * 1024;
/// How many times a call is tried: any call when Verifik refused it before acting (429, 503,
/// no connection); an idempotent one (`get`, `list`, `delete`) also after a try that may have
/// happened (a 502 or 504, a lost connection).
pub const MAX_ATTEMPTS: u32 = 3;
/// The longest the client waits, in all, between the tries of one call, unless set otherwise
/// ([`Client::with_max_wait`]); a `Retry-After` past what is left is returned as the error.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);
/// The most characters of one text of an answer that an error shows (a message, a code, a
/// field, an excerpt); a longer one is cut there and ends with `...`.
pub const MAX_SHOWN_CHARS: usize = 500;
/// A token shorter than this is not looked for in the texts an error shows: replacing a few
/// common characters would garble the text, and no real token is that short.
pub const MIN_REDACTED_TOKEN: usize = 8;
/// A client for the project-flow endpoints.
#[derive(Clone, Debug)]
pub struct Client {
    http: reqwest::Client,
    /// The base URL, ending in `/`: each call's path is joined to it (`Url::join`).
    base: url::Url,
    token: Token,
    /// At most so many calls a period, when set ([`Client::paced`]).
    pace: Option<std::sync::Arc<tokio::sync::Mutex<Pace>>>,
    /// The longest wait, in all, between the tries of one call.
    max_wait: Duration,
    /// A stop asked for abandons a wait between tries ([`Client::with_stop`]).
    stop: Option<crate::wire::stop::Stop>,
}

impl Client {
    /// A client from the environment: `VERIFIK_TOKEN` (required) and `VERIFIK_BASE_URL`
    /// (default [`DEFAULT_BASE_URL`]).
    pub fn from_env() -> Result<Self, ClientError> {
        let token = std::env::var("VERIFIK_TOKEN")
            .ok()
            .filter(|token| !token.trim().is_empty())
            .ok_or_else(|| {
                ClientError::Config(Message::from_fn(|lang| {
                    crate::words::of(lang).token_not_set()
                }))
            })?;
        let base_url =
            std::env::var("VERIFIK_BASE_URL").unwrap_or_else(|_| DEFAULT_BASE_URL.into());
        Self::new(&base_url, &token)
    }

    /// A client for `base_url` with `token`, and the default timeouts. Plain `http://` is
    /// accepted only for loopback addresses (a local stand-in).
    pub fn new(base_url: &str, token: &str) -> Result<Self, ClientError> {
        Self::with_timeouts(
            base_url,
            token,
            DEFAULT_CONNECT_TIMEOUT,
            DEFAULT_REQUEST_TIMEOUT,
        )
    }

    /// [`Client::new`] with other timeouts.
    pub fn with_timeouts(
        base_url: &str,
        token: &str,
        connect: Duration,
        request: Duration,
    ) -> Result<Self, ClientError> {
        let base = check_base_url(base_url)?;
        let mut header = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| {
            ClientError::Config(Message::from_fn(|lang| {
                crate::words::of(lang).token_not_header()
            }))
        })?;
        header.set_sensitive(true);
        let token = Token {
            header,
            text: token.to_owned(),
        };
        // rustls needs a crypto provider; ring's, unless the application installed another
        // (then this one is not installed, and that is no error). rustls 0.23.48 deprecates
        // `ring::default_provider` with no undeprecated ring path; ring keeps a user's build
        // free of a C toolchain (aws-lc-rs needs one). `scripts/fresh-resolution.sh` finds the
        // next such warning before a release.
        #[allow(deprecated)]
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut http = reqwest::Client::builder()
            .connect_timeout(connect)
            .timeout(request)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("verifik-flow/", env!("CARGO_PKG_VERSION")));
        // `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` are honoured as reqwest
        // reads them, except for a local stand-in, which is never reached through a proxy.
        if host_is_loopback(&base) {
            http = http.no_proxy();
        }
        let http = http.build().map_err(|error| {
            ClientError::Config(Message::from_fn({
                let error = (error).to_string();
                move |lang| crate::words::of(lang).cannot_set_up_http(&error)
            }))
        })?;
        Ok(Self {
            http,
            base,
            token,
            pace: None,
            max_wait: MAX_RETRY_AFTER,
            stop: None,
        })
    }

    /// This client, sending at most `calls` calls every `per`; a call past that waits for its
    /// turn. Verifik allows [`VERIFIK_CALLS_PER_MINUTE`] project-flow calls a minute: the CLI
    /// paces itself so (`Client::paced(VERIFIK_CALLS_PER_MINUTE, Duration::from_mins(1))`).
    #[must_use]
    pub fn paced(mut self, calls: u32, per: Duration) -> Self {
        self.pace = Some(std::sync::Arc::new(tokio::sync::Mutex::new(Pace::new(
            calls, per,
        ))));
        self
    }

    /// This client, waiting at most `max_wait` in all between the tries of one call (its
    /// `Retry-After`s and pauses; [`MAX_RETRY_AFTER`] by default). A wait past it is not
    /// waited: the last answer is returned.
    #[must_use]
    pub fn with_max_wait(mut self, max_wait: Duration) -> Self {
        self.max_wait = max_wait;
        self
    }

    /// This client, abandoning at once any wait between two tries of a call (and for its
    /// turn, when paced) once `stop` is asked for: the call fails with
    /// [`ClientError::Stopped`]. A call in flight is not cut.
    #[must_use]
    pub fn with_stop(mut self, stop: crate::wire::stop::Stop) -> Self {
        self.stop = Some(stop);
        self
    }

    /// The base URL calls go to (without a final `/`).
    pub fn base_url(&self) -> &str {
        self.base.as_str().trim_end_matches('/')
    }
}
