#!/usr/bin/env bash
# The fuzzing campaign: each target of fuzz/ for SECONDS (default 300), seeded from
# tests/corpus, on the nightly toolchain with cargo-fuzz (installed if missing). Prints the
# executions and time of each; a crash stops with its input in fuzz/artifacts/<target>/.
# Turn each crash into a regression: copy the input into fuzz/regressions/<target>/ (the
# ordinary tests replay that folder on stable), then fix the code.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(validate_slice flow_literal stand_in_request client_answer)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

# Seeds: the corpus files as they are (validate_slice), as `flow!` literals (the members
# without the outer braces), and as requests (POST a body; PUT it to the seeded flow).
seed() {
  local target=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  for file in tests/corpus/valid/*.json tests/corpus/invalid/*.json; do
    local name
    name=$(basename "$file" .json)
    case "$target" in
      validate_slice) cp "$file" "$dir/$name" ;;
      flow_literal) python3 -c 'import sys; t=open(sys.argv[1]).read().strip(); print(t[1:-1])' "$file" >"$dir/$name" ;;
      stand_in_request)
        { printf '\x01\x00\x00\xff'; cat "$file"; } >"$dir/post-$name"
        { printf '\x02\x01\x00\xff'; cat "$file"; } >"$dir/put-$name"
        ;;
      client_answer) ;; # seeded from Verifik's documented answers below

    esac
  done
  if [ "$target" = client_answer ]; then
    # Each documented answer as a 200 and as a 429 with `Retry-After: 1`.
    for file in tests/fixtures/answers/*.json tests/fixtures/answers/*.html; do
      local name
      name=$(basename "$file")
      { printf '\x00\x64\xff'; cat "$file"; } >"$dir/ok-$name"
      { printf '\x01\x491\xff'; cat "$file"; } >"$dir/busy-$name"
    done
  fi
  cp fuzz/regressions/"$target"/* "$dir"/ 2>/dev/null || true
}

summary=()
for target in "${targets[@]}"; do
  seed "$target"
  log=$(mktemp)
  echo "== $target: ${seconds} s"
  set +e
  (cd fuzz && cargo +nightly fuzz run -O "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1) >"$log" 2>&1
  status=$?
  set -e
  grep -E 'Done [0-9]+ runs|==[0-9]+== ERROR|panicked|SUMMARY|Test unit written' "$log" || true
  # libFuzzer's final line when it ends on time; its last status line when a crash stopped it.
  runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' | head -1 || true)
  [ -n "$runs" ] || runs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+' || true)
  summary+=("$target: ${runs:-?} executions in ${seconds} s, coverage ${cov:-?} edges, exit ${status}")
  rm -f "$log"
done
echo
printf '%s\n' "${summary[@]}"
