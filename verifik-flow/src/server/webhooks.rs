//! The stand-in's webhooks: `/v2/webhooks` (create with `link`, update with `link`/`unlink`,
//! delete), the events a registration makes, their delivery, and `/v2/webhook-events` (the
//! list, and a resend).
//!
//! Each event is written to an outbox in the same transaction as the change that made it, and
//! leaves in the order of the calls, one delivery at a time, off the API's path: a receiver
//! that is slow or down never slows a call. A delivery has a bounded time and reads a capped
//! answer; it is never tried again by itself (Verifik documents only a manual resend). It
//! reaches loopback only: the webhook's host is resolved once, every address must be a
//! loopback one, and the connection goes to that address; no redirect is followed. Another
//! URL is stored, as Verifik stores it, and its deliveries are recorded as `fail`, saying to
//! use `serve --forward-to`.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use axum::Json;
use axum::extract::{Path as UrlPath, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::StandIn;
use super::answers::{Body, Refusal, bad_request, error, internal, refusal};
use super::store::{Outbox, Registration};
use crate::{RegistrationStatus, SyncStep};

/// How long one delivery may take, connecting included.
pub const DELIVERY_TIMEOUT: Duration = Duration::from_secs(5);

/// The most of a receiver's answer that is read (and kept, as text, in the event's record).
pub const MAX_DELIVERY_ANSWER_BYTES: usize = 64 * 1024;

/// The most characters of a receiver's answer an event's record keeps.
const KEPT_ANSWER_CHARS: usize = 500;

/// The suffix of the event a sync makes, when it makes one.
fn sync_suffix(step: SyncStep, status: &RegistrationStatus) -> Option<String> {
    let suffix = match (step, status) {
        (SyncStep::End, RegistrationStatus::Completed) => "app_registration_completed",
        (SyncStep::End, RegistrationStatus::Failed) => "app_registration_failed",
        (SyncStep::End, RegistrationStatus::NeedsManualVerification) => {
            "app_registration_needs_manual_verification"
        }
        // `skipKYC` is a status change, not an `ONGOING` sync: its end event only.
        (SyncStep::SkipKyc, _) => "app_registration_completed_without_kyc",
        (SyncStep::Instructions, _) => "app_registration_sync_instructions",
        (SyncStep::SignUpForm, _) => "app_registration_sync_sign_up_form",
        (SyncStep::BasicInformation, _) => "app_registration_sync_basic_information",
        (SyncStep::Document, _) => "app_registration_sync_document",
        (SyncStep::Liveness, _) => "app_registration_sync_liveness",
        (SyncStep::Form, _) => "app_registration_sync_form",
        (SyncStep::End, _) => return None,
    };
    Some(suffix.to_owned())
}

/// Where the events of `registration`'s flow go: the flow's webhook's URL (`None` for a flow
/// without one, or an inactive one), or every event to `forward_to`.
fn target(
    registration: &Registration,
    outbox: &Outbox<'_>,
    forward_to: Option<&str>,
) -> Option<(Option<String>, String)> {
    let flow_id = registration
        .record
        .get("projectFlow")
        .and_then(Value::as_str)?;
    let webhook_id = outbox
        .flows
        .get(flow_id)
        .and_then(|f| f.raw().get("integrations"))
        .and_then(|i| i.get("webhook"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    if let Some(forward_to) = forward_to {
        return Some((webhook_id, forward_to.to_owned()));
    }
    let webhook = outbox.webhooks.get(webhook_id.as_deref()?)?;
    if webhook.get("isActive").and_then(Value::as_bool) == Some(false) {
        return None;
    }
    let url = webhook.get("url").and_then(Value::as_str)?;
    Some((webhook_id, url.to_owned()))
}

/// The events one change of `registration` makes (none when its flow has no webhook and
/// nothing is forwarded): `created` with the flow populated, or the sync's.
pub(super) fn events(
    registration: &Registration,
    outbox: &Outbox<'_>,
    forward_to: Option<&str>,
    sync: Option<(SyncStep, &RegistrationStatus)>,
) -> Vec<Map<String, Value>> {
    let Some((webhook, url)) = target(registration, outbox, forward_to) else {
        return Vec::new();
    };
    let flow_id = registration
        .record
        .get("projectFlow")
        .and_then(Value::as_str)
        .unwrap_or("");
    let flow_type = outbox
        .flows
        .get(flow_id)
        .and_then(|f| f.flow_type)
        .map_or("onboarding", crate::FlowType::as_str);
    let mut object = registration.record.clone();
    let suffix = match sync {
        None => {
            if let Some(flow) = outbox.flows.get(flow_id) {
                object.insert("projectFlow".into(), Value::Object(flow.raw().clone()));
            }
            "app_registration_created".to_owned()
        }
        Some((step, status)) => {
            let Some(suffix) = sync_suffix(step, status) else {
                return Vec::new();
            };
            // The `app_registration_*` events of a sync carry the webhook reference.
            object.insert(
                "webhook".into(),
                webhook.clone().map_or(Value::Null, Value::from),
            );
            suffix
        }
    };
    let kind = format!("{flow_type}_{suffix}");
    let mut event = Map::new();
    event.insert("type".into(), kind.clone().into());
    event.insert("body".into(), json!({ "type": kind, "object": object }));
    event.insert(
        "appRegistration".into(),
        registration.id().to_owned().into(),
    );
    event.insert("webhook".into(), webhook.map_or(Value::Null, Value::from));
    event.insert("url".into(), url.into());
    event.insert("response".into(), json!({ "status": "pending" }));
    event.insert(
        "createdAt".into(),
        registration
            .record
            .get("updatedAt")
            .cloned()
            .unwrap_or(Value::Null),
    );
    vec![event]
}

/// Why a URL is not one the stand-in delivers to (it reaches loopback only, over plain
/// http), worded by the library's catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Undeliverable {
    NotAUrl,
    NotPlainHttp,
    Credentials,
    NoHost,
    SlowToResolve,
    Unresolved,
    NotLoopback,
}

impl Undeliverable {
    pub(crate) fn message(self) -> crate::Message {
        crate::Message::from_fn(move |lang| crate::words::of(lang).not_deliverable(self))
    }
}

/// The one loopback address a URL's host resolves to, and its path, or why not.
pub(crate) async fn loopback_target(
    url: &str,
) -> Result<(SocketAddr, String, String), Undeliverable> {
    let parsed: axum::http::Uri = url.parse().map_err(|_| Undeliverable::NotAUrl)?;
    match parsed.scheme_str() {
        Some(scheme) if scheme.eq_ignore_ascii_case("http") => {}
        Some(_) => return Err(Undeliverable::NotPlainHttp),
        None => return Err(Undeliverable::NotAUrl),
    }
    let authority = parsed.authority().ok_or(Undeliverable::NoHost)?;
    if authority.as_str().contains('@') {
        return Err(Undeliverable::Credentials);
    }
    if authority.host().is_empty() {
        return Err(Undeliverable::NoHost);
    }
    let port = authority.port_u16().unwrap_or(80);
    let bare = authority
        .host()
        .trim_start_matches('[')
        .trim_end_matches(']');
    let addresses: Vec<SocketAddr> = match bare.parse::<IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, port)],
        Err(_) => tokio::time::timeout(
            DELIVERY_TIMEOUT,
            tokio::net::lookup_host((bare.to_owned(), port)),
        )
        .await
        .map_err(|_| Undeliverable::SlowToResolve)?
        .map_err(|_| Undeliverable::Unresolved)?
        .collect(),
    };
    let first = all_loopback(&addresses)?;
    // The `Host` sent: the URL's authority (no credentials: refused above).
    let host = authority.as_str().to_owned();
    let path = parsed
        .path_and_query()
        .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
    Ok((first, host, path))
}

