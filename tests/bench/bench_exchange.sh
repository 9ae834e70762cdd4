#!/usr/bin/env bash
# Export and import against the sqlite3 shell, on the same store and the same file, in one run:
#   tests/bench/bench_exchange.sh BUILD_DIR STORE_FILE
# STORE_FILE: a store made by `bench_history_store generate` (profile "bench"). Each pair is run
# three times, alternating, and the best time of each is kept.
set -euo pipefail
build=${1:?build directory}
store=${2:?store file}
cli="$build/app/cli/paydesk-cli"
work=$(mktemp -d /tmp/paydesk-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$cli" --data-dir "$work/dd" profile set bench --base-url https://t.cregis.dev --pid 1382528827416576 >/dev/null 2>&1

seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -n 1; }
best() { sort -n | head -n 1; }

columns="id, created_at, created_by, approved_by, state, cregis_status, cid, third_party_id, wallet_id, currency,"
columns+=" coin, from_address, to_address, amount, memo, remark, submitted_at, txid, block_time"
ours=() shell=()
for _ in 1 2 3; do
  ours+=("$(seconds "$cli" --data-dir "$work/dd" --database "$store" --profile bench export "$work/ours.csv")")
  shell+=("$(seconds sh -c "sqlite3 -csv -header '$store' \"SELECT $columns FROM payouts WHERE profile = 'bench' ORDER BY id\" > '$work/shell.csv'")")
done
o=$(printf '%s\n' "${ours[@]}" | best) s=$(printf '%s\n' "${shell[@]}" | best)
echo "export of $(($(wc -l <"$work/ours.csv") - 1)) rows to CSV: paydesk-cli ${o} s, sqlite3 shell ${s} s, ratio $(echo "scale=2; $o / $s" | bc)"

# 100,000 valid rows: two recipients, amounts that never repeat (so no duplicate needs the flag).
{
  printf 'currency,to_address,amount,remark\r\n'
  for ((i = 0; i < 100000; i++)); do
    if ((i % 2)); then to=TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8; else to=TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS; fi
    printf 'USDT-TRC20,%s,%d.%02d,run 7 row %d\r\n' "$to" $((1 + i / 100)) $((i % 100)) "$i"
  done
} >"$work/run.csv"
ours=() shell=()
for round in 1 2 3; do
  "$cli" --data-dir "$work/imp$round" profile set run --base-url https://t.cregis.dev --pid 1 >/dev/null 2>&1
  ours+=("$(PAYDESK_USER=alice seconds "$cli" --data-dir "$work/imp$round" --profile run import "$work/run.csv")")
  shell+=("$(seconds sqlite3 "$work/plain$round.sqlite" ".mode csv" ".import $work/run.csv plain")")
done
o=$(printf '%s\n' "${ours[@]}" | best) s=$(printf '%s\n' "${shell[@]}" | best)
echo "import of 100000 rows: paydesk-cli ${o} s, sqlite3 shell .import ${s} s, ratio $(echo "scale=1; $o / $s" | bc)"
