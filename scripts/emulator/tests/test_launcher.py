import pathlib
import sys
import tempfile
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import launcher  # noqa: E402


class LauncherTest(unittest.TestCase):
    """The patch contract of patches/README.md: apply() in name order, "_" skipped, failures stop the launch."""

    def folder(self, modules: dict[str, str]) -> pathlib.Path:
        folder = pathlib.Path(tempfile.mkdtemp())
        for name, source in modules.items():
            (folder / name).write_text(source)
        return folder

    def test_applies_every_module_in_name_order_and_skips_private_ones(self):
        log = "import builtins\nbuiltins.__dict__.setdefault('applied', [])\n"
        folder = self.folder({
            "b_second.py": log + "def apply():\n    builtins.applied.append('b')\n",
            "a_first.py": log + "def apply():\n    builtins.applied.append('a')\n",
            "_helper.py": "raise RuntimeError('helpers are not patches')\n",
        })
        import builtins
        builtins.__dict__.pop("applied", None)
        self.assertEqual(["a_first", "b_second"], launcher.apply_patches(folder))
        self.assertEqual(["a", "b"], builtins.applied)

    def test_a_module_without_apply_stops_the_launch(self):
        with self.assertRaises(SystemExit) as stopped:
            launcher.apply_patches(self.folder({"broken.py": "x = 1\n"}))
        self.assertIn("has no apply() function", str(stopped.exception))

    def test_a_patch_that_cannot_apply_stops_the_launch(self):
        with self.assertRaises(RuntimeError):
            launcher.apply_patches(self.folder({"stale.py": "def apply():\n    raise RuntimeError('moto changed')\n"}))


if __name__ == "__main__":
    unittest.main()
