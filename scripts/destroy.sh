#!/usr/bin/env bash
# make destroy: tear an environment down.
#   emulator: moto cannot delete Glue connections (DeleteConnection is unimplemented; terraform would hang),
#             so the emulator is reset, which drops every emulated resource, and the emulator state is removed.
#   aws:      terraform destroy, which shows the plan and asks for confirmation itself.
set -euo pipefail
env_name="${1:?usage: scripts/destroy.sh <env>}"
target="${TARGET:-emulator}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
outdir="${CDKTF_OUTDIR:-$repo_root/cdktf.out}"
case "$target" in
  emulator)
    bash "$here/emulator.sh" reset
    rm -f "$outdir/../terraform-state/emulator/$env_name.tfstate" "$outdir/../terraform-state/emulator/$env_name.tfstate.backup"
    echo "destroy: emulator reset; $env_name emulator state removed"
    ;;
  aws)
    source "$here/tf-env.sh"
    make -s -C "$repo_root" synth ENV="$env_name" TARGET=aws CDKTF_OUTDIR="$outdir" >/dev/null
    cd "$outdir/stacks/$env_name"
    terraform init -reconfigure -input=false -no-color >init.log 2>&1 || { cat init.log >&2; exit 1; }
    terraform destroy -input=true -no-color
    ;;
  *) echo "destroy: TARGET=$target is not allowed; allowed: emulator (default), aws" >&2; exit 2 ;;
esac
