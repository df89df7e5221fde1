//! A local stand-in for Verifik's project-flow endpoints, for tests without credentials or
//! network: the same paths, shapes, status codes and rules as Verifik, on loopback.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! let stand_in = verifik_flow::server::StandIn::in_memory("test-token");
//! println!("listening on http://{}", listener.local_addr()?);
//! stand_in.serve(listener).await
//! # }
//! ```

mod answers;
mod data_file;
#[cfg(feature = "preview")]
mod page;
mod registrations;
pub(crate) mod webhooks;

pub use webhooks::{DELIVERY_TIMEOUT, MAX_DELIVERY_ANSWER_BYTES};

/// The header every answer of the stand-in carries, naming it (`verifik-flow trigger` runs only
/// against a server that sends it).
pub const STAND_IN_HEADER: &str = crate::wire::STAND_IN_HEADER;

/// Its value: this crate and its version.
pub const STAND_IN_HEADER_VALUE: &str = concat!("verifik-flow/", env!("CARGO_PKG_VERSION"));
pub(crate) mod store;

use std::path::Path;
use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Query, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::Value;

use crate::{DeletedFlow, Envelope, ListQuery, ProjectFlowRecord, RecordStatus};
use answers::{
    Body, FlowId, error, flow_not_found, internal, method_not_allowed, not_found, refuse,
};
use store::{MAX_VERSION, Store, UpdateRefused};
pub use store::{StoreError, StoreErrorKind};

/// The largest body the stand-in reads, as Verifik: 1 MiB.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// How long a client may take to send a request's headers (and, on a kept-alive connection,
/// to start its next request) before the connection is closed.
pub const HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// How long a request may take, its body included, before it is answered 408.
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// The most requests handled at once; past it, requests wait for their turn (none is
/// refused).
pub const MAX_IN_FLIGHT: usize = 256;

/// The stand-in server: its token and its flows.
#[derive(Clone)]
pub struct StandIn {
    inner: Arc<Inner>,
}

struct Inner {
    token: String,
    store: Store,
    /// The events' delivery queue, made with the first event.
    outbox: std::sync::OnceLock<tokio::sync::mpsc::UnboundedSender<String>>,
    /// Where every event goes instead of its webhook (`serve --forward-to`).
    forward_to: std::sync::Mutex<Option<String>>,
    #[cfg(feature = "preview")]
    page: page::PageState,
}

impl std::fmt::Debug for StandIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StandIn")
            .field("token", &"***")
            .finish_non_exhaustive()
    }
}

/// A secret nobody can guess: 32 bytes of the operating system's random source, in hex. What
/// the stand-in's page, a person's token and `verifik-flow serve`'s own bearer token are made
/// of.
pub fn random_token() -> std::io::Result<String> {
    use std::fmt::Write as _;
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|error| std::io::Error::other(error.to_string()))?;
    Ok(bytes.iter().fold(String::new(), |mut out, byte| {
        let _ = write!(out, "{byte:02x}");
        out
    }))
}

/// The token a stand-in started by [`StandIn::spawn`] takes.
pub const SPAWNED_TOKEN: &str = "stand-in-token";

/// A stand-in serving in this process on a free loopback port ([`StandIn::spawn`]); it stops
/// when this is dropped.
#[derive(Debug)]
pub struct Running {
    url: String,
    stand_in: StandIn,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// Its base URL (`http://127.0.0.1:PORT`), for `VERIFIK_BASE_URL` or [`Client::new`].
    ///
    /// [`Client::new`]: crate::client::Client::new
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The token it takes ([`SPAWNED_TOKEN`]), for `VERIFIK_TOKEN`.
    pub fn token(&self) -> &str {
        SPAWNED_TOKEN
    }

    /// The address of its page, with a one-time token ([`StandIn::page_url`]).
    #[cfg(feature = "preview")]
    pub fn page_url(&self) -> String {
        self.stand_in.page_url(&self.url)
    }

    /// A client for it.
    #[cfg(feature = "client")]
    pub fn client(&self) -> Result<crate::client::Client, crate::client::ClientError> {
        crate::client::Client::new(&self.url, SPAWNED_TOKEN)
    }

