#!/usr/bin/env bash
# Checks what a user gets from installing sqlite-transcript, from a configured and built tree:
#     scripts/check-install.sh [BUILD_DIR]          (default: build)
#     scripts/check-install.sh [BUILD_DIR] --dpkg   also dpkg -i the .deb into this machine
#                                                   (root; removed again at the end)
# 1. `cmake --install` into a temporary prefix; the C consumer (examples/embed/c, a .c file
#    in a project(x C)) and the C++ one (examples/embed/cpp) build against it, once with
#    find_package(sqlite_transcript) and once with `pkg-config --cflags --libs
#    sqlite-transcript`, with -Wall -Wextra -Werror, and print what the sqlite3 shell prints for
#    the same query; the installed module loads in the shell, from another directory.
# 2. The repository added with add_subdirectory() to a project(x C) links the same way.
# 3. cpack makes the .deb; `dpkg-deb -x` unpacks it into a temporary root, where its module
#    loads; its Depends name RE2's runtime package.
# 4. With --dpkg: `dpkg -i`, then the module at /usr/lib/sqlite3/transcript loads, and the C
#    consumers build with find_package and pkg-config with no hint; then `dpkg -P`.
# .ci/run runs it on the build of its fresh clone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
src=$PWD
build=$(cd "${1:-build}" && pwd)
dpkg_install=0
[ "${2:-}" = --dpkg ] && dpkg_install=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
transcript=$src/examples/npr_ferry_strike.txt
passed=0
step() { printf '\n-- %s\n' "$*"; }
ok() { echo "ok: $*"; passed=$((passed + 1)); }
die() { echo "check-install: FAILED: $*" >&2; exit 1; }

# What each consumer prints, computed by the sqlite3 shell with module $1.
expected_c() {
  sqlite3 :memory: -cmd ".load $1" "SELECT transcript_version() || ' ' || turn || '|' || coalesce(speaker, '?')
    || '|' || coalesce(role, '') || '|' || text
    FROM transcript_turns(CAST(readfile('$transcript') AS TEXT)) WHERE kind = 'speech'"
}
expected_cpp() {
  sqlite3 :memory: -cmd ".load $1" "SELECT coalesce(speaker, '?') || '|' || count(*) || ' turns|' || sum(words) || ' words'
    FROM transcript_turns(CAST(readfile('$transcript') AS TEXT)) WHERE kind = 'speech'
    GROUP BY speaker_key, speaker ORDER BY sum(words) DESC, 1"
}
# check_run WHAT PROGRAM EXPECTED: runs PROGRAM on the transcript from / and compares.
check_run() {
  local what=$1 program=$2 expected=$3 actual
  actual=$(cd / && "$program" "$transcript") || die "$what: $program failed"
  [ -n "$expected" ] || die "$what: the shell printed nothing"
  [ "$actual" = "$expected" ] || { diff <(echo "$expected") <(echo "$actual") || true; die "$what: output differs"; }
  ok "$what ($(wc -l <<<"$actual") lines as the shell prints them)"
}
# consumers PREFIX-HINT LABEL: builds and runs the C and C++ consumers both ways.
consumers() {
  local label=$1 module=$2; shift 2
  local cmake_hint=("$@")
  for lang in c cpp; do
    local dir=$work/$label-$lang-cmake flags_var=CMAKE_C_FLAGS
    [ $lang = cpp ] && flags_var=CMAKE_CXX_FLAGS
    cmake -S "$src/examples/embed/$lang" -B "$dir" "${cmake_hint[@]}" -D$flags_var="-Wall -Wextra -Werror" \
      > "$dir.log" 2>&1 || { cat "$dir.log"; die "$label: cmake configure of examples/embed/$lang"; }
    cmake --build "$dir" >> "$dir.log" 2>&1 || { cat "$dir.log"; die "$label: build of examples/embed/$lang"; }
    check_run "$label: examples/embed/$lang with find_package" "$dir/embed_$lang" "$(expected_$lang "$module")"
    if [ $lang = c ]; then
      local reported
      reported=$(sed -n 's/^-- sqlite-transcript [0-9.]*: module //p' "$dir.log")
      [ "$reported" = "$module.so" ] || die "$label: the package config says the module is '$reported', not $module.so"
      ok "$label: the package config names the module ($reported)"
    fi
  done
  local pc_flags
  pc_flags=$(pkg-config --cflags --libs sqlite-transcript) || die "$label: pkg-config sqlite-transcript"
  echo "pkg-config --cflags --libs sqlite-transcript: $pc_flags"
  # shellcheck disable=SC2086  # the flags are words
  cc -Wall -Wextra -Werror -o "$work/$label-pc-c" "$src/examples/embed/c/main.c" $pc_flags ||
    die "$label: cc with pkg-config"
  check_run "$label: examples/embed/c with pkg-config (cc)" "$work/$label-pc-c" "$(expected_c "$module")"
  # shellcheck disable=SC2086
  c++ -std=c++17 -Wall -Wextra -Werror -o "$work/$label-pc-cpp" "$src/examples/embed/cpp/main.cpp" $pc_flags ||
    die "$label: c++ with pkg-config"
  check_run "$label: examples/embed/cpp with pkg-config (c++)" "$work/$label-pc-cpp" "$(expected_cpp "$module")"
}

