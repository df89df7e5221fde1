//! The edges of flows as code, tried as a new user and a hostile server would: which Verifik a
//! command talks to, the stand-in's token, what `pull` writes and where, and what plans show.

use std::fmt::Write as _;
use std::io::{BufRead as _, BufReader};
use std::process::Stdio;

use super::{cli, on_stand_in, root, serve, stderr, stdout};

const PROJECT: &str = "65b03015c03e1a1b595fe61c";

/// With only `VERIFIK_TOKEN` in the shell, every command that talks to Verifik says first
/// which one (the default), and a network error names it. (The call goes to a proxy on
/// loopback that is not there: nothing leaves the machine.)
#[test]
fn a_command_says_which_verifik_first_and_a_network_error_names_it() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(
        super::root().join("examples/smart-enroll.json"),
        folder.path().join("a.json"),
    )
    .unwrap();
    for args in [
        &["plan", folder.path().to_str().unwrap()][..],
        &["list"],
        &[
            "pull",
            "--project",
            PROJECT,
            folder.path().join("p").to_str().unwrap(),
        ],
    ] {
        let output = cli()
            .args(args)
            .env("VERIFIK_TOKEN", "only-a-token")
            .env_remove("VERIFIK_BASE_URL")
            .env("HTTPS_PROXY", "http://127.0.0.1:9")
            .env_remove("NO_PROXY")
            .env_remove("no_proxy")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let text = stderr(&output);
        assert!(
            text.lines()
                .next()
                .is_some_and(|l| l.starts_with("verifik-flow: Verifik at https://api.verifik.co")),
            "{args:?}: {text}"
        );
        assert!(
            text.contains("the request to https://api.verifik.co could not connect"),
            "{args:?}: {text}"
        );
        assert!(!text.contains("only-a-token"));
    }
}

