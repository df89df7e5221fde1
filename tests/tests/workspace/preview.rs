//! The preview pages as text: the committed example page is what the code writes, and a page
//! is self-contained and escapes what it shows. (What a browser makes of them:
//! `verifik-flow-cli/tests/cli/browser.rs`.)

use verifik_flow::preview::Preview;
use verifik_flow::{Lang, validate_stored, validate_stored_slice};
use verifik_flow_tests::root;

const REGENERATE: &str = "UPDATE_EXPECT=1 TRYBUILD=overwrite cargo test --workspace --all-features";

fn example() -> verifik_flow::StoredFlow {
    let bytes = std::fs::read(root().join("examples/smart-enroll.json")).unwrap();
    validate_stored_slice(&bytes).unwrap()
}

/// The README's picture is made (`scripts/preview-screenshot.sh`) from this page, so the page
/// is kept current like every generated file.
#[test]
fn the_committed_example_page_is_up_to_date() {
    let expected = Preview::new(Lang::En).page(&example());
    let path = root().join("docs/preview/smart-enroll.html");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed == expected {
        return;
    }
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &expected).unwrap();
        eprintln!("updated {}", path.display());
        return;
    }
    panic!(
        "{} is stale: regenerate with `{REGENERATE}`, then `scripts/preview-screenshot.sh` for \
         the README's picture, and commit both",
        path.display()
    );
}

#[test]
fn a_page_loads_nothing_runs_nothing_and_says_it_is_an_illustration() {
    let page = Preview::new(Lang::En).page(&example());
    assert!(page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">"
    ));
    for loads in ["<script", "<link", "<img", "<iframe", " src=", "url("] {
        assert!(!page.contains(loads), "{loads} in the page");
    }
    assert!(page.contains("It is not Verifik's own page"));
    assert!(page.starts_with("<!DOCTYPE html><html lang=\"en\">"));
}

#[test]
fn a_value_is_escaped_isolated_and_its_controls_shown() {
    let mut body: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/smart-enroll.json")).unwrap(),
    )
    .unwrap();
    body["name"] = "</style><script>alert(1)</script>\u{202e}x".into();
    let page = Preview::new(Lang::En).page(&validate_stored(&body).unwrap());
    assert!(page.contains(
        "<bdi class=\"value\">&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;\\u{202e}x</bdi>"
    ));
    assert!(!page.contains("<script>"));
    assert!(!page.contains('\u{202e}'));
}

#[test]
fn a_spanish_page_is_spanish() {
    let page = Preview::new(Lang::Es).page(&example());
    assert!(page.starts_with("<!DOCTYPE html><html lang=\"es\">"));
    assert!(page.contains("Lo que vive una persona"));
    assert!(
        page.contains("0,65"),
        "a Spanish number has a decimal comma"
    );
    assert!(!page.contains("What a person goes through"));
}

#[test]
fn a_paused_flow_is_shown_paused() {
    let mut body: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/smart-enroll.json")).unwrap(),
    )
    .unwrap();
    body["status"] = "paused".into();
    let page = Preview::new(Lang::En).page(&validate_stored(&body).unwrap());
    assert!(page.contains("<span class=\"status status-paused\">Paused</span>"));
}
