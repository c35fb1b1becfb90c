'use strict';
// Loaded by scripts/node/jsii-runtime before jsii's kernel. Why: cdktf records a JavaScript stack trace with every
// token and lazy value it makes (lib/tokens/private/stack-trace.js, copied from constructs), only so that an error
// resolving the token can say where it was made. In jsii's Node that stack holds the kernel's own frames, never the
// Java line that made the token. Capturing it (at any depth: the limit is raised to the maximum) and formatting it
// is ≈ 1 000 captures a stack, ≈ 15 ms of Node in a CPU profile and more in wall time, as every token keeps its
// stack's lines (issue 14's measurements; README, "Cold synth"). An error resolving a token then shows
// "stack traces disabled" where that stack would be.
// aws-cdk-lib has the same function and stopped capturing for that cost: it captures only when the CDK_DEBUG
// environment variable is 1, on or true (any case), and otherwise records its own words, ['stack traces disabled'].
// As Node compiles cdktf's stack-trace.js, its function gets that same rule as its first statement; CDK_DEBUG=1 gives
// cdktf's stack traces back. A file without the function exactly once (another cdktf version) runs as it is
// (scripts/tests/test_jsii_kernel_hooks.py reads the cdktf of the build).
const path = require('path');
const { rewriteOnCompile } = require('./rewrite-on-compile.cjs');

const MODULE = path.join('cdktf', 'lib', 'tokens', 'private', 'stack-trace.js');
const FUNCTION = 'function captureStackTrace(below) {';
// aws-cdk-lib's debugModeEnabled(), and the words its captureStackTrace records when that is false
const WHEN_DEBUGGING = ' if (!["1", "on", "true"].includes((process.env.CDK_DEBUG || "").toLowerCase())) '
  + '{ return ["stack traces disabled"]; }';

/** stack-trace.js capturing only when CDK_DEBUG asks for it, or null when the function is not there exactly once. */
function captureWhenDebugging(source) {
  const first = source.indexOf(FUNCTION);
  if (first < 0 || source.indexOf(FUNCTION, first + 1) >= 0) {
    return null;
  }
  // on the function's own line, so that line numbers (and a debugging session's stack traces) stay those of the file
  const end = first + FUNCTION.length;
  return source.slice(0, end) + WHEN_DEBUGGING + source.slice(end);
}

rewriteOnCompile('captureWhenDebugging', (filename) => filename.endsWith(path.sep + MODULE), captureWhenDebugging);

module.exports = { captureWhenDebugging, FUNCTION, WHEN_DEBUGGING };