/// Starts `serve` with `args`, returning it and the lines it printed on standard output
/// before it listened (its `export` lines).
fn serve_printing(args: &[&str], env_token: Option<&str>) -> (std::process::Child, Vec<String>) {
    let mut command = cli();
    command
        .args(["serve", "--addr", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(token) = env_token {
        command.env("VERIFIK_TOKEN", token);
    }
    let mut child = command.spawn().unwrap();
    let mut lines = Vec::new();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while reader.read_line(&mut line).unwrap() > 0 {
        lines.push(line.trim_end().to_owned());
        line.clear();
        // The URL's line, then (when the token was made here) the token's.
        if lines.len() == 2 || (lines.len() == 1 && args.contains(&"--token")) {
            break;
        }
    }
    (child, lines)
}

/// `serve` never takes `VERIFIK_TOKEN` from the shell (that is the token of the Verifik one
/// calls): without `--token` it makes a random one and prints both `export` lines; with
/// `--token` it prints the URL's line only, and never the token.
#[test]
fn serve_makes_its_own_token_and_says_how_to_point_at_it() {
    let (mut made, lines) = serve_printing(&[], Some("the-production-token"));
    assert_eq!(lines.len(), 2, "{lines:?}");
    let url = lines[0].strip_prefix("export VERIFIK_BASE_URL=").unwrap();
    let token = lines[1].strip_prefix("export VERIFIK_TOKEN=").unwrap();
    assert!(token.starts_with("stand-in-") && token.len() == "stand-in-".len() + 64);
    assert_ne!(token, "the-production-token");
    let listed = on_stand_in(url, token, &["list"]);
    assert_eq!(listed.status.code(), Some(0), "{}", stderr(&listed));
    let refused = on_stand_in(url, "the-production-token", &["list"]);
    assert_eq!(refused.status.code(), Some(1));
    made.kill().unwrap();
    made.wait().unwrap();
    let (mut again, second) = serve_printing(&[], None);
    again.kill().unwrap();
    again.wait().unwrap();
    assert_ne!(second.get(1), lines.get(1), "each token is new");

    let (mut given, lines) = serve_printing(&["--token", "given-secret-1234"], None);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("export VERIFIK_BASE_URL=http://127.0.0.1:"));
    given.kill().unwrap();
    let output = given.wait_with_output().unwrap();
    assert!(!stderr(&output).contains("given-secret-1234"));
    assert!(!stdout(&output).contains("given-secret-1234"));
}

/// Hostile names of a listing: `pull` writes each under a name it can (at most 255 bytes, its
/// `_id` kept), and `pull --rust` writes a module that compiles
/// (`tests/tests/workspace/pulled_hostile.rs`, compiled by the workspace tests; regenerated with
/// `UPDATE_EXPECT=1`).
#[test]
fn hostile_names_pull_to_files_and_to_rust_that_compiles() {
    let folder = tempfile::tempdir().unwrap();
    let (mut server, base) = serve(&folder.path().join("flows.db"), "edge-token");
    let names = [
        "Move".to_owned(),
        "Self".to_owned(),
        "fn".to_owned(),
        "self".to_owned(),
        // C1 controls pass the name's rule (it refuses C0 and DEL): a CSI and a NEL.
        "\u{9b}31mred\u{85} next".to_owned(),
        "evil \u{202e}txt.exe".to_owned(),
        "<img src=x onerror=alert(1)> `tick` ``two``".to_owned(),
        "中".repeat(119),
    ];
    for name in &names {
        let body = serde_json::json!({
            "project": PROJECT, "type": "onboarding", "name": name,
            "target": "personal", "status": "draft",
            "signUpForm": { "email": true, "emailGateway": "mailgun" },
        });
        let file = folder.path().join("body.json");
        std::fs::write(&file, body.to_string()).unwrap();
        let created = on_stand_in(&base, "edge-token", &["create", file.to_str().unwrap()]);
        assert_eq!(
            created.status.code(),
            Some(0),
            "{name:?}: {}",
            stderr(&created)
        );
    }
    let dir = folder.path().join("flows");
    let pulled = on_stand_in(
        &base,
        "edge-token",
        &["pull", "--project", PROJECT, dir.to_str().unwrap()],
    );
    assert_eq!(pulled.status.code(), Some(0), "{}", stderr(&pulled));
    let files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| {
            std::path::Path::new(n)
                .extension()
                .is_some_and(|e| e == "json")
        })
        .collect();
    assert_eq!(files.len(), names.len(), "{files:?}");
    assert!(files.iter().all(|f| f.len() <= 255), "{files:?}");
    let plan = on_stand_in(
        &base,
        "edge-token",
        &["plan", dir.to_str().unwrap(), "--detailed-exitcode"],
    );
    assert_eq!(plan.status.code(), Some(0), "{}", stdout(&plan));

    let module = folder.path().join("hostile.rs");
    let rust = on_stand_in(
        &base,
        "edge-token",
        &[
            "pull",
            "--project",
            PROJECT,
            "--rust",
            module.to_str().unwrap(),
        ],
    );
    assert_eq!(rust.status.code(), Some(0), "{}", stderr(&rust));
    let written = std::fs::read_to_string(&module).unwrap();
    // The stand-in's `_id`s are new each run: the committed module names them by position.
    let written = normalise_ids(&written);
    super::matches_committed("tests/tests/workspace/pulled_hostile.rs", &written);
    for function in [
        "pub fn move_flow()",
        "pub fn self_flow()",
        "pub fn fn_flow()",
    ] {
        assert!(written.contains(function), "{function}\n{written}");
    }
    assert!(!written.contains('\u{9b}') && !written.contains('\u{202e}'));
    let _ = server.kill();
    let _ = server.wait();
}

/// `_id`s (24 hex digits) replaced by `id-1`, `id-2`, ... in the order they first appear.
fn normalise_ids(text: &str) -> String {
    let mut ids: Vec<String> = Vec::new();
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| c.is_ascii_hexdigit()) {
        let run: String = rest[at..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .collect();
        out.push_str(&rest[..at]);
        let before_ok = !out.ends_with(|c: char| c.is_ascii_alphanumeric());
        if run.len() == 24 && before_ok && run.chars().any(|c| c.is_ascii_digit()) {
            let n = ids.iter().position(|i| *i == run).unwrap_or_else(|| {
                ids.push(run.clone());
                ids.len() - 1
            });
            let _ = write!(out, "{:024x}", 0xfeed_0000_u64 + n as u64);
        } else {
            out.push_str(&run);
        }
        rest = &rest[at + run.len()..];
    }
    out.push_str(rest);
    out
}