step "cmake --install $build --prefix $prefix"
cmake --install "$build" --prefix "$prefix" > "$work/install.log"
for f in lib/sqlite3/transcript.so lib/libsqlite_transcript.a include/transcript.h \
         lib/cmake/sqlite_transcript/sqlite_transcriptConfig.cmake lib/pkgconfig/sqlite-transcript.pc \
         share/sqlite-transcript/sql/archive.sql share/doc/sqlite-transcript/LICENSE; do
  [ -f "$prefix/$f" ] || die "not installed: $f"
done
[ ! -e "$prefix/lib/libtranscript_core.a" ] || die "a second archive was installed"
ok "installed: module, one static library, header, CMake and pkg-config files, recipes, LICENSE"
version=$(cd / && sqlite3 :memory: -cmd ".load $prefix/lib/sqlite3/transcript" "SELECT transcript_version()")
ok "the installed module loads from / (transcript_version() = $version)"

step "consumers against the installed prefix"
PKG_CONFIG_PATH=$prefix/lib/pkgconfig consumers prefix "$prefix/lib/sqlite3/transcript" -DCMAKE_PREFIX_PATH="$prefix"

step "the .deb (cpack)"
(cd "$build" && cpack -G DEB > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; die "cpack"; }
deb=$(ls -t "$build"/sqlite-transcript_*.deb | head -1)
dpkg-deb -f "$deb" Depends | grep -q 'libre2' || die "$deb: Depends names no RE2: $(dpkg-deb -f "$deb" Depends)"
ok "$(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"
dpkg-deb -x "$deb" "$work/root"
v=$(cd / && sqlite3 :memory: -cmd ".load $work/root/usr/lib/sqlite3/transcript" "SELECT transcript_version()")
[ "$v" = "$version" ] || die "the .deb's module says '$v'"
ok "the .deb unpacked into a temporary root: its module loads (transcript_version() = $v)"

step "add_subdirectory: the repository inside a C project (project(x C))"
mkdir -p "$work/subdir"
cat > "$work/subdir/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(subdir_c LANGUAGES C)
set(TRANSCRIPT_TESTS OFF CACHE BOOL "" FORCE)
add_subdirectory("$src" sqlite-transcript)
add_executable(embed_c "$src/examples/embed/c/main.c")
target_link_libraries(embed_c PRIVATE sqlite_transcript::sqlite_transcript)
CMAKE
cmake -S "$work/subdir" -B "$work/subdir/build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS="-Wall -Wextra -Werror" \
  > "$work/subdir.log" 2>&1 || { cat "$work/subdir.log"; die "add_subdirectory: configure"; }
cmake --build "$work/subdir/build" -j"${CI_JOBS:-2}" --target embed_c >> "$work/subdir.log" 2>&1 ||
  { tail -30 "$work/subdir.log"; die "add_subdirectory: build"; }
check_run "add_subdirectory into project(x C)" "$work/subdir/build/embed_c" "$(expected_c "$prefix/lib/sqlite3/transcript")"

if [ $dpkg_install -eq 1 ]; then
  step "dpkg -i $(basename "$deb")"
  dpkg -i "$deb" > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; die "dpkg -i"; }
  trap 'dpkg -P sqlite-transcript > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
  v=$(cd / && sqlite3 :memory: -cmd ".load /usr/lib/sqlite3/transcript" "SELECT transcript_version()")
  [ "$v" = "$version" ] || die "/usr/lib/sqlite3/transcript says '$v'"
  ok "installed by dpkg: /usr/lib/sqlite3/transcript loads"
  PKG_CONFIG_PATH= consumers deb /usr/lib/sqlite3/transcript
  dpkg -P sqlite-transcript > /dev/null
  [ ! -e /usr/lib/sqlite3/transcript.so ] || die "dpkg -P left the module"
  ok "dpkg -P removes it"
fi
echo
echo "check-install: $passed passed, 0 failed"