/// The address to connect to when every one a host resolved to is loopback: a name that
/// resolves to one other address among loopback ones is refused whole (`0.0.0.0` and an
/// IPv4-mapped IPv6 address are not loopback).
fn all_loopback(addresses: &[SocketAddr]) -> Result<SocketAddr, Undeliverable> {
    let loopback = |address: &SocketAddr| match address.ip() {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => v6.is_loopback(),
    };
    let Some(first) = addresses.first().copied() else {
        return Err(Undeliverable::Unresolved);
    };
    if !addresses.iter().all(loopback) {
        return Err(Undeliverable::NotLoopback);
    }
    Ok(first)
}

/// Delivers `body` to `url` once: the answer's status, or why it failed.
async fn deliver(url: &str, body: &Value) -> Result<u16, String> {
    use http_body_util::BodyExt as _;
    // Recorded in the event, as the stand-in's other wire words are: in English.
    let (address, host, path) = loopback_target(url)
        .await
        .map_err(|why| why.message().get(crate::Lang::En).to_owned())?;
    let attempt = async {
        let stream = tokio::net::TcpStream::connect(address)
            .await
            .map_err(|e| format!("could not connect: {e}"))?;
        let (mut sender, connection) =
            hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
                .await
                .map_err(|e| format!("could not speak HTTP: {e}"))?;
        tokio::spawn(connection);
        let request = axum::http::Request::post(path)
            .header(axum::http::header::HOST, host)
            .header(axum::http::header::CONTENT_TYPE, "application/json")
            .header(axum::http::header::USER_AGENT, super::STAND_IN_HEADER_VALUE)
            .body(http_body_util::Full::new(axum::body::Bytes::from(
                body.to_string(),
            )))
            .map_err(|e| e.to_string())?;
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| format!("no answer: {e}"))?;
        let status = response.status().as_u16();
        // The answer is read, capped, and dropped: only its status counts.
        let limited = http_body_util::Limited::new(response.into_body(), MAX_DELIVERY_ANSWER_BYTES);
        let _ = limited.collect().await;
        Ok::<u16, String>(status)
    };
    tokio::time::timeout(DELIVERY_TIMEOUT, attempt)
        .await
        .map_err(|_| format!("no answer within {} s", DELIVERY_TIMEOUT.as_secs()))?
}

