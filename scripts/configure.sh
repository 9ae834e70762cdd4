#!/usr/bin/env bash
# Configures one of PayDesk's named build configurations with CMake and Ninja, in build/NAME
# unless a folder is given. The commands and checks all configure through here, so a flag is
# written once.
#   app       Release, the programs only (scripts/run.sh, scripts/screenshot.sh)
#   test      RelWithDebInfo with every test suite
#   sanitize  Debug with every test suite, AddressSanitizer and UndefinedBehaviorSanitizer
#   fuzz      clang, the libFuzzer targets (scripts/fuzz.sh)
# Usage: scripts/configure.sh NAME [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

name=${1:?usage: scripts/configure.sh app|test|sanitize|fuzz [BUILD_DIR]}
dir=${2:-build/$name}
case "$name" in
  app) flags=(-DCMAKE_BUILD_TYPE=Release -DPAYDESK_BUILD_TESTS=OFF) ;;
  test) flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DPAYDESK_BUILD_TESTS=ON) ;;
  sanitize) flags=(-DCMAKE_BUILD_TYPE=Debug -DPAYDESK_BUILD_TESTS=ON -DPAYDESK_SANITIZE=ON) ;;
  # Warnings as errors are the gcc builds' job; clang's own extra warnings do not stop the fuzzers.
  # The archiver is binutils' for every configuration (CMake would pick llvm-ar where the llvm
  # package happens to be installed).
  fuzz) flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DPAYDESK_FUZZ=ON -DPAYDESK_WERROR=OFF
    -DCMAKE_AR=/usr/bin/ar -DCMAKE_RANLIB=/usr/bin/ranlib) ;;
  *)
    echo "configure: no configuration '$name' (app, test, sanitize or fuzz)" >&2
    exit 2
    ;;
esac
if [[ $name == fuzz ]]; then
  export CC=clang CXX=clang++
fi
cmake -S . -B "$dir" -G Ninja "${flags[@]}" >/dev/null
