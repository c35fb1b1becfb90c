# Sourced (sh or bash) by scripts/jsii-node-options.sh and scripts/node/jsii-runtime, which check a JavaScript file
# once per change instead of letting a damaged one stop every jsii Node with a stack trace.
# js_syntax_error FILE NODE [NODE ARGS...]: nothing and status 0 when Node parses FILE; status 1 with
# "<error>, line <n>" printed when the file is not JavaScript (node --check prints "<file>:<line>", the line, a caret,
# then e.g. "SyntaxError: Unexpected end of input"); status 2 with Node's first line when Node itself failed.
js_syntax_error() {
  _js_file="$1"
  shift
  _js_status=0
  _js_problem="$("$@" --check "$_js_file" 2>&1)" || _js_status=$?
  if [ "$_js_status" = 0 ]; then
    return 0
  fi
  _js_first="${_js_problem%%
*}"
  if ! _js_error="$(grep -m1 -E '^[A-Za-z]*Error:' <<EOF
$_js_problem
EOF
)"; then
    printf '%s\n' "${_js_first:-exit $_js_status, no output}"
    return 2
  fi
  printf '%s, line %s\n' "$_js_error" "${_js_first##*:}"
  return 1
}
