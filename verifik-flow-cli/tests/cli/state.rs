//! Flows as code's state under faults, as an operator meets them: a process killed in the
//! middle of a create, Ctrl-C, a second apply at once, a saved plan applied twice, an
//! inventory left in a merge conflict, another project's section.

use std::io::{BufReader, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Output, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use super::{cli, on_stand_in, serve, stderr, stdout};

const PROJECT: &str = "65b03015c03e1a1b595fe61c";
const SECOND: &str = "65b03015c03e1a1b595fe6aa";
const TOKEN: &str = "state-token";

/// What the proxy does with the creates it forwards.
#[derive(Default)]
struct Hold {
    /// Creates forwarded so far.
    creates: usize,
    /// The create whose answer is held (1-based; 0: none).
    at: usize,
    /// Whether that create has reached the stand-in and its answer is held.
    holding: bool,
    /// Whether to let the held answer go.
    release: bool,
    /// Answer the `at`-th create 502 instead of holding it (a gateway that lost the answer).
    lose: bool,
}

/// A loopback proxy in front of the stand-in: each request is forwarded as it came, and the
/// answer given back, except the `at`-th create's, which reaches the stand-in (the flow is
/// stored) and whose answer is held until released (or the client is killed).
fn proxy(upstream: &str, at: usize) -> (String, Arc<(Mutex<Hold>, Condvar)>) {
    let upstream = upstream.trim_start_matches("http://").to_owned();
    let hold = Arc::new((
        Mutex::new(Hold {
            at,
            ..Hold::default()
        }),
        Condvar::new(),
    ));
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let shared = Arc::clone(&hold);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { return };
            let (upstream, hold) = (upstream.clone(), Arc::clone(&shared));
            std::thread::spawn(move || forward(stream, &upstream, &hold));
        }
    });
    (base, hold)
}

/// One HTTP/1.1 message: its head's lines and its body (by `content-length`).
fn message(reader: &mut impl std::io::BufRead) -> Option<(Vec<String>, Vec<u8>)> {
    let mut head = Vec::new();
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end().to_owned();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = value.trim().parse().unwrap_or(0);
        }
        head.push(line);
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some((head, body))
}

/// `head` and `body` as bytes, with `connection: close` in place of any `connection` header:
/// one request a connection, so that each answer is whole when its connection ends.
fn bytes(head: &[String], body: &[u8]) -> Vec<u8> {
    let mut out = String::new();
    for line in head
        .iter()
        .filter(|l| !l.to_ascii_lowercase().starts_with("connection:"))
    {
        out.push_str(line);
        out.push_str("\r\n");
    }
    out.push_str("connection: close\r\n\r\n");
    let mut out = out.into_bytes();
    out.extend_from_slice(body);
    out
}

fn forward(client: TcpStream, upstream: &str, hold: &(Mutex<Hold>, Condvar)) {
    let mut reader = BufReader::new(client.try_clone().unwrap());
    let Some((head, body)) = message(&mut reader) else {
        return;
    };
    let create = head[0].starts_with("POST /v2/project-flows");
    let mut server = TcpStream::connect(upstream).unwrap();
    server.write_all(&bytes(&head, &body)).unwrap();
    let Some((answer_head, answer_body)) = message(&mut BufReader::new(server)) else {
        return;
    };
    if create {
        let (lock, changed) = hold;
        let mut state = lock.lock().unwrap();
        state.creates += 1;
        if state.creates == state.at && state.lose {
            let lost =
                b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";
            let mut client = client;
            let _ = client.write_all(lost);
            return;
        }
        if state.creates == state.at {
            state.holding = true;
            changed.notify_all();
            while !state.release {
                state = changed.wait(state).unwrap();
            }
        }
    }
    let mut client = client;
    let _ = client.write_all(&bytes(&answer_head, &answer_body));
}

/// Waits until the proxy holds its create's answer.
fn wait_until_held(hold: &(Mutex<Hold>, Condvar)) {
    let (lock, changed) = hold;
    let state = lock.lock().unwrap();
    let (state, timeout) = changed
        .wait_timeout_while(state, Duration::from_mins(1), |s| !s.holding)
        .unwrap();
    assert!(!timeout.timed_out() && state.holding, "no create was held");
}

fn release(hold: &(Mutex<Hold>, Condvar)) {
    let (lock, changed) = hold;
    lock.lock().unwrap().release = true;
    changed.notify_all();
}

