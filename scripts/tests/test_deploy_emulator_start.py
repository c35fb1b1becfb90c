"""scripts/deploy.sh on the emulator: an emulator that cannot start fails the deploy by name, whether it starts
before the build (DEPLOY_EMULATOR_START=first) or while the program builds and synthesizes (parallel, the default);
a setting outside those two is refused in one sentence.

The port is held by a listener that accepts and drops every connection: nothing answers HTTP there (so deploy.sh
starts an emulator), and moto cannot bind it (so that emulator never becomes healthy). Nothing is deployed.
"""
import os
import socket
import subprocess
import tempfile
import threading
import unittest
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


class PortThatIsNotAnEmulator:
    def __enter__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        self.open = True
        threading.Thread(target=self._drop_every_connection, daemon=True).start()
        return self

    def _drop_every_connection(self):
        while self.open:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            connection.close()

    def __exit__(self, *exc):
        self.open = False
        self.server.close()
        # The emulator that could not start left its pid and log files; its process has exited.
        for leftover in ("emulator-%d.pid", "emulator-%d.log"):
            path = REPO / "target" / (leftover % self.port)
            if path.exists():
                path.unlink()


def deploy(port, work, start):
    env = dict(os.environ, PLATFORM_EMULATOR_PORT=str(port), CDKTF_OUTDIR=str(Path(work) / "out"),
               PLATFORM_LOG_DIR=str(Path(work) / "logs"), DEPLOY_EMULATOR_START=start, CI="true",
               JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20")
    return subprocess.run(["bash", str(REPO / "scripts" / "deploy.sh"), "dev"], cwd=REPO, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600)


class DeployEmulatorStartTest(unittest.TestCase):

    def assert_failed_at_emulator_step(self, result):
        self.assertEqual(1, result.returncode, result.stdout)
        self.assertIn("emulator: did not become healthy", result.stdout)
        self.assertIn("deploy: step 'emulator' failed (exit 1): the local emulator did not start (see above)", result.stdout)
        self.assertNotIn("step init", result.stdout)

    def test_an_emulator_that_cannot_start_while_the_program_synthesizes_fails_the_deploy_before_terraform(self):
        with PortThatIsNotAnEmulator() as port, tempfile.TemporaryDirectory() as work:
            result = deploy(port.port, work, "parallel")
            self.assert_failed_at_emulator_step(result)
            # the build and the synth ran meanwhile; no Terraform step did
            self.assertTrue((Path(work) / "out" / "stacks" / "dev" / "cdk.tf.json").exists(), result.stdout)
            self.assertFalse((Path(work) / "logs").exists(), result.stdout)

    def test_an_emulator_that_cannot_start_first_fails_the_deploy_before_the_build(self):
        with PortThatIsNotAnEmulator() as port, tempfile.TemporaryDirectory() as work:
            result = deploy(port.port, work, "first")
            self.assert_failed_at_emulator_step(result)
            self.assertFalse((Path(work) / "out").exists(), result.stdout)

    def test_an_unknown_start_setting_is_refused_in_one_sentence(self):
        with PortThatIsNotAnEmulator() as port, tempfile.TemporaryDirectory() as work:
            result = deploy(port.port, work, "later")
            self.assertEqual(2, result.returncode, result.stdout)
            self.assertEqual("deploy: DEPLOY_EMULATOR_START=later is not allowed; allowed: parallel (default), first\n",
                             result.stdout)


if __name__ == "__main__":
    unittest.main()
