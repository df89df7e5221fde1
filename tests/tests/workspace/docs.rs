//! The documents stand alone and say what is true: nothing cites a file outside the
//! repository, the README's tables render whole, the compiler errors it quotes are the
//! committed ones, and every install command it shows can run today.

use std::path::{Path, PathBuf};

use verifik_flow_tests::{read, root};

/// The repository's own text files: documents, sources, manifests, scripts.
fn text_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                // Build output, installed packages, git's own files, fuzzing inputs.
                if !matches!(
                    name.as_str(),
                    "target" | "node_modules" | ".git" | "corpus" | "artifacts" | "regressions"
                ) {
                    walk(&path, found);
                }
            } else if [
                ".md", ".rs", ".toml", ".yaml", ".yml", ".sh", ".mjs", ".py", "run",
            ]
            .iter()
            .any(|end| name.ends_with(end))
            {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(&root(), &mut found);
    found
}

#[test]
fn no_document_cites_a_file_outside_the_repository() {
    // Written in pieces, so that this file does not cite them itself.
    let outside = [
        ["SPEC", ".md"].concat(),
        ["SPEC", "'s"].concat(),
        ["shared", "/reference"].concat(),
        ["../", "shared"].concat(),
    ];
    let mut cited = Vec::new();
    for file in text_files() {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        for (n, line) in text.lines().enumerate() {
            if outside.iter().any(|name| line.contains(name.as_str())) {
                cited.push(format!(
                    "{}:{}: {line}",
                    file.strip_prefix(root()).unwrap().display(),
                    n + 1
                ));
            }
        }
    }
    assert!(cited.is_empty(), "{}", cited.join("\n"));
    assert!(root().join("docs/decisions.md").is_file());
}

#[test]
fn the_readme_tables_are_not_cut_by_a_blank_line() {
    let readme = read("README.md");
    let lines: Vec<&str> = readme.lines().collect();
    for (n, window) in lines.windows(3).enumerate() {
        let cut =
            window[0].starts_with('|') && window[1].trim().is_empty() && window[2].starts_with('|');
        assert!(
            !cut,
            "README.md:{}: a blank line cuts a table in two; the rows after it render as text",
            n + 2
        );
    }
}

/// The fenced blocks of a Markdown text: (info string, lines).
fn blocks(text: &str) -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    let mut open: Option<(String, Vec<String>)> = None;
    for line in text.lines() {
        let fence = line.trim_start().strip_prefix("```");
        match (&mut open, fence) {
            (None, Some(info)) => open = Some((info.trim().to_owned(), Vec::new())),
            (Some(_), Some(_)) => found.extend(open.take()),
            (Some((_, lines)), None) => lines.push(line.to_owned()),
            (None, None) => {}
        }
    }
    found
}

#[test]
fn the_compiler_errors_the_readme_quotes_are_the_committed_ones() {
    let readme = read("README.md");
    let mut quoted = 0;
    for (_, lines) in blocks(&readme) {
        let Some(case) = lines.iter().find_map(|line| {
            let at = line.trim_start().strip_prefix("--> tests/ui/")?;
            Some(at.split(':').next()?.to_owned())
        }) else {
            continue;
        };
        let stderr_path = format!("ui/tests/ui/{}", case.replace(".rs", ".stderr"));
        let committed = read(&stderr_path);
        let committed: Vec<&str> = committed.lines().map(str::trim_end).collect();
        let block: Vec<&str> = lines.iter().map(|l| l.trim_end()).collect();
        assert!(
            committed
                .windows(block.len())
                .any(|window| window == block.as_slice()),
            "the README quotes an error of {case} that {stderr_path} does not hold:\n{}",
            block.join("\n")
        );
        quoted += 1;
    }
    assert!(quoted >= 2, "the README quotes {quoted} UI errors");
}