/// Ten named onboarding files and two nameless login ones.
fn twelve_files(dir: &Path) {
    for n in 0..10 {
        let body = serde_json::json!({
            "project": PROJECT, "type": "onboarding", "name": format!("Flow {n}"),
            "target": "personal", "status": "draft",
            "signUpForm": { "email": true, "emailGateway": "mailgun" },
        });
        std::fs::write(dir.join(format!("f{n:02}.json")), body.to_string()).unwrap();
    }
    for (n, score) in [(1, 0.6), (2, 0.7)] {
        let body = serde_json::json!({
            "project": PROJECT, "type": "login", "status": "draft",
            "loginSettings": { "email": true, "emailGateway": "mailgun", "faceLiveness": true,
                               "livenessMinScore": score },
        });
        std::fs::write(dir.join(format!("nameless-{n}.json")), body.to_string()).unwrap();
    }
}

/// A stand-in (its data in a folder of its own) and a flows directory of [`twelve_files`]: the
/// folder (removed when dropped), the stand-in, its URL and the directory.
fn twelve_on_a_stand_in() -> (tempfile::TempDir, Child, String, std::path::PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let (server, base) = serve(&folder.path().join("flows.db"), TOKEN);
    let dir = folder.path().join("flows");
    std::fs::create_dir(&dir).unwrap();
    twelve_files(&dir);
    (folder, server, base, dir)
}

fn apply_through(base: &str, dir: &Path) -> Child {
    cli()
        .args(["apply", "--auto-approve"])
        .arg(dir)
        .env("VERIFIK_TOKEN", TOKEN)
        .env("VERIFIK_BASE_URL", base)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn flows_on(base: &str) -> usize {
    let listed = on_stand_in(
        base,
        TOKEN,
        &["list", "--project", PROJECT, "--limit", "100"],
    );
    let page: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    page["data"].as_array().unwrap().len()
}

/// `apply` again through the stand-in ends with 12 flows of 12 files, and nothing to do; the
/// stand-in is stopped then.
fn again_converges(mut server: Child, base: &str, dir: &Path) {
    let dir_text = dir.to_str().unwrap();
    let again = on_stand_in(base, TOKEN, &["apply", dir_text, "--auto-approve"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(flows_on(base), 12, "{}", stdout(&again));
    let plan = on_stand_in(base, TOKEN, &["plan", dir_text, "--detailed-exitcode"]);
    assert_eq!(plan.status.code(), Some(0), "{}", stdout(&plan));
    let _ = server.kill();
    let _ = server.wait();
}

/// kill -9 while a create is in flight (it reached Verifik; its answer did not come back):
/// the create was recorded as pending before it was sent, and `apply` again finds the flow it
/// made (a nameless login flow too) instead of making another: 12 files, 12 flows.
#[test]
fn killed_during_a_create_apply_again_makes_no_duplicate() {
    let (_folder, server, base, dir) = twelve_on_a_stand_in();
    // The 11th create is the first nameless login flow (files go in name order).
    let (proxied, hold) = proxy(&base, 11);
    let mut apply = apply_through(&proxied, &dir);
    wait_until_held(&hold);
    apply.kill().unwrap();
    apply.wait().unwrap();
    let inventory = std::fs::read_to_string(dir.join("verifik-flow.lock")).unwrap();
    assert!(inventory.contains("\"pending\""), "{inventory}");
    assert_eq!(flows_on(&base), 11);
    again_converges(server, &base, &dir);
}

/// A gateway's 502 after the create reached Verifik: apply says the create may have happened
/// and exits 1; the pending entry stays; apply again adopts the flow instead of a second one.
#[test]
fn a_lost_answer_to_a_create_is_not_a_second_flow() {
    let (_folder, server, base, dir) = twelve_on_a_stand_in();
    let (proxied, hold) = proxy(&base, 12);
    hold.0.lock().unwrap().lose = true;
    let output = apply_through(&proxied, &dir).wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("nameless-2.json: the create may have been carried out"),
        "{}",
        stderr(&output)
    );
    assert_eq!(flows_on(&base), 12);
    again_converges(server, &base, &dir);
}

/// Ctrl-C while a create is in flight: the call finishes and is recorded, no other is sent,
/// and `apply` exits 1 saying so; `apply` again does the rest.
#[test]
fn interrupted_apply_records_the_call_in_flight_and_stops() {
    let (_folder, server, base, dir) = twelve_on_a_stand_in();
    let (proxied, hold) = proxy(&base, 4);
    let apply = apply_through(&proxied, &dir);
    wait_until_held(&hold);
    let interrupt = std::process::Command::new("kill")
        .args(["-INT", &apply.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupt.success());
    // Let the signal land before the answer does.
    std::thread::sleep(Duration::from_millis(300));
    release(&hold);
    let output: Output = apply.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("stopped as asked"),
        "{}",
        stderr(&output)
    );
    let inventory: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("verifik-flow.lock")).unwrap())
            .unwrap();
    assert_eq!(inventory["projects"][PROJECT].as_object().unwrap().len(), 4);
    assert!(inventory.get("pending").is_none(), "{inventory}");
    assert_eq!(flows_on(&base), 4);
    again_converges(server, &base, &dir);
}