/// Delivers event `id` and records how it went.
async fn deliver_event(stand_in: &StandIn, id: &str) {
    let Some(event) = stand_in.inner.store.event(id) else {
        return;
    };
    // Forwarding is the running stand-in's: an event an earlier run made goes where this one
    // forwards, else to the URL recorded with it.
    let url = stand_in
        .forwarded_to()
        .or_else(|| event.get("url").and_then(Value::as_str).map(str::to_owned))
        .unwrap_or_default();
    let body = event.get("body").cloned().unwrap_or(Value::Null);
    let response = match deliver(&url, &body).await {
        Ok(status) if (200..300).contains(&status) => {
            json!({ "status": "success", "code": status })
        }
        Ok(status) => json!({ "status": "fail", "code": status }),
        Err(reason) => json!({
            "status": "fail",
            "reason": crate::printable(&reason.chars().take(KEPT_ANSWER_CHARS).collect::<String>()),
        }),
    };
    let store = stand_in.clone();
    let id = id.to_owned();
    // A record that cannot be written stays `pending`; the delivery happened either way.
    let _ =
        tokio::task::spawn_blocking(move || store.inner.store.record_delivery(&id, response)).await;
}

impl StandIn {
    /// Queues the events whose delivery never happened (still `pending`).
    pub(super) fn send_pending(&self) {
        let pending: Vec<Map<String, Value>> = self
            .inner
            .store
            .events()
            .into_iter()
            .filter(|event| {
                event
                    .get("response")
                    .and_then(|r| r.get("status"))
                    .and_then(Value::as_str)
                    == Some("pending")
            })
            .collect();
        self.send_events(&pending);
    }

    /// Queues events for delivery, in order, off the API's path (the worker starts with the
    /// first event, on the runtime that serves the stand-in).
    pub(super) fn send_events(&self, events: &[Map<String, Value>]) {
        if events.is_empty() {
            return;
        }
        let sender = self.inner.outbox.get_or_init(|| {
            let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel::<String>();
            // The worker does not keep the stand-in alive: when the last handle goes, the
            // queue's sender goes with it, and the worker ends.
            let stand_in = std::sync::Arc::downgrade(&self.inner);
            tokio::spawn(async move {
                while let Some(id) = receiver.recv().await {
                    let Some(inner) = stand_in.upgrade() else {
                        break;
                    };
                    deliver_event(&StandIn { inner }, &id).await;
                }
            });
            sender
        });
        for event in events {
            if let Some(id) = event.get("_id").and_then(Value::as_str) {
                let _ = sender.send(id.to_owned());
            }
        }
    }
}

fn webhook_not_found() -> Response {
    error(
        StatusCode::NOT_FOUND,
        "Webhook_not_found",
        "Webhook_not_found",
    )
}

/// The flow IDs of a `link` or `unlink` member: an array of ObjectIds.
fn flow_ids(body: &Map<String, Value>, key: &str) -> Result<Vec<String>, Refusal> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| match item.as_str() {
                Some(id) if crate::body::values::is_object_id(id) => Ok(id.to_ascii_lowercase()),
                _ => Err(bad_request(
                    "invalid_link",
                    format!("`{key}` is a list of project flow IDs"),
                )),
            })
            .collect(),
        Some(_) => Err(bad_request(
            "invalid_link",
            format!("`{key}` is a list of project flow IDs"),
        )),
    }
}

