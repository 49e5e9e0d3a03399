#!/usr/bin/env bash
# Runs examples/python/turns.py or examples/node/turns.js with the built module, on an example
# transcript, and checks what it prints against the same query run by the sqlite3 shell.
#     tests/examples/run.sh python|node MODULE
# Exit 77 (CTest: skipped), with the reason, when the language or its SQLite binding is absent:
# - python: no interpreter whose sqlite3 module can load extensions (pyenv's cannot unless
#   built with PYTHON_CONFIGURE_OPTS="--enable-loadable-sqlite-extensions"; Debian's
#   /usr/bin/python3 can). Set PYTHON to choose one. An interpreter that cannot must make the
#   script say so clearly; that is checked too.
# - node: no `node`, or no better-sqlite3 (cd examples/node && npm install; .ci/run does it).
set -euo pipefail
lang=${1:?usage: tests/examples/run.sh python|node MODULE}
module=$(realpath -m "${2:?usage: tests/examples/run.sh python|node MODULE}")
module=${module%.so}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
transcript=$src/examples/debate_governor.txt
skip() { echo "examples ($lang): SKIPPED: $*"; exit 77; }
fail() { echo "examples ($lang): FAILED: $*"; exit 1; }
command -v sqlite3 >/dev/null || skip "no sqlite3 shell to compute the expected output"

case $lang in
  python)
    run=()
    for py in ${PYTHON:-} python3 /usr/bin/python3; do
      command -v "$py" >/dev/null || continue
      if "$py" -c 'import sqlite3, sys; sys.exit(not hasattr(sqlite3.connect(":memory:"), "enable_load_extension"))'; then
        [ ${#run[@]} -gt 0 ] || run=("$py" "$src/examples/python/turns.py")
      else
        # A Python without extension loading: the script must stop with the ways out.
        if out=$(SQLITE_TRANSCRIPT_MODULE=$module "$py" "$src/examples/python/turns.py" 2>&1); then
          fail "$py cannot load extensions, yet turns.py succeeded"
        fi
        grep -qF 'PYTHON_CONFIGURE_OPTS="--enable-loadable-sqlite-extensions"' <<<"$out" ||
          fail "$py: turns.py did not explain the missing extension loading: $out"
        echo "examples (python): $py cannot load extensions; turns.py says so"
      fi
    done
    [ ${#run[@]} -gt 0 ] || skip "no Python whose sqlite3 module can load extensions (see README, Python)"
    ;;
  node)
    command -v node >/dev/null || skip "no node (Debian: apt-get install nodejs npm)"
    # better-sqlite3 from examples/node/node_modules (npm install there) or NODE_PATH.
    if ! (cd "$src/examples/node" && node -e "require('better-sqlite3')" 2>/dev/null); then
      skip "no better-sqlite3 for node $(node --version): cd examples/node && npm install"
    fi
    run=(node "$src/examples/node/turns.js")
    ;;
  *) fail "unknown language $lang" ;;
esac

actual=$(cd "$src/examples/${lang}" && SQLITE_TRANSCRIPT_MODULE=$module "${run[@]}" "$transcript")
printf '%s\n' "$actual"
expected=$(sqlite3 :memory: -cmd ".load $module" "
  SELECT speaker || ': ' || count(*) || ' turn' || iif(count(*) = 1, '', 's') || ', ' || sum(words) || ' words'
  FROM transcript_turns(CAST(readfile('$transcript') AS TEXT)) WHERE kind = 'speech'
  GROUP BY speaker_key, speaker ORDER BY sum(words) DESC, speaker")
version=$(sqlite3 :memory: -cmd ".load $module" "SELECT transcript_version()")
[ -n "$expected" ] || fail "the sqlite3 shell found no speech in $transcript"
grep -q "^sqlite-transcript $version, SQLite " <<<"$actual" || fail "no version line"
[ "$(sed -n '2,/^last words by:/p' <<<"$actual" | sed '$d')" = "$expected" ] ||
  fail "the speakers differ from the sqlite3 shell's:"$'\n'"$expected"
last=$(sed -n 's/^last words by: //p' <<<"$actual")
[ -n "$last" ] && [ "$last" != None ] && [ "$last" != null ] || fail "no speaker for the last words"
echo "examples ($lang): 1 passed, 0 failed"