#[test]
fn every_install_command_the_documents_show_says_where_from() {
    // Until the crates are on crates.io, `cargo install NAME` finds nothing: each command
    // names the repository (`--git`) or a checkout (`--path`).
    let mut documents = vec![
        root().join("README.md"),
        root().join("verifik-flow-cli/README.md"),
    ];
    for entry in std::fs::read_dir(root().join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            documents.push(path);
        }
    }
    let mut commands = 0;
    for document in documents {
        let text = std::fs::read_to_string(&document).unwrap();
        for (_, lines) in blocks(&text) {
            for line in lines {
                let command = line.trim_start().trim_start_matches("- ");
                if command.starts_with('#') || !command.contains("cargo install") {
                    continue;
                }
                commands += 1;
                assert!(
                    command.contains("--git ") || command.contains("--path "),
                    "{}: `{command}` installs from crates.io, where the crates are not yet",
                    document.display()
                );
            }
        }
    }
    assert!(commands >= 3, "{commands} install commands");
    let hooks = read(".pre-commit-hooks.yaml");
    for line in hooks.lines().filter(|l| l.contains("cargo install")) {
        assert!(
            line.contains("--git ") || line.contains("--path "),
            "{line}"
        );
    }
}

#[test]
fn the_readme_features_table_names_every_feature_of_the_library() {
    let manifest = read("verifik-flow/Cargo.toml");
    let features: Vec<&str> = manifest
        .split("[features]")
        .nth(1)
        .unwrap()
        .split("\n[")
        .next()
        .unwrap()
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(name, _)| name.trim()))
        .filter(|name| !name.starts_with('#') && *name != "default")
        .collect();
    assert!(features.len() >= 3, "{features:?}");
    let readme = read("README.md");
    let table: Vec<&str> = readme
        .lines()
        .filter(|line| line.starts_with("| `"))
        .collect();
    for feature in &features {
        assert!(
            table
                .iter()
                .any(|row| row.starts_with(&format!("| `{feature}` |"))),
            "the README's features table does not name `{feature}`"
        );
    }
}

/// Every fenced block of the README is compiled or run, each by the test that owns its kind:
/// `rust` blocks are doctests (`verifik_flow::ReadmeDoctests`), a `text` block is a UI error
/// (the quote test above) or a CLI transcript (`the_readme_transcripts_are_what_the_cli_prints`,
/// in the CLI's tests), and the rest are checked here against what they name.
#[test]
fn every_block_of_the_readme_is_compiled_or_run() {
    let readme = read("README.md");
    let library = read("verifik-flow/src/lib.rs");
    assert!(library.contains("#[doc = include_str!(\"../../README.md\")]"));
    let manifest: toml::Table = read("verifik-flow/Cargo.toml").parse().unwrap();
    let features = manifest["features"].as_table().unwrap();
    let mut kinds = Vec::new();
    for (info, lines) in blocks(&readme) {
        let text = lines.join("\n");
        match info.as_str() {
            "rust" => {}
            "text" => assert!(
                text.contains("--> tests/ui/") || text.starts_with("$ verifik-flow "),
                "a text block that no test reads:\n{text}"
            ),
            "toml" => {
                let table: toml::Table = text.parse().unwrap();
                if table["dependencies"]["verifik-flow"].get("path").is_some() {
                    the_readme_path_dependency_resolves(&text);
                    kinds.push("toml path".to_owned());
                }
                for section in ["dependencies", "dev-dependencies"] {
                    let Some(dependency) = table
                        .get(section)
                        .and_then(|section| section.get("verifik-flow"))
                    else {
                        continue;
                    };
                    for feature in dependency["features"].as_array().unwrap() {
                        let feature = feature.as_str().unwrap();
                        assert!(features.contains_key(feature), "no feature `{feature}`");
                    }
                }
                if table["dependencies"].get("tokio").is_none() {
                    kinds.push(info);
                    continue; // the path form alone
                }
                // What the client's and the stand-in's examples need of Tokio.
                let tokio = table["dependencies"]["tokio"]["features"]
                    .as_array()
                    .unwrap();
                for needed in ["macros", "rt-multi-thread"] {
                    assert!(tokio.iter().any(|f| f.as_str() == Some(needed)), "{needed}");
                }
                assert!(table["dependencies"].get("serde_json").is_some());
            }
            "sh" => {
                for command in lines.iter().filter(|l| !l.trim().is_empty()) {
                    the_readme_command_is_run(command);
                }
            }
            "json" => {
                let settings: serde_json::Value = serde_json::from_str(&text).unwrap();
                let entry: serde_json::Value =
                    serde_json::from_str(&read("schema/schemastore-catalog-entry.json")).unwrap();
                assert_eq!(
                    settings["json.schemas"][0]["fileMatch"], entry["fileMatch"],
                    "the README maps other names than the schema's catalog entry"
                );
            }
            other => panic!("a README block of kind `{other}`, which no test compiles or runs"),
        }
        kinds.push(info);
    }
    for kind in ["rust", "text", "toml", "toml path", "sh", "json"] {
        assert!(kinds.iter().any(|k| k == kind), "no `{kind}` block read");
    }
}

