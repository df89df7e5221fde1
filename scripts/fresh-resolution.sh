#!/usr/bin/env bash
# Before a release (not in CI: it resolves and compiles everything anew, minutes of work):
# build the library as a user does who has no lock file of ours, with the newest versions
# `cargo update` picks, warnings denied. A dependency that deprecates what we call, or changes
# under us, shows here before a user's `-D warnings` build finds it.
# Usage: scripts/fresh-resolution.sh [FEATURES]   (default: client,server)
set -euo pipefail
cd "$(dirname "$0")/.."
features=${1:-client,server}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The committed tree only (no target/, no node_modules), as a user's checkout.
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$scratch"
cd "$scratch"
cargo update --quiet
echo "fresh-resolution: resolved anew; what differs from the committed lock:"
packages() { awk -F'"' '/^name = /{n=$2} /^version = /{print n, $2}' "$@"; }
diff <(git -C "$OLDPWD" show HEAD:Cargo.lock | packages) <(packages Cargo.lock) | grep '^[<>]' | sed 's/^/  /' || true
RUSTFLAGS="-D warnings" CARGO_TARGET_DIR="$scratch/target" \
  cargo build -p verifik-flow --lib --features "$features"
echo "fresh-resolution: the library builds with features $features and no warning"
