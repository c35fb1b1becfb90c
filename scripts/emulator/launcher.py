#!/usr/bin/env python3
"""Starts moto's server after applying every emulator patch: each scripts/emulator/patches/*.py module
that defines apply() is imported and apply() is called, in file-name order, before moto serves a request.
Arguments are moto_server's (e.g. -H 127.0.0.1 -p 5000)."""
import importlib.util
import pathlib
import sys

PATCHES = pathlib.Path(__file__).resolve().parent / "patches"


def apply_patches(directory=PATCHES):
    """Imports each patch module and calls its apply(); returns the names applied."""
    applied = []
    for path in sorted(directory.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"emulator_patches.{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if callable(getattr(module, "apply", None)):
            module.apply()
            applied.append(path.stem)
    return applied


if __name__ == "__main__":
    names = apply_patches()
    print(f"emulator: patches applied: {', '.join(names) or 'none'}", file=sys.stderr, flush=True)
    from moto.server import main

    main(sys.argv[1:])
