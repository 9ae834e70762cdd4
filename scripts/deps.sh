#!/usr/bin/env bash
# Installs what PayDesk needs to build, run and test, if it is missing (Debian 12; as root or
# through sudo). On other systems it prints what to install and stops. scripts/check-deps.sh
# proves the list whole: everything the build, the tests and the scripts use must come from these
# packages, from what they depend on, or from Debian's base system.
# Usage: scripts/deps.sh          install what is missing
#        scripts/deps.sh --list   print the packages, one a line
set -euo pipefail

# Grouped by what needs them; scripts/check-deps.sh names any file the build, the tests or the
# scripts use that none of these (nor Debian's base system) brings.
packages=(
  # Build: compiler, CMake, Qt and the libraries PayDesk links
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
  libssl-dev libsqlite3-dev libxlsxwriter-dev zlib1g-dev
  # Run: the SQL drivers and libsecret, which are loaded at run time, and a font
  libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0 fonts-dejavu-core
  # Tests: a Secret Service and a D-Bus session, an X server, PostgreSQL, export readers, screenshots
  gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth xdotool imagemagick postgresql unzip
  # Checks, fuzzers and benchmarks
  clang-format clang libfuzzer-14-dev libclang-rt-14-dev sqlite3 bc time
)

if [[ ${1:-} == --list ]]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  cat >&2 <<'MSG'
scripts/deps.sh installs packages on Debian and Ubuntu only. Elsewhere install:
  build: a C++20 compiler, CMake 3.25+, Ninja, pkg-config, Qt 6.4+ (Core, Gui, Widgets, Network,
    Sql, Test, DBus, LinguistTools), QtKeychain for Qt 6, OpenSSL 3, SQLite 3.35+, libxlsxwriter
    1.1+ and zlib (libxlsxwriter's pkg-config file links -lz), all with their headers;
  run: Qt's SQLite driver (and its PostgreSQL driver for a team database), libsecret, a font;
  tests: gnome-keyring, dbus (dbus-run-session), libsecret's secret-tool, Xvfb and xauth,
    xdotool, ImageMagick, PostgreSQL 15 (server binaries in /usr/lib/postgresql/15/bin;
    scripts/with-postgres.sh starts a private one on loopback), unzip;
  checks, fuzzers and benchmarks: clang-format 14, clang 14 with libFuzzer and its
    compiler-rt runtimes, the sqlite3 shell, bc and GNU time.
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
