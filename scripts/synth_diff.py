#!/usr/bin/env python3
"""Compares two synth output folders stack by stack (used by synth-diff.sh).

Terraform ignores the "//" keys (CDKTF's construct-path metadata) and the order of keys, so each
cdk.tf.json is compared with those removed and keys sorted; byte identity is reported as well. Asset
files are compared by content. Prints one line per stack and, for a stack that differs, the addresses
added, removed and changed. Exit 0 when every stack is equal, 1 otherwise, 2 on unusable input.
"""
import hashlib
import json
import sys
from pathlib import Path


def strip_metadata(node):
    if isinstance(node, dict):
        return {k: strip_metadata(v) for k, v in node.items() if k != "//"}
    if isinstance(node, list):
        return [strip_metadata(v) for v in node]
    return node


def blocks(doc):
    """address -> body for resources, data sources, outputs, providers and top-level terraform settings."""
    found = {}
    for kind in ("resource", "data"):
        for rtype, items in doc.get(kind, {}).items():
            for name, body in items.items():
                found[f"{'data.' if kind == 'data' else ''}{rtype}.{name}"] = body
    for name, body in doc.get("output", {}).items():
        found[f"output.{name}"] = body
    for name, body in doc.get("provider", {}).items():
        found[f"provider.{name}"] = body
    for key in ("terraform", "moved", "import", "removed", "locals", "variable"):
        if key in doc:
            found[key] = doc[key]
    return found


def assets(stack_dir):
    result = {}
    for path in sorted(stack_dir.rglob("*")):
        if path.is_file() and path.name != "cdk.tf.json" and ".terraform" not in path.parts:
            result[str(path.relative_to(stack_dir))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def compare(base_root, new_root, label):
    base_stacks = {p.name for p in (base_root / "stacks").iterdir() if p.is_dir()}
    new_stacks = {p.name for p in (new_root / "stacks").iterdir() if p.is_dir()}
    equal = True
    for stack in sorted(base_stacks | new_stacks):
        if stack not in new_stacks or stack not in base_stacks:
            print(f"{label}/{stack}: only in {'base' if stack in base_stacks else 'new'}")
            equal = False
            continue
        base_file = base_root / "stacks" / stack / "cdk.tf.json"
        new_file = new_root / "stacks" / stack / "cdk.tf.json"
        base_bytes, new_bytes = base_file.read_bytes(), new_file.read_bytes()
        base_doc = strip_metadata(json.loads(base_bytes))
        new_doc = strip_metadata(json.loads(new_bytes))
        base_assets, new_assets = assets(base_file.parent), assets(new_file.parent)
        if base_doc == new_doc and base_assets == new_assets:
            how = "byte-identical" if base_bytes == new_bytes else "identical for Terraform (metadata paths or key order differ)"
            print(f"{label}/{stack}: {how}")
            continue
        equal = False
        print(f"{label}/{stack}: DIFFERS")
        old, new = blocks(base_doc), blocks(new_doc)
        for address in sorted(old.keys() - new.keys()):
            print(f"  - {address}")
        for address in sorted(new.keys() - old.keys()):
            print(f"  + {address}")
        for address in sorted(old.keys() & new.keys()):
            if old[address] != new[address]:
                print(f"  ~ {address}")
        if base_assets != new_assets:
            print(f"  ~ assets: {sorted(set(base_assets.items()) ^ set(new_assets.items()))}")
    return equal


def main(argv):
    if len(argv) != 4:
        print("usage: synth_diff.py BASE_OUT NEW_OUT LABEL", file=sys.stderr)
        return 2
    base_root, new_root = Path(argv[1]), Path(argv[2])
    for root in (base_root, new_root):
        if not (root / "stacks").is_dir():
            print(f"synth_diff: {root} has no stacks/ folder (not a synth output)", file=sys.stderr)
            return 2
    return 0 if compare(base_root, new_root, argv[3]) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
