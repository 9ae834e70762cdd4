#!/usr/bin/env bash
# Tests scripts/check-deps.sh: its scanner reads every shell form in fixtures/commands.fixture as
# expected; the check passes on the project's scripts/deps.sh; and on copies of deps.sh that each
# lack one package the build, the tests or the scripts use, it fails naming the file, the package
# that provides it and the line to add.
# Usage (from ctest): tests/deps/check_deps_test.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(realpath "${1:?usage: check_deps_test.sh BUILD_DIR}")
work=$(mktemp -d /tmp/paydesk-check-deps-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

echo "-- the scanner reads every form in fixtures/commands.fixture"
perl "$repo/scripts/lib/script-commands.pl" "$here/fixtures/commands.fixture" | sed 's/^[^:]*://' >"$work/commands"
if ! diff -u "$here/fixtures/commands.expected" "$work/commands"; then
  fail "the scanner's calls differ from fixtures/commands.expected (above)"
fi

echo "-- the project's deps.sh passes"
if ! "$repo/scripts/check-deps.sh" "$build" >"$work/pass.out" 2>&1; then
  cat "$work/pass.out" >&2
  fail "check-deps fails on the project's own scripts/deps.sh"
fi

# Each case: the package taken out of a copy of deps.sh | the package check-deps must name (the
# one that owns the file) | a file it must name.
cases=(
  "zlib1g-dev|zlib1g-dev|/usr/lib/x86_64-linux-gnu/libz.so"
  "unzip|unzip|/usr/bin/unzip"
  "xdotool|xdotool|/usr/bin/xdotool"
  "postgresql|postgresql-15|/usr/lib/postgresql/15/bin/initdb"
)
for case in "${cases[@]}"; do
  IFS='|' read -r removed named file <<<"$case"
  echo "-- without $removed"
  copy="$work/deps-without-$removed.sh"
  sed -E "/^packages=\\(/,/^\\)/ s/(^|[[:space:]])$removed([[:space:]]|$)/\\1\\2/" \
    "$repo/scripts/deps.sh" >"$copy"
  chmod +x "$copy"
  if "$copy" --list | grep -qx "$removed"; then
    fail "could not take $removed out of the copy of deps.sh"
    continue
  fi
  if "$repo/scripts/check-deps.sh" --deps "$copy" "$build" >"$work/out" 2>&1; then
    fail "check-deps passes although deps.sh lacks $removed"
    continue
  fi
  for expected in "a fresh Debian 12 lacks $named" "$file" "Fix: add this to the packages in $copy:  $named"; do
    grep -qF -- "$expected" "$work/out" || fail "without $removed, check-deps does not say: $expected"
  done
  cat "$work/out"
done

if ((failures > 0)); then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "check-deps: every case as expected"