    /// The stand-in itself (its clock, where its events go).
    pub fn stand_in(&self) -> &StandIn {
        &self.stand_in
    }

    /// Registers a person on onboarding flow `flow` and syncs the steps that make `event`
    /// fire ([`Client::walk`](crate::client::Client::walk)); await the deliveries with
    /// [`settled`](StandIn::settled).
    #[cfg(feature = "client")]
    pub async fn walk(
        &self,
        flow: &crate::ObjectId,
        event: &crate::EventSuffix,
    ) -> Result<crate::client::Walked, crate::client::ClientError> {
        self.client()?.walk(flow, event).await
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl StandIn {
    /// One line in a test: a stand-in that keeps flows in memory, serving in this process on a
    /// free loopback port until the returned [`Running`] is dropped. Call it inside a Tokio
    /// runtime (`#[tokio::test]`).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let stand_in = verifik_flow::server::StandIn::spawn().await?;
    /// let client = stand_in.client()?;
    /// let flow = verifik_flow::ProjectFlow::smart_enroll("65b03015c03e1a1b595fe61c".parse()?, "KYC")
    ///     .build()?;
    /// let created = client.create(&flow).await?;
    /// assert_eq!(client.get(&created.id).await?.name.as_deref(), Some("KYC"));
    /// # Ok(())
    /// # }
    /// ```
    pub async fn spawn() -> std::io::Result<Running> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        let stand_in = Self::in_memory(SPAWNED_TOKEN);
        let task = tokio::spawn(stand_in.clone().serve(listener));
        Ok(Running {
            url,
            stand_in,
            task,
        })
    }

    /// A stand-in that keeps flows in memory and accepts `Authorization: Bearer <token>`.
    pub fn in_memory(token: impl Into<String>) -> Self {
        Self::with_store(token.into(), Store::in_memory())
    }

    /// A stand-in that keeps flows in `path` across restarts; every acknowledged write is on
    /// disk before it is acknowledged. A corrupt or truncated file is an error, never an empty
    /// start.
    pub fn with_data_file(token: impl Into<String>, path: &Path) -> Result<Self, StoreError> {
        Ok(Self::with_store(token.into(), Store::open(path)?))
    }

    /// Sends every event to `url` instead of its flow's webhook, flows without one included
    /// (`serve --forward-to`, as `stripe listen --forward-to`). `url` must reach loopback over
    /// plain http; else why not.
    pub async fn forward_to(&self, url: &str) -> Result<(), crate::Message> {
        webhooks::loopback_target(url)
            .await
            .map_err(webhooks::Undeliverable::message)?;
        *self
            .inner
            .forward_to
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(url.to_owned());
        Ok(())
    }

    pub(crate) fn forwarded_to(&self) -> Option<String> {
        self.inner
            .forward_to
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Waits until every event made so far has been delivered, or has failed, at most
    /// `within`: `false` when time ran out first.
    pub async fn settled(&self, within: std::time::Duration) -> bool {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let pending = self.inner.store.events().iter().any(|event| {
                event
                    .get("response")
                    .and_then(|r| r.get("status"))
                    .and_then(Value::as_str)
                    == Some("pending")
            });
            if !pending {
                return true;
            }
            if tokio::time::Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// For tests: moves the stand-in's clock forward by `by` (the person tokens' 120 minutes,
    /// and the registrations' times, run on it).
    pub fn move_clock(&self, by: std::time::Duration) {
        self.inner
            .store
            .move_clock(i64::try_from(by.as_secs()).unwrap_or(i64::MAX));
    }

    /// What opening its data file did that a person should hear of: the import of an earlier
    /// stand-in's JSON data file (its words in any language). `None` for most.
    pub fn notice(&self) -> Option<&crate::Message> {
        self.inner.store.notice()
    }

    fn with_store(token: String, store: Store) -> Self {
        Self {
            inner: Arc::new(Inner {
                token,
                store,
                outbox: std::sync::OnceLock::new(),
                forward_to: std::sync::Mutex::new(None),
                #[cfg(feature = "preview")]
                page: page::PageState::default(),
            }),
        }
    }

    /// The routes, for serving or for tests.
    pub fn router(&self) -> Router {
        let router = Router::new()
            .route("/v2/project-flows", get(list).post(create))
            .route(
                "/v2/project-flows/{id}",
                get(retrieve::<V2>).put(update::<V2>),
            )
            .route(
                "/v3/project-flows/{id}",
                get(retrieve::<V3>).put(update::<V3>).delete(remove),
            )
            .route(
                "/v2/app-registrations",
                get(registrations::list).post(registrations::create),
            )
            .route("/v2/app-registrations/{id}", get(registrations::retrieve))
            .route("/v2/webhooks", axum::routing::post(webhooks::create))
            .route(
                "/v2/webhooks/{id}",
                axum::routing::put(webhooks::update).delete(webhooks::remove),
            )
            .route("/v2/webhook-events", get(webhooks::list_events))
            .route(
                "/v2/webhook-events/{id}/resend",
                axum::routing::put(webhooks::resend),
            )
            .route_layer(middleware::from_fn_with_state(self.clone(), require_token))
            // The person's own call: their token, not the client's.
            .route(
                "/v2/app-registrations/{id}/sync",
                axum::routing::put(registrations::sync),
            );
        // The page has its own key (a cookie from a one-time address), never the API's token.
        #[cfg(feature = "preview")]
        let router = router.route(page::PAGE_PATH, get(page::index)).route(
            &format!("{}/flows/{{id}}", page::PAGE_PATH),
            get(page::flow),
        );
        router
            .fallback(not_found)
            // Every answer names the stand-in, so that a tool that must never reach Verifik
            // (`verifik-flow trigger`) can tell.
            .layer(middleware::map_response(
                |mut response: Response| async move {
                    response.headers_mut().insert(
                        STAND_IN_HEADER,
                        axum::http::HeaderValue::from_static(STAND_IN_HEADER_VALUE),
                    );
                    response
                },
            ))
            .method_not_allowed_fallback(method_not_allowed)
            .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
            .with_state(self.clone())
    }

    /// Serves on `listener` until the process ends, with [`HEADER_TIMEOUT`],
    /// [`REQUEST_TIMEOUT`] and [`MAX_IN_FLIGHT`].
    pub async fn serve(self, listener: tokio::net::TcpListener) -> std::io::Result<()> {
        self.serve_with(listener, Limits::default()).await
    }

    /// Serves on `listener` with other [`Limits`] (tests shorten the timeouts).
    pub async fn serve_with(
        self,
        listener: tokio::net::TcpListener,
        limits: Limits,
    ) -> std::io::Result<()> {
        use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
        use hyper_util::server::conn::auto::Builder;
        use hyper_util::service::TowerToHyperService;

        // The outbox's events that an earlier run made and never delivered (it was stopped,
        // or killed, first) leave first, in their order.
        self.send_pending();

        // Kept by hand rather than tower's `TimeoutLayer` and `GlobalConcurrencyLimitLayer`:
        // tower's timeout starts after `poll_ready`, so a wait for a turn would have no limit;
        // here one clock bounds the wait and the work together.
        let turns = Arc::new(tokio::sync::Semaphore::new(limits.in_flight));
        let request_timeout = limits.request_timeout;
        let router =
            self.router()
                .layer(middleware::from_fn(move |request: Request, next: Next| {
                    let turns = Arc::clone(&turns);
                    async move {
                        let answer = tokio::time::timeout(request_timeout, async {
                            // A closed semaphore is never made; waiting is the only outcome.
                            let _turn = turns.acquire_owned().await;
                            next.run(request).await
                        });
                        answer.await.unwrap_or_else(|_| {
                            error(
                                StatusCode::REQUEST_TIMEOUT,
                                "RequestTimeout",
                                "the request took too long to arrive; send it again",
                            )
                        })
                    }
                }));
        // Only a request addressed to this machine by name is answered: a page in the
        // developer's browser that rebinds its own domain to 127.0.0.1 (DNS rebinding) sends
        // its domain as `Host`, and is refused before the token is even looked at.
        let router = router.layer(middleware::from_fn(
            |request: Request, next: Next| async move {
                if addressed_to_loopback(&request) {
                    next.run(request).await
                } else {
                    error(
                        StatusCode::FORBIDDEN,
                        "Forbidden",
                        "the stand-in answers only requests addressed to localhost or a \
                         loopback address (the Host header)",
                    )
                }
            },
        ));
        let mut builder = Builder::new(TokioExecutor::new());
        builder
            .http1()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout);
        loop {
            // Out of file descriptors, or a connection reset before it was accepted: the
            // others go on.
            let Ok((stream, _)) = listener.accept().await else {
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                continue;
            };
            let service = TowerToHyperService::new(router.clone());
            let builder = builder.clone();
            tokio::spawn(async move {
                let _ = builder
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    }
}

/// How patient the stand-in is with its clients.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// See [`HEADER_TIMEOUT`].
    pub header_timeout: std::time::Duration,
    /// See [`REQUEST_TIMEOUT`].
    pub request_timeout: std::time::Duration,
    /// See [`MAX_IN_FLIGHT`].
    pub in_flight: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            header_timeout: HEADER_TIMEOUT,
            request_timeout: REQUEST_TIMEOUT,
            in_flight: MAX_IN_FLIGHT,
        }
    }
}

/// Every project-flow call needs `Authorization: Bearer <token>`: 401 without it, 403 with
/// another token.
/// Whether the request names this machine: its authority (HTTP/2) or `Host` header is
/// `localhost` or a loopback address, with or without a port. None at all is not.
fn addressed_to_loopback(request: &Request) -> bool {
    let host = request.uri().host().map(str::to_owned).or_else(|| {
        request
            .headers()
            .get(header::HOST)
            .and_then(|value| value.to_str().ok())
            .map(|host| host_without_port(host).to_owned())
    });
    host.is_some_and(|host| is_loopback_name(&host))
}

/// `host:port` without its port; `[::1]:80` as `[::1]`.
fn host_without_port(host: &str) -> &str {
    if host.starts_with('[') {
        return host.find(']').map_or(host, |end| &host[..=end]);
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    }
}

/// `localhost`, `127.0.0.1` (any `127.x.y.z`) or `[::1]`.
fn is_loopback_name(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

async fn require_token(State(stand_in): State<StandIn>, request: Request, next: Next) -> Response {
    match refusal(&stand_in, request.headers()) {
        Some(refused) => refused,
        None => next.run(request).await,
    }
}

fn refusal(stand_in: &StandIn, headers: &HeaderMap) -> Option<Response> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Some(error(
            StatusCode::UNAUTHORIZED,
            "Forbidden",
            "Access forbidden",
        ));
    };
    // The scheme is case-insensitive (RFC 9110), the token is not.
    let given = value
        .to_str()
        .ok()
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim());
    if given == Some(stand_in.inner.token.as_str()) {
        None
    } else {
        Some(error(
            StatusCode::FORBIDDEN,
            "Forbidden",
            "Access forbidden",
        ))
    }
}

