"""tf-run.sh's shell helpers, called the way deploy.sh calls them (bash, with the file sourced)."""
import json
import os
import subprocess
import tempfile
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


if __name__ == "__main__":
    unittest.main()
