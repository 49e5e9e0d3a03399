#!/usr/bin/env bash
# Makes an RE2 source tree for a self-contained module (TRANSCRIPT_SELF_CONTAINED=ON):
#     scripts/fetch-re2-source.sh DIR
#     cmake -S . -B build-sc -DTRANSCRIPT_SELF_CONTAINED=ON -DTRANSCRIPT_RE2_SOURCE_DIR=DIR/re2
#
# Why from source: Debian's libre2.a is not compiled position-independent, so it cannot be
# linked into a shared module. This takes Debian's own RE2 source (the version libre2-dev has,
# 20220601 on Debian 12, which needs no Abseil) with `apt-get source`, enabling Debian's source
# index in a sources file of its own if needed, and generates the Unicode tables that Debian's
# source package leaves out (from the unicode-data package, as Debian's build does). Any RE2
# release without Abseil (up to 2023-06-01) with its tables works as well. Root or sudo for
# apt-get; idempotent: an existing DIR/re2 is left as it is.
set -euo pipefail

dest=${1:?usage: scripts/fetch-re2-source.sh DIR}
if [ -f "$dest/re2/re2/unicode_groups.cc" ]; then
  echo "fetch-re2-source: $dest/re2 already there"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
apt_get() { "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q "$@"; }

# dpkg-source (dpkg-dev) unpacks the source package; the table generators need perl, python3
# with six, and the Unicode database.
need=()
for p in dpkg-dev perl python3 python3-six unicode-data; do
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt_get update
  apt_get install -y --no-install-recommends "${need[@]}"
fi

mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
work=$(mktemp -d)
chmod 755 "$work"   # apt downloads as the _apt user where it can
trap 'rm -rf "$work"' EXIT
cd "$work"
if ! apt-get source -q --only-source re2 >/dev/null 2>&1; then
  # No source index yet: add one for the suites and components of the binary sources.
  list=/etc/apt/sources.list.d/sqlite-transcript-deb-src.sources
  if [ ! -f "$list" ]; then
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
    printf '%s\n' "Types: deb-src" "URIs: http://deb.debian.org/debian" "Suites: $codename" \
      "Components: main" "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg" |
      "${as_root[@]}" tee "$list" >/dev/null
  fi
  apt_get update
  apt-get source -q --only-source re2
fi
src=$(find "$work" -maxdepth 1 -mindepth 1 -type d -name 're2-*' | head -1)
[ -n "$src" ] || { echo "fetch-re2-source: apt-get source re2 unpacked nothing" >&2; exit 1; }

# The tables that Debian's build regenerates (REBUILD_TABLES=1); the patched unicode.py reads
# /usr/share/unicode.
( cd "$src"
  perl re2/make_perl_groups.pl > re2/perl_groups.cc
  /usr/bin/python3 re2/make_unicode_casefold.py > re2/unicode_casefold.cc
  /usr/bin/python3 re2/make_unicode_groups.py > re2/unicode_groups.cc )
rm -rf "$dest/re2"
mv "$src" "$dest/re2"
echo "fetch-re2-source: RE2 $(basename "$src") in $dest/re2"