/// The members of a webhook a body may set, checked.
fn members(body: &Map<String, Value>, creating: bool) -> Result<Map<String, Value>, Refusal> {
    const KEYS: &[&str] = &["url", "name", "isActive", "description", "link", "unlink"];
    if let Some(key) = body.keys().find(|key| !KEYS.contains(&key.as_str())) {
        let key = crate::printable(&key.chars().take(64).collect::<String>()).into_owned();
        return Err(bad_request(
            "unknown_key",
            format!("unknown key `{key}`: a webhook has {}", KEYS.join(", ")),
        ));
    }
    let mut set = Map::new();
    for key in ["url", "name", "description"] {
        match body.get(key) {
            None => {
                if creating && key != "description" {
                    return Err(bad_request("missing_field", format!("`{key}` is required")));
                }
            }
            Some(Value::String(text))
                if !text.is_empty()
                    && text.chars().count() <= 2048
                    && crate::printable(text) == *text =>
            {
                set.insert(key.into(), text.clone().into());
            }
            Some(_) => {
                return Err(bad_request(
                    "invalid_field",
                    format!(
                        "`{key}` must be a non-empty text of at most 2048 characters, without \
                         control characters"
                    ),
                ));
            }
        }
    }
    if let Some(url) = set.get("url").and_then(Value::as_str)
        && url.parse::<axum::http::Uri>().map_or(true, |uri| {
            uri.scheme().is_none() || uri.authority().is_none()
        })
    {
        return Err(bad_request("invalid_url", "`url` must be an absolute URL"));
    }
    match body.get("isActive") {
        None if creating => {
            set.insert("isActive".into(), true.into());
        }
        None => {}
        Some(Value::Bool(active)) => {
            set.insert("isActive".into(), (*active).into());
        }
        Some(_) => return Err(bad_request("invalid_field", "`isActive` must be a boolean")),
    }
    Ok(set)
}

