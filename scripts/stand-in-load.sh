#!/usr/bin/env bash
# 1,000 concurrent creates on the stand-in, in memory and in a data file (SQLite), in one run:
# prints both times and their ratio. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --release -p verifik-flow --features client,server --example stand_in_load
