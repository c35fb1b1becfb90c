"""scripts/node/jsii-runtime (one Node process runs jsii's kernel, with jsii-stdio.cjs giving it the stdio of jsii's
own runtime) and scripts/jsii-env.sh (what every JVM here starts jsii's Node with), run with the real sh, bash, node
and the kernel of the build (every Maven build extracts it from the jsii-runtime jar; pom.xml, execution jsii-kernel)."""
import base64
import json
import os
import shutil
import subprocess
import tempfile
import unittest

SCRIPTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(SCRIPTS)
KERNEL_PATH = os.path.join("target", "jsii-runtime", "software", "amazon", "jsii", "lib", "program.js")
KERNEL = os.path.join(REPO, KERNEL_PATH)

# Stands in for jsii's kernel where the test needs to see the descriptors: it has the two lines the launcher checks,
# answers on fd 3 what it read from fd 3, and writes as libraries do (console, process streams, fs.writeSync).
FAKE_KERNEL = """
const stdio = {
        readFD: 3,
        writeFD: 3
};
const fs = require('fs');
console.log('a library writing to stdout');
console.error('a library writing to stderr');
process.stderr.write(Buffer.from('bytes, '));
fs.writeSync(2, Buffer.from('xxthe kernel debug line\\n'), 2);
const buffer = Buffer.alloc(100);
const read = fs.readSync(3, buffer, 0, buffer.length, null);
fs.writeSync(3, 'answer to ' + buffer.slice(0, read).toString().trim() + '\\n');
"""


def without(*names):
    return {k: v for k, v in os.environ.items() if k not in names}


def checkout(root, kernel=FAKE_KERNEL):
    """A checkout at root: the scripts, and `kernel` where the build extracts jsii's (None: no kernel)."""
    shutil.copytree(SCRIPTS, os.path.join(root, "scripts"), ignore=shutil.ignore_patterns("tests", "emulator", "__pycache__"))
    if kernel is not None:
        write_kernel(root, kernel)
    return root


def write_kernel(root, text):
    path = os.path.join(root, KERNEL_PATH)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def relayed(stderr):
    """What jsii's Java runtime does with the kernel's stderr: records {"stdout"|"stderr": base64} become bytes."""
    streams = {"stdout": b"", "stderr": b"", "plain": []}
    for line in stderr.splitlines():
        record = json.loads(line) if line.startswith("{") else None
        if record is None:
            streams["plain"].append(line)
        else:
            for tag, data in record.items():
                streams[tag] += base64.b64decode(data)
    return streams


