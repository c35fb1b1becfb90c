#!/usr/bin/env bash
# make destroy: tear an environment down.
#   emulator: moto cannot delete Glue connections (DeleteConnection is unimplemented; terraform would hang),
#             so the emulator is reset, which drops every emulated resource, and the emulator state is removed.
#   aws:      synth → init → plan -destroy → the list of stateful resources that would be lost → "yes"
#             (AUTO_APPROVE=1 skips it) → apply of that plan with live progress (tf_destroy in tf-run.sh).
# Exit codes: the failing step's (synth: 2/3; Terraform steps: Terraform's code), 5 stale synth output.
set -euo pipefail
env_name="${1:?usage: scripts/destroy.sh <env>}"
target="${TARGET:-emulator}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
outdir="${CDKTF_OUTDIR:-$repo_root/cdktf.out}"
case "$outdir" in /*) ;; *) outdir="$repo_root/$outdir" ;; esac
case "$target" in
  emulator)
    bash "$here/emulator.sh" reset
    rm -f "$outdir/../terraform-state/emulator/$env_name.tfstate" "$outdir/../terraform-state/emulator/$env_name.tfstate.backup"
    echo "destroy: emulator reset; $env_name emulator state removed"
    ;;
  aws)
    source "$here/tf-run.sh"
    TF_SCRIPT=destroy
    tf_require_tools
    make -s -C "$repo_root" build >/dev/null || { code=$?; tf_fail build "$code" "the program did not compile (see above); nothing was destroyed"; exit "$code"; }
    TARGET=aws CDKTF_OUTDIR="$outdir" bash "$here/synth.sh" "$env_name" >/dev/null \
      || { code=$?; tf_fail synth "$code" "nothing was destroyed (the program's message is above)"; exit "$code"; }
    tf_require_fresh "$outdir" "$env_name"
    cd "$outdir/stacks/$env_name"
    tf_begin destroy "$env_name"
    confirm=ask
    if [ "${AUTO_APPROVE:-0}" = 1 ]; then confirm=; fi
    tf_destroy "$env_name" "$confirm" || exit $?
    ;;
  *) echo "destroy: TARGET=$target is not allowed; allowed: emulator (default), aws" >&2; exit 2 ;;
esac
