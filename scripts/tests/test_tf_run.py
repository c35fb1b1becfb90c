"""tf-run.sh's shell helpers, called the way deploy.sh calls them (bash, with the file sourced)."""
import http.server
import json
import os
import socket
import subprocess
import tempfile
import threading
import time
import unittest

SCRIPTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_on_state(content, script):
    """Runs `script` (bash, tf-run.sh sourced, the state file's path in $2) on a file with this content (None: no
    file); the finished process."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "dev.tfstate")
        if content is not None:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(content if isinstance(content, str) else json.dumps(content))
        return subprocess.run(["bash", "-c", 'source "$1/tf-run.sh"; ' + script, "_", SCRIPTS, path],
                              capture_output=True, text=True, timeout=60)


def has_resources(content):
    """tf_state_has_resources on a file with this content (None: no file); (exit code, stderr)."""
    result = run_on_state(content, 'set +e; tf_state_has_resources "$2"; exit $?')
    return result.returncode, result.stderr


def state(*resources):
    return {"version": 4, "terraform_version": "1.11.4", "serial": 3, "lineage": "x", "outputs": {},
            "resources": list(resources), "check_results": None}


class StateHasResources(unittest.TestCase):
    """deploy.sh plans and applies in one run only when this says 1: nothing in the state could be lost."""

    def test_no_state_file_has_none(self):
        self.assertEqual((1, ""), has_resources(None))

    def test_a_state_after_a_destroy_has_none(self):
        self.assertEqual((1, ""), has_resources(state()))

    def test_data_sources_alone_are_nothing_to_lose(self):
        self.assertEqual((1, ""), has_resources(state({"mode": "data", "type": "aws_caller_identity", "name": "this"})))

    def test_a_managed_resource_counts(self):
        self.assertEqual((0, ""), has_resources(state({"mode": "data", "type": "aws_region", "name": "r"},
                                                      {"mode": "managed", "type": "aws_kms_key", "name": "kms_this"})))

    def test_a_file_that_is_not_a_state_is_an_error_not_an_empty_state(self):
        # The last one made Python itself fail (exit 1, the code that once meant "empty").
        for content in ("", "{not json", "[]", json.dumps({"resources": []}), json.dumps({"version": 4}),
                        json.dumps({"version": 4, "resources": ["x"]})):
            with self.subTest(content=content):
                code, err = has_resources(content)
                self.assertEqual(2, code)
                self.assertIn("dev.tfstate is not a Terraform state file", err)


class StateIsSurelyEmpty(unittest.TestCase):
    """What deploy.sh asks: only a state that surely holds nothing takes the one-run first apply."""

    def surely_empty(self, content):
        result = run_on_state(content, 'if tf_state_is_surely_empty "$2"; then echo yes; else echo no; fi')
        self.assertEqual(0, result.returncode, result.stderr)
        return result.stdout.strip() == "yes"

    def test_only_no_file_or_no_managed_resource_is_empty(self):
        self.assertTrue(self.surely_empty(None))
        self.assertTrue(self.surely_empty(state({"mode": "data", "type": "aws_region", "name": "r"})))
        self.assertFalse(self.surely_empty(state({"mode": "managed", "type": "aws_kms_key", "name": "k"})))
        self.assertFalse(self.surely_empty("{not json"))
        self.assertFalse(self.surely_empty(json.dumps({"version": 4, "resources": ["x"]})))


# A stand-in for terraform: says it started, then runs until it ends by itself (after $FAKE_SECONDS) or is stopped.
# $FAKE_ON_INT: "exit" ends it on SIGINT (as Terraform does once its provider calls are cancelled), "ignore" does not.
FAKE_TERRAFORM = """#!/usr/bin/env bash
echo "fake terraform $* (pid $$)"
case "${FAKE_ON_INT:-exit}" in
  exit) trap 'echo "fake terraform: interrupted"; exit 1' INT ;;
  ignore) trap '' INT ;;
esac
# $FAKE_PROVIDER: a child that ignores SIGINT too, as a provider process stuck on a hung emulator
if [ -n "${FAKE_PROVIDER:-}" ]; then
  bash -c 'trap "" INT TERM; sleep 300' </dev/null >/dev/null 2>&1 &
  echo "$!" >"$FAKE_PROVIDER"
fi
end=$(( $(date +%s) + ${FAKE_SECONDS:-120} ))
while [ "$(date +%s)" -lt "$end" ]; do sleep 0.1; done
echo "fake terraform: done"
"""


def ended(pid, seconds=10):
    """Whether process pid ends (or is only a zombie) within that many seconds: a killed orphan is reaped soon after."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
                if handle.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.1)
    return False