class Launcher(unittest.TestCase):
    def start(self, root, env=None, stdin=""):
        return subprocess.run([os.path.join(root, "scripts", "node", "jsii-runtime")], input=stdin, capture_output=True,
                              text=True, timeout=60, env=env or without("NODE_OPTIONS", "JSII_NODE"))

    def test_requests_come_on_stdin_answers_leave_on_stdout_and_output_goes_to_java_as_the_relay_gave_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            result = self.start(checkout(tmp), stdin="request 1\n")
            self.assertEqual(0, result.returncode, result.stderr)
            self.assertEqual("answer to request 1\n", result.stdout)
            streams = relayed(result.stderr)
            self.assertEqual(b"a library writing to stdout\n", streams["stdout"])
            self.assertEqual(b"a library writing to stderr\nbytes, the kernel debug line\n", streams["stderr"])
            self.assertEqual([], streams["plain"])

    def test_the_kernel_of_the_build_answers_as_jsii_java_runtime_expects(self):
        # The real program.js, spoken to as the Java runtime does: its hello, then one request and its answer.
        self.assertTrue(os.path.isfile(KERNEL), "every Maven build extracts the kernel")
        process = subprocess.Popen([os.path.join(SCRIPTS, "node", "jsii-runtime")], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=dict(without("NODE_OPTIONS", "JSII_NODE"), JSII_DEBUG="1"))
        try:
            hello = json.loads(process.stdout.readline())
            self.assertTrue(hello["hello"].startswith("@jsii/runtime@"), hello)
            process.stdin.write('{"api":"stats"}\n')
            process.stdin.flush()
            self.assertEqual({"ok": {"objectCount": 0}}, json.loads(process.stdout.readline()))
        finally:
            process.stdin.close()
            self.assertEqual(0, process.wait(timeout=30), "the kernel ends when its requests end")
            stderr = process.stderr.read()
            process.stdout.close()
            process.stderr.close()
        # JSII_DEBUG: the kernel's own trace of the request reaches Java as its stderr, one record per write.
        streams = relayed(stderr)
        self.assertEqual([], streams["plain"])
        self.assertIn(b'> {"api":"stats"}\n', streams["stderr"])

    def test_a_missing_kernel_is_named_with_the_command_that_extracts_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            result = self.start(checkout(tmp, kernel=None))
            self.assertEqual(1, result.returncode)
            self.assertEqual("", result.stdout)
            self.assertEqual([f"jsii-runtime: {os.path.realpath(tmp)}/{KERNEL_PATH} is missing;"
                              " make build (or any mvn build) extracts it from the jsii-runtime jar"],
                             result.stderr.strip().splitlines())

    def test_a_missing_hook_file_is_named_instead_of_nodes_stack_trace(self):
        for name in ("rewrite-on-compile.cjs", "jsii-stdio.cjs", "jsii-assembly-cache.cjs", "jsii-kernel-lazy-assert.cjs",
                     "cdktf-creation-stacks.cjs"):
            with self.subTest(name), tempfile.TemporaryDirectory() as tmp:
                root = checkout(tmp)
                missing = os.path.join(os.path.realpath(root), "scripts", "node", name)
                os.remove(missing)
                result = self.start(root, stdin="request 1\n")
                self.assertEqual(1, result.returncode)
                self.assertEqual("", result.stdout)
                self.assertEqual([f"jsii-runtime: {missing} is missing (part of the repository: restore it with git checkout)"],
                                 result.stderr.strip().splitlines())

    def test_a_kernel_is_checked_once_per_file_and_a_damaged_one_is_named(self):
        with tempfile.TemporaryDirectory() as tmp:
            checkout(tmp)
            # a node that logs each syntax check before running the real one
            log = os.path.join(tmp, "checks.log")
            counting = os.path.join(tmp, "counting-node")
            with open(counting, "w", encoding="utf-8") as handle:
                handle.write(f'#!/bin/sh\ncase "$*" in *--check*) echo check >>"{log}";; esac\nexec node "$@"\n')
            os.chmod(counting, 0o755)
            env = dict(without("NODE_OPTIONS"), JSII_NODE=counting)
            for request in ("one", "two"):
                self.assertEqual(f"answer to {request}\n", self.start(tmp, env=env, stdin=request + "\n").stdout)
            with open(log, encoding="utf-8") as handle:
                self.assertEqual(["check"], handle.read().split(), "checked once, not per start")
            kernel = write_kernel(tmp, FAKE_KERNEL + "\nfunction cut(short {\n")  # a build cut short
            damaged = self.start(tmp, env=env)
            self.assertEqual(1, damaged.returncode)
            self.assertEqual("", damaged.stdout)
            self.assertEqual([f"jsii-runtime: {os.path.realpath(kernel)} is damaged (SyntaxError: Unexpected token '{{',"
                              f" line {FAKE_KERNEL.count(chr(10)) + 2}); make clean build extracts it again"],
                             damaged.stderr.strip().splitlines())
            write_kernel(tmp, FAKE_KERNEL)
            self.assertEqual("answer to three\n", self.start(tmp, env=env, stdin="three\n").stdout)

    def test_a_kernel_that_no_longer_talks_on_fd_3_is_named(self):
        with tempfile.TemporaryDirectory() as tmp:
            kernel = checkout(tmp, kernel=FAKE_KERNEL.replace("readFD: 3,", "readFD: 4,")) and os.path.join(tmp, KERNEL_PATH)
            result = self.start(tmp)
            self.assertEqual(1, result.returncode)
            self.assertEqual([f"jsii-runtime: {os.path.realpath(kernel)} no longer has 'readFD: 3,' once (another jsii"
                              " version); scripts/node/jsii-runtime must be adapted to it"], result.stderr.strip().splitlines())

    def test_an_unwritable_stamp_only_means_checking_again(self):
        with tempfile.TemporaryDirectory() as tmp:
            checkout(tmp)
            os.makedirs(os.path.join(tmp, KERNEL_PATH + ".checked"))  # a directory where the stamp goes
            result = self.start(tmp, stdin="request\n")
            self.assertEqual(0, result.returncode, result.stderr)
            self.assertEqual("answer to request\n", result.stdout)

    def test_node_given_with_arguments_as_jsii_allows(self):
        with tempfile.TemporaryDirectory() as tmp:
            checkout(tmp)
            env = dict(without("NODE_OPTIONS"), JSII_NODE="node --max-old-space-size=256")
            self.assertEqual("answer to request\n", self.start(tmp, env=env, stdin="request\n").stdout)

    def test_a_node_that_is_not_there_is_named_with_exit_127(self):
        env = dict(without("NODE_OPTIONS"), JSII_NODE="/no/such/node --some-flag")
        result = self.start(REPO, env=env)
        self.assertEqual(127, result.returncode)
        self.assertEqual(["jsii-runtime: Node (/no/such/node) was not found; install Node.js 18 or later,"
                          " or point JSII_NODE at its node"], result.stderr.strip().splitlines())

    def test_a_node_that_cannot_run_is_named_not_the_kernel(self):
        with tempfile.TemporaryDirectory() as tmp:
            checkout(tmp)
            broken = os.path.join(tmp, "broken-node")
            with open(broken, "w", encoding="utf-8") as handle:
                handle.write("#!/bin/sh\nexit 3\n")
            os.chmod(broken, 0o755)
            result = self.start(tmp, env=dict(without("NODE_OPTIONS"), JSII_NODE=broken))
            self.assertEqual(1, result.returncode)
            self.assertEqual([f"jsii-runtime: Node ({broken}) could not run: exit 3, no output"],
                             result.stderr.strip().splitlines())

    def test_a_checkout_reached_through_a_symbolic_link_works_alike(self):
        with tempfile.TemporaryDirectory() as tmp:
            real = checkout(os.path.join(tmp, "real"))
            os.symlink(real, os.path.join(tmp, "link"))
            result = self.start(os.path.join(tmp, "link"), stdin="request\n")
            self.assertEqual(0, result.returncode, result.stderr)
            self.assertEqual("answer to request\n", result.stdout)