/// Runs a store operation off the async threads: it may write and fsync a file.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Response> {
    tokio::task::spawn_blocking(f).await.map_err(|_| {
        error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalServerError",
            "the store failed",
        )
    })
}

async fn create(State(stand_in): State<StandIn>, Body(body): Body) -> Response {
    let value = match crate::validate_flow_slice(&body) {
        Ok(flow) => serde_json::to_value(flow).unwrap_or(Value::Null),
        Err(errors) => return refuse(&errors),
    };
    let store = stand_in.clone();
    match blocking(move || store.inner.store.create(value)).await {
        Ok(Ok(record)) => Json(Envelope { data: record }).into_response(),
        Ok(Err(io)) => internal(&io),
        Err(response) => response,
    }
}

/// How a route answers with one flow, as Verifik's pages show: the v2 routes a bare object
/// with Mongoose's `__v`, the v3 routes `{ "data": ... }`.
trait Route {
    fn answer(record: ProjectFlowRecord) -> Response;
}

struct V2;
struct V3;

impl Route for V2 {
    /// Mongoose's `__v` in place of `version`, as the v2 pages show (no v2 answer there has a
    /// `version`).
    fn answer(record: ProjectFlowRecord) -> Response {
        let version = record.version.unwrap_or(1);
        let mut bare = record.into_raw();
        bare.remove("version");
        bare.insert("__v".into(), Value::from(version.saturating_sub(1)));
        Json(Value::Object(bare)).into_response()
    }
}

