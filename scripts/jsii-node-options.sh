#!/usr/bin/env bash
# Prints the NODE_OPTIONS every JVM of this project that runs jsii starts with: the caller's own NODE_OPTIONS plus
# `--require` of scripts/node/lazy-provider-exports.cjs, which lets jsii's Node process require the AWS provider's
# resource modules on first use instead of all ~1 800 at start (1.7 s of every cold synth; the file says how).
# Idempotent: options that already carry the hook are printed unchanged, so nested calls (make → run-program.sh, a
# test JVM → a script) give the same value, which the warm synth server compares with its own.
# Usage: NODE_OPTIONS="$(bash scripts/jsii-node-options.sh)" (a plain assignment, so a failure stops a `set -e` script)
set -euo pipefail
hook="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/node/lazy-provider-exports.cjs"
if [ ! -f "$hook" ]; then
  echo "jsii-node-options: $hook is missing (part of the repository: restore it with git checkout)" >&2
  exit 1
fi
# A damaged hook would stop every jsii Node at its start with a stack trace. So each of scripts/node/*.cjs (this hook,
# the mechanism it requires, and those scripts/node/jsii-runtime loads) is checked once per change of the file
# (≈ 0.1 s each; the stamp in target/ is newer than every checked file). Without node, jsii reports that itself.
stamp="$(cd "$(dirname "$hook")/../.." && pwd)/target/.lazy-provider-exports.checked"
node="${JSII_NODE:-node}"
# shellcheck disable=SC2086 # JSII_NODE may carry arguments (jsii runs it through a shell)
if command -v ${node%% *} >/dev/null; then
  checked=0
  for file in "$(dirname "$hook")"/*.cjs; do
    if [ ! "$stamp" -nt "$file" ]; then
      source "$(dirname "$hook")/js-syntax.sh"
      # shellcheck disable=SC2086
      js_check jsii-node-options "$file" "not valid JavaScript" "restore it with git checkout" $node || exit 1
      checked=1
    fi
  done
  if [ "$checked" = 1 ]; then
    mkdir -p "$(dirname "$stamp")"
    : >"$stamp"
  fi
fi
# Node reads NODE_OPTIONS as space-separated options; a double-quoted value may hold spaces (\ and " escaped).
escaped="${hook//\\/\\\\}"
require="--require=\"${escaped//\"/\\\"}\""
options="${NODE_OPTIONS:-}"
case " $options " in
  *" $require "*) printf '%s\n' "$options" ;;
  *) printf '%s\n' "${options:+$options }$require" ;;
esac
