'use strict';
// The one mechanism of this folder's Node hooks: rewrite one file's source as Node compiles it. `rewrite` returns the
// new source, or null for a file not exactly of the shape it knows (another version), which then runs as it is.
// `name` names the wrapper Node then calls (what a stack trace, or a test, sees of the hook).
const fs = require('fs');
const Module = require('module');

function rewriteOnCompile(name, matches, rewrite) {
  const compile = Module.prototype._compile;
  const wrapper = function (content, filename, ...rest) {
    const rewritten = matches(filename) ? rewrite(content) : null;
    return compile.call(this, rewritten === null ? content : rewritten, filename, ...rest);
  };
  Object.defineProperty(wrapper, 'name', { value: name });
  Module.prototype._compile = wrapper;
}

/**
 * Rewrites the main module Node runs (jsii's kernel, lib/program.js, for the hooks scripts/node/jsii-runtime loads):
 * the file named by Node's first argument, which Node compiles under its real path (a checkout reached through a
 * symbolic link included). Without such a file (`node -e` alone, the REPL) nothing is rewritten.
 */
function rewriteMainModuleOnCompile(name, rewrite) {
  let main = null;
  try {
    main = process.argv[1] ? fs.realpathSync(process.argv[1]) : null;
  } catch {
    // no such file: Node reports that itself
  }
  rewriteOnCompile(name, (filename) => main !== null && filename === main, rewrite);
}

module.exports = { rewriteOnCompile, rewriteMainModuleOnCompile };