impl Route for V3 {
    fn answer(record: ProjectFlowRecord) -> Response {
        Json(Envelope { data: record }).into_response()
    }
}

async fn retrieve<R: Route>(State(stand_in): State<StandIn>, FlowId(id): FlowId) -> Response {
    match stand_in.inner.store.get(&id) {
        Some(record) => R::answer(record),
        None => flow_not_found(),
    }
}

/// `PUT`: only the keys sent change (objects merge key by key, other values replace), and the
/// result must satisfy every rule.
async fn update<R: Route>(
    State(stand_in): State<StandIn>,
    FlowId(id): FlowId,
    Body(body): Body,
) -> Response {
    let patch =
        match verifik_flow_rules::text::decode(&body).and_then(verifik_flow_rules::text::parse) {
            Ok(Value::Object(patch)) => patch,
            Ok(_) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "BadRequest",
                    "Invalid JSON body: expected an object",
                );
            }
            Err(errors) => return refuse(&errors),
        };
    let store = stand_in.clone();
    let id_for_store = id.clone();
    let outcome = blocking(move || {
        store.inner.store.update(&id_for_store, |body| {
            crate::validate_update(&body, &Value::Object(patch))
        })
    })
    .await;
    match outcome {
        Ok(Ok(Some(Ok(record)))) => R::answer(record),
        Ok(Ok(Some(Err(UpdateRefused::Rules(errors))))) => refuse(&errors),
        Ok(Ok(Some(Err(UpdateRefused::VersionExhausted)))) => error(
            StatusCode::CONFLICT,
            "Conflict",
            format!(
                "Cannot update project flow: its version is at the most a flow can have \
                 ({MAX_VERSION})"
            ),
        ),
        Ok(Ok(None)) => flow_not_found(),
        Ok(Err(io)) => internal(&io),
        Err(response) => response,
    }
}

