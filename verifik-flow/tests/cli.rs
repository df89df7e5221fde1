//! The `verifik-flow` command, run as a user runs it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_verifik-flow"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // A command that exits before reading its input closes the pipe; that is not a failure.
    let _ = input.write_all(stdin.unwrap_or("").as_bytes());
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn a_valid_file_exits_0_and_prints_no_violation() {
    let output = run(&["validate", "examples/smart-enroll.json"], None);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).contains("1 file checked: 1 valid, 0 invalid"));
}

#[test]
fn human_output_is_file_line_column_rule_pointer_message_with_the_source_line() {
    let file = "tests/corpus/invalid/unknown-key--minScroe.json";
    let output = run(&["validate", file], None);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let first = text.lines().next().unwrap();
    assert_eq!(
        first,
        format!(
            "{file}:44:5: unknown-key: /liveness/minScroe: unknown key `minScroe` in `liveness`: \
             did you mean `minScore`?"
        )
    );
    // The offending line, underlined at the key.
    assert!(text.contains("44 |     \"minScroe\": 0.7"), "{text}");
    assert!(text.contains("^^^^^^^^^^ unknown-key"), "{text}");
}

#[test]
fn json_output_is_one_array_of_located_violations() {
    let output = run(
        &[
            "validate",
            "--format",
            "json",
            "examples/smart-enroll.json",
            "tests/corpus/invalid/range--min-score.json",
        ],
        None,
    );
    assert_eq!(output.status.code(), Some(1));
    let records: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(
        records,
        serde_json::json!([{
            "file": "tests/corpus/invalid/range--min-score.json",
            "pointer": "/liveness/minScore",
            "line": 41,
            "column": 17,
            "rule": "range",
            "message": "`minScore` must be between 0.52 and 0.9, found `1.5`",
        }])
    );

    let valid = run(
        &["validate", "--format", "json", "examples/smart-enroll.json"],
        None,
    );
    assert_eq!(valid.status.code(), Some(0));
    assert_eq!(stdout(&valid).trim(), "[]");
}

#[test]
fn a_syntax_error_is_invalid_not_unreadable() {
    let output = run(&["validate", "-"], Some("{\"project\": }"));
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with("<stdin>:1:13: syntax: /: expected value"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn standard_input_is_read_for_a_dash() {
    let body = std::fs::read_to_string(root().join("examples/smart-enroll.json")).unwrap();
    let output = run(&["validate", "-"], Some(&body));
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
}

#[test]
fn a_missing_file_exits_2_and_the_others_are_still_checked() {
    let output = run(
        &[
            "validate",
            "no/such/file.json",
            "tests/corpus/invalid/S1--no-contact.json",
        ],
        None,
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("error: no/such/file.json: "),
        "{}",
        stderr(&output)
    );
    assert!(
        stdout(&output).contains("S1--no-contact.json:7:17: S1: /signUpForm:"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["validate"], None).status.code(), Some(2));
    assert_eq!(
        run(&["validate", "--format", "xml", "x.json"], None)
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"], None).status.code(), Some(2));
}

#[test]
fn many_files_are_reported_in_the_order_given() {
    let mut files: Vec<String> = std::fs::read_dir(root().join("tests/corpus/invalid"))
        .unwrap()
        .map(|e| {
            format!(
                "tests/corpus/invalid/{}",
                e.unwrap().file_name().to_string_lossy()
            )
        })
        .collect();
    files.sort();
    files.reverse();
    let mut args = vec!["validate", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let output = run(&args, None);
    assert_eq!(output.status.code(), Some(1));
    let records: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).unwrap();
    let reported: Vec<&str> = records
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(reported, files);
}

#[test]
fn schema_prints_the_committed_file_byte_for_byte() {
    let output = run(&["schema"], None);
    assert_eq!(output.status.code(), Some(0));
    let committed = std::fs::read(root().join("schema/project-flow.schema.json")).unwrap();
    assert!(
        output.stdout == committed,
        "stale: regenerate with UPDATE_EXPECT=1 TRYBUILD=overwrite cargo test --workspace --all-features"
    );
}

#[test]
fn new_prints_a_starter_that_validates() {
    for target in ["personal", "business"] {
        let output = run(
            &[
                "new",
                "--target",
                target,
                "--project",
                "65b03015c03e1a1b595fe61c",
                "--name",
                "EU onboarding",
            ],
            None,
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let body = stdout(&output);
        let flow = verifik_flow::validate_str(&body).unwrap();
        assert_eq!(flow.target.as_str(), target);
        assert_eq!(flow.project.as_str(), "65b03015c03e1a1b595fe61c");
        assert_eq!(flow.name, "EU onboarding");
        // What `new` prints, `validate` accepts.
        assert_eq!(run(&["validate", "-"], Some(&body)).status.code(), Some(0));
    }
}

#[test]
fn new_without_a_project_says_the_id_is_a_placeholder() {
    let output = run(&["new"], None);
    assert_eq!(output.status.code(), Some(0));
    assert!(stderr(&output).contains("placeholder"));
    assert!(stdout(&output).contains(verifik_flow::PLACEHOLDER_PROJECT));
}

#[test]
fn new_refuses_a_bad_project_id_with_the_rule() {
    let output = run(&["new", "--project", "64a1b2c3d4e5f6789012345"], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("exactly 24 hexadecimal digits"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_long_line_is_cut_around_the_token() {
    let mut body: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/smart-enroll.json")).unwrap(),
    )
    .unwrap();
    body["name"] = serde_json::Value::from("n".repeat(5000));
    body["liveness"]["searchMode"] = serde_json::Value::from("SLOW");
    let minified = serde_json::to_string(&body).unwrap();
    let output = run(&["validate", "-"], Some(&minified));
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let source_lines: Vec<&str> = text.lines().filter(|l| l.starts_with("1 |")).collect();
    assert_eq!(source_lines.len(), 2, "{text}");
    for line in source_lines {
        assert!(line.len() < 200, "{line}");
        assert!(line.contains("..."), "{line}");
    }
    assert!(text.contains("\"SLOW\""), "{text}");
}
