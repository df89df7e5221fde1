#!/usr/bin/env bash
# Prints the criterion results of the `seed-body` group as ratios to the hand-written
# validation (parse to Value, jsonschema is_valid, from_value) and to a typed
# `serde_json::from_slice` (no rule checked). Run the bench first:
#   cargo bench -p verifik-flow --bench validate
set -euo pipefail
dir="${CARGO_TARGET_DIR:-target}/criterion/seed-body"
[ -d "$dir" ] || { echo "no results in $dir: run 'cargo bench -p verifik-flow --bench validate' first" >&2; exit 2; }
login="${CARGO_TARGET_DIR:-target}/criterion/login-body"
python3 - "$dir" "$login" <<'PY'
import json, sys, pathlib
root = pathlib.Path(sys.argv[1])
times = {}
for estimates in root.glob("*/new/estimates.json"):
    times[estimates.parent.parent.name] = json.loads(estimates.read_text())["median"]["point_estimate"]
base = times.get("hand_written")
typed = times.get("serde_from_slice")
if base is None or typed is None:
    sys.exit("no hand_written or serde_from_slice result")
print(f"{'benchmark':<18} {'median':>10}  {'to hand_written':>15}  {'to serde_from_slice':>19}")
for name, t in sorted(times.items(), key=lambda kv: kv[1]):
    print(f"{name:<18} {t/1000:>8.2f}µs  {t/base:>15.2f}  {t/typed:>19.2f}")
login = pathlib.Path(sys.argv[2])
if login.is_dir():
    got = {e.parent.parent.name: json.loads(e.read_text())["median"]["point_estimate"]
           for e in login.glob("*/new/estimates.json")}
    if "validate_flow_str" in got and "serde_from_slice" in got:
        print(f"\nSmart Access body: validate_flow_str {got['validate_flow_str']/1000:.2f}µs, "
              f"from_slice::<LoginFlow> {got['serde_from_slice']/1000:.2f}µs, "
              f"ratio {got['validate_flow_str']/got['serde_from_slice']:.2f}")
PY
