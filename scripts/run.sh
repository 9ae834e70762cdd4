#!/usr/bin/env bash
# The run command: installs what is missing, builds PayDesk and opens its window. With no profile
# configured it opens in the demo profile, which pays into a local simulator with a throw-away key.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
scripts/configure.sh app
cmake --build build/app --parallel "$(nproc 2>/dev/null || echo 2)"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display: run this from a desktop session (or under xvfb-run to try it headless)." >&2
  exit 1
fi
exec build/app/ui/paydesk "$@"