/// One apply at a time a directory: a second one exits 1 at once naming it, or waits with
/// `--lock-timeout` until the first is done.
#[test]
fn a_second_apply_waits_for_the_lock_or_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path().join("flows");
    std::fs::create_dir(&dir).unwrap();
    twelve_files(&dir);
    let held = verifik_flow::plan::FlowsDir::lock(&dir, Duration::ZERO).unwrap();
    let refused = on_stand_in(
        "http://127.0.0.1:9",
        TOKEN,
        &["apply", dir.to_str().unwrap(), "--auto-approve"],
    );
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("another apply or pull is using this directory"),
        "{}",
        stderr(&refused)
    );
    let pull = on_stand_in(
        "http://127.0.0.1:9",
        TOKEN,
        &["pull", "--project", PROJECT, dir.to_str().unwrap()],
    );
    assert_eq!(pull.status.code(), Some(1), "{}", stderr(&pull));
    assert!(stderr(&pull).contains("another apply or pull"));
    // Released while the second one waits: it goes on (and then fails to connect, exit 1,
    // which says it got past the lock).
    let releasing = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        drop(held);
    });
    let waited = on_stand_in(
        "http://127.0.0.1:9",
        TOKEN,
        &[
            "apply",
            dir.to_str().unwrap(),
            "--auto-approve",
            "--lock-timeout",
            "20",
        ],
    );
    releasing.join().unwrap();
    assert_eq!(waited.status.code(), Some(1));
    assert!(
        !stderr(&waited).contains("another apply or pull"),
        "{}",
        stderr(&waited)
    );
}

