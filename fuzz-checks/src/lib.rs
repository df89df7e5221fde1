//! The checks of the fuzz targets (`fuzz/fuzz_targets/`), in a crate of their own (never
//! published, and in no user's build) so that the ordinary tests replay the fuzz regression
//! corpus with the same checks on stable Rust (`tests/tests/workspace/fuzz_regressions.rs`).

// A check panics when what it checks does not hold: that is what the fuzzer looks for.
#![allow(clippy::missing_panics_doc)]

use proc_macro2::TokenStream;
use verifik_flow::{Flow, printable, validate_flow, validate_flow_slice};
use verifik_flow_macros::flow::{Mode, flow};

/// Validating any bytes gives an answer, never a panic; a valid body stays valid as the typed
/// flow; every violation of a text has a place and a printable message; and the fast path
/// agrees with the `Value` path.
///
/// # Panics
/// When one of those does not hold: that is what the fuzzer looks for.
pub fn validate_bytes(bytes: &[u8]) {
    let answer = validate_flow_slice(bytes);
    match &answer {
        Ok(flow) => {
            let value = serde_json::to_value(flow).expect("a flow serializes");
            let again: Flow = validate_flow(&value).expect("a valid flow, written out, is valid");
            assert_eq!(&again, flow, "a valid flow reads back as itself");
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "an error names at least one violation");
            for violation in errors {
                assert!(violation.location().is_some(), "no place: {violation}");
                assert!(!violation.message().is_empty(), "no message: {violation:?}");
                assert_eq!(
                    printable(violation.message()),
                    violation.message(),
                    "a message prints a control or bidi character raw"
                );
            }
        }
    }
    // The `Value` path (parse, then check the value) reaches the same verdict.
    if let Ok(text) = verifik_flow_rules::text::decode(bytes)
        && let Ok(value) = verifik_flow_rules::text::parse(text)
    {
        assert_eq!(
            validate_flow(&value).is_ok(),
            answer.is_ok(),
            "the text and value paths disagree on {text:?}"
        );
    }
}

/// A request to the stand-in made from any bytes: the first three pick the method, the path
/// and the credentials; up to a `0xFF` byte comes text for the path, and the rest is the
/// body. The stand-in answers every one without a 5xx, in JSON.
///
/// # Panics
/// When it does not.
pub fn stand_in_request(bytes: &[u8]) {
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt as _;

    thread_local! {
        static STAND_IN: (tokio::runtime::Runtime, verifik_flow::server::StandIn, String) = {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime");
            let stand_in = verifik_flow::server::StandIn::in_memory("fuzz-token");
            let seed = verifik_flow::ProjectFlow::smart_enroll(
                "65b03015c03e1a1b595fe61c".parse().expect("an ObjectId"),
                "Seed",
            )
            .build()
            .expect("a flow");
            let request = Request::post("/v2/project-flows")
                .header("authorization", "Bearer fuzz-token")
                .header("content-type", "application/json")
                .body(Body::from(serde_json::to_vec(&seed).expect("JSON")))
                .expect("a request");
            let answer = runtime
                .block_on(stand_in.router().oneshot(request))
                .expect("an answer");
            let body = runtime
                .block_on(axum::body::to_bytes(answer.into_body(), usize::MAX))
                .expect("a body");
            let created: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
            let id = created["data"]["_id"].as_str().expect("an id").to_owned();
            (runtime, stand_in, id)
        };
    }
    let [method, path, credentials, rest @ ..] = bytes else {
        return;
    };
    let (text, body) = match rest.iter().position(|&b| b == 0xFF) {
        Some(cut) => (&rest[..cut], &rest[cut + 1..]),
        None => (rest, &[][..]),
    };
    let text: String = String::from_utf8_lossy(text)
        .chars()
        .filter(char::is_ascii_graphic)
        .collect();
    STAND_IN.with(|(runtime, stand_in, id)| {
        let method = ["GET", "POST", "PUT", "DELETE"][usize::from(*method) % 4];
        let path = match path % 5 {
            0 => "/v2/project-flows".to_owned(),
            1 => format!("/v2/project-flows/{id}"),
            2 => format!("/v2/project-flows/{text}"),
            3 => format!("/v3/project-flows/{id}"),
            _ => format!("/v2/project-flows?{text}"),
        };
        let Ok(request) = Request::builder()
            .method(method)
            .uri(path.as_str())
            .body(())
        else {
            return; // not a URI at all: no request to send
        };
        let mut request = request.map(|()| Body::from(body.to_vec()));
        let credentials = match credentials % 4 {
            0 => Some("Bearer fuzz-token"),
            1 => Some("bearer fuzz-token"),
            2 => Some("Bearer wrong"),
            _ => None,
        };
        if let Some(credentials) = credentials {
            request.headers_mut().insert(
                "authorization",
                credentials.parse().expect("a header value"),
            );
        }
        request.headers_mut().insert(
            "content-type",
            "application/json".parse().expect("a header value"),
        );
        let answer = runtime
            .block_on(stand_in.router().oneshot(request))
            .expect("the router answers");
        let status = answer.status();
        let body = runtime
            .block_on(axum::body::to_bytes(answer.into_body(), usize::MAX))
            .expect("a body");
        assert!(
            !status.is_server_error(),
            "{method} {path}: {status} {}",
            String::from_utf8_lossy(&body)
        );
        if !body.is_empty() {
            assert!(
                serde_json::from_slice::<serde_json::Value>(&body).is_ok(),
                "{method} {path}: {status}, not JSON: {}",
                String::from_utf8_lossy(&body)
            );
        }
    });
}

/// The `flow!` literal's parse, check and expansion on any text, outside a compiler: any text
/// that lexes as Rust tokens gives a literal that is parsed, checked and expanded (or
/// reported) without a panic, in both modes.
///
/// # Panics
/// When a stage panics, or gives nothing.
pub fn flow_literal(text: &str) {
    let Ok(tokens) = text.parse::<TokenStream>() else {
        return;
    };
    for mode in [Mode::Strict, Mode::Fallible] {
        assert!(
            !flow(tokens.clone(), mode).is_empty(),
            "no expansion for {text:?}"
        );
    }
}

/// An answer of Verifik made from any bytes, read as the client reads it: the first two pick
/// the status (100 to 599), up to a `0xFF` byte comes a `Retry-After` value, and the rest is
/// the body. Nothing panics (the sum of the waits included); a wait is never past the client's
/// total; every word of the error is printable (controls and bidirectional characters
/// escaped) and never shows the token.
///
/// # Panics
/// When it does not.
pub fn client_answer(bytes: &[u8]) {
    let [high, low, rest @ ..] = bytes else {
        return;
    };
    let status = 100 + u16::from_be_bytes([*high, *low]) % 500;
    let (retry, body) = match rest.iter().position(|&b| b == 0xFF) {
        Some(cut) => (&rest[..cut], &rest[cut + 1..]),
        None => (rest, &[][..]),
    };
    let (waits, words) = verifik_flow::client::__read_answer(status, retry, body);
    for wait in waits.into_iter().flatten() {
        assert!(wait <= verifik_flow::client::MAX_RETRY_AFTER, "{wait:?}");
    }
    assert!(!words.contains("fuzz-token-secret"), "{words}");
    assert!(
        words
            .chars()
            .all(|c| c == '\n' || !(c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c))),
        "{words:?}"
    );
}
