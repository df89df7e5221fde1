//! Against the real Verifik, opt-in: with `VERIFIK_LIVE_TOKEN` and `VERIFIK_LIVE_PROJECT` set,
//! creates a draft Smart Enroll flow, reads it, updates it, lists it and deletes it, and checks
//! that each answer is read. Ignored by default (CI never runs it); run it with
//!
//! ```sh
//! VERIFIK_LIVE_TOKEN=... VERIFIK_LIVE_PROJECT=<your project's ObjectId> \
//!   cargo test -p verifik-flow --features client --test live -- --ignored --nocapture
//! ```
//!
//! It calls Verifik five times (its limit is 50 project-flow calls a minute) and leaves
//! nothing behind unless a call fails half-way (then the draft's ID is printed).

use serde_json::json;
use verifik_flow::client::{Client, ListQuery};
use verifik_flow::{ProjectFlow, RecordStatus};

#[tokio::test]
#[ignore = "calls the real Verifik: set VERIFIK_LIVE_TOKEN and VERIFIK_LIVE_PROJECT, run with --ignored"]
async fn a_draft_flow_goes_through_every_endpoint_of_the_real_verifik() {
    let (Ok(token), Ok(project)) = (
        std::env::var("VERIFIK_LIVE_TOKEN"),
        std::env::var("VERIFIK_LIVE_PROJECT"),
    ) else {
        eprintln!("skipped: set VERIFIK_LIVE_TOKEN and VERIFIK_LIVE_PROJECT to run it");
        return;
    };
    let base = std::env::var("VERIFIK_BASE_URL")
        .unwrap_or_else(|_| verifik_flow::client::DEFAULT_BASE_URL.to_owned());
    let client = Client::new(&base, &token).expect("a client");
    let project = project
        .parse()
        .expect("VERIFIK_LIVE_PROJECT is a project's ObjectId");
    let flow = ProjectFlow::smart_enroll(project, "verifik-flow live test")
        .build()
        .expect("the preset is valid");

    let created = client.create(&flow).await.expect("create");
    eprintln!("created draft {}", created.id);
    assert_eq!(created.status, Some(RecordStatus::Draft));
    let read = client.get(&created.id).await.expect("get");
    assert_eq!(read.id, created.id);
    let updated = client
        .update(
            &created.id,
            &json!({ "name": "verifik-flow live test, updated" }),
        )
        .await
        .expect("update");
    assert_eq!(
        updated.name.as_deref(),
        Some("verifik-flow live test, updated")
    );
    let page = client
        .list(&ListQuery {
            limit: Some(100),
            ..ListQuery::default()
        })
        .await
        .expect("list");
    assert!(page.total >= 1);
    let deleted = client.delete(&created.id).await.expect("delete");
    assert_eq!(
        deleted.id.to_ascii_lowercase(),
        created.id.to_ascii_lowercase()
    );
    eprintln!("deleted draft {}", created.id);
}
