#!/usr/bin/env bash
# Installs what PayDesk needs to build, run and test, if it is missing (Debian 12; as root or
# through sudo). On other systems it prints what to install and stops.
set -euo pipefail

packages=(
  qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libsecret-1-0
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libssl-dev libxlsxwriter-dev libsqlite3-dev pkg-config cmake ninja-build g++
  xvfb xauth gnome-keyring dbus dbus-x11 libsecret-tools imagemagick xdotool fonts-dejavu-core clang-format unzip postgresql
  clang libfuzzer-14-dev
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  cat >&2 <<'MSG'
scripts/deps.sh installs packages on Debian and Ubuntu only. Elsewhere install:
  Qt 6.4+ (Core, Gui, Widgets, Network, Sql with the SQLite driver, Test), QtKeychain for Qt 6,
  libsecret, OpenSSL 3, libxlsxwriter 1.1+, SQLite 3.35+ (headers), pkg-config, CMake 3.25+, Ninja, a C++20 compiler,
  Qt's PostgreSQL driver (QPSQL) for a team database,
  and for the tests Xvfb, gnome-keyring, dbus (dbus-run-session), ImageMagick, xdotool,
  unzip, clang-format 14, clang 14 with libFuzzer and PostgreSQL 15 (server binaries; scripts/with-postgres.sh starts a
  private one on loopback).
MSG
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing: ${missing[*]}" >&2
sudo=()
if ((EUID != 0)); then
  command -v sudo >/dev/null 2>&1 || { echo "Run as root or install sudo." >&2; exit 1; }
  sudo=(sudo)
fi
"${sudo[@]}" apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
