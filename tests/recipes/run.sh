#!/usr/bin/env bash
# Runs the sql/ recipes in real databases with the sqlite3 shell, as a user would: each
# tests/recipes/<case>.sql is fed to `sqlite3` (in a fresh temporary directory, where it makes
# its databases) with @MODULE@ replaced by the module's path and @SRC@ by the repository's;
# its output (stderr too) must equal <case>.out.
#     tests/recipes/run.sh build/transcript
#     TRANSCRIPT_UPDATE_GOLDEN=1 tests/recipes/run.sh build/transcript   # rewrite the .out files
# Exit 77 (CTest: skipped) without a sqlite3 shell.
set -euo pipefail
module=$(realpath -m "${1:?usage: tests/recipes/run.sh MODULE}")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
if ! command -v sqlite3 >/dev/null; then
  echo "recipes: SKIPPED: no sqlite3 shell (Debian: apt-get install sqlite3)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail=0 n=0
for case in "$here"/*.sql; do
  name=$(basename "$case" .sql)
  mkdir "$work/$name"
  sed -e "s#@MODULE@#$module#g" -e "s#@SRC@#$src#g" "$case" > "$work/$name.sql"
  (cd "$work/$name" && sqlite3 < "$work/$name.sql" > "$work/$name.actual" 2>&1) || true
  n=$((n + 1))
  if [ -n "${TRANSCRIPT_UPDATE_GOLDEN:-}" ]; then
    cp "$work/$name.actual" "$here/$name.out"
    echo "recipes: wrote tests/recipes/$name.out (read it before committing)"
  elif ! diff -u "$here/$name.out" "$work/$name.actual"; then
    echo "recipes: $name: the output differs from tests/recipes/$name.out (above)"
    fail=$((fail + 1))
  fi
done
echo "recipes: $((n - fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
