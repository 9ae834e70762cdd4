#!/usr/bin/env bash
# Runs a command against a private, throw-away PostgreSQL 15 cluster on 127.0.0.1, so the
# PostgreSQL store tests reach a real server without touching any system cluster. The cluster
# lives in a fresh /tmp/paydesk-pg.XXXXXX directory, listens only on loopback (a free random
# port) and on a unix socket inside that directory, and is stopped and deleted afterwards, also
# on failure or signal. fsync stays on: tests kill the server and check nothing committed is lost.
#
# Roles: superuser postgres; paydesk_owner (LOGIN CREATEDB CREATEROLE, owns database paydesk);
# plain login roles alice, bob, carol, dave, erin. Every password is random and reaches the command
# only through a pgpass file (PGPASSFILE), never through the command line or the environment.
#
# Exported to the command: PGPASSFILE, PAYDESK_TEST_PG_HOST, PAYDESK_TEST_PG_PORT,
# PAYDESK_TEST_PG_OWNER_URL, PAYDESK_TEST_PG_SUPERUSER, PAYDESK_TEST_PG_STAFF, PAYDESK_TEST_PG_DATA,
# PAYDESK_TEST_PG_BIN, PAYDESK_TEST_PG_SOCKET, PAYDESK_TEST_PG_CLUSTER, and PAYDESK_TEST_PG_CTL
# (scripts/pgctl.sh: "stop" = fast stop, "kill" = immediate stop, "start" = start and wait,
# "restart", "status").
# If PAYDESK_TEST_PG_OWNER_URL is already set (nested use), the command runs unchanged.
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail

if [[ -n "${PAYDESK_TEST_PG_OWNER_URL:-}" ]]; then
  exec "$@"