async fn remove(State(stand_in): State<StandIn>, FlowId(id): FlowId) -> Response {
    let store = stand_in.clone();
    let id_for_store = id.clone();
    match blocking(move || store.inner.store.delete(&id_for_store)).await {
        Ok(Ok(Some(record))) => Json(Envelope {
            data: DeletedFlow {
                id: record.id,
                flow_type: record.flow_type,
                target: record.target,
                status: Some(RecordStatus::Deleted),
                other: serde_json::Map::new(),
            },
        })
        .into_response(),
        Ok(Ok(None)) => flow_not_found(),
        Ok(Err(io)) => internal(&io),
        Err(response) => response,
    }
}

async fn list(
    State(stand_in): State<StandIn>,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let query = match query {
        Ok(Query(query)) => query,
        Err(rejection) => {
            return error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                format!("Invalid query: {rejection}"),
            );
        }
    };
    let (page, limit) = match query.page_and_limit() {
        Ok(page_and_limit) => page_and_limit,
        // The stand-in answers in English, as Verifik's English pages do.
        Err(message) => {
            return error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                message.get(crate::Lang::En),
            );
        }
    };
    let matches = stand_in.inner.store.list(|record| {
        query
            .project
            .as_ref()
            .is_none_or(|p| record.project.as_deref() == Some(p.as_str()))
            && query.flow_type.is_none_or(|t| record.flow_type == Some(t))
            && query.status.is_none_or(|s| record.status == Some(s))
    });
    let total = matches.len() as u64;
    let skip = usize::try_from(u64::from(page - 1) * u64::from(limit)).unwrap_or(usize::MAX);
    let data: Vec<_> = matches
        .into_iter()
        .skip(skip)
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .collect();
    // The v2 list page of Verifik's "List All Project Flows" page.
    Json(serde_json::json!({
        "success": true,
        "data": data,
        "pagination": {
            "page": page,
            "limit": limit,
            "total": total,
            "pages": total.div_ceil(u64::from(limit)),
        },
        "signature": {
            "dateTime": crate::wire::response::rfc3339(chrono::Utc::now()),
            "message": "Certified by the verifik-flow stand-in",
        },
    }))
    .into_response()
}
