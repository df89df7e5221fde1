#!/usr/bin/env bash
# The README's picture of a preview: docs/preview/smart-enroll.png, from the committed page
# docs/preview/smart-enroll.html (which a test keeps current), in Debian's Chromium
# (`apt-get install chromium`). Run it after regenerating that page, and commit both.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d tools/checks/node_modules ]; then
  npm ci --prefix tools/checks --no-audit --no-fund --loglevel=error
fi
node tools/checks/screenshot.mjs docs/preview/smart-enroll.html docs/preview/smart-enroll.png 720
echo "wrote docs/preview/smart-enroll.png"
