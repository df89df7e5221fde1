#!/usr/bin/env bash
# Runs every test of the workspace. First it installs, once, what the editor-agreement tests
# run beside the Rust code: Ajv and VS Code's JSON language service (npm, pinned by
# tools/schema-check/package-lock.json) and Python's jsonschema (pip, into a venv under
# target/). The tests themselves reach no network.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d tools/schema-check/node_modules ] || [ tools/schema-check/package-lock.json -nt tools/schema-check/node_modules ]; then
  npm ci --prefix tools/schema-check --no-audit --no-fund --loglevel=error
fi
venv=target/schema-check-venv
if [ ! -x "$venv/bin/python" ] || [ tools/schema-check/requirements.txt -nt "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r tools/schema-check/requirements.txt
  touch "$venv/bin/python"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
VERIFIK_FLOW_PYTHON="$PWD/$venv/bin/python" cargo test --workspace --all-features --locked "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# cargo prints one summary a test binary; this is the sum of them.
passed=$(grep -Eo '^test result: .* [0-9]+ passed' "$log" | grep -Eo '[0-9]+ passed' | awk '{s += $1} END {print s + 0}')
failed=$(grep -Eo '^test result: .* [0-9]+ failed' "$log" | grep -Eo '[0-9]+ failed' | awk '{s += $1} END {print s + 0}')
echo "total: $passed passed, $failed failed"
exit "$status"
