//! Verifik's webhooks, offline: a team's receiver (the few dozen lines of axum below, as a
//! team would write it) fed by the stand-in, from flows created through the client.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU16, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Value, json};
use verifik_flow::server::{Running, StandIn};
use verifik_flow::{EventSuffix, ObjectId, ProjectFlow, WebhookEvent};

use super::project;

/// A team's receiver: it reads each delivery, handles each event once (by its idempotency
/// key), and answers with the status it is told to.
#[derive(Default)]
struct Receiver {
    seen: Mutex<HashSet<String>>,
    handled: Mutex<Vec<WebhookEvent>>,
    duplicates: AtomicUsize,
    deliveries: AtomicUsize,
    answer: AtomicU16,
    /// While held, every delivery waits (a receiver that hangs).
    hold: tokio::sync::RwLock<()>,
}

async fn receive(State(receiver): State<Arc<Receiver>>, body: Bytes) -> StatusCode {
    receiver.deliveries.fetch_add(1, Ordering::SeqCst);
    let _wait = receiver.hold.read().await;
    let Ok(event) = WebhookEvent::from_slice(&body) else {
        return StatusCode::BAD_REQUEST;
    };
    if !receiver
        .seen
        .lock()
        .unwrap()
        .insert(event.idempotency_key())
    {
        receiver.duplicates.fetch_add(1, Ordering::SeqCst);
        return StatusCode::OK;
    }
    receiver.handled.lock().unwrap().push(event);
    StatusCode::from_u16(receiver.answer.load(Ordering::SeqCst)).unwrap_or(StatusCode::OK)
}

/// The receiver, listening on loopback: it and its URL.
async fn receiver(answer: u16) -> (Arc<Receiver>, String) {
    let receiver = Arc::new(Receiver::default());
    receiver.answer.store(answer, Ordering::SeqCst);
    let app = axum::Router::new()
        .route("/hooks/verifik", axum::routing::post(receive))
        .with_state(Arc::clone(&receiver));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks/verifik", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (receiver, url)
}

/// The preset's body named `name`, its document and liveness steps both `mode`.
fn with_steps(name: &str, mode: &str) -> Value {
    let mut body =
        serde_json::to_value(ProjectFlow::smart_enroll(project(), name).build().unwrap()).unwrap();
    body["steps"] = json!({ "document": mode, "liveness": mode });
    body
}

/// A stand-in with one onboarding flow whose every step is mandatory, linked to a webhook at
/// `url`.
async fn flow_with_webhook(url: &str) -> (Running, ObjectId) {
    let running = StandIn::spawn().await.unwrap();
    let client = running.client().unwrap();
    let mut body = with_steps("Hooked", "mandatory");
    body["documents"] = json!({
        "verificationMethods": ["SCAN_PROMPT"],
        "documentTypes": [{ "country": "Colombia", "configurations": [
            { "active": true, "documentCategory": "government_id" }
        ]}]
    });
    let flow: ObjectId = client
        .create_value(&body)
        .await
        .unwrap()
        .id
        .parse()
        .unwrap();
    let (status, webhook) = call(
        &running,
        "POST",
        "/v2/webhooks",
        json!({ "url": url, "name": "Team", "isActive": true, "link": [flow.as_str()] }),
    )
    .await;
    assert_eq!(status, 200, "{webhook}");
    // Linking wrote the flow's `integrations.webhook`.
    let linked = client.get(&flow).await.unwrap();
    assert_eq!(
        linked.raw()["integrations"]["webhook"],
        webhook["data"]["_id"]
    );
    (running, flow)
}

async fn call(running: &Running, method: &str, path: &str, body: Value) -> (u16, Value) {
    let response = reqwest::Client::new()
        .request(method.parse().unwrap(), format!("{}{path}", running.url()))
        .bearer_auth(running.token())
        .json(&body)
        .send()
        .await
        .unwrap();
    (
        response.status().as_u16(),
        response.json().await.unwrap_or(Value::Null),
    )
}

