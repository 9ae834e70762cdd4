#!/usr/bin/env bash
# Checks the direction of includes between the floors of ARCHITECTURE.md: a file may include
# headers of its own floor and of the floors below it, never of a floor above. ui/ sits on top of
# app/ and nothing in app/ includes it. Exits 1 and names each offending line.
set -euo pipefail
cd "$(dirname "$0")/.."

# Floor of each app/ folder: the ground knows nothing of payouts; the front ends are on top.
declare -A floor=(
  [money]=0 [address]=0 [cregis]=0 [secrets]=0 [config]=0 [demo]=0
  [payout]=1
  [store]=2
  [workflow]=3 [csv]=3
  [words]=4 [desk]=4 [exchange]=4
  [cli]=5
  [ui]=6
)

failures=0
while IFS= read -r -d '' file; do
  dir=${file#*/}
  top=${file%%/*}
  if [[ $top == ui ]]; then
    own=ui
  else
    own=${dir%%/*}
  fi
  own_floor=${floor[$own]:-}
  if [[ -z $own_floor ]]; then
    echo "check-includes: $file is in no known floor" >&2
    failures=$((failures + 1))
    continue
  fi
  while IFS= read -r line; do
    number=${line%%:*}
    target=$(sed -E 's/.*#include "([^/"]+)\/.*/\1/' <<<"${line#*:}")
    target_floor=${floor[$target]:-}
    [[ -z $target_floor ]] && continue # a header of the same folder, or a test support header
    if ((target_floor > own_floor)); then
      echo "$file:$number: $own (floor $own_floor) includes $target (floor $target_floor)" >&2
      failures=$((failures + 1))
    fi
  done < <(grep -nE '^[[:space:]]*#include "[^/"]+/' "$file" || true)
done < <(find app ui \( -name '*.h' -o -name '*.cpp' \) -print0 | sort -z)

if ((failures > 0)); then
  echo "check-includes: $failures include(s) point upwards" >&2
  exit 1
fi
echo "check-includes: every include points to its own floor or one below"
