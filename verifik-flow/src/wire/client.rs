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

use std::fmt;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, HeaderValue, LOCATION, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;

pub use crate::wire::listing::{ListingProblem, MAX_FLOWS_A_PROJECT};
pub use crate::wire::response::{DeletedFlow, ListPage, ListQuery};
use crate::{ApiError, Flow, Lang, Message, ProjectFlow, ProjectFlowRecord, ValidationErrors};

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
    /// An ID that cannot name a project flow in a path ([`check_flow_id`]); nothing was sent.
    FlowId(Message),
    /// The body's `project` is [`PLACEHOLDER_PROJECT`](crate::PLACEHOLDER_PROJECT), and the
    /// base URL is not a loopback stand-in; nothing was sent.
    Placeholder,
    /// An update with no key to change (`{}`, or only the editor hint `$schema`): nothing was
    /// sent, so Verifik did not raise the flow's `version` for nothing.
    NothingToChange,
    /// A list's `page` or `limit` is out of the range Verifik takes
    /// ([`ListQuery::page_and_limit`]); nothing was sent.
    Query(Message),
    /// Reading every flow of a project ([`Client::list_all`]) did not give an exact list.
    Listing {
        /// The project listed.
        project: String,
        /// What was wrong with the pages.
        problem: crate::wire::listing::ListingProblem,
    },
    /// A stop was asked for ([`Client::with_stop`]) while the call waited to be tried again;
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

/// The bearer token: kept out of `Debug`, logs and errors. `text` is kept to redact it from
/// what an answer echoes back.
#[derive(Clone)]
struct Token {
    header: HeaderValue,
    text: String,
}

