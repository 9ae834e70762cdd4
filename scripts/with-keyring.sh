#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked, throw-away GNOME Keyring, so
# QtKeychain reaches a real Secret Service without touching the user's own keyring.
# Usage: scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [[ -z "${PAYDESK_IN_PRIVATE_BUS:-}" ]]; then
  export PAYDESK_IN_PRIVATE_BUS=1
  exec dbus-run-session -- "$0" "$@"
fi

tmp=$(mktemp -d /tmp/paydesk-keyring.XXXXXX)
keyring_pid=""
cleanup() {
  [[ -n "$keyring_pid" ]] && kill "$keyring_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
# Make libsecret (not KWallet) the backend QtKeychain picks.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION

# A random password: the keyring lives only as long as this run. printf, not echo: a newline
# would become part of the password.
password=$(head -c 18 /dev/urandom | base64)
eval "$(printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets)"
keyring_pid="${GNOME_KEYRING_PID:-}"

for _ in $(seq 1 50); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.1
done

"$@"
