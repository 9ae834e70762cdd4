#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UndefinedBehaviorSanitizer) in
# build/fuzz and runs each for a bounded time from its seed corpus in tests/fuzz/corpus. Inputs
# that once crashed a target live in tests/fuzz/regressions/<target>/ and are run first, every
# time. Prints the inputs tried per target; fails on any crash, leak of an error or timeout.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}

scripts/deps.sh
scripts/configure.sh fuzz
cmake --build build/fuzz --target fuzzers --parallel "$(nproc 2>/dev/null || echo 2)"

work=$(mktemp -d /tmp/paydesk-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
summary=()
for target in amount address csvimport response httprequest; do
  binary=build/fuzz/tests/fuzz/fuzz_$target
  regressions=tests/fuzz/regressions/$target
  if compgen -G "$regressions/*" >/dev/null; then
    "$binary" "$regressions"/* >"$work/$target.regressions.log" 2>&1 || {
      echo "== fuzz_$target: a regression input fails again" >&2
      tail -40 "$work/$target.regressions.log" >&2
      status=1
    }
  fi
  # The seed corpus is copied: what the run discovers stays in the throw-away directory.
  mkdir -p "$work/$target"
  cp tests/fuzz/corpus/"$target"/* "$work/$target/"
  log=$work/$target.log
  if "$binary" "$work/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -artifact_prefix="$work/$target-" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    summary+=("fuzz_$target: $runs inputs in ${seconds} s, no crash")
  else
    echo "== fuzz_$target found a crash; the input is kept below. Add it to $regressions/ and fix it." >&2
    tail -60 "$log" >&2
    for artifact in "$work/$target"-*; do
      [[ -e "$artifact" ]] || continue
      mkdir -p "build/fuzz/artifacts"
      cp "$artifact" build/fuzz/artifacts/
      echo "kept build/fuzz/artifacts/$(basename "$artifact")" >&2
    done
    summary+=("fuzz_$target: CRASH")
    status=1
  fi
done
echo "== fuzzing summary"
printf '%s\n' "${summary[@]}"
exit "$status"