/// The documented loop: `plan DIR --out P` then `apply P`, nothing changed in between,
/// applies, with unchanged flows beside the update; the same plan applied again is stale.
/// An adoption is recorded when nothing else changes; another project's section is never read
/// as "its file is gone"; an inventory left in a merge conflict is refused, not overwritten.
#[test]
#[allow(clippy::too_many_lines)] // one story, told in order
fn saved_plans_adoptions_sections_and_a_broken_inventory() {
    let folder = tempfile::tempdir().unwrap();
    let (mut server, base) = serve(&folder.path().join("flows.db"), TOKEN);
    let dir = folder.path().join("flows");
    std::fs::create_dir(&dir).unwrap();
    let text = dir.to_str().unwrap();
    let cli = |args: &[&str]| on_stand_in(&base, TOKEN, args);
    twelve_files(&dir);
    assert_eq!(
        cli(&["apply", text, "--auto-approve"]).status.code(),
        Some(0)
    );

    // One file edited, eleven unchanged: the saved plan applies.
    let edited = serde_json::json!({
        "project": PROJECT, "type": "onboarding", "name": "Flow 3",
        "target": "personal", "status": "active",
        "signUpForm": { "email": true, "emailGateway": "mailgun" },
    });
    std::fs::write(dir.join("f03.json"), edited.to_string()).unwrap();
    let plan_file = folder.path().join("reviewed.plan.json");
    let saved = cli(&["plan", text, "--out", plan_file.to_str().unwrap()]);
    assert_eq!(saved.status.code(), Some(0), "{}", stderr(&saved));
    let applied = cli(&["apply", plan_file.to_str().unwrap(), "--auto-approve"]);
    assert_eq!(applied.status.code(), Some(0), "{}", stderr(&applied));
    assert!(
        stdout(&applied).contains("f03.json: updated flow"),
        "{}",
        stdout(&applied)
    );
    // Applied twice: stale the second time.
    let twice = cli(&["apply", plan_file.to_str().unwrap(), "--auto-approve"]);
    assert_eq!(twice.status.code(), Some(1));
    assert!(
        stderr(&twice).contains("the plan is stale: nothing was applied"),
        "{}",
        stderr(&twice)
    );
    // Flags a saved plan would ignore are refused.
    let flagged = cli(&["apply", plan_file.to_str().unwrap(), "--allow-delete"]);
    assert_eq!(flagged.status.code(), Some(1));
    assert!(stderr(&flagged).contains("--allow-delete does not go with a saved plan"));

    // A flow made elsewhere with a file's name, the file new here: adopted and recorded.
    let elsewhere = dir.join("made-elsewhere.json");
    let body = serde_json::json!({
        "project": PROJECT, "type": "onboarding", "name": "Made elsewhere",
        "target": "personal", "status": "draft",
        "signUpForm": { "email": true, "emailGateway": "mailgun" },
    });
    std::fs::write(folder.path().join("body.json"), body.to_string()).unwrap();
    let created = cli(&["create", folder.path().join("body.json").to_str().unwrap()]);
    assert_eq!(created.status.code(), Some(0), "{}", stderr(&created));
    std::fs::write(&elsewhere, body.to_string()).unwrap();
    let plan = cli(&["plan", text, "--detailed-exitcode"]);
    assert_eq!(plan.status.code(), Some(2), "{}", stdout(&plan));
    assert!(
        stdout(&plan).contains("= adopt made-elsewhere.json"),
        "{}",
        stdout(&plan)
    );
    assert_eq!(
        cli(&["apply", text, "--auto-approve"]).status.code(),
        Some(0)
    );
    let inventory = std::fs::read_to_string(dir.join("verifik-flow.lock")).unwrap();
    assert!(inventory.contains("made-elsewhere.json"), "{inventory}");

    // A file renamed (`git mv`) keeps its flow: a move, nothing sent.
    std::fs::rename(dir.join("f05.json"), dir.join("renamed.json")).unwrap();
    let plan = cli(&["plan", text, "--detailed-exitcode", "--allow-delete"]);
    assert_eq!(plan.status.code(), Some(2), "{}", stdout(&plan));
    assert!(
        stdout(&plan).contains("> move f05.json -> renamed.json (onboarding \"Flow 5\")")
            && stdout(&plan).contains("0 to create, 0 to update, 0 to delete, 1 to move"),
        "{}",
        stdout(&plan)
    );
    // In Spanish, its closing line agrees with its counts ("1 hecho", never "1 hechos").
    let moved = cli(&["--lang", "es", "apply", text, "--auto-approve"]);
    assert_eq!(moved.status.code(), Some(0), "{}", stderr(&moved));
    assert!(
        stdout(&moved).contains("Aplicado: 1 hecho, 0 fallidos."),
        "{}",
        stdout(&moved)
    );
    let inventory = std::fs::read_to_string(dir.join("verifik-flow.lock")).unwrap();
    assert!(
        inventory.contains("renamed.json") && !inventory.contains("f05.json"),
        "{inventory}"
    );

    // The same files for a second project, then a plain apply with --allow-delete: the second
    // project's section is not in play, and nothing is deleted.
    let second = cli(&["apply", text, "--auto-approve", "--project", SECOND]);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    let unasked = cli(&["apply", text, "--auto-approve", "--allow-delete"]);
    assert_eq!(unasked.status.code(), Some(0), "{}", stderr(&unasked));
    assert!(
        stdout(&unasked).contains("0 to delete") && !stdout(&unasked).contains("deleted flow"),
        "{}",
        stdout(&unasked)
    );

    // A merge-conflicted inventory: refused by plan, apply and apply PLAN, and left as it is.
    let saved = cli(&["plan", text, "--out", plan_file.to_str().unwrap()]);
    assert_eq!(saved.status.code(), Some(0), "{}", stderr(&saved));
    let conflicted = "<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> other\n";
    std::fs::write(dir.join("verifik-flow.lock"), conflicted).unwrap();
    for args in [
        &["plan", text][..],
        &["apply", text, "--auto-approve"],
        &["apply", plan_file.to_str().unwrap(), "--auto-approve"],
    ] {
        let output = cli(args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&output).contains("is not a verifik-flow inventory"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("verifik-flow.lock")).unwrap(),
        conflicted
    );
    let _ = server.kill();
    let _ = server.wait();
}
