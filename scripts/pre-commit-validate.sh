#!/usr/bin/env bash
# The `verifik-flow-validate` pre-commit hook. pre-commit runs it from the user's repository
# with the files to check; it builds the CLI of this repository once (a debug build in this
# checkout's own target/, which pre-commit keeps in its cache) and validates them.
#
# Why a script and not `language: rust`: pre-commit installs a rust hook with
# `cargo install --path .` at the repository root, which this virtual workspace refuses.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
exec cargo run --quiet --locked --manifest-path "$here/Cargo.toml" -p verifik-flow-cli -- validate "$@"
