//! Helpers for the workspace tests: where the shared corpus and fixtures are.

// Test helpers panic on a broken checkout; that is their error report.
#![allow(clippy::missing_panics_doc)]

use std::path::{Path, PathBuf};

/// The repository's root folder.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace")
        .to_path_buf()
}

/// Reads a file below the repository root.
pub fn read(path: impl AsRef<Path>) -> String {
    let path = root().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Reads and parses a JSON file below the repository root.
pub fn read_json(path: impl AsRef<Path>) -> serde_json::Value {
    serde_json::from_str(&read(path)).expect("fixtures are JSON")
}

/// The names (without `.json`) of the corpus files of `kind` (`valid` or `invalid`), sorted.
pub fn corpus(kind: &str) -> Vec<String> {
    let dir = root().join("tests/corpus").join(kind);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| {
            entry
                .expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter_map(|name| name.strip_suffix(".json").map(str::to_owned))
        .collect();
    names.sort();
    names
}

/// The table of expected messages, `tests/fixtures/messages.json`: one mistake of each rule
/// (the invalid corpus, and texts for the rules of reading), with its rule, pointer and
/// message in English and in Spanish. The library's tests and the CLI's read it.
pub fn expected_messages() -> Vec<serde_json::Value> {
    serde_json::from_value(read_json("tests/fixtures/messages.json")).expect("a list of cases")
}

/// The text one case of [`expected_messages`] validates: a corpus file, a text, or a text
/// made by repeating an item (too large, too deep, too many mistakes to list).
pub fn message_case_text(case: &serde_json::Value) -> String {
    let field = |name: &str| case[name].as_str().unwrap_or_default();
    match field("case") {
        "file" => read(field("file")),
        "text" => field("text").to_owned(),
        "repeat" => {
            let repeat = &case["repeat"];
            let part = |name: &str| repeat[name].as_str().unwrap_or_default();
            let times = usize::try_from(repeat["times"].as_u64().expect("a count"))
                .expect("a count this machine can hold");
            let items: Vec<String> = (0..times)
                .map(|i| part("item").replace("{}", &i.to_string()))
                .collect();
            format!(
                "{}{}{}",
                part("prefix"),
                items.join(part("separator")),
                part("suffix")
            )
        }
        other => panic!("a case of tests/fixtures/messages.json of kind `{other}`"),
    }
}
