//! The preview pages in a real browser: Debian's Chromium, driven by `tools/checks/browser.mjs`
//! (puppeteer-core, axe-core). The pages are written here by the command, as a user writes
//! them; the script opens each once and reports what it met; the tests below decide.
//!
//! Without Chromium (`/usr/bin/chromium`, or `VERIFIK_FLOW_CHROMIUM`) these tests pass with a
//! loud note, unless `VERIFIK_FLOW_BROWSER=required` (CI sets it): then they fail.
//! `scripts/test.sh` says so too, with how to install it.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;

use serde_json::{Value, json};

use super::{cli, on_stand_in, root, stderr, stdout};

/// Where the browser is looked for: `VERIFIK_FLOW_CHROMIUM`, else Debian's `/usr/bin/chromium`.
fn chromium_path() -> PathBuf {
    std::env::var_os("VERIFIK_FLOW_CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

/// What the browser run met, or `None` when there is no browser and none is required.
fn report() -> Option<&'static Run> {
    static RUN: OnceLock<Option<Run>> = OnceLock::new();
    RUN.get_or_init(|| {
        let chromium = chromium_path();
        if !chromium.is_file() {
            let at = chromium.display();
            assert!(
                std::env::var("VERIFIK_FLOW_BROWSER").as_deref() != Ok("required"),
                "VERIFIK_FLOW_BROWSER=required, and there is no Chromium at {at}: install it \
                 (`apt-get install chromium`, as root) or set VERIFIK_FLOW_CHROMIUM"
            );
            eprintln!(
                "\n*** SKIPPED: the preview pages' browser tests: no Chromium at {at}. Install \
                 it with `apt-get install chromium` (as root). ***\n"
            );
            return None;
        }
        Some(Run::new(&chromium))
    })
    .as_ref()
}

/// One page the browser opens, and the flow it shows.
struct Page {
    id: String,
    path: PathBuf,
    flow: Option<Value>,
}

struct Run {
    pages: BTreeMap<String, (Page, Value)>,
    stand_in: Value,
    /// The stand-in's address, for the requests a browser cannot make (another `Host`).
    base: String,
    _folder: tempfile::TempDir,
    _server: ServerGuard,
}

struct ServerGuard(Child);

impl Drop for ServerGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The valid flows of the test corpus.
fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/corpus/valid"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// A flow whose values try to escape the page: markup, a closing style tag, scripts,
/// bidirectional controls, 100 CJK characters.
fn hostile() -> Value {
    let cjk: String = (0..100)
        .map(|i| char::from_u32(0x4e00 + i).unwrap())
        .collect();
    json!({
        "project": "65b03015c03e1a1b595fe61c",
        "type": "onboarding",
        "name": "<img src=x onerror=alert(1)></style><script>alert(2)</script>\u{202e}evil\u{2066}",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
            "email": true, "emailGateway": "mailgun", "phone": true, "phoneGateway": "whatsapp",
            "countryCode": "+57", "allowAdditionalFields": true,
            "additionalFields": [cjk, "<img src=y onerror=alert(3)>", "\u{202e}right-to-left"]
        },
        "documents": {
            "verificationMethods": ["upload"],
            "documentTypes": [{
                "country": "</style><b>Colombia</b>\u{200f}",
                "configurations": [{ "active": true, "documentCategory": "passport" }]
            }]
        },
        "steps": { "document": "optional", "liveness": "skip" },
        "integrations": { "redirectUrl": "https://example.com/done?x=\"><script>alert(4)</script>" }
    })
}

