#!/usr/bin/env bash
# Checks that the examples in README.md still do and print what README.md says.
#
# Run from anywhere after building (the module is ./build/transcript unless MODULE is set; CTest
# runs it as the test `readme`):
#     scripts/check-readme.sh
#
# What is checked:
# - every ```sql block of the Reference section runs in ONE sqlite3 session, in order (so a
#   table created in one block serves the next ones), after `.load`, `.mode box` and
#   `.nullvalue NULL`, from the repository's root;
# - every ```sql block of the Install and Usage sections runs in another session, in order,
#   exactly as written (they load the module themselves), in an empty temporary directory (the
#   earlier blocks again, silenced, then the block), with
#   the installed paths they use mapped to this tree: /usr/local/lib/sqlite3/transcript to the
#   module, /usr/local/share/sqlite-transcript/ to the repository's root;
# - any other ```sql block (the teaser at the top) runs on its own, after the archive that
#   examples/archive.sql builds (docs(id, title, body) with the three example transcripts);
# - where a ```text block follows a sql block (blank lines between allowed), that block must be
#   exactly the sql block's output; a sql block without one must print no error;
# - a ```text block right after the line `<!-- output of: sqlite3 < FILE -->` must be exactly
#   the output of `sqlite3 < FILE` run from the root (its `.load ./build/transcript` mapped to
#   the module);
# - a block right after `<!-- excerpt of: FILE -->` must be lines of FILE, consecutive, as
#   written there (leading white space and blank lines aside): the README shows tested code.
# Exit status 1 and a diff for each difference.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
module=$(realpath -m "${MODULE:-./build/transcript}")
module=${module%.so}
readme=README.md
if ! command -v sqlite3 >/dev/null; then
  echo "check-readme: SKIPPED: no sqlite3 shell (Debian: apt-get install sqlite3)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Cut README.md into numbered files: N.sql (a sql block) with N.section (reference, usage or
# other), N.expected (the text block after it), N.file (a file whose output the text block
# shows), N.excerpt and N.of (a block and the file it is taken from).
awk -v dir="$work" '
  /^## / { section = ($0 == "## Reference") ? "reference" : ($0 == "## Usage" || $0 == "## Install") ? "usage" : "other" }
  fence == "" && /^<!-- output of: sqlite3 < .* -->$/ {
    f = $0; sub(/^<!-- output of: sqlite3 < /, "", f); sub(/ -->$/, "", f)
    n++; print f > (dir "/" n ".file"); close(dir "/" n ".file"); pending = n; next
  }
  fence == "" && /^<!-- excerpt of: .* -->$/ {
    f = $0; sub(/^<!-- excerpt of: /, "", f); sub(/ -->$/, "", f)
    n++; print f > (dir "/" n ".of"); close(dir "/" n ".of"); excerpt = n; next
  }
  fence == "" && /^```/ {
    lang = substr($0, 4)
    if (excerpt != "") { fence = "excerpt"; out = dir "/" excerpt ".excerpt"; printf "" > out; excerpt = ""; pending = ""; next }
    if (lang == "sql") {
      n++; fence = "sql"; out = dir "/" n ".sql"; pending = n; printf "" > out
      print (section == "" ? "other" : section) > (dir "/" n ".section"); close(dir "/" n ".section"); next
    }
    if (lang == "text" && pending != "") { fence = "text"; out = dir "/" pending ".expected"; printf "" > out; pending = ""; next }
    fence = "other"; pending = ""; next
  }
  fence != "" && /^```$/ { if (fence != "other") close(out); fence = ""; next }
  fence == "sql" || fence == "text" || fence == "excerpt" { print > out; next }
  fence == "other" { next }
  /^[[:space:]]*$/ { next }
  { pending = ""; excerpt = "" }
' "$readme"

map_paths() {  # the installed paths of the Usage examples, mapped to this tree
  sed -e "s#/usr/local/lib/sqlite3/transcript#$module#g" -e "s#/usr/local/share/sqlite-transcript/#$root/#g"
}
normalize() { sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$1" | tr '\n' '\001'; }

fail=0 checked=0
prelude=".load $module
.mode box
.nullvalue NULL"
blocks=$(ls "$work" | sed -n 's/\.\(sql\|file\|of\)$//p' | sort -n)
for f in $blocks; do
  if [ -f "$work/$f.of" ]; then
    of=$(cat "$work/$f.of")
    checked=$((checked + 1))
    if [ ! -f "$of" ] || ! grep -qF -- "$(normalize "$work/$f.excerpt")" <(normalize "$of"); then
      echo "README.md: the block after <!-- excerpt of: $of --> is not a part of $of as written:"
      cat "$work/$f.excerpt"
      fail=1
    fi
    continue
  elif [ -f "$work/$f.file" ]; then
    file=$(cat "$work/$f.file")
    sed "s#^\.load \./build/transcript#.load $module#" "$file" > "$work/$f.session"
    sqlite3 < "$work/$f.session" > "$work/$f.actual" 2>&1 || true
    what="output of sqlite3 < $file"
  else
    section=$(cat "$work/$f.section")
    {
      case $section in
        reference) printf '%s\n' "$prelude" ;;
        other) printf '%s\n.output /dev/null\n' "$prelude"
               sed "s#^\.load \./build/transcript#.load $module#" examples/archive.sql
               printf '\n.output stdout\n' ;;
      esac
      # The earlier blocks of the same session, silenced.
      if [ "$section" != other ]; then
        for g in $blocks; do
          [ "$g" -lt "$f" ] || break
          [ -f "$work/$g.sql" ] && [ "$(cat "$work/$g.section")" = "$section" ] || continue
          printf '.output /dev/null\n'; map_paths < "$work/$g.sql"; printf '\n.output stdout\n'
        done
      fi
      map_paths < "$work/$f.sql"
    } > "$work/$f.session"
    if [ "$section" = usage ]; then
      # A directory of its own: the earlier blocks run again, and must find no database there.
      mkdir "$work/cwd-$f"
      (cd "$work/cwd-$f" && sqlite3 :memory: < "$work/$f.session" > "$work/$f.actual" 2>&1) || true
    else
      sqlite3 :memory: < "$work/$f.session" > "$work/$f.actual" 2>&1 || true
    fi
    what="sql block ($section): $(head -1 "$work/$f.sql")"
  fi
  checked=$((checked + 1))
  if [ -f "$work/$f.expected" ]; then
    if ! diff -u "$work/$f.expected" "$work/$f.actual" > "$work/$f.diff"; then
      echo "README.md differs from the real output ($what):"
      cat "$work/$f.diff"
      fail=1
    fi
  elif grep -qE '^(Parse error|Runtime error|Error)' "$work/$f.actual"; then
    echo "README.md: an example fails ($what):"
    cat "$work/$f.actual"
    fail=1
  fi
done
if [ "$fail" -ne 0 ]; then
  echo "check-readme: README.md examples are out of date"
  exit 1
fi
echo "check-readme: $checked README.md examples match their output"
