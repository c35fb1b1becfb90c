# Sourced (bash) by everything that starts a JVM running jsii, so that every one starts jsii's Node the same way:
#   NODE_OPTIONS  the caller's, plus Node requiring the AWS provider's modules on first use (scripts/jsii-node-options.sh)
#   JSII_RUNTIME  scripts/node/jsii-runtime: one Node process runs jsii's kernel, without the relaying one (see there).
#                 A caller's own JSII_RUNTIME is kept (jsii's variable, for a runtime of one's own).
# jsii runs a JSII_RUNTIME that holds a space through /bin/sh -c, else as one program; `exec '<path>'` always holds one,
# so a checkout path with spaces or quotes works the same. A failure prints its one sentence and returns non-zero.
# Usage: source scripts/jsii-env.sh
_jsii_env_scripts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NODE_OPTIONS="$(bash "$_jsii_env_scripts/jsii-node-options.sh")" || return 1
_jsii_env_launcher="$_jsii_env_scripts/node/jsii-runtime"
_jsii_env_quote="'\\''" # ends the quoted word, an escaped quote, opens it again
if [ -z "${JSII_RUNTIME:-}" ]; then
  JSII_RUNTIME="exec '${_jsii_env_launcher//"'"/$_jsii_env_quote}'"
fi
export NODE_OPTIONS JSII_RUNTIME
unset _jsii_env_scripts _jsii_env_launcher _jsii_env_quote
