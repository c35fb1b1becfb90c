"""One patched emulator per test run: scripts/emulator/launcher.py on a free loopback port."""
import atexit
import os
import pathlib
import socket
import subprocess
import sys
import time
import urllib.request

import boto3

LAUNCHER = pathlib.Path(__file__).resolve().parents[1] / "launcher.py"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Emulator:
    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "MOTO_IAM_LOAD_MANAGED_POLICIES": "false"}
        self.process = subprocess.Popen([sys.executable, str(LAUNCHER), "-H", "127.0.0.1", "-p", str(self.port)],
                                        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the emulator exited with {self.process.returncode}: {self.process.stdout.read()}")
            try:
                urllib.request.urlopen(self.url + "/moto-api/config", timeout=2).read()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the emulator did not answer on {self.url} within 60 s")

    def client(self, service: str, region: str = "us-east-2"):
        return boto3.client(service, region_name=region, endpoint_url=self.url,
                            aws_access_key_id="emulator", aws_secret_access_key="emulator")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()


_shared: "Emulator | None" = None


def shared() -> Emulator:
    """The one emulator of this test run (each start costs seconds of moto imports), stopped at exit."""
    global _shared
    if _shared is None:
        _shared = Emulator()
        atexit.register(_shared.stop)
    return _shared
