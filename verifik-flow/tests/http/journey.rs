//! App registrations: the client against the stand-in, a person's journey from start to end,
//! and every documented answer and error of the endpoints.

use std::time::Duration;

use serde_json::{Value, json};
use verifik_flow::client::{Client, ClientError, RegistrationConflict};
use verifik_flow::server::StandIn;
use verifik_flow::{
    AppRegistration, CreatedRegistration, NewAppRegistration, ObjectId, PersonToken, ProjectFlow,
    RegistrationQuery, RegistrationStatus, StepMode, SyncStep,
};

use super::{TOKEN, project, start};

/// A stand-in with one onboarding flow whose document and liveness steps are as given.
async fn with_flow(document: &str, liveness: &str) -> (StandIn, String, Client, ObjectId) {
    let stand_in = StandIn::in_memory(TOKEN);
    let base = start(stand_in.clone()).await;
    let client = Client::new(&base, TOKEN).unwrap();
    let mut body = serde_json::to_value(
        ProjectFlow::smart_enroll(project(), "Journey")
            .build()
            .unwrap(),
    )
    .unwrap();
    body["steps"] = json!({ "document": document, "liveness": liveness });
    if document != "skip" {
        body["documents"] = json!({
            "verificationMethods": ["SCAN_PROMPT"],
            "documentTypes": [{ "country": "Colombia", "configurations": [
                { "active": true, "documentCategory": "government_id" }
            ]}]
        });
    }
    let flow = client.create_value(&body).await.unwrap();
    (stand_in, base, client, flow.id.parse().unwrap())
}

fn person(flow: &ObjectId, email: &str) -> NewAppRegistration {
    NewAppRegistration::with_email(project(), flow.clone(), email)
        .unwrap()
        .names("Ana", "Pérez")
}

async fn sync(
    client: &Client,
    created: &CreatedRegistration,
    step: SyncStep,
    status: RegistrationStatus,
) -> Result<verifik_flow::SyncAnswer, ClientError> {
    client
        .sync(&created.app_registration.id, &created.token, step, &status)
        .await
}

/// The status and code of an API error.
fn api_code<T: std::fmt::Debug>(result: Result<T, ClientError>) -> (u16, String) {
    match result {
        Err(ClientError::Api { status, error }) => (status, error.code),
        other => panic!("expected an API error, got {other:?}"),
    }
}

/// A person registered on `flow` by e-mail.
async fn register(client: &Client, flow: &ObjectId, email: &str) -> CreatedRegistration {
    client
        .create_app_registration(&person(flow, email))
        .await
        .unwrap()
}

