//! Wire fidelity: the bodies of Verifik's documentation page go through the types unchanged.

use serde_json::Value;
use verifik_flow::{
    ApiError, Envelope, MinScore, ProjectFlow, ProjectFlowRecord, RecordStatus, SearchMode,
    StepMode,
};
use verifik_flow_tests::read_json;

#[test]
fn the_source_page_request_round_trips_to_an_equal_value() {
    let body = read_json("tests/corpus/valid/source-page.json");
    let flow: ProjectFlow = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(serde_json::to_value(&flow).unwrap(), body);

    let liveness = flow.liveness.as_ref().unwrap();
    assert_eq!(liveness.min_score, Some(MinScore::DEFAULT));
    assert_eq!(liveness.search_mode, Some(SearchMode::Fast));
    assert_eq!(
        flow.steps.as_ref().unwrap().document,
        Some(StepMode::Mandatory)
    );
    // `validate` gives the same typed value.
    assert_eq!(verifik_flow::validate(&body).unwrap(), flow);
}

#[test]
fn the_source_page_200_body_is_a_record() {
    let body = read_json("tests/fixtures/source-page/response-200.json");
    let record: Envelope<ProjectFlowRecord> = serde_json::from_value(body.clone()).unwrap();
    let record = record.data;
    assert_eq!(record.id, "64a1b2c3d4e5f67890123460");
    assert_eq!(record.version, Some(1));
    assert_eq!(record.status, Some(RecordStatus::Draft));
    assert_eq!(
        record.created_at.unwrap().to_rfc3339(),
        "2024-01-15T10:30:00+00:00"
    );
    // The stored flow is the request that was sent.
    let request: ProjectFlow =
        serde_json::from_value(read_json("tests/corpus/valid/source-page.json")).unwrap();
    assert_eq!(record.to_flow().unwrap(), request);
    // And it serializes back to what Verifik sent.
    let again = serde_json::to_value(Envelope { data: record }).unwrap();
    assert_eq!(again, body);
}

#[test]
fn the_source_page_error_bodies_are_api_errors() {
    let bad: ApiError =
        serde_json::from_value(read_json("tests/fixtures/source-page/response-400.json")).unwrap();
    assert_eq!(bad.code, "BadRequest");
    assert_eq!(bad.message, "Invalid project ID format");
    assert!(bad.details.is_empty());

    let forbidden: ApiError =
        serde_json::from_value(read_json("tests/fixtures/source-page/response-403.json")).unwrap();
    assert_eq!(forbidden.code, "Forbidden");
    assert_eq!(forbidden.to_string(), "Forbidden: Access forbidden");
}

#[test]
fn a_422_body_keeps_its_details() {
    let body = serde_json::json!({
        "message": "Validation failed",
        "code": "UnprocessableEntity",
        "status": 422,
        "timestamp": "2024-01-15T10:30:00Z",
        "details": [{ "field": "documents.verificationMethods", "message": "must not be empty" }],
    });
    let error: ApiError = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(error.status, Some(422));
    assert_eq!(error.details[0].field, "documents.verificationMethods");
    assert_eq!(serde_json::to_value(&error).unwrap(), body);
}

#[test]
fn records_accept_keys_verifik_may_add_but_bodies_do_not() {
    let mut body = read_json("tests/fixtures/source-page/response-200.json");
    body["data"]["__v"] = Value::from(0);
    assert!(serde_json::from_value::<Envelope<ProjectFlowRecord>>(body).is_ok());

    let mut request = read_json("tests/corpus/valid/source-page.json");
    request["liveness"]["minScroe"] = Value::from(0.7);
    assert!(serde_json::from_value::<ProjectFlow>(request).is_err());
}

#[test]
fn a_paused_record_is_not_a_body() {
    let mut body = read_json("tests/fixtures/source-page/response-200.json");
    body["data"]["status"] = Value::from("paused");
    let record: Envelope<ProjectFlowRecord> = serde_json::from_value(body).unwrap();
    assert_eq!(record.data.status, Some(RecordStatus::Paused));
    let errors = record.data.to_flow().unwrap_err();
    assert!(errors.to_string().contains("status"), "{errors}");
}