class JsiiEnv(unittest.TestCase):
    """scripts/jsii-env.sh, sourced by run-program.sh, synth-server.sh, adopt.sh and make's JVM targets."""

    def source(self, scripts=SCRIPTS, jsii_runtime=None, then='printf "%s\\n%s\\n" "$NODE_OPTIONS" "$JSII_RUNTIME"'):
        env = without("NODE_OPTIONS", "JSII_RUNTIME")
        if jsii_runtime is not None:
            env["JSII_RUNTIME"] = jsii_runtime
        return subprocess.run(["bash", "-c", 'set -e; source "$1"; ' + then, "-", os.path.join(scripts, "jsii-env.sh")],
                              capture_output=True, text=True, timeout=60, env=env)

    def test_sets_the_hook_and_the_launcher(self):
        result = self.source()
        self.assertEqual(0, result.returncode, result.stderr)
        node_options, jsii_runtime = result.stdout.splitlines()
        self.assertEqual(f'--require="{SCRIPTS}/node/lazy-provider-exports.cjs"', node_options)
        self.assertEqual(f"exec '{SCRIPTS}/node/jsii-runtime'", jsii_runtime)

    def test_keeps_a_callers_own_runtime(self):
        result = self.source(jsii_runtime="/opt/my-jsii-runtime")
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertEqual("/opt/my-jsii-runtime", result.stdout.splitlines()[1])

    def test_pom_gives_test_jvms_the_same_runtime(self):
        with open(os.path.join(REPO, "pom.xml"), encoding="utf-8") as handle:
            pom = handle.read()
        expected = self.source().stdout.splitlines()[1].replace(REPO, "${project.basedir}")
        self.assertIn(f"<JSII_RUNTIME>{expected}</JSII_RUNTIME>", pom)

    def test_the_launcher_runs_from_a_checkout_path_with_spaces_and_quotes(self):
        # jsii runs a JSII_RUNTIME holding a space as `/bin/sh -c "$JSII_RUNTIME"`: the quoted path must reach the
        # launcher whole (it then reports the kernel missing from that checkout's target/).
        with tempfile.TemporaryDirectory() as tmp:
            root = os.path.join(tmp, "it's a \"checkout\"")
            scripts = os.path.join(checkout(root, kernel=None), "scripts")
            result = self.source(scripts=scripts, then='/bin/sh -c "$JSII_RUNTIME"')
            self.assertEqual(1, result.returncode)
            self.assertEqual([f"jsii-runtime: {os.path.realpath(root)}/{KERNEL_PATH} is missing;"
                              " make build (or any mvn build) extracts it from the jsii-runtime jar"],
                             result.stderr.strip().splitlines())

    def test_a_missing_hook_stops_the_caller_with_one_sentence(self):
        with tempfile.TemporaryDirectory() as tmp:
            scripts = os.path.join(checkout(tmp, kernel=None), "scripts")
            os.remove(os.path.join(scripts, "node", "lazy-provider-exports.cjs"))
            result = self.source(scripts=scripts, then="echo the caller went on")
            self.assertEqual(1, result.returncode)
            self.assertEqual("", result.stdout)
            self.assertEqual(1, len(result.stderr.strip().splitlines()), result.stderr)
            self.assertIn("lazy-provider-exports.cjs is missing", result.stderr)


class MakeKeepsJsiiNode(unittest.TestCase):
    """JSII_NODE is jsii's variable for the node to run: make must pass a caller's value on untouched (make's own
    recipe macros once had that name, so a caller's JSII_NODE reached jsii as a line of shell)."""

    def test_a_callers_node_reaches_the_synth(self):
        env = without("NODE_OPTIONS", "JSII_RUNTIME", "MAKEFLAGS", "MAKELEVEL")
        env.update({"JSII_NODE": "/no/such/node", "PLATFORM_SYNTH_SERVER": "off"})
        with tempfile.TemporaryDirectory() as tmp:
            result = subprocess.run(["make", "--no-print-directory", "-s", "synth", "ENV=dev", f"CDKTF_OUTDIR={tmp}/out"],
                                    cwd=REPO, capture_output=True, text=True, timeout=300, env=env)
            self.assertNotEqual(0, result.returncode)
            self.assertIn("synth: /no/such/node (the JSII_NODE variable, else node on PATH) was not found;",
                          result.stderr)
            self.assertIn("synth: step 'synth' failed (exit 127: a tool it needs is missing (named above))", result.stderr)
            self.assertFalse(os.path.exists(os.path.join(tmp, "out")))


if __name__ == "__main__":
    unittest.main()
