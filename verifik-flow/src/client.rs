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

pub use crate::response::{DeletedFlow, ListPage, ListQuery};
use crate::{ApiError, Flow, ProjectFlow, ProjectFlowRecord, ValidationErrors};

/// Verifik's API, used when `VERIFIK_BASE_URL` is not set.
pub const DEFAULT_BASE_URL: &str = "https://api.verifik.co";
/// How long connecting may take by default.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a whole request may take by default.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The largest answer the client reads; past it the call fails (an endless answer must not
/// grow the client's memory without bound).
pub const MAX_ANSWER_BYTES: usize = 16 * 1024 * 1024;
/// How many times an idempotent call (`get`, `list`, `delete`) is tried when Verifik answers
/// 429, 502, 503 or 504, or the connection fails.
pub const MAX_ATTEMPTS: u32 = 3;
/// The longest `Retry-After` the client waits for; a longer one is returned as the error.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);

/// What went wrong with a call, told apart by what to do about it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ClientError {
    /// The body broke a rule; nothing was sent.
    #[error("the body breaks rules; nothing was sent:\n{0}")]
    Invalid(#[from] ValidationErrors),
    /// Verifik answered with an error (422 carries `details`).
    #[error("Verifik answered {status}: {error}")]
    Api {
        /// The HTTP status.
        status: u16,
        /// Verifik's error body.
        error: ApiError,
    },
    /// Verifik (or a proxy in front of it) answered an error status with a body that is not
    /// Verifik's error JSON: an HTML page, plain text, nothing.
    #[error("Verifik answered {status}: {excerpt}")]
    Http {
        /// The HTTP status.
        status: u16,
        /// The start of the body, controls escaped (`(an empty body)` when there is none).
        excerpt: String,
    },
    /// Verifik answered with a redirect, which the client does not follow (a redirect would
    /// resend the token, and a POST, elsewhere).
    #[error(
        "Verifik answered {status} and points to {location}; the client follows no redirect: check VERIFIK_BASE_URL"
    )]
    Redirect {
        /// The HTTP status (301, 302, 307, ...).
        status: u16,
        /// The `Location` it points to (controls escaped).
        location: String,
    },
    /// The answer was larger than [`MAX_ANSWER_BYTES`]; it was not read further.
    #[error("Verifik's answer ({status}) is larger than {} MiB; it was not read", MAX_ANSWER_BYTES / (1024 * 1024))]
    TooLarge {
        /// The HTTP status.
        status: u16,
    },
    /// The request did not complete: connection, TLS, timeout.
    #[error("the request failed: {0}")]
    Transport(String),
    /// Verifik answered, but not with what the endpoint returns.
    #[error("Verifik's answer ({status}) could not be read: {message}")]
    Decode {
        /// The HTTP status.
        status: u16,
        /// Why the body could not be read.
        message: String,
    },
    /// The client is not set up right (no token, a bad base URL).
    #[error("{0}")]
    Config(String),
    /// A list's `page` or `limit` is out of the range Verifik takes
    /// ([`ListQuery::page_and_limit`]); nothing was sent.
    #[error("{0}; nothing was sent")]
    Query(String),
}

/// The bearer token: kept out of `Debug`, logs and errors.
#[derive(Clone)]
struct Token(HeaderValue);

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

/// A client for the project-flow endpoints.
#[derive(Clone, Debug)]
pub struct Client {
    http: reqwest::Client,
    base_url: String,
    token: Token,
}

impl Client {
    /// A client from the environment: `VERIFIK_TOKEN` (required) and `VERIFIK_BASE_URL`
    /// (default [`DEFAULT_BASE_URL`]).
    pub fn from_env() -> Result<Self, ClientError> {
        let token = std::env::var("VERIFIK_TOKEN")
            .ok()
            .filter(|token| !token.trim().is_empty())
            .ok_or_else(|| {
                ClientError::Config(
                    "VERIFIK_TOKEN is not set: export your Verifik API token".into(),
                )
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
        let base_url = check_base_url(base_url)?;
        let mut header = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| {
            ClientError::Config("the token has characters a header cannot carry".into())
        })?;
        header.set_sensitive(true);
        // rustls needs a crypto provider; ring's, unless the application installed another.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut http = reqwest::Client::builder()
            .connect_timeout(connect)
            .timeout(request)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("verifik-flow/", env!("CARGO_PKG_VERSION")));
        // `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` are honoured as reqwest
        // reads them, except for a local stand-in, which is never reached through a proxy.
        if is_loopback(&base_url) {
            http = http.no_proxy();
        }
        let http = http
            .build()
            .map_err(|error| ClientError::Config(format!("cannot set up HTTP: {error}")))?;
        Ok(Self {
            http,
            base_url,
            token: Token(header),
        })
    }

