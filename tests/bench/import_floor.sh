#!/usr/bin/env bash
# The floor under `paydesk-cli import`: the same 100,000 rows inserted by one SQL statement into
# PayDesk's own schema (its indexes, with and without the search-index trigger), beside the
# sqlite3 shell's .import into a plain table. No validation, hashing or audit: what any import
# into this schema costs at least.   Usage: tests/bench/import_floor.sh BUILD_DIR
set -euo pipefail
cli="${1:?build directory}/app/cli/paydesk-cli"
work=$(mktemp -d /tmp/paydesk-floor.XXXXXX)
trap 'rm -rf "$work"' EXIT
{
  printf 'currency,to_address,amount,remark\r\n'
  for ((i = 0; i < 100000; i++)); do
    printf 'USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,%d.%02d,run 7 row %d\r\n' $((1 + i / 100)) $((i % 100)) "$i"
  done
} >"$work/run.csv"
"$cli" --data-dir "$work" profile set run --base-url https://t.cregis.dev --pid 1 >/dev/null 2>&1
"$cli" --data-dir "$work" --profile run list >/dev/null 2>&1 # creates the store at the newest schema
sqlite3 "$work/plain.sqlite" ".mode csv" ".import $work/run.csv plain"
insert="INSERT INTO payouts (profile, project_pid, gateway, third_party_id, currency, coin, to_address, amount,
  amount_units, decimals, amount_key, remark, content_hash, state, created_by, created_at, updated_at)
  SELECT 'run', 1, '', hex(randomblob(16)), 'c', 'USDT-TRC20', to_address, amount, '1', 6,
  printf('%054d', rowid), remark, hex(randomblob(32)), 'pending_approval', 'alice', 1, 1 FROM p.plain"
timed() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -n 1; }
cp "$work/payouts.sqlite" "$work/without.sqlite"
sqlite3 "$work/without.sqlite" "DROP TRIGGER payout_text_added"
rm -f "$work/plain2.sqlite"
echo "sqlite3 .import into a plain table: $(timed sqlite3 "$work/plain2.sqlite" ".mode csv" ".import $work/run.csv plain") s"
echo "one INSERT into PayDesk's schema, search trigger dropped: $(timed sqlite3 "$work/without.sqlite" "ATTACH '$work/plain.sqlite' AS p; $insert") s"
echo "one INSERT into PayDesk's schema as it is: $(timed sqlite3 "$work/payouts.sqlite" "ATTACH '$work/plain.sqlite' AS p; $insert") s"
