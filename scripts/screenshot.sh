#!/usr/bin/env bash
# Takes screenshots of the real PayDesk window in the demo profile under Xvfb, for the README:
# the New payout page, and the Approvals page with a few payouts queued by other people.
# Usage: scripts/screenshot.sh [OUTPUT_DIR]   (builds first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-resources/screenshots}

scripts/deps.sh
scripts/configure.sh app
cmake --build build/app --parallel "$(nproc 2>/dev/null || echo 2)"

data=$(mktemp -d /tmp/paydesk-shot.XXXXXX)
trap 'rm -rf "$data"' EXIT
mkdir -p "$out"
export PAYDESK_DATA_DIR="$data"

# Payouts queued by alice and carol into the demo's store (--demo: queuing needs no gateway, and
# the window's demo starts its own simulator).
cli=build/app/app/cli/paydesk-cli
queue() {
  PAYDESK_USER=$1 "$cli" --data-dir "$data" --demo new --currency "$2" --to "$3" --amount "$4" \
    --remark "$5" >/dev/null
}
usdt=195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t
queue alice "$usdt" TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS 1.5 "Office rent, March"
queue carol "$usdt" TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8 2.25 "Contractor invoice 2024-117"
queue alice 60@60 0xab00000000000000000000000000000000001234 0.1 "Gas refund"
queue carol 60@60 0xab99999999999999999999999999999999991234 0.25 "Supplier (new address)"

export PAYDESK_USER=bob
xvfb-run -a -s "-screen 0 1280x800x24" scripts/with-keyring.sh sh -c '
  build/app/ui/paydesk --demo & app=$!
  window=$(xdotool search --sync --onlyvisible --name "PayDesk" | head -n 1)
  sleep 2
  import -window "$window" "$1/main-window.png"
  xdotool windowfocus --sync "$window" 2>/dev/null || true
  # Keyboard only: Down selects "Approvals" in the page list, Tab enters the queue.
  xdotool key Down; sleep 0.3
  xdotool key Tab Down Down Down; sleep 1
  import -window "$window" "$1/approvals.png"
  kill "$app"; wait "$app" 2>/dev/null || true
' sh "$out"
echo "wrote $out/main-window.png and $out/approvals.png"
