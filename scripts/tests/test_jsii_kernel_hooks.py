"""scripts/node/jsii-kernel-lazy-assert.cjs (jsii's kernel builds an assertion's message only when it fails) and
scripts/node/cdktf-creation-stacks.cjs (cdktf captures a stack trace per token only with CDK_DEBUG, as aws-cdk-lib
does), run with the real node against the kernel and the cdktf of this build, and through scripts/node/jsii-runtime."""
import json
import os
import subprocess
import tempfile
import unittest

from build_packages import kernel, package_file
from test_jsii_runtime import checkout

SCRIPTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAZY_ASSERT = os.path.join(SCRIPTS, "node", "jsii-kernel-lazy-assert.cjs")
CREATION_STACKS = os.path.join(SCRIPTS, "node", "cdktf-creation-stacks.cjs")
STACK_TRACE = "lib/tokens/private/stack-trace.js"


def node_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("NODE_OPTIONS", "CDK_DEBUG")}
    env.update(extra)
    return env


def rewrite(hook, function, source):
    """What `function` of the hook module makes of `source` (None: left as it is)."""
    script = (f"const hook = require(process.argv[1]); const out = hook.{function}(require('fs').readFileSync(0, 'utf8'));"
              " console.log(JSON.stringify(out));")
    result = subprocess.run(["node", "-e", script, hook], input=source, capture_output=True, text=True, timeout=60,
                            env=node_env())
    if result.returncode != 0:
        raise AssertionError(result.stderr)
    return json.loads(result.stdout)


def exported(hook, name):
    """The string the hook module exports as `name`."""
    result = subprocess.run(["node", "-e", f"console.log(JSON.stringify(require(process.argv[1]).{name}))", hook],
                            capture_output=True, text=True, timeout=60, env=node_env())
    if result.returncode != 0:
        raise AssertionError(result.stderr)
    return json.loads(result.stdout)


def only_change(test, original, rewritten, statement, replacement):
    """`rewritten` is `original` with `statement` (there once) replaced, and as many lines."""
    test.assertIsNotNone(rewritten, "the hook no longer recognises the file of this build")
    before, after = original.split(statement)
    test.assertEqual(before + replacement + after, rewritten)
    test.assertEqual(original.count("\n"), rewritten.count("\n"), "line numbers stay those of the file")


# Stands in for the kernel where the test needs to run the statement: the descriptor lines the launcher checks, the
# kernel's statement as jsii 1.94 compiles it, and a value whose formatting counts itself.
FAKE_KERNEL = """
const stdio = {
        readFD: 3,
        writeFD: 3
};
const util_1 = require("util");
const assert = require("assert");
function serializationType(typeRef) {
            %s
            return typeRef;
}
let formatted = 0;
const typeRef = { type: "string", [util_1.inspect.custom]: () => { formatted++; return "the type reference"; } };
serializationType(typeRef);
serializationType(typeRef);
let message = null;
try { serializationType(undefined); } catch (e) { message = e.message; }
require("fs").writeSync(3, JSON.stringify({ formatted, message }) + "\\n");
"""


class KernelAssert(unittest.TestCase):
    def statement(self):
        return exported(LAZY_ASSERT, "EAGER_ASSERT")

    def test_the_kernel_of_the_build_has_the_statement_once_and_only_it_changes(self):
        source = kernel()
        statement = self.statement()
        only_change(self, source, rewrite(LAZY_ASSERT, "lazyAssert", source), statement,
                    "if (typeRef == null) " + statement)

    def test_the_assembly_caches_rewrite_of_the_same_kernel_still_applies_after_this_one(self):
        # scripts/node/jsii-runtime loads both; each rewrites its own statement of program.js, whichever runs first
        script = """
const { lazyAssert } = require(process.argv[1]);
const { routeKernelLoad } = require(process.argv[2]);
const kernel = require('fs').readFileSync(0, 'utf8');
const orders = [[lazyAssert, routeKernelLoad], [routeKernelLoad, lazyAssert]];
console.log(JSON.stringify(orders.map(([first, second]) => second(first(kernel)))));
"""
        result = subprocess.run(["node", "-e", script, LAZY_ASSERT, os.path.join(SCRIPTS, "node", "jsii-assembly-cache.cjs")],
                                input=kernel(), capture_output=True, text=True, timeout=60, env=node_env())
        self.assertEqual(0, result.returncode, result.stderr)
        one_way, other_way = json.loads(result.stdout)
        self.assertEqual(one_way, other_way)
        self.assertIn("if (typeRef == null) " + self.statement(), one_way)
        self.assertIn("glue-platform.jsii-assembly-cache", one_way)

    def test_a_kernel_without_the_statement_or_with_it_twice_is_left_as_it_is(self):
        statement = self.statement()
        self.assertIsNone(rewrite(LAZY_ASSERT, "lazyAssert", "function f(typeRef) { assert(typeRef != null); }"))
        self.assertIsNone(rewrite(LAZY_ASSERT, "lazyAssert", f"{statement}\n{statement}\n"))

    def run_kernel(self, launcher_hooks):
        with tempfile.TemporaryDirectory() as tmp:
            root = checkout(tmp, FAKE_KERNEL % self.statement())
            if not launcher_hooks:
                os.remove(os.path.join(root, "scripts", "node", "jsii-kernel-lazy-assert.cjs"))
                with open(os.path.join(root, "scripts", "node", "jsii-kernel-lazy-assert.cjs"), "w") as handle:
                    handle.write("'use strict';\n")
            result = subprocess.run([os.path.join(root, "scripts", "node", "jsii-runtime")], input="", capture_output=True,
                                    text=True, timeout=60, env=node_env())
            self.assertEqual(0, result.returncode, result.stderr)
            return json.loads(result.stdout)

    def test_through_the_launcher_the_message_is_built_only_when_the_assertion_fails_and_reads_the_same(self):
        lazy = self.run_kernel(launcher_hooks=True)
        eager = self.run_kernel(launcher_hooks=False)
        self.assertEqual(2, eager["formatted"], "without the hook, every call formats the type reference")
        self.assertEqual(0, lazy["formatted"], "with the hook, a call whose assertion holds formats nothing")
        self.assertEqual("Kernel error: expected type information, got undefined", lazy["message"])
        self.assertEqual(eager["message"], lazy["message"])


