#!/usr/bin/env python3
"""glue-platform's local AWS emulator: moto's server with our fidelity patches applied first.

Usage: python3 scripts/emulator/launcher.py -H 127.0.0.1 -p <port>   (the arguments of moto_server)

Every module in patches/*.py (except names starting with "_") is imported in name order and its
``apply()`` is called before moto's server starts; see patches/README.md for the contract. A patch that
cannot apply (moto changed underneath it) raises, and the launcher exits non-zero before serving: an
emulator that silently lost a patch would make the deploy tests prove less than they claim.
"""
import importlib.util
import pathlib
import sys

PATCHES = pathlib.Path(__file__).resolve().parent / "patches"


def apply_patches(folder: pathlib.Path = PATCHES) -> list[str]:
    applied = []
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"glue_platform_emulator_patches.{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        apply = getattr(module, "apply", None)
        if not callable(apply):
            raise SystemExit(f"emulator: {path} has no apply() function (see {folder / 'README.md'})")
        apply()
        applied.append(path.stem)
    return applied


def main(argv: list[str]) -> None:
    import moto
    from moto import server

    applied = apply_patches()
    print(f"emulator: moto {moto.__version__} with patches: {', '.join(applied) or 'none'}", flush=True)
    server.main(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
