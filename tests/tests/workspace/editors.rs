//! The editors' validators agree with ours: the committed schema compiles in Ajv's default
//! (strict) mode, as a user of the schema compiles it,
//! loads without problems in VS Code's JSON language service, passes Python `jsonschema`'s
//! `check_schema`, and each of them accepts the valid corpus and refuses the invalid one.
//!
//! `scripts/test.sh` installs these tools before running the tests.

use std::process::Command;
use verifik_flow_tests::root;

fn run(program: &str, script: &str, install_hint: &str) {
    let root = root();
    let output = Command::new(program)
        .arg(root.join(script))
        .arg(root.join("schema/project-flow.schema.json"))
        .arg(root.join("tests/corpus"))
        .current_dir(&root)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}; {install_hint}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{script} failed ({install_hint}):\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains(" 0 failed"), "{stdout}");
}

#[test]
fn ajv_strict_and_vscode_agree_with_the_validator() {
    assert!(
        root().join("tools/checks/node_modules/ajv").is_dir(),
        "Ajv is not installed: run scripts/test.sh, which runs `npm ci --prefix tools/checks`"
    );
    run("node", "tools/checks/check.mjs", "run scripts/test.sh");
}

#[test]
fn python_jsonschema_agrees_with_the_validator() {
    let python = std::env::var("VERIFIK_FLOW_PYTHON").unwrap_or_else(|_| "python3".into());
    run(
        &python,
        "tools/checks/check_schema.py",
        "run scripts/test.sh, which installs jsonschema into target/checks-venv",
    );
}