fi
if (($# == 0)); then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

pg_bin=/usr/lib/postgresql/15/bin
if [[ ! -x "$pg_bin/initdb" || ! -x "$pg_bin/pg_ctl" || ! -x "$pg_bin/psql" ]]; then
  echo "with-postgres: PostgreSQL 15 server binaries not found in $pg_bin" >&2
  exit 1
fi

# As root, the server tools refuse to run; they run as the postgres system user instead.
run_as=""
if ((EUID == 0)); then
  run_as=postgres
  if ! id -u "$run_as" >/dev/null 2>&1; then
    echo "with-postgres: running as root but there is no '$run_as' system user" >&2
    exit 1
  fi
fi

tmp=""     # the cluster: data dir, socket dir, server log; owned by the server user, mode 700
private="" # the caller's: the pgpass file; owned by the caller, mode 700
pgctl=""
cleanup() {
  set +e
  if [[ -n "$pgctl" && -x "$pgctl" && -f "$tmp/data/postmaster.pid" ]]; then
    # Only this cluster: pg_ctl addresses the server by its data directory's postmaster.pid.
    "$pgctl" stop 2>/dev/null || "$pgctl" kill 2>/dev/null
  fi
  [[ -n "$tmp" ]] && rm -rf "$tmp"
  [[ -n "$private" ]] && rm -rf "$private"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

tmp=$(mktemp -d /tmp/paydesk-pg.XXXXXX)
private=$(mktemp -d /tmp/paydesk-pg-client.XXXXXX)
chmod 700 "$tmp" "$private"
data="$tmp/data"
socket="$tmp/sock"
log="$tmp/server.log"
mkdir -m 700 "$data" "$socket"
if [[ -n "$run_as" ]]; then
  chown -R "$run_as:" "$tmp"
fi

# Runs a server tool as the server user, from a directory it can enter.
as_server() {
  if [[ -n "$run_as" ]]; then
    (cd "$tmp" && runuser -u "$run_as" -- "$@")
  else
    (cd "$tmp" && "$@")
  fi
}

# Hex from /dev/urandom: no character needs escaping in SQL literals or pgpass lines.
random_password() {
  od -An -tx1 -N24 /dev/urandom | tr -d ' \n'
}

superuser=postgres
owner=paydesk_owner
staff=(alice bob carol dave erin)
declare -A password=()
for role in "$superuser" "$owner" "${staff[@]}"; do
  password[$role]=$(random_password)
done

# initdb reads the superuser password from a file, deleted right after.
pwfile="$tmp/pwfile"
(umask 077 && printf '%s\n' "${password[$superuser]}" >"$pwfile")
[[ -n "$run_as" ]] && chown "$run_as:" "$pwfile"
initdb_ok=""
for locale in C.UTF-8 C; do
  if as_server "$pg_bin/initdb" -D "$data" -U "$superuser" --pwfile="$pwfile" -E UTF8 \
       --locale="$locale" --auth-host=scram-sha-256 --auth-local=trust --no-sync \
       --no-instructions >"$tmp/initdb.log" 2>&1; then
    initdb_ok=1
    break
  fi
  as_server find "$data" -mindepth 1 -delete 2>/dev/null || true
done
rm -f "$pwfile"
if [[ -z "$initdb_ok" ]]; then
  echo "with-postgres: initdb failed:" >&2
  tail -n 30 "$tmp/initdb.log" >&2 || true
  exit 1
fi

# The helper the tests use to kill and restart the server; the wrapper uses it too. The cluster's
# options live in its configuration (below), so every start uses the same ones.
export PAYDESK_TEST_PG_CLUSTER="$tmp"
pgctl="$(cd "$(dirname "$0")" && pwd)/pgctl.sh"

# Something accepts connections on the port (a clash that slips past this is retried below).
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

started=""
echo "include 'paydesk.conf'" | as_server tee -a "$data/postgresql.conf" >/dev/null
for _ in $(seq 1 10); do
  port=$((20000 + RANDOM % 40001))
  port_in_use "$port" && continue
  as_server tee "$data/paydesk.conf" >/dev/null <<EOF
# Written by scripts/with-postgres.sh.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$socket'
max_connections = 200
shared_buffers = 128MB
EOF
  if "$pgctl" start 2>"$private/start.err"; then
    started=1
    break
  fi
  # Someone else took the port between the check and the bind: try another one.
  grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets' "$log" \
    2>/dev/null || break
done
if [[ -z "$started" ]]; then
  echo "with-postgres: PostgreSQL failed to start; end of its log:" >&2
  cat "$private/start.err" >&2 2>/dev/null || true
  tail -n 30 "$log" >&2 || true
  exit 1
fi

# Roles and database, over the unix socket as the superuser. The SQL goes through stdin, so no
# password appears on a command line; the server stores only SCRAM verifiers.
{
  echo "CREATE ROLE $owner LOGIN CREATEDB CREATEROLE PASSWORD '${password[$owner]}';"
  echo "CREATE DATABASE paydesk OWNER $owner;"
  for role in "${staff[@]}"; do
    echo "CREATE ROLE $role LOGIN PASSWORD '${password[$role]}';"
  done
} | as_server "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$socket" -p "$port" -U "$superuser" \
      -d postgres >/dev/null

pgpass="$private/pgpass"
(
  umask 077
  for role in "$superuser" "$owner" "${staff[@]}"; do
    printf '127.0.0.1:%s:*:%s:%s\n' "$port" "$role" "${password[$role]}"
  done >"$pgpass"
)
chmod 600 "$pgpass"
unset password

export PGPASSFILE="$pgpass"
export PAYDESK_TEST_PG_HOST=127.0.0.1
export PAYDESK_TEST_PG_PORT="$port"
export PAYDESK_TEST_PG_OWNER_URL="postgresql://$owner@127.0.0.1:$port/paydesk"
export PAYDESK_TEST_PG_SUPERUSER="$superuser"
export PAYDESK_TEST_PG_STAFF="${staff[*]}"
export PAYDESK_TEST_PG_DATA="$data"
export PAYDESK_TEST_PG_BIN="$pg_bin"
export PAYDESK_TEST_PG_SOCKET="$socket"
export PAYDESK_TEST_PG_CTL="$pgctl"

echo "with-postgres: PostgreSQL 15 on 127.0.0.1:$port (data in $data)" >&2

# Not exec: the EXIT trap must stop the server. Under set -e the script ends with the command's
# exit status either way.
"$@"
