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

/// The module `pull --rust` wrote for flows of hostile names (`pulled_hostile.rs`, kept up to
/// date by the CLI's tests): keywords, C1 controls, a bidirectional override, raw HTML and
/// backticks, 119 CJK characters. It compiles (that it is in this binary is the test), and each
/// function gives back the name exactly, through Rust's escapes.
#[test]
fn hostile_names_compile_and_come_back_exact() {
    use super::pulled_hostile as hostile;
    let names = [
        (hostile::move_flow().name, "Move".to_owned()),
        (hostile::self_flow().name, "Self".to_owned()),
        (hostile::fn_flow().name, "fn".to_owned()),
        (hostile::self_flow_2().name, "self".to_owned()),
        (
            hostile::flow_31mred_next().name,
            "\u{9b}31mred\u{85} next".to_owned(),
        ),
        (
            hostile::evil_txt_exe().name,
            "evil \u{202e}txt.exe".to_owned(),
        ),
        (
            hostile::img_src_x_onerror_alert_1_tick_two().name,
            "<img src=x onerror=alert(1)> `tick` ``two``".to_owned(),
        ),
        (
            hostile::flow_0000000000000000feed0008().name,
            "中".repeat(119),
        ),
    ];
    for (got, want) in names {
        assert_eq!(got, want);
    }
}
