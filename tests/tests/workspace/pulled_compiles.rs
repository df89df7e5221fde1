//! The module `verifik-flow pull --rust` wrote for the documentation's list page (`pulled.rs`,
//! kept up to date by the CLI's tests) compiles, and each function gives the flow Verifik holds.

use verifik_flow::{Flow, ProjectFlowRecord};
use verifik_flow_tests::read_json;

use super::pulled;

#[test]
fn each_pulled_function_is_the_flow_verifik_holds() {
    let page = read_json("tests/fixtures/answers/list-v2.json");
    let records: Vec<ProjectFlowRecord> = page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|record| serde_json::from_value(record.clone()).unwrap())
        .collect();
    let held = |id: &str| {
        let record = records.iter().find(|r| r.id == id).unwrap();
        verifik_flow::validate_flow(&verifik_flow::plan::remote_body(record)).unwrap()
    };
    assert_eq!(
        Flow::from(pulled::smart_enroll_project_flow()),
        held("65b03015c03e1a1b595fe700")
    );
    assert_eq!(
        Flow::from(pulled::flow_65b03015c03e1a1b595fe710()),
        held("65b03015c03e1a1b595fe710")
    );
}
