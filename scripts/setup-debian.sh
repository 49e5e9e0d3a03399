#!/usr/bin/env bash
# Installs what sqlite-transcript needs to build, test and run its examples on Debian 12 (or a
# derivative whose CMake is 3.25 or later, such as Ubuntu 24.04): a C++20 compiler, CMake,
# pkg-config, SQLite (headers and shell), RE2, Boost.Test, the tools that make the .deb, and
# clang 14 with libFuzzer and valgrind for the fuzz and memcheck steps of .ci/run.
# Non-interactive and idempotent: packages already installed are left alone,
# and nothing is downloaded when all of them are there. Runs as root, or through sudo.
set -euo pipefail

packages=(
  g++               # C++20 compiler (GCC 12 on Debian 12)
  make              # CMake's default generator
  cmake             # build system (3.25 or later)
  pkg-config        # finds RE2
  libsqlite3-dev    # sqlite3.h / sqlite3ext.h, and libsqlite3 for the tests and the bench
  sqlite3           # the shell: runs examples/*.sql
  libre2-dev        # regular expressions of the parser
  libboost-test-dev # Boost.Test, the unit and golden tests
  dpkg-dev          # dpkg-shlibdeps: the .deb's dependencies (cpack)
  file              # CPack's Debian generator finds the ELF files with it
  clang-14          # the libFuzzer targets (tests/fuzz) and their .ci/run step
  libclang-rt-14-dev # libFuzzer and clang's sanitizer runtimes
  valgrind          # memcheck over the SQL tests in .ci/run
)

missing=()
for p in "${packages[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-debian: all ${#packages[@]} packages already installed"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "setup-debian: need root (or sudo) to install: ${missing[*]}" >&2
  exit 1
fi

echo "setup-debian: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "setup-debian: done"
