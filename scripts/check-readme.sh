#!/usr/bin/env bash
# Checks that the examples in README.md still print what README.md says they print.
#
# Run from anywhere after building (the module is ./build/transcript unless MODULE is set):
#     scripts/check-readme.sh
#
# What is checked:
# - every ```sql block of the Reference section runs in ONE sqlite3 session, in order (so a
#   table created in one block serves the next ones), after `.load`, `.mode box` and
#   `.nullvalue NULL`; where a ```text block follows it (blank lines between allowed), that
#   block must be exactly the output of that sql block;
# - a ```text block right after the line `<!-- output of: sqlite3 < FILE -->` must be exactly
#   the output of `sqlite3 < FILE`.
# Exit status 1 and a diff for each difference.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
module=${MODULE:-./build/transcript}
readme=README.md
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Cut README.md into numbered files: N.sql (a sql block of the Reference), N.expected (the
# text block after it), N.file (a file whose output the text block shows).
awk -v dir="$work" '
  function flush_pending() { pending = "" }
  /^## / { in_reference = ($0 == "## Reference") }
  fence == "" && /^<!-- output of: sqlite3 < .* -->$/ {
    f = $0; sub(/^<!-- output of: sqlite3 < /, "", f); sub(/ -->$/, "", f)
    n++; print f > (dir "/" n ".file"); close(dir "/" n ".file"); pending = n; next
  }
  fence == "" && /^```/ {
    lang = substr($0, 4)
    if (lang == "sql" && in_reference) { n++; fence = "sql"; out = dir "/" n ".sql"; pending = n; printf "" > out; next }
    if (lang == "text" && pending != "") { fence = "text"; out = dir "/" pending ".expected"; printf "" > out; pending = ""; next }
    fence = "other"; pending = ""; next
  }
  fence != "" && /^```$/ { if (fence != "other") close(out); fence = ""; next }
  fence == "sql" || fence == "text" { print > out; next }
  fence == "other" { next }
  /^[[:space:]]*$/ { next }
  { pending = "" }
' "$readme"

fail=0 checked=0
prelude=".load $module
.mode box
.nullvalue NULL"
for f in $(ls "$work" | sed -n 's/\.\(sql\|file\)$//p' | sort -n); do
  if [ -f "$work/$f.file" ]; then
    file=$(cat "$work/$f.file")
    sqlite3 < "$file" > "$work/$f.actual" 2>&1 || true
    what="output of sqlite3 < $file"
  else
    # All sql blocks up to this one, the earlier ones silenced.
    {
      printf '%s\n' "$prelude"
      for g in $(ls "$work" | sed -n 's/\.sql$//p' | sort -n); do
        [ "$g" -lt "$f" ] || break
        printf '.output /dev/null\n'; cat "$work/$g.sql"; printf '\n.output stdout\n'
      done
      cat "$work/$f.sql"
    } > "$work/$f.session"
    sqlite3 :memory: < "$work/$f.session" > "$work/$f.actual" 2>&1 || true
    what="sql block: $(head -1 "$work/$f.sql")"
  fi
  [ -f "$work/$f.expected" ] || continue
  checked=$((checked + 1))
  if ! diff -u "$work/$f.expected" "$work/$f.actual" > "$work/$f.diff"; then
    echo "README.md differs from the real output ($what):"
    cat "$work/$f.diff"
    fail=1
  fi
done
if [ "$fail" -ne 0 ]; then
  echo "check-readme: README.md examples are out of date"
  exit 1
fi
echo "check-readme: $checked README.md examples match their output"