fn answer(name: &str) -> Value {
    read_json(format!("tests/fixtures/answers/{name}.json"))
}

/// A record from an answer, inside `{data}` or bare.
fn record(name: &str) -> ProjectFlowRecord {
    let mut value = answer(name);
    if let Some(data) = value.get_mut("data").filter(|d| d.is_object()) {
        value = data.take();
    }
    serde_json::from_value(value).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_documented_record_is_read_and_keeps_every_key() {
    for name in [
        "create-smart-enroll-page",
        "create-older-page-onboarding",
        "create-older-page-login",
        "update-v2-login",
        "retrieve-v2",
        "update-v3",
        "retrieve-v3",
    ] {
        let record = record(name);
        assert!(!record.id.is_empty(), "{name}");
        // What Verifik sent is all there, and is what the record writes back.
        let written = serde_json::to_value(&record).unwrap();
        assert_eq!(&written, &Value::Object(record.raw().clone()), "{name}");
    }
    // The page's own 200: a 23-digit `_id` and project.
    let page = record("create-smart-enroll-page");
    assert_eq!(page.id, "64a1b2c3d4e5f6789012346");
    assert_eq!(page.project.as_deref(), Some("64a1b2c3d4e5f6789012345"));
    // v3: no project, no name, version 3.
    let v3 = record("update-v3");
    assert_eq!(
        (v3.project.as_deref(), v3.name.as_deref(), v3.version),
        (None, None, Some(3))
    );
    assert_eq!(v3.status, Some(RecordStatus::Active));
    // A login flow is a record like any other.
    let login = record("update-v2-login");
    assert_eq!(login.flow_type, Some(verifik_flow::FlowType::Login));
}

#[test]
fn a_body_is_recovered_from_a_record_when_its_keys_allow_and_else_says_what_is_in_the_way() {
    // Verifik's own keys (`_id`s of sub-documents, `__v`, `client`, nulls, empty values of
    // the other flow type's keys) are left out: the body is the request that was sent.
    let login = record("create-older-page-login").to_any_flow().unwrap();
    let mut sent = read_json("tests/corpus/valid/login-source-page.json");
    // A login member that Verifik stored at its default is kept, as stored.
    sent["allowedCountries"] = serde_json::json!([]);
    assert_eq!(login, verifik_flow::validate_flow(&sent).unwrap());
    // An older onboarding record carries a `security` object (a login key): in the way, and
    // named; the empty login keys beside it are not.
    let errors = record("create-older-page-onboarding")
        .to_any_flow()
        .unwrap_err();
    let named: Vec<&str> = errors
        .iter()
        .map(verifik_flow::Violation::pointer)
        .collect();
    assert_eq!(named, ["/security"], "{errors}");
    // The v3 answer has no project and no name: the errors name them.
    let errors = record("update-v3").to_any_flow().unwrap_err().to_string();
    assert!(errors.contains("`project`"), "{errors}");
}

#[test]
fn both_list_shapes_are_read() {
    let v2: verifik_flow::ListPage = serde_json::from_value(answer("list-v2")).unwrap();
    assert_eq!((v2.total, v2.limit, v2.page, v2.pages), (25, 10, 1, 3));
    assert_eq!(v2.data.len(), 2);
    assert_eq!(v2.data[1].flow_type, Some(verifik_flow::FlowType::Login));
    // What is not typed stays reachable.
    assert_eq!(v2.other["signature"]["message"], "Certified by Verifik.co");
    assert_eq!(v2.other["success"], true);
    let v3: verifik_flow::ListPage = serde_json::from_value(answer("list-v3-page")).unwrap();
    assert_eq!((v3.total, v3.limit, v3.page, v3.pages), (2, 10, 1, 1));
}

#[test]
fn the_delete_answer_is_read() {
    let deleted: Envelope<verifik_flow::DeletedFlow> =
        serde_json::from_value(answer("delete-v3")).unwrap();
    assert_eq!(deleted.data.status, Some(RecordStatus::Deleted));
    assert_eq!(deleted.data.id, "65b03015c03e1a1b595fe720");
}
