#!/usr/bin/env bash
# Runs every test of the workspace. First it installs, once, what the checks beside the Rust
# code run: Ajv and VS Code's JSON language service, puppeteer-core and axe-core (npm, pinned
# by tools/checks/package-lock.json) and Python's jsonschema (pip, into a venv under
# target/). The tests themselves reach no network but loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d tools/checks/node_modules ] || [ tools/checks/package-lock.json -nt tools/checks/node_modules ]; then
  npm ci --prefix tools/checks --no-audit --no-fund --loglevel=error
fi
venv=target/checks-venv
if [ ! -x "$venv/bin/python" ] || [ tools/checks/requirements.txt -nt "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r tools/checks/requirements.txt
  touch "$venv/bin/python"
fi

# The preview pages' browser tests need Chromium (Debian's package; puppeteer-core downloads
# no browser). Without it they pass with a note, unless VERIFIK_FLOW_BROWSER=required (CI).
chromium=${VERIFIK_FLOW_CHROMIUM:-/usr/bin/chromium}
skipped_browser=""
if [ ! -x "$chromium" ]; then
  skipped_browser="*** SKIPPED: the preview pages' browser tests (no Chromium at $chromium). Install it with \`apt-get install chromium\` (as root), then run this again. ***"
  echo "$skipped_browser" >&2
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
if [ -n "$skipped_browser" ]; then echo "$skipped_browser"; fi
echo "total: $passed passed, $failed failed"
exit "$status"
