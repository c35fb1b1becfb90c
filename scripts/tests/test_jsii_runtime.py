"""scripts/node/jsii-runtime (one Node process runs jsii's kernel), scripts/jsii-runtime-extract.sh (make build takes
that kernel from the jsii-runtime jar) and scripts/jsii-env.sh (what every JVM here starts jsii's Node with), run with
the real bash, node, JDK jar tool and the kernel of the build (target/classpath.txt, written by make build)."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest
import zipfile

SCRIPTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(SCRIPTS)
CLASSPATH = os.path.join(REPO, "target", "classpath.txt")
PROGRAM_ENTRY = "software/amazon/jsii/lib/program.js"

# Stands in for jsii's kernel where the test needs to see the descriptors: it answers on fd 3 what it read from fd 3,
# and writes to stdout (console.log) and stderr as a library would.
FAKE_KERNEL = """
const fs = require('fs');
console.log('a library writing to stdout');
console.error('a library writing to stderr');
const buffer = Buffer.alloc(100);
const read = fs.readSync(3, buffer, 0, buffer.length, null);
fs.writeSync(3, 'answer to ' + buffer.slice(0, read).toString().trim() + '\\n');
"""


def jsii_runtime_jar():
    with open(CLASSPATH, encoding="utf-8") as handle:
        entries = handle.read().strip().split(":")
    jars = [entry for entry in entries if os.path.basename(entry).startswith("jsii-runtime-")]
    assert len(jars) == 1, f"one jsii-runtime jar on the classpath, got {jars}"
    return jars[0]


def copy_scripts(root):
    """The scripts folder under root/scripts, as in a checkout (the launcher finds target/ from its own place)."""
    scripts = os.path.join(root, "scripts")
    shutil.copytree(SCRIPTS, scripts, ignore=shutil.ignore_patterns("tests", "emulator", "__pycache__"))
    return scripts


def without(*names):
    return {k: v for k, v in os.environ.items() if k not in names}


class Extract(unittest.TestCase):
    def extract(self, classpath_file, out):
        return subprocess.run(["bash", os.path.join(SCRIPTS, "jsii-runtime-extract.sh"), classpath_file, out],
                              capture_output=True, text=True, timeout=120)

    def test_takes_the_kernel_of_the_build_from_its_jar_newer_than_the_classpath(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "jsii-runtime", "program.js")
            result = self.extract(CLASSPATH, out)
            self.assertEqual(0, result.returncode, result.stderr)
            self.assertEqual("", result.stderr)
            with zipfile.ZipFile(jsii_runtime_jar()) as jar, open(out, "rb") as extracted:
                self.assertEqual(jar.read(PROGRAM_ENTRY), extracted.read())
            self.assertGreaterEqual(os.path.getmtime(out), os.path.getmtime(CLASSPATH), "make must not extract again")
            self.assertEqual(["program.js"], os.listdir(os.path.dirname(out)), "no temporary folder left")

    def test_a_kernel_that_no_longer_reads_fd_3_fails_the_build_with_the_reason(self):
        with tempfile.TemporaryDirectory() as tmp:
            with zipfile.ZipFile(jsii_runtime_jar()) as jar:
                program = jar.read(PROGRAM_ENTRY).decode("utf-8")
            changed = os.path.join(tmp, "jsii-runtime-9.9.9.jar")
            with zipfile.ZipFile(changed, "w") as jar:
                jar.writestr(PROGRAM_ENTRY, program.replace("readFD: 3,", "readFD: 4,"))
            classpath = os.path.join(tmp, "classpath.txt")
            with open(classpath, "w", encoding="utf-8") as handle:
                handle.write(f"/elsewhere/cdktf-0.19.2.jar:{changed}")
            out = os.path.join(tmp, "jsii-runtime", "program.js")
            result = self.extract(classpath, out)
            self.assertEqual(1, result.returncode)
            self.assertEqual([f"jsii-runtime-extract: {PROGRAM_ENTRY} of jsii-runtime-9.9.9.jar no longer has 'readFD: 3,'"
                              " once; scripts/node/jsii-runtime must be adapted to this jsii version"],
                             result.stderr.strip().splitlines())
            self.assertFalse(os.path.exists(out))
            self.assertEqual([], os.listdir(os.path.dirname(out)), "no temporary folder left")

    def test_a_jar_without_the_kernel_fails_with_one_sentence(self):
        with tempfile.TemporaryDirectory() as tmp:
            empty = os.path.join(tmp, "jsii-runtime-9.9.9.jar")
            with zipfile.ZipFile(empty, "w") as jar:
                jar.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n")
            classpath = os.path.join(tmp, "classpath.txt")
            with open(classpath, "w", encoding="utf-8") as handle:
                handle.write(empty)
            out = os.path.join(tmp, "jsii-runtime", "program.js")
            result = self.extract(classpath, out)
            self.assertEqual(1, result.returncode)
            self.assertEqual([f"jsii-runtime-extract: {empty} has no {PROGRAM_ENTRY}"], result.stderr.strip().splitlines())
            self.assertFalse(os.path.exists(out))

    def test_without_the_jdks_jar_tool_it_fails_with_exit_127(self):
        with tempfile.TemporaryDirectory() as tmp:
            # a PATH with what the script needs (bash's own tools), but no jar and no JAVA pointing at a JDK
            bin_dir = os.path.join(tmp, "bin")
            os.makedirs(bin_dir)
            for tool in ("mkdir", "mktemp", "dirname", "rm", "grep", "touch", "mv"):
                os.symlink(shutil.which(tool), os.path.join(bin_dir, tool))
            env = without("JAVA")
            env["PATH"] = bin_dir
            out = os.path.join(tmp, "jsii-runtime", "program.js")
            result = subprocess.run([shutil.which("bash"), os.path.join(SCRIPTS, "jsii-runtime-extract.sh"), CLASSPATH, out],
                                    capture_output=True, text=True, timeout=60, env=env)
            self.assertEqual(127, result.returncode)
            self.assertEqual(["jsii-runtime-extract: jar (the JDK's jar tool) was not found; install a JDK 17"],
                             result.stderr.strip().splitlines())
            self.assertFalse(os.path.exists(out))

    def test_a_classpath_without_jsii_fails_with_one_sentence(self):
        with tempfile.TemporaryDirectory() as tmp:
            classpath = os.path.join(tmp, "classpath.txt")
            with open(classpath, "w", encoding="utf-8") as handle:
                handle.write("/elsewhere/cdktf-0.19.2.jar\n")
            result = self.extract(classpath, os.path.join(tmp, "program.js"))
            self.assertEqual(1, result.returncode)
            self.assertEqual([f"jsii-runtime-extract: no jsii-runtime jar on the classpath in {classpath}"],
                             result.stderr.strip().splitlines())


class Launcher(unittest.TestCase):
    def start(self, root, env=None, stdin=""):
        return subprocess.run([os.path.join(root, "scripts", "node", "jsii-runtime")], input=stdin, capture_output=True,
                              text=True, timeout=60, env=env or without("NODE_OPTIONS"))

    def test_requests_come_on_stdin_answers_leave_on_stdout_and_nothing_else_does(self):
        with tempfile.TemporaryDirectory() as tmp:
            copy_scripts(tmp)
            os.makedirs(os.path.join(tmp, "target", "jsii-runtime"))
            with open(os.path.join(tmp, "target", "jsii-runtime", "program.js"), "w", encoding="utf-8") as handle:
                handle.write(FAKE_KERNEL)
            result = self.start(tmp, stdin="request 1\n")
            self.assertEqual(0, result.returncode, result.stderr)
            self.assertEqual("answer to request 1\n", result.stdout)
            self.assertEqual(["a library writing to stdout", "a library writing to stderr"], result.stderr.splitlines())

    def test_the_kernel_of_the_build_answers_as_jsii_java_runtime_expects(self):
        # The real program.js, spoken to as the Java runtime does: its hello, then one request and its answer.
        program = os.path.join(REPO, "target", "jsii-runtime", "program.js")
        self.assertTrue(os.path.isfile(program), "make build extracts the kernel")
        process = subprocess.Popen([os.path.join(SCRIPTS, "node", "jsii-runtime")], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=without("NODE_OPTIONS"))
        try:
            hello = json.loads(process.stdout.readline())
            self.assertTrue(hello["hello"].startswith("@jsii/runtime@"), hello)
            process.stdin.write('{"api":"stats"}\n')
            process.stdin.flush()
            self.assertEqual({"ok": {"objectCount": 0}}, json.loads(process.stdout.readline()))
        finally:
            process.stdin.close()
            self.assertEqual(0, process.wait(timeout=30), "the kernel ends when its requests end")
            process.stdout.close()
            process.stderr.close()

    def test_a_missing_kernel_is_named_with_the_command_that_extracts_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            copy_scripts(tmp)
            result = self.start(tmp)
            self.assertEqual(1, result.returncode)
            self.assertEqual("", result.stdout)
            self.assertEqual([f"jsii-runtime: {os.path.realpath(tmp)}/target/jsii-runtime/program.js is missing;"
                              " make build extracts it from the jsii-runtime jar"], result.stderr.strip().splitlines())

    def test_a_damaged_kernel_is_named_once_and_checked_again_once_replaced(self):
        with tempfile.TemporaryDirectory() as tmp:
            copy_scripts(tmp)
            kernel = os.path.join(tmp, "target", "jsii-runtime", "program.js")
            os.makedirs(os.path.dirname(kernel))
            with open(kernel, "w", encoding="utf-8") as handle:
                handle.write(FAKE_KERNEL + "\nfunction cut(short {\n")
            damaged = self.start(tmp)
            self.assertEqual(1, damaged.returncode)
            self.assertEqual("", damaged.stdout)
            self.assertEqual([f"jsii-runtime: {os.path.realpath(kernel)} is damaged (SyntaxError: Unexpected token '{{',"
                              f" line {FAKE_KERNEL.count(chr(10)) + 2}); make clean build extracts it again"],
                             damaged.stderr.strip().splitlines())
            with open(kernel, "w", encoding="utf-8") as handle:  # what make build's extraction does
                handle.write(FAKE_KERNEL)
            repaired = self.start(tmp, stdin="request 2\n")
            self.assertEqual(0, repaired.returncode, repaired.stderr)
            self.assertEqual("answer to request 2\n", repaired.stdout)
            self.assertTrue(os.path.getmtime(kernel + ".checked") >= os.path.getmtime(kernel), "checked once, not per start")

    def test_a_node_that_is_not_there_is_named_with_exit_127(self):
        env = without("NODE_OPTIONS")
        env["JSII_NODE"] = "/no/such/node"
        result = self.start(REPO, env=env)
        self.assertEqual(127, result.returncode)
        self.assertEqual(["jsii-runtime: Node (/no/such/node) was not found; install Node.js 18 or later,"
                          " or point JSII_NODE at its node"], result.stderr.strip().splitlines())


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
            scripts = copy_scripts(root)
            result = self.source(scripts=scripts, then='/bin/sh -c "$JSII_RUNTIME"')
            self.assertEqual(1, result.returncode)
            self.assertEqual([f"jsii-runtime: {os.path.realpath(root)}/target/jsii-runtime/program.js is missing;"
                              " make build extracts it from the jsii-runtime jar"], result.stderr.strip().splitlines())

    def test_a_missing_hook_stops_the_caller_with_one_sentence(self):
        with tempfile.TemporaryDirectory() as tmp:
            scripts = copy_scripts(tmp)
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
            self.assertFalse(os.path.exists(os.path.join(tmp, "out")))


if __name__ == "__main__":
    unittest.main()
