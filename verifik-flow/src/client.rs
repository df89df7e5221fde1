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
//! println!("created {} (version {})", record.id, record.version);
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, HeaderValue, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;

pub use crate::response::{DeletedFlow, ListPage, ListQuery};
use crate::{ApiError, Envelope, Flow, ObjectId, ProjectFlow, ProjectFlowRecord, ValidationErrors};

/// Verifik's API, used when `VERIFIK_BASE_URL` is not set.
pub const DEFAULT_BASE_URL: &str = "https://api.verifik.co";
/// How long connecting may take by default.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a whole request may take by default.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How many times an idempotent call is tried when Verifik answers 429 or 503.
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
        let http = reqwest::Client::builder()
            .connect_timeout(connect)
            .timeout(request)
            .no_proxy()
            .user_agent(concat!("verifik-flow/", env!("CARGO_PKG_VERSION")))
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
        let envelope: Envelope<ProjectFlowRecord> = self
            .call(Method::POST, "/v2/project-flows", &[], Some(&body), false)
            .await?;
        Ok(envelope.data)
    }

    /// `POST /v2/project-flows` with a JSON body of either kind, after checking every rule
    /// locally (by its `type`). What is sent is the typed flow: a `$schema` editor hint in
    /// `body` is not.
    pub async fn create_value(&self, body: &Value) -> Result<ProjectFlowRecord, ClientError> {
        self.create_flow(&crate::validate_flow(body)?).await
    }

    /// `GET /v2/project-flows/{id}`.
    pub async fn get(&self, id: &ObjectId) -> Result<ProjectFlowRecord, ClientError> {
        let path = format!("/v2/project-flows/{id}");
        let envelope: Envelope<ProjectFlowRecord> =
            self.call(Method::GET, &path, &[], None, true).await?;
        Ok(envelope.data)
    }

    /// `GET /v2/project-flows` with filters and a page.
    pub async fn list(&self, query: &ListQuery) -> Result<ListPage, ClientError> {
        let pairs: Vec<(String, String)> = serde_json::to_value(query)
            .ok()
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| (k, v.as_str().map_or_else(|| v.to_string(), str::to_owned)))
            .collect();
        self.call(Method::GET, "/v2/project-flows", &pairs, None, true)
            .await
    }

    /// `PUT /v2/project-flows/{id}`: changes only the keys of `changes` (a JSON object);
    /// Verifik checks the result against every rule and raises `version`.
    pub async fn update(
        &self,
        id: &ObjectId,
        changes: &Value,
    ) -> Result<ProjectFlowRecord, ClientError> {
        if !changes.is_object() {
            return Err(ClientError::Config(
                "an update is a JSON object of the keys to change".into(),
            ));
        }
        let path = format!("/v2/project-flows/{id}");
        let envelope: Envelope<ProjectFlowRecord> = self
            .call(Method::PUT, &path, &[], Some(changes), false)
            .await?;
        Ok(envelope.data)
    }

    /// `DELETE /v3/project-flows/{id}`.
    pub async fn delete(&self, id: &ObjectId) -> Result<DeletedFlow, ClientError> {
        let path = format!("/v3/project-flows/{id}");
        let envelope: Envelope<DeletedFlow> =
            self.call(Method::DELETE, &path, &[], None, true).await?;
        Ok(envelope.data)
    }

    /// One call, tried again on 429 and 503 when it is idempotent and Verifik says how long to
    /// wait (`Retry-After`, up to [`MAX_RETRY_AFTER`]), at most [`MAX_ATTEMPTS`] times.
    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        query: &[(String, String)],
        body: Option<&Value>,
        idempotent: bool,
    ) -> Result<T, ClientError> {
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
            let response = request.send().await.map_err(|error| transport(&error))?;
            let status = response.status();
            let retry_after = response
                .headers()
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            let bytes = response.bytes().await.map_err(|error| transport(&error))?;
            if status.is_success() {
                return serde_json::from_slice(&bytes).map_err(|error| ClientError::Decode {
                    status: status.as_u16(),
                    message: error.to_string(),
                });
            }
            let retryable = idempotent
                && matches!(
                    status,
                    StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE
                )
                && attempt < MAX_ATTEMPTS;
            if let (true, Some(wait)) = (retryable, retry_after.filter(|w| *w <= MAX_RETRY_AFTER)) {
                tokio::time::sleep(wait).await;
                attempt += 1;
                continue;
            }
            return Err(match serde_json::from_slice::<ApiError>(&bytes) {
                Ok(error) => ClientError::Api {
                    status: status.as_u16(),
                    error,
                },
                Err(error) => ClientError::Decode {
                    status: status.as_u16(),
                    message: format!("not an error body ({error})"),
                },
            });
        }
    }
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
