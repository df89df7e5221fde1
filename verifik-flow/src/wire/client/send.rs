//! Sending one call: its turn, its tries and waits (`Retry-After`, a stop), whether a try
//! may have been carried out ([`Reach`]), and the reading of its answer, bounded.

use std::time::Duration;

use reqwest::header::{AUTHORIZATION, HeaderValue, LOCATION, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::token::Token;
use super::{
    Client, ClientError, Failure, ListPage, MAX_ANSWER_BYTES, MAX_ATTEMPTS, MAX_RETRY_AFTER,
};
use crate::wire::STAND_IN_HEADER;
use crate::{ApiError, Lang, Message, ProjectFlowRecord};

impl Client {
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

    /// Sends one call and reads its answer (at most [`MAX_ANSWER_BYTES`]). A call is tried
    /// again, at most [`MAX_ATTEMPTS`] times, after `Retry-After` (seconds or an HTTP date, up
    /// to [`MAX_RETRY_AFTER`]) when Verifik sends one, else after a growing, jittered pause:
    /// any call after a try Verifik refused before acting (429, 503, no connection); an
    /// idempotent one also after a try that may have happened (a 502 or 504, a lost
    /// connection). A `create` or an `update` that may have happened is never sent again.
    pub(super) async fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(String, String)],
        body: Option<&Value>,
        idempotent: bool,
    ) -> Result<Answer, ClientError> {
        self.send_as(method, path, query, body, idempotent, Pacing::Shared, None)
            .await
    }

    /// [`send`](Self::send) with its pacing, and with another bearer token than the client's
    /// when given (a person's, for their own calls).
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn send_as(
        &self,
        method: Method,
        path: &str,
        query: &[(String, String)],
        body: Option<&Value>,
        idempotent: bool,
        pacing: Pacing,
        bearer: Option<&Token>,
    ) -> Result<Answer, ClientError> {
        let bearer = bearer.unwrap_or(&self.token);
        // `path` is relative and its ID percent-encoded: joined, it stays below the base.
        let url = self.base.join(path).map_err(|error| {
            ClientError::Config(Message::from_fn({
                let (path, error) = ((path).to_string(), (error).to_string());
                move |lang| crate::words::of(lang).cannot_make_url(&path, &error)
            }))
        })?;
        let mut attempt = 1;
        let mut earlier_may_have_happened = false;
        let mut waited = Duration::ZERO;
        loop {
            if pacing == Pacing::Shared && !self.turn().await {
                return Err(ClientError::Stopped {
                    may_have_happened: earlier_may_have_happened,
                });
            }
            let mut request = self
                .http
                .request(method.clone(), url.clone())
                .header(AUTHORIZATION, bearer.header.clone())
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
                Err(error) => return Err(self.transport(&error, bearer)),
            };
            let status = response.status();
            if status.is_redirection() {
                let location = response
                    .headers()
                    .get(LOCATION)
                    .map(|l| bearer.shown(&String::from_utf8_lossy(l.as_bytes())));
                return Err(ClientError::Redirect {
                    status: status.as_u16(),
                    location,
                });
            }
            let stand_in = response.headers().contains_key(STAND_IN_HEADER);
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
                BodyError::Transport(error) => self.transport(&error, bearer),
            })?;
            return Ok(Answer {
                status,
                bytes,
                earlier_may_have_happened,
                stand_in,
            });
        }
    }

    /// A transport error, without the URL's query or anything of the request's headers, and
    /// with the token redacted should a cause quote it.
    fn transport(&self, error: &reqwest::Error, bearer: &Token) -> ClientError {
        let failure = if error.is_timeout() {
            Failure::TimedOut
        } else if error.is_connect() {
            Failure::Connect
        } else {
            Failure::Other
        };
        let mut causes = Vec::new();
        let mut source = std::error::Error::source(error);
        while let Some(cause) = source {
            causes.push(cause.to_string());
            source = cause.source();
        }
        ClientError::Transport {
            base_url: bearer.shown(self.base_url()),
            failure,
            cause: bearer.shown(&causes.join(": ")),
        }
    }
}

/// Whether a call takes its turn in the client's pace ([`Client::paced`]): the project-flow
/// calls share Verifik's documented budget; the app-registration calls, whose limit Verifik
/// does not document, are paced only by the `Retry-After` of a refusal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pacing {
    /// In the client's pace.
    Shared,
    /// Only by `Retry-After`.
    RetryAfterOnly,
}

/// What a try that failed says of the call: whether Verifik may have carried it out. The one
/// place that tells "not reached" from "may have happened"; a retry builds on it (a delete
/// answered 404 after a try that may have happened was that try's doing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Reach {
    /// Verifik never had the call, or refused it before acting: no connection was made, or
    /// it answered 429 (too many calls) or 503 (unavailable).
    NotReached,
    /// The call may have been carried out and its answer lost: a timeout, a connection lost
    /// after sending, or a gateway's 502 or 504 (Verifik behind it may have acted).
    MayHaveHappened,
}

impl Reach {
    pub(super) fn of_status(status: StatusCode) -> Self {
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

    pub(super) fn may_have_happened(self) -> bool {
        self == Self::MayHaveHappened
    }
}

/// A call's final answer.
pub(super) struct Answer {
    pub(super) status: StatusCode,
    pub(super) bytes: Vec<u8>,
    /// Whether a try before this one may have been carried out ([`Reach`]).
    pub(super) earlier_may_have_happened: bool,
    /// Whether the answer names itself as verifik-flow's stand-in ([`STAND_IN_HEADER`]).
    pub(super) stand_in: bool,
}

impl Answer {
    /// [`decode`](Self::decode), inside `{ "data": ... }` or bare: Verifik's routes answer
    /// both ways.
    pub(super) fn decode_data<T: DeserializeOwned>(self, token: &Token) -> Result<T, ClientError> {
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
    pub(super) fn decode<T: DeserializeOwned>(self, token: &Token) -> Result<T, ClientError> {
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
        stand_in: false,
    };
    let record: Result<ProjectFlowRecord, ClientError> = answer().decode_data(&token);
    let page: Result<ListPage, ClientError> = answer().decode(&token);
    // The app-registration answers, read the same way.
    let created: Result<crate::CreatedRegistration, ClientError> = answer().decode_data(&token);
    let registration: Result<crate::AppRegistration, ClientError> = answer().decode_data(&token);
    let synced: Result<crate::SyncAnswer, ClientError> = answer().decode_data(&token);
    let registrations: Result<ListPage<crate::AppRegistration>, ClientError> =
        answer().decode(&token);
    let mut words = String::new();
    for error in [
        record.err(),
        page.err(),
        created.err(),
        registration.err(),
        synced.err(),
        registrations.err(),
    ]
    .into_iter()
    .flatten()
    {
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
    let base = Duration::from_millis(250) * 2u32.saturating_pow(attempt.saturating_sub(1));
    // Jitter, so that clients refused together do not come back together: `fastrand`, made
    // for this (nothing here is a secret to guess).
    base + base * fastrand::u32(0..1000) / 1000
}
