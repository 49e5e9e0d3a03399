#!/usr/bin/env bash
# Runs every libFuzzer target, one at a time in a single process (no -jobs), for a given time each, and prints the
# executions of each. Fails on the first crash, sanitizer report, invariant failure or timeout.
#
#   tests/fuzz/run.sh [BUILD_DIR] [SECONDS_PER_TARGET] [TARGET...]
#
# BUILD_DIR (default build-fuzz) must hold a fuzz build (see README.md); SECONDS_PER_TARGET
# defaults to 60. fuzz_layout runs once per parseable format (FUZZ_LAYOUT=list), each for the
# full time. Targets: fuzz_parse fuzz_layout fuzz_detect fuzz_entities fuzz_sql fuzz_scale (default: all).
# Corpora grow in BUILD_DIR/fuzz-corpus/<target>/ and are reused by later runs; they start from
# tests/fixtures/*/* cut into pieces of at most 16 KB, plus the files of the directories in
# FUZZ_SEEDS (colon-separated). Crashes land in BUILD_DIR/fuzz-artifacts/.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-build-fuzz}
seconds=${2:-60}
shift $(( $# > 2 ? 2 : $# )) || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_parse fuzz_layout fuzz_detect fuzz_entities fuzz_sql fuzz_scale)
bin=$build/tests/fuzz
work=$build/fuzz-corpus
artifacts=$build/fuzz-artifacts
mkdir -p "$work/seeds" "$artifacts"

# Seeds: fixtures (and FUZZ_SEEDS) cut at line boundaries into pieces of at most 16 KB.
if [ -z "$(ls -A "$work/seeds")" ]; then
  dirs=("$root"/tests/fixtures)
  IFS=: read -r -a extra <<<"${FUZZ_SEEDS:-}"
  for d in "${extra[@]}"; do [ -n "$d" ] && dirs+=("$d"); done
  find "${dirs[@]}" -type f | sort | while read -r f; do
    split -C 16k -d "$f" "$work/seeds/$(basename "$(dirname "$f")")_$(basename "$f")."
  done
fi

summary=()
run_one() {  # run_one LABEL BINARY CORPUS [env...] -- extra flags
  local label=$1 exe=$2 corpus=$3 log
  shift 3
  mkdir -p "$corpus"
  log=$artifacts/$label.log
  local max_len=65536 timeout=10
  case $label in
    fuzz_scale) max_len=4096 timeout=120 ;;
  esac
  # Inputs that once found a bug (tests/fuzz/regressions/<target>/) run first, every time.
  local regressions=()
  [ -d "$root/tests/fuzz/regressions/${label%%-*}" ] && regressions=("$root/tests/fuzz/regressions/${label%%-*}")
  echo "== $label: ${seconds}s"
  if ! env "$@" "$exe" -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb=2560 \
      -print_final_stats=1 -artifact_prefix="$artifacts/$label-" \
      -dict="$root/tests/fuzz/transcript.dict" "$corpus" "$work/seeds" "${regressions[@]}" >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz: $label FAILED (log: $log)" >&2
    exit 1
  fi
  local execs
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  summary+=("$(printf '%-28s %6ss %12s executions' "$label" "$seconds" "${execs:-?}")")
}

for t in "${targets[@]}"; do
  [ -x "$bin/$t" ] || { echo "fuzz: $bin/$t not built (cmake --build $build --target fuzz_all)" >&2; exit 1; }
  if [ "$t" = fuzz_layout ]; then
    for f in $(FUZZ_LAYOUT=list "$bin/$t"); do
      run_one "fuzz_layout-$f" "$bin/$t" "$work/fuzz_layout-$f" FUZZ_LAYOUT="$f"
    done
  else
    run_one "$t" "$bin/$t" "$work/$t"
  fi
done

echo
echo "== fuzz summary"
printf '%s\n' "${summary[@]}"
