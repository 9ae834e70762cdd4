#!/usr/bin/env bash
# Checks that everything PayDesk's build, tests and scripts use on this machine comes from a
# package that a brand-new Debian 12 gets from scripts/deps.sh: one it installs, one those depend
# on, or the base system (debootstrap's minbase: the archive's Priority: required packages and
# apt). A development machine carries packages a fresh one lacks; this finds the use of one
# before a newcomer's build does.
#
# What is checked, per build folder (configured scratch folders when none is given):
#   - every library a link line names (-lNAME and absolute paths) and every library, start file
#     and runtime the compiler driver adds to the link (asked with -###: sanitizer and fuzzer
#     runtimes included);
#   - every program and file a build command names by absolute path (compilers, Qt's tools,
#     find_program results handed to the tests);
#   - every pkg-config module CMake found (its .pc file and those it requires) and every CMake
#     package configuration it loaded;
#   - once built, every header the compiler read (ninja's dependency log);
# and, for the repository:
#   - every program the scripts call (scripts/lib/script-commands.pl lists them), found on PATH;
#   - no test or program starts another program by bare name: those go through find_program(),
#     so they show up above;
#   - with --loaded DIR: every shared object in the LD_DEBUG=files logs DIR/ld.* (what the
#     programs loaded at run time: Qt plugins, drivers, libsecret), but the NSS and PAM modules
#     the machine's own configuration names.
# Each failure names the file, what uses it, the package it comes from and the line to add.
#
# Usage: scripts/check-deps.sh [--deps SCRIPT] [--loaded DIR] [--verbose] [BUILD_DIR...]
#   --deps SCRIPT  judge this copy of deps.sh instead (its --list prints the packages)
#   --verbose      also list every file used, with its package and its first use
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

deps=scripts/deps.sh
loaded=""
verbose=0
build_dirs=()
while (($# > 0)); do
  case "$1" in
    --deps) deps=${2:?--deps needs a script}; shift 2 ;;
    --loaded) loaded=${2:?--loaded needs a folder}; shift 2 ;;
    --verbose) verbose=1; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "check-deps: unknown option $1" >&2; exit 2 ;;
    *) build_dirs+=("$1"); shift ;;
  esac
done

