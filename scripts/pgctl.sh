#!/usr/bin/env bash
# Controls the throw-away PostgreSQL cluster that scripts/with-postgres.sh made: the tests use it
# to kill and restart the server under a running desk, and the wrapper to start and stop it.
# The cluster folder (data/, server.log) comes from PAYDESK_TEST_PG_CLUSTER; as root, the server
# runs as the folder's owner (the server refuses to run as root).
# Usage: scripts/pgctl.sh stop|kill|start|restart|status
set -euo pipefail

pg_bin=/usr/lib/postgresql/15/bin
dir=${PAYDESK_TEST_PG_CLUSTER:?scripts/with-postgres.sh sets PAYDESK_TEST_PG_CLUSTER}
data=$dir/data
log=$dir/server.log

pg_ctl() {
  cd "$dir"
  if ((EUID == 0)); then
    runuser -u "$(stat -c %U "$dir")" -- "$pg_bin/pg_ctl" "$@"
  else
    "$pg_bin/pg_ctl" "$@"
  fi
}

case "${1:-}" in
  stop) pg_ctl -D "$data" -s -w -t 60 -m fast stop ;;
  kill) pg_ctl -D "$data" -s -w -t 60 -m immediate stop ;;
  start) pg_ctl -D "$data" -s -w -t 60 -l "$log" start ;;
  restart) pg_ctl -D "$data" -s -w -t 60 -l "$log" -m fast restart ;;
  status) pg_ctl -D "$data" status >/dev/null ;;
  *)
    echo "usage: $0 stop|kill|start|restart|status" >&2
    exit 2
    ;;
esac
