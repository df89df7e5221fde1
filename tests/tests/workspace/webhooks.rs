//! Verifik's webhook deliveries, read: every documented payload shape (`tests/fixtures/webhooks/`)
//! and every documented suffix.

use serde_json::json;
use verifik_flow::{EventSuffix, FlowType, RegistrationStatus, WebhookEvent};
use verifik_flow_tests::root;

fn fixture(name: &str) -> WebhookEvent {
    let bytes = std::fs::read(root().join(format!("tests/fixtures/webhooks/{name}.json"))).unwrap();
    WebhookEvent::from_slice(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_documented_payload_shape_parses_with_what_it_carries() {
    let created = fixture("onboarding_app_registration_created");
    assert_eq!(created.kind.flow_type, Some(FlowType::Onboarding));
    assert_eq!(created.kind.suffix, EventSuffix::AppRegistrationCreated);
    assert_eq!(created.status(), Some(RegistrationStatus::Started));
    assert_eq!(created.flow_id(), Some("65b03015c03e1a1b595fe61d"));

    let synced = fixture("onboarding_app_registration_sync_document");
    assert_eq!(synced.kind.suffix, EventSuffix::AppRegistrationSyncDocument);
    assert_eq!(synced.status(), Some(RegistrationStatus::Ongoing));
    assert_eq!(synced.flow_id(), Some("65b03015c03e1a1b595fe61d"));

    let done = fixture("onboarding_app_registration_completed");
    assert_eq!(done.kind.suffix, EventSuffix::AppRegistrationCompleted);
    assert_eq!(done.registration().unwrap().id, "6717d8c0a1b2c3d4e5f60718");

    let otp = fixture("onboarding_email_validation_otp_incorect");
    assert_eq!(otp.kind.suffix, EventSuffix::EmailValidationOtpIncorect);
    assert_eq!(otp.status(), Some(RegistrationStatus::Ongoing));
    assert_eq!(otp.flow_id(), Some("65b03015c03e1a1b595fe61d"));

    let face = fixture("onboarding_biometric_validation_validated");
    assert_eq!(face.kind.suffix, EventSuffix::BiometricValidationValidated);
    assert_eq!(face.registration(), None, "named by ID only");
    assert_eq!(face.object["liveness"]["score"], json!(0.91));

    let login = fixture("login_email_validation_validated");
    assert_eq!(login.kind.flow_type, Some(FlowType::Login));
    assert_eq!(login.kind.suffix, EventSuffix::EmailValidationValidated);
}

#[test]
fn an_unknown_suffix_is_other_with_its_object_kept() {
    let event = fixture("onboarding_unknown_suffix");
    assert_eq!(
        event.kind.suffix,
        EventSuffix::Other("app_registration_archived_by_admin".into())
    );
    assert_eq!(event.object["archivedBy"]["reason"], "duplicate");
    // An `app_registration_*` event still carries its registration, whatever its status.
    assert_eq!(
        event.status(),
        Some(RegistrationStatus::Other("ARCHIVED".into()))
    );
    // A type of neither flow type is kept whole.
    let odd = WebhookEvent::from_value(json!({ "type": "signup_done", "object": {} })).unwrap();
    assert_eq!(odd.kind.flow_type, None);
    assert_eq!(odd.kind.to_type(), "signup_done");
}

#[test]
fn every_documented_suffix_reads_back_as_itself_for_either_flow_type() {
    assert_eq!(EventSuffix::KNOWN.len(), 33);
    for suffix in EventSuffix::KNOWN {
        for flow_type in [FlowType::Onboarding, FlowType::Login] {
            let body = json!({
                "type": format!("{}_{}", flow_type.as_str(), suffix.as_str()),
                "object": { "_id": "x", "updatedAt": "2024-10-22T16:45:20.000Z" }
            });
            let event = WebhookEvent::from_value(body.clone()).unwrap();
            assert_eq!(&event.kind.suffix, suffix);
            assert_eq!(event.kind.flow_type, Some(flow_type));
            assert_eq!(event.to_json(), body);
        }
    }
}

#[test]
fn a_delivery_sent_twice_has_one_key_and_two_events_have_two() {
    let done = fixture("onboarding_app_registration_completed");
    let again = fixture("onboarding_app_registration_completed");
    assert_eq!(done.idempotency_key(), again.idempotency_key());
    let synced = fixture("onboarding_app_registration_sync_document");
    assert_ne!(done.idempotency_key(), synced.idempotency_key());
    assert_eq!(
        done.idempotency_key(),
        "onboarding_app_registration_completed:6717d8c0a1b2c3d4e5f60718:2024-10-22T17:02:11.000Z"
    );
}

#[test]
fn what_is_not_an_event_is_refused_with_what_one_is() {
    for body in [
        &b"not json"[..],
        br#"{"type": 1, "object": {}}"#,
        br#"{"object": {}}"#,
        b"[]",
    ] {
        let error = WebhookEvent::from_slice(body).unwrap_err();
        assert!(error.to_string().contains("\"type\""), "{error}");
        assert!(
            error
                .message_in(verifik_flow::Lang::Es)
                .contains("una entrega de webhook"),
            "{error}"
        );
    }
}