# Runs cdktf's stack-trace.js (as given on stdin, rewritten by the hook when asked) the way intrinsic.js calls it, and
# reports what a token made there would record.
CAPTURE = r"""
const source = require("fs").readFileSync(0, "utf8");
const hook = require(process.argv[1]);
const text = process.argv[2] === "hooked" ? hook.captureWhenDebugging(source) : source;
const module = { exports: {} };
new Function("exports", "require", "module", text)(module.exports, require, module);
function makeToken() { return (0, module.exports.captureStackTrace)(); }
const stack = makeToken();
console.log(JSON.stringify({ stack, isArray: Array.isArray(stack) }));
"""


class CreationStacks(unittest.TestCase):
    def capture(self, source, hooked=True, cdk_debug=None):
        env = node_env() if cdk_debug is None else node_env(CDK_DEBUG=cdk_debug)
        result = subprocess.run(["node", "-e", CAPTURE, CREATION_STACKS, "hooked" if hooked else "plain"],
                                input=source, capture_output=True, text=True, timeout=60, env=env)
        self.assertEqual(0, result.returncode, result.stderr)
        return json.loads(result.stdout)

    def test_the_cdktf_of_the_build_has_the_function_once_and_only_its_first_line_changes(self):
        source = package_file("cdktf", STACK_TRACE)
        function = exported(CREATION_STACKS, "FUNCTION")
        only_change(self, source, rewrite(CREATION_STACKS, "captureWhenDebugging", source), function,
                    function + exported(CREATION_STACKS, "WHEN_DEBUGGING"))

    def test_without_cdk_debug_a_token_records_aws_cdk_libs_words_instead_of_a_stack(self):
        source = package_file("cdktf", STACK_TRACE)
        for value in (None, "", "0", "false", "off", "yes"):
            with self.subTest(CDK_DEBUG=value):
                self.assertEqual({"stack": ["stack traces disabled"], "isArray": True},
                                 self.capture(source, cdk_debug=value))

    def test_with_cdk_debug_a_token_records_the_stack_cdktf_records(self):
        source = package_file("cdktf", STACK_TRACE)
        plain = self.capture(source, hooked=False)
        self.assertTrue(plain["stack"][0].startswith("makeToken "), plain)
        for value in ("1", "on", "true", "TRUE", "On"):
            with self.subTest(CDK_DEBUG=value):
                hooked = self.capture(source, cdk_debug=value)
                self.assertEqual(plain["stack"][0], hooked["stack"][0])
                self.assertEqual(len(plain["stack"]), len(hooked["stack"]))

    def test_a_file_without_the_function_or_with_it_twice_is_left_as_it_is(self):
        function = exported(CREATION_STACKS, "FUNCTION")
        self.assertIsNone(rewrite(CREATION_STACKS, "captureWhenDebugging", "function other(below) { return []; }"))
        self.assertIsNone(rewrite(CREATION_STACKS, "captureWhenDebugging", f"{function} }}\n{function} }}\n"))

    def test_through_the_launcher_cdktfs_module_is_rewritten_where_jsii_extracts_it(self):
        # a kernel that requires stack-trace.js from a node_modules/cdktf folder, as jsii's extracted packages are
        fake_kernel = """
const stdio = {
        readFD: 3,
        writeFD: 3
};
const { captureStackTrace } = require(process.env.CDKTF_DIR + "/lib/tokens/private/stack-trace.js");
require("fs").writeSync(3, JSON.stringify(captureStackTrace()) + "\\n");
"""
        with tempfile.TemporaryDirectory() as tmp:
            root = checkout(os.path.join(tmp, "checkout"), fake_kernel)
            cdktf = os.path.join(tmp, "jsii-kernel-x", "node_modules", "cdktf")
            os.makedirs(os.path.join(cdktf, "lib", "tokens", "private"))
            with open(os.path.join(cdktf, STACK_TRACE), "w", encoding="utf-8") as handle:
                handle.write(package_file("cdktf", STACK_TRACE))
            for cdk_debug, expected in ((None, ["stack traces disabled"]), ("1", None)):
                with self.subTest(CDK_DEBUG=cdk_debug):
                    env = node_env(CDKTF_DIR=cdktf) if cdk_debug is None else node_env(CDKTF_DIR=cdktf, CDK_DEBUG=cdk_debug)
                    result = subprocess.run([os.path.join(root, "scripts", "node", "jsii-runtime")], input="",
                                            capture_output=True, text=True, timeout=60, env=env)
                    self.assertEqual(0, result.returncode, result.stderr)
                    stack = json.loads(result.stdout)
                    if expected is not None:
                        self.assertEqual(expected, stack)
                    else:
                        self.assertGreater(len(stack), 1)
                        self.assertNotEqual(["stack traces disabled"], stack)


if __name__ == "__main__":
    unittest.main()
