#!/usr/bin/env bash
# make destroy: tear an environment down with terraform destroy.
#   emulator: on the local emulator (scripts/emulator/patches/ close moto's gaps, e.g. Glue DeleteConnection),
#             no question asked; without a running emulator there is nothing to destroy and its stale state goes.
#   aws:      terraform destroy, which shows the plan and asks for confirmation itself.
set -euo pipefail
env_name="${1:?usage: scripts/destroy.sh <env>}"
target="${TARGET:-emulator}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
outdir="${CDKTF_OUTDIR:-$repo_root/cdktf.out}"
case "$target" in
  emulator)
    state="$outdir/../terraform-state/emulator/$env_name.tfstate"
    if ! bash "$here/emulator.sh" status >/dev/null 2>&1; then
      # A stopped emulator kept nothing: its state describes resources that no longer exist.
      rm -f "$state" "$state.backup"
      echo "destroy: no emulator running; nothing to destroy, $env_name emulator state removed"
      exit 0
    fi
    export PLATFORM_EMULATOR_ENDPOINT="${PLATFORM_EMULATOR_ENDPOINT:-http://127.0.0.1:${PLATFORM_EMULATOR_PORT:-5000}}"
    source "$here/tf-env.sh"
    make -s -C "$repo_root" synth ENV="$env_name" TARGET=emulator CDKTF_OUTDIR="$outdir" >/dev/null
    cd "$outdir/stacks/$env_name"
    terraform init -reconfigure -input=false -no-color >init.log 2>&1 || { cat init.log >&2; exit 1; }
    if ! terraform destroy -auto-approve -input=false -no-color >destroy.log 2>&1; then
      tail -n 40 destroy.log >&2
      echo "destroy: terraform destroy of $env_name on the emulator failed; full log: $PWD/destroy.log" >&2
      exit 1
    fi
    grep -E '^Destroy complete' destroy.log
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
