'use strict';
// The one mechanism of this folder's Node hooks: rewrite one file's source as Node compiles it. `rewrite` returns the
// new source, or null for a file not exactly of the shape it knows (another version), which then runs as it is.
// `name` names the wrapper Node then calls (what a stack trace, or a test, sees of the hook).
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

module.exports = { rewriteOnCompile };