/// `pull` writes through no symlink: its state folder, the inventory and a flow's file (with
/// `--force` too) are refused, named, and what they point to is left as it was; `plan` reads no
/// file outside the directory (nor quotes what it holds). A file the user deleted is restored,
/// and the closing line says so.
#[test]
fn pull_writes_through_no_symlink_and_says_what_it_restored() {
    use std::os::unix::fs::symlink;
    let folder = tempfile::tempdir().unwrap();
    let (mut server, base) = serve(&folder.path().join("flows.db"), "link-token");
    let pull = |dir: &std::path::Path, force: bool| {
        let mut args = vec!["pull", "--project", PROJECT, dir.to_str().unwrap()];
        if force {
            args.push("--force");
        }
        on_stand_in(&base, "link-token", &args)
    };
    let created = on_stand_in(
        &base,
        "link-token",
        &["create", "examples/smart-enroll.json"],
    );
    assert_eq!(created.status.code(), Some(0), "{}", stderr(&created));
    let outside = folder.path().join("outside");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("target.txt"), "keep me").unwrap();
    let untouched = || {
        let names: Vec<_> = std::fs::read_dir(&outside).unwrap().collect();
        names.len() == 1
            && std::fs::read_to_string(outside.join("target.txt")).unwrap() == "keep me"
    };

    // The state folder a symlink.
    let dir = folder.path().join("a");
    std::fs::create_dir(&dir).unwrap();
    symlink(&outside, dir.join(".verifik-flow")).unwrap();
    let output = pull(&dir, false);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains(".verifik-flow: a symlink"),
        "{}",
        stderr(&output)
    );
    assert!(untouched());

    // The inventory a symlink.
    let dir = folder.path().join("b");
    std::fs::create_dir(&dir).unwrap();
    symlink(outside.join("target.txt"), dir.join("verifik-flow.lock")).unwrap();
    let output = pull(&dir, false);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("verifik-flow.lock: a symlink"),
        "{}",
        stderr(&output)
    );
    assert!(untouched());

    // A flow's file a symlink, with --force: refused, named, the rest not written.
    let dir = folder.path().join("c");
    let first = pull(&dir, false);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    std::fs::remove_file(&file).unwrap();
    symlink(outside.join("target.txt"), &file).unwrap();
    let output = pull(&dir, true);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("a symlink: nothing is written through it")
            && stderr(&output).contains("the inventory was not changed"),
        "{}",
        stderr(&output)
    );
    assert!(untouched());

    // plan does not read it either, and quotes nothing of it.
    std::fs::write(
        outside.join("target.txt"),
        "{\"project\": \"secret-value-9\"}",
    )
    .unwrap();
    let output = on_stand_in(&base, "link-token", &["plan", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("outside the flows directory"),
        "{}",
        stderr(&output)
    );
    assert!(
        !stderr(&output).contains("secret-value-9") && !stdout(&output).contains("secret-value-9")
    );

    // A file deleted here comes back, and the closing line says so.
    std::fs::remove_file(&file).unwrap();
    let output = pull(&dir, false);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("(restored: the inventory names it and it was gone)")
            && stdout(&output).contains("restored: 1, unchanged: 0, kept as edited here: 0"),
        "{}",
        stdout(&output)
    );
    let _ = server.kill();
    let _ = server.wait();
}

/// `docs/flows-as-code.md` opens with a walkthrough against the stand-in: its `sh` block is
/// run here as it is (the stand-in on a free port instead of 8787), in a fresh folder, with
/// this build of `verifik-flow` first on the `PATH` and no token or base URL of the shell's.
#[test]
fn the_flows_as_code_walkthrough_runs_as_written() {
    let doc = std::fs::read_to_string(super::root().join("docs/flows-as-code.md")).unwrap();
    let block: String = doc
        .split("```sh\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("docs/flows-as-code.md opens with an sh block")
        .to_owned();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    assert!(block.contains("verifik-flow serve "), "{block}");
    let script = format!(
        "set -euo pipefail\ntrap 'kill $(jobs -p) 2>/dev/null' EXIT\n{}\nverifik-flow plan flows --detailed-exitcode\n",
        block.replace(
            "verifik-flow serve ",
            &format!("verifik-flow serve --addr 127.0.0.1:{port} ")
        )
    );
    let folder = tempfile::tempdir().unwrap();
    let binary = std::path::Path::new(env!("CARGO_BIN_EXE_verifik-flow"));
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(folder.path())
        .env("PATH", path)
        .env_remove("VERIFIK_TOKEN")
        .env_remove("VERIFIK_BASE_URL")
        .env_remove("VERIFIK_FLOW_LANG")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text = format!("{}{}", stdout(&output), stderr(&output));
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.contains("~ liveness.minScore: 0.65 -> 0.8"), "{text}");
    assert!(
        text.contains("kyc.verifik-flow.json: updated flow"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "verifik-flow: Verifik at http://127.0.0.1:{port} (VERIFIK_BASE_URL)"
        )),
        "{text}"
    );
    assert!(
        text.ends_with("0 unchanged, 0 unmanaged.\n") || text.contains("1 unchanged"),
        "{text}"
    );
}

