//! Each published crate packages as crates.io would take it: no generator and no fuzzing code
//! in it (users build neither), and every file its code reads at compile time is inside it.

use std::path::{Component, Path, PathBuf};
use std::process::Command;

use verifik_flow_tests::root;

/// The crates that are published, and the folder of each.
const PUBLISHED: &[(&str, &str)] = &[
    ("verifik-flow", "verifik-flow"),
    ("verifik-flow-cli", "verifik-flow-cli"),
    ("verifik-flow-derive", "verifik-flow-derive"),
    ("verifik-flow-macros", "verifik-flow-macros"),
    ("verifik-flow-rules", "verifik-flow-rules"),
];

/// `cargo package --list` of `name`: the files its package holds, relative to its folder.
fn package_list(name: &str) -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "package",
            "--list",
            "--allow-dirty",
            "--offline",
            "-p",
            name,
        ])
        .current_dir(root())
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo package --list -p {name}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The `.rs` files below `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found
}

/// `a/b/../c` as `a/c`.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The files a crate's code includes (`include_str!`, `include_bytes!`), relative to its
/// folder. An include under `#[cfg(doctest)]` (the README's examples run as doctests from the
/// repository) is not part of a build from the package.
fn includes(folder: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for file in sources(&folder.join("src")) {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            for macro_name in ["include_str!(\"", "include_bytes!(\""] {
                let Some(at) = line.find(macro_name) else {
                    continue;
                };
                if n > 0 && lines[n - 1].contains("doctest") {
                    continue;
                }
                let rest = &line[at + macro_name.len()..];
                let relative = &rest[..rest.find('"').unwrap()];
                let path = normalize(&file.parent().unwrap().join(relative));
                let inside = path.strip_prefix(folder).unwrap_or_else(|_| {
                    panic!("{} includes {relative}, outside its crate", file.display())
                });
                found.push(inside.to_string_lossy().into_owned());
            }
        }
    }
    found
}

#[test]
fn published_packages_hold_what_they_read_and_no_generator_or_fuzzing_code() {
    for (name, folder) in PUBLISHED {
        let listed = package_list(name);
        assert!(
            listed
                .iter()
                .any(|f| f == "src/lib.rs" || f == "src/main.rs"),
            "{name}: {listed:?}"
        );
        for file in &listed {
            let lower = file.to_ascii_lowercase();
            for word in ["codegen", "fuzz", "fast_check", "generate/", "schema_gen"] {
                assert!(!lower.contains(word), "{name} ships {file}");
            }
        }
        for included in includes(&root().join(folder)) {
            assert!(
                listed.contains(&included),
                "{name} reads {included} at compile time, but its package does not hold it"
            );
        }
    }
    // The schema the rules engine compiles in is the one it ships.
    assert!(
        includes(&root().join("verifik-flow-rules"))
            .contains(&"schema/project-flow.schema.json".to_owned())
    );
}
