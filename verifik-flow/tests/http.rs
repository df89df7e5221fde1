//! The client against the stand-in, over real loopback HTTP: every success and error path.

#[path = "http/journey.rs"]
mod journey;
#[path = "http/webhooks.rs"]
mod webhooks;

use std::time::Duration;

use serde_json::{Value, json};
use verifik_flow::client::{Client, ClientError, ListQuery};
use verifik_flow::server::{StandIn, StoreErrorKind};
use verifik_flow::{ObjectId, ProjectFlow, RecordStatus, Status};

const TOKEN: &str = "test-token-7f3a";

fn project() -> verifik_flow::ProjectId {
    "65b03015c03e1a1b595fe61c".parse().unwrap()
}

/// The same stored flow, read from different routes: the v2 routes answer Mongoose's `__v`
/// where the others answer `version`.
fn assert_same(read: &verifik_flow::ProjectFlowRecord, expected: &verifik_flow::ProjectFlowRecord) {
    let strip = |record: &verifik_flow::ProjectFlowRecord| {
        let mut raw = record.raw().clone();
        raw.remove("__v");
        raw.remove("version");
        raw
    };
    assert_eq!(strip(read), strip(expected));
}

/// The version of a v2 answer, which carries Mongoose's `__v` (the version less one) and no
/// `version`, as Verifik's v2 pages show.
fn v2_version(record: &verifik_flow::ProjectFlowRecord) -> Option<u64> {
    assert_eq!(record.version, None, "a v2 answer has no `version`");
    record
        .raw()
        .get("__v")
        .and_then(serde_json::Value::as_u64)
        .map(|v| v + 1)
}

async fn start(stand_in: StandIn) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(stand_in.serve(listener));
    base
}

async fn stand_in() -> (String, Client) {
    let base = start(StandIn::in_memory(TOKEN)).await;
    let client = Client::new(&base, TOKEN).unwrap();
    (base, client)
}

fn flow(name: &str) -> ProjectFlow {
    ProjectFlow::smart_enroll(project(), name).build().unwrap()
}