#[cfg(feature = "pseudo")]
/// A line with its `⟦…⟧` spans (the pseudo-language's messages), its backticked values and its
/// machine parts (labels, places, rule names, URLs, paths, numbers) taken out: what is left of
/// a sentence was written outside the catalogues.
fn outside_the_catalogues(line: &str) -> Vec<String> {
    let mut kept = String::new();
    let mut depth = 0_usize;
    let mut ticks = false;
    for c in line.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth = depth.saturating_sub(1),
            '`' if depth == 0 => ticks = !ticks,
            _ if depth == 0 && !ticks => kept.push(c),
            _ => {}
        }
    }
    kept.split(|c: char| c.is_whitespace() || "():,;|^".contains(c))
        .filter(|word| word.chars().filter(char::is_ascii_alphabetic).count() > 1)
        .filter(|word| !word.contains('/') && !word.contains('.') && !word.contains("--"))
        .filter(|word| verifik_flow_rules::Rule::from_name(word).is_none())
        .filter(|word| !["error", "warning", "note", "help"].contains(word))
        .map(str::to_owned)
        .collect()
}

/// In the pseudo-language (the hidden `pseudo` feature, on in the tests), every sentence the
/// command writes on these error paths comes from a catalogue: the rules', the library's or
/// the CLI's. A sentence written in the code, in English only, is left outside `⟦…⟧`.
/// clap's refusals of a value are ours too (`exit::usage`); clap's own usage errors (an
/// unknown flag) and `--help` stay English.
/// A command's arguments and its environment.
#[cfg(feature = "pseudo")]
type Run<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)]);

#[cfg(feature = "pseudo")]
#[test]
fn no_sentence_is_written_outside_the_catalogues() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("f.json");
    std::fs::write(
        &file,
        r#"{"type":"onboarding","project":"x","name":"a","searchMode":"SLOW","extra":1}"#,
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let missing = folder.path().join("missing.json");
    let missing = missing.to_str().unwrap();
    let token: &[(&str, &str)] = &[("VERIFIK_TOKEN", "t")];
    let valid = root().join("examples/smart-enroll.json");
    let valid = valid.to_str().unwrap();
    // A page's path in a folder that does not exist.
    let nowhere = folder.path().join("no/such/folder/page.html");
    let nowhere = nowhere.to_str().unwrap();
    let runs: [Run<'_>; 16] = [
        (&["validate", file], &[]),
        (&["preview", file], &[]),
        (&["preview", valid, valid], &[]),
        (&["preview", valid, "--out", nowhere], &[]),
        (
            &[
                "serve",
                "--addr",
                "127.0.0.1:0",
                "--token",
                "t",
                "--forward-to",
                "http://10.0.0.1/",
            ],
            &[],
        ),
        (
            &["trigger", "app_registration_completed", "--flow", PROJECT],
            &[
                ("VERIFIK_TOKEN", "t"),
                ("VERIFIK_BASE_URL", "http://127.0.0.1:9"),
            ],
        ),
        (&["validate", missing], &[]),
        (&["validate", folder.path().to_str().unwrap()], &[]),
        (&["plan", "--project", "not-an-id", "."], token),
        (&["list", "--type", "signin"], token),
        (&["update", "abc", "--set", "liveness"], token),
        (&["get", ".."], token),
        (&["new", "--type", "signin"], &[]),
        (
            &["list", "--project", PROJECT],
            &[
                ("VERIFIK_TOKEN", "t"),
                ("VERIFIK_BASE_URL", "http://127.0.0.1:9"),
            ],
        ),
        (
            &["list"],
            &[("VERIFIK_TOKEN", "t"), ("VERIFIK_BASE_URL", "ftp://x")],
        ),
        (
            &["plan", folder.path().to_str().unwrap()],
            &[("VERIFIK_TOKEN", "t")],
        ),
    ];
    let mut leaks = String::new();
    for (args, env) in runs {
        let output = cli()
            .args(args)
            .args(["--lang", "pseudo"])
            .envs(env.iter().copied())
            .output()
            .unwrap();
        let text = stderr(&output) + &stdout(&output);
        assert!(
            text.contains('⟦'),
            "{args:?}: no message in the pseudo-language: {text}"
        );
        for line in text
            .lines()
            .filter(|l| !l.starts_with(' ') && !l.starts_with(char::is_numeric))
        {
            let words = outside_the_catalogues(line);
            if !words.is_empty() {
                let _ = writeln!(leaks, "{args:?}: {line}\n  outside: {words:?}");
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "sentences outside the catalogues:\n{leaks}"
    );
}
