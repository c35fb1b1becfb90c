# Sourced (sh or bash) by scripts/jsii-node-options.sh and scripts/node/jsii-runtime, which check a JavaScript file
# once per change instead of letting a damaged one stop every jsii Node with a stack trace.
# js_check SCRIPT FILE PROBLEM REMEDY NODE [NODE ARGS...]: nothing and status 0 when Node parses FILE; else one
# sentence on stderr and status 1: "SCRIPT: FILE is PROBLEM (<error>, line <n>); REMEDY" when the file is not
# JavaScript (node --check prints "<file>:<line>", the line, a caret, then e.g. "SyntaxError: Unexpected end of
# input"), "SCRIPT: Node (NODE ...) could not run: <its first line>" when Node itself failed.
js_check() {
  _js_script="$1" _js_file="$2" _js_problem_word="$3" _js_remedy="$4"
  shift 4
  _js_status=0
  _js_output="$("$@" --check "$_js_file" 2>&1)" || _js_status=$?
  if [ "$_js_status" = 0 ]; then
    return 0
  fi
  _js_first="${_js_output%%
*}"
  if _js_error="$(grep -m1 -E '^[A-Za-z]*Error:' <<EOF
$_js_output
EOF
)"; then
    echo "$_js_script: $_js_file is $_js_problem_word ($_js_error, line ${_js_first##*:}); $_js_remedy" >&2
  else
    echo "$_js_script: Node ($*) could not run: ${_js_first:-exit $_js_status, no output}" >&2
  fi
  return 1
}
