'use strict';
// Loaded by scripts/node/jsii-runtime before jsii's kernel (lib/program.js). Why: for every value the kernel passes
// between Java and JavaScript, it asks how to serialize that value's declared type, and that function starts with
//   assert(typeRef != null, `Kernel error: expected type information, got ${inspect(typeRef)}`);
// A template literal is built before `assert` is called, so `util.inspect` formats the whole type reference on every
// call, though the message is only ever read when the assertion fails: ≈ 10 ms of Node per stack (issue 14's profile,
// jsii 1.94 to 1.119 alike). As Node compiles program.js, that one statement becomes
//   if (typeRef == null) assert(typeRef != null, `…`);
// the same assertion, with the same message when it fails, and no message built when it holds. A kernel without that
// statement exactly once (another jsii version) runs as it is (scripts/tests/test_jsii_kernel_hooks.py reads the
// kernel of the build, so an upgrade that drops it fails there instead of silently costing the time again).
const { rewriteMainModuleOnCompile } = require('./rewrite-on-compile.cjs');

const EAGER_ASSERT = 'assert(typeRef != null, `Kernel error: expected type information, got ${(0, util_1.inspect)(typeRef)}`);';

/** program.js with the assertion's message built only when it fails, or null when the statement is not there once. */
function lazyAssert(source) {
  const first = source.indexOf(EAGER_ASSERT);
  if (first < 0 || source.indexOf(EAGER_ASSERT, first + 1) >= 0) {
    return null;
  }
  return `${source.slice(0, first)}if (typeRef == null) ${source.slice(first)}`;
}

rewriteMainModuleOnCompile('assertLazily', lazyAssert);

module.exports = { lazyAssert, EAGER_ASSERT };
