#!/usr/bin/env bash
# Starts the real PayDesk window once, as a new user would (nothing configured: the demo profile
# against the local simulator), on a private X server (Xvfb) with a private Secret Service, and
# fails unless the main window shows: an error box, an early exit or nothing within two minutes
# fails, with a screenshot of what showed instead. The test command runs it on its build.
# Usage: scripts/smoke-window.sh PAYDESK_PROGRAM SCREENSHOT.png
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z ${PAYDESK_SMOKE_INNER:-} ]]; then
  program=$(realpath "${1:?usage: scripts/smoke-window.sh PAYDESK_PROGRAM SCREENSHOT.png}")
  shot=$(realpath -m "${2:?usage: scripts/smoke-window.sh PAYDESK_PROGRAM SCREENSHOT.png}")
  export PAYDESK_SMOKE_INNER=1
  exec xvfb-run -a -s "-screen 0 1280x800x24" scripts/with-keyring.sh "$0" "$program" "$shot"
fi
program=$1
shot=$2

data=$(mktemp -d /tmp/paydesk-smoke.XXXXXX)
app=""
cleanup() {
  if [[ -n $app ]]; then
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

PAYDESK_DATA_DIR=$data "$program" &
app=$!
# The main window's title is "PayDesk — PROFILE"; error boxes say "PayDesk" or "PayDesk demo".
window=""
for _ in $(seq 1 240); do
  window=$(xdotool search --onlyvisible --name '^PayDesk — ' 2>/dev/null | head -n 1) || true
  [[ -n $window ]] && break
  if ! kill -0 "$app" 2>/dev/null; then
    wait "$app" && status=0 || status=$?
    app=""
    echo "smoke-window: $program exited with status $status before its window showed" >&2
    exit 1
  fi
  sleep 0.5
done
if [[ -z $window ]]; then
  import -window root "$shot"
  shown=$(xdotool search --onlyvisible --name . getwindowname %@ 2>/dev/null | tr '\n' ';') || true
  echo "smoke-window: no main window within 120 s; on screen: ${shown:-nothing} (screenshot: $shot)" >&2
  exit 1
fi
sleep 1 # let it paint before the picture
import -window "$window" "$shot"
echo "smoke-window: the main window shows ($(xdotool getwindowname "$window")); screenshot: $shot"