fn source_page() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/corpus/valid/source-page.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn api_error(result: Result<impl std::fmt::Debug, ClientError>) -> (u16, verifik_flow::ApiError) {
    match result {
        Err(ClientError::Api { status, error }) => (status, error),
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn create_get_list_update_delete() {
    let (_, client) = stand_in().await;
    let created = client.create(&flow("First")).await.unwrap();
    assert_eq!(created.version, Some(1));
    assert_eq!(created.created_at, created.updated_at);
    assert_eq!(created.to_flow().unwrap(), flow("First"));

    assert_same(&client.get(&created.id).await.unwrap(), &created);

    let second = client.create(&flow("Second")).await.unwrap();
    assert_ne!(second.id, created.id);
    let page = client
        .list(&ListQuery {
            limit: Some(1),
            page: Some(2),
            ..ListQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(
        (page.total, page.pages, page.page, page.limit),
        (2, 2, 2, 1)
    );
    assert_eq!(page.data.len(), 1);
    let drafts = client
        .list(&ListQuery {
            project: Some(project()),
            status: Some(RecordStatus::Draft),
            ..ListQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(drafts.total, 2);
    let active = client
        .list(&ListQuery {
            status: Some(RecordStatus::Active),
            ..ListQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(active.total, 0);

    let updated = client
        .update(
            &created.id,
            &json!({ "status": "active", "liveness": { "minScore": 0.8 } }),
        )
        .await
        .unwrap();
    assert_eq!(v2_version(&updated), Some(2));
    assert_eq!(updated.status, Some(RecordStatus::Active));
    let liveness = updated.to_flow().unwrap().liveness.unwrap();
    assert_eq!(
        liveness.min_score,
        Some(verifik_flow::MinScore::new(0.8).unwrap())
    );
    // Only the keys sent changed.
    assert_eq!(
        liveness.search_min_score,
        created
            .to_flow()
            .unwrap()
            .liveness
            .unwrap()
            .search_min_score
    );
    assert_eq!(updated.name.as_deref(), Some("First"));
    assert_eq!(updated.created_at, created.created_at);

    let deleted = client.delete(&created.id).await.unwrap();
    assert_eq!(deleted.id, created.id);
    assert_eq!(deleted.status, Some(RecordStatus::Deleted));
    let (status, error) = api_error(client.get(&created.id).await);
    assert_eq!((status, error.code.as_str()), (404, "NotFound"));
    let (status, _) = api_error(client.delete(&created.id).await);
    assert_eq!(status, 404);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_invalid_body_is_not_sent() {
    let (_, client) = stand_in().await;
    let mut body = source_page();
    body["liveness"]["minScore"] = json!(1.5);
    match client.create_value(&body).await {
        Err(ClientError::Invalid(errors)) => assert_eq!(
            errors.iter().next().unwrap().pointer(),
            "/liveness/minScore"
        ),
        other => panic!("{other:?}"),
    }
    let page = client.list(&ListQuery::default()).await.unwrap();
    assert_eq!(page.total, 0, "nothing reached the server");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_stand_in_answers_like_verifik() {
    let (base, _) = stand_in().await;
    let http = reqwest::Client::new();
    let post = |body: String, token: Option<&str>| {
        let mut request = http.post(format!("{base}/v2/project-flows")).body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };

    // No token: 401; a wrong token: 403; both `Forbidden`.
    let response = post(source_page().to_string(), None).await.unwrap();
    assert_eq!(response.status(), 401);
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        (body["code"].as_str(), body["message"].as_str()),
        (Some("Forbidden"), Some("Access forbidden"))
    );
    assert_eq!(
        post(source_page().to_string(), Some("wrong"))
            .await
            .unwrap()
            .status(),
        403
    );

    // The documentation page's own 23-digit project ID: 400, in Verifik's words.
    let mut bad_id = source_page();
    bad_id["project"] = json!("64a1b2c3d4e5f6789012345");
    let response = post(bad_id.to_string(), Some(TOKEN)).await.unwrap();
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["message"], "Invalid project ID format");
    assert_eq!(body["code"], "BadRequest");

    // A rule: 422 with details, fields dotted as Verifik writes them.
    let mut broken = source_page();
    broken["documents"]["verificationMethods"] = json!([]);
    let response = post(broken.to_string(), Some(TOKEN)).await.unwrap();
    assert_eq!(response.status(), 422);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "UnprocessableEntity");
    assert_eq!(body["details"][0]["field"], "documents.verificationMethods");
    assert!(
        body["details"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("D1: ")
    );

    // Not JSON: 400.
    let response = post("{\"project\": ".into(), Some(TOKEN)).await.unwrap();
    assert_eq!(response.status(), 400);

    // Over 1 MiB: 413.
    let mut huge = source_page();
    huge["name"] = json!("x".repeat(1_100_000));
    let response = post(huge.to_string(), Some(TOKEN)).await.unwrap();
    assert_eq!(response.status(), 413);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "PayloadTooLarge");

    // A method the endpoint does not take: 405, in Verifik's shape.
    let response = http
        .patch(format!("{base}/v2/project-flows"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "MethodNotAllowed");

    // An unknown path and a bad page: 404, 400.
    let response = http
        .get(format!("{base}/v2/nothing"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    let response = http
        .get(format!("{base}/v2/project-flows?limit=500"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_token_is_a_typed_refusal_and_never_shown() {
    let (base, _) = stand_in().await;
    let client = Client::new(&base, "my-secret-token-123").unwrap();
    let result = client.get("65b03015c03e1a1b595fe61d").await;
    let shown = format!("{result:?} {}", result.as_ref().unwrap_err());
    assert!(!shown.contains("my-secret-token-123"), "{shown}");
    let (status, error) = api_error(result);
    assert_eq!((status, error.code.as_str()), (403, "Forbidden"));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_update_that_breaks_a_rule_is_refused_and_changes_nothing() {
    let (_, client) = stand_in().await;
    let created = client.create(&flow("Strict")).await.unwrap();
    let (status, error) = api_error(
        client
            .update(
                &created.id,
                &json!({ "signUpForm": { "phoneGateway": "none" } }),
            )
            .await,
    );
    assert_eq!(status, 422);
    assert_eq!(error.details[0].field, "signUpForm.phoneGateway");
    // The client refuses a misspelt key before sending; the stand-in refuses it too.
    let refused = client.update(&created.id, &json!({ "nmae": "typo" })).await;
    assert!(
        matches!(refused, Err(ClientError::Invalid(_))),
        "{refused:?}"
    );
    let base = client.base_url().to_owned();
    let answer = reqwest::Client::new()
        .put(format!("{base}/v2/project-flows/{}", created.id))
        .bearer_auth(TOKEN)
        .json(&json!({ "nmae": "typo" }))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 422);
    assert_same(&client.get(&created.id).await.unwrap(), &created);
}

#[tokio::test(flavor = "multi_thread")]
async fn transport_failures_are_told_apart_and_do_not_show_the_token() {
    // A port nobody listens on.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = Client::with_timeouts(
        &base,
        "hidden-token-xyz",
        Duration::from_secs(2),
        Duration::from_secs(5),
    )
    .unwrap();
    let error = client.get("65b03015c03e1a1b595fe61d").await.unwrap_err();
    assert!(matches!(error, ClientError::Transport { .. }), "{error:?}");
    // A network error names which Verifik it could not reach.
    assert!(error.to_string().contains(&base), "{error}");
    assert!(!format!("{error} {error:?}").contains("hidden-token-xyz"));
}

#[tokio::test(flavor = "multi_thread")]
async fn bases_other_than_https_or_loopback_http_are_refused() {
    assert!(matches!(
        Client::new("http://api.verifik.co", TOKEN),
        Err(ClientError::Config(_))
    ));
    assert!(Client::new("https://api.verifik.co", TOKEN).is_ok());
}

/// A server that answers `503 Retry-After: 0` to the first `failures` calls, then `body`.
async fn flaky(
    failures: usize,
    status: u16,
    retry_after: Option<&'static str>,
    body: Value,
) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use axum::http::StatusCode;
    use axum::response::IntoResponse;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let hits = std::sync::Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    let handler = move || {
        let counter = counter.clone();
        let body = body.clone();
        async move {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            if n < failures {
                let mut response = (
                    StatusCode::from_u16(status).unwrap(),
                    axum::Json(json!({ "message": "slow down", "code": "TooManyRequests" })),
                )
                    .into_response();
                if let Some(after) = retry_after {
                    response
                        .headers_mut()
                        .insert("retry-after", after.parse().unwrap());
                }
                response
            } else {
                axum::Json(body).into_response()
            }
        }
    };
    let router = axum::Router::new().fallback(handler);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    (base, hits)
}

fn record_body() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/source-page/response-200.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn idempotent_calls_are_retried_on_503_and_429_as_retry_after_says() {
    use std::sync::atomic::Ordering;
    let id: ObjectId = "64a1b2c3d4e5f67890123460".parse().unwrap();
    for status in [503, 429] {
        let (base, hits) = flaky(2, status, Some("0"), record_body()).await;
        let client = Client::new(&base, TOKEN).unwrap();
        assert_eq!(client.get(&id).await.unwrap().id, id.as_str());
        assert_eq!(hits.load(Ordering::SeqCst), 3);
    }
    // Bounded: after MAX_ATTEMPTS the error is returned.
    let (base, hits) = flaky(10, 503, Some("0"), record_body()).await;
    let (status, _) = api_error(Client::new(&base, TOKEN).unwrap().get(&id).await);
    assert_eq!(status, 503);
    assert_eq!(
        hits.load(Ordering::SeqCst),
        verifik_flow::client::MAX_ATTEMPTS as usize
    );
    // Without Retry-After, tried again after a short, jittered pause.
    let (base, hits) = flaky(1, 503, None, record_body()).await;
    assert_eq!(
        Client::new(&base, TOKEN)
            .unwrap()
            .get(&id)
            .await
            .unwrap()
            .id,
        id.as_str()
    );
    assert_eq!(hits.load(Ordering::SeqCst), 2);
    // A Retry-After past the longest wait is not waited for; the longest wait is the user's.
    let (base, hits) = flaky(1, 503, Some("3600"), record_body()).await;
    assert!(Client::new(&base, TOKEN).unwrap().get(&id).await.is_err());
    assert_eq!(hits.load(Ordering::SeqCst), 1);
    let (base, hits) = flaky(1, 503, Some("1"), record_body()).await;
    let impatient = Client::new(&base, TOKEN)
        .unwrap()
        .with_max_wait(std::time::Duration::ZERO);
    assert!(impatient.get(&id).await.is_err());
    assert_eq!(hits.load(Ordering::SeqCst), 1);
    // A create is not idempotent: after a 502 (it may have happened) it is not tried again;
    // after a 503 (Verifik did nothing) it is.
    let (base, hits) = flaky(1, 502, Some("0"), record_body()).await;
    assert!(
        Client::new(&base, TOKEN)
            .unwrap()
            .create(&flow("Once"))
            .await
            .is_err()
    );
    assert_eq!(hits.load(Ordering::SeqCst), 1);
    let (base, hits) = flaky(1, 503, Some("0"), record_body()).await;
    assert!(
        Client::new(&base, TOKEN)
            .unwrap()
            .create(&flow("Once"))
            .await
            .is_ok()
    );
    assert_eq!(hits.load(Ordering::SeqCst), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_answer_of_the_wrong_shape_is_a_decode_error() {
    let (base, _) = flaky(0, 200, None, json!({ "unexpected": true })).await;
    let error = Client::new(&base, TOKEN)
        .unwrap()
        .get("64a1b2c3d4e5f67890123460")
        .await
        .unwrap_err();
    assert!(
        matches!(error, ClientError::Decode { status: 200, .. }),
        "{error:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn concurrent_creates_and_updates_all_land() {
    let (_, client) = stand_in().await;
    let mut tasks = Vec::new();
    for i in 0..200 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            let created = client.create(&flow(&format!("Flow {i}"))).await.unwrap();
            let updated = client
                .update(&created.id, &json!({ "name": format!("Flow {i} v2") }))
                .await
                .unwrap();
            let updated = client
                .update(&updated.id, &json!({ "status": "active" }))
                .await
                .unwrap();
            (created.id, updated)
        }));
    }
    let mut ids = std::collections::BTreeSet::new();
    for task in tasks {
        let (id, updated) = task.await.unwrap();
        assert_eq!(v2_version(&updated), Some(3));
        assert!(ids.insert(id), "ids are unique");
    }
    let page = client
        .list(&ListQuery {
            limit: Some(100),
            ..ListQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(page.total, 200);
    for id in &ids {
        let stored = client.get(id).await.unwrap();
        assert_eq!(v2_version(&stored), Some(3));
        assert_eq!(stored.status, Some(RecordStatus::Active));
        assert!(stored.name.as_deref().unwrap().ends_with(" v2"));
    }
    let _ = Status::Draft;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_data_file_keeps_flows_across_restarts_and_one_stand_in_owns_it() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("flows.db");
    let stand_in = StandIn::with_data_file(TOKEN, &path).unwrap();
    // While one stand-in holds the file, a second is refused and says why.
    let error = StandIn::with_data_file(TOKEN, &path)
        .unwrap_err()
        .to_string();
    assert!(error.contains("in use by another stand-in"), "{error}");
    assert!(error.contains("flows.db"), "{error}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the data file is its owner's alone");
    }

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(stand_in.serve(listener));
    let client = Client::new(&base, TOKEN).unwrap();
    let kept = client.create(&flow("Kept")).await.unwrap();
    let gone = client.create(&flow("Gone")).await.unwrap();
    client.delete(&gone.id).await.unwrap();
    let kept = client
        .update(&kept.id, &json!({ "status": "active" }))
        .await
        .unwrap();
    // SQLite's write-ahead log holds the flows too: it is as private as the file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let log = folder.path().join("flows.db-wal");
        let mode = std::fs::metadata(&log).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the log is its owner's alone");
    }
    server.abort();
    let _ = server.await;
    drop(client);

    // Once the first is gone (its connections close a moment later), the next stand-in on the
    // file sees exactly what was acknowledged.
    let mut reopened = None;
    for _ in 0..100 {
        match StandIn::with_data_file(TOKEN, &path) {
            Ok(stand_in) => {
                reopened = Some(stand_in);
                break;
            }
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(20)).await,
        }
    }
    let base = start(reopened.expect("the file is released when its stand-in stops")).await;
    let again = Client::new(&base, TOKEN).unwrap();
    assert_same(&again.get(&kept.id).await.unwrap(), &kept);
    assert_eq!(again.list(&ListQuery::default()).await.unwrap().total, 1);
}

#[test]
fn a_data_file_that_is_not_a_stand_in_database_is_refused_untouched() {
    let folder = tempfile::tempdir().unwrap();
    let cases: &[(&str, &[u8], &str)] = &[
        ("text.db", b"not json", "is neither a stand-in database nor"),
        (
            "half.json",
            b"{\"format\": 1, \"flows\": [",
            "is JSON but not a complete data file",
        ),
        (
            "future.json",
            b"{\"format\": 9, \"flows\": []}",
            "has format 9",
        ),
        (
            "truncated.db",
            b"SQLite format 3\0\x10\0\x01\x01\0@  \0\0\0\x01",
            "cannot",
        ),
    ];
    for (name, bytes, expected) in cases {
        let path = folder.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let error = StandIn::with_data_file(TOKEN, &path)
            .unwrap_err()
            .to_string();
        assert!(error.contains(expected), "{name}: {error}");
        assert!(error.contains(name), "{name}: {error}");
        assert_eq!(std::fs::read(&path).unwrap(), *bytes, "{name} was changed");
    }
    // Another program's SQLite database.
    let other = folder.path().join("other.db");
    let db = rusqlite::Connection::open(&other).unwrap();
    db.execute_batch("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');")
        .unwrap();
    drop(db);
    let error = StandIn::with_data_file(TOKEN, &other).unwrap_err();
    assert_eq!(error.kind(), StoreErrorKind::NotOurs);
    let error = error.to_string();
    assert!(
        error.contains("a SQLite database of another program"),
        "{error}"
    );

    // A folder that does not exist, and a symbolic link, are refused with what to do.
    let missing = folder.path().join("no-such-folder/flows.db");
    let refused = StandIn::with_data_file(TOKEN, &missing).unwrap_err();
    // In Spanish too, the same kind.
    let spanish = refused.message_in(verifik_flow::Lang::Es);
    assert!(
        spanish.contains("no existe; créala primero") && spanish.contains("el archivo de datos"),
        "{spanish}"
    );
    let error = refused.to_string();
    assert!(error.contains("does not exist; create it first"), "{error}");
    #[cfg(unix)]
    {
        let link = folder.path().join("link.db");
        std::os::unix::fs::symlink(folder.path().join("target.db"), &link).unwrap();
        let error = StandIn::with_data_file(TOKEN, &link).unwrap_err();
        assert_eq!(error.kind(), StoreErrorKind::NotAFile);
        let error = error.to_string();
        assert!(error.contains("is a symbolic link"), "{error}");
        assert!(!folder.path().join("target.db").exists());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_json_data_file_of_an_earlier_stand_in_is_imported_once_and_kept() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("flows.json");
    let record = json!({
        "_id": "65b03015c03e1a1b595fe61f",
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "From JSON",
        "target": "personal",
        "status": "draft",
        "version": 1,
        "createdAt": "2026-01-01T00:00:00.000Z",
        "updatedAt": "2026-01-01T00:00:00.000Z"
    });
    let old = json!({ "format": 1, "flows": [record] }).to_string();
    std::fs::write(&path, &old).unwrap();
    let stand_in = StandIn::with_data_file(TOKEN, &path).unwrap();
    // The import is told to whoever opened it, in their language; the library prints nothing.
    let notice = stand_in.notice().expect("an import is told");
    assert!(
        notice
            .get(verifik_flow::Lang::En)
            .starts_with("imported 1 flow from the JSON data file"),
        "{notice:?}"
    );
    assert!(
        notice
            .get(verifik_flow::Lang::Es)
            .contains("se importó (1 flujo)"),
        "{notice:?}"
    );
    let base = start(stand_in).await;
    let client = Client::new(&base, TOKEN).unwrap();
    let id: verifik_flow::ObjectId = "65b03015c03e1a1b595fe61f".parse().unwrap();
    assert_eq!(
        client.get(&id).await.unwrap().name.as_deref(),
        Some("From JSON")
    );
    let kept = folder.path().join("flows.json.v1.json");
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), old);
    assert!(
        std::fs::read(&path)
            .unwrap()
            .starts_with(b"SQLite format 3\0")
    );
}

/// A Smart Access flow goes through the client and the stand-in as an onboarding flow does:
/// created after its own rules, stored with every key, read back, listed by type, updated with
/// the rules of the merged login body, and turned back into the body it was.
#[tokio::test(flavor = "multi_thread")]
async fn a_login_flow_is_created_read_listed_and_updated() {
    use verifik_flow::{Flow, FlowType, LoginFlow, SecuritySource, SecurityStrategy};

    let (_, client) = stand_in().await;
    let login = LoginFlow::smart_access(project())
        .name("Members sign-in")
        .redirect_url("https://example.com/signed-in")
        .security(
            verifik_flow::Security::builder()
                .strategy(SecurityStrategy::Whitelist)
                .source(Some(SecuritySource::SmartEnroll)),
        )
        .build()
        .unwrap();
    let created = client
        .create_flow(&Flow::from(login.clone()))
        .await
        .unwrap();
    assert_eq!(created.flow_type, Some(FlowType::Login));
    assert_eq!(created.target, None);
    assert!(created.raw().contains_key("loginSettings"), "{created:?}");
    assert_eq!(created.to_any_flow().unwrap(), Flow::Login(login.clone()));
    assert!(created.to_flow().is_err());
    client.create(&flow("Onboarding")).await.unwrap();

    let read = client.get(&created.id).await.unwrap();
    assert_same(&read, &created);
    let logins = client
        .list(&ListQuery {
            flow_type: Some(FlowType::Login),
            ..ListQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(logins.total, 1);
    assert_eq!(logins.data[0].id, created.id);

    // The merged body keeps the login rules: turning the only factors off is A1.
    let (status, error) = api_error(
        client
            .update(
                &created.id,
                &json!({ "loginSettings": { "email": false, "faceLiveness": false } }),
            )
            .await,
    );
    assert_eq!(status, 422);
    assert!(
        error
            .details
            .iter()
            .any(|d| d.field == "loginSettings" && d.message.contains("sign-in factor")),
        "{error}"
    );
    let renamed = client
        .update(&created.id, &json!({ "name": "Staff sign-in" }))
        .await
        .unwrap();
    assert_eq!(renamed.name.as_deref(), Some("Staff sign-in"));
    assert_eq!(v2_version(&renamed), Some(2));
}

/// The stand-in refuses every invalid body of the shared corpus (onboarding and login, every
/// rule and both directions of `flow-type-key`) in the words `validate_flow_str` and the CLI
/// use: the rule and its message, at the member's dotted path.
#[tokio::test(flavor = "multi_thread")]
async fn the_stand_in_refuses_the_corpus_in_the_words_of_the_rules() {
    let (base, _) = stand_in().await;
    let http = reqwest::Client::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus/invalid");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = verifik_flow::validate_flow_str(&text).unwrap_err();
        let violation = expected.iter().next().unwrap();
        let response = http
            .post(format!("{base}/v2/project-flows"))
            .bearer_auth(TOKEN)
            .body(text)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let body: Value = response.json().await.unwrap();
        if violation.pointer() == "/project" {
            assert_eq!(
                (status, &body["message"]),
                (400, &json!("Invalid project ID format"))
            );
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(status, 422, "{name}: {body}");
        let detail = &body["details"][0];
        assert_eq!(
            detail["message"],
            json!(format!("{}: {}", violation.rule(), violation.message())),
            "{name}"
        );
        let pointer = if violation.pointer().is_empty() {
            violation.place().pointer.clone()
        } else {
            violation.pointer().to_owned()
        };
        let dotted = pointer.trim_start_matches('/').replace('/', ".");
        assert_eq!(detail["field"], json!(dotted), "{name}");
        checked += 1;
    }
    assert!(checked >= 45, "{checked}");
}

async fn start_with(limits: verifik_flow::server::Limits) -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(StandIn::in_memory(TOKEN).serve_with(listener, limits));
    addr
}

fn short_limits() -> verifik_flow::server::Limits {
    verifik_flow::server::Limits {
        header_timeout: std::time::Duration::from_millis(200),
        request_timeout: std::time::Duration::from_millis(400),
        in_flight: 4,
    }
}

/// Reads what the server sends until it closes the connection (a bound on the wait keeps a
/// regression from hanging the test run).
async fn read_until_closed(stream: &mut tokio::net::TcpStream) -> String {
    use tokio::io::AsyncReadExt as _;
    let mut answer = Vec::new();
    tokio::time::timeout(
        std::time::Duration::from_secs(20),
        stream.read_to_end(&mut answer),
    )
    .await
    .expect("the server closed the connection")
    .unwrap();
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    use tokio::io::AsyncWriteExt as _;
    let addr = start_with(short_limits()).await;
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET /v2/project-flows HTTP/1.1\r\nHost: localhost\r\n")
        .await
        .unwrap();
    let answer = read_until_closed(&mut stream).await;
    assert!(!answer.contains("200 OK"), "{answer}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_body_that_never_arrives_is_answered_408() {
    use tokio::io::AsyncWriteExt as _;
    let addr = start_with(short_limits()).await;
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(
            format!(
                "POST /v2/project-flows HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {TOKEN}\r\n\
                 Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"project\""
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    let answer = read_until_closed(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("send it again"), "{answer}");
}

#[tokio::test(flavor = "multi_thread")]
async fn past_the_cap_requests_wait_and_every_one_is_answered() {
    let addr = start_with(verifik_flow::server::Limits {
        in_flight: 2,
        ..verifik_flow::server::Limits::default()
    })
    .await;
    let client = Client::new(&format!("http://{addr}"), TOKEN).unwrap();
    let creates: Vec<_> = (0..300)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move { client.create(&flow(&format!("Flow {i}"))).await })
        })
        .collect();
    for create in creates {
        create.await.unwrap().unwrap();
    }
    let page = client
        .list(&ListQuery {
            limit: Some(1),
            ..ListQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(page.total, 300);
}

/// One scripted answer of the double: status, headers, body.
type Scripted = (u16, Vec<(&'static str, String)>, Vec<u8>);

/// A double of Verifik on loopback: answers from `script` in order (the last one again when
/// the script runs out), and records each request as `METHOD /path`.
async fn double(script: Vec<Scripted>) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use axum::http::{HeaderName, HeaderValue, Response, StatusCode};
    use std::sync::{Arc, Mutex};
    let asked = Arc::new(Mutex::new(Vec::new()));
    let script = Arc::new(Mutex::new(std::collections::VecDeque::from(script)));
    let (seen, answers) = (Arc::clone(&asked), Arc::clone(&script));
    let app = axum::Router::new().fallback(move |request: axum::extract::Request| {
        let (seen, answers) = (Arc::clone(&seen), Arc::clone(&answers));
        async move {
            seen.lock()
                .unwrap()
                .push(format!("{} {}", request.method(), request.uri()));
            let mut answers = answers.lock().unwrap();
            let (status, headers, body) = if answers.len() > 1 {
                answers.pop_front().unwrap()
            } else {
                answers.front().cloned().unwrap()
            };
            let mut response = Response::new(axum::body::Body::from(body));
            *response.status_mut() = StatusCode::from_u16(status).unwrap();
            for (name, value) in headers {
                response.headers_mut().insert(
                    HeaderName::from_static(name),
                    HeaderValue::from_str(&value).unwrap(),
                );
            }
            response
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (base, asked)
}

fn deleted_answer() -> Vec<u8> {
    br#"{"data": {"_id": "65b03015c03e1a1b595fe61f", "type": "onboarding", "status": "deleted"}}"#
        .to_vec()
}

#[tokio::test(flavor = "multi_thread")]
async fn create_is_never_tried_again_and_get_is() {
    use verifik_flow::client::ClientError;
    // A gateway's 502: the create may have reached Verifik, so it is not sent again.
    let gateway = (502, vec![("retry-after", "0".to_owned())], b"{}".to_vec());
    let (base, asked) = double(vec![gateway.clone(), gateway]).await;
    let client = Client::new(&base, TOKEN).unwrap();
    let error = client.create(&flow("Once")).await.unwrap_err();
    assert!(
        matches!(error, ClientError::Http { status: 502, .. }),
        "{error}"
    );
    assert_eq!(asked.lock().unwrap().len(), 1, "a create is sent once");
    // A 429 or 503: Verifik did nothing, so the create is sent again, and lands once.
    for refused in [429, 503] {
        let (base, asked) = double(vec![
            (
                refused,
                vec![("retry-after", "0".to_owned())],
                b"{}".to_vec(),
            ),
            (200, vec![], record_body().to_string().into_bytes()),
        ])
        .await;
        let client = Client::new(&base, TOKEN).unwrap();
        assert!(client.create(&flow("Once")).await.is_ok());
        assert_eq!(asked.lock().unwrap().len(), 2, "{refused}");
    }

    // GET: 502 (a gateway's HTML page), then 504 with an HTTP-date Retry-After, then the flow.
    let record = serde_json::to_vec(&json!({ "data": {
        "_id": "65b03015c03e1a1b595fe61f", "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding", "name": "x", "status": "draft", "version": 1,
        "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z"
    }}))
    .unwrap();
    let soon = httpdate::fmt_http_date(std::time::SystemTime::now());
    let (base, asked) = double(vec![
        (
            502,
            vec![],
            b"<html><body>Bad Gateway</body></html>".to_vec(),
        ),
        (504, vec![("retry-after", soon)], Vec::new()),
        (200, vec![], record),
    ])
    .await;
    let client = Client::new(&base, TOKEN).unwrap();
    let id: verifik_flow::ObjectId = "65b03015c03e1a1b595fe61f".parse().unwrap();
    assert_eq!(client.get(&id).await.unwrap().name.as_deref(), Some("x"));
    assert_eq!(asked.lock().unwrap().len(), 3);

    // Tries are bounded: a GET that keeps failing is reported with the last answer.
    let (base, asked) = double(vec![(503, vec![], b"down".to_vec())]).await;
    let client = Client::new(&base, TOKEN).unwrap();
    let error = client.get(&id).await.unwrap_err();
    assert!(error.to_string().contains("503"), "{error}");
    assert_eq!(asked.lock().unwrap().len(), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_retried_delete_that_finds_the_flow_gone_reports_it_deleted() {
    let not_found = (
        404,
        vec![],
        br#"{"message": "Project flow not found", "code": "NotFound"}"#.to_vec(),
    );
    let id: verifik_flow::ObjectId = "65b03015c03e1a1b595fe61f".parse().unwrap();
    // A gateway's 502 or 504: Verifik behind it may have deleted the flow, so a 404 on the
    // next try is that delete's doing.
    for may_have_happened in [502, 504] {
        let (base, asked) = double(vec![
            (
                may_have_happened,
                vec![("retry-after", "0".to_owned())],
                Vec::new(),
            ),
            not_found.clone(),
        ])
        .await;
        let client = Client::new(&base, TOKEN).unwrap();
        let deleted = client.delete(&id).await.unwrap();
        assert_eq!(deleted.id, id.as_str());
        assert_eq!(deleted.status, Some(RecordStatus::Deleted));
        assert_eq!(asked.lock().unwrap().len(), 2);
    }
    // A 429 or 503: Verifik refused the try and deleted nothing, so a 404 after it means the
    // flow never existed: "not found", not a made-up deletion.
    for refused in [429, 503] {
        let (base, asked) = double(vec![
            (refused, vec![("retry-after", "0".to_owned())], Vec::new()),
            not_found.clone(),
        ])
        .await;
        let client = Client::new(&base, TOKEN).unwrap();
        let (status, error) = api_error(client.delete(&id).await);
        assert_eq!(
            (status, error.code.as_str()),
            (404, "NotFound"),
            "{refused}"
        );
        assert_eq!(asked.lock().unwrap().len(), 2);
    }

    // Without a retry, a 404 is an error, and a deleted answer is read as it comes.
    let (base, _) = double(vec![(
        404,
        vec![],
        br#"{"message": "Project flow not found", "code": "NotFound"}"#.to_vec(),
    )])
    .await;
    let client = Client::new(&base, TOKEN).unwrap();
    assert!(client.delete(&id).await.is_err());
    let (base, _) = double(vec![(200, vec![], deleted_answer())]).await;
    let client = Client::new(&base, TOKEN).unwrap();
    assert_eq!(
        client.delete(&id).await.unwrap().status,
        Some(RecordStatus::Deleted)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn no_redirect_is_followed() {
    let (elsewhere, asked_elsewhere) = double(vec![(200, vec![], deleted_answer())]).await;
    let (base, asked) = double(vec![(
        307,
        vec![("location", format!("{elsewhere}/v3/project-flows/x"))],
        Vec::new(),
    )])
    .await;
    let client = Client::new(&base, TOKEN).unwrap();
    let id: verifik_flow::ObjectId = "65b03015c03e1a1b595fe61f".parse().unwrap();
    let error = client.delete(&id).await.unwrap_err().to_string();
    assert!(
        error.contains("307") && error.contains(&elsewhere),
        "{error}"
    );
    assert!(error.contains("follows no redirect"), "{error}");
    assert_eq!(asked.lock().unwrap().len(), 1);
    assert!(
        asked_elsewhere.lock().unwrap().is_empty(),
        "the token went elsewhere"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_endless_answer_is_cut_off() {
    let (base, _) = double(vec![(200, vec![], vec![b' '; 17 * 1024 * 1024])]).await;
    let client = Client::new(&base, TOKEN).unwrap();
    let id: verifik_flow::ObjectId = "65b03015c03e1a1b595fe61f".parse().unwrap();
    let error = client.get(&id).await.unwrap_err().to_string();
    assert!(error.contains("larger than 16 MiB"), "{error}");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_documented_error_shape_reaches_the_user_with_its_status_and_text() {
    let id: verifik_flow::ObjectId = "65b03015c03e1a1b595fe61f".parse().unwrap();
    let cases: Vec<(u16, &[u8], &[&str])> = vec![
        (400, br#"{"error": "Invalid request"}"#, &["400", "Invalid request"]),
        (
            400,
            br#"{"success": false, "error": "Invalid query", "code": "BadRequest"}"#,
            &["400", "BadRequest", "Invalid query"],
        ),
        (
            422,
            br#"{"message": "Project flow validation failed", "code": "UnprocessableEntity", "details": [{"field": "documents.verificationMethods", "message": "must not be empty"}]}"#,
            &["422", "Project flow validation failed", "documents.verificationMethods", "must not be empty"],
        ),
        (
            409,
            br#"{"message": "Cannot delete project flow with active users", "code": "Conflict", "status": 409, "timestamp": "2026-01-01T00:00:00.000Z"}"#,
            &["409", "Conflict", "active users"],
        ),
        (
            502,
            b"<html>\r\n<head><title>502 Bad Gateway</title></head>\x1b[2J</html>",
            &["502", "<html> <head><title>502 Bad Gateway", "\\u{1b}[2J"],
        ),
        (500, b"", &["500", "(an empty body)"]),
    ];
    for (status, body, expected) in cases {
        let (base, _) = double(vec![(status, vec![], body.to_vec())]).await;
        let client = Client::new(&base, TOKEN).unwrap();
        let error = client.delete(&id).await.unwrap_err().to_string();
        for text in expected {
            assert!(error.contains(text), "{status}: {text:?} not in {error:?}");
        }
        assert!(!error.contains('\u{1b}'), "{error:?}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_stand_in_answers_as_verifiks_pages_say() {
    let (base, client) = stand_in().await;
    let created = client.create(&flow("Docs")).await.unwrap();
    let http = reqwest::Client::new();
    let call = |method: reqwest::Method, path: String, auth: String| {
        let request = http
            .request(method, format!("{base}{path}"))
            .header("authorization", auth);
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.unwrap())
        }
    };
    let bearer = format!("Bearer {TOKEN}");
    let (status, body) = call(
        reqwest::Method::GET,
        "/v2/project-flows/xyz".into(),
        bearer.clone(),
    )
    .await;
    assert_eq!(
        (status, body["message"].as_str()),
        (400, Some("Invalid project flow ID format"))
    );
    let (status, body) = call(
        reqwest::Method::GET,
        "/v2/project-flows/65b03015c03e1a1b595fe000".into(),
        bearer.clone(),
    )
    .await;
    assert_eq!(
        (status, body["message"].as_str()),
        (404, Some("Project flow not found"))
    );
    // An ID in capitals is the same flow; the scheme of the header is case-insensitive.
    let upper = created.id.as_str().to_ascii_uppercase();
    let (status, body) = call(
        reqwest::Method::GET,
        format!("/v3/project-flows/{upper}"),
        format!("bearer {TOKEN}"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["_id"], created.id.as_str());
    // v2 answers the bare flow, with Mongoose's `__v`; the list, in the v2 list shape.
    let (_, v2_flow) = call(
        reqwest::Method::GET,
        format!("/v2/project-flows/{}", created.id),
        bearer.clone(),
    )
    .await;
    assert_eq!(
        (v2_flow["_id"].as_str(), v2_flow["__v"].as_u64()),
        (Some(created.id.as_str()), Some(0))
    );
    assert!(v2_flow.get("data").is_none(), "{v2_flow}");
    let (_, list) = call(
        reqwest::Method::GET,
        "/v2/project-flows".into(),
        bearer.clone(),
    )
    .await;
    assert_eq!(list["success"], true);
    assert_eq!(list["pagination"]["limit"], 10, "the documented default");
    assert_eq!(list["pagination"]["total"], 1);
    // PUT may pause a flow, on v2 and v3 alike.
    let paused = client
        .update(&created.id, &json!({ "status": "paused" }))
        .await
        .unwrap();
    assert_eq!(paused.status, Some(RecordStatus::Paused));
    let request = http
        .put(format!("{base}/v3/project-flows/{}", created.id))
        .header("authorization", &bearer)
        .json(&json!({ "name": "Docs v3" }));
    let answer: Value = request.send().await.unwrap().json().await.unwrap();
    assert_eq!(answer["data"]["name"], "Docs v3");
    assert_eq!(answer["data"]["status"], "paused");
    // A body that breaks the rules: Verifik's 422 message, a detail a violation.
    let request = http
        .post(format!("{base}/v2/project-flows"))
        .header("authorization", &bearer)
        .json(&json!({ "project": "65b03015c03e1a1b595fe61c", "type": "onboarding", "name": "x", "target": "personal", "status": "draft", "steps": { "document": "mandatory" } }));
    let response = request.send().await.unwrap();
    assert_eq!(response.status().as_u16(), 422);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["message"], "Project flow validation failed");
    let fields: Vec<&str> = answer["details"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|detail| detail["field"].as_str())
        .collect();
    assert!(fields.contains(&"steps.document"), "{answer}");
}

/// A client of a double of Verifik that answers every call with the v2 list page fixture.
async fn list_double() -> (Client, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    let page = serde_json::to_vec(&read_fixture("list-v2")).unwrap();
    let (base, asked) = double(vec![(200, vec![], page)]).await;
    (Client::new(&base, TOKEN).unwrap(), asked)
}

#[tokio::test(flavor = "multi_thread")]
async fn list_filters_reach_verifik_as_its_query_and_the_stand_in_ignores_populates() {
    let (client, asked) = list_double().await;
    let query = ListQuery {
        flow_type: Some(verifik_flow::FlowType::Login),
        populates: vec![
            verifik_flow::Populate::Project,
            verifik_flow::Populate::Client,
        ],
        ..ListQuery::default()
    };
    let page = client.list(&query).await.unwrap();
    assert_eq!(page.total, 25);
    let asked = asked.lock().unwrap()[0].clone();
    assert!(asked.contains("type=login"), "{asked}");
    assert!(
        asked.contains("populates%5B%5D=project&populates%5B%5D=client"),
        "{asked}"
    );
    // The stand-in has nothing to fill in, and answers the list all the same.
    let (_, client) = stand_in().await;
    client.create(&flow("Listed")).await.unwrap();
    assert_eq!(client.list(&query).await.unwrap().total, 0);
    let query = ListQuery {
        populates: query.populates,
        ..ListQuery::default()
    };
    assert_eq!(client.list(&query).await.unwrap().total, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_list_page_or_limit_out_of_range_is_not_sent() {
    let (client, asked) = list_double().await;
    for (page, limit, words) in [
        (Some(0), None, "`page` must be a whole number from 1"),
        (
            None,
            Some(0),
            "`limit` must be a whole number from 1 to 100",
        ),
        (
            None,
            Some(101),
            "`limit` must be a whole number from 1 to 100",
        ),
    ] {
        let query = ListQuery {
            page,
            limit,
            ..ListQuery::default()
        };
        match client.list(&query).await {
            Err(error @ ClientError::Query(_)) => {
                assert_eq!(error.to_string(), format!("{words}; nothing was sent"));
            }
            other => panic!("{page:?} {limit:?}: {other:?}"),
        }
    }
    assert!(asked.lock().unwrap().is_empty(), "nothing reached Verifik");
    // The edges of the range are sent.
    let query = ListQuery {
        page: Some(1),
        limit: Some(ListQuery::MAX_LIMIT),
        ..ListQuery::default()
    };
    client.list(&query).await.unwrap();
    assert_eq!(asked.lock().unwrap().len(), 1);
}

fn read_fixture(name: &str) -> Value {
    let path = format!(
        "{}/../tests/fixtures/answers/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A stored record of the JSON data file format, with `id` and `version`.
fn json_record(id: &str, version: u64) -> Value {
    json!({
        "_id": id,
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "From JSON",
        "target": "personal",
        "status": "draft",
        "version": version,
        "createdAt": "2026-01-01T00:00:00.000Z",
        "updatedAt": "2026-01-01T00:00:00.000Z"
    })
}

#[test]
fn a_json_data_file_with_records_the_api_cannot_reach_is_refused_with_them_named() {
    let folder = tempfile::tempdir().unwrap();
    let cases: Vec<(&str, Vec<Value>, &[&str])> = vec![
        (
            "capitals.json",
            vec![json_record("65B03015C03E1A1B595FE61F", 1)],
            &["65B03015C03E1A1B595FE61F", "capitals"],
        ),
        (
            "not-an-object-id.json",
            vec![json_record("flow-1", 1)],
            &["flow-1", "not an ObjectId"],
        ),
        (
            "twice.json",
            vec![
                json_record("65b03015c03e1a1b595fe61f", 1),
                json_record("65b03015c03e1a1b595fe61f", 2),
            ],
            &["65b03015c03e1a1b595fe61f", "twice"],
        ),
        (
            "last-version.json",
            vec![json_record("65b03015c03e1a1b595fe61f", u64::MAX)],
            &["65b03015c03e1a1b595fe61f", "cannot be raised"],
        ),
    ];
    for (name, flows, expected) in cases {
        let path = folder.path().join(name);
        let text = json!({ "format": 1, "flows": flows }).to_string();
        std::fs::write(&path, &text).unwrap();
        let error = StandIn::with_data_file(TOKEN, &path).unwrap_err();
        assert_eq!(error.kind(), StoreErrorKind::Unreachable, "{name}");
        let error = error.to_string();
        for part in expected {
            assert!(error.contains(part), "{name}: {part:?} not in {error}");
        }
        assert!(error.contains(name), "{name}: {error}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "{name}");
        assert!(!folder.path().join(format!("{name}.v1.json")).exists());
    }
}

#[test]
fn a_row_stored_under_another_id_than_its_record_is_refused_with_the_row_named() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("flows.db");
    drop(StandIn::with_data_file(TOKEN, &path).unwrap());
    let db = rusqlite::Connection::open(&path).unwrap();
    db.execute(
        "INSERT INTO flows (id, record) VALUES (?1, ?2)",
        rusqlite::params![
            "65b03015c03e1a1b595fe6aa",
            json_record("65b03015c03e1a1b595fe61f", 1).to_string()
        ],
    )
    .unwrap();
    drop(db);
    let error = StandIn::with_data_file(TOKEN, &path).unwrap_err();
    assert_eq!(error.kind(), StoreErrorKind::Unreachable);
    let error = error.to_string();
    assert!(
        error.contains(
            "row `65b03015c03e1a1b595fe6aa` holds the record of `_id` `65b03015c03e1a1b595fe61f`"
        ),
        "{error}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_version_at_its_most_is_refused_an_update_and_never_wraps() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("flows.json");
    // JavaScript's largest exact integer, less one: one more update is the last.
    let last = (1u64 << 53) - 2;
    let text = json!({ "format": 1, "flows": [json_record("65b03015c03e1a1b595fe61f", last)] });
    std::fs::write(&path, text.to_string()).unwrap();
    let base = start(StandIn::with_data_file(TOKEN, &path).unwrap()).await;
    let client = Client::new(&base, TOKEN).unwrap();
    let id = "65b03015c03e1a1b595fe61f";
    let updated = client.update(id, &json!({ "name": "Once" })).await.unwrap();
    assert_eq!(v2_version(&updated), Some(last + 1));
    let (status, error) = api_error(client.update(id, &json!({ "name": "Twice" })).await);
    assert_eq!((status, error.code.as_str()), (409, "Conflict"), "{error}");
    assert_eq!(client.get(id).await.unwrap().name.as_deref(), Some("Once"));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_stand_in_escapes_what_a_query_carries_into_its_errors() {
    let (base, _) = stand_in().await;
    let answer = reqwest::Client::new()
        .get(format!("{base}/v2/project-flows?type=%1b%5b2J%e2%80%ae"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 400);
    let body: Value = answer.json().await.unwrap();
    let message = body["message"].as_str().unwrap();
    assert!(message.contains("\\u{1b}[2J"), "{message}");
    assert!(message.contains("\\u{202e}"), "{message}");
    assert!(
        !message.contains('\u{1b}') && !message.contains('\u{202e}'),
        "{message:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn verifiks_error_texts_are_escaped_bounded_and_never_show_the_token() {
    let id = "65b03015c03e1a1b595fe61f";
    let hostile = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}gnp.exe";
    let huge = "x".repeat(5 * 1024 * 1024);
    let echoed = format!("rejected header authorization: Bearer {TOKEN}");
    let cases: Vec<Vec<u8>> = vec![
        serde_json::to_vec(&json!({ "message": hostile, "code": hostile })).unwrap(),
        serde_json::to_vec(&json!({
            "message": "Project flow validation failed", "code": "UnprocessableEntity",
            "details": [{ "field": hostile, "message": hostile }],
        }))
        .unwrap(),
        serde_json::to_vec(&json!({ "message": huge, "code": "BadRequest" })).unwrap(),
        serde_json::to_vec(&json!({ "message": echoed, "code": "Forbidden" })).unwrap(),
        serde_json::to_vec(&json!({ "error": echoed })).unwrap(),
        format!("<html>{echoed}</html>").into_bytes(),
    ];
    for body in cases {
        let (base, _) = double(vec![(400, vec![], body)]).await;
        let client = Client::new(&base, TOKEN).unwrap();
        let error = client.get(id).await.unwrap_err();
        let shown = error.to_string();
        for raw in ['\u{1b}', '\u{7}', '\u{202e}'] {
            assert!(!shown.contains(raw), "{shown:?}");
        }
        assert!(shown.len() < 4096, "{} bytes shown", shown.len());
        assert!(!shown.contains(TOKEN), "{shown}");
        assert!(!format!("{error:?}").contains(TOKEN), "{error:?}");
    }
    // Where the token went: each of its echoes is `***`.
    let (base, _) = double(vec![(
        403,
        vec![],
        serde_json::to_vec(&json!({ "message": echoed, "code": "Forbidden" })).unwrap(),
    )])
    .await;
    let shown = Client::new(&base, TOKEN)
        .unwrap()
        .get(id)
        .await
        .unwrap_err()
        .to_string();
    assert!(shown.contains("Bearer ***"), "{shown}");
    // A token of a few characters is no real token: replacing them would garble the text.
    let (base, _) = double(vec![(
        403,
        vec![],
        br#"{"message": "Access forbidden", "code": "Forbidden"}"#.to_vec(),
    )])
    .await;
    let shown = Client::new(&base, "ess")
        .unwrap()
        .get(id)
        .await
        .unwrap_err()
        .to_string();
    assert!(shown.contains("Access forbidden"), "{shown}");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_update_with_nothing_to_change_is_not_sent() {
    use verifik_flow::client::ClientError;
    let (base, asked) = double(vec![(200, vec![], record_body().to_string().into_bytes())]).await;
    let client = Client::new(&base, TOKEN).unwrap();
    for nothing in [
        json!({}),
        json!({ "$schema": "../schema/project-flow.schema.json" }),
    ] {
        let error = client
            .update("65b03015c03e1a1b595fe61f", &nothing)
            .await
            .unwrap_err();
        assert!(matches!(error, ClientError::NothingToChange), "{error}");
    }
    assert!(
        asked.lock().unwrap().is_empty(),
        "{:?}",
        asked.lock().unwrap()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn any_id_verifik_may_have_written_is_sent_escaped_in_its_path() {
    use verifik_flow::client::ClientError;
    let (base, asked) = double(vec![(200, vec![], record_body().to_string().into_bytes())]).await;
    let client = Client::new(&base, TOKEN).unwrap();
    // The 23-digit `_id` of the documentation's create answer, an ObjectId in capitals, and
    // an ID with characters a path must escape.
    for id in [
        "64a1b2c3d4e5f6789012345",
        "65B03015C03E1A1B595FE61F",
        "a b%c",
    ] {
        client.get(id).await.unwrap();
    }
    assert_eq!(
        *asked.lock().unwrap(),
        [
            "GET /v2/project-flows/64a1b2c3d4e5f6789012345",
            "GET /v2/project-flows/65b03015c03e1a1b595fe61f",
            "GET /v2/project-flows/a%20b%25c",
        ]
    );
    for id in ["", "a/b", "x?y", "x#y", ".", ".."] {
        let error = client.get(id).await.unwrap_err();
        assert!(matches!(error, ClientError::FlowId(_)), "{id}: {error}");
    }
    assert_eq!(asked.lock().unwrap().len(), 3, "a refused ID is not sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_placeholder_project_is_never_sent_to_verifik() {
    use verifik_flow::client::ClientError;
    let placeholder: verifik_flow::ProjectId = verifik_flow::PLACEHOLDER_PROJECT.parse().unwrap();
    let flow = ProjectFlow::smart_enroll(placeholder, "Starter")
        .build()
        .unwrap();
    // Not loopback: refused before any connection (this name does not even resolve).
    let client = Client::new("https://api.verifik.invalid", TOKEN).unwrap();
    let error = client.create(&flow).await.unwrap_err();
    assert!(matches!(&error, ClientError::Placeholder), "{error}");
    let error = client
        .update(
            "65b03015c03e1a1b595fe61f",
            &json!({ "project": verifik_flow::PLACEHOLDER_PROJECT }),
        )
        .await
        .unwrap_err();
    assert!(matches!(&error, ClientError::Placeholder), "{error}");
    // A stand-in on loopback takes it: that is what it is for.
    let (_, stand_in) = stand_in().await;
    assert!(stand_in.create(&flow).await.is_ok());
}

/// The examples' binaries, built by `cargo test` beside this test's.
fn example(name: &str) -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    let path = exe
        .parent()
        .and_then(std::path::Path::parent)
        .unwrap()
        .join("examples")
        .join(name);
    assert!(
        path.exists(),
        "{} is not built: run the tests with `cargo test --all-features`, which builds the examples",
        path.display()
    );
    path
}

#[tokio::test(flavor = "multi_thread")]
async fn the_main_job_goes_to_verifik_only_when_the_user_named_their_project() {
    let created = record_body().to_string().into_bytes();
    for program in ["smart_enroll", "smart_access"] {
        let (base, asked) = double(vec![(200, vec![], created.clone())]).await;
        let run = |project: Option<&str>| {
            let mut command = std::process::Command::new(example(program));
            command
                .env("VERIFIK_TOKEN", "left-in-the-shell")
                .env("VERIFIK_BASE_URL", &base)
                .env_remove("VERIFIK_PROJECT");
            if let Some(project) = project {
                command.env("VERIFIK_PROJECT", project);
            }
            command.output().unwrap()
        };
        // A token left in the shell, no project: the stand-in, and why.
        let output = run(None);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{program}: {stderr}");
        assert!(
            stderr.contains("VERIFIK_PROJECT is not") && stderr.contains("local stand-in"),
            "{program}: {stderr}"
        );
        // The sample and the placeholder are never sent.
        for sample in [
            "65b03015c03e1a1b595fe61c",
            verifik_flow::PLACEHOLDER_PROJECT,
        ] {
            let output = run(Some(sample));
            assert!(!output.status.success(), "{program} with {sample}");
        }
        assert!(
            asked.lock().unwrap().is_empty(),
            "{program}: {:?}",
            asked.lock().unwrap()
        );
        // Your project and your token: Verifik.
        let output = run(Some("65b03015c03e1a1b595fe6aa"));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{program}: {stderr}");
        assert!(
            asked
                .lock()
                .unwrap()
                .iter()
                .all(|r| r == "POST /v2/project-flows")
                && !asked.lock().unwrap().is_empty(),
            "{program}: {:?}",
            asked.lock().unwrap()
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn listing_a_project_takes_one_call_a_hundred_flows() {
    let page = |n: usize, page: u64| {
        let data: Vec<Value> = (0..n)
            .map(|i| {
                json!({ "_id": format!("{:024x}", page * 1000 + i as u64), "type": "onboarding",
                             "project": "65b03015c03e1a1b595fe61c", "name": format!("Flow {i}") })
            })
            .collect();
        serde_json::to_vec(&json!({
            "success": true, "data": data,
            "pagination": { "page": page, "limit": 100, "total": 250, "pages": 3 },
        }))
        .unwrap()
    };
    let (base, asked) = double(vec![
        (200, vec![], page(100, 1)),
        (200, vec![], page(100, 2)),
        (200, vec![], page(50, 3)),
    ])
    .await;
    let client = Client::new(&base, TOKEN).unwrap();
    let flows = client.list_all(&project(), None).await.unwrap();
    assert_eq!(flows.len(), 250);
    let asked = asked.lock().unwrap();
    assert_eq!(asked.len(), 3, "{asked:?}");
    assert!(
        asked
            .iter()
            .all(|r| r.contains("limit=100") && r.contains("project=65b03015c03e1a1b595fe61c")),
        "{asked:?}"
    );
}

/// A page of a listing: flows `ids` of `project`, with the counts given (none: no counts).
fn listing_page(ids: &[u64], project: &str, counts: Option<(u64, u64, u64)>) -> Vec<u8> {
    let data: Vec<Value> = ids
        .iter()
        .map(|n| json!({ "_id": format!("{n:024x}"), "type": "onboarding", "project": project }))
        .collect();
    let mut answer = json!({ "success": true, "data": data });
    if let Some((page, total, pages)) = counts {
        answer["pagination"] = json!({ "page": page, "limit": 20, "total": total, "pages": pages });
    }
    serde_json::to_vec(&answer).unwrap()
}

/// Reading all of a project's flows is exact or an error: a server that caps its pages below
/// what was asked is followed to its last page; a short page is not the end while `pages` says
/// more; without counts, pages are read until an empty one; and an `_id` twice, a record of
/// another project, more flows than `total`, or pages that never end stop the listing.
#[tokio::test(flavor = "multi_thread")]
async fn a_listing_is_exact_or_an_error() {
    use verifik_flow::client::ListingProblem;
    let ours = "65b03015c03e1a1b595fe61c";
    let listed = |script: Vec<Vec<u8>>| async move {
        let script = script.into_iter().map(|page| (200, vec![], page)).collect();
        let (base, asked) = double(script).await;
        let result = Client::new(&base, TOKEN)
            .unwrap()
            .list_all(&project(), None)
            .await;
        let calls = asked.lock().unwrap().len();
        (result, calls)
    };
    // Pages of 20 where 100 were asked: all three are read (it used to stop at the first).
    let (flows, calls) = listed(vec![
        listing_page(&(0..20).collect::<Vec<_>>(), ours, Some((1, 45, 3))),
        listing_page(&(20..40).collect::<Vec<_>>(), ours, Some((2, 45, 3))),
        listing_page(&(40..45).collect::<Vec<_>>(), ours, Some((3, 45, 3))),
    ])
    .await;
    assert_eq!(flows.unwrap().len(), 45);
    assert_eq!(calls, 3);
    // No counts: until an empty page.
    let (flows, calls) = listed(vec![
        listing_page(&[1, 2], ours, None),
        listing_page(&[3], ours, None),
        listing_page(&[], ours, None),
    ])
    .await;
    assert_eq!(flows.unwrap().len(), 3);
    assert_eq!(calls, 3);
    let problem = |result: Result<Vec<verifik_flow::ProjectFlowRecord>, ClientError>| match result {
        Err(ClientError::Listing { problem, .. }) => problem,
        other => panic!("{other:?}"),
    };
    // The same page again and again (a server that ignores `page`): an _id twice.
    let (result, _) = listed(vec![listing_page(&[1, 2], ours, Some((1, 25, 3)))]).await;
    assert!(matches!(problem(result), ListingProblem::IdTwice { .. }));
    // Pages that never end, each with new flows and no counts: stopped at the most a project
    // holds, not hung.
    let endless: Vec<Vec<u8>> = (0..102)
        .map(|p| {
            listing_page(
                &((p * 100)..(p * 100 + 100)).collect::<Vec<_>>(),
                ours,
                None,
            )
        })
        .collect();
    let (result, calls) = listed(endless).await;
    assert!(matches!(problem(result), ListingProblem::TooMany));
    assert_eq!(calls, 101);
    // Another project's record.
    let (result, _) = listed(vec![listing_page(
        &[1],
        "65b03015c03e1a1b595fe6aa",
        Some((1, 1, 1)),
    )])
    .await;
    assert!(matches!(
        problem(result),
        ListingProblem::OtherProject { .. }
    ));
    // More flows than announced, or an empty page before the last.
    let (result, _) = listed(vec![listing_page(&[1, 2, 3], ours, Some((1, 2, 1)))]).await;
    assert!(matches!(
        problem(result),
        ListingProblem::NotTotal { read: 3, total: 2 }
    ));
    let (result, _) = listed(vec![
        listing_page(&[1], ours, Some((1, 5, 2))),
        listing_page(&[], ours, Some((2, 5, 2))),
    ])
    .await;
    let problem = problem(result);
    assert!(matches!(
        problem,
        ListingProblem::NotTotal { read: 1, total: 5 }
    ));
    assert!(
        problem
            .message_in(ours, verifik_flow::Lang::En)
            .contains("is not exact")
    );
}

/// Nothing a server sends can panic the client: a `Retry-After` of the largest number after
/// another 429 (the sum of the waits overflowed) is past the total wait, and the 429 is the
/// answer.
#[tokio::test(flavor = "multi_thread")]
async fn a_huge_retry_after_is_capped_not_a_panic() {
    let error = read_fixture("error-409");
    let body = serde_json::to_vec(&error).unwrap();
    // The sum overflowed only after a wait of a second or more.
    for (first, huge) in [
        ("1", "18446744073709551615"),
        ("0", "Fri, 31 Dec 9999 23:59:59 GMT"),
    ] {
        let (base, asked) = double(vec![
            (429, vec![("retry-after", first.into())], body.clone()),
            (429, vec![("retry-after", huge.into())], body.clone()),
        ])
        .await;
        let client = Client::new(&base, TOKEN)
            .unwrap()
            .with_max_wait(std::time::Duration::from_secs(2));
        let result = client.get("65b03015c03e1a1b595fe61d").await;
        assert!(
            matches!(result, Err(ClientError::Api { status: 429, .. })),
            "{huge}: {result:?}"
        );
        assert_eq!(asked.lock().unwrap().len(), 2, "{huge}");
    }
}

/// A stop abandons a `Retry-After` wait at once: the call fails as stopped, saying whether an
/// earlier try may have been carried out (a 429 was refused before acting).
#[tokio::test(flavor = "multi_thread")]
async fn a_stop_abandons_a_wait_at_once() {
    let body = serde_json::to_vec(&read_fixture("error-409")).unwrap();
    let (base, _) = double(vec![(429, vec![("retry-after", "20".into())], body)]).await;
    let stop = verifik_flow::plan::Stop::new();
    let client = Client::new(&base, TOKEN).unwrap().with_stop(stop.clone());
    let asking = tokio::spawn(async move { client.get("65b03015c03e1a1b595fe61d").await });
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    stop.stop();
    let result = tokio::time::timeout(std::time::Duration::from_secs(5), asking)
        .await
        .expect("the wait was abandoned")
        .unwrap();
    match result {
        Err(error @ ClientError::Stopped { .. }) => assert!(!error.may_have_happened()),
        other => panic!("{other:?}"),
    }
}

/// A double of Verifik that keeps flows and answers in the shapes its documentation shows:
/// bare v2 objects with `__v`, `client`, sub-document `_id`s, `security: { _id, strategy,
/// source: null }`, `redirectUrl: ""` and `allowedCountries: []` on onboarding records,
/// `onboardingSettings: null` and a `collectionCode` on login records, defaults filled into
/// each object present, and no `version`.
async fn documented_verifik() -> String {
    use axum::extract::{Path as UrlPath, State};
    use axum::routing::{get, put};
    use std::sync::{Arc, Mutex};
    type Flows = Arc<Mutex<std::collections::BTreeMap<String, Value>>>;
    fn dress(body: &mut Value, id: &str, n: usize) {
        let object = body.as_object_mut().unwrap();
        object.remove("$schema");
        object.insert("_id".into(), json!(id));
        object.insert("__v".into(), json!(n));
        object.insert("client".into(), json!("65b03015c03e1a1b595fe000"));
        object.insert("createdAt".into(), json!("2026-01-01T00:00:00.000Z"));
        object.insert(
            "updatedAt".into(),
            json!(format!("2026-01-01T00:00:{n:02}.000Z")),
        );
        object.insert("linkSettings".into(), Value::Null);
        if object["type"] == "login" {
            object.insert("onboardingSettings".into(), Value::Null);
            object.entry("collectionCode").or_insert(json!("c0ffee"));
            let settings = object["loginSettings"].as_object_mut().unwrap();
            settings.entry("searchMode").or_insert(json!("FAST"));
            settings.entry("searchMinScore").or_insert(json!(0.85));
            settings.insert("_id".into(), json!("65b03015c03e1a1b595fe0a1"));
        } else {
            object.insert("loginSettings".into(), Value::Null);
            object.insert("redirectUrl".into(), json!(""));
            object.insert("allowedCountries".into(), json!([]));
            object.insert(
                "security".into(),
                json!({ "_id": "65b03015c03e1a1b595fe0b1", "strategy": "none", "source": null }),
            );
            if let Some(form) = object.get_mut("signUpForm").and_then(Value::as_object_mut) {
                form.entry("fullName").or_insert(json!(true));
                form.entry("fullNameStyle").or_insert(json!("separate"));
                form.insert("_id".into(), json!("65b03015c03e1a1b595fe0c1"));
            }
            if let Some(liveness) = object.get_mut("liveness").and_then(Value::as_object_mut) {
                liveness.entry("kycType").or_insert(json!("traditional"));
                liveness.entry("attemptLimit").or_insert(json!(3));
            }
        }
    }
    let flows: Flows = Arc::default();
    let app = axum::Router::new()
        .route(
            "/v2/project-flows",
            get(|State(flows): State<Flows>| async move {
                let data: Vec<Value> = flows.lock().unwrap().values().cloned().collect();
                let total = data.len();
                axum::Json(json!({
                    "success": true, "data": data,
                    "pagination": { "page": 1, "limit": 100, "total": total, "pages": 1 },
                    "signature": { "dateTime": "April 11, 2023 12:25 PM", "message": "Certified by Verifik.co" },
                }))
            })
            .post(|State(flows): State<Flows>, axum::Json(mut body): axum::Json<Value>| async move {
                let mut flows = flows.lock().unwrap();
                let id = format!("{:024x}", 0x00ab_cdef_u64 + flows.len() as u64);
                dress(&mut body, &id, 0);
                flows.insert(id, body.clone());
                axum::Json(body)
            }),
        )
        .route(
            "/v2/project-flows/{id}",
            put(
                |State(flows): State<Flows>, UrlPath(id): UrlPath<String>, axum::Json(partial): axum::Json<Value>| async move {
                    let mut flows = flows.lock().unwrap();
                    let record = flows.get_mut(&id).unwrap();
                    for (key, value) in partial.as_object().unwrap() {
                        record[key] = value.clone();
                    }
                    let n = usize::try_from(record["__v"].as_u64().unwrap() + 1).unwrap();
                    dress(record, &id, n);
                    axum::Json(record.clone())
                },
            ),
        )
        .with_state(flows);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

/// Applies `plan` with the client through the library's executor, as `verifik-flow apply`
/// does; the inventory it recorded last.
async fn apply_with(
    client: &Client,
    planned: &verifik_flow::plan::Plan,
    inventory: &verifik_flow::plan::Inventory,
) -> verifik_flow::plan::Inventory {
    let listing = client.list_all(&project(), None).await.unwrap();
    let mut recorded = inventory.clone();
    let run = verifik_flow::plan::execute(
        planned,
        client,
        &listing,
        &verifik_flow::plan::Stop::new(),
        &mut |written| {
            recorded = written.clone();
            Ok(())
        },
        &mut |_| {},
    )
    .await;
    assert!(run.is_complete(), "{run:?}");
    recorded
}

/// The round trip against Verifik's documented shapes: no endless diff hides in `__v`,
/// `client`, sub-document `_id`s, filled-in defaults, `collectionCode`, or a nameless login flow.
#[tokio::test(flavor = "multi_thread")]
async fn plan_apply_plan_is_empty_against_verifiks_documented_answers() {
    use verifik_flow::plan::{Action, Inventory, LocalFile, PlanOptions, plan};
    let base = documented_verifik().await;
    let client = Client::new(&base, TOKEN).unwrap();
    let mut edited = read_json("tests/corpus/valid/source-page.json");
    edited["name"] = json!("Second onboarding");
    let files = vec![
        LocalFile {
            name: "source-page.json".into(),
            body: read_json("tests/corpus/valid/source-page.json"),
        },
        LocalFile {
            name: "second.json".into(),
            body: edited,
        },
        // A login flow without a name: matched through the inventory only.
        LocalFile {
            name: "login.json".into(),
            body: read_json("tests/corpus/valid/login-source-page.json"),
        },
    ];
    let options = PlanOptions::default();
    let list = || async { client.list_all(&project(), None).await.unwrap() };
    let first = plan(&files, &list().await, &Inventory::new(), &options).unwrap();
    assert_eq!(first.count(Action::Create), 3);
    let inventory = apply_with(&client, &first, &Inventory::new()).await;
    let again = plan(&files, &list().await, &inventory, &options).unwrap();
    assert!(
        again.is_empty(),
        "{:?}",
        again.steps.iter().map(|s| &s.changes).collect::<Vec<_>>()
    );
    // One change, applied through the partial PUT, and then nothing again.
    let mut changed = files.clone();
    changed[0].body["liveness"]["minScore"] = json!(0.8);
    let update = plan(&changed, &list().await, &inventory, &options).unwrap();
    assert_eq!(update.count(Action::Update), 1);
    let inventory = apply_with(&client, &update, &inventory).await;
    let settled = plan(&changed, &list().await, &inventory, &options).unwrap();
    assert!(
        settled.is_empty(),
        "{:?}",
        settled.steps.iter().map(|s| &s.changes).collect::<Vec<_>>()
    );
}

fn read_json(path: &str) -> Value {
    let path = format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_typed_patch_changes_only_its_keys() {
    use verifik_flow::{FlowPatch, Liveness, MinScore, RecordStatus};
    let stand_in = StandIn::spawn().await.unwrap();
    let client = stand_in.client().unwrap();
    let created = client.create(&flow("Patched")).await.unwrap();
    let patch = FlowPatch::new()
        .status(RecordStatus::Paused)
        .liveness(Liveness::builder().min_score(MinScore::new(0.8).unwrap()));
    let updated = client.update_patch(&created.id, &patch).await.unwrap();
    assert_eq!(updated.status, Some(RecordStatus::Paused));
    assert_eq!(updated.raw()["liveness"]["minScore"], 0.8);
    assert_eq!(updated.name.as_deref(), Some("Patched"));
    let error = client
        .update_patch(&created.id, &FlowPatch::new())
        .await
        .unwrap_err();
    assert!(
        matches!(error, verifik_flow::client::ClientError::NothingToChange),
        "{error}"
    );
}

/// The served stand-in answers only requests addressed to this machine by name (`localhost`,
/// a loopback address, with or without a port): a page that rebinds its own domain to
/// 127.0.0.1 sends that domain as `Host`, and is refused before the token is looked at.
#[tokio::test(flavor = "multi_thread")]
async fn a_request_addressed_to_another_host_is_refused() {
    use tokio::io::AsyncWriteExt as _;
    let addr = start_with(verifik_flow::server::Limits::default()).await;
    let port = addr.port();
    let ask = |host: Option<String>| async move {
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        let host = host.map_or_else(String::new, |h| format!("Host: {h}\r\n"));
        let version = if host.is_empty() { "1.0" } else { "1.1" };
        stream
            .write_all(
                format!(
                    "GET /v2/project-flows HTTP/{version}\r\n{host}Authorization: Bearer {TOKEN}\r\n\
                     Connection: close\r\n\r\n"
                )
                .as_bytes(),
            )
            .await
            .unwrap();
        let answer = read_until_closed(&mut stream).await;
        answer.lines().next().unwrap_or_default().to_owned()
    };
    for host in [
        format!("localhost:{port}"),
        format!("LocalHost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("127.1.2.3:{port}"),
        format!("[::1]:{port}"),
        "localhost".to_owned(),
    ] {
        let status = ask(Some(host.clone())).await;
        assert!(status.contains("200"), "{host}: {status}");
    }
    for host in [
        format!("evil.example:{port}"),
        format!("localhost.evil.example:{port}"),
        format!("10.0.0.1:{port}"),
        "0.0.0.0".to_owned(),
    ] {
        let status = ask(Some(host.clone())).await;
        assert!(status.contains("403"), "{host}: {status}");
    }
    // No `Host` at all (HTTP/1.0): no name, no answer.
    assert!(ask(None).await.contains("403"));
}