    /// The base URL calls go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// `POST /v2/project-flows`: creates the Smart Enroll `flow`, after checking every rule
    /// locally.
    pub async fn create(&self, flow: &ProjectFlow) -> Result<ProjectFlowRecord, ClientError> {
        let body = serde_json::to_value(flow).map_err(|e| ClientError::Config(e.to_string()))?;
        self.create_value(&body).await
    }

    /// `POST /v2/project-flows`: creates a flow of either kind (a Smart Enroll
    /// [`ProjectFlow`] or a Smart Access [`LoginFlow`](crate::LoginFlow)), after checking every
    /// rule locally.
    pub async fn create_flow(&self, flow: &Flow) -> Result<ProjectFlowRecord, ClientError> {
        let body = serde_json::to_value(flow).map_err(|e| ClientError::Config(e.to_string()))?;
        crate::validate_flow(&body)?;
        self.send(Method::POST, "/v2/project-flows", &[], Some(&body), false)
            .await?
            .decode_data()
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
            .decode_data()
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
        self.send(Method::GET, "/v2/project-flows", &pairs, None, true)
            .await?
            .decode()
    }

    /// `PUT /v2/project-flows/{id}`: changes only the keys of `changes` (a JSON object);
    /// Verifik checks the result against every rule and raises `version`. Each key is checked
    /// first ([`validate_partial`](crate::validate_partial)): a partial that breaks a key's
    /// rule is not sent. A `$schema` editor hint is not sent.
    pub async fn update(
        &self,
        id: &(impl AsRef<str> + ?Sized),
        changes: &Value,
    ) -> Result<ProjectFlowRecord, ClientError> {
        let Some(members) = changes.as_object() else {
            return Err(ClientError::Config(
                "an update is a JSON object of the keys to change".into(),
            ));
        };
        crate::validate_partial(changes)?;
        let mut sent = members.clone();
        sent.remove("$schema");
        let path = flow_path("v2", id.as_ref())?;
        self.send(Method::PUT, &path, &[], Some(&Value::Object(sent)), false)
            .await?
            .decode_data()
    }

    /// `DELETE /v3/project-flows/{id}`. Tried again when the answer is lost; a retried call
    /// answered 404 means an earlier try deleted the flow, and is reported as deleted.
    pub async fn delete(
        &self,
        id: &(impl AsRef<str> + ?Sized),
    ) -> Result<DeletedFlow, ClientError> {
        let path = flow_path("v3", id.as_ref())?;
        let answer = self.send(Method::DELETE, &path, &[], None, true).await?;
        if answer.status == StatusCode::NOT_FOUND && answer.attempts > 1 {
            return Ok(DeletedFlow {
                id: id.as_ref().to_ascii_lowercase(),
                flow_type: None,
                target: None,
                status: Some(crate::RecordStatus::Deleted),
                other: serde_json::Map::new(),
            });
        }
        answer.decode_data()
    }

