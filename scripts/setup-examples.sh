#!/usr/bin/env bash
# Installs what the Python and Node.js examples need (the tests example_python, example_node)
# on Debian: Debian's python3 (its sqlite3 module loads extensions), Node.js and npm where there
# is no node (Debian's), and better-sqlite3 12 into DIR (default:
# ~/.cache/sqlite-transcript/node; kept between runs, as building it takes minutes).
#     export NODE_PATH=$(scripts/setup-examples.sh [DIR])
# Prints the node_modules directory for NODE_PATH on stdout (its messages go to stderr), or
# nothing when better-sqlite3 could not be installed: the Node test then skips, saying why.
# better-sqlite3 13 needs Node.js 22 (on 20 it crashes), hence 12. Root or sudo for apt-get.
set -euo pipefail
dir=${1:-${HOME:-/root}/.cache/sqlite-transcript/node}
log() { echo "setup-examples: $*" >&2; }

if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
need=()
[ -x /usr/bin/python3 ] || need+=(python3)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >&2
fi

have_12() {
  node -e "const v = require('$dir/node_modules/better-sqlite3/package.json').version;
           require('$dir/node_modules/better-sqlite3'); process.exit(v.startsWith('12.') ? 0 : 1)" 2>/dev/null
}
if have_12; then
  log "better-sqlite3 $(node -p "require('$dir/node_modules/better-sqlite3/package.json').version") already in $dir"
else
  log "npm install better-sqlite3@12 into $dir (node $(node --version); it may compile SQLite: minutes)"
  mkdir -p "$dir"
  if ! npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error better-sqlite3@12 >&2 || ! have_12; then
    log "WARNING: better-sqlite3 12 could not be installed: the Node example will be skipped"
    exit 0
  fi
fi
echo "$dir/node_modules"