def path_without_curl(path, folder):
    """A PATH (one folder of links) with every command of `path`, the first of each name, but curl: a machine
    without it."""
    os.makedirs(folder)
    for directory in path.split(os.pathsep):
        for name in os.listdir(directory) if os.path.isdir(directory) else ():
            target, link = os.path.join(directory, name), os.path.join(folder, name)
            if name != "curl" and os.access(target, os.X_OK) and not os.path.lexists(link):
                os.symlink(target, link)
    return folder


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Answering(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


class WatchEmulator(unittest.TestCase):
    """tf_run with TF_WATCH_EMULATOR (deploy.sh, destroy.sh and drift.sh on the emulator): an emulator that stops
    answering ends the step within seconds instead of after the provider's retries."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(subprocess.run, ["rm", "-rf", self.tmp])
        bin_dir = os.path.join(self.tmp, "bin")
        os.makedirs(bin_dir)
        with open(os.path.join(bin_dir, "terraform"), "w", encoding="utf-8") as handle:
            handle.write(FAKE_TERRAFORM)
        os.chmod(os.path.join(bin_dir, "terraform"), 0o755)
        self.env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"], TMPDIR=self.tmp,
                        PLATFORM_LOG_DIR=os.path.join(self.tmp, "logs"), TF_WATCH_INTERVAL="0.2",
                        TF_WATCH_MISSES="3", TF_WATCH_GRACE="1")

    def apply(self, url, mode="progress", timeout=90, **env):
        """tf_run's apply step under the watchdog; (exit code, stderr, the run's log). The run ends when its output
        streams close, so a leftover process that holds them would show as a timeout."""
        logs = tempfile.mkdtemp(dir=self.tmp)
        script = ('source "$1/tf-run.sh"; TF_SCRIPT=deploy; tf_begin deploy dev 2>/dev/null; TF_WATCH_EMULATOR="$2"; '
                  'code=0; tf_run apply "$3" apply -json -auto-approve || code=$?; echo "lost: $TF_EMULATOR_LOST" >&2; '
                  'echo "pid files left: $(find "$TMPDIR" -maxdepth 1 -name "tf-run-pid.*" | wc -l)" >&2; exit "$code"')
        result = subprocess.run(["bash", "-c", script, "_", SCRIPTS, url, mode], capture_output=True, text=True,
                                timeout=timeout, env=dict(self.env, PLATFORM_LOG_DIR=logs, **env), cwd=self.tmp,
                                stdin=subprocess.DEVNULL)
        [log] = os.listdir(logs)
        with open(os.path.join(logs, log), encoding="utf-8") as handle:
            return result.returncode, result.stderr, handle.read()

    def test_an_emulator_that_does_not_answer_gets_terraform_interrupted(self):
        for mode in ("progress", "quiet"):
            with self.subTest(mode=mode):
                url = f"http://127.0.0.1:{closed_port()}"
                code, err, log = self.apply(url, mode)
                self.assertEqual(1, code, err)
                self.assertRegex(err, f"deploy: the emulator at {url} has not answered for [0-9]+ s \\(3 checks in a row\\) during"
                                 " step 'apply'; interrupting Terraform now instead of waiting for the provider's retries")
                self.assertIn("deploy: step 'apply' failed (exit 1)", err)
                self.assertIn(f"=== deploy watchdog: the emulator at {url} stopped answering during step apply; SIGINT to terraform", log)
                self.assertIn("fake terraform: interrupted", log)
                self.assertNotIn("fake terraform: done", log)
                self.assertIn("lost: 1", err)
                self.assertIn("pid files left: 0", err)

    def test_a_hung_emulator_is_taken_for_lost(self):
        # Accepts connections (the kernel does, for a stopped process too) and never answers.
        with socket.socket() as hung:
            hung.bind(("127.0.0.1", 0))
            hung.listen(16)
            url = f"http://127.0.0.1:{hung.getsockname()[1]}"
            code, err, log = self.apply(url, "quiet", TF_WATCH_TIMEOUT="0.5")
        self.assertEqual(1, code, err)
        self.assertIn(f"deploy: the emulator at {url} has not answered for ", err)
        self.assertIn("(3 checks in a row) during step 'apply'", err)
        self.assertIn("fake terraform: interrupted", log)
        self.assertIn("lost: 1", err)

    def test_a_terraform_that_ignores_the_interrupt_is_killed_with_its_providers(self):
        url = f"http://127.0.0.1:{closed_port()}"
        provider_pid_file = os.path.join(self.tmp, "provider.pid")
        code, err, log = self.apply(url, "quiet", FAKE_ON_INT="ignore", FAKE_PROVIDER=provider_pid_file)
        self.assertEqual(137, code, err)
        self.assertIn("interrupting Terraform now", err)
        self.assertNotIn("fake terraform: done", log)
        with open(provider_pid_file, encoding="utf-8") as handle:
            provider = int(handle.read())
        self.assertTrue(ended(provider), "the provider process was killed too")

    def test_the_run_ends_when_terraform_does_not_when_the_watchdog_next_wakes(self):
        # The watchdog sleeps 60 s between checks; Terraform ends after 1 s. A sleep holding the run's output streams
        # would keep them open (and this run going) for a minute.
        code, err, _ = self.apply(f"http://127.0.0.1:{closed_port()}", "quiet", timeout=20, FAKE_SECONDS="1",
                                  TF_WATCH_INTERVAL="60")
        self.assertEqual(0, code, err)

    def test_an_unknown_mode_starts_no_watchdog(self):
        logs = tempfile.mkdtemp(dir=self.tmp)
        script = ('source "$1/tf-run.sh"; TF_SCRIPT=deploy; tf_begin deploy dev 2>/dev/null; TF_WATCH_EMULATOR="$2"; '
                  'code=0; tf_run apply loud apply || code=$?; jobs -p | wc -l >&2; '
                  'echo "pid files left: $(find "$TMPDIR" -maxdepth 1 -name "tf-run-pid.*" | wc -l)" >&2; exit "$code"')
        result = subprocess.run(["bash", "-c", script, "_", SCRIPTS, f"http://127.0.0.1:{closed_port()}"],
                                capture_output=True, text=True, timeout=20, cwd=self.tmp, stdin=subprocess.DEVNULL,
                                env=dict(self.env, PLATFORM_LOG_DIR=logs))
        self.assertEqual(1, result.returncode, result.stderr)
        self.assertEqual(["tf_run: unknown mode loud", "0", "pid files left: 0"], result.stderr.strip().splitlines())

    def test_settings_that_are_not_whole_numbers_are_refused(self):
        for name, value in (("TF_WATCH_GRACE", "0.5"), ("TF_WATCH_MISSES", "0"), ("TF_WATCH_MISSES", "x")):
            with self.subTest(name=name, value=value):
                code, err, log = self.apply(f"http://127.0.0.1:{closed_port()}", "quiet", **{name: value})
                self.assertEqual(2, code, err)
                self.assertIn(f"deploy: {name} must be a whole number of 1 or more, got '{value}'", err)
                self.assertNotIn("fake terraform", log, "terraform did not start")

    def test_without_curl_the_watched_step_fails_with_one_sentence(self):
        tools = path_without_curl(self.env["PATH"], os.path.join(self.tmp, "tools"))
        code, err, log = self.apply(f"http://127.0.0.1:{closed_port()}", "quiet", PATH=tools)
        self.assertEqual(127, code, err)
        self.assertIn("deploy: curl is not on PATH; it checks that the emulator answers (install curl)", err)
        self.assertNotIn("fake terraform", log)

    def test_an_answering_emulator_lets_terraform_finish(self):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answering)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.addCleanup(server.server_close)
        self.addCleanup(server.shutdown)
        code, err, log = self.apply(f"http://127.0.0.1:{server.server_address[1]}", FAKE_SECONDS="3")
        self.assertEqual(0, code, err)
        self.assertNotIn("interrupting", err)
        self.assertNotIn("watchdog", log)
        self.assertIn("fake terraform: done", log)
        self.assertIn("lost: 0", err)
        self.assertIn("pid files left: 0", err)

    def test_without_an_emulator_to_watch_nothing_is_checked(self):
        code, err, log = self.apply("", FAKE_SECONDS="1")
        self.assertEqual(0, code, err)
        self.assertIn("fake terraform: done", log)
        self.assertNotIn("watchdog", log)



class WithoutCurl(unittest.TestCase):
    """curl tells whether the emulator answers. Without it each emulator script stops with one sentence and exit 127
    before it acts: no second emulator started, no state of a running one removed as "nothing to destroy"."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(subprocess.run, ["rm", "-rf", self.tmp])
        self.state = os.path.join(self.tmp, "terraform-state", "emulator", "dev.tfstate")
        os.makedirs(os.path.dirname(self.state))
        with open(self.state, "w", encoding="utf-8") as handle:
            json.dump(state({"mode": "managed", "type": "aws_kms_key", "name": "kms_this"}), handle)
        self.env = dict(os.environ, PATH=path_without_curl(os.environ["PATH"], os.path.join(self.tmp, "tools")),
                        CDKTF_OUTDIR=os.path.join(self.tmp, "cdktf.out"), PLATFORM_EMULATOR_PORT=str(closed_port()),
                        PLATFORM_LOG_DIR=os.path.join(self.tmp, "logs"))

    def run_script(self, *command):
        return subprocess.run(["bash", os.path.join(SCRIPTS, command[0])] + list(command[1:]), capture_output=True,
                              text=True, timeout=120, env=self.env, stdin=subprocess.DEVNULL)

    def test_each_emulator_script_stops_with_one_sentence(self):
        for script, name in (("deploy.sh", "deploy"), ("destroy.sh", "destroy"), ("emulator.sh", "emulator")):
            with self.subTest(script=script):
                result = self.run_script(script, *(["status"] if script == "emulator.sh" else ["dev"]))
                self.assertEqual(127, result.returncode, result.stderr)
                self.assertEqual([f"{name}: curl is not on PATH; it checks that the emulator answers (install curl)"],
                                 result.stderr.strip().splitlines()[-1:])
                self.assertNotIn("emulator: running", result.stdout)
        self.assertTrue(os.path.exists(self.state), "destroy kept the state")


if __name__ == "__main__":
    unittest.main()
