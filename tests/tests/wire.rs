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
    assert_eq!(record.id.as_str(), "64a1b2c3d4e5f67890123460");
    assert_eq!(record.version, 1);
    assert_eq!(record.status, RecordStatus::Draft);
    assert_eq!(record.created_at.to_rfc3339(), "2024-01-15T10:30:00+00:00");
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
    assert_eq!(record.data.status, RecordStatus::Paused);
    assert_eq!(record.data.to_flow(), None);
}
