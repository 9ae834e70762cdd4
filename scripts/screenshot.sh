#!/usr/bin/env bash
# Takes a screenshot of the real PayDesk window in the demo profile under Xvfb, for the README.
# Usage: scripts/screenshot.sh [OUTPUT.png]   (builds first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-resources/screenshots/main-window.png}

scripts/deps.sh
cmake -S . -B build/app -G Ninja -DCMAKE_BUILD_TYPE=Release -DPAYDESK_BUILD_TESTS=OFF >/dev/null
cmake --build build/app --parallel "$(nproc 2>/dev/null || echo 2)"

data=$(mktemp -d /tmp/paydesk-shot.XXXXXX)
trap 'rm -rf "$data"' EXIT
mkdir -p "$(dirname "$out")"
export PAYDESK_DATA_DIR="$data" PAYDESK_USER=demo.user
xvfb-run -a -s "-screen 0 1280x800x24" scripts/with-keyring.sh sh -c '
  build/app/ui/paydesk --demo & app=$!
  window=$(xdotool search --sync --onlyvisible --name "PayDesk" | head -n 1)
  sleep 2
  import -window "$window" "$1"
  kill "$app"; wait "$app" 2>/dev/null || true
' sh "$out"
echo "wrote $out"