impl Token {
    /// `text` as an error may show it: the token (so its `Bearer` form too) replaced by `***`,
    /// cut to [`MAX_SHOWN_CHARS`], controls and bidi characters escaped. Every text of an
    /// answer that reaches an error passes here.
    fn shown(&self, text: &str) -> String {
        let redacted = if self.text.chars().count() >= MIN_REDACTED_TOKEN {
            std::borrow::Cow::Owned(text.replace(&self.text, "***"))
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        let mut cut: String = redacted.chars().take(MAX_SHOWN_CHARS).collect();
        if redacted.chars().nth(MAX_SHOWN_CHARS).is_some() {
            cut.push_str("...");
        }
        crate::printable(&cut).into_owned()
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

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
    stop: Option<crate::plan::Stop>,
}

/// Verifik's limit: 50 project-flow calls a minute.
pub const VERIFIK_CALLS_PER_MINUTE: u32 = 50;

/// A limit of `calls` calls every `per`: the times of the calls sent within the last `per`.
#[derive(Debug)]
pub struct Pace {
    calls: usize,
    per: Duration,
    sent: std::collections::VecDeque<std::time::Instant>,
}

impl Pace {
    /// At most `calls` calls (at least one) every `per`.
    pub fn new(calls: u32, per: Duration) -> Self {
        Self {
            calls: usize::try_from(calls.max(1)).unwrap_or(usize::MAX),
            per,
            sent: std::collections::VecDeque::new(),
        }
    }

    /// How long a call made `now` must wait for its turn (zero: it may go now). A pure
    /// function of the calls recorded, so that the limit is tested without sleeping.
    pub fn wait(&mut self, now: std::time::Instant) -> Duration {
        while self
            .sent
            .front()
            .is_some_and(|at| now.saturating_duration_since(*at) >= self.per)
        {
            self.sent.pop_front();
        }
        if self.sent.len() < self.calls {
            return Duration::ZERO;
        }
        self.sent.front().map_or(Duration::ZERO, |first| {
            (*first + self.per).saturating_duration_since(now)
        })
    }

    /// Records a call sent at `at`.
    pub fn sent(&mut self, at: std::time::Instant) {
        self.sent.push_back(at);
    }
}

impl Client {
    /// A client from the environment: `VERIFIK_TOKEN` (required) and `VERIFIK_BASE_URL`
    /// (default [`DEFAULT_BASE_URL`]).
    pub fn from_env() -> Result<Self, ClientError> {
        let token = std::env::var("VERIFIK_TOKEN")
            .ok()
            .filter(|token| !token.trim().is_empty())
            .ok_or_else(|| {
                ClientError::Config(Message::new(
                    "VERIFIK_TOKEN is not set: export your Verifik API token",
                    "VERIFIK_TOKEN no está definida: exporta tu token de la API de Verifik",
                ))
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
            ClientError::Config(Message::new(
                "the token has characters a header cannot carry",
                "el token tiene caracteres que una cabecera HTTP no puede llevar",
            ))
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
            ClientError::Config(Message::new(
                format!("cannot set up HTTP: {error}"),
                format!("no se puede preparar HTTP: {error}"),
            ))
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
    pub fn with_stop(mut self, stop: crate::plan::Stop) -> Self {
        self.stop = Some(stop);
        self
    }

    /// Sleeps `wait`, or less when a stop is asked for meanwhile (then `false`). A stop is
    /// looked at every 50 ms: a signal handler sets it, and nothing here needs to be woken.
    async fn pause(&self, wait: Duration) -> bool {
        let Some(stop) = &self.stop else {
            tokio::time::sleep(wait).await;
            return true;
        };
        let until = tokio::time::Instant::now() + wait.min(Duration::from_hours(24));
        loop {
            if stop.is_stopped() {
                return false;
            }
            let left = until.saturating_duration_since(tokio::time::Instant::now());
            if left.is_zero() {
                return true;
            }
            tokio::time::sleep(left.min(Duration::from_millis(50))).await;
        }
    }

    /// Waits for the turn of one call, when the client is paced (`false`: stopped).
    async fn turn(&self) -> bool {
        let Some(pace) = &self.pace else { return true };
        // The lock is held while waiting: calls take their turns in order.
        let mut pace = pace.lock().await;
        let wait = pace.wait(std::time::Instant::now());
        if !wait.is_zero() && !self.pause(wait).await {
            return false;
        }
        pace.sent(std::time::Instant::now());
        true
    }

    /// The base URL calls go to (without a final `/`).
    pub fn base_url(&self) -> &str {
        self.base.as_str().trim_end_matches('/')
    }

    /// `POST /v2/project-flows`: creates the Smart Enroll `flow`, after checking every rule
    /// locally.
    pub async fn create(&self, flow: &ProjectFlow) -> Result<ProjectFlowRecord, ClientError> {
        let body = serde_json::to_value(flow).map_err(|e| not_json(&e))?;
        self.create_value(&body).await
    }

    /// `POST /v2/project-flows`: creates a flow of either kind (a Smart Enroll
    /// [`ProjectFlow`] or a Smart Access [`LoginFlow`](crate::LoginFlow)), after checking every
    /// rule locally.
    pub async fn create_flow(&self, flow: &Flow) -> Result<ProjectFlowRecord, ClientError> {
        let body = serde_json::to_value(flow).map_err(|e| not_json(&e))?;
        crate::validate_flow(&body)?;
        self.refuse_placeholder(&body)?;
        self.send(Method::POST, "v2/project-flows", &[], Some(&body), false)
            .await?
            .decode_data(&self.token)
    }

    /// `POST /v2/project-flows` with a JSON body of either kind, after checking every rule
    /// locally (by its `type`). What is sent is the typed flow: a `$schema` editor hint in
    /// `body` is not.
    pub async fn create_value(&self, body: &Value) -> Result<ProjectFlowRecord, ClientError> {
        self.create_flow(&crate::validate_flow(body)?).await
    }

    /// `GET /v2/project-flows/{id}`. The ID (an [`ObjectId`](crate::ObjectId), or a record's `id` as Verifik
    /// wrote it) is sent in lower case.
    pub async fn get(
        &self,
        id: &(impl AsRef<str> + ?Sized),
    ) -> Result<ProjectFlowRecord, ClientError> {
        let path = flow_path("v2", id.as_ref())?;
        self.send(Method::GET, &path, &[], None, true)
            .await?
            .decode_data(&self.token)
    }

    /// `GET /v2/project-flows` with filters and a page.
    /// A `page` or `limit` out of range is refused before anything is sent
    /// ([`ClientError::Query`]).
    pub async fn list(&self, query: &ListQuery) -> Result<ListPage, ClientError> {
        query.page_and_limit().map_err(ClientError::Query)?;
        // A list (`populates[]`) is the key once a value, as Verifik reads it.
        let pairs: Vec<(String, String)> = serde_json::to_value(query)
            .ok()
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default()
            .into_iter()
            .flat_map(|(key, value)| {
                let values = match value {
                    Value::Array(values) => values,
                    value => vec![value],
                };
                values.into_iter().map(move |value| {
                    let text = value
                        .as_str()
                        .map_or_else(|| value.to_string(), str::to_owned);
                    (key.clone(), text)
                })
            })
            .collect();
        self.send(Method::GET, "v2/project-flows", &pairs, None, true)
            .await?
            .decode(&self.token)
    }

    /// `PUT /v2/project-flows/{id}` of a typed [`FlowPatch`](crate::FlowPatch): each key it
    /// sets is sent whole; an empty patch is not sent ([`ClientError::NothingToChange`]).
    pub async fn update_patch(
        &self,
        id: &(impl AsRef<str> + ?Sized),
        patch: &crate::FlowPatch,
    ) -> Result<ProjectFlowRecord, ClientError> {
        self.update(id, &patch.to_json()).await
    }

    /// `PUT /v2/project-flows/{id}`: changes only the keys of `changes` (a JSON object);
    /// Verifik checks the result against every rule and raises `version`. Each key is checked
    /// first ([`validate_partial`](crate::validate_partial)): a partial that breaks a key's
    /// rule is not sent. A `$schema` editor hint is not sent; an update with no other key is
    /// not sent at all ([`ClientError::NothingToChange`]).
    pub async fn update(
        &self,
        id: &(impl AsRef<str> + ?Sized),
        changes: &Value,
    ) -> Result<ProjectFlowRecord, ClientError> {
        let Some(members) = changes.as_object() else {
            return Err(ClientError::Config(Message::new(
                "an update is a JSON object of the keys to change",
                "una actualización es un objeto JSON con las claves que cambian",
            )));
        };
        crate::validate_partial(changes)?;
        let mut sent = members.clone();
        sent.remove("$schema");
        if sent.is_empty() {
            return Err(ClientError::NothingToChange);
        }
        self.refuse_placeholder(changes)?;
        let path = flow_path("v2", id.as_ref())?;
        self.send(Method::PUT, &path, &[], Some(&Value::Object(sent)), false)
            .await?
            .decode_data(&self.token)
    }

    /// `DELETE /v3/project-flows/{id}`. Tried again when the answer is lost. A 404 after an
    /// earlier try that may have reached Verifik (a timeout, a connection lost after sending,
    /// a 502 or 504) means that try deleted the flow, and is reported as deleted; after tries
    /// that Verifik refused (429, 503) or that never connected, a 404 is "not found".
    pub async fn delete(
        &self,
        id: &(impl AsRef<str> + ?Sized),
    ) -> Result<DeletedFlow, ClientError> {
        let path = flow_path("v3", id.as_ref())?;
        let answer = self.send(Method::DELETE, &path, &[], None, true).await?;
        if answer.status == StatusCode::NOT_FOUND && answer.earlier_may_have_happened {
            return Ok(DeletedFlow {
                id: path_id(id.as_ref()),
                flow_type: None,
                target: None,
                status: Some(crate::RecordStatus::Deleted),
                other: serde_json::Map::new(),
            });
        }
        answer.decode_data(&self.token)
    }

    /// A body whose `project` is [`PLACEHOLDER_PROJECT`](crate::PLACEHOLDER_PROJECT) (what
    /// `verifik-flow new` writes until you give yours) goes to a local stand-in only, never to
    /// Verifik.
    fn refuse_placeholder(&self, body: &Value) -> Result<(), ClientError> {
        let placeholder =
            body.get("project").and_then(Value::as_str) == Some(crate::PLACEHOLDER_PROJECT);
        if placeholder && !host_is_loopback(&self.base) {
            return Err(ClientError::Placeholder);
        }
        Ok(())
    }

    /// Sends one call and reads its answer (at most [`MAX_ANSWER_BYTES`]). A call is tried
    /// again, at most [`MAX_ATTEMPTS`] times, after `Retry-After` (seconds or an HTTP date, up
    /// to [`MAX_RETRY_AFTER`]) when Verifik sends one, else after a growing, jittered pause:
    /// any call after a try Verifik refused before acting (429, 503, no connection); an
    /// idempotent one also after a try that may have happened (a 502 or 504, a lost
    /// connection). A `create` or an `update` that may have happened is never sent again.
    async fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(String, String)],
        body: Option<&Value>,
        idempotent: bool,
    ) -> Result<Answer, ClientError> {
        // `path` is relative and its ID percent-encoded: joined, it stays below the base.
        let url = self.base.join(path).map_err(|error| {
            ClientError::Config(Message::new(
                format!("cannot make a URL of {path}: {error}"),
                format!("no se puede formar una URL con {path}: {error}"),
            ))
        })?;
        let mut attempt = 1;
        let mut earlier_may_have_happened = false;
        let mut waited = Duration::ZERO;
        loop {
            if !self.turn().await {
                return Err(ClientError::Stopped {
                    may_have_happened: earlier_may_have_happened,
                });
            }
            let mut request = self
                .http
                .request(method.clone(), url.clone())
                .header(AUTHORIZATION, self.token.header.clone())
                .query(query);
            if let Some(body) = body {
                request = request.json(body);
            }
            let more = attempt < MAX_ATTEMPTS;
            // A try that never reached Verifik is sent again whatever the method; one that may
            // have happened only when the call is safe to repeat.
            let retry = |reach: Reach| more && (idempotent || reach == Reach::NotReached);
            let response = match request.send().await {
                Ok(response) => response,
                Err(error)
                    if retry(Reach::of_error(&error))
                        && (error.is_connect() || error.is_request()) =>
                {
                    earlier_may_have_happened |= Reach::of_error(&error).may_have_happened();
                    if !self.pause(backoff(attempt)).await {
                        return Err(ClientError::Stopped {
                            may_have_happened: earlier_may_have_happened,
                        });
                    }
                    attempt += 1;
                    continue;
                }
                Err(error) => return Err(self.transport(&error)),
            };
            let status = response.status();
            if status.is_redirection() {
                let location = response
                    .headers()
                    .get(LOCATION)
                    .map_or("nowhere".into(), |l| {
                        self.token.shown(&String::from_utf8_lossy(l.as_bytes()))
                    });
                return Err(ClientError::Redirect {
                    status: status.as_u16(),
                    location,
                });
            }
            let retry_after = response
                .headers()
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(retry_after);
            let retryable = retry(Reach::of_status(status))
                && matches!(
                    status,
                    StatusCode::TOO_MANY_REQUESTS
                        | StatusCode::BAD_GATEWAY
                        | StatusCode::SERVICE_UNAVAILABLE
                        | StatusCode::GATEWAY_TIMEOUT
                );
            if retryable && let Some(wait) = next_wait(waited, retry_after, attempt, self.max_wait)
            {
                earlier_may_have_happened |= Reach::of_status(status).may_have_happened();
                if !self.pause(wait).await {
                    return Err(ClientError::Stopped {
                        may_have_happened: earlier_may_have_happened,
                    });
                }
                waited = waited.saturating_add(wait);
                attempt += 1;
                continue;
            }
            let bytes = read_bounded(response).await.map_err(|error| match error {
                BodyError::TooLarge => ClientError::TooLarge {
                    status: status.as_u16(),
                },
                BodyError::Transport(error) => self.transport(&error),
            })?;
            return Ok(Answer {
                status,
                bytes,
                earlier_may_have_happened,
            });
        }
    }

    /// A transport error, without the URL's query or anything of the request's headers, and
    /// with the token redacted should a cause quote it.
    fn transport(&self, error: &reqwest::Error) -> ClientError {
        let kind = if error.is_timeout() {
            "timed out"
        } else if error.is_connect() {
            "could not connect"
        } else {
            "failed"
        };
        let mut message = kind.to_owned();
        let mut source = std::error::Error::source(error);
        while let Some(cause) = source {
            message.push_str(": ");
            message.push_str(&cause.to_string());
            source = cause.source();
        }
        ClientError::Transport {
            base_url: self.token.shown(self.base_url()),
            cause: self.token.shown(&message),
        }
    }
}

/// What a try that failed says of the call: whether Verifik may have carried it out. The one
/// place that tells "not reached" from "may have happened"; a retry builds on it (a delete
/// answered 404 after a try that may have happened was that try's doing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reach {
    /// Verifik never had the call, or refused it before acting: no connection was made, or
    /// it answered 429 (too many calls) or 503 (unavailable).
    NotReached,
    /// The call may have been carried out and its answer lost: a timeout, a connection lost
    /// after sending, or a gateway's 502 or 504 (Verifik behind it may have acted).
    MayHaveHappened,
}

impl Reach {
    fn of_status(status: StatusCode) -> Self {
        match status {
            StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE => Self::NotReached,
            _ => Self::MayHaveHappened,
        }
    }

    fn of_error(error: &reqwest::Error) -> Self {
        if error.is_connect() {
            Self::NotReached
        } else {
            Self::MayHaveHappened
        }
    }

    fn may_have_happened(self) -> bool {
        self == Self::MayHaveHappened
    }
}

/// A call's final answer.
struct Answer {
    status: StatusCode,
    bytes: Vec<u8>,
    /// Whether a try before this one may have been carried out ([`Reach`]).
    earlier_may_have_happened: bool,
}

impl Answer {
    /// [`decode`](Self::decode), inside `{ "data": ... }` or bare: Verifik's routes answer
    /// both ways.
    fn decode_data<T: DeserializeOwned>(self, token: &Token) -> Result<T, ClientError> {
        let status = self.status.as_u16();
        let value: Value = self.decode(token)?;
        serde_json::from_value(crate::wire::response::unwrap_data(value)).map_err(|error| {
            ClientError::Decode {
                status,
                message: token.shown(&error.to_string()),
            }
        })
    }

    /// The body as `T` on success; on an error status, the error in whatever shape it came.
    fn decode<T: DeserializeOwned>(self, token: &Token) -> Result<T, ClientError> {
        let status = self.status.as_u16();
        if self.status.is_success() {
            return serde_json::from_slice(&self.bytes).map_err(|error| ClientError::Decode {
                status,
                message: token.shown(&error.to_string()),
            });
        }
        Err(error_answer(self.status, &self.bytes, token))
    }
}

/// An error answer of any documented shape: `{message, code, details}`, `{error}`,
/// `{success: false, error, code}`, the Spanish pages' `{error: {message, code, details}}`, or
/// not JSON at all (an HTML page from a proxy). Every text
/// taken from it is as [`Token::shown`] makes it: bounded, escaped, the token redacted.
fn error_answer(status: StatusCode, bytes: &[u8], token: &Token) -> ClientError {
    let text = |value: &Value| value.as_str().map(|text| token.shown(text));
    if let Ok(Value::Object(answer)) = serde_json::from_slice::<Value>(bytes) {
        // The Spanish pages' envelope: `{ "error": { "message", "code", "details" },
        // "timestamp", "status" }`; its `details` is a sentence.
        let body = match answer.get("error") {
            Some(Value::Object(inner)) if inner.get("message").is_some() => {
                let mut inner = inner.clone();
                if let (Some(message), Some(Value::String(more))) = (
                    inner.get("message").and_then(Value::as_str),
                    inner.get("details"),
                ) {
                    let joined = format!("{message} ({more})");
                    inner.insert("message".into(), Value::from(joined));
                }
                inner.remove("details");
                if let Some(timestamp) = answer.get("timestamp") {
                    inner.insert("timestamp".into(), timestamp.clone());
                }
                inner
            }
            _ => answer,
        };
        let message = body
            .get("message")
            .and_then(text)
            .or_else(|| body.get("error").and_then(text));
        if let Some(message) = message {
            let details = body
                .get("details")
                .and_then(Value::as_array)
                .map(|details| {
                    details
                        .iter()
                        .map(|detail| crate::ApiErrorDetail {
                            field: detail.get("field").and_then(text).unwrap_or_default(),
                            message: detail.get("message").and_then(text).unwrap_or_default(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            return ClientError::Api {
                status: status.as_u16(),
                error: ApiError {
                    message,
                    code: body.get("code").and_then(text).unwrap_or_else(|| {
                        status
                            .canonical_reason()
                            .unwrap_or("Error")
                            .replace(' ', "")
                    }),
                    status: Some(status.as_u16()),
                    timestamp: body.get("timestamp").and_then(text),
                    details,
                },
            };
        }
    }
    ClientError::Http {
        status: status.as_u16(),
        excerpt: excerpt(bytes, token),
    }
}

/// The start of a body that is not JSON, as one printable line (white space folded).
fn excerpt(bytes: &[u8], token: &Token) -> String {
    let text = String::from_utf8_lossy(bytes);
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.is_empty() {
        return "(an empty body)".into();
    }
    token.shown(&line)
}

/// Why a body was not read.
enum BodyError {
    TooLarge,
    Transport(reqwest::Error),
}

/// Reads the body, refusing more than [`MAX_ANSWER_BYTES`].
async fn read_bounded(mut response: reqwest::Response) -> Result<Vec<u8>, BodyError> {
    if response
        .content_length()
        .is_some_and(|length| length > MAX_ANSWER_BYTES as u64)
    {
        return Err(BodyError::TooLarge);
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        if bytes.len() + chunk.len() > MAX_ANSWER_BYTES {
            return Err(BodyError::TooLarge);
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// `Retry-After` in seconds or as an HTTP date.
pub(crate) fn retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// The wait before trying a call again that Verifik refused for now: its `Retry-After`, else
/// [`backoff`]; `None` when that would take the waits of the call past `max_wait`. Whatever a
/// server sends (`Retry-After: 18446744073709551615`), the sum saturates rather than overflow,
/// and the cap decides. (Kept by hand rather than `backon`: the wait is Verifik's
/// `Retry-After` when it sends one, a try is repeated by what [`Reach`] says of the last one,
/// and a stop abandons the wait; `backon` would hold only the growing pause.)
fn next_wait(
    waited: Duration,
    retry_after: Option<Duration>,
    attempt: u32,
    max_wait: Duration,
) -> Option<Duration> {
    let wait = retry_after.unwrap_or_else(|| backoff(attempt));
    (waited.saturating_add(wait) <= max_wait).then_some(wait)
}

/// An answer, as the client reads it, for the fuzz target `client_answer` (not API: it may
/// change in any release). `status`, a `Retry-After` value and a body: the waits it would lead
/// to from any earlier ones, and the error or record the client would give, worded in both
/// languages. Nothing a server sends may panic here.
#[doc(hidden)]
pub fn __read_answer(status: u16, retry: &[u8], body: &[u8]) -> (Vec<Option<Duration>>, String) {
    let token = Token {
        header: HeaderValue::from_static("Bearer fuzz-token-secret"),
        text: "fuzz-token-secret".into(),
    };
    let retry_after = std::str::from_utf8(retry).ok().and_then(retry_after);
    let waits = [Duration::ZERO, Duration::from_secs(1), Duration::MAX]
        .into_iter()
        .map(|waited| next_wait(waited, retry_after, 3, MAX_RETRY_AFTER))
        .collect();
    let Ok(status) = StatusCode::from_u16(status) else {
        return (waits, String::new());
    };
    let answer = || Answer {
        status,
        bytes: body.to_vec(),
        earlier_may_have_happened: false,
    };
    let record: Result<ProjectFlowRecord, ClientError> = answer().decode_data(&token);
    let page: Result<ListPage, ClientError> = answer().decode(&token);
    let mut words = String::new();
    for error in [record.err(), page.err()].into_iter().flatten() {
        let _ = error.may_have_happened();
        for lang in Lang::ALL {
            words.push_str(&error.message_in(lang));
            words.push('\n');
        }
    }
    (waits, words)
}

/// The pause before try `attempt + 1` when Verifik says nothing: 250 ms, then 500 ms, ...,
/// each with up to as much again at random, so that clients that failed together do not
/// come back together.
fn backoff(attempt: u32) -> Duration {
    use std::hash::{BuildHasher, Hasher};
    let base = Duration::from_millis(250) * 2u32.saturating_pow(attempt.saturating_sub(1));
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(attempt);
    let per_mille = u32::try_from(hasher.finish() % 1000).unwrap_or(0);
    base + base * per_mille / 1000
}

/// The characters of an ID written raw in a path segment: RFC 3986's unreserved ones. Every
/// other byte is percent-encoded, so the segment decodes to exactly the ID.
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// An ID as it is sent: an ObjectId (hex digits only) in lower case, as Verifik stores it;
/// any other ID (such as the 23-digit `_id` of the documentation's create answer) as given.
fn path_id(id: &str) -> String {
    if id.bytes().all(|b| b.is_ascii_hexdigit()) {
        id.to_ascii_lowercase()
    } else {
        id.to_owned()
    }
}

/// `{version}/project-flows/{id}` (relative to the base URL), the ID percent-encoded. Any ID
/// Verifik may have written is taken (it answers 400 or 404 to one it does not know); only one
/// that would name another resource ([`check_flow_id`]) is refused.
fn flow_path(version: &str, id: &str) -> Result<String, ClientError> {
    check_flow_id(id).map_err(ClientError::FlowId)?;
    Ok(format!(
        "{version}/project-flows/{}",
        percent_encoding::utf8_percent_encode(&path_id(id), PATH_SEGMENT)
    ))
}

/// Whether `id` can name a project flow in a path: not empty, no `/`, `?` or `#`, and not
/// `.` or `..` (which every URL parser reads as "this folder" or "the one above"). The CLI
/// reads its ID arguments with this rule.
pub fn check_flow_id(id: &str) -> Result<(), Message> {
    if id.is_empty() {
        return Err(Message::new(
            "a project flow ID cannot be empty",
            "un ID de flujo de proyecto no puede estar vacío",
        ));
    }
    if id == "." || id == ".." {
        return Err(Message::new(
            format!(
                "`{id}` is not a project flow ID: a path would read it as a folder; give the \
                 `_id` of the flow as Verifik wrote it"
            ),
            format!(
                "`{id}` no es un ID de flujo de proyecto: una ruta lo leería como una carpeta; \
                 da el `_id` del flujo tal como lo escribió Verifik"
            ),
        ));
    }
    if let Some(c) = id.chars().find(|c| matches!(c, '/' | '?' | '#')) {
        let id = crate::printable(id);
        return Err(Message::new(
            format!(
                "`{id}` is not a project flow ID: it holds `{c}`; give the `_id` of the flow as \
                 Verifik wrote it"
            ),
            format!(
                "`{id}` no es un ID de flujo de proyecto: contiene `{c}`; da el `_id` del flujo \
                 tal como lo escribió Verifik"
            ),
        ));
    }
    Ok(())
}

/// A typed flow that serde could not write (a bug of this crate, reported, not a panic).
fn not_json(error: &serde_json::Error) -> ClientError {
    let error = error.to_string();
    ClientError::Config(Message::from_fn(|lang| {
        verifik_flow_rules::words::not_writable(lang, &error)
    }))
}

/// Whether `url` names this machine: `localhost`, or a loopback address.
fn host_is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// `https://` anywhere; `http://` only to loopback. Returns the URL ending in `/`, so that a
/// relative path such as `v2/project-flows` joins below it (a base URL may have a path of its
/// own, behind a gateway).
fn check_base_url(base_url: &str) -> Result<url::Url, ClientError> {
    let bad = |why: &str| {
        ClientError::Config(Message::new(
            format!(
                "`{base_url}` is not a base URL for Verifik ({why}); use one such as \
                 {DEFAULT_BASE_URL}"
            ),
            format!(
                "`{base_url}` no es una URL base de Verifik ({why}); usa una como \
                 {DEFAULT_BASE_URL}"
            ),
        ))
    };
    let mut url = url::Url::parse(base_url.trim()).map_err(|error| bad(&error.to_string()))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad(
            "it carries credentials; the token goes in VERIFIK_TOKEN",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad("it has a query or a fragment"));
    }
    if url.host().is_none() {
        return Err(bad("it has no host"));
    }
    let loopback = host_is_loopback(&url);
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(ClientError::Config(Message::new(
                format!(
                    "`{base_url}` is plain http to another machine: use https (plain http is \
                     only for loopback stand-ins)"
                ),
                format!(
                    "`{base_url}` es http sin cifrar hacia otra máquina: usa https (http solo \
                     vale para réplicas locales en loopback)"
                ),
            )));
        }
        _ => return Err(bad("its scheme is not https")),
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_is_only_for_loopback() {
        for ok in [
            "https://api.verifik.co",
            "https://api.verifik.co/",
            "http://127.0.0.1:8080",
            "http://localhost:3000",
            "http://[::1]:9",
        ] {
            assert!(check_base_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://api.verifik.co",
            "http://10.0.0.1",
            "ftp://x",
            "api.verifik.co",
            "https://user@host",
            "http://127.0.0.1.evil.com",
        ] {
            assert!(check_base_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_pace_lets_so_many_calls_a_period_through_and_tells_the_next_when_to_go() {
        let start = std::time::Instant::now();
        let mut pace = Pace::new(3, Duration::from_mins(1));
        for n in 0..3 {
            let at = start + Duration::from_secs(n);
            assert_eq!(pace.wait(at), Duration::ZERO, "call {n}");
            pace.sent(at);
        }
        // The fourth waits until the first is a period old.
        let now = start + Duration::from_secs(10);
        assert_eq!(pace.wait(now), Duration::from_secs(50));
        // Then it goes, and the one after waits for the second.
        let later = start + Duration::from_mins(1);
        assert_eq!(pace.wait(later), Duration::ZERO);
        pace.sent(later);
        assert_eq!(pace.wait(later), Duration::from_secs(1));
    }

    #[test]
    fn the_token_is_not_in_debug_output() {
        let client = Client::new("http://127.0.0.1:1", "s3cr3t-token").unwrap();
        let shown = format!("{client:?}");
        assert!(!shown.contains("s3cr3t"), "{shown}");
        assert!(shown.contains("Token(***)"), "{shown}");
    }
}
