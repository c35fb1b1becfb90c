#!/usr/bin/env bash
# The pinned cdktf CLI, installed from npm into the repository's git-ignored .tools/cdktf-cli/ when
# missing (a project-local install: no global npm state, and `make clean` does not throw it away).
# Usage: scripts/cdktf-cli.sh install   -> installs if missing, prints the cdktf binary's path
#        scripts/cdktf-cli.sh <args...> -> runs cdktf with the arguments
set -euo pipefail
version="0.21.0"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="$repo_root/.tools/cdktf-cli"
cli="$prefix/node_modules/.bin/cdktf"

installed_version() { node -e "console.log(require('$prefix/node_modules/cdktf-cli/package.json').version)" 2>/dev/null; }
if [ ! -x "$cli" ] || [ "$(installed_version)" != "$version" ]; then
  command -v npm >/dev/null || { echo "cdktf-cli: npm is not on PATH; install Node.js 20+" >&2; exit 127; }
  mkdir -p "$prefix"
  echo "cdktf-cli: installing cdktf-cli@$version into $prefix" >&2
  npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "cdktf-cli@$version" >&2
fi
if [ "${1:-}" = install ]; then echo "$cli"; exit 0; fi
exec "$cli" "$@"