/// Raw HTTP, for what the client's constructors make impossible to send.
async fn raw(base: &str, method: &str, path: &str, token: &str, body: Value) -> (u16, Value) {
    let url = format!("{base}{path}");
    let request = reqwest::Client::new()
        .request(method.parse().unwrap(), url)
        .bearer_auth(token)
        .json(&body);
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_person_walks_a_flow_with_document_and_liveness_mandatory_to_completed() {
    let (_, _, client, flow) = with_flow("mandatory", "mandatory").await;
    let created = client
        .create_app_registration(&person(&flow, "ana@example.com").language("es"))
        .await
        .unwrap();
    let registration = &created.app_registration;
    assert_eq!(registration.status, Some(RegistrationStatus::Started));
    assert_eq!(registration.current_step.as_deref(), Some("1"));
    assert_eq!(registration.language.as_deref(), Some("es"));
    assert_eq!(format!("{:?}", created.token), "PersonToken(***)");

    let answer = sync(
        &client,
        &created,
        SyncStep::SignUpForm,
        RegistrationStatus::Ongoing,
    )
    .await
    .unwrap();
    assert_eq!(answer.status, Some(RegistrationStatus::Ongoing));
    assert_eq!(answer.steps.len(), 5, "{:?}", answer.steps);
    assert_eq!(answer.steps["document"], StepMode::Mandatory);
    assert_eq!(answer.steps["basicInformation"], StepMode::Skip);

    // `end` before the mandatory document: refused, with a code of ours.
    let early = sync(
        &client,
        &created,
        SyncStep::End,
        RegistrationStatus::Completed,
    )
    .await;
    assert_eq!(
        api_code(early),
        (409, "document_step_not_passed".to_owned())
    );
    sync(
        &client,
        &created,
        SyncStep::Document,
        RegistrationStatus::Ongoing,
    )
    .await
    .unwrap();
    let early = sync(
        &client,
        &created,
        SyncStep::End,
        RegistrationStatus::Completed,
    )
    .await;
    assert_eq!(api_code(early).0, 409);
    // No step order is enforced: liveness after document, or before it, is taken.
    sync(
        &client,
        &created,
        SyncStep::Liveness,
        RegistrationStatus::Ongoing,
    )
    .await
    .unwrap();
    let done = sync(
        &client,
        &created,
        SyncStep::End,
        RegistrationStatus::Completed,
    )
    .await
    .unwrap();
    assert_eq!(done.status, Some(RegistrationStatus::Completed));
    let read = client.get_app_registration(&registration.id).await.unwrap();
    assert_eq!(read.status, Some(RegistrationStatus::Completed));
    assert!(read.raw().contains_key("completedAt"));
    // Ended: nothing more is synced.
    let after = sync(
        &client,
        &created,
        SyncStep::Liveness,
        RegistrationStatus::Ongoing,
    )
    .await;
    assert_eq!(api_code(after).0, 409);
}

#[tokio::test(flavor = "multi_thread")]
async fn end_before_the_sign_up_form_is_verifiks_documented_409() {
    let (_, _, client, flow) = with_flow("skip", "skip").await;
    let created = register(&client, &flow, "early@example.com").await;
    let refused = sync(
        &client,
        &created,
        SyncStep::End,
        RegistrationStatus::Completed,
    )
    .await;
    match refused {
        Err(ClientError::Conflict { conflict, error }) => {
            assert_eq!(conflict, RegistrationConflict::SignUpFormNotPassed);
            assert_eq!(error.message, "signUpForm_validation_not_passed");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn skip_kyc_ends_a_flow_without_mandatory_kyc_steps_only() {
    let (_, _, client, flow) = with_flow("skip", "optional").await;
    let created = register(&client, &flow, "skip@example.com").await;
    let done = sync(
        &client,
        &created,
        SyncStep::SkipKyc,
        RegistrationStatus::CompletedWithoutKyc,
    )
    .await
    .unwrap();
    assert_eq!(done.status, Some(RegistrationStatus::CompletedWithoutKyc));

    let (_, _, client, flow) = with_flow("skip", "mandatory").await;
    let created = register(&client, &flow, "noskip@example.com").await;
    let refused = sync(
        &client,
        &created,
        SyncStep::SkipKyc,
        RegistrationStatus::CompletedWithoutKyc,
    )
    .await;
    assert_eq!(api_code(refused), (409, "kyc_steps_mandatory".to_owned()));
}

#[tokio::test(flavor = "multi_thread")]
async fn failed_and_needs_manual_verification_end_a_registration() {
    let (_, _, client, flow) = with_flow("mandatory", "mandatory").await;
    for (email, status) in [
        ("failed@example.com", RegistrationStatus::Failed),
        (
            "manual@example.com",
            RegistrationStatus::NeedsManualVerification,
        ),
    ] {
        let created = client
            .create_app_registration(&person(&flow, email))
            .await
            .unwrap();
        let ended = sync(&client, &created, SyncStep::End, status.clone())
            .await
            .unwrap();
        assert_eq!(ended.status, Some(status.clone()));
        let listed = client
            .list_app_registrations(&RegistrationQuery {
                status: Some(status.clone()),
                ..RegistrationQuery::default()
            })
            .await
            .unwrap();
        assert_eq!(listed.data.len(), 1);
        assert_eq!(listed.data[0].id, created.app_registration.id);
    }
    // A status its step does not take is refused before anything is sent.
    let created = register(&client, &flow, "wrong@example.com").await;
    let refused = sync(
        &client,
        &created,
        SyncStep::Document,
        RegistrationStatus::Completed,
    )
    .await;
    assert!(
        matches!(refused, Err(ClientError::Config(_))),
        "{refused:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_documented_refusals_of_a_create_are_typed() {
    let (_, base, client, flow) = with_flow("skip", "skip").await;
    register(&client, &flow, "taken@example.com").await;
    let again = client
        .create_app_registration(&person(&flow, "taken@example.com"))
        .await;
    assert!(
        matches!(
            again,
            Err(ClientError::Conflict {
                conflict: RegistrationConflict::EmailTaken,
                ..
            })
        ),
        "{again:?}"
    );
    let phone =
        NewAppRegistration::with_phone(project(), flow.clone(), "3001234567", "+57").unwrap();
    client.create_app_registration(&phone).await.unwrap();
    let again = client.create_app_registration(&phone).await;
    assert!(
        matches!(
            again,
            Err(ClientError::Conflict {
                conflict: RegistrationConflict::PhoneTaken,
                ..
            })
        ),
        "{again:?}"
    );
    // What the constructors make impossible, sent raw: the stand-in answers Verifik's 409s.
    let body = json!({ "project": project().as_str(), "projectFlow": flow.as_str() });
    let (status, answer) = raw(&base, "POST", "/v2/app-registrations", TOKEN, body.clone()).await;
    assert_eq!(
        (status, answer["message"].as_str()),
        (409, Some("Needs an email or a phone at least"))
    );
    let mut no_code = body.clone();
    no_code["phone"] = json!("3001234567");
    let (status, answer) = raw(&base, "POST", "/v2/app-registrations", TOKEN, no_code).await;
    assert_eq!(
        (status, answer["message"].as_str()),
        (409, Some("missing countryCode"))
    );
    // A flow that does not exist, a project that has none.
    let other_flow: ObjectId = "65b03015c03e1a1b595fe6ff".parse().unwrap();
    let missing = client
        .create_app_registration(&person(&other_flow, "nobody@example.com"))
        .await;
    assert_eq!(api_code(missing).0, 404);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_registration_starts_only_on_a_draft_or_active_onboarding_flow() {
    let (_, base, client, flow) = with_flow("skip", "skip").await;
    client
        .update(flow.as_str(), &json!({ "status": "paused" }))
        .await
        .unwrap();
    let paused = client
        .create_app_registration(&person(&flow, "p@example.com"))
        .await;
    assert_eq!(api_code(paused), (409, "project_flow_not_open".to_owned()));
    let login = client
        .create_value(&json!({
            "project": project().as_str(), "type": "login", "status": "active",
            "loginSettings": { "email": true, "emailGateway": "mailgun" }
        }))
        .await
        .unwrap();
    let login: ObjectId = login.id.parse().unwrap();
    let refused = client
        .create_app_registration(&person(&login, "l@example.com"))
        .await;
    assert_eq!(
        api_code(refused),
        (409, "project_flow_not_onboarding".to_owned())
    );
    let _ = base;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_persons_token_opens_its_own_registration_only_and_expires_after_120_minutes() {
    let (stand_in, base, client, flow) = with_flow("skip", "skip").await;
    let mine = register(&client, &flow, "mine@example.com").await;
    let theirs = register(&client, &flow, "theirs@example.com").await;
    // My token on their registration: not found (as if it did not exist).
    let crossed = client
        .sync(
            &theirs.app_registration.id,
            &mine.token,
            SyncStep::SignUpForm,
            &RegistrationStatus::Ongoing,
        )
        .await;
    assert_eq!(api_code(crossed).0, 404);
    // The client's token is not a person's.
    let client_token = client
        .sync(
            &mine.app_registration.id,
            &PersonToken::new(TOKEN),
            SyncStep::SignUpForm,
            &RegistrationStatus::Ongoing,
        )
        .await;
    assert_eq!(api_code(client_token).0, 401);
    // An unknown step: Verifik's documented 500.
    let path = format!("/v2/app-registrations/{}/sync", mine.app_registration.id);
    let (status, answer) = raw(
        &base,
        "PUT",
        &path,
        mine.token.expose(),
        json!({ "step": "selfie", "status": "ONGOING" }),
    )
    .await;
    assert_eq!(
        (status, answer["message"].as_str()),
        (500, Some("step_not_supported"))
    );
    // 119 minutes on, the token works; at 120 it has expired.
    stand_in.move_clock(Duration::from_mins(119));
    sync(
        &client,
        &mine,
        SyncStep::SignUpForm,
        RegistrationStatus::Ongoing,
    )
    .await
    .unwrap();
    stand_in.move_clock(Duration::from_mins(1));
    let expired = sync(
        &client,
        &mine,
        SyncStep::Instructions,
        RegistrationStatus::Ongoing,
    )
    .await;
    match expired {
        Err(ClientError::Api { status: 401, error }) => {
            assert_eq!(error.code, "token_expired");
            assert!(!error.message.contains(mine.token.expose()));
        }
        other => panic!("{other:?}"),
    }
    // The bearer token of the flows never syncs, and a person's never opens the API.
    let (status, _) = raw(
        &base,
        "GET",
        &format!("/v2/app-registrations/{}", mine.app_registration.id),
        mine.token.expose(),
        Value::Null,
    )
    .await;
    assert_eq!(status, 403);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_list_filters_and_pages_and_every_one_is_read_exactly() {
    let (_, _, client, flow) = with_flow("skip", "skip").await;
    let mut ids = Vec::new();
    for n in 0..25 {
        let created = client
            .create_app_registration(&person(&flow, &format!("p{n}@example.com")))
            .await
            .unwrap();
        if n % 5 == 0 {
            sync(
                &client,
                &created,
                SyncStep::Instructions,
                RegistrationStatus::Ongoing,
            )
            .await
            .unwrap();
        }
        ids.push(created.app_registration.id);
    }
    let page = client
        .list_app_registrations(&RegistrationQuery {
            page: Some(3),
            limit: Some(10),
            project: Some(project()),
            ..RegistrationQuery::default()
        })
        .await
        .unwrap();
    assert_eq!((page.total, page.pages, page.data.len()), (25, 3, 5));
    let ongoing = client
        .list_app_registrations(&RegistrationQuery {
            statuses: vec![RegistrationStatus::Ongoing, RegistrationStatus::Completed],
            project_flow: Some(flow.clone()),
            ..RegistrationQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(ongoing.total, 5);
    let every = client
        .list_all_app_registrations(&project(), Some(&flow), None)
        .await
        .unwrap();
    let mut read: Vec<String> = every.into_iter().map(|r| r.id).collect();
    read.sort();
    ids.sort();
    assert_eq!(read, ids);
    let unknown = client
        .get_app_registration("65b03015c03e1a1b595fe6ff")
        .await;
    match unknown {
        Err(ClientError::Api { status: 404, error }) => {
            assert_eq!(error.message, "AppRegistration_not_found");
        }
        other => panic!("{other:?}"),
    }
    let limit = client
        .list_app_registrations(&RegistrationQuery {
            limit: Some(101),
            ..RegistrationQuery::default()
        })
        .await;
    assert!(matches!(limit, Err(ClientError::Query(_))), "{limit:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_values_are_refused_and_never_echoed() {
    let (_, base, _, flow) = with_flow("skip", "skip").await;
    let long = format!("{}@example.com", "a".repeat(5_000));
    for (key, value, code) in [
        ("email", json!(long), "invalid_email"),
        ("email", json!("x\u{1b}[2J@example.com"), "invalid_email"),
        (
            "fullName",
            json!("Ana\u{202e}\u{1b}]0;owned\u{7}"),
            "invalid_name",
        ),
        ("firstName", json!("x".repeat(500)), "invalid_name"),
        ("language", json!("en\nX-Injected: 1"), "invalid_language"),
        ("phone", json!("+57 300; DROP"), "invalid_phone"),
    ] {
        let mut body = json!({
            "project": project().as_str(), "projectFlow": flow.as_str(),
            "email": "ok@example.com"
        });
        body[key] = value.clone();
        if key == "phone" {
            body["countryCode"] = json!("+57");
        }
        let (status, answer) = raw(&base, "POST", "/v2/app-registrations", TOKEN, body).await;
        assert_eq!(
            (status, answer["code"].as_str()),
            (400, Some(code)),
            "{key}: {answer}"
        );
        let said = answer.to_string();
        assert!(
            !said.contains('\u{1b}') && !said.contains('\u{202e}'),
            "{said}"
        );
        assert!(said.len() < 1_000, "echoed: {said}");
    }
    let (status, answer) = raw(
        &base,
        "POST",
        "/v2/app-registrations",
        TOKEN,
        json!({ "project": project().as_str(), "projectFlow": flow.as_str(),
                "email": "ok@example.com", "emial\u{1b}": "typo" }),
    )
    .await;
    assert_eq!(
        (status, answer["code"].as_str()),
        (400, Some("unknown_key"))
    );
    assert!(!answer.to_string().contains('\u{1b}'));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_data_file_of_an_earlier_stand_in_gains_the_registrations_table() {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("stand-in.db");
    drop(StandIn::with_data_file(TOKEN, &data).unwrap());
    // What an earlier stand-in wrote: its flows, no registrations table.
    let db = rusqlite::Connection::open(&data).unwrap();
    db.execute_batch("DROP TABLE app_registrations").unwrap();
    drop(db);
    let base = start(StandIn::with_data_file(TOKEN, &data).unwrap()).await;
    let client = Client::new(&base, TOKEN).unwrap();
    let flow = client
        .create(
            &ProjectFlow::smart_enroll(project(), "Kept")
                .build()
                .unwrap(),
        )
        .await
        .unwrap();
    let flow: ObjectId = flow.id.parse().unwrap();
    let created = register(&client, &flow, "kept@example.com").await;
    let read = client
        .get_app_registration(&created.app_registration.id)
        .await
        .unwrap();
    assert_eq!(read, created.app_registration);
}

#[test]
fn the_documented_answer_shapes_are_read_tolerantly() {
    // The create answer, as the page shows it.
    let created: CreatedRegistration = serde_json::from_value(json!({
        "appRegistration": {
            "_id": "65b03015c03e1a1b595fe61e", "client": "c", "project": "65b03015c03e1a1b595fe61c",
            "projectFlow": "65b03015c03e1a1b595fe61d", "status": "STARTED", "currentStep": "1",
            "email": "ana@example.com", "language": "en", "informationValidation": "x",
            "createdAt": "2024-01-15T10:30:00.000Z", "updatedAt": "2024-01-15T10:30:00.000Z"
        },
        "informationValidation": { "_id": "x" },
        "token": "eyJhbGciOi.secret"
    }))
    .unwrap();
    assert_eq!(
        created.app_registration.status,
        Some(RegistrationStatus::Started)
    );
    assert!(!format!("{created:?}").contains("secret"));
    // The example in lower case, with keys this crate does not type.
    let done: AppRegistration = serde_json::from_value(json!({
        "_id": "65b03015c03e1a1b595fe61e", "status": "completed",
        "expiresAt": "2024-01-15T12:30:00.000Z", "completedAt": "2024-01-15T11:00:00.000Z",
        "currentStep": 4, "somethingNew": { "a": 1 }
    }))
    .unwrap();
    assert_eq!(done.status, Some(RegistrationStatus::Completed));
    assert_eq!(done.current_step.as_deref(), Some("4"));
    assert!(done.raw().contains_key("somethingNew"));
    let other: AppRegistration =
        serde_json::from_value(json!({ "_id": "1", "status": "ARCHIVED" })).unwrap();
    assert_eq!(
        other.status,
        Some(RegistrationStatus::Other("ARCHIVED".into()))
    );
    // The sync answer's map of five steps.
    let answer: verifik_flow::SyncAnswer = serde_json::from_value(json!({
        "step": "document", "status": "ONGOING", "token": "t",
        "steps": { "signUpForm": "mandatory", "basicInformation": "skip", "document": "mandatory",
                   "liveness": "optional", "form": "skip" }
    }))
    .unwrap();
    assert_eq!(answer.steps.len(), 5);
    assert_eq!(answer.steps["liveness"], StepMode::Optional);
}

#[test]
fn a_registration_is_built_with_a_contact_or_not_at_all() {
    let flow: ObjectId = "65b03015c03e1a1b595fe61d".parse().unwrap();
    assert!(NewAppRegistration::with_email(project(), flow.clone(), "not-an-email").is_err());
    assert!(NewAppRegistration::with_phone(project(), flow.clone(), "3001234567", "57").is_err());
    let error = NewAppRegistration::with_phone(project(), flow.clone(), "abc", "+57").unwrap_err();
    assert!(error.to_string().contains("phone number"), "{error}");
    assert!(
        error
            .message_in(verifik_flow::Lang::Es)
            .contains("teléfono")
    );
    let body = NewAppRegistration::with_email(project(), flow, "ana@example.com")
        .unwrap()
        .full_name("Ana Pérez")
        .to_json();
    assert_eq!(
        body,
        json!({ "project": project().as_str(), "projectFlow": "65b03015c03e1a1b595fe61d",
                "email": "ana@example.com", "fullName": "Ana Pérez" })
    );
}

/// A client of a server that answers `status` with the fixture `name`
/// (`tests/fixtures/answers/`) to every call.
async fn answering(status: u16, name: &str) -> Client {
    let body = serde_json::to_vec(&super::read_fixture(name)).unwrap();
    let (base, _) = super::double(vec![(status, vec![], body)]).await;
    Client::new(&base, TOKEN).unwrap()
}

/// Each documented answer of the app-registration pages (`tests/fixtures/answers/`), served
/// as Verifik would, is read by the client: records and pages typed, refusals typed or shown
/// with their status and words.
#[tokio::test(flavor = "multi_thread")]
async fn the_client_reads_every_documented_answer_of_the_registration_pages() {
    let flow: ObjectId = "65b03015c03e1a1b595fe61d".parse().unwrap();
    let ana = person(&flow, "ana@example.com");

    let client = answering(200, "app-registration-create").await;
    let created = client.create_app_registration(&ana).await.unwrap();
    assert_eq!(
        created.app_registration.country_code.as_deref(),
        Some("+57")
    );
    assert_eq!(
        created.token.expose(),
        "eyJhbGciOiJIUzI1NiJ9.fixture-person-token"
    );

    let client = answering(200, "app-registration-completed-lowercase").await;
    let read = client
        .get_app_registration("6717d8c0a1b2c3d4e5f60718")
        .await
        .unwrap();
    assert_eq!(read.status, Some(RegistrationStatus::Completed));
    assert!(read.raw().contains_key("expiresAt"));

    let client = answering(200, "app-registration-list").await;
    let page = client
        .list_app_registrations(&RegistrationQuery::default())
        .await
        .unwrap();
    assert_eq!((page.total, page.data.len()), (2, 2));
    assert_eq!(
        page.data[1].status,
        Some(RegistrationStatus::NeedsManualVerification)
    );

    let client = answering(200, "app-registration-sync").await;
    let answer = client
        .sync(
            "6717d8c0a1b2c3d4e5f60718",
            &PersonToken::new("a-person-token"),
            SyncStep::Document,
            &RegistrationStatus::Ongoing,
        )
        .await
        .unwrap();
    assert_eq!(answer.steps["liveness"], StepMode::Mandatory);
    assert_eq!(answer.step.as_deref(), Some("document"));
}

/// Each documented refusal of the app-registration pages, served as Verifik would: the 409s
/// typed, the others shown with their status and words.
#[tokio::test(flavor = "multi_thread")]
async fn the_client_reads_every_documented_refusal_of_the_registration_pages() {
    let flow: ObjectId = "65b03015c03e1a1b595fe61d".parse().unwrap();
    let ana = person(&flow, "ana@example.com");
    for (name, conflict) in [
        ("email-registered", RegistrationConflict::EmailTaken),
        ("phone-registered", RegistrationConflict::PhoneTaken),
        ("needs-contact", RegistrationConflict::NeedsContact),
        (
            "missing-country-code",
            RegistrationConflict::MissingCountryCode,
        ),
    ] {
        let client = answering(409, &format!("error-409-registration-{name}")).await;
        match client.create_app_registration(&ana).await {
            Err(ClientError::Conflict { conflict: read, .. }) => assert_eq!(read, conflict),
            other => panic!("{name}: {other:?}"),
        }
    }
    let client = answering(409, "error-409-registration-sign-up-form").await;
    let refused = client
        .sync(
            "6717d8c0a1b2c3d4e5f60718",
            &PersonToken::new("a-person-token"),
            SyncStep::End,
            &RegistrationStatus::Completed,
        )
        .await
        .unwrap_err();
    assert!(
        matches!(
            refused,
            ClientError::Conflict {
                conflict: RegistrationConflict::SignUpFormNotPassed,
                ..
            }
        ),
        "{refused:?}"
    );
    assert!(
        refused
            .to_string()
            .contains("sync the steps the flow requires")
    );
    for (status, name, said) in [
        (
            404,
            "error-404-app-registration",
            "AppRegistration_not_found",
        ),
        (500, "error-500-step-not-supported", "step_not_supported"),
    ] {
        let client = answering(status, name).await;
        let error = client
            .get_app_registration("6717d8c0a1b2c3d4e5f60718")
            .await
            .unwrap_err();
        let shown = error.to_string();
        assert!(
            shown.contains(&status.to_string()) && shown.contains(said),
            "{shown}"
        );
    }
}

/// A create that may have reached Verifik (a 502 from a gateway) is never sent again; one
/// Verifik refused before acting (429) is sent again after its `Retry-After`, outside the
/// client's own pace.
#[tokio::test(flavor = "multi_thread")]
async fn a_create_that_may_have_happened_is_not_sent_again_and_a_refusal_is_waited_out() {
    let flow: ObjectId = "65b03015c03e1a1b595fe61d".parse().unwrap();
    let ana = person(&flow, "ana@example.com");
    let created = serde_json::to_vec(&super::read_fixture("app-registration-create")).unwrap();

    let (base, asked) = super::double(vec![
        (502, vec![], b"<html>Bad Gateway</html>".to_vec()),
        (200, vec![], created.clone()),
    ])
    .await;
    let client = Client::new(&base, TOKEN).unwrap();
    let error = client.create_app_registration(&ana).await.unwrap_err();
    assert!(error.may_have_happened(), "{error:?}");
    assert_eq!(asked.lock().unwrap().len(), 1, "sent again");

    let (base, asked) = super::double(vec![
        (429, vec![("retry-after", "0".to_owned())], Vec::new()),
        (200, vec![], created),
    ])
    .await;
    // Paced to one call a day: a registration call does not wait for that turn.
    let client = Client::new(&base, TOKEN)
        .unwrap()
        .paced(1, Duration::from_hours(24));
    let both = async {
        client.create_app_registration(&ana).await.unwrap();
        client.create_app_registration(&ana).await.unwrap();
    };
    tokio::time::timeout(Duration::from_secs(20), both)
        .await
        .expect("a registration call waited for the project-flow calls' pace");
    assert_eq!(asked.lock().unwrap().len(), 3);
}
