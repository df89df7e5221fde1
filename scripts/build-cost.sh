#!/usr/bin/env bash
# What `flow!` adds to its users' builds, measured on this machine:
#  1. the clean debug build of a small app that uses `flow!`, against the same app written as
#     a user would without this crate (`serde_json::json!` plus `jsonschema` with default
#     features off, validating at run time against the same schema);
#  2. `cargo check` after touching a file with 200 `flow!` literals, against 200 `json!`.
# Usage: scripts/build-cost.sh   (takes a few minutes; prints the figures the README quotes)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
literals=200

body="$(python3 - "$repo" <<'PY'
import json, sys
body = json.load(open(sys.argv[1] + "/tests/corpus/valid/source-page.json"))
print(json.dumps(body, indent=4).strip()[1:-1])
PY
)"

app() { # name, dependencies, main.rs
  mkdir -p "$work/$1/src"
  cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$2

[workspace]
TOML
  cp "$repo/Cargo.lock" "$work/$1/Cargo.lock"
  printf '%s\n' "$3" > "$work/$1/src/main.rs"
}

app with-flow "verifik-flow = { path = \"$repo/verifik-flow\" }" "fn main() {
    let flow = verifik_flow::flow! { $body };
    println!(\"{}\", flow.name);
}"
app with-json "serde_json = \"1\"
jsonschema = { version = \"0.61\", default-features = false }" "fn main() {
    let body = serde_json::json!({ $body });
    let schema: serde_json::Value =
        serde_json::from_str(include_str!(\"$repo/schema/project-flow.schema.json\")).unwrap();
    assert!(jsonschema::draft7::is_valid(&schema, &body));
    println!(\"{}\", body[\"name\"]);
}"

seconds() { # command... -> wall seconds
  local start end
  start=$(date +%s.%N)
  if ! "$@" >"$work/last.log" 2>&1; then
    echo "failed in $PWD: $*" >&2
    cat "$work/last.log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.2f}')"
}

echo "1. clean debug build (cargo build, fresh target dir each)"
for name in with-flow with-json; do
  (cd "$work/$name" && cargo fetch -q >/dev/null 2>&1 || true)
done
flow_clean=$(cd "$work/with-flow" && seconds cargo build) || exit 1
json_clean=$(cd "$work/with-json" && seconds cargo build) || exit 1
python3 -c "print(f'   flow!: {$flow_clean} s   json! + jsonschema: {$json_clean} s   ratio: {$flow_clean / $json_clean:.2f}')"

echo "2. cargo check after touching a file of $literals literals (median of 3)"
many() { # macro, wrapper -> a module of $literals literals
  python3 - "$1" "$literals" "$body" <<'PY'
import sys
macro, count, body = sys.argv[1], int(sys.argv[2]), sys.argv[3]
print("#![allow(dead_code)]")
for i in range(count):
    if macro == "flow":
        print(f"pub fn flow_{i}() -> verifik_flow::ProjectFlow {{ verifik_flow::flow! {{ {body} }} }}")
    else:
        print(f"pub fn flow_{i}() -> serde_json::Value {{ serde_json::json!({{ {body} }}) }}")
PY
}
many flow > "$work/with-flow/src/many.rs"
many json > "$work/with-json/src/many.rs"
for name in with-flow with-json; do
  printf 'mod many;\n' >> "$work/$name/src/main.rs"
  (cd "$work/$name" && cargo check -q)
done
check() { # app -> median seconds of 3 checks after a touch
  local runs=()
  for _ in 1 2 3; do
    touch "$work/$1/src/many.rs"
    runs+=("$(cd "$work/$1" && seconds cargo check)")
  done
  python3 -c "import statistics; print(statistics.median([${runs[0]}, ${runs[1]}, ${runs[2]}]))"
}
flow_check=$(check with-flow) || exit 1
json_check=$(check with-json) || exit 1
python3 -c "print(f'   flow!: {$flow_check:.2f} s   json!: {$json_check:.2f} s   extra per literal: {($flow_check - $json_check) * 1000 / $literals:.3f} ms')"
