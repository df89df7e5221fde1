//! `trigger` and `serve --forward-to`: a person walked to an event on the stand-in, its
//! deliveries received by a plain loopback receiver.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};

use super::{cli, on_stand_in, root, stderr, stdout};

/// A receiver on loopback that answers 200 to every request and keeps each body.
fn receiver() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let bodies = Arc::new(Mutex::new(Vec::new()));
    let kept = Arc::clone(&bodies);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0;
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap_or(0) > 0 && line != "\r\n" {
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap_or(0);
                }
                line.clear();
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            kept.lock()
                .unwrap()
                .push(String::from_utf8_lossy(&body).into_owned());
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n");
        }
    });
    (url, bodies)
}

/// The types of the events `bodies` received, once there are `count` (or 20 s have passed).
fn received(bodies: &Mutex<Vec<String>>, count: usize) -> Vec<String> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while bodies.lock().unwrap().len() < count && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    bodies
        .lock()
        .unwrap()
        .iter()
        .map(|b| {
            serde_json::from_str::<serde_json::Value>(b).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

struct Served(Child);

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve_forwarding(url: &str, data: Option<&std::path::Path>) -> (Served, String) {
    let mut command = cli();
    command.args([
        "serve",
        "--addr",
        "127.0.0.1:0",
        "--token",
        "journey-token",
        "--forward-to",
        url,
    ]);
    if let Some(data) = data {
        command.arg("--data").arg(data);
    }
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .trim()
        .strip_prefix("export VERIFIK_BASE_URL=")
        .unwrap_or_else(|| panic!("serve printed {line:?}"))
        .to_owned();
    (Served(child), base)
}

/// A flow whose every step is mandatory, created on the stand-in: its ID.
fn mandatory_flow(base: &str) -> String {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("flow.json");
    let mut body: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/smart-enroll.json")).unwrap(),
    )
    .unwrap();
    body["steps"] = serde_json::json!({ "document": "mandatory", "liveness": "mandatory" });
    std::fs::write(&file, body.to_string()).unwrap();
    let created = on_stand_in(base, "journey-token", &["create", file.to_str().unwrap()]);
    assert_eq!(created.status.code(), Some(0), "{}", stderr(&created));
    let record: serde_json::Value = serde_json::from_str(&stdout(&created)).unwrap();
    record["_id"].as_str().unwrap().to_owned()
}

#[test]
fn trigger_walks_a_person_to_each_end_and_the_events_are_forwarded() {
    let (url, bodies) = receiver();
    let (_served, base) = serve_forwarding(&url, None);
    let flow = mandatory_flow(&base);
    for (event, status) in [
        ("app_registration_completed", "COMPLETED"),
        ("onboarding_app_registration_failed", "FAILED"),
        (
            "app_registration_needs_manual_verification",
            "NEEDS_MANUAL_VERIFICATION",
        ),
    ] {
        let output = on_stand_in(&base, "journey-token", &["trigger", event, "--flow", &flow]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{event}: {}",
            stderr(&output)
        );
        let registration: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(registration["status"], status);
        assert!(stderr(&output).contains("walked to"), "{}", stderr(&output));
        // No token is printed.
        assert!(!stdout(&output).contains("token") && !stderr(&output).contains("journey-token"));
    }
    // The completed walk's events, forwarded in order (the flow has no webhook of its own).
    let kinds = received(&bodies, 11);
    assert_eq!(
        kinds[..5],
        [
            "onboarding_app_registration_created",
            "onboarding_app_registration_sync_sign_up_form",
            "onboarding_app_registration_sync_document",
            "onboarding_app_registration_sync_liveness",
            "onboarding_app_registration_completed",
        ],
        "{kinds:?}"
    );
    assert_eq!(kinds.len(), 11, "{kinds:?}");

    // An event the flow cannot make: refused, with why.
    let refused = on_stand_in(
        &base,
        "journey-token",
        &[
            "trigger",
            "app_registration_completed_without_kyc",
            "--flow",
            &flow,
        ],
    );
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("cannot end without KYC"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn trigger_refuses_a_server_that_is_not_the_stand_in_and_sends_nothing() {
    // A server that answers like Verifik's list, without the stand-in's header.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let asked = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&asked);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut first = String::new();
            let _ = reader.read_line(&mut first);
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap_or(0) > 0 && line != "\r\n" {
                line.clear();
            }
            seen.lock().unwrap().push(first.trim().to_owned());
            let body = br#"{"data": [], "total": 0, "limit": 1, "page": 1, "pages": 0}"#;
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(body);
        }
    });
    let output = on_stand_in(
        &base,
        "t",
        &[
            "trigger",
            "app_registration_completed",
            "--flow",
            "65b03015c03e1a1b595fe61d",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("does not name itself as verifik-flow's stand-in"),
        "{}",
        stderr(&output)
    );
    let asked = asked.lock().unwrap();
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert!(asked[0].starts_with("GET /v2/project-flows"), "{asked:?}");
}

#[test]
fn serve_refuses_to_forward_beyond_loopback() {
    let output = cli()
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--token",
            "t",
            "--forward-to",
            "http://10.0.0.1/hook",
            "--lang",
            "es",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("no es loopback"),
        "{}",
        stderr(&output)
    );
}

/// The outbox survives a kill: events made and not yet delivered when the stand-in was killed
/// leave when it starts again on its data file.
#[test]
fn undelivered_events_leave_after_a_kill_and_a_restart() {
    // A receiver that takes the connection and never answers: the first delivery hangs, the
    // others wait their turn.
    let hanging = TcpListener::bind("127.0.0.1:0").unwrap();
    let hanging_url = format!("http://{}/hook", hanging.local_addr().unwrap());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in hanging.incoming() {
            held.push(stream);
        }
    });
    let folder = tempfile::tempdir().unwrap();
    let data = folder.path().join("stand-in.db");
    let serve_on = |forward: &str| serve_forwarding(forward, Some(&data));
    let (served, base) = serve_on(&hanging_url);
    let flow = mandatory_flow(&base);
    let output = on_stand_in(
        &base,
        "journey-token",
        &["trigger", "app_registration_completed", "--flow", &flow],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    drop(served); // SIGKILL, while the first delivery hangs

    let (url, bodies) = receiver();
    let (_served, _) = serve_on(&url);
    let kinds = received(&bodies, 5);
    assert_eq!(
        kinds,
        [
            "onboarding_app_registration_created",
            "onboarding_app_registration_sync_sign_up_form",
            "onboarding_app_registration_sync_document",
            "onboarding_app_registration_sync_liveness",
            "onboarding_app_registration_completed",
        ]
    );
}
