//! The fuzz targets' regression inputs (`fuzz/regressions/`), and the corpus they are seeded
//! from, replayed with the targets' own checks on stable Rust (the campaign itself is
//! `scripts/fuzz.sh`, on nightly).

use std::path::PathBuf;

use verifik_flow_tests::root;

/// The inputs of a target's regression folder (its README aside).
fn regressions(target: &str) -> Vec<PathBuf> {
    let folder = root().join("fuzz/regressions").join(target);
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.file_name().is_some_and(|name| name != "README.md"))
        .collect();
    inputs.sort();
    inputs
}

fn corpus_files() -> Vec<PathBuf> {
    ["valid", "invalid"]
        .iter()
        .flat_map(|kind| {
            verifik_flow_tests::corpus(kind)
                .into_iter()
                .map(move |name| root().join(format!("tests/corpus/{kind}/{name}.json")))
        })
        .collect()
}

#[test]
fn validate_slice_regressions_and_seeds_pass_the_targets_checks() {
    let inputs: Vec<PathBuf> = regressions("validate_slice")
        .into_iter()
        .chain(corpus_files())
        .collect();
    assert!(inputs.len() > 50);
    for input in inputs {
        let bytes = std::fs::read(&input).unwrap();
        verifik_flow_fuzz_checks::validate_bytes(&bytes);
    }
}

#[test]
fn stand_in_request_regressions_and_seeds_pass_the_targets_checks() {
    let mut inputs: Vec<Vec<u8>> = regressions("stand_in_request")
        .iter()
        .map(|path| std::fs::read(path).unwrap())
        .collect();
    // The seeds: each corpus body created, and put to the seeded flow.
    for file in corpus_files() {
        let body = std::fs::read(file).unwrap();
        for prefix in [&b"\x01\x00\x00\xff"[..], b"\x02\x01\x00\xff"] {
            inputs.push([prefix, &body].concat());
        }
    }
    for input in inputs {
        verifik_flow_fuzz_checks::stand_in_request(&input);
    }
}

/// The `flow_literal` target's regression inputs, and the corpus as literals (its seeds).
#[test]
fn flow_literal_regressions_and_seeds_pass_the_targets_checks() {
    let mut inputs: Vec<String> = regressions("flow_literal")
        .iter()
        .map(|path| String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned())
        .collect();
    for file in corpus_files() {
        let text = std::fs::read_to_string(file).unwrap();
        let text = text.trim();
        inputs.push(text[1..text.len() - 1].to_owned());
    }
    assert!(inputs.len() > 50);
    for input in &inputs {
        verifik_flow_fuzz_checks::flow_literal(input);
    }
}

/// The `client_answer` target's regression inputs (a `Retry-After` of the largest number, the
/// furthest date, an error that echoes the token and controls), and the documented answers as
/// seeds, each under a few statuses.
#[test]
fn client_answer_regressions_and_seeds_pass_the_targets_checks() {
    let mut inputs: Vec<Vec<u8>> = regressions("client_answer")
        .iter()
        .map(|path| std::fs::read(path).unwrap())
        .collect();
    assert!(inputs.len() >= 3);
    let answers = root().join("tests/fixtures/answers");
    for entry in std::fs::read_dir(&answers).unwrap() {
        let body = std::fs::read(entry.unwrap().path()).unwrap();
        for status in [100u16, 229, 302, 404] {
            inputs.push([&status.to_be_bytes()[..], b"0\xff", &body].concat());
        }
    }
    for input in inputs {
        verifik_flow_fuzz_checks::client_answer(&input);
    }
}
