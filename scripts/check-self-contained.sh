#!/usr/bin/env bash
# Builds the self-contained module (TRANSCRIPT_SELF_CONTAINED=ON: RE2 and the C++ runtime
# linked in) and checks that the one file works on its own:
#     scripts/check-self-contained.sh [BUILD_DIR [REFERENCE_MODULE]]   (default: build-sc build/transcript)
# - `ldd` lists no libre2, libstdc++ nor libgcc_s, and the module exports its entry point only;
# - copied alone into an empty directory, it loads in the sqlite3 shell started with an empty
#   environment (LD_LIBRARY_PATH empty) and reads the example transcripts into the same rows
#   as REFERENCE_MODULE (the normal build), when that exists.
# The RE2 source comes from scripts/fetch-re2-source.sh, kept in build-deps/ between runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build-sc}
reference=${2:-build/transcript}
die() { echo "check-self-contained: FAILED: $*" >&2; exit 1; }

scripts/fetch-re2-source.sh build-deps
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DTRANSCRIPT_TESTS=OFF \
  -DTRANSCRIPT_SELF_CONTAINED=ON -DTRANSCRIPT_RE2_SOURCE_DIR="$PWD/build-deps/re2" > /dev/null
cmake --build "$build" -j"${CI_JOBS:-2}" --target transcript

echo "ldd $build/transcript.so:"
# (Not `tee /dev/stderr`: where stderr is a file, tee reopens it and truncates the log.)
deps=$(ldd "$build/transcript.so")
printf '%s\n' "$deps"
grep -E 'libre2|libstdc\+\+|libgcc_s' <<<"$deps" && die "it still needs the libraries above"
exports=$(nm -D --defined-only "$build/transcript.so" | awk '{print $3}')
[ "$exports" = sqlite3_transcript_init ] || die "exports more than the entry point: $exports"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$build/transcript.so" "$work/"
query="SELECT f, count(*), sum(words), group_concat(DISTINCT speaker)
       FROM (SELECT 'npr' AS f UNION ALL SELECT 'cnn' UNION ALL SELECT 'debate') AS files,
            (SELECT 'npr' AS n, 'npr_ferry_strike.txt' AS p UNION ALL SELECT 'cnn', 'cnn_ferry_segment.txt'
             UNION ALL SELECT 'debate', 'debate_governor.txt') AS paths,
            transcript_turns(CAST(readfile('$PWD/examples/' || p) AS TEXT)) AS t
       WHERE n = f GROUP BY f ORDER BY f"
got=$(cd "$work" && env -i PATH=/usr/bin:/bin LD_LIBRARY_PATH= sqlite3 :memory: -cmd ".load $work/transcript" "$query") ||
  die "the copied module does not load with an empty environment"
printf '%s\n' "$got"
[ -n "$got" ] || die "no rows"
if [ -f "$reference.so" ]; then
  want=$(sqlite3 :memory: -cmd ".load $PWD/$reference" "$query")
  [ "$got" = "$want" ] || die "rows differ from $reference:"$'\n'"$want"
  echo "same rows as $reference"
fi
echo "check-self-contained: 1 passed, 0 failed ($(du -k "$build/transcript.so" | cut -f1) KB, needs only: $(ldd "$build/transcript.so" | awk '/=>/{print $1}' | tr '\n' ' '))"