fn types(receiver: &Receiver) -> Vec<String> {
    receiver
        .handled
        .lock()
        .unwrap()
        .iter()
        .map(|e| e.kind.to_type())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_receiver_gets_a_completed_and_a_failed_journey_in_order_and_a_resend_once() {
    let (receiver, url) = receiver(200).await;
    let (running, flow) = flow_with_webhook(&url).await;
    let walked = running
        .walk(&flow, &EventSuffix::AppRegistrationCompleted)
        .await
        .unwrap();
    assert!(running.stand_in().settled(Duration::from_secs(10)).await);
    assert_eq!(
        types(&receiver),
        [
            "onboarding_app_registration_created",
            "onboarding_app_registration_sync_sign_up_form",
            "onboarding_app_registration_sync_document",
            "onboarding_app_registration_sync_liveness",
            "onboarding_app_registration_completed",
        ]
    );
    let handled = receiver.handled.lock().unwrap().clone();
    assert_eq!(handled[0].flow_id(), Some(flow.as_str()));
    assert_eq!(
        handled[4].registration().unwrap().id,
        walked.registration.id
    );

    running
        .walk(&flow, &EventSuffix::AppRegistrationFailed)
        .await
        .unwrap();
    assert!(running.stand_in().settled(Duration::from_secs(10)).await);
    assert_eq!(
        types(&receiver)[5..],
        [
            "onboarding_app_registration_created",
            "onboarding_app_registration_sync_sign_up_form",
            "onboarding_app_registration_failed",
        ]
    );

    // The dashboard's list, and a resend: delivered again, handled once.
    let (status, events) = call(&running, "GET", "/v2/webhook-events", Value::Null).await;
    assert_eq!(status, 200);
    let events = events["data"].as_array().unwrap().clone();
    assert_eq!(events.len(), 8);
    assert!(
        events.iter().all(|e| e["response"]["status"] == "success"),
        "{events:?}"
    );
    let completed = events
        .iter()
        .find(|e| e["type"] == "onboarding_app_registration_completed")
        .unwrap();
    let before = receiver.deliveries.load(Ordering::SeqCst);
    let path = format!(
        "/v2/webhook-events/{}/resend",
        completed["_id"].as_str().unwrap()
    );
    let (status, resent) = call(&running, "PUT", &path, Value::Null).await;
    assert_eq!(status, 200, "{resent}");
    assert_eq!(resent["data"]["response"]["status"], "success");
    assert_eq!(receiver.deliveries.load(Ordering::SeqCst), before + 1);
    assert_eq!(receiver.duplicates.load(Ordering::SeqCst), 1);
    assert_eq!(types(&receiver).len(), 8, "a duplicate was handled twice");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_receiver_that_fails_is_recorded_and_not_tried_again() {
    let (receiver, url) = receiver(500).await;
    let (running, flow) = flow_with_webhook(&url).await;
    running
        .walk(&flow, &EventSuffix::AppRegistrationCreated)
        .await
        .unwrap();
    assert!(running.stand_in().settled(Duration::from_secs(10)).await);
    let (_, events) = call(&running, "GET", "/v2/webhook-events", Value::Null).await;
    let event = &events["data"][0];
    assert_eq!(event["response"], json!({ "status": "fail", "code": 500 }));
    // A later event is delivered after it: the failed one was not sent again meanwhile.
    running
        .walk(&flow, &EventSuffix::AppRegistrationCreated)
        .await
        .unwrap();
    assert!(running.stand_in().settled(Duration::from_secs(10)).await);
    assert_eq!(receiver.deliveries.load(Ordering::SeqCst), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_receiver_that_hangs_does_not_hold_up_the_api() {
    let (receiver, url) = receiver(200).await;
    let (running, flow) = flow_with_webhook(&url).await;
    let held = receiver.hold.write().await;
    // Every delivery waits on the receiver; every call still answers.
    let walked = tokio::time::timeout(
        Duration::from_secs(30),
        running.walk(&flow, &EventSuffix::AppRegistrationCompleted),
    )
    .await
    .expect("a call waited for a delivery");
    assert!(walked.is_ok(), "{walked:?}");
    assert!(receiver.handled.lock().unwrap().is_empty());
    drop(held);
    assert!(running.stand_in().settled(Duration::from_secs(30)).await);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_webhook_that_is_not_loopback_is_never_connected_to() {
    for url in [
        "http://10.255.255.1:9/hook",
        "http://0.0.0.0:9/hook",
        "http://[::ffff:127.0.0.1]:9/hook",
        "https://127.0.0.1:9/hook",
        "http://user:secret@127.0.0.1:9/hook",
    ] {
        let (running, flow) = flow_with_webhook(url).await;
        running
            .walk(&flow, &EventSuffix::AppRegistrationCreated)
            .await
            .unwrap();
        assert!(running.stand_in().settled(Duration::from_secs(10)).await);
        let (_, events) = call(&running, "GET", "/v2/webhook-events", Value::Null).await;
        let response = &events["data"][0]["response"];
        assert_eq!(response["status"], "fail", "{url}: {response}");
        let reason = response["reason"].as_str().unwrap();
        assert!(reason.contains("--forward-to"), "{url}: {reason}");
        assert!(!reason.contains("secret"), "{reason}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn forward_to_sends_every_event_flows_without_a_webhook_included() {
    let (receiver, url) = receiver(200).await;
    let running = StandIn::spawn().await.unwrap();
    running.stand_in().forward_to(&url).await.unwrap();
    assert!(
        running
            .stand_in()
            .forward_to("http://10.0.0.1/hook")
            .await
            .is_err()
    );
    let client = running.client().unwrap();
    let body = with_steps("Plain", "skip");
    let flow: ObjectId = client
        .create_value(&body)
        .await
        .unwrap()
        .id
        .parse()
        .unwrap();
    running
        .walk(&flow, &EventSuffix::AppRegistrationCompletedWithoutKyc)
        .await
        .unwrap();
    assert!(running.stand_in().settled(Duration::from_secs(10)).await);
    // `skipKYC` delivers its end event only.
    assert_eq!(
        types(&receiver),
        [
            "onboarding_app_registration_created",
            "onboarding_app_registration_completed_without_kyc",
        ]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_walk_the_flow_cannot_make_or_a_server_that_is_not_the_stand_in_is_refused() {
    let (_, url) = receiver(200).await;
    let (running, flow) = flow_with_webhook(&url).await;
    let refused = running
        .walk(&flow, &EventSuffix::AppRegistrationCompletedWithoutKyc)
        .await
        .unwrap_err();
    assert!(
        refused.to_string().contains("cannot end without KYC"),
        "{refused}"
    );
    let refused = running
        .walk(&flow, &EventSuffix::EmailValidationValidated)
        .await
        .unwrap_err();
    assert!(
        refused.to_string().contains("email_validation_validated"),
        "{refused}"
    );
    // Nothing was created by either.
    let (_, listed) = call(&running, "GET", "/v2/app-registrations", Value::Null).await;
    assert_eq!(listed["total"], 0);

    // A server that answers like Verifik but does not name itself as the stand-in.
    let (base, asked) = super::double(vec![(200, vec![], br#"{"data": []}"#.to_vec())]).await;
    let client = verifik_flow::client::Client::new(&base, "t0ken-for-a-double").unwrap();
    let refused = client
        .walk(&flow, &EventSuffix::AppRegistrationCompleted)
        .await
        .unwrap_err();
    assert!(refused.to_string().contains("stand-in"), "{refused}");
    assert_eq!(asked.lock().unwrap().len(), 1, "only the check was sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_webhook_is_linked_unlinked_and_deleted_and_its_flows_follow() {
    let (receiver, url) = receiver(200).await;
    let (running, flow) = flow_with_webhook(&url).await;
    let client = running.client().unwrap();
    let (_, webhooks) = call(&running, "GET", "/v2/webhook-events", Value::Null).await;
    assert_eq!(webhooks["total"], 0);
    let linked = client.get(&flow).await.unwrap();
    let webhook = linked.raw()["integrations"]["webhook"]
        .as_str()
        .unwrap()
        .to_owned();

    // Unlinked: the flow names no webhook, and its events go nowhere.
    let (status, answer) = call(
        &running,
        "PUT",
        &format!("/v2/webhooks/{webhook}"),
        json!({ "unlink": [flow.as_str()], "name": "Renamed" }),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["data"]["name"], "Renamed");
    assert_eq!(answer["data"]["link"], json!([]));
    let unlinked = client.get(&flow).await.unwrap();
    assert_eq!(unlinked.raw()["integrations"]["webhook"], Value::Null);
    running
        .walk(&flow, &EventSuffix::AppRegistrationCreated)
        .await
        .unwrap();
    assert!(running.stand_in().settled(Duration::from_secs(10)).await);
    assert_eq!(receiver.deliveries.load(Ordering::SeqCst), 0);

    // Linked again, then deleted: the flow is unlinked with it.
    let (status, _) = call(
        &running,
        "PUT",
        &format!("/v2/webhooks/{webhook}"),
        json!({ "link": [flow.as_str()] }),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        client.get(&flow).await.unwrap().raw()["integrations"]["webhook"],
        json!(webhook)
    );
    let (status, _) = call(
        &running,
        "DELETE",
        &format!("/v2/webhooks/{webhook}"),
        Value::Null,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        client.get(&flow).await.unwrap().raw()["integrations"]["webhook"],
        Value::Null
    );
    let (status, _) = call(
        &running,
        "DELETE",
        &format!("/v2/webhooks/{webhook}"),
        Value::Null,
    )
    .await;
    assert_eq!(status, 404);

    // A link to a flow that does not exist, a URL that is not one, a key of no webhook.
    for (body, expected) in [
        (
            json!({ "url": url, "name": "x", "link": ["65b03015c03e1a1b595fe6ff"] }),
            404,
        ),
        (json!({ "url": "not a url", "name": "x" }), 400),
        (json!({ "url": url, "name": "x", "secret": "s" }), 400),
        (json!({ "name": "no url" }), 400),
    ] {
        let (status, answer) = call(&running, "POST", "/v2/webhooks", body.clone()).await;
        assert_eq!(status, expected, "{body}: {answer}");
    }
}

/// One call into the stand-in's routes, in process.
async fn in_process(stand_in: &StandIn, method: &str, path: &str, body: Value) -> (u16, Value) {
    use tower::ServiceExt as _;
    let request = axum::http::Request::builder()
        .method(method)
        .uri(path)
        .header("authorization", format!("Bearer {}", super::TOKEN))
        .header("content-type", "application/json")
        .body(axum::body::Body::from(body.to_string()))
        .unwrap();
    let response = stand_in.router().oneshot(request).await.unwrap();
    let status = response.status().as_u16();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn webhooks_links_and_events_are_kept_in_the_data_file() {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("stand-in.db");
    let stand_in = StandIn::with_data_file(super::TOKEN, &data).unwrap();
    let (status, flow) = in_process(
        &stand_in,
        "POST",
        "/v2/project-flows",
        with_steps("Kept", "skip"),
    )
    .await;
    assert_eq!(status, 200, "{flow}");
    let flow = flow["data"]["_id"].as_str().unwrap().to_owned();
    // A receiver that is not there: the delivery fails, and is recorded.
    let (status, webhook) = in_process(
        &stand_in,
        "POST",
        "/v2/webhooks",
        json!({ "url": "http://127.0.0.1:9/hook", "name": "Kept", "link": [flow] }),
    )
    .await;
    assert_eq!(status, 200, "{webhook}");
    let (status, created) = in_process(
        &stand_in,
        "POST",
        "/v2/app-registrations",
        json!({ "project": project().as_str(), "projectFlow": flow, "email": "kept@example.com" }),
    )
    .await;
    assert_eq!(status, 200, "{created}");
    assert!(stand_in.settled(Duration::from_secs(10)).await);
    drop(stand_in);

    let stand_in = StandIn::with_data_file(super::TOKEN, &data).unwrap();
    let (_, read) = in_process(
        &stand_in,
        "GET",
        &format!("/v3/project-flows/{flow}"),
        Value::Null,
    )
    .await;
    assert_eq!(
        read["data"]["integrations"]["webhook"],
        webhook["data"]["_id"]
    );
    let (_, events) = in_process(&stand_in, "GET", "/v2/webhook-events", Value::Null).await;
    assert_eq!(events["total"], 1, "{events}");
    assert_eq!(
        events["data"][0]["type"],
        "onboarding_app_registration_created"
    );
    assert_eq!(events["data"][0]["response"]["status"], "fail");
    let (status, _) = in_process(
        &stand_in,
        "PUT",
        &format!("/v2/webhooks/{}", webhook["data"]["_id"].as_str().unwrap()),
        json!({ "name": "Still here" }),
    )
    .await;
    assert_eq!(status, 200);
}
