"""synth_diff.py: what counts as a change Terraform would see, and what does not."""
import io
import json
import sys
import tempfile
import unittest
from contextlib import redirect_stdout, redirect_stderr
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import synth_diff  # noqa: E402

DOC = {
    "//": {"metadata": {"version": "0.19.2"}},
    "resource": {"aws_s3_bucket": {"lake_this": {"//": {"metadata": {"path": "dev/lake/this"}}, "bucket": "dev-lake"}}},
    "output": {"lake_bucket": {"value": "${aws_s3_bucket.lake_this.bucket}"}},
}


def write(root, doc, text=None, asset=None):
    stack = Path(root) / "stacks" / "dev"
    stack.mkdir(parents=True)
    (stack / "cdk.tf.json").write_text(text if text is not None else json.dumps(doc, indent=2))
    if asset is not None:
        (stack / "assets").mkdir()
        (stack / "assets" / "job.py").write_text(asset)


def run(base_doc, new_doc, new_text=None, base_asset=None, new_asset=None):
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp) / "base", base_doc, asset=base_asset)
        write(Path(tmp) / "new", new_doc, text=new_text, asset=new_asset)
        out = io.StringIO()
        with redirect_stdout(out), redirect_stderr(io.StringIO()):
            code = synth_diff.main(["synth_diff.py", str(Path(tmp) / "base"), str(Path(tmp) / "new"), "offline"])
        return code, out.getvalue()


class SynthDiffTest(unittest.TestCase):

    def test_same_bytes_are_byte_identical(self):
        code, out = run(DOC, DOC)
        self.assertEqual(0, code)
        self.assertIn("offline/dev: byte-identical", out)

    def test_moved_construct_path_and_key_order_are_identical_for_terraform(self):
        moved = json.loads(json.dumps(DOC))
        moved["resource"]["aws_s3_bucket"]["lake_this"]["//"]["metadata"]["path"] = "dev/storage/lake/this"
        reordered = json.dumps(dict(reversed(list(moved.items()))), indent=2)
        code, out = run(DOC, moved, new_text=reordered)
        self.assertEqual(0, code)
        self.assertIn("identical for Terraform", out)

    def test_renamed_address_and_changed_attribute_are_listed(self):
        renamed = json.loads(json.dumps(DOC))
        body = renamed["resource"]["aws_s3_bucket"].pop("lake_this")
        renamed["resource"]["aws_s3_bucket"]["storage_lake"] = body
        renamed["output"]["lake_bucket"]["value"] = "${aws_s3_bucket.storage_lake.bucket}"
        code, out = run(DOC, renamed)
        self.assertEqual(1, code)
        self.assertIn("- aws_s3_bucket.lake_this", out)
        self.assertIn("+ aws_s3_bucket.storage_lake", out)
        self.assertIn("~ output.lake_bucket", out)

    def test_changed_asset_differs(self):
        code, out = run(DOC, DOC, base_asset="print(1)", new_asset="print(2)")
        self.assertEqual(1, code)
        self.assertIn("assets", out)

    def test_folder_without_stacks_is_refused(self):
        with tempfile.TemporaryDirectory() as tmp:
            err = io.StringIO()
            with redirect_stderr(err):
                code = synth_diff.main(["synth_diff.py", tmp, tmp, "offline"])
        self.assertEqual(2, code)
        self.assertIn("has no stacks/ folder", err.getvalue())


if __name__ == "__main__":
    unittest.main()