    /// Sends one call and reads its answer (at most [`MAX_ANSWER_BYTES`]). An idempotent call
    /// is tried again, at most [`MAX_ATTEMPTS`] times, when Verifik answers 429, 502, 503 or
    /// 504 or the connection fails: after `Retry-After` (seconds or an HTTP date, up to
    /// [`MAX_RETRY_AFTER`]) when Verifik sends one, else after a growing, jittered pause.
    /// `create` and `update` are never tried again: they may have happened.
    async fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(String, String)],
        body: Option<&Value>,
        idempotent: bool,
    ) -> Result<Answer, ClientError> {
        let url = format!("{}{path}", self.base_url);
        let mut attempt = 1;
        loop {
            let mut request = self
                .http
                .request(method.clone(), &url)
                .header(AUTHORIZATION, self.token.0.clone())
                .query(query);
            if let Some(body) = body {
                request = request.json(body);
            }
            let retry = idempotent && attempt < MAX_ATTEMPTS;
            let response = match request.send().await {
                Ok(response) => response,
                Err(error) if retry && (error.is_connect() || error.is_request()) => {
                    tokio::time::sleep(backoff(attempt)).await;
                    attempt += 1;
                    continue;
                }
                Err(error) => return Err(transport(&error)),
            };
            let status = response.status();
            if status.is_redirection() {
                let location = response
                    .headers()
                    .get(LOCATION)
                    .map_or("nowhere".into(), |l| {
                        crate::printable(&String::from_utf8_lossy(l.as_bytes())).into_owned()
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
            let retryable = retry
                && matches!(
                    status,
                    StatusCode::TOO_MANY_REQUESTS
                        | StatusCode::BAD_GATEWAY
                        | StatusCode::SERVICE_UNAVAILABLE
                        | StatusCode::GATEWAY_TIMEOUT
                );
            if retryable {
                match retry_after {
                    Some(wait) if wait > MAX_RETRY_AFTER => {}
                    wait => {
                        tokio::time::sleep(wait.unwrap_or_else(|| backoff(attempt))).await;
                        attempt += 1;
                        continue;
                    }
                }
            }
            let bytes = read_bounded(response).await?;
            return Ok(Answer {
                status,
                bytes,
                attempts: attempt,
            });
        }
    }
}

/// A call's final answer.
struct Answer {
    status: StatusCode,
    bytes: Vec<u8>,
    attempts: u32,
}

impl Answer {
    /// [`decode`](Self::decode), inside `{ "data": ... }` or bare: Verifik's routes answer
    /// both ways.
    fn decode_data<T: DeserializeOwned>(self) -> Result<T, ClientError> {
        let status = self.status.as_u16();
        let value: Value = self.decode()?;
        serde_json::from_value(crate::response::unwrap_data(value)).map_err(|error| {
            ClientError::Decode {
                status,
                message: error.to_string(),
            }
        })
    }

    /// The body as `T` on success; on an error status, the error in whatever shape it came.
    fn decode<T: DeserializeOwned>(self) -> Result<T, ClientError> {
        let status = self.status.as_u16();
        if self.status.is_success() {
            return serde_json::from_slice(&self.bytes).map_err(|error| ClientError::Decode {
                status,
                message: error.to_string(),
            });
        }
        Err(error_answer(self.status, &self.bytes))
    }
}

/// An error answer of any documented shape: `{message, code, details}`, `{error}`,
/// `{success: false, error, code}`, or not JSON at all (an HTML page from a proxy).
fn error_answer(status: StatusCode, bytes: &[u8]) -> ClientError {
    let text = |value: &Value| value.as_str().map(str::to_owned);
    if let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(bytes) {
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
        excerpt: excerpt(bytes),
    }
}

/// The start of a body that is not JSON, as one printable line of at most 200 characters.
fn excerpt(bytes: &[u8]) -> String {
    const MAX: usize = 200;
    let text = String::from_utf8_lossy(bytes);
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.is_empty() {
        return "(an empty body)".into();
    }
    let mut cut: String = line.chars().take(MAX).collect();
    if line.chars().count() > MAX {
        cut.push_str("...");
    }
    crate::printable(&cut).into_owned()
}

/// Reads the body, refusing more than [`MAX_ANSWER_BYTES`].
async fn read_bounded(mut response: reqwest::Response) -> Result<Vec<u8>, ClientError> {
    let status = response.status().as_u16();
    if response
        .content_length()
        .is_some_and(|length| length > MAX_ANSWER_BYTES as u64)
    {
        return Err(ClientError::TooLarge { status });
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|error| transport(&error))? {
        if bytes.len() + chunk.len() > MAX_ANSWER_BYTES {
            return Err(ClientError::TooLarge { status });
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// `Retry-After` in seconds or as an HTTP date.
fn retry_after(value: &str) -> Option<Duration> {
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

/// `/{version}/project-flows/{id}`, the ID in lower case. An ID is letters and digits (an
/// ObjectId, or an ID as Verifik wrote it): anything else would change the path.
fn flow_path(version: &str, id: &str) -> Result<String, ClientError> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(ClientError::Config(format!(
            "`{}` is not a project flow ID: give its 24 hexadecimal digits",
            crate::printable(id)
        )));
    }
    Ok(format!(
        "/{version}/project-flows/{}",
        id.to_ascii_lowercase()
    ))
}

/// Whether a checked base URL names this machine.
fn is_loopback(base_url: &str) -> bool {
    url::Url::parse(base_url).is_ok_and(|url| match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    })
}

/// A transport error, without the URL's query or anything of the request's headers.
fn transport(error: &reqwest::Error) -> ClientError {
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
    ClientError::Transport(message)
}

/// `https://` anywhere; `http://` only to loopback. Returns the URL without a final `/`, so
/// that a path such as `/v2/project-flows` is appended to it (a base URL may have a path of its
/// own, behind a gateway).
fn check_base_url(base_url: &str) -> Result<String, ClientError> {
    let bad = |why: &str| {
        ClientError::Config(format!(
            "`{base_url}` is not a base URL for Verifik ({why}); use one such as {DEFAULT_BASE_URL}"
        ))
    };
    let url = url::Url::parse(base_url.trim()).map_err(|error| bad(&error.to_string()))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad(
            "it carries credentials; the token goes in VERIFIK_TOKEN",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad("it has a query or a fragment"));
    }
    let loopback = match url.host() {
        None => return Err(bad("it has no host")),
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
    };
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(ClientError::Config(format!(
                "`{base_url}` is plain http to another machine: use https (plain http is only \
                 for loopback stand-ins)"
            )));
        }
        _ => return Err(bad("its scheme is not https")),
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
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
    fn the_token_is_not_in_debug_output() {
        let client = Client::new("http://127.0.0.1:1", "s3cr3t-token").unwrap();
        let shown = format!("{client:?}");
        assert!(!shown.contains("s3cr3t"), "{shown}");
        assert!(shown.contains("Token(***)"), "{shown}");
    }
}