for tool in dpkg-query apt-get apt-cache ninja cmake perl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check-deps: needs $tool (Debian's dpkg and apt; run scripts/deps.sh first)" >&2
    exit 2
  fi
done

tmp=$(mktemp -d /tmp/paydesk-check-deps.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# --- What a fresh Debian 12 has after scripts/deps.sh ------------------------------------------
# apt resolves the install as it would on a machine with nothing installed (an empty status
# file): the base system and deps.sh's packages, recommends off as deps.sh has them. The result
# is the exact package set of a fresh minbase plus what deps.sh pulls in.
mapfile -t declared < <("$deps" --list)
if ((${#declared[@]} == 0)); then
  echo "check-deps: $deps --list printed no packages" >&2
  exit 2
fi
mapfile -t required < <(apt-cache dumpavail |
  awk '/^Package:/ { p = $2 } /^Priority: required/ { print p }' | sort -u)
if ((${#required[@]} == 0)); then
  echo "check-deps: apt knows no packages; run apt-get update (scripts/deps.sh does when it installs)" >&2
  exit 2
fi
: >"$tmp/empty-status"
# usr-is-merged: the alternative debootstrap picks for Debian 12's merged /usr.
if ! apt-get -s -q -o Dir::State::status="$tmp/empty-status" -o Debug::NoLocking=1 \
     -o APT::Install-Recommends=false -o APT::Install-Suggests=false \
     install "${required[@]}" apt usr-is-merged "${declared[@]}" >"$tmp/simulation" 2>&1; then
  echo "check-deps: apt cannot install what $deps names on a fresh Debian 12:" >&2
  grep -E '^(E:|  )' "$tmp/simulation" >&2 || tail -n 20 "$tmp/simulation" >&2
  exit 1
fi
awk '/^Inst / { print $2 }' "$tmp/simulation" | sed 's/:.*//' | sort -u >"$tmp/fresh"
fresh_count=$(wc -l <"$tmp/fresh")

# --- What is used -------------------------------------------------------------------------------
# $tmp/uses: one line per use, PATH<TAB>WHAT USES IT. $tmp/failures: one line per problem.
: >"$tmp/uses"
: >"$tmp/failures"
use() { printf '%s\t%s\n' "$1" "$2" >>"$tmp/uses"; }

# Absolute paths under the system's folders, from text on stdin.
system_paths() {
  grep -oE '(^|[[:space:]"=:])/(usr|bin|sbin|lib|lib64|opt|etc)/[^[:space:]"'\'';:,]*' |
    sed -E 's/^[[:space:]"=:]//; s/\\+$//' | sort -u
}

if ((${#build_dirs[@]} == 0)); then
  # The test command's configurations, in scratch folders; configuring is enough.
  for name in test sanitize fuzz; do
    scripts/configure.sh "$name" "build/check-deps/$name"
    build_dirs+=("build/check-deps/$name")
  done
fi

# The libraries, start files and runtimes of one link: the driver prints the linker's command
# with -###; -L folders and -l names are resolved as the linker resolves them.
link_inputs() {
  local dir=$1 command=$2 label=$3
  local line
  line=$(cd "$dir" && eval "$command -###" 2>&1 | grep -E '^ "?[^ ]*(collect2|ld)(\.[a-z]+)?"? ' | tail -n 1) || true
  if [[ -z $line ]]; then
    echo "could not read the link of $label (its driver printed no linker line)" >>"$tmp/failures"
    return
  fi
  eval "local -a args=($line)"
  local -a search=()
  local arg static=0 name dir_entry found
  for arg in "${args[@]}"; do
    case "$arg" in
      -L*) search+=("${arg#-L}") ;;
    esac
  done
  for arg in "${args[@]:1}"; do
    case "$arg" in
      -Bstatic | -static | -dn | -non_shared) static=1 ;;
      -Bdynamic | -dy | -call_shared) static=0 ;;
      -l*)
        name=${arg#-l}
        found=""
        for dir_entry in "${search[@]}"; do
          if [[ $name == :* ]]; then
            [[ -e $dir_entry/${name#:} ]] && found=$dir_entry/${name#:}
          elif ((static == 0)) && [[ -e $dir_entry/lib$name.so ]]; then
            found=$dir_entry/lib$name.so
          elif [[ -e $dir_entry/lib$name.a ]]; then
            found=$dir_entry/lib$name.a
          fi
          [[ -n $found ]] && break
        done
        if [[ -n $found ]]; then
          use "$(realpath -s "$found")" "$label as $arg"
        else
          echo "the linker finds no library for $arg ($label): install the package that has lib$name.so and add it to $deps" >>"$tmp/failures"
        fi
        ;;
      /*) if [[ -f $arg ]]; then use "$(realpath -s "$arg")" "$label"; fi ;;
    esac
  done
}

for dir in "${build_dirs[@]}"; do
  if [[ ! -f $dir/build.ninja || ! -f $dir/CMakeCache.txt ]]; then
    echo "check-deps: $dir is not a configured Ninja build folder" >&2
    exit 2
  fi
  ninja -C "$dir" -t commands >"$tmp/commands"

  # Programs and files named in build commands (compilers, Qt's tools, paths given to tests).
  system_paths <"$tmp/commands" | while IFS= read -r path; do
    if [[ -f $path ]]; then use "$path" "$dir: named in a build command"; fi
  done
  # The same in what CMake's Automoc reads (moc and the compiler it asks for predefined macros).
  find "$dir" -name AutogenInfo.json -exec cat {} + 2>/dev/null | system_paths | while IFS= read -r path; do
    if [[ -f $path ]]; then use "$path" "$dir: Automoc"; fi
  done

  # Links: every command that runs the C++ compiler without -c. Links that share their flags
  # and libraries need asking once.
  compiler=$(sed -n 's/^CMAKE_CXX_COMPILER:FILEPATH=//p' "$dir/CMakeCache.txt")
  declare -A asked=()
  while IFS= read -r command; do
    # ": && c++ ... -o OUT ... && :": the part that runs the compiler.
    link=$(sed -E 's/^: && //; s/ && :$//' <<<"$command")
    [[ $link == "$compiler "* && $link != *" -c "* ]] || continue
    output=$(sed -E 's/.* -o ([^ ]+).*/\1/' <<<"$link")
    key=$(sed -E 's/ [^ ]+\.o\b//g; s/ -o [^ ]+//' <<<"$link")
    [[ -n ${asked[$key]:-} ]] && continue
    asked[$key]=1
    link_inputs "$dir" "$link" "$dir: linked into $output"
  done < <(grep -E '^: && ' "$tmp/commands")
  unset asked

  # pkg-config modules CMake found, with the modules they require.
  sed -n 's/^\([A-Za-z0-9_]*\)_MODULE_NAME:INTERNAL=\(.\+\)$/\1 \2/p' "$dir/CMakeCache.txt" |
    while read -r prefix module; do
      grep -q "^${prefix}_FOUND:INTERNAL=1$" "$dir/CMakeCache.txt" || continue
      for each in $module $(pkg-config --print-requires --print-requires-private "$module" 2>/dev/null |
        awk '{ print $1 }'); do
        pc=$(pkg-config --path "$each" 2>/dev/null) || {
          echo "pkg-config module $each ($dir) has no .pc file on this machine" >>"$tmp/failures"
          continue
        }
        use "$pc" "$dir: pkg-config module $each"
      done
    done
  # CMake package configurations CMake loaded (Qt6, Qt6Keychain, ...).
  sed -n 's/^\([A-Za-z0-9_]*\)_DIR:PATH=\(\/.*\)$/\1 \2/p' "$dir/CMakeCache.txt" |
    while read -r package folder; do
      lower=$(tr '[:upper:]' '[:lower:]' <<<"$package")
      for config in "$folder/${package}Config.cmake" "$folder/$lower-config.cmake"; do
        if [[ -f $config ]]; then use "$config" "$dir: find_package($package)"; fi
      done
    done

  # Headers, once the folder has been built.
  if [[ -f $dir/.ninja_deps ]]; then
    ninja -C "$dir" -t deps | awk '/^    \// { print $1 }' | sort -u | grep -E '^/(usr|opt)/' |
      while IFS= read -r header; do use "$header" "$dir: a header the compiler read"; done || true
  fi
done

# Programs the scripts call.
mapfile -t scripts < <(find scripts .ci tests packaging -type f \( -name '*.sh' -o -path .ci/run \) | sort)
builtins=" $(compgen -b | tr '\n' ' ') $(compgen -k | tr '\n' ' ') "
perl scripts/lib/script-commands.pl "${scripts[@]}" | while IFS=$'\t' read -r where program; do
  if [[ $builtins == *" $program "* ]]; then continue; fi
  if [[ $program == /* ]]; then
    if [[ -d $program ]]; then continue; fi
    if [[ -e $program ]]; then use "$program" "$where"; else
      echo "$where uses $program, which does not exist here" >>"$tmp/failures"
    fi
  elif path=$(type -P "$program"); then
    use "$path" "$where calls $program"
  else
    echo "$where calls $program, which is not on PATH: add the package that has it to $deps" >>"$tmp/failures"
  fi
done

# Programs started by bare name from C++ escape the checks above.
grep -rnE '(start|startDetached|execute|setProgram)\((QStringLiteral|QString::fromLatin1|QLatin1String)?\(?"[^/"]+"' \
  app ui tests --include='*.cpp' --include='*.h' | while IFS= read -r hit; do
  echo "${hit%%:*}:$(cut -d: -f2 <<<"$hit") starts a program by bare name; find it with find_program() in CMake and pass its path, so this check sees it" >>"$tmp/failures"
done || true

# What programs loaded at run time (LD_DEBUG=files LD_DEBUG_OUTPUT=DIR/ld).
if [[ -n $loaded ]]; then
  # "calling init: PATH" for each object set up (libraries and plugins), "file=PATH" for one
  # opened by path, "initialize program: PATH" for a program started by path.
  cat "$loaded"/ld.* 2>/dev/null |
    sed -nE 's/^ *[0-9]+:[[:space:]]*(calling init: |file=|initialize program: )(\/[^ ]*).*/\2/p' | sort -u |
    grep -vE "^($repo|/tmp)/" | while IFS= read -r object; do
      # The loader names variants it only tries (libqxcb.so.avx2). NSS and PAM modules follow
      # the machine's /etc/nsswitch.conf and /etc/pam.d (runuser reads them), not anything
      # PayDesk asks for.
      [[ -f $object ]] || continue
      [[ $object == */libnss_* || $object == */security/pam_* ]] && continue
      use "$object" "loaded at run time"
    done || true
fi

# --- Which package each used file comes from -----------------------------------------------------
# dpkg knows files by the path its package shipped: on Debian 12's merged /usr that may be the
# /lib or /bin spelling, and update-alternatives' links belong to no package, so a path dpkg does
# not know is tried in its other spelling, then through its symbolic link, one step at a time.
cut -f1 "$tmp/uses" | grep -vE "^$repo/" | sort -u >"$tmp/paths" || true
: >"$tmp/owners" # PATH<TAB>PACKAGE (the path as used)
cp "$tmp/paths" "$tmp/pending"
for _ in 1 2 3 4 5 6 7 8; do
  [[ -s $tmp/pending ]] || break
  # For each pending path (as used): the spellings to ask dpkg about.
  : >"$tmp/asked"
  while IFS=$'\t' read -r original current; do
    current=${current:-$original}
    other=$current
    case "$current" in
      /usr/bin/* | /usr/sbin/* | /usr/lib/* | /usr/lib64/*) other=${current#/usr} ;;
      /bin/* | /sbin/* | /lib/* | /lib64/*) other=/usr$current ;;
    esac
    printf '%s\t%s\n%s\t%s\n' "$original" "$current" "$original" "$other" >>"$tmp/asked"
  done < <(awk -F'\t' '{ print $1 "\t" ($2 == "" ? $1 : $2) }' "$tmp/pending")
  cut -f2 "$tmp/asked" | sort -u | xargs -r dpkg-query -S 2>/dev/null |
    grep -v '^diversion by' | awk -F': ' '{ print $2 "\t" $1 }' >"$tmp/dpkg" || true
  # Join: original<TAB>package for every asked spelling dpkg knew.
  awk -F'\t' 'NR == FNR { owner[$1] = $2; next } ($2 in owner) { print $1 "\t" owner[$2] }' \
    "$tmp/dpkg" "$tmp/asked" | sort -u >>"$tmp/owners"
  # Still unknown: follow one symbolic link.
  : >"$tmp/next"
  awk -F'\t' 'NR == FNR { known[$1] = 1; next } !($1 in known) { print $1 "\t" ($2 == "" ? $1 : $2) }' \
    "$tmp/owners" "$tmp/pending" |
    while IFS=$'\t' read -r original current; do
      if [[ -L $current ]]; then
        target=$(readlink "$current")
        [[ $target == /* ]] || target=$(dirname "$current")/$target
        printf '%s\t%s\n' "$original" "$(realpath -sm "$target")" >>"$tmp/next"
      else
        printf '%s\n' "$original" >>"$tmp/unowned"
      fi
    done
  mv "$tmp/next" "$tmp/pending"
done
touch "$tmp/unowned"

# --- Judgement ------------------------------------------------------------------------------------
# A use is fine when any package that owns the file is in the fresh set.
awk -F'\t' '
  FILENAME == ARGV[1] { fresh[$1] = 1; next }
  FILENAME == ARGV[2] { n = split($2, pkgs, /, */); for (i = 1; i <= n; i++) { sub(/:.*/, "", pkgs[i]);
                          owners[$1] = owners[$1] (owners[$1] == "" ? "" : " ") pkgs[i];
                          if (pkgs[i] in fresh) ok[$1] = 1 } next }
  FILENAME == ARGV[3] { unowned[$1] = 1; next }
  {
    if ($1 in ok) next
    if ($1 in owners) { split(owners[$1], p, " "); print "missing\t" p[1] "\t" $1 "\t" $2 }
    else if ($1 in unowned) print "unowned\t-\t" $1 "\t" $2
  }' "$tmp/fresh" "$tmp/owners" "$tmp/unowned" "$tmp/uses" | sort -u >"$tmp/verdicts"

if ((verbose)); then
  awk -F'\t' 'NR == FNR { owner[$1] = owner[$1] (owner[$1] == "" ? "" : ",") $2; next }
               !seen[$1]++ { printf "%-80s %-28s %s\n", $1, ($1 in owner ? owner[$1] : "-"), $2 }' \
    "$tmp/owners" "$tmp/uses" | sort
fi

status=0
if [[ -s $tmp/verdicts ]]; then
  status=1
  # One block per package, each file with its first use.
  cut -f2 "$tmp/verdicts" | grep -v '^-$' | sort -u | while IFS= read -r package; do
    echo "check-deps: a fresh Debian 12 lacks $package: $deps does not install it, nor anything that needs it. It has:"
    awk -F'\t' -v p="$package" '$1 == "missing" && $2 == p && !seen[$3]++ { print "  " $3 "   (" $4 ")" }' \
      "$tmp/verdicts" | head -n 5
    echo "  Fix: add this to the packages in $deps:  $package"
  done >&2
  awk -F'\t' '$1 == "unowned" && !seen[$3]++ { print "check-deps: " $3 " (" $4 ") belongs to no Debian package: a build must use packaged files only" }' \
    "$tmp/verdicts" >&2
fi
if [[ -s $tmp/failures ]]; then
  status=1
  sort -u "$tmp/failures" | sed 's/^/check-deps: /' >&2
fi
if ((status == 0)); then
  echo "check-deps: $(wc -l <"$tmp/paths") files and programs used by ${#build_dirs[@]} build folder(s) and the scripts all come from the $fresh_count packages a fresh Debian 12 has after $deps"
fi
exit "$status"
