#!/usr/bin/env bash
# The test command: installs what is missing, checks formatting and the direction of includes,
# proves every dependency declared (scripts/check-deps.sh, before and after the build), builds
# PayDesk three ways (plain; AddressSanitizer + UndefinedBehaviorSanitizer; the libFuzzer
# targets), starts the real window once on an X server, and runs every suite with ctest inside a
# private Secret Service session and beside a private PostgreSQL server on loopback (the store
# suites run against both engines), then runs each fuzz target for 30 s. Fails if any check or
# test fails or is skipped, or a fuzzer finds a crash.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
echo "== checks: formatting and include direction"
scripts/check-format.sh
scripts/check-includes.sh

builds=(build/test build/sanitize build/fuzz)
for name in test sanitize fuzz; do
  scripts/configure.sh "$name"
done
echo "== check-deps: what the build and the scripts use comes from scripts/deps.sh"
scripts/check-deps.sh "${builds[@]}"

jobs=$(nproc 2>/dev/null || echo 2)
cmake --build build/test --parallel "$jobs"
cmake --build build/sanitize --parallel "$jobs"
cmake --build build/fuzz --target fuzzers --parallel "$jobs"

# Every shared object the programs load at run time is logged here by the dynamic loader
# (LD_DEBUG=files), for the last check-deps below: plugins and drivers no link line shows. Open to
# every user like /tmp: the PostgreSQL server runs as postgres, and a process that cannot write
# its log here would write it to its standard error instead.
loaded=build/test/loaded
rm -rf "$loaded"
mkdir -p "$loaded"
chmod 1777 "$loaded"

echo "== the window starts on an X server"
LD_DEBUG=files LD_DEBUG_OUTPUT="$PWD/$loaded/ld" scripts/smoke-window.sh build/test/ui/paydesk build/test/smoke-window.png

run_suite() {
  local dir=$1 title=$2
  shift 2
  echo "== ctest: $title"
  local log="$dir/ctest-output.log"
  set +e
  env "$@" scripts/with-keyring.sh scripts/with-postgres.sh \
    ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  if ((status != 0)); then
    return "$status"
  fi
  # A QSKIP exits 0; ctest reports it as "Skipped" (see paydesk_add_qtest). Nothing may skip.
  if grep -qE '\*\*\*Skipped|Not Run' "$log"; then
    echo "error: some tests were skipped in $title; CI provides everything they need" >&2
    return 1
  fi
}

run_suite build/test "plain build" LD_DEBUG=files LD_DEBUG_OUTPUT="$PWD/$loaded/ld"

# Leak checks are off: D-Bus, GLib and fontconfig keep process-lifetime allocations that
# LeakSanitizer reports as leaks. Every other ASan and UBSan error aborts the test.
run_suite build/sanitize "ASan + UBSan build" ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

echo "== check-deps: the headers the compiler read and what the programs loaded"
scripts/check-deps.sh --loaded "$loaded" "${builds[@]}"

# libFuzzer targets (clang, ASan + UBSan), each for a bounded time from its seed corpus.
echo "== fuzzing: every target for 30 s"
scripts/fuzz.sh 30
