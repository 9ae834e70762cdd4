#!/usr/bin/env bash
# Checks that every C++ source of the project is formatted as .clang-format says (the check CI
# runs; Debian 12's clang-format 14). `scripts/check-format.sh --fix` formats them in place.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -d '' files < <(find app ui tests \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
if [[ ${1:-} == --fix ]]; then
  clang-format -i "${files[@]}"
  exit 0
fi
if ! clang-format --dry-run -Werror "${files[@]}"; then
  echo "check-format: the files above are not formatted; run scripts/check-format.sh --fix" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted as .clang-format says"