/// `POST /v2/webhooks` and `PUT /v2/webhooks/{id}`.
async fn put(stand_in: StandIn, id: Option<String>, bytes: &[u8]) -> Response {
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(bytes) else {
        return bad_request("invalid_body", "the body must be a JSON object").into_response();
    };
    let set = match members(&body, id.is_none()) {
        Ok(set) => set,
        Err(refused) => return refused.into_response(),
    };
    let (link, unlink) = match (flow_ids(&body, "link"), flow_ids(&body, "unlink")) {
        (Ok(link), Ok(unlink)) => (link, unlink),
        (Err(refused), _) | (_, Err(refused)) => return refused.into_response(),
    };
    let store = stand_in.clone();
    let outcome = super::blocking(move || {
        store
            .inner
            .store
            .put_webhook(id.as_deref(), |current, flows, fresh| {
                if link.iter().chain(&unlink).any(|f| !flows.contains_key(f)) {
                    return Err(refusal(
                        StatusCode::NOT_FOUND,
                        "ProjectFlow_not_found",
                        "ProjectFlow_not_found",
                    ));
                }
                let now = crate::wire::response::rfc3339(chrono::Utc::now());
                let mut webhook = current.cloned().unwrap_or_else(|| {
                    let mut fresh_one = Map::new();
                    fresh_one.insert("_id".into(), fresh.as_str().into());
                    fresh_one.insert("createdAt".into(), now.clone().into());
                    fresh_one
                });
                for (key, value) in set {
                    webhook.insert(key, value);
                }
                webhook.insert("updatedAt".into(), now.into());
                let webhook_id = webhook
                    .get("_id")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned();
                let mut linked: Vec<String> = webhook
                    .get("link")
                    .and_then(Value::as_array)
                    .map(|ids| {
                        ids.iter()
                            .filter_map(|i| i.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default();
                let mut changes = Vec::new();
                for flow in &link {
                    if !linked.contains(flow) {
                        linked.push(flow.clone());
                    }
                    changes.push((flow.clone(), Some(webhook_id.clone())));
                }
                for flow in &unlink {
                    linked.retain(|l| l != flow);
                    changes.push((flow.clone(), None));
                }
                webhook.insert("link".into(), json!(linked));
                Ok((webhook, changes))
            })
    })
    .await;
    match outcome {
        Ok(Ok(Some(Ok(webhook)))) => Json(json!({ "data": webhook })).into_response(),
        Ok(Ok(Some(Err(refused)))) => refused.into_response(),
        Ok(Ok(None)) => webhook_not_found(),
        Ok(Err(io)) => internal(&io),
        Err(response) => response,
    }
}

pub(super) async fn create(State(stand_in): State<StandIn>, Body(bytes): Body) -> Response {
    put(stand_in, None, &bytes).await
}

pub(super) async fn update(
    State(stand_in): State<StandIn>,
    UrlPath(id): UrlPath<String>,
    Body(bytes): Body,
) -> Response {
    put(stand_in, Some(id.to_ascii_lowercase()), &bytes).await
}

pub(super) async fn remove(
    State(stand_in): State<StandIn>,
    UrlPath(id): UrlPath<String>,
) -> Response {
    let store = stand_in.clone();
    let id = id.to_ascii_lowercase();
    match super::blocking(move || store.inner.store.delete_webhook(&id)).await {
        Ok(Ok(Some(webhook))) => Json(json!({ "data": webhook })).into_response(),
        Ok(Ok(None)) => webhook_not_found(),
        Ok(Err(io)) => internal(&io),
        Err(response) => response,
    }
}

/// `GET /v2/webhook-events`: every event, in order, as `{ data, total, limit, page, pages }`
/// (the first page of 100 by default).
pub(super) async fn list_events(State(stand_in): State<StandIn>, uri: axum::http::Uri) -> Response {
    let mut page = 1u32;
    let mut limit = 100u32;
    for (key, value) in form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()) {
        let number = value.parse::<u32>().ok().filter(|n| *n > 0);
        match (key.as_ref(), number) {
            ("page", Some(n)) => page = n,
            ("limit", Some(n)) if n <= 100 => limit = n,
            ("page" | "limit", _) => {
                return bad_request("BadRequest", "`page` from 1, `limit` from 1 to 100")
                    .into_response();
            }
            _ => {}
        }
    }
    let events = stand_in.inner.store.events();
    let total = events.len() as u64;
    let skip = usize::try_from(u64::from(page - 1) * u64::from(limit)).unwrap_or(usize::MAX);
    let data: Vec<&Map<String, Value>> = events.iter().skip(skip).take(limit as usize).collect();
    Json(json!({
        "data": data, "total": total, "limit": limit, "page": page,
        "pages": total.div_ceil(u64::from(limit)),
    }))
    .into_response()
}

/// `PUT /v2/webhook-events/{id}/resend`: delivers an event again, now; answers how it went.
pub(super) async fn resend(
    State(stand_in): State<StandIn>,
    UrlPath(id): UrlPath<String>,
) -> Response {
    let id = id.to_ascii_lowercase();
    if stand_in.inner.store.event(&id).is_none() {
        return error(
            StatusCode::NOT_FOUND,
            "WebhookEvent_not_found",
            "WebhookEvent_not_found",
        );
    }
    deliver_event(&stand_in, &id).await;
    match stand_in.inner.store.event(&id) {
        Some(event) => Json(json!({ "data": event })).into_response(),
        None => error(
            StatusCode::NOT_FOUND,
            "WebhookEvent_not_found",
            "WebhookEvent_not_found",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::{Undeliverable, all_loopback, loopback_target};

    #[test]
    fn a_name_that_resolves_to_any_other_address_is_refused_whole() {
        let at = |text: &str| text.parse().unwrap();
        assert_eq!(
            all_loopback(&[at("127.0.0.1:80"), at("[::1]:80")]),
            Ok(at("127.0.0.1:80"))
        );
        for resolved in [
            vec![at("127.0.0.1:80"), at("93.184.216.34:80")],
            vec![at("[::1]:80"), at("[2606:2800:220:1::1]:80")],
            vec![at("0.0.0.0:80")],
            vec![at("[::ffff:127.0.0.1]:80")],
            vec![at("10.0.0.1:80")],
        ] {
            assert_eq!(
                all_loopback(&resolved),
                Err(Undeliverable::NotLoopback),
                "{resolved:?}"
            );
        }
        assert_eq!(all_loopback(&[]), Err(Undeliverable::Unresolved));
    }

    #[tokio::test]
    async fn localhost_is_a_loopback_name_and_its_path_is_kept() {
        let (address, host, path) = loopback_target("http://localhost:9/hooks/v?a=1")
            .await
            .unwrap();
        assert!(address.ip().is_loopback());
        assert_eq!(address.port(), 9);
        assert_eq!(
            (host.as_str(), path.as_str()),
            ("localhost:9", "/hooks/v?a=1")
        );
    }
}