/// The README's path dependency, as written, in a crate beside a checkout named as the README
/// names it: cargo resolves it to the library (a path to the checkout's root finds the
/// workspace's virtual manifest and fails here). Resolved offline, from what the workspace's
/// build already fetched; building it again would cost CI a second build of the library.
fn the_readme_path_dependency_resolves(block: &str) {
    let scratch = tempfile::tempdir().unwrap();
    let app = scratch.path().join("app");
    std::fs::create_dir_all(app.join("src")).unwrap();
    std::os::unix::fs::symlink(root(), scratch.path().join("verifik-flow")).unwrap();
    std::fs::write(
        app.join("Cargo.toml"),
        format!("[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n{block}\n"),
    )
    .unwrap();
    std::fs::write(app.join("src/lib.rs"), "").unwrap();
    // The workspace's lock, so that resolving offline picks versions already fetched.
    std::fs::copy(root().join("Cargo.lock"), app.join("Cargo.lock")).unwrap();
    let output = std::process::Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--offline",
            "--format-version",
            "1",
            // This machine's packages only: the others' (wasm's) were never fetched.
            "--filter-platform",
            &host(),
            "--manifest-path",
        ])
        .arg(app.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", scratch.path().join("target"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the README's path dependency does not resolve:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let library = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "verifik-flow")
        .expect("the path dependency is the library");
    assert!(
        library["manifest_path"]
            .as_str()
            .unwrap()
            .ends_with("verifik-flow/verifik-flow/Cargo.toml"),
        "{}",
        library["manifest_path"]
    );
}

/// The target triple rustc builds for here.
fn host() -> String {
    let output = std::process::Command::new(std::env::var("RUSTC").unwrap_or("rustc".into()))
        .arg("-vV")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    text.lines()
        .find_map(|line| line.strip_prefix("host: "))
        .expect("rustc -vV names its host")
        .to_owned()
}

/// A command of the README's set-up: the main job is an example that the library's tests run
/// (`the_main_job_goes_to_verifik_only_when_the_user_named_their_project`) with the features the
/// command turns on; the test command is the one CI runs.
fn the_readme_command_is_run(command: &str) {
    if command == "scripts/test.sh" {
        assert!(
            read(".ci/run")
                .lines()
                .any(|line| line == "scripts/test.sh")
        );
        return;
    }
    let words: Vec<&str> = command.split_whitespace().collect();
    let after = |flag: &str| words.iter().position(|w| *w == flag).map(|i| words[i + 1]);
    assert_eq!(
        &words[..2],
        ["cargo", "run"],
        "a README command no test runs: {command}"
    );
    assert_eq!(after("-p"), Some("verifik-flow"), "{command}");
    let example = after("--example").unwrap();
    let manifest: toml::Table = read("verifik-flow/Cargo.toml").parse().unwrap();
    let declared = manifest["example"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"].as_str() == Some(example))
        .unwrap_or_else(|| panic!("no example `{example}`"));
    let mut needed: Vec<&str> = declared["required-features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    let mut given: Vec<&str> = after("--features").unwrap().split(',').collect();
    needed.sort_unstable();
    given.sort_unstable();
    assert_eq!(needed, given, "{command}");
    assert!(
        read("verifik-flow/tests/http.rs").contains(&format!("\"{example}\"")),
        "no test runs the example `{example}`"
    );
}