fn preview(files: &[PathBuf], out: &Path, lang: &str, extra: &[&str]) {
    let output = cli()
        .arg("preview")
        .args(files)
        .arg("--out")
        .arg(out)
        .args(["--lang", lang])
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

/// The page file `preview --out DIR` writes for `file`.
fn page_of(dir: &Path, file: &Path) -> PathBuf {
    let name = file.file_name().unwrap().to_string_lossy();
    dir.join(format!("{}.html", name.strip_suffix(".json").unwrap()))
}

/// `serve` on a free port, and the page address it printed.
fn serve() -> (Child, String, String) {
    let mut child = cli()
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--token",
            "browser-test-token",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut base = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut base)
        .unwrap();
    let base = base
        .trim()
        .strip_prefix("export VERIFIK_BASE_URL=")
        .unwrap()
        .to_owned();
    let mut errors = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    let page = loop {
        line.clear();
        assert!(
            errors.read_line(&mut line).unwrap() > 0,
            "serve printed no page address"
        );
        if let Some(at) = line.find("http://") {
            let url = line[at..].trim();
            if url.contains("/_stand-in?token=") {
                break url.to_owned();
            }
        }
    };
    (child, base, page)
}

impl Run {
    fn new(chromium: &Path) -> Self {
        let folder = tempfile::tempdir().unwrap();
        let dir = folder.path();
        let mut pages = write_pages(dir);
        let (server, base, page_url) = serve();
        let server = ServerGuard(server);
        let (plan, plan_pseudo) = plan_page(dir, &base);
        pages.push((
            Page {
                id: "plan".into(),
                path: plan,
                flow: None,
            },
            json!({}),
        ));
        pages.push((
            Page {
                id: "pseudo/plan".into(),
                path: plan_pseudo,
                flow: None,
            },
            json!({ "pseudo": true }),
        ));
        let report = open_in_browser(chromium, dir, &pages, &page_url, &base);
        let mut seen: BTreeMap<String, Value> = report["pages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["id"].as_str().unwrap().to_owned(), p.clone()))
            .collect();
        let pages = pages
            .into_iter()
            .map(|(page, _)| {
                let found = seen.remove(&page.id).expect("every page was opened");
                (page.id.clone(), (page, found))
            })
            .collect();
        Run {
            pages,
            stand_in: report["standIn"].clone(),
            base,
            _folder: folder,
            _server: server,
        }
    }
}

/// Every valid flow of the corpus in English, Spanish and the pseudo-language (with each
/// language's index), and the hostile flow.
fn write_pages(dir: &Path) -> Vec<(Page, Value)> {
    let files = corpus();
    let mut pages = Vec::new();
    for (lang, pseudo) in [("en", false), ("es", false), ("pseudo", true)] {
        let out = dir.join(lang);
        preview(&files, &out, lang, &[]);
        for file in &files {
            let flow: Value =
                serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
            let stem = file.file_stem().unwrap().to_string_lossy();
            pages.push((
                Page {
                    id: format!("{lang}/{stem}"),
                    path: page_of(&out, file),
                    flow: Some(flow),
                },
                json!({ "pseudo": pseudo }),
            ));
        }
        pages.push((
            Page {
                id: format!("{lang}/index"),
                path: out.join("index.html"),
                flow: None,
            },
            json!({ "pseudo": pseudo }),
        ));
    }
    let hostile_file = dir.join("hostile.json");
    std::fs::write(&hostile_file, hostile().to_string()).unwrap();
    preview(
        std::slice::from_ref(&hostile_file),
        &dir.join("hostile.html"),
        "en",
        &[],
    );
    pages.push((
        Page {
            id: "hostile".into(),
            path: dir.join("hostile.html"),
            flow: Some(hostile()),
        },
        json!({ "hostile": true }),
    ));
    pages
}

/// Runs `tools/checks/browser.mjs` on the pages and the stand-in's page: its report.
fn open_in_browser(
    chromium: &Path,
    dir: &Path,
    pages: &[(Page, Value)],
    page_url: &str,
    base: &str,
) -> Value {
    // axe on four representative pages and the hostile one; screenshots of one of each
    // kind.
    let axe = [
        "en/source-page",
        "en/login-whitelist",
        "es/business",
        "en/steps-skipped",
        "hostile",
    ];
    let shots = ["en/source-page", "en/login-source-page"];
    let print = ["en/source-page", "en/login-whitelist"];
    let manifest_pages: Vec<Value> = pages
        .iter()
        .map(|(page, extra)| {
            let mut spec = json!({
                "id": page.id,
                "path": page.path,
                "axe": axe.contains(&page.id.as_str()),
                "shots": shots.contains(&page.id.as_str()),
                "print": print.contains(&page.id.as_str()),
            });
            for (key, value) in extra.as_object().unwrap() {
                spec[key] = value.clone();
            }
            spec
        })
        .collect();
    let shots_dir = root().join("target/preview-screenshots");
    let manifest = json!({
        "chromium": chromium,
        "shots": shots_dir,
        "pages": manifest_pages,
        "standIn": { "pageUrl": page_url, "base": base },
    });
    let manifest_file = dir.join("manifest.json");
    std::fs::write(&manifest_file, manifest.to_string()).unwrap();
    let script = root().join("tools/checks/browser.mjs");
    assert!(
        root()
            .join("tools/checks/node_modules/puppeteer-core")
            .is_dir(),
        "puppeteer-core is not installed: run scripts/test.sh, which runs \
             `npm ci --prefix tools/checks`"
    );
    let output = Command::new("node")
        .arg(&script)
        .arg(&manifest_file)
        .output()
        .expect("node runs the browser checks");
    assert!(
        output.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// A flows directory pulled from the stand-in, then edited: one flow's `liveness.minScore`
/// raised, one file removed, one added; its plan written as a page, in English and in the
/// pseudo-language.
fn plan_page(dir: &Path, base: &str) -> (PathBuf, PathBuf) {
    let token = "browser-test-token";
    let project = "65b03015c03e1a1b595fe61c";
    for file in [
        "tests/corpus/valid/source-page.json",
        "tests/corpus/valid/login-minimal.json",
    ] {
        let mut body: Value =
            serde_json::from_str(&std::fs::read_to_string(root().join(file)).unwrap()).unwrap();
        body["project"] = json!(project);
        let path = dir.join("create.json");
        std::fs::write(&path, body.to_string()).unwrap();
        let created = on_stand_in(base, token, &["create", path.to_str().unwrap()]);
        assert_eq!(created.status.code(), Some(0), "{}", stderr(&created));
    }
    let flows = dir.join("flows");
    let pulled = on_stand_in(
        base,
        token,
        &["pull", "--project", project, flows.to_str().unwrap()],
    );
    assert_eq!(pulled.status.code(), Some(0), "{}", stderr(&pulled));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&flows)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for file in &files {
        let mut body: Value =
            serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        if body["type"] == "login" {
            std::fs::remove_file(file).unwrap();
        } else {
            body["liveness"]["minScore"] = json!(0.8);
            std::fs::write(file, serde_json::to_string_pretty(&body).unwrap()).unwrap();
            body["name"] = json!("A new flow");
            std::fs::write(flows.join("new.json"), body.to_string()).unwrap();
        }
    }
    let page = dir.join("plan.html");
    let planned = on_stand_in(
        base,
        token,
        &[
            "plan",
            flows.to_str().unwrap(),
            "--allow-delete",
            "--format",
            "markdown",
            "--html",
            page.to_str().unwrap(),
        ],
    );
    assert_eq!(planned.status.code(), Some(0), "{}", stderr(&planned));
    assert!(
        stdout(&planned).contains(&format!("the page `{}`", page.display())),
        "the markdown plan names its page: {}",
        stdout(&planned)
    );
    let pseudo = dir.join("plan-pseudo.html");
    let planned = on_stand_in(
        base,
        token,
        &[
            "plan",
            flows.to_str().unwrap(),
            "--allow-delete",
            "--lang",
            "pseudo",
            "--html",
            pseudo.to_str().unwrap(),
        ],
    );
    assert_eq!(planned.status.code(), Some(0), "{}", stderr(&planned));
    (page, pseudo)
}

/// The journey a flow makes a person go through, as its page should show it: each step's
/// `data-step` and `data-mode`, in the hosted page's order (`docs/preview.md`), each value
/// left out read as Verifik applies it.
fn expected_journey(flow: &Value) -> Vec<(String, String)> {
    let pair = |step: &str, mode: &str| (step.to_owned(), mode.to_owned());
    if flow["type"] == "login" {
        return vec![
            pair("sign-in", "mandatory"),
            pair("who", "mandatory"),
            pair("end", "mandatory"),
        ];
    }
    let form = &flow["signUpForm"];
    let mut steps = vec![pair("sign-up", "mandatory")];
    if form["email"] == true {
        let verified = form["emailGateway"].as_str().unwrap_or("none") != "none";
        steps.push(pair(
            "email-code",
            if verified { "mandatory" } else { "skip" },
        ));
    }
    if form["phone"] == true {
        let verified = form["phoneGateway"].as_str().unwrap_or("sms") != "none";
        steps.push(pair(
            "phone-code",
            if verified { "mandatory" } else { "skip" },
        ));
    }
    for step in ["document", "liveness"] {
        steps.push(pair(step, flow["steps"][step].as_str().unwrap_or("skip")));
    }
    steps.push(pair("end", "mandatory"));
    steps
}

#[test]
fn every_corpus_page_loads_alone_shows_the_journey_in_order_and_fits_a_phone() {
    let Some(run) = report() else { return };
    let mut checked = 0;
    for (id, (page, found)) in &run.pages {
        assert_eq!(found["consoleErrors"], json!([]), "{id}: console errors");
        assert_eq!(found["requests"], json!([]), "{id}: a request but itself");
        assert!(
            found["scrollWidth"].as_u64().unwrap() <= 390,
            "{id}: scrolls sideways at 390 pixels ({})",
            found["scrollWidth"]
        );
        let size = std::fs::metadata(&page.path).unwrap().len();
        assert!(size < 100 * 1024, "{id}: {size} bytes");
        let Some(flow) = &page.flow else { continue };
        let shown: Vec<(String, String)> = found["steps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["step"].as_str().unwrap().to_owned(),
                    s["mode"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        assert_eq!(shown, expected_journey(flow), "{id}");
        for step in found["steps"].as_array().unwrap() {
            let skipped = step["mode"] == "skip";
            assert_eq!(step["marked"], json!(skipped), "{id}: {step}");
            if skipped {
                assert_eq!(
                    step["drawn"],
                    json!(false),
                    "{id}: a skipped step drawn: {step}"
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 3 * corpus().len(), "{checked} pages checked");
}

#[test]
fn a_spanish_page_says_so_and_the_pseudo_language_brackets_every_text_but_the_flows_values() {
    let Some(run) = report() else { return };
    for (id, (_, found)) in &run.pages {
        let expected = match id.split('/').next().unwrap() {
            "es" => "es",
            "pseudo" => "en-XA",
            _ => "en",
        };
        assert_eq!(found["lang"], expected, "{id}");
        if id.starts_with("pseudo/") {
            assert_eq!(
                found["unbracketed"],
                json!([]),
                "{id}: text outside the catalogue"
            );
        }
    }
    let (_, source_es) = &run.pages["es/source-page"];
    assert!(
        source_es["text"]
            .as_str()
            .unwrap()
            .contains("Lo que vive una persona"),
        "{}",
        source_es["text"]
    );
}

#[test]
fn axe_finds_no_serious_or_critical_violation_in_either_colour_scheme() {
    let Some(run) = report() else { return };
    let mut audited = 0;
    for (id, (_, found)) in &run.pages {
        let Some(axe) = found.get("axe") else {
            continue;
        };
        for scheme in ["light", "dark"] {
            let serious: Vec<&Value> = axe[scheme]
                .as_array()
                .unwrap()
                .iter()
                .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
                .collect();
            assert!(serious.is_empty(), "{id} ({scheme}): {serious:#?}");
            audited += 1;
        }
    }
    assert_eq!(audited, 10, "five pages, two schemes");
}

#[test]
fn a_page_prints_on_a4_within_its_margins() {
    let Some(run) = report() else { return };
    let mut printed = 0;
    for (id, (_, found)) in &run.pages {
        let Some(width) = found.get("printWidth") else {
            continue;
        };
        assert!(
            width.as_u64().unwrap() <= 680,
            "{id}: {width} px wide printed"
        );
        assert!(found["pdfPages"].as_u64().unwrap() >= 1, "{id}: {found:#}");
        printed += 1;
    }
    assert_eq!(printed, 2);
}

#[test]
fn hostile_values_show_as_text_and_run_nothing() {
    let Some(run) = report() else { return };
    let (_, found) = &run.pages["hostile"];
    assert_eq!(found["dialogs"], json!([]), "a script ran");
    assert_eq!(found["scripts"], json!(0));
    assert_eq!(found["images"], json!(0));
    assert_eq!(found["requests"], json!([]));
    let text = found["text"].as_str().unwrap();
    for shown in [
        "<img src=x onerror=alert(1)></style><script>alert(2)</script>\\u{202e}evil\\u{2066}",
        "<img src=y onerror=alert(3)>",
        "\\u{202e}right-to-left",
        "</style><b>Colombia</b>\\u{200f}",
        "https://example.com/done?x=\"><script>alert(4)</script>",
    ] {
        assert!(
            text.contains(shown),
            "{shown:?} not shown as text in:\n{text}"
        );
    }
    let cjk: String = (0..100)
        .map(|i| char::from_u32(0x4e00 + i).unwrap())
        .collect();
    assert!(text.contains(&cjk));
    assert!(found["scrollWidth"].as_u64().unwrap() <= 390);
}

#[test]
fn the_plan_page_shows_a_create_an_update_with_before_and_after_and_a_delete() {
    let Some(run) = report() else { return };
    let (_, found) = &run.pages["plan"];
    let actions: Vec<&str> = found["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["create", "update", "delete"], "{found:#}");
    let changes = found["changes"].as_array().unwrap();
    let score = changes
        .iter()
        .find(|c| c["pointer"] == "/liveness/minScore")
        .expect("the change of liveness.minScore");
    assert_eq!(score["before"], "0.65");
    assert_eq!(score["after"], "0.8");
    let text = score["text"].as_str().unwrap();
    assert!(text.contains("stricter"), "{text}");
    // Marked on the step it changes.
    let update = &found["actions"][1];
    assert!(
        update["steps"]
            .as_array()
            .unwrap()
            .contains(&json!("liveness"))
    );
}

#[test]
fn the_stand_in_page_opens_once_with_a_cookie_lists_the_flows_and_previews_one() {
    let Some(run) = report() else { return };
    let page = &run.stand_in;
    assert_eq!(page["bareStatus"], 401, "{page:#}");
    assert_eq!(page["redirects"], json!([303]));
    assert_eq!(page["status"], 200);
    assert!(
        !page["finalUrl"].as_str().unwrap().contains("token"),
        "the token stays in the address: {}",
        page["finalUrl"]
    );
    assert_eq!(
        page["cookies"],
        json!([{ "name": "verifik_stand_in", "httpOnly": true, "sameSite": "Strict", "path": "/_stand-in" }])
    );
    let links = page["index"]["links"].as_array().unwrap();
    // The plan's flows, created through the API: the onboarding and login flows.
    let names: Vec<&str> = links.iter().map(|l| l["text"].as_str().unwrap()).collect();
    assert!(names.contains(&"Smart Enroll Project Flow"), "{names:?}");
    assert_eq!(page["previewStatus"], 200);
    assert!(!page["preview"]["steps"].as_array().unwrap().is_empty());
    assert_eq!(
        page["reusedStatus"], 401,
        "a spent token opened the page again"
    );
    assert_eq!(page["seen"]["consoleErrors"], json!([]));
    assert_eq!(page["seen"]["requests"], json!([]));
    // A request addressed to another host (DNS rebinding) is refused before anything else.
    let mut stream =
        std::net::TcpStream::connect(run.base.strip_prefix("http://").unwrap()).unwrap();
    write!(
        stream,
        "GET /_stand-in HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
}
